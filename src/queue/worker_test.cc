// Scale-out on real servers: a Redis stream fed by `dyad enqueue`, two `dyad worker`
// processes writing to one PostgreSQL database, one of them killed (SIGKILL) mid-stream.
// Every story must be coded exactly once: the documents, mentions and merged events equal
// those of a single clean `dyad ingest`. Skipped, saying why, without the server binaries.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "../../tests/generated_stories.h"
#include "../../tests/test_servers.h"
#include "../../tests/test_support.h"
#include "dyad/queue.h"
#include "dyad/store.h"

namespace dyad::queue {
namespace {

namespace fs = std::filesystem;

TEST(QueueUrl, ParsesHostPortStream) {
  auto a = ParseUrl("redis://10.0.0.5:6380/news");
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ(a->host, "10.0.0.5");
  EXPECT_EQ(a->port, 6380);
  EXPECT_EQ(a->stream, "news");
  EXPECT_EQ(ParseUrl("redis://cache/s")->port, 6379);
  EXPECT_FALSE(ParseUrl("redis://cache").ok());
  EXPECT_FALSE(ParseUrl("redis://cache:http/s").ok());
  EXPECT_FALSE(ParseUrl("http://cache/s").ok());
}

pid_t Spawn(const std::vector<std::string>& args, const std::string& err_file) {
  pid_t pid = fork();
  if (pid == 0) {
    FILE* f = freopen(err_file.c_str(), "w", stderr);
    (void)f;
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// Waits for a child up to `seconds`; its exit status, or -1 (killed and reaped) on timeout.
int Wait(pid_t pid, int seconds) {
  for (int i = 0; i < seconds * 10; ++i) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  return -1;
}

std::string Slurp(const std::string& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Worker, TwoWorkersOneKilledEveryStoryCodedOnce) {
  testing::RedisServer redis;
  if (std::string why = redis.Start(); !why.empty()) GTEST_SKIP() << why;
  testing::PostgresServer pg;
  if (std::string why = pg.Start(); !why.empty()) GTEST_SKIP() << why;
  std::string db = pg.CreateDatabase("work");
  ASSERT_FALSE(db.empty());

  char tmpl[] = "/tmp/dyad-worker-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  const int kStories = 160;
  std::string stories = dir + "/stories.jsonl";
  std::ofstream(stories) << testing::GeneratedStoryLines(kStories) << "{\"id\":\"broken\"\n";

  // The reference: one clean ingest.
  auto ref = testing::RunDyad("ingest --quiet --threads 1 --db " + dir + "/ref.db " + stories);
  ASSERT_EQ(ref.status, 0) << ref.err;
  auto reference = Store::Open(dir + "/ref.db");
  ASSERT_TRUE(reference.ok());
  ASSERT_EQ(*(*reference)->DocumentCount(), static_cast<size_t>(kStories));

  std::string url = redis.Url("news");
  auto enq = testing::RunDyad("enqueue --queue " + url + " " + stories);
  ASSERT_EQ(enq.status, 0) << enq.err;
  EXPECT_NE(enq.err.find(std::to_string(kStories) + " stories added"), std::string::npos) << enq.err;
  EXPECT_NE(enq.err.find("stories.jsonl:" + std::to_string(kStories + 1) + ": malformed JSON"), std::string::npos);

  auto worker = [&](const std::string& name) {
    return Spawn({DYAD_BINARY, "worker", "--queue", url, "--db", db, "--threads", "1", "--drain", "--quiet",
                  "--claim-after", "1500", "--name", name},
                 dir + "/" + name + ".err");
  };
  pid_t a = worker("a");
  pid_t b = worker("b");
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.error();
  // Kill worker a once the work is well under way (and far from done).
  bool underway = false;
  for (int i = 0; i < 1200 && !underway; ++i) {
    auto n = (*store)->DocumentCount();
    underway = n.ok() && *n >= 20;
    if (!underway) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_TRUE(underway) << Slurp(dir + "/a.err") << Slurp(dir + "/b.err");
  // ...at a moment when a holds read, unacknowledged stories (seen from b's side: held by
  // others), so that there is something to take over (on a loaded machine a may be
  // between two reads when the count above is reached).
  {
    auto seen_by_b = RedisQueue::Connect(url, "dyad", "b");
    ASSERT_TRUE(seen_by_b.ok()) << seen_by_b.error();
    for (int i = 0; i < 2000; ++i) {
      auto p = (*seen_by_b)->PendingSummary();
      if (p.ok() && p->others > 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  kill(a, SIGKILL);
  waitpid(a, nullptr, 0);
  size_t at_kill = *(*store)->DocumentCount();
  EXPECT_LT(at_kill, static_cast<size_t>(kStories)) << "the workers finished before the kill: the test proves nothing";

  int status = Wait(b, 600);
  std::string b_err = Slurp(dir + "/b.err");
  ASSERT_EQ(status, 0) << b_err;
  // b took over what a had read and not acknowledged.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(b_err, m, std::regex("(\\d+) claimed from other workers"))) << b_err;
  EXPECT_GE(std::stoi(m[1]), 1) << b_err;

  EXPECT_EQ(*(*store)->DocumentCount(), *(*reference)->DocumentCount());
  EXPECT_EQ(*(*store)->MentionCount(), *(*reference)->MentionCount());
  EXPECT_EQ(*(*store)->EventCount(), *(*reference)->EventCount());
  // Same events, mention for mention.
  auto mine = (*store)->Events(), theirs = (*reference)->Events();
  ASSERT_TRUE(mine.ok() && theirs.ok());
  auto key = [](const std::vector<Event>& v) {
    std::vector<std::string> k;
    for (const auto& e : v) k.push_back(e.doc_id + "/" + std::to_string(e.sentence) + "/" + e.source.code + "/" +
                                        e.cameo + "/" + e.target.code + "/" + e.date);
    std::sort(k.begin(), k.end());
    return k;
  };
  EXPECT_EQ(key(*mine), key(*theirs));
  // Nothing left in the stream, nothing pending.
  auto q = RedisQueue::Connect(url, "dyad", "checker");
  ASSERT_TRUE(q.ok()) << q.error();
  EXPECT_EQ(*(*q)->Length(), 0u);
  EXPECT_EQ((*q)->PendingSummary()->total, 0u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad::queue
