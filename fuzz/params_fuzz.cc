// The API's query-string filters (src/serve/params.cc) and the SQL they become: the input
// is a query string "k=v&k=v" (no URL decoding: any bytes reach the parser as values).
// Accepted filters run against a small SQLite store, so every value reaches the query
// builder and SQLite as a bound parameter. Invariants: parsing never throws; a query the
// parser accepts never fails in the store.
#include <unistd.h>

#include <memory>
#include <string>

#include "dyad/store.h"
#include "fuzz_support.h"
#include "serve/params.h"

using dyad::fuzz::Require;

namespace {
dyad::Store& TheStore() {
  static std::unique_ptr<dyad::Store> store = [] {
    std::string path = "/tmp/dyad-fuzz-params-" + std::to_string(getpid()) + ".db";
    unlink(path.c_str());
    auto s = dyad::Store::Open(path);
    Require(s.ok(), "store opens");
    dyad::Document d;
    d.id = d.origin = "doc";
    d.raw = d.text = "Russia accused Ukraine.";
    d.date = "2026-01-16";
    dyad::Event e;
    e.source = {"RUSGOV", "RUS", "GOV", "Russia"};
    e.target = {"UKR", "UKR", "", "Ukraine"};
    e.cameo = "112";
    e.cameo_root = "11";
    e.quad_class = 3;
    e.date = "2026-01-16";
    e.date_precision = "day";
    e.evidence = {"Russia accused Ukraine.", 0, 23};
    Require((*s)->Put(d, {e}).ok(), "store takes an event");
    return std::move(*s);
  }();
  return *store;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  dyad::serve::Params params;
  size_t pos = 0;
  while (pos <= all.size()) {
    size_t amp = all.find('&', pos);
    if (amp == std::string::npos) amp = all.size();
    std::string pair = all.substr(pos, amp - pos);
    size_t eq = pair.find('=');
    params.emplace(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
    pos = amp + 1;
  }
  dyad::serve::ValidDay(all);
  auto count = dyad::serve::ParseCount(params, "limit", 50, 1, 1000);
  if (count) Require(*count >= 1 && *count <= 1000, "count in range");
  dyad::EventQuery q;
  if (!dyad::serve::ParseEventQuery(params, {"limit", "offset", "by"}, &q).ok()) return 0;
  auto events = TheStore().Query(q);
  Require(events.ok(), "an accepted query runs");
  auto series = TheStore().Series(q, dyad::Period::kWeek);
  Require(series.ok(), "an accepted series runs");
  return 0;
}
