// dyad/ingest.h — reading stories: plain text, HTML pages, JSON lines.
//
// A path yields zero or more documents. Each document comes out as a Result: either a
// Document with its metadata and raw text, or an error naming the document (file, and
// line for JSON lines) and the reason. One bad document never stops the others:
//
//   dyad::ingest::ReadPath("stories.jsonl", options, [&](Result<Document> doc) {
//     if (!doc) { std::cerr << doc.error() << "\n"; return; }
//     ...
//   });
//
// Formats, chosen by extension: `.txt`, `.text` or none -> plain text (one document);
// `.html`, `.htm` -> an HTML page, main text extracted with libxml2's HTML parser (paragraphs, headings,
// list items, captions; scripts, navigation, headers, footers and forms dropped);
// `.jsonl`, `.ndjson` -> one story per line with `id`, `date`, `source`, `url`, `title`
// and `text` or `html`. "-" reads plain text from standard input.
// Checks on every document: valid UTF-8, no NUL bytes (binary), not empty, and at most
// Options::max_document_bytes; HTML pages at most kMaxHtmlDepth elements deep.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::ingest {

struct Options {
  size_t max_document_bytes = 8u << 20;  // 8 MiB: far above any news story
  std::string date;    // story date for plain text (YYYY-MM-DD); JSON lines carry their own
  std::string source;  // publisher for plain text
  std::string id;      // document id for plain text (default: the file name)
};

using Sink = std::function<void(Result<Document>)>;

// Reads every document of a file (or "-" for stdin) and hands each to `sink`.
// Returns an error only when the path itself cannot be read (missing, a directory,
// unknown extension); per-document problems go to the sink.
Status ReadPath(const std::string& path, const Options& options, const Sink& sink);

// The single-document readers, for callers that already hold the bytes.
// `origin` names the document in error messages ("story.txt", "feed.jsonl:12").
Result<Document> FromText(std::string bytes, const std::string& origin, const Options& options);
Result<Document> FromHtml(const std::string& html, const std::string& origin,
                          const Options& options);
Result<Document> FromJsonLine(const std::string& line, const std::string& origin,
                              const Options& options);

// Main text of an HTML page, blocks separated by blank lines; also its <title> and the
// publication date from common meta tags when present.
struct HtmlText {
  std::string text;
  std::string title;
  std::string date;  // YYYY-MM-DD or empty
};
// REQUIRES: nesting depth checked first (FromHtml does): tree construction's time grows
// with the square of the depth, and libxml2 drops text past 2048 levels.
HtmlText ExtractHtml(const std::string& html);

// Elements open at once at the deepest point of a page (void elements and those closed by
// their next sibling, such as p, li and td, not counted), by a linear scan of its tags;
// stops counting past `limit`. FromHtml refuses pages deeper than kMaxHtmlDepth.
// (libxml2 builds trees up to 2048 deep with HTML_PARSE_HUGE; past that it drops text.)
constexpr size_t kMaxHtmlDepth = 2000;
size_t HtmlNestingDepth(const std::string& html, size_t limit = kMaxHtmlDepth);

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(const std::string& s, size_t* bad_offset = nullptr);

}  // namespace dyad::ingest
