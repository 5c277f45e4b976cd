// TABARI/PETRARCH dictionaries (src/actors/petrarch.cc): the input is loaded both as a
// .actors file ([CODE], dated roles) and as a .agents file ([~ROLE]), then names from it
// are looked up. Invariant: a load error names the file.
#include <string>

#include "dyad/actor.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string actors = dyad::fuzz::WriteTemp(data, size, ".petrarch-actors");
  std::string agents = dyad::fuzz::WriteTemp(data, size, ".petrarch-agents");
  dyad::actors::Dictionary dict;
  dyad::Status s = dict.LoadPetrarchActors(actors);
  if (!s) dyad::fuzz::Require(s.message().rfind(actors, 0) == 0, "error names the file");
  s = dict.LoadPetrarchAgents(agents);
  if (!s) dyad::fuzz::Require(s.message().rfind(agents, 0) == 0, "error names the file");
  dict.Finish();
  std::string text(reinterpret_cast<const char*>(data), size < 200 ? size : 200);
  for (const char* date : {"2026-03-06", "1990-01-01", ""}) dict.Lookup(text, date);
  return 0;
}
