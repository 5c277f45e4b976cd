// Event patterns (data/patterns/*.patterns, data/patterns/FORMAT.md). Invariants: a load
// error names the file and line; every loaded pattern has a code and a head, and is
// found again through the head index.
#include <string>

#include "events/patterns.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = dyad::fuzz::WriteTemp(data, size, ".patterns");
  dyad::events::PatternSet set;
  dyad::Status s = set.LoadFile(path);
  if (!s) dyad::fuzz::Require(s.message().rfind(path + ":", 0) == 0, "error names the file");
  for (size_t i = 0; i < set.patterns().size(); ++i) {
    const auto& p = set.patterns()[i];
    dyad::fuzz::Require(!p.heads.empty(), "pattern has a head");
    for (const auto& h : p.heads) {
      const std::vector<int>* ids = set.ForHead(h, p.noun);
      dyad::fuzz::Require(ids != nullptr, "head is indexed");
    }
  }
  return 0;
}
