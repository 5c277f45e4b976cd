// Actor dictionaries in dyad's format (data/actors/*.actors, data/actors/FORMAT.md):
// load, build the indexes, then look names up. The input is split at the first line
// "%%": before it the dictionary, after it text to look up (the dictionary's own text
// when absent). Invariant: a load error names the file and line.
#include <string>

#include "dyad/actor.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  size_t split = all.find("\n%%\n");
  std::string dict_text = split == std::string::npos ? all : all.substr(0, split + 1);
  std::string lookup = split == std::string::npos ? all.substr(0, 200) : all.substr(split + 4);
  std::string path = dyad::fuzz::WriteTemp(reinterpret_cast<const uint8_t*>(dict_text.data()),
                                           dict_text.size(), ".actors");
  dyad::actors::Dictionary dict;
  dyad::Status s = dict.LoadFile(path);
  if (!s) dyad::fuzz::Require(s.message().rfind(path + ":", 0) == 0, "error names the file");
  dict.Finish();
  for (const auto& m : dict.Lookup(lookup, "2026-03-06")) {
    dyad::fuzz::Require(m.begin < m.end, "match spans tokens");
    dyad::fuzz::Require(m.entry >= 0 && m.entry < static_cast<int>(dict.entries().size()),
                        "match names an entry");
  }
  dyad::actors::ResolvePhrase(dict, lookup, "2026-03-06");
  dyad::actors::ResolvePhrase(dict, lookup, "");
  return 0;
}
