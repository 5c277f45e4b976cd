// dyad/corpus.h — reading whole corpora as one stream of documents.
//
// An input is a file or a directory. Directories are walked recursively in name order
// (hidden entries skipped; files of unknown type inside a directory are passed over and
// counted, while an unknown file named on the command line is an error). Each file is
// read by its extensions:
//
//   .txt .text (none)        one plain-text story        } the single-document readers
//   .html .htm               one HTML page               } of dyad/ingest.h
//   .jsonl .ndjson           one story per line (id, date, source, url, title, text|html)
//   .warc                    WARC/1.0 or 1.1 records: every `response` record whose HTTP
//                            status is 2xx and whose payload is HTML or plain text is a
//                            story (id and url: WARC-Target-URI; date: the page's own
//                            date, else WARC-Date); request, metadata, warcinfo, revisit
//                            records, redirects, errors and non-text payloads are skipped.
//                            Chunked transfer encoding and gzip/deflate content encoding
//                            of the payload are undone; ISO-8859-1/Windows-1252 payloads
//                            (HTTP charset) are converted to UTF-8.
//   any of these + .gz       gzip, single or multi-member (a .warc.gz has one member per
//                            record); + .zst: Zstandard, one or more frames.
//
// Reading streams: memory is bounded by the largest single document
// (ingest::Options::max_document_bytes), whatever the size of the corpus or of a file.
// Documents read from a directory get an id from their path ("bbc/politics/001" for
// bbc/politics/001.txt), so equal file names in different folders stay distinct.
//
// Errors follow dyad/ingest.h: a bad document is an error naming it ("feed.jsonl.gz:12:
// malformed JSON", "crawl.warc.gz record 7 <https://...>: invalid UTF-8 at byte 912") and
// reading goes on with the next one; a file that cannot be read at all (missing, corrupt
// compression, not WARC) is one error naming the file, and reading goes on with the next
// file.
//
//   dyad::corpus::Reader reader(dyad::corpus::Expand({"crawl/"}), options);
//   reader.ForEach([&](dyad::Result<dyad::Document> doc) {
//     if (!doc) { std::cerr << doc.error() << "\n"; return true; }
//     ...;
//     return true;  // false stops reading
//   });
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad::corpus {

enum class Format { kText, kHtml, kJsonLines, kWarc, kUnknown };
enum class Compression { kNone, kGzip, kZstd };

struct FileType {
  Format format = Format::kUnknown;
  Compression compression = Compression::kNone;
};
// The type of a file by its extensions ("a.warc.gz" -> WARC, gzip).
FileType TypeOf(const std::string& path);

// One file to read.
struct Input {
  std::string path;
  std::string id_prefix;  // for files found in a directory: "bbc/politics/001"; else empty
  FileType type;
  uint64_t bytes = 0;     // file size, as stored (compressed)
};

struct Expansion {
  std::vector<Input> inputs;
  std::vector<std::string> errors;  // inputs that do not exist or have an unknown type
  size_t skipped = 0;               // files of unknown type found inside directories
  uint64_t total_bytes = 0;         // sum of Input::bytes
};
// Lists the files of `paths` (files and directories), in order.
Expansion Expand(const std::vector<std::string>& paths);

using Sink = std::function<bool(Result<Document>)>;  // false: stop reading

class Reader {
 public:
  Reader(std::vector<Input> inputs, ingest::Options options);

  // Reads every document of every input, in order, handing each to `sink` (documents and
  // per-document errors alike). Returns false when the sink asked to stop.
  bool ForEach(const Sink& sink);

  // Bytes of the inputs consumed so far (compressed bytes for compressed files): compare
  // with Expansion::total_bytes for a progress estimate. Safe to read from any thread.
  uint64_t bytes_read() const { return bytes_read_.load(std::memory_order_relaxed); }

 private:
  bool ReadOne(const Input& input, const Sink& sink);
  std::vector<Input> inputs_;
  ingest::Options options_;
  std::atomic<uint64_t> bytes_read_{0};
  uint64_t done_bytes_ = 0;  // bytes of the files finished
};

// Reads one file (any type above), for callers that do not need a Reader.
Status ReadFile(const std::string& path, const ingest::Options& options, const Sink& sink);

// The parts of a WARC file, exposed for tests and other readers.
namespace warc {
struct Record {
  std::string version;                                        // "WARC/1.0"
  std::vector<std::pair<std::string, std::string>> headers;   // in order, names as written
  std::string block;                                          // Content-Length bytes
  std::string Header(const std::string& name) const;          // case-insensitive; "" if absent
};
// Turns a record into a document; an ok, empty result means "nothing to code here" (a
// request record, a redirect, an image, a 404...).
Result<std::optional<Document>> ToDocument(const Record& record, const std::string& origin,
                                           const ingest::Options& options);
}  // namespace warc

}  // namespace dyad::corpus
