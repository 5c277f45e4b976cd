// Expanding inputs and reading every document of every file. See dyad/corpus.h.
#include <algorithm>
#include <cstring>
#include <filesystem>

#include "dyad/corpus.h"
#include "stream.h"

namespace dyad::corpus {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Human(size_t bytes) {
  char buf[32];
  if (bytes >= (1u << 20)) snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  else if (bytes >= 1024) snprintf(buf, sizeof buf, "%.1f KiB", bytes / 1024.0);
  else snprintf(buf, sizeof buf, "%zu bytes", bytes);
  return buf;
}

// Reads a whole (decompressed) stream up to `limit` bytes.
Result<std::string> Slurp(ByteStream* in, const std::string& origin, size_t limit) {
  std::string bytes;
  char buf[1 << 16];
  for (;;) {
    auto got = in->Read(buf, sizeof buf);
    if (!got) return got.status();
    if (*got == 0) break;
    bytes.append(buf, *got);
    if (bytes.size() > limit)
      return Result<std::string>::Error(origin + ": document too large (over " + Human(limit) + ")");
  }
  return bytes;
}

// The document id of a file found in a directory: the directory's name and the path
// below it, without the extensions: "bbc/politics/001".
std::string IdFor(const fs::path& root, const fs::path& file) {
  fs::path rel = fs::relative(file, root);
  std::string name = rel.filename().string();
  size_t dot = name.find('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  fs::path base = fs::path(root).lexically_normal();
  std::string root_name = base.filename().string();
  if (root_name.empty()) root_name = base.parent_path().filename().string();
  fs::path id = fs::path(root_name) / rel.parent_path() / name;
  return id.lexically_normal().generic_string();
}

}  // namespace

FileType TypeOf(const std::string& path) {
  FileType t;
  std::string name = Lower(fs::path(path).filename().string());
  auto strip = [&](const char* ext) {
    size_t n = strlen(ext);
    if (name.size() > n && name.compare(name.size() - n, n, ext) == 0) {
      name.resize(name.size() - n);
      return true;
    }
    return false;
  };
  if (strip(".gz")) t.compression = Compression::kGzip;
  else if (strip(".zst")) t.compression = Compression::kZstd;
  std::string ext = fs::path(name).extension().string();
  if (ext.empty() || ext == ".txt" || ext == ".text") t.format = Format::kText;
  else if (ext == ".html" || ext == ".htm") t.format = Format::kHtml;
  else if (ext == ".jsonl" || ext == ".ndjson") t.format = Format::kJsonLines;
  else if (ext == ".warc") t.format = Format::kWarc;
  return t;
}

Expansion Expand(const std::vector<std::string>& paths) {
  Expansion out;
  auto add = [&](const fs::path& p, const std::string& id_prefix, FileType type) {
    std::error_code ec;
    uint64_t size = fs::file_size(p, ec);
    if (ec) size = 0;
    out.inputs.push_back({p.string(), id_prefix, type, size});
    out.total_bytes += size;
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (path == "-") { out.inputs.push_back({"-", "", {Format::kText, Compression::kNone}, 0}); continue; }
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
      if (ec) { out.errors.push_back(path + ": cannot read directory: " + ec.message()); continue; }
      for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
        if (ec) { out.errors.push_back(path + ": " + ec.message()); break; }
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        FileType t = TypeOf(f.string());
        // Inside a directory, only files with a known extension are stories: a README or
        // a .csv is passed over.
        std::string ext = Lower(f.extension().string());
        bool known = t.format != Format::kUnknown && !(t.format == Format::kText && t.compression == Compression::kNone &&
                                                       ext != ".txt" && ext != ".text");
        if (!known || f.filename().string() == "README.TXT" || f.filename().string() == "README.txt") {
          ++out.skipped;
          continue;
        }
        add(f, IdFor(path, f), t);
      }
      continue;
    }
    if (!fs::exists(path, ec)) { out.errors.push_back(path + ": no such file or directory"); continue; }
    FileType t = TypeOf(path);
    if (t.format == Format::kUnknown) {
      out.errors.push_back(path + ": unknown file type '" + fs::path(path).extension().string() +
                           "' (expected .txt, .html, .htm, .jsonl, .ndjson or .warc, optionally .gz or .zst)");
      continue;
    }
    add(path, "", t);
  }
  return out;
}

Reader::Reader(std::vector<Input> inputs, ingest::Options options)
    : inputs_(std::move(inputs)), options_(std::move(options)) {}

bool Reader::ForEach(const Sink& sink) {
  for (const auto& input : inputs_) {
    bool go = ReadOne(input, sink);
    done_bytes_ += input.bytes;
    bytes_read_.store(done_bytes_, std::memory_order_relaxed);
    if (!go) return false;
  }
  return true;
}

bool Reader::ReadOne(const Input& input, const Sink& sink) {
  const std::string& path = input.path;
  if (path == "-") {
    bool go = true;
    ingest::ReadPath("-", options_, [&](Result<Document> d) { go = sink(std::move(d)); });
    return go;
  }
  auto stream = OpenStream(path, input.type.compression);
  if (!stream) return sink(stream.status());
  ByteStream* in = stream->get();
  auto progress = [&] { bytes_read_.store(done_bytes_ + in->consumed(), std::memory_order_relaxed); };
  ingest::Options o = options_;
  if (!input.id_prefix.empty()) o.id = input.id_prefix;

  if (input.type.format == Format::kText || input.type.format == Format::kHtml) {
    auto bytes = Slurp(in, path, o.max_document_bytes);
    progress();
    if (!bytes) return sink(bytes.status());
    if (input.type.format == Format::kHtml) return sink(ingest::FromHtml(*bytes, path, o));
    if (o.id.empty() && input.type.compression != Compression::kNone) {
      // "story.txt.gz" -> "story", as for "story.txt".
      std::string name = fs::path(path).filename().string();
      o.id = name.substr(0, name.find('.'));
    }
    return sink(ingest::FromText(std::move(*bytes), path, o));
  }

  LineReader lines(in);
  if (input.type.format == Format::kJsonLines) {
    std::string line;
    size_t length = 0, number = 0;
    for (;;) {
      auto more = lines.Line(&line, o.max_document_bytes, &length);
      progress();
      if (!more) return sink(more.status());
      if (!*more) return true;
      ++number;
      std::string origin = path + ":" + std::to_string(number);
      if (length > o.max_document_bytes) {
        if (!sink(Result<Document>::Error(origin + ": line too long (" + Human(length) + ", limit " +
                                          Human(o.max_document_bytes) + ")")))
          return false;
        continue;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      auto doc = ingest::FromJsonLine(line, origin, options_);
      // A story without its own id in a directory: the file's id and the line number.
      if (doc && doc->id == origin && !input.id_prefix.empty()) doc->id = input.id_prefix + ":" + std::to_string(number);
      if (!sink(std::move(doc))) return false;
    }
  }

  // WARC: "WARC/1.x" line, named fields, a blank line, Content-Length bytes, CRLF CRLF.
  std::string line;
  size_t length = 0, number = 0;
  const size_t kHeaderLimit = 64 << 10;
  for (;;) {
    auto more = lines.Line(&line, kHeaderLimit, &length);
    progress();
    if (!more) return sink(more.status());
    if (!*more) return true;
    if (line.empty()) continue;  // the blank lines that end the previous record
    if (line.rfind("WARC/", 0) != 0) {
      return sink(Result<Document>::Error(path + ": not a WARC file (record " + std::to_string(number + 1) +
                                          " does not start with a WARC/1.x line)"));
    }
    ++number;
    warc::Record record;
    record.version = line;
    for (;;) {
      auto h = lines.Line(&line, kHeaderLimit, &length);
      if (!h) return sink(h.status());
      if (!*h || line.empty()) break;
      if ((line[0] == ' ' || line[0] == '\t') && !record.headers.empty()) {  // continuation
        size_t text = line.find_first_not_of(" \t");
        if (text != std::string::npos) record.headers.back().second += " " + line.substr(text);
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string value = line.substr(colon + 1);
      size_t b = value.find_first_not_of(" \t");
      record.headers.emplace_back(line.substr(0, colon), b == std::string::npos ? "" : value.substr(b));
    }
    std::string uri = record.Header("WARC-Target-URI");
    std::string origin = path + " record " + std::to_string(number) + (uri.empty() ? "" : " <" + uri + ">");
    std::string cl = record.Header("Content-Length");
    char* end = nullptr;
    unsigned long long content_length = strtoull(cl.c_str(), &end, 10);
    if (cl.empty() || end == cl.c_str())
      return sink(Result<Document>::Error(origin + ": no Content-Length; cannot read the rest of " + path));
    // Records far above a story's size (videos, archives) are skipped unread.
    std::string type = record.Header("WARC-Type");
    bool wanted = type == "response" || type == "resource";
    if (!wanted || content_length > o.max_document_bytes + kHeaderLimit) {
      auto skipped = lines.Skip(content_length);
      if (!skipped) return sink(skipped.status());
      if (wanted && !sink(Result<Document>::Error(origin + ": record too large (" + Human(content_length) + ", limit " +
                                                  Human(o.max_document_bytes) + ")")))
        return false;
      continue;
    }
    auto got = lines.Exact(content_length, &record.block);
    progress();
    if (!got) return sink(got.status());
    if (*got < content_length) return sink(Result<Document>::Error(origin + ": truncated record"));
    auto doc = warc::ToDocument(record, origin, o);
    if (!doc) {
      if (!sink(doc.status())) return false;
    } else if (doc->has_value()) {
      if (!sink(std::move(**doc))) return false;
    }
  }
}

Status ReadFile(const std::string& path, const ingest::Options& options, const Sink& sink) {
  Expansion e = Expand({path});
  if (!e.errors.empty()) return Status::Error(e.errors.front());
  Reader(std::move(e.inputs), options).ForEach(sink);
  return Status::Ok();
}

}  // namespace dyad::corpus
