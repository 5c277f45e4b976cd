// Benchmarks of the actor dictionaries: loading every built-in *.actors file (time and the
// heap it keeps). Matching is BM_StageActors in stages_bench.cc.
//   build/dyad_bench --benchmark_filter=ActorsLoad
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <memory>
#include <string>

#include "dyad/actor.h"
#include "dyad/coder.h"

namespace {

void BM_ActorsLoad(benchmark::State& state) {
  const std::string dir = dyad::DefaultDataDir() + "/actors";
  size_t entries = 0, names = 0;
  double heap_mb = 0;
  for (auto _ : state) {
    size_t before = mallinfo2().uordblks;
    auto r = dyad::actors::Dictionary::LoadDirectory(dir);
    if (!r.ok()) { state.SkipWithError(r.error().c_str()); return; }
    std::shared_ptr<dyad::actors::Dictionary> dict = r.value();
    // Heap held by the loaded dictionary (allocated bytes still in use after loading).
    heap_mb = static_cast<double>(mallinfo2().uordblks - before) / (1024.0 * 1024.0);
    entries = dict->entries().size();
    names = dict->name_count();
    benchmark::DoNotOptimize(entries);
  }
  state.counters["entries"] = static_cast<double>(entries);
  state.counters["names"] = static_cast<double>(names);
  state.counters["heap_MB"] = heap_mb;
}
BENCHMARK(BM_ActorsLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
