// Store benchmark: a SQLite store of 1,000,000 merged events (one mention each, 40
// countries, 4 roles, 60 CAMEO codes, three years), then filtered queries.
//
// The database is built once, through Store::Put (1,000 events per document), into
// $DYAD_BENCH_DB or /tmp/dyad-store-bench-v3.db, and reused by later runs; building it
// takes a few minutes. Target: a filtered query under 100 ms.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "dyad/store.h"

namespace {

constexpr size_t kEvents = 1000000;
constexpr size_t kPerDocument = 1000;

const char* kCountries[] = {"RUS", "IRN", "UKR", "USA", "CHN", "ISR", "PSE", "SYR", "TUR", "IRQ",
                            "SAU", "EGY", "LBN", "JOR", "YEM", "GBR", "FRA", "DEU", "ITA", "POL",
                            "IND", "PAK", "AFG", "PRK", "KOR", "JPN", "TWN", "VEN", "COL", "BRA",
                            "MEX", "NGA", "ETH", "SDN", "SOM", "KEN", "LBY", "MLI", "AZE", "ARM"};
const char* kRoles[] = {"GOV", "MIL", "", "OPP"};
const char* kCodes[] = {"010", "012", "013", "020", "031", "036", "040", "042", "043", "046",
                        "051", "057", "061", "071", "081", "090", "100", "111", "112", "120",
                        "121", "125", "128", "130", "138", "140", "141", "150", "160", "161",
                        "163", "172", "173", "180", "181", "182", "183", "186", "190", "191",
                        "192", "193", "194", "195", "200", "203", "084", "085", "086", "087",
                        "030", "032", "033", "034", "035", "037", "038", "039", "060", "070"};
const char* kWords[] = {"talks", "sanctions", "border", "ceasefire", "troops", "minister", "summit",
                        "drones", "oil", "refugees", "election", "embargo", "missile", "aid", "port",
                        "pipeline", "protest", "treaty", "envoy", "hostages"};

int Quad(const std::string& code) {
  int root = std::stoi(code.substr(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

std::string DbPath() {
  const char* env = std::getenv("DYAD_BENCH_DB");
  return env && *env ? env : "/tmp/dyad-store-bench-v3.db";
}

std::unique_ptr<dyad::Store> OpenOrDie(const std::string& path) {
  auto s = dyad::Store::Open(path);
  if (!s) {
    fprintf(stderr, "store_bench: %s\n", s.error().c_str());
    std::abort();
  }
  return std::move(s).value();
}

// Fills a new database at `path` with kEvents merged events.
void Fill(const std::string& path) {
  std::unique_ptr<dyad::Store> st = OpenOrDie(path);
  fprintf(stderr, "store_bench: filling %s with %zu events (once)...\n", path.c_str(), kEvents);
  auto t0 = std::chrono::steady_clock::now();
  std::mt19937_64 rng(42);
  int64_t first_day;
  dyad::dates::FirstDay("2024-01-01", &first_day);
  size_t have = 0, doc_no = 0;
  while (have < kEvents) {
    dyad::Document d;
    d.id = "bench-" + std::to_string(doc_no);
    d.origin = d.id;
    d.source = "outlet" + std::to_string(doc_no % 50);
    d.url = "https://example.org/" + d.id;
    d.raw = d.text = "bench document " + d.id;
    std::vector<dyad::Event> events;
    size_t n = std::min(kPerDocument, kEvents - have);
    for (size_t i = 0; i < n; ++i) {
      dyad::Event e;
      e.doc_id = d.id;
      e.sentence = static_cast<int>(i);
      for (dyad::Actor* a : {&e.source, &e.target}) {
        std::string c = kCountries[rng() % 40];
        std::string r = kRoles[rng() % 4];
        *a = {c + r, c, r, c + " " + r};
      }
      e.cameo = kCodes[rng() % 60];
      e.cameo_root = e.cameo.substr(0, 2);
      e.quad_class = Quad(e.cameo);
      e.goldstein = e.quad_class <= 2 ? 3.0 : -5.0;
      e.plover = "CONSULT";
      e.date = dyad::dates::DayString(first_day + static_cast<int64_t>(rng() % 1096));
      e.date_precision = "day";
      std::string w1 = kWords[rng() % 20], w2 = kWords[rng() % 20], num = std::to_string(rng() % 100000);
      e.evidence.text = e.source.name + " and " + e.target.name + " " + w1 + " " + w2 + " report " + num + ".";
      e.evidence.end = static_cast<uint32_t>(e.evidence.text.size());
      e.trigger = "report";
      events.push_back(std::move(e));
    }
    auto r = st->Put(d, events);
    if (!r) {
      fprintf(stderr, "store_bench: %s\n", r.error().c_str());
      std::abort();
    }
    ++doc_no;
    // Mentions with the same source, target, code and day merge: count what is there.
    have = doc_no % 50 == 0 || n < kPerDocument ? *st->EventCount() : have + n;
    if (doc_no % 100 == 0) fprintf(stderr, "store_bench: %zu documents, about %zu events\n", doc_no, have);
  }
  have = *st->EventCount();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fprintf(stderr, "store_bench: %zu events, %zu mentions, filled in %.0f s (%.0f mentions/s)\n", have,
          *st->MentionCount(), secs, *st->MentionCount() / secs);
}

// The benchmark database, built once: under a lock (benchmark binaries may run side by
// side), into a temporary file renamed when complete. Closing the store after filling
// runs PRAGMA optimize, which gathers the planner's statistics.
dyad::Store& BenchStore() {
  static std::unique_ptr<dyad::Store> store = [] {
    std::string path = DbPath();
    int lock = open((path + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
    if (lock >= 0) flock(lock, LOCK_EX);
    if (access(path.c_str(), F_OK) != 0) {
      std::string tmp = path + ".building";
      for (const char* ext : {"", "-wal", "-shm"}) std::remove((tmp + ext).c_str());
      Fill(tmp);
      if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        perror("store_bench: rename");
        std::abort();
      }
    }
    if (lock >= 0) {
      flock(lock, LOCK_UN);
      close(lock);
    }
    return OpenOrDie(path);
  }();
  return *store;
}

void RunQuery(benchmark::State& state, const dyad::EventQuery& q) {
  dyad::Store& store = BenchStore();
  size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    dyad::Status s = store.ForEach(q, [&](const dyad::StoredEvent& e) {
      benchmark::DoNotOptimize(e.id);
      ++rows;
    });
    if (!s) state.SkipWithError(s.message().c_str());
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_StoreQueryDyadQuarter(benchmark::State& state) {
  dyad::EventQuery q;
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  q.from = "2025-01-01";
  q.to = "2025-03-31";
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryDyadQuarter)->Unit(benchmark::kMillisecond);

void BM_StoreQueryDyadAllWithMentions(benchmark::State& state) {
  dyad::EventQuery q;
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  q.with_mentions = true;
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryDyadAllWithMentions)->Unit(benchmark::kMillisecond);

void BM_StoreQueryCountryRootLimit(benchmark::State& state) {
  dyad::EventQuery q;
  q.country = "UKR";
  q.root = "19";
  q.limit = 100;
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryCountryRootLimit)->Unit(benchmark::kMillisecond);

void BM_StoreQueryActorQuadMonth(benchmark::State& state) {
  dyad::EventQuery q;
  q.actor = "USAGOV";
  q.quad = 4;
  q.from = "2025-06-01";
  q.to = "2025-06-30";
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryActorQuadMonth)->Unit(benchmark::kMillisecond);

void BM_StoreQueryRecent100(benchmark::State& state) {
  dyad::EventQuery q;
  q.limit = 100;
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryRecent100)->Unit(benchmark::kMillisecond);

void BM_StoreQueryTextAndDyad(benchmark::State& state) {
  dyad::EventQuery q;
  q.text = "hostages embargo";
  q.dyad_a = "ISR";
  q.dyad_b = "PSE";
  RunQuery(state, q);
}
BENCHMARK(BM_StoreQueryTextAndDyad)->Unit(benchmark::kMillisecond);

void BM_StoreSeriesDyadByWeek(benchmark::State& state) {
  dyad::Store& store = BenchStore();
  dyad::EventQuery q;
  q.dyad_a = "RUS";
  q.dyad_b = "UKR";
  size_t n = 0;
  for (auto _ : state) {
    auto s = store.Series(q, dyad::Period::kWeek);
    if (!s) state.SkipWithError(s.error().c_str());
    else n = s->size();
  }
  state.counters["periods"] = static_cast<double>(n);
}
BENCHMARK(BM_StoreSeriesDyadByWeek)->Unit(benchmark::kMillisecond);

void BM_StoreAlertsWeekly(benchmark::State& state) {
  dyad::Store& store = BenchStore();
  size_t n = 0;
  for (auto _ : state) {
    auto a = store.Alerts({});
    if (!a) state.SkipWithError(a.error().c_str());
    else n = a->size();
  }
  state.counters["alerts"] = static_cast<double>(n);
}
BENCHMARK(BM_StoreAlertsWeekly)->Unit(benchmark::kMillisecond);

}  // namespace
