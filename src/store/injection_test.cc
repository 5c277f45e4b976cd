// SQL is built only with bound parameters: injection strings in every filter of EventQuery
// (library) and of `dyad query` / `dyad series` / `dyad export` (binary) match nothing
// unless a stored value is literally that string, never fail, and leave every table in
// place. On SQLite always; on PostgreSQL too when a server can be started (as in
// postgres_test.cc: initdb in a temporary directory, a free port on 127.0.0.1).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "../../tests/test_support.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& Injections() {
  static const std::vector<std::string> k = {
      "'; DROP TABLE events; --",
      "\" OR 1=1 --",
      "' OR '1'='1",
      "x') OR ('a'='a",
      "1; DELETE FROM mentions",
      "RUS' UNION SELECT * FROM documents --",
      "%",
      "_",
      "*",
      "\\",
      "NEAR(drop table)",
      "\"unbalanced",
      "RUS\xe2\x80\x99; --",
  };
  return k;
}

Event Ev(const std::string& src, const std::string& tgt, const std::string& code,
         const std::string& evidence) {
  Event e;
  e.source = {src, src.size() >= 3 ? src.substr(0, 3) : src, "", src + " name"};
  e.target = {tgt, tgt.size() >= 3 ? tgt.substr(0, 3) : tgt, "", tgt + " name"};
  e.cameo = code;
  e.cameo_root = code.substr(0, 2);
  e.goldstein = -2;
  e.quad_class = 3;
  e.plover = "ACCUSE";
  e.date = "2026-01-16";
  e.date_precision = "day";
  e.evidence = {evidence, 0, static_cast<uint32_t>(evidence.size())};
  e.trigger = "accused";
  e.pattern = "test.patterns:1";
  return e;
}

// Two ordinary events, and one whose source code is literally an injection string (a
// hostile dictionary could produce it): filtering on that string must find exactly it.
void Fill(Store& store) {
  Document d;
  d.id = d.origin = "doc1";
  d.raw = d.text = "Russia accused Ukraine. Iran accused Israel.";
  d.source = "Outlet";
  d.date = "2026-01-16";
  ASSERT_TRUE(store.Put(d, {Ev("RUSGOV", "UKR", "112", "Russia accused Ukraine."),
                            Ev("IRN", "ISR", "112", "Iran accused Israel.")}).ok());
  Document h = d;
  h.id = h.origin = "'; DROP TABLE documents; --";
  h.raw = h.text = "Evil accused Ukraine.";
  auto r = store.Put(h, {Ev("'; DROP TABLE events; --", "UKR", "112", "Evil accused Ukraine.")});
  ASSERT_TRUE(r.ok()) << r.error();
}

// Every string filter set to every injection string, one at a time.
void CheckFilters(Store& store) {
  ASSERT_EQ(*store.EventCount(), 3u);
  for (const auto& bad : Injections()) {
    std::vector<std::pair<const char*, EventQuery>> queries;
    auto add = [&](const char* name, auto set) {
      EventQuery q;
      set(q);
      queries.emplace_back(name, q);
    };
    add("actor", [&](EventQuery& q) { q.actor = bad; });
    add("dyad a", [&](EventQuery& q) { q.dyad_a = bad; q.dyad_b = "UKR"; });
    add("dyad b", [&](EventQuery& q) { q.dyad_a = "RUS"; q.dyad_b = bad; });
    add("directed", [&](EventQuery& q) { q.dyad_a = bad; q.dyad_b = bad; q.directed = true; });
    add("country", [&](EventQuery& q) { q.country = bad; });
    add("code", [&](EventQuery& q) { q.code = bad; });
    add("root", [&](EventQuery& q) { q.root = bad; });
    add("from", [&](EventQuery& q) { q.from = bad; });
    add("to", [&](EventQuery& q) { q.to = bad; });
    add("reported_by", [&](EventQuery& q) { q.reported_by = bad; });
    add("text", [&](EventQuery& q) { q.text = bad; });
    for (auto& [name, q] : queries) {
      auto events = store.Query(q);
      ASSERT_TRUE(events.ok()) << name << " = " << bad << ": " << events.error();
      bool literal = bad == "'; DROP TABLE events; --" &&
                     (std::string(name) == "actor" || std::string(name) == "dyad a");
      bool unfiltered = std::string(name) == "from" || std::string(name) == "to" ||
                        (std::string(name) == "text" && bad.find_first_of(
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos);
      if (literal) {
        ASSERT_EQ(events->size(), 1u) << name << " = " << bad;
        EXPECT_EQ((*events)[0].source.code, bad);
      } else if (unfiltered) {
        // Not a date / no word: the filter does not apply (the CLI refuses such dates).
        EXPECT_EQ(events->size(), 3u) << name << " = " << bad;
      } else if (std::string(name) == "text") {
        // Words of the string, all required in one evidence sentence: none has them all.
        for (const auto& e : *events) ADD_FAILURE() << "text " << bad << " matched " << e.cameo;
      } else {
        EXPECT_TRUE(events->empty()) << name << " = " << bad << " matched " << events->size();
      }
      auto series = store.Series(q, Period::kDay);
      EXPECT_TRUE(series.ok()) << name << " = " << bad << ": " << series.error();
    }
  }
  EXPECT_EQ(*store.EventCount(), 3u);
  EXPECT_EQ(*store.MentionCount(), 3u);
  EXPECT_EQ(*store.DocumentCount(), 2u);
}

class InjectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-inject-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(InjectionTest, SqliteEveryFilterIsBound) {
  auto store = Store::Open(dir_ + "/i.db");
  ASSERT_TRUE(store.ok()) << store.error();
  Fill(**store);
  CheckFilters(**store);
}

TEST_F(InjectionTest, CommandLineFiltersAreBound) {
  std::string db = dir_ + "/cli.db";
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.error();
    Fill(**store);
  }
  auto quote = [](const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
  };
  for (const auto& bad : Injections()) {
    for (const char* option : {"--actor", "--country", "--code", "--root", "--reported-by", "--text"}) {
      for (const char* cmd : {"query --format jsonl", "export --format gdelt"}) {
        testing::RunResult r =
            testing::RunDyad(std::string(cmd) + " --db " + db + " " + option + " " + quote(bad));
        EXPECT_EQ(r.status, 0) << cmd << " " << option << " " << bad << ": " << r.err;
        bool literal = bad == "'; DROP TABLE events; --" && std::string(option) == "--actor";
        if (literal) {
          EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << cmd << ": " << r.out;
        } else if (std::string(option) != "--text") {
          EXPECT_EQ(r.out, "") << cmd << " " << option << " " << bad;
        }
      }
    }
    testing::RunResult r = testing::RunDyad("series --format csv --db " + db + " --dyad " + quote(bad + ",UKR"));
    EXPECT_EQ(r.status, 0) << bad << ": " << r.err;
    r = testing::RunDyad("query --db " + db + " --from " + quote(bad));
    EXPECT_EQ(r.status, 2) << "a bad date is a usage error";
  }
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.error();
  EXPECT_EQ(*(*store)->EventCount(), 3u);
  EXPECT_EQ(*(*store)->MentionCount(), 3u);
  EXPECT_EQ(*(*store)->DocumentCount(), 2u);
}

// ---- PostgreSQL, when its server binaries are installed ----

std::string FindPgBin() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("DYAD_PG_BIN")) dirs.push_back(env);
  if (fs::is_directory("/usr/lib/postgresql"))
    for (const auto& v : fs::directory_iterator("/usr/lib/postgresql")) dirs.push_back(v.path() / "bin");
  for (const auto& d : dirs)
    if (fs::exists(fs::path(d) / "initdb") && fs::exists(fs::path(d) / "pg_ctl")) return d;
  return "";
}

int FreePort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  int port = 0;
  if (bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
    port = ntohs(a.sin_port);
  close(s);
  return port;
}

TEST_F(InjectionTest, PostgresEveryFilterIsBound) {
  std::string bin = FindPgBin();
  if (bin.empty()) GTEST_SKIP() << "PostgreSQL server binaries not found (Debian package postgresql)";
  auto probe = Store::Open("postgresql://127.0.0.1:1/none?connect_timeout=1");
  if (!probe.ok() && probe.error().find("without libpq") != std::string::npos)
    GTEST_SKIP() << "dyad was built without libpq";
  std::string as;
  if (geteuid() == 0) {
    passwd* pw = getpwnam("postgres");
    if (!pw) GTEST_SKIP() << "running as root and there is no postgres user to run the server";
    ASSERT_EQ(chown(dir_.c_str(), pw->pw_uid, pw->pw_gid), 0);
    as = "runuser -u postgres -- ";
  }
  int port = FreePort();
  std::string data = dir_ + "/data";
  ASSERT_EQ(std::system((as + bin + "/initdb -D " + data + " -U dyad --auth=trust --locale=C -E UTF8 >" +
                         dir_ + "/initdb.log 2>&1").c_str()), 0) << "see " << dir_ << "/initdb.log";
  std::string pg_ctl = as + bin + "/pg_ctl -D " + data;
  ASSERT_EQ(std::system((pg_ctl + " -w -t 60 -l " + dir_ + "/server.log -o \"-p " + std::to_string(port) +
                         " -k " + dir_ + " -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null 2>&1")
                            .c_str()), 0) << "see " << dir_ << "/server.log";
  struct Stop {
    std::string cmd;
    ~Stop() { std::system((cmd + " -m immediate stop >/dev/null 2>&1").c_str()); }
  } stop{pg_ctl};
  std::string url = "postgresql://dyad@127.0.0.1:" + std::to_string(port) + "/postgres";
  {
    auto store = Store::Open(url);
    ASSERT_TRUE(store.ok()) << store.error();
    Fill(**store);
    CheckFilters(**store);
  }
  // The CLI with the URL: the same strings, the same tables afterwards.
  for (const auto& bad : Injections()) {
    std::string q = "'";
    for (char c : bad) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    testing::RunResult r = testing::RunDyad("query --format jsonl --db " + url + " --country " + q + "'");
    EXPECT_EQ(r.status, 0) << bad << ": " << r.err;
    EXPECT_EQ(r.out, "");
  }
  auto store = Store::Open(url);
  ASSERT_TRUE(store.ok()) << store.error();
  EXPECT_EQ(*(*store)->EventCount(), 3u);
  EXPECT_EQ(*(*store)->DocumentCount(), 2u);
}

}  // namespace
}  // namespace dyad
