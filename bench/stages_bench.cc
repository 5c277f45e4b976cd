// Benchmarks of each stage of the pipeline on real news stories (../shared/corpora/news
// when present, generated stories otherwise), one core:
//   build-scale/dyad_bench --benchmark_filter=Stage
// Counters: sentences/s (and documents/s where it means something) through the stage
// alone. Stages after the first run on documents prepared by the earlier stages outside
// the timed loop.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "dyad/actor.h"
#include "dyad/clean.h"
#include "dyad/coder.h"
#include "dyad/store.h"
#include "dyad/syntax.h"
#include "dyad/text.h"
#include "dyad/time.h"

namespace {

constexpr size_t kStories = 300;  // BBC politics and business: about 6,000 sentences

const dyad::Coder& SharedCoder() {
  static std::unique_ptr<dyad::Coder> coder = [] {
    auto c = dyad::Coder::Create({});
    if (!c) { fprintf(stderr, "%s\n", c.error().c_str()); std::abort(); }
    return std::move(*c);
  }();
  return *coder;
}

// The stories as read (raw), and as cleaned and segmented.
const std::vector<dyad::Document>& Raw() {
  static std::vector<dyad::Document> docs = [] {
    std::vector<dyad::Document> d;
    dyad::bench::ForEachStory(kStories, [&](dyad::Document doc) { d.push_back(std::move(doc)); });
    return d;
  }();
  return docs;
}

const std::vector<dyad::Document>& Segmented() {
  static std::vector<dyad::Document> docs = [] {
    std::vector<dyad::Document> d = Raw();
    for (auto& doc : d) {
      dyad::clean::Clean(doc);
      dyad::text::Segment(doc);
    }
    return d;
  }();
  return docs;
}

size_t Sentences(const std::vector<dyad::Document>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.sentences.size();
  return n;
}

void Rates(benchmark::State& state, size_t docs, size_t sentences) {
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences * state.iterations()), benchmark::Counter::kIsRate);
}

void BM_StageClean(benchmark::State& state) {
  const auto& raw = Raw();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<dyad::Document> docs = raw;
    state.ResumeTiming();
    for (auto& d : docs) benchmark::DoNotOptimize(dyad::clean::Clean(d));
  }
  Rates(state, raw.size(), Sentences(Segmented()));
}
BENCHMARK(BM_StageClean)->Unit(benchmark::kMillisecond);

void BM_StageSplit(benchmark::State& state) {
  std::vector<dyad::Document> cleaned = Raw();
  for (auto& d : cleaned) dyad::clean::Clean(d);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<dyad::Document> docs = cleaned;
    state.ResumeTiming();
    for (auto& d : docs) dyad::text::Segment(d);
  }
  Rates(state, cleaned.size(), Sentences(Segmented()));
}
BENCHMARK(BM_StageSplit)->Unit(benchmark::kMillisecond);

// Tagging and parsing every sentence (the coder parses only the sentences with an actor
// and a pattern head: see BM_StageCode for the whole).
void BM_StageParse(benchmark::State& state) {
  auto parser = dyad::syntax::Parser::Load(dyad::DefaultModelPath());
  if (!parser) { state.SkipWithError(parser.error().c_str()); return; }
  const auto& docs = Segmented();
  std::vector<std::vector<dyad::Token>> sentences;
  for (const auto& d : docs)
    for (const auto& s : d.sentences) sentences.push_back(s.tokens);
  for (auto _ : state)
    for (auto& toks : sentences) (*parser)->Annotate(toks);
  Rates(state, docs.size(), sentences.size());
  size_t tokens = 0;
  for (const auto& t : sentences) tokens += t.size();
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StageParse)->Unit(benchmark::kMillisecond);

void BM_StageActors(benchmark::State& state) {
  const auto& dict = SharedCoder().dictionary();
  const auto& docs = Segmented();
  size_t matches = 0;
  for (auto _ : state)
    for (const auto& d : docs) {
      dyad::actors::StoryMemory memory;
      for (const auto& s : d.sentences) matches += dict.Find(s.tokens, d.date, &memory).size();
    }
  Rates(state, docs.size(), Sentences(docs));
  state.counters["matches/sentence"] = static_cast<double>(matches) / static_cast<double>(Sentences(docs) * state.iterations());
}
BENCHMARK(BM_StageActors)->Unit(benchmark::kMillisecond);

void BM_StageDates(benchmark::State& state) {
  const auto& docs = Segmented();
  size_t found = 0;
  for (auto _ : state)
    for (const auto& d : docs)
      for (const auto& s : d.sentences) found += dyad::time::FindTimeExpressions(d.SentenceText(s), d.date).size();
  Rates(state, docs.size(), Sentences(docs));
  benchmark::DoNotOptimize(found);
}
BENCHMARK(BM_StageDates)->Unit(benchmark::kMillisecond);

// The whole coder (clean, split, actors, cascade, parse, patterns, dates): what one core
// does per document in `dyad ingest`, the store aside.
void BM_StageCode(benchmark::State& state) {
  const auto& coder = SharedCoder();
  const auto& raw = Raw();
  size_t events = 0, sentences = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<dyad::Document> docs = raw;
    state.ResumeTiming();
    for (auto& d : docs) {
      events += coder.Code(d).size();
      sentences += d.sentences.size();
    }
  }
  Rates(state, raw.size(), sentences / std::max<size_t>(1, state.iterations()));
  state.counters["events/doc"] = static_cast<double>(events) / static_cast<double>(raw.size() * state.iterations());
}
BENCHMARK(BM_StageCode)->Unit(benchmark::kMillisecond);

// Storing coded documents in a fresh SQLite file (one transaction a document).
void BM_StageStore(benchmark::State& state) {
  const auto& coder = SharedCoder();
  std::vector<dyad::Document> docs = Raw();
  std::vector<std::vector<dyad::Event>> events;
  for (auto& d : docs) events.push_back(coder.Code(d));
  std::string path = "/tmp/dyad-stage-store-" + std::to_string(getpid()) + ".db";
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path + ext);
    auto store = dyad::Store::Open(path);
    if (!store) { state.SkipWithError(store.error().c_str()); return; }
    state.ResumeTiming();
    for (size_t i = 0; i < docs.size(); ++i) benchmark::DoNotOptimize((*store)->Put(docs[i], events[i]).ok());
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path + ext);
  Rates(state, docs.size(), Sentences(docs));
}
BENCHMARK(BM_StageStore)->Unit(benchmark::kMillisecond);

}  // namespace
