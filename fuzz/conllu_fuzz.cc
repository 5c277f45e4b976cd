// The CoNLL-U treebank reader (src/syntax/conllu.cc). Invariants: an error names the file
// and line; every head of a sentence read points inside it.
#include <string>

#include "fuzz_support.h"
#include "syntax/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = dyad::fuzz::WriteTemp(data, size, ".conllu");
  auto sentences = dyad::syntax::ReadConllu(path);
  if (!sentences) {
    dyad::fuzz::Require(sentences.error().rfind(path + ":", 0) == 0, "error names the file");
    return 0;
  }
  for (const auto& s : *sentences)
    for (const auto& w : s.words)
      dyad::fuzz::Require(w.head >= -1 && w.head < static_cast<int>(s.words.size()),
                          "head inside the sentence");
  return 0;
}
