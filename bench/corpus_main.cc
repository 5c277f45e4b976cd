// The corpus benchmark: `dyad ingest` end to end (coder threads, the single store writer,
// a fresh SQLite database) over a real news corpus, ../shared/corpora/news when present
// (BBC, Reuters-21578, Guardian sample), else generated stories. Prints documents/s,
// sentences/s and events/s overall and for each quarter of the corpus (throughput should
// stay flat as the database grows), and peak memory (getrusage ru_maxrss) with every
// dictionary, the parser model and the gazetteer loaded.
//
//   make bench-corpus                       # one coder thread, then one per core
//   build-scale/dyad_corpus_bench --threads 1 --limit 5000 [--generated] [--db FILE (kept)]
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

#include "bench_corpus.h"
#include "dyad/coder.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"
#include "dyad/store.h"

namespace {

double MaxRssMiB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;  // kilobytes on Linux
}

double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double CurrentRssMiB() {
  FILE* f = fopen("/proc/self/statm", "r");
  long pages = 0, resident = 0;
  if (f) {
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    fclose(f);
  }
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

}  // namespace

int main(int argc, char** argv) {
  int threads = 1;
  size_t limit = 0;
  bool generated = false;
  std::string db;
  bool keep_db = false;  // a --db the user named is kept, for comparing runs' events
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) threads = atoi(argv[++i]);
    else if (a == "--limit" && i + 1 < argc) limit = strtoul(argv[++i], nullptr, 10);
    else if (a == "--db" && i + 1 < argc) db = argv[++i], keep_db = true;
    else if (a == "--generated") generated = true;
    else {
      fprintf(stderr, "usage: %s [--threads N (0: one per core)] [--limit DOCS] [--generated] [--db FILE]\n", argv[0]);
      return 2;
    }
  }
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (db.empty()) db = "/tmp/dyad-corpus-bench-" + std::to_string(getpid()) + ".db";
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);

  double rss_start = CurrentRssMiB();
  auto coder = dyad::Coder::Create({});
  if (!coder) { fprintf(stderr, "%s\n", coder.error().c_str()); return 1; }
  // (The coder loads the gazetteer itself; a second copy here would count twice.)
  if (!std::filesystem::exists(dyad::places::DefaultGazetteerPath()))
    fprintf(stderr, "note: no gazetteer at %s: events are coded without places\n",
            dyad::places::DefaultGazetteerPath().c_str());
  auto store = dyad::Store::Open(db);
  if (!store) { fprintf(stderr, "%s\n", store.error().c_str()); return 1; }
  double rss_loaded = CurrentRssMiB();

  // The stories stream from the files as in `dyad ingest`; a first pass counts them, for
  // the quarters.
  size_t total = 0, bytes = 0;
  std::string corpus = dyad::bench::ForEachStory(limit, [&](dyad::Document d) { ++total; bytes += d.raw.size(); }, generated);
  printf("corpus: %s: %zu documents, %.1f MiB of text\n", corpus.c_str(), total, bytes / 1048576.0);
  printf("machine: %u cores; coder threads: %d; store: SQLite %s\n", std::thread::hardware_concurrency(), threads,
         db.c_str());

  struct Mark { double seconds; uint64_t docs, sentences, events; };
  std::vector<Mark> marks = {{0, 0, 0, 0}};
  dyad::pipeline::Options options;
  options.threads = threads;
  dyad::pipeline::Callbacks cb;
  cb.source = [&](const std::function<bool(dyad::pipeline::Item)>& push) {
    bool go = true;
    dyad::bench::ForEachStory(limit, [&](dyad::Document d) { if (go) go = push({std::move(d), ""}); }, generated);
  };
  cb.progress = [&](const dyad::pipeline::Stats& s, bool final) {
    size_t quarter = marks.size();
    if (quarter <= 4 && (s.read >= total * quarter / 4 || final))
      marks.push_back({s.seconds, s.read, s.sentences, s.events});
  };
  cb.error = [&](const std::string& m) { fprintf(stderr, "%s\n", m.c_str()); };
  double cpu_start = CpuSeconds();
  dyad::pipeline::Stats s = dyad::pipeline::Run(**coder, **store, options, cb);
  double cpu = CpuSeconds() - cpu_start;

  auto line = [](const char* label, double sec, double d, double sent, double ev) {
    printf("%-14s %8.1f s %9.0f docs/s %10.0f sentences/s %9.0f events/s\n", label, sec, sec > 0 ? d / sec : 0,
           sec > 0 ? sent / sec : 0, sec > 0 ? ev / sec : 0);
  };
  line("all", s.seconds, static_cast<double>(s.read), static_cast<double>(s.sentences), static_cast<double>(s.events));
  for (size_t q = 1; q < marks.size(); ++q) {
    char label[32];
    snprintf(label, sizeof label, "quarter %zu", q);
    line(label, marks[q].seconds - marks[q - 1].seconds, static_cast<double>(marks[q].docs - marks[q - 1].docs),
         static_cast<double>(marks[q].sentences - marks[q - 1].sentences),
         static_cast<double>(marks[q].events - marks[q - 1].events));
  }
  // CPU time is what the figures cost whatever else runs on the machine; with one coder
  // thread, sentences per CPU-second is the single-core throughput.
  printf("cpu: %.1f s (all threads): %.0f sentences per CPU-second, %.0f docs per CPU-second\n", cpu,
         cpu > 0 ? s.sentences / cpu : 0, cpu > 0 ? s.read / cpu : 0);
  printf("documents: %llu stored, %llu failed; sentences %llu; events %llu\n",
         static_cast<unsigned long long>(s.stored), static_cast<unsigned long long>(s.failed),
         static_cast<unsigned long long>(s.sentences), static_cast<unsigned long long>(s.events));
  dyad::Coder::Counts k = (*coder)->counts();
  printf("cascade: of %llu sentences, %llu tagged (an actor and a pattern's words), %llu parsed (a pattern "
         "head once tagged), %llu with events\n",
         static_cast<unsigned long long>(k.sentences), static_cast<unsigned long long>(k.tagged),
         static_cast<unsigned long long>(k.parsed), static_cast<unsigned long long>(k.with_events));
  printf("memory: %.0f MiB at start, %.0f MiB with dictionaries, model and gazetteer loaded; "
         "peak (ru_maxrss) %.0f MiB\n",
         rss_start, rss_loaded, MaxRssMiB());
  if (!keep_db)
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
  return 0;
}
