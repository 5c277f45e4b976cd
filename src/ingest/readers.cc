// File and stdin readers: pick the format by extension, validate, build Documents.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "dyad/ingest.h"

namespace dyad::ingest {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

enum class Format { kText, kHtml, kJsonLines, kUnknown };

Format FormatOf(const std::string& path) {
  if (path == "-") return Format::kText;
  std::string ext = fs::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  if (ext.empty() || ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  return Format::kUnknown;
}

std::string Human(size_t bytes) {
  char buf[32];
  if (bytes >= (1u << 20)) snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  else if (bytes >= 1024) snprintf(buf, sizeof buf, "%.1f KiB", bytes / 1024.0);
  else snprintf(buf, sizeof buf, "%zu bytes", bytes);
  return buf;
}

// Checks shared by every format; returns an error naming the document.
Status CheckBytes(const std::string& bytes, const std::string& origin, const Options& options) {
  if (bytes.size() > options.max_document_bytes)
    return Status::Error(origin + ": document too large (" + Human(bytes.size()) + ", limit " +
                         Human(options.max_document_bytes) + ")");
  if (bytes.find('\0') != std::string::npos)
    return Status::Error(origin + ": binary data (NUL bytes), not a text document");
  size_t bad = 0;
  if (!IsValidUtf8(bytes, &bad))
    return Status::Error(origin + ": invalid UTF-8 at byte " + std::to_string(bad));
  bool blank = true;
  for (char c : bytes)
    if (!isspace(static_cast<unsigned char>(c))) { blank = false; break; }
  if (blank) return Status::Error(origin + ": empty document");
  return Status::Ok();
}

bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!isdigit(static_cast<unsigned char>(d[i]))) return false;
  int m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

std::string StemOf(const std::string& origin) {
  if (origin == "-" || origin == "<stdin>") return "stdin";
  return fs::path(origin).stem().string();
}

// Reads a whole file, refusing past `limit` without reading it all.
Result<std::string> Slurp(const std::string& path, size_t limit) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Result<std::string>::Error(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<std::string>::Error(path + ": cannot open: " + strerror(errno));
  auto size = fs::file_size(path, ec);
  if (!ec && size > limit)
    return Result<std::string>::Error(path + ": document too large (" + Human(size) +
                                      ", limit " + Human(limit) + ")");
  std::string bytes;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > limit)
      return Result<std::string>::Error(path + ": document too large (over " + Human(limit) + ")");
  }
  return bytes;
}

// Reads one line up to `limit` bytes; a longer line is consumed and reported by length.
// Past the limit the rest of the line is skipped in bulk (istream::ignore scans the
// buffer with memchr): a 1 GB line costs a read, not a billion calls.
bool ReadLine(std::istream& in, size_t limit, std::string& line, size_t& length) {
  line.clear();
  length = 0;
  std::streambuf* buf = in.rdbuf();
  bool any = false;
  for (int c; (c = buf->sbumpc()) != EOF;) {
    any = true;
    if (c == '\n') break;
    ++length;
    if (length <= limit + 1) {  // one more than the limit: it may be the '\r' of CR LF
      line.push_back(static_cast<char>(c));
      continue;
    }
    in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
    length += static_cast<size_t>(in.gcount()) - (in.eof() ? 0 : 1);
    break;
  }
  if (line.size() == length && !line.empty() && line.back() == '\r') { line.pop_back(); --length; }
  return any;
}

}  // namespace

Result<Document> FromText(std::string bytes, const std::string& origin, const Options& options) {
  if (Status s = CheckBytes(bytes, origin, options); !s) return s;
  Document doc;
  doc.origin = origin;
  doc.id = options.id.empty() ? StemOf(origin) : options.id;
  doc.source = options.source;
  if (!options.date.empty()) {
    if (!IsIsoDate(options.date))
      return Result<Document>::Error(origin + ": story date '" + options.date +
                                     "' is not YYYY-MM-DD");
    doc.date = options.date;
  }
  // Normalise line ends so that offsets are stable and paragraphs are "\n\n".
  if (bytes.find('\r') != std::string::npos) {
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\r') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
        out += '\n';
      } else {
        out += bytes[i];
      }
    }
    bytes.swap(out);
  }
  doc.raw = std::move(bytes);
  return doc;
}

Result<Document> FromHtml(const std::string& html, const std::string& origin,
                          const Options& options) {
  if (Status s = CheckBytes(html, origin, options); !s) return s;
  if (HtmlNestingDepth(html, kMaxHtmlDepth) > kMaxHtmlDepth)
    return Result<Document>::Error(origin + ": HTML nested too deeply (more than " +
                                   std::to_string(kMaxHtmlDepth) + " elements open at once)");
  HtmlText page = ExtractHtml(html);
  if (page.text.empty()) return Result<Document>::Error(origin + ": HTML page has no text");
  Options o = options;
  if (o.date.empty()) o.date = page.date;
  auto doc = FromText(std::move(page.text), origin, o);
  if (doc) doc->title = page.title;
  return doc;
}

Result<Document> FromJsonLine(const std::string& line, const std::string& origin,
                              const Options& options) {
  size_t bad = 0;
  if (!IsValidUtf8(line, &bad))
    return Result<Document>::Error(origin + ": invalid UTF-8 at byte " + std::to_string(bad));
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Result<Document>::Error(origin + ": malformed JSON");
  if (!j.is_object()) return Result<Document>::Error(origin + ": JSON line is not an object");
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
    return "";
  };
  Options o = options;
  o.id = str("id");
  if (o.id.empty()) o.id = origin;
  std::string date = str("date");
  if (date.size() > 10 && date[10] == 'T') date.resize(10);  // ISO timestamps
  if (!date.empty()) o.date = date;
  std::string source = str("source");
  if (!source.empty()) o.source = source;
  std::string text = str("text"), html = str("html");
  Result<Document> doc = !text.empty()  ? FromText(std::move(text), origin, o)
                         : !html.empty() ? FromHtml(html, origin, o)
                                         : Result<Document>::Error(
                                               origin + ": no \"text\" or \"html\" field");
  if (!doc) return doc;
  doc->url = str("url");
  std::string title = str("title");
  if (!title.empty()) doc->title = title;
  return doc;
}

Status ReadPath(const std::string& path, const Options& options, const Sink& sink) {
  Format format = FormatOf(path);
  if (format == Format::kUnknown)
    return Status::Error(path + ": unknown file type '" + fs::path(path).extension().string() +
                         "' (expected .txt, .html, .htm, .jsonl or .ndjson)");
  if (path == "-") {
    std::string bytes;
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      bytes.append(buf, static_cast<size_t>(std::cin.gcount()));
      if (bytes.size() > options.max_document_bytes) break;
    }
    sink(FromText(std::move(bytes), "<stdin>", options));
    return Status::Ok();
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::Error(path + ": no such file");
  if (fs::is_directory(path, ec)) return Status::Error(path + ": is a directory");
  if (format == Format::kJsonLines) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::Error(path + ": cannot open: " + strerror(errno));
    std::string line;
    size_t length = 0, number = 0;
    while (ReadLine(in, options.max_document_bytes, line, length)) {
      ++number;
      std::string origin = path + ":" + std::to_string(number);
      if (length > options.max_document_bytes) {
        sink(Result<Document>::Error(origin + ": line too long (" + Human(length) + ", limit " +
                                     Human(options.max_document_bytes) + ")"));
        continue;
      }
      bool blank = line.find_first_not_of(" \t") == std::string::npos;
      if (blank) continue;
      sink(FromJsonLine(line, origin, options));
    }
    return Status::Ok();
  }
  auto bytes = Slurp(path, options.max_document_bytes);
  if (!bytes) {
    sink(bytes.status());
    return Status::Ok();
  }
  sink(format == Format::kHtml ? FromHtml(*bytes, path, options)
                               : FromText(std::move(*bytes), path, options));
  return Status::Ok();
}

}  // namespace dyad::ingest
