// dyad enqueue: feed a Redis stream with the stories of files and directories (the
// inputs of dyad ingest), for dyad worker processes to code.
#include <chrono>
#include <iostream>
#include <thread>

#include "cli_options.h"
#include "commands.h"
#include "dyad/corpus.h"
#include "dyad/queue.h"

namespace {

constexpr const char* kEnqueueUsage = R"(Usage: dyad enqueue --queue redis://HOST[:PORT]/STREAM INPUT... [--max-queued N]
                   [--date D] [--source NAME]
  Adds every story of the inputs (files and directories, as for dyad ingest) to the
  stream. --max-queued N: wait while the stream holds N stories not yet done (default
  100000), so that a huge corpus does not fill the server's memory.
)";

}  // namespace

int EnqueueCommand(const std::vector<std::string>& argv) {
  auto parsed = dyad::cli::ParseOptions(argv, {"--queue", "--max-queued", "--date", "--source", "--id"}, {});
  if (!parsed) { std::cerr << "dyad enqueue: " << parsed.error() << "\n" << kEnqueueUsage; return 2; }
  const auto& p = *parsed;
  if (p.Has("--help")) { std::cout << kEnqueueUsage; return 0; }
  if (p.Get("--queue").empty() || p.positional.empty()) {
    std::cerr << "dyad enqueue: give --queue and at least one INPUT\n" << kEnqueueUsage;
    return 2;
  }
  long max_queued = 100000;
  if (!dyad::cli::IntOption(p, "--max-queued", 100000, &max_queued, "enqueue")) return 2;
  auto queue = dyad::queue::RedisQueue::Connect(p.Get("--queue"));
  if (!queue) { std::cerr << "dyad: " << queue.error() << "\n"; return 1; }
  if (auto s = (*queue)->EnsureGroup(); !s) { std::cerr << "dyad: " << s.message() << "\n"; return 1; }

  dyad::corpus::Expansion inputs = dyad::corpus::Expand(p.positional);
  for (const auto& e : inputs.errors) std::cerr << "dyad: " << e << "\n";
  dyad::ingest::Options read_options;
  read_options.date = p.Get("--date");
  read_options.source = p.Get("--source");
  read_options.id = p.Get("--id");
  size_t added = 0, failed = 0;
  bool queue_error = false;
  uint64_t since_check = 0;
  dyad::corpus::Reader reader(std::move(inputs.inputs), read_options);
  reader.ForEach([&](dyad::Result<dyad::Document> doc) {
    if (!doc) {
      std::cerr << "dyad: " << doc.error() << "\n";
      ++failed;
      return true;
    }
    if (max_queued > 0 && ++since_check >= 256) {
      since_check = 0;
      for (;;) {
        auto n = (*queue)->Length();
        if (!n || *n < static_cast<uint64_t>(max_queued)) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
    }
    auto id = (*queue)->Add(dyad::queue::RedisQueue::StoryLine(*doc));
    if (!id) {
      std::cerr << "dyad: " << id.error() << "\n";
      queue_error = true;
      return false;
    }
    ++added;
    return true;
  });
  std::cerr << "dyad: " << added << " stor" << (added == 1 ? "y" : "ies") << " added to " << p.Get("--queue") << ", "
            << failed << " failed\n";
  if (queue_error || (added == 0 && (failed > 0 || !inputs.errors.empty()))) return 1;
  return 0;
}
