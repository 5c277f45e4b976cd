// dyad worker: code stories from a Redis stream into a store (PostgreSQL when several
// workers share the work). See dyad/queue.h for the delivery guarantees.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "cli_options.h"
#include "commands.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/queue.h"
#include "dyad/store.h"

namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop.store(true); }

constexpr const char* kWorkerUsage = R"(Usage: dyad worker --queue redis://HOST[:PORT]/STREAM --db URL [--threads N] [--drain]
                   [--group NAME] [--name CONSUMER] [--claim-after MS] [--quiet] [coder options]
  Codes stories from the stream and stores them; acknowledges each once committed.
  --db URL          postgresql://... to share one database between workers (or a SQLite file)
  --threads N       coder threads (default: one per core)
  --drain           exit when the stream is empty and no other worker holds stories
  --group NAME      consumer group (default dyad); --name: this worker's name (host:pid)
  --claim-after MS  take over stories another worker left unacknowledged this long
                    (default 60000: it died or hangs)
  SIGINT/SIGTERM: stop reading, store and acknowledge the stories in flight, exit.
)";

}  // namespace

int WorkerCommand(const std::vector<std::string>& argv) {
  auto parsed = dyad::cli::ParseOptions(argv, {"--queue", "--db", "--threads", "--group", "--name", "--claim-after",
                                               "--merge-days"},
                                        {"--drain", "--quiet"});
  if (!parsed) { std::cerr << "dyad worker: " << parsed.error() << "\n" << kWorkerUsage; return 2; }
  const auto& p = *parsed;
  if (p.Has("--help")) { std::cout << kWorkerUsage; return 0; }
  if (p.Get("--queue").empty() || p.Get("--db").empty() || !p.positional.empty()) {
    std::cerr << "dyad worker: give --queue and --db (and no files)\n" << kWorkerUsage;
    return 2;
  }
  long threads = 0, claim_after = 60000, merge_days = 0;
  if (!dyad::cli::IntOption(p, "--threads", 0, &threads, "worker") ||
      !dyad::cli::IntOption(p, "--claim-after", 60000, &claim_after, "worker") ||
      !dyad::cli::IntOption(p, "--merge-days", 0, &merge_days, "worker"))
    return 2;
  if (auto a = dyad::queue::ParseUrl(p.Get("--queue")); !a) { std::cerr << "dyad worker: " << a.error() << "\n"; return 2; }
  std::string group = p.Get("--group", "dyad");
  // Two connections: the reading thread's and the writer's (acknowledgements).
  auto reader = dyad::queue::RedisQueue::Connect(p.Get("--queue"), group, p.Get("--name"));
  if (!reader) { std::cerr << "dyad: " << reader.error() << "\n"; return 1; }
  auto acker = dyad::queue::RedisQueue::Connect(p.Get("--queue"), group, (*reader)->consumer());
  if (!acker) { std::cerr << "dyad: " << acker.error() << "\n"; return 1; }
  if (auto s = (*reader)->EnsureGroup(); !s) { std::cerr << "dyad: " << s.message() << "\n"; return 1; }

  auto coder = dyad::cli::MakeCoder(p);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  dyad::StoreOptions store_options;
  store_options.merge_tolerance_days = static_cast<int>(merge_days);
  auto store = dyad::Store::Open(p.Get("--db"), store_options);
  if (!store) { std::cerr << "dyad: " << store.error() << "\n"; return 1; }
  auto lookup = dyad::Store::Open(p.Get("--db"), store_options);
  if (!lookup) { std::cerr << "dyad: " << lookup.error() << "\n"; return 1; }

  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  const std::string name = (*reader)->consumer();
  const std::string stream = (*reader)->address().stream;
  bool drain = p.Has("--drain");
  std::atomic<uint64_t> claimed{0};
  std::atomic<bool> queue_failed{false};
  dyad::pipeline::Options options;
  options.threads = static_cast<int>(threads);
  options.lookup = lookup->get();
  options.stop = &g_stop;
  const size_t batch = 2 * static_cast<size_t>(options.threads > 0 ? options.threads : std::thread::hardware_concurrency()) + 2;

  dyad::pipeline::Callbacks cb;
  cb.source = [&](const std::function<bool(dyad::pipeline::Item)>& push) {
    dyad::ingest::Options read_options;
    auto give = [&](const std::vector<dyad::queue::Entry>& entries) {
      for (const auto& e : entries) {
        std::string origin = "redis:" + stream + "/" + e.id;
        auto doc = e.story.empty() ? dyad::Result<dyad::Document>::Error(origin + ": entry without a story field")
                                   : dyad::ingest::FromJsonLine(e.story, origin, read_options);
        if (!push({std::move(doc), e.id})) return false;
      }
      return true;
    };
    auto last_claim = std::chrono::steady_clock::time_point{};
    while (!g_stop.load()) {
      // Stories a dead worker left behind, checked every claim_after/2 at most.
      auto now = std::chrono::steady_clock::now();
      if (now - last_claim >= std::chrono::milliseconds(std::max(100L, claim_after / 2))) {
        last_claim = now;
        auto mine = (*reader)->Claim(static_cast<uint64_t>(claim_after), batch);
        if (!mine) { std::cerr << "dyad: " << mine.error() << "\n"; queue_failed = true; return; }
        claimed += mine->size();
        if (!give(*mine)) return;
        if (!mine->empty()) continue;
      }
      auto fresh = (*reader)->Read(batch, 500);
      if (!fresh) { std::cerr << "dyad: " << fresh.error() << "\n"; queue_failed = true; return; }
      if (!give(*fresh)) return;
      if (fresh->empty() && drain) {
        auto pending = (*reader)->PendingSummary();
        if (!pending) { std::cerr << "dyad: " << pending.error() << "\n"; queue_failed = true; return; }
        if (pending->others == 0) return;  // nothing new, nobody else holds stories: done
      }
    }
  };
  cb.stored = [&](const dyad::pipeline::Item& item, bool ok) {
    if (!ok) return;  // not committed: left pending, claimed again later
    if (auto s = (*acker)->Ack({item.tag}); !s) std::cerr << "dyad: " << s.message() << "\n";
  };
  cb.error = [&](const std::string& m) { std::cerr << "dyad: " << m << "\n"; };
  dyad::pipeline::Progress progress(stderr, false, 10.0);
  if (!p.Has("--quiet")) cb.progress = [&](const dyad::pipeline::Stats& s, bool final) { progress.Update(s, final); };

  std::cerr << "dyad worker " << name << ": reading " << p.Get("--queue") << " (group " << group << ")\n";
  dyad::pipeline::Stats s = dyad::pipeline::Run(**coder, **store, options, cb);
  std::cerr << "dyad worker " << name << ": " << s.stored << " stored with " << s.events << " event(s), "
            << s.replaced << " replaced, " << s.unchanged + s.skipped << " unchanged, " << s.failed << " failed, "
            << claimed.load() << " claimed from other workers, in " << s.seconds << " s\n";
  return queue_failed ? 1 : 0;
}
