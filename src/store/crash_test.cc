// A `kill -9` during `dyad ingest` loses nothing that was committed and corrupts nothing:
// the real binary ingests a batch of stories into a SQLite file, is killed midway, the
// file passes PRAGMA integrity_check with every stored document complete, and ingesting
// the batch again gives exactly what a clean run gives.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Rows of a query, each row's columns joined by tabs; "!error" on failure.
std::vector<std::string> Rows(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return {"!error: open"};
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    rows.push_back(std::string("!error: ") + sqlite3_errmsg(db));
  } else {
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* v = sqlite3_column_text(st, i);
        row += (i ? "\t" : "") + std::string(v ? reinterpret_cast<const char*>(v) : "NULL");
      }
      rows.push_back(row);
    }
    if (rc != SQLITE_DONE) rows.push_back(std::string("!error: ") + sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rows;
}

long Count(const std::string& db, const std::string& table) {
  auto r = Rows(db, "SELECT count(*) FROM " + table);
  return r.size() == 1 && r[0][0] != '!' ? std::stol(r[0]) : -1;
}

class StoreCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-crash-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Starts `dyad ingest --db DB FEED` and returns its pid.
  pid_t StartIngest(const std::string& db, const std::string& feed) {
    pid_t pid = fork();
    if (pid == 0) {
      int null = open("/dev/null", O_RDWR);
      int log = open((db + ".log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(null, 0);
      dup2(null, 1);
      dup2(log, 2);
      execl(DYAD_BINARY, DYAD_BINARY, "ingest", "--db", db.c_str(), feed.c_str(), nullptr);
      _exit(127);
    }
    return pid;
  }
  int Wait(pid_t pid) {
    int raw = 0;
    waitpid(pid, &raw, 0);
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  }

  std::string dir_;
};

// A feed of `n` distinct stories, several events each, on different days and dyads.
std::string WriteFeed(const std::string& path, int n) {
  const char* countries[] = {"Russia", "Ukraine", "China", "Taiwan", "Iran", "Israel",
                             "France", "Germany", "India", "Pakistan", "Egypt", "Turkey"};
  const char* acts[] = {"accused {B} of shelling a border village",
                        "held talks with {B} in Geneva",
                        "condemned the strike by {B}",
                        "signed a trade agreement with {B}"};
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int k = 0; k < 4; ++k) {
      int a = (i * 7 + k * 3) % 12, b = (i * 5 + k * 7 + 1) % 12;
      if (a == b) b = (b + 1) % 12;
      std::string act = acts[(i + k) % 4];
      act.replace(act.find("{B}"), 3, countries[b]);
      text += std::string(countries[a]) + " " + act + " on Monday. ";
    }
    char date[16];
    snprintf(date, sizeof date, "2026-%02d-%02d", 1 + i % 12, 1 + i % 28);
    out << "{\"id\":\"story-" << i << "\",\"date\":\"" << date << "\",\"source\":\"Outlet "
        << i % 9 << "\",\"text\":\"" << text << "Story " << i << " ends here.\"}\n";
  }
  return path;
}

TEST_F(StoreCrashTest, KillNineMidIngestLeavesAConsistentStoreThatTheRerunCompletes) {
  constexpr int kStories = 600;
  std::string feed = WriteFeed(dir_ + "/feed.jsonl", kStories);

  std::string clean = dir_ + "/clean.db";
  ASSERT_EQ(Wait(StartIngest(clean, feed)), 0) << "see " << clean << ".log";
  ASSERT_EQ(Count(clean, "documents"), kStories);
  ASSERT_GT(Count(clean, "mentions"), kStories);

  // Kill the second run once some documents are committed (polling the file as a reader).
  std::string crashed = dir_ + "/crashed.db";
  pid_t pid = StartIngest(crashed, feed);
  long seen = 0;
  for (int i = 0; i < 6000 && seen < 20; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (fs::exists(crashed)) seen = std::max(0L, Count(crashed, "documents"));
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ASSERT_EQ(Wait(pid), 128 + SIGKILL) << "ingest finished before it could be killed";

  EXPECT_EQ(Rows(crashed, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  EXPECT_EQ(Rows(crashed, "PRAGMA foreign_key_check"), std::vector<std::string>{});
  long stored = Count(crashed, "documents");
  EXPECT_GE(stored, 20);
  EXPECT_LT(stored, kStories) << "the kill came too late to test anything";
  // Every stored document is complete: its mentions are those of the clean run, and
  // every mention belongs to a merged event.
  const std::string per_doc =
      "SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) FROM documents d ORDER BY d.id";
  auto clean_docs = Rows(clean, per_doc), crashed_docs = Rows(crashed, per_doc);
  std::map<std::string, std::string> clean_counts;
  for (const auto& r : clean_docs) clean_counts[r.substr(0, r.find('\t'))] = r;
  for (const auto& r : crashed_docs) EXPECT_EQ(clean_counts[r.substr(0, r.find('\t'))], r);
  EXPECT_EQ(Rows(crashed, "SELECT count(*) FROM mentions WHERE event_id IS NULL OR event_id NOT IN "
                          "(SELECT id FROM events)"),
            std::vector<std::string>{"0"});

  // The re-run completes the batch: the same documents, mentions and merged events.
  ASSERT_EQ(Wait(StartIngest(crashed, feed)), 0) << "see " << crashed << ".log";
  for (const char* table : {"documents", "mentions", "events", "actors"})
    EXPECT_EQ(Count(crashed, table), Count(clean, table)) << table;
  const std::string merged =
      "SELECT date, source_code, target_code, cameo, num_mentions, num_sources, num_articles "
      "FROM events ORDER BY 1, 2, 3, 4";
  EXPECT_EQ(Rows(crashed, merged), Rows(clean, merged));
  EXPECT_EQ(Rows(crashed, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
}

}  // namespace
