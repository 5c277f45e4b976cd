// Benchmarks of the places module: loading the gazetteer and finding places in sentences.
//   build-places/dyad_bench --benchmark_filter=Places
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/places.h"
#include "dyad/text.h"

namespace {

using dyad::places::Gazetteer;

std::shared_ptr<const Gazetteer> Shared() {
  static std::shared_ptr<const Gazetteer> g = [] {
    auto r = Gazetteer::Load(dyad::places::DefaultGazetteerPath());
    if (!r.ok()) { fprintf(stderr, "%s\n", r.error().c_str()); std::abort(); }
    return r.value();
  }();
  return g;
}

void BM_PlacesLoad(benchmark::State& state) {
  size_t entries = 0;
  double heap_mb = 0;
  for (auto _ : state) {
    size_t before = mallinfo2().uordblks;
    auto r = Gazetteer::Load(dyad::places::DefaultGazetteerPath());
    if (!r.ok()) { state.SkipWithError(r.error().c_str()); return; }
    // Heap held by the loaded gazetteer (allocated bytes still in use after loading).
    heap_mb = static_cast<double>(mallinfo2().uordblks - before) / (1024.0 * 1024.0);
    entries = r.value()->size();
    benchmark::DoNotOptimize(entries);
  }
  state.counters["entries"] = static_cast<double>(entries);
  state.counters["heap_MB"] = heap_mb;
}
BENCHMARK(BM_PlacesLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

const char* const kSentences[] = {
    "Russian missiles struck Kyiv and Kharkiv overnight, officials said.",
    "Israeli troops raided the Jenin refugee camp in the northern West Bank on Tuesday.",
    "A tornado tore through Paris, Texas, late on Sunday, killing two people.",
    "The foreign ministers of France, Germany and Poland met in Warsaw to discuss aid.",
    "Clashes erupted in Tripoli between rival militias, witnesses told Reuters.",
    "President Joe Biden said the United States would send more air defence systems.",
    "Protesters gathered outside the parliament in Tbilisi, Georgia, for a third night.",
    "The talks, hosted by Qatar and Egypt in Cairo, ended without agreement.",
};

void BM_PlacesFind(benchmark::State& state) {
  auto g = Shared();
  std::vector<std::vector<dyad::Token>> toks;
  for (const char* s : kSentences) toks.push_back(dyad::text::Tokenize(s));
  dyad::places::Context ctx;
  ctx.countries = {"UKR", "USA"};
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& t : toks) found += g->Find(t, ctx).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * toks.size()));
  state.SetLabel("items = sentences");
}
BENCHMARK(BM_PlacesFind)->Unit(benchmark::kMicrosecond);

}  // namespace
