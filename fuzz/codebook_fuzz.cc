// The CAMEO codebook (data/cameo/codebook.tsv). Invariants: a load error names the file;
// every loaded code is found, and lookups of longer codes fall back to a parent.
#include <string>

#include "dyad/codebook.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = dyad::fuzz::WriteTemp(data, size, ".tsv");
  auto book = dyad::Codebook::Load(path);
  if (!book) {
    dyad::fuzz::Require(book.error().rfind(path + ":", 0) == 0, "error names the file");
    return 0;
  }
  for (const auto& [code, info] : book->codes()) {
    dyad::fuzz::Require(book->Find(code) == &info, "a code finds itself");
    book->Find(code + "9");
  }
  book->Find("");
  book->Find("0413");
  return 0;
}
