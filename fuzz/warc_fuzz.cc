// WARC files (src/corpus/warc.cc) through corpus::ReadFile: record framing, HTTP headers,
// chunked transfer and gzip/deflate content encodings, charsets. The first byte picks the
// file's compression: plain .warc, or the rest of the input as the bytes of a .warc.gz or
// .warc.zst (the decompressors' error paths). Invariants: every error names the file;
// documents hold valid UTF-8 within the size limit.
#include <string>

#include "dyad/corpus.h"
#include "fuzz_support.h"

using dyad::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* ext = data[0] == 'g' ? ".warc.gz" : data[0] == 'z' ? ".warc.zst" : ".warc";
  std::string path = ext[5] == '\0' ? dyad::fuzz::WriteTemp(data, size, ext)
                                    : dyad::fuzz::WriteTemp(data + 1, size - 1, ext);
  dyad::ingest::Options options;
  options.max_document_bytes = 1 << 16;
  dyad::Status s = dyad::corpus::ReadFile(path, options, [&](dyad::Result<dyad::Document> doc) {
    if (!doc) {
      Require(doc.error().rfind(path, 0) == 0, "error names the file");
      return true;
    }
    Require(dyad::ingest::IsValidUtf8(doc->raw), "document is UTF-8");
    Require(doc->raw.size() <= options.max_document_bytes, "size limit holds");
    return true;
  });
  if (!s) Require(s.message().rfind(path, 0) == 0, "file error names the file");
  return 0;
}
