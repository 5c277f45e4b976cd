// dyad ingest: code files, directories and archives into a store, on several threads,
// resumably. See README "Ingesting corpora".
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli_options.h"
#include "commands.h"
#include "dyad/corpus.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace {

std::atomic<bool> g_stop{false};

void OnInterrupt(int) { g_stop.store(true); }

constexpr const char* kIngestUsage = R"(Usage: dyad ingest INPUT... [--db PATH] [--threads N] [--no-resume] [--quiet]
                   [--date D] [--source NAME] [--id ID] [--merge-days N] [coder options]
  INPUT is a file or a directory (walked recursively): .txt, .html/.htm, .jsonl/.ndjson and
  .warc, each optionally compressed (.gz, .zst); "-" reads text from standard input.
  --threads N   coder threads (default: one per core)
  --no-resume   code every document, even those already stored with the same text
  --quiet       no progress display
  Ctrl-C stops after the documents in flight are stored; run again to resume.
)";

}  // namespace

int IngestCommand(const std::vector<std::string>& argv) {
  auto parsed = dyad::cli::ParseOptions(argv, {"--db", "--date", "--source", "--id", "--merge-days", "--threads"},
                                        {"--no-resume", "--quiet"});
  if (!parsed) { std::cerr << "dyad ingest: " << parsed.error() << "\n" << kIngestUsage; return 2; }
  const auto& p = *parsed;
  if (p.Has("--help")) { std::cout << kIngestUsage; return 0; }
  if (p.positional.empty()) { std::cerr << "dyad ingest: give at least one INPUT\n" << kIngestUsage; return 2; }
  long threads = 0, merge_days = 0;
  if (!dyad::cli::IntOption(p, "--threads", 0, &threads, "ingest") ||
      !dyad::cli::IntOption(p, "--merge-days", 0, &merge_days, "ingest"))
    return 2;

  dyad::corpus::Expansion inputs = dyad::corpus::Expand(p.positional);
  for (const auto& e : inputs.errors) std::cerr << "dyad: " << e << "\n";
  if (inputs.inputs.empty()) return 1;

  auto coder = dyad::cli::MakeCoder(p);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  std::string db_path = p.Get("--db", "dyad.db");
  dyad::StoreOptions store_options;
  store_options.merge_tolerance_days = static_cast<int>(merge_days);
  auto store = dyad::Store::Open(db_path, store_options);
  if (!store) { std::cerr << "dyad: " << store.error() << "\n"; return 1; }
  std::unique_ptr<dyad::Store> lookup;
  if (!p.Has("--no-resume")) {
    auto l = dyad::Store::Open(db_path, store_options);
    if (!l) { std::cerr << "dyad: " << l.error() << "\n"; return 1; }
    lookup = std::move(*l);
  }

  dyad::ingest::Options read_options;
  read_options.date = p.Get("--date");
  read_options.source = p.Get("--source");
  read_options.id = p.Get("--id");
  uint64_t total_bytes = inputs.total_bytes;
  dyad::corpus::Reader reader(std::move(inputs.inputs), read_options);

  bool terminal = isatty(STDERR_FILENO);
  bool quiet = p.Has("--quiet");
  dyad::pipeline::Progress progress(stderr, terminal);
  bool progress_shown = false;

  struct sigaction sa {};
  sa.sa_handler = OnInterrupt;
  sa.sa_flags = SA_RESETHAND;  // a second Ctrl-C ends the program at once
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  bool told = false;

  dyad::pipeline::Options options;
  options.threads = static_cast<int>(threads);
  options.lookup = lookup.get();
  options.stop = &g_stop;
  dyad::pipeline::Callbacks cb;
  cb.source = [&](const std::function<bool(dyad::pipeline::Item)>& push) {
    reader.ForEach([&](dyad::Result<dyad::Document> doc) { return push({std::move(doc), ""}); });
  };
  cb.error = [&](const std::string& m) {
    std::cerr << (terminal && progress_shown ? "\r\033[K" : "") << "dyad: " << m << "\n";
  };
  cb.bytes = [&] { return std::make_pair(reader.bytes_read(), total_bytes); };
  cb.progress = [&](const dyad::pipeline::Stats& s, bool final) {
    if (g_stop.load() && !told) {
      told = true;
      std::cerr << (terminal && progress_shown ? "\r\033[K" : "")
                << "dyad: interrupted: storing the documents in flight; run the same command again to resume\n";
    }
    if (quiet) return;
    progress.Update(s, final);
    progress_shown = true;
  };
  dyad::pipeline::Stats s = dyad::pipeline::Run(**coder, **store, options, cb);

  char rates[160];
  snprintf(rates, sizeof rates, "%.1f s, %.0f docs/s, %.0f sentences/s", s.seconds,
           s.seconds > 0 ? (s.read - s.skipped) / s.seconds : 0.0, s.seconds > 0 ? s.sentences / s.seconds : 0.0);
  std::cerr << "dyad: " << s.stored << " document(s) stored with " << s.events << " event(s), "
            << s.replaced << " replaced, " << s.unchanged + s.skipped << " unchanged (" << s.skipped
            << " skipped without coding), " << s.failed << " failed, in " << db_path << " (" << rates << ")\n";
  if (inputs.skipped) std::cerr << "dyad: " << inputs.skipped << " file(s) of unknown type in directories passed over\n";
  if (g_stop.load()) return 130;
  if (s.stored + s.replaced + s.unchanged + s.skipped == 0 && (s.failed > 0 || !inputs.errors.empty())) return 1;
  return 0;
}
