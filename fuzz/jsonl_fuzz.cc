// JSON lines: FromJsonLine on the whole input, and ReadPath on it as a .jsonl file with a
// small size limit (line splitting, CR LF, over-long lines). Invariants: every error
// names its document ("feed.jsonl:N: ..."); documents hold valid UTF-8.
#include <string>

#include "dyad/ingest.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  dyad::ingest::Options options;
  auto doc = dyad::ingest::FromJsonLine(line, "feed.jsonl:1", options);
  if (!doc) {
    dyad::fuzz::Require(doc.error().rfind("feed.jsonl:1: ", 0) == 0, "error names the line");
  } else {
    dyad::fuzz::Require(dyad::ingest::IsValidUtf8(doc->raw), "text is UTF-8");
    dyad::fuzz::Require(!doc->id.empty(), "document has an id");
  }

  std::string path = dyad::fuzz::WriteTemp(data, size, ".jsonl");
  options.max_document_bytes = 256;
  dyad::Status s = dyad::ingest::ReadPath(path, options, [&](dyad::Result<dyad::Document> d) {
    if (!d) {
      dyad::fuzz::Require(d.error().rfind(path + ":", 0) == 0, "error names file and line");
      return;
    }
    dyad::fuzz::Require(d->raw.size() <= options.max_document_bytes, "size limit holds");
  });
  dyad::fuzz::Require(s.ok(), "a readable .jsonl file reads");
  return 0;
}
