// The store on a real PostgreSQL server: initdb into a temporary directory, a free port on
// 127.0.0.1, one database per test. Skipped, saying why, when the server binaries
// (Debian package postgresql) or libpq are absent.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../../tests/test_support.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// The directory holding initdb, pg_ctl and postgres; empty when there is none.
std::string FindPgBin() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("DYAD_PG_BIN")) dirs.push_back(env);
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    for (std::string d; std::getline(ss, d, ':');) dirs.push_back(d);
  }
  if (fs::is_directory("/usr/lib/postgresql"))
    for (const auto& v : fs::directory_iterator("/usr/lib/postgresql")) dirs.push_back(v.path() / "bin");
  for (const auto& d : dirs) {
    if (d.empty()) continue;
    // initdb on PATH may be a link into the server's bin directory.
    std::error_code ec;
    fs::path real = fs::canonical(fs::path(d) / "initdb", ec);
    if (!ec && fs::exists(real.parent_path() / "pg_ctl") && fs::exists(real.parent_path() / "postgres"))
      return real.parent_path().string();
  }
  return "";
}

int FreePort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  socklen_t len = sizeof a;
  if (bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    close(s);
    return 0;
  }
  close(s);
  return ntohs(a.sin_port);
}

class StorePostgresTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string bin = FindPgBin();
    if (bin.empty()) {
      skip_ = "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; install the Debian "
              "package postgresql or set DYAD_PG_BIN";
      return;
    }
    auto probe = Store::Open("postgresql://127.0.0.1:1/none?connect_timeout=1");
    if (!probe.ok() && probe.error().find("without libpq") != std::string::npos) {
      skip_ = "dyad was built without libpq";
      return;
    }
    char tmpl[] = "/tmp/dyad-pg-XXXXXX";
    dir_ = mkdtemp(tmpl);
    // The server refuses to run as root: run it as the postgres user when we are root.
    std::string as;
    if (geteuid() == 0) {
      passwd* pw = getpwnam("postgres");
      if (!pw) {
        skip_ = "running as root and there is no postgres user to run the server";
        return;
      }
      if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
        skip_ = "cannot hand " + dir_ + " to the postgres user";
        return;
      }
      as = "runuser -u postgres -- ";
    }
    port_ = FreePort();
    std::string data = dir_ + "/data";
    std::string init = as + bin + "/initdb -D " + data + " -U dyad --auth=trust --locale=C -E UTF8 >" + dir_ +
                       "/initdb.log 2>&1";
    if (std::system(init.c_str()) != 0) {
      skip_ = "initdb failed; see " + dir_ + "/initdb.log";
      return;
    }
    pg_ctl_ = as + bin + "/pg_ctl -D " + data;
    std::string start = pg_ctl_ + " -w -t 60 -l " + dir_ + "/server.log -o \"-p " + std::to_string(port_) +
                        " -k " + dir_ + " -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null 2>&1";
    if (std::system(start.c_str()) != 0) {
      skip_ = "the PostgreSQL server did not start; see " + dir_ + "/server.log";
      pg_ctl_.clear();
      return;
    }
    createdb_ = fs::exists(bin + "/createdb") ? bin + "/createdb" : "createdb";
    psql_ = fs::exists(bin + "/psql") ? bin + "/psql" : "psql";
  }
  static void TearDownTestSuite() {
    if (!pg_ctl_.empty()) std::system((pg_ctl_ + " -m immediate stop >/dev/null 2>&1").c_str());
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    std::string name = "t" + std::to_string(++db_counter_);
    std::string cmd = createdb_ + " -h 127.0.0.1 -p " + std::to_string(port_) + " -U dyad " + name +
                      " >/dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    url_ = "postgresql://dyad@127.0.0.1:" + std::to_string(port_) + "/" + name;
    auto s = Store::Open(url_);
    ASSERT_TRUE(s.ok()) << s.error();
    store_ = std::move(*s);
  }

  static Event Ev(const std::string& src, const std::string& tgt, const std::string& code, const std::string& date,
                  const std::string& evidence, int quad = 1, double goldstein = 1.0) {
    Event e;
    e.source = {src, src.substr(0, 3), src.size() > 3 ? src.substr(3) : "", src + " name"};
    e.target = {tgt, tgt.substr(0, 3), tgt.size() > 3 ? tgt.substr(3) : "", tgt + " name"};
    e.cameo = code;
    e.cameo_root = code.substr(0, 2);
    e.quad_class = quad;
    e.goldstein = goldstein;
    e.plover = "CONSULT";
    e.date = date;
    e.date_precision = "day";
    e.evidence = {evidence, 0, static_cast<uint32_t>(evidence.size())};
    return e;
  }
  static Document Doc(const std::string& id, const std::string& source, const std::string& text = "") {
    Document d;
    d.id = d.origin = id;
    d.source = source;
    d.raw = d.text = text.empty() ? "story " + id : text;
    return d;
  }
  std::vector<std::string> Codes(const EventQuery& q) {
    auto events = store_->Query(q);
    EXPECT_TRUE(events.ok()) << events.error();
    std::vector<std::string> out;
    if (events) for (const auto& e : *events) out.push_back(e.cameo);
    return out;
  }

  // Runs SQL on the test's database with psql; its exit status (0: every statement ran).
  int Sql(const std::string& sql) {
    std::string file = dir_ + "/" + std::to_string(db_counter_) + ".sql";
    std::ofstream(file) << sql;
    std::string cmd = psql_ + " -q -v ON_ERROR_STOP=1 -f " + file + " '" + url_ + "' >" + file + ".log 2>&1";
    return std::system(cmd.c_str());
  }
  static Event ToName(const std::string& src, const std::string& name, const std::string& date = "2026-01-16") {
    Event e = Ev(src, "", "111", date, "Congo accused " + name + ".", 3, -2);
    e.target = {};
    e.target.name = name;
    return e;
  }
  // Merged events as "target code|target name" -> mentions.
  std::map<std::string, int> MentionsByTarget() {
    std::map<std::string, int> out;
    auto events = store_->Query({});
    EXPECT_TRUE(events.ok()) << events.error();
    if (events) for (const auto& e : *events) out[e.target.code + "|" + e.target.name] += e.num_mentions;
    return out;
  }

  static inline std::string skip_, dir_, pg_ctl_, createdb_, psql_;
  static inline int port_ = 0, db_counter_ = 0;
  std::string url_;
  std::unique_ptr<Store> store_;
};

using V = std::vector<std::string>;

TEST_F(StorePostgresTest, ThreeDocumentsOneEventAndIdempotentIngest) {
  for (int round = 0; round < 2; ++round) {
    auto a = store_->Put(Doc("a", "Reuters"), {Ev("RUSGOV", "IRNGOV", "036", "2026-01-16", "Russia will meet Iran.")});
    auto b = store_->Put(Doc("b", "AP"), {Ev("RUSGOV", "IRNGOV", "036", "2026-01-16", "Moscow to meet Tehran.")});
    auto c = store_->Put(Doc("c", "Reuters"), {Ev("RUSGOV", "IRNGOV", "036", "2026-01-16", "Talks planned.")});
    ASSERT_TRUE(a.ok() && b.ok() && c.ok()) << a.error() << b.error() << c.error();
    EXPECT_EQ(*a, round ? Store::PutResult::kUnchanged : Store::PutResult::kStored);
  }
  EventQuery q;
  q.with_mentions = true;
  auto events = store_->Query(q);
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_mentions, 3);
  EXPECT_EQ((*events)[0].num_sources, 2);
  EXPECT_EQ((*events)[0].num_articles, 3);
  ASSERT_EQ((*events)[0].mentions.size(), 3u);
  EXPECT_EQ((*events)[0].mentions[1].coded.evidence.text, "Moscow to meet Tehran.");
  EXPECT_EQ(*store_->MentionCount(), 3u);
  EXPECT_EQ(store_->Events()->size(), 3u);
  // b changes its story: the event loses a mention, a new one appears.
  auto r = store_->Put(Doc("b", "AP", "corrected"), {Ev("RUSGOV", "UKRGOV", "190", "2026-01-17", "Strikes.", 4, -10)});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(*r, Store::PutResult::kReplaced);
  q = {};
  q.code = "036";
  events = store_->Query(q);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_mentions, 2);
  EXPECT_EQ((*events)[0].num_sources, 1);
  EXPECT_EQ(*store_->EventCount(), 2u);
}

TEST_F(StorePostgresTest, FiltersSeriesAlertsExport) {
  ASSERT_TRUE(store_->Put(Doc("d1", "Reuters"), {Ev("RUSGOV", "IRNGOV", "036", "2026-01-16", "Russia and Iran will meet."),
                                                 Ev("RUSMIL", "UKRMIL", "190", "2026-01-19", "Russian forces shelled positions.", 4, -10)}).ok());
  ASSERT_TRUE(store_->Put(Doc("d2", "TASS"), {Ev("IRNGOV", "RUSMIL", "112", "2026-01-18", "Iran accused the army.", 3, -2),
                                              Ev("USAGOV", "CHNGOV", "040", "2026-01-10", "Washington and Beijing talked.")}).ok());
  EXPECT_EQ(Codes({}), (V{"190", "112", "036", "040"}));
  EventQuery q;
  q.actor = "RUS";
  EXPECT_EQ(Codes(q), (V{"190", "112", "036"}));
  q = {};
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  EXPECT_EQ(Codes(q), (V{"112", "036"}));
  q.directed = true;
  EXPECT_EQ(Codes(q), (V{"036"}));
  q = {};
  q.country = "UKR";
  EXPECT_EQ(Codes(q), (V{"190"}));
  q = {};
  q.root = "11";
  EXPECT_EQ(Codes(q), (V{"112"}));
  q = {};
  q.quad = 4;
  EXPECT_EQ(Codes(q), (V{"190"}));
  q = {};
  q.from = "2026-01-12";
  q.to = "2026-01-18";
  EXPECT_EQ(Codes(q), (V{"112", "036"}));
  q = {};
  q.text = "shelled forces";
  EXPECT_EQ(Codes(q), (V{"190"}));
  q = {};
  q.actor = "x'; DROP TABLE events; --";
  EXPECT_EQ(Codes(q), V{});
  q = {};
  q.limit = 1;
  EXPECT_EQ(Codes(q), (V{"190"}));

  q = {};
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  auto series = store_->Series(q, Period::kDay);
  ASSERT_TRUE(series.ok()) << series.error();
  ASSERT_EQ(series->size(), 3u);
  EXPECT_EQ((*series)[0].period, "2026-01-16");
  EXPECT_EQ((*series)[2].quad[3], 1);

  AlertOptions o;
  o.by = Period::kDay;
  o.window = 3;
  o.threshold = 1;
  o.min_events = 1;
  auto alerts = store_->Alerts(o);
  ASSERT_TRUE(alerts.ok()) << alerts.error();
  ASSERT_EQ(alerts->size(), 1u);
  EXPECT_EQ((*alerts)[0].side_a, "RUS");
  EXPECT_EQ((*alerts)[0].side_b, "UKR");

  // The command on the same database.
  auto run = testing::RunDyad("export --format gdelt --db " + url_);
  ASSERT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    size_t tabs = std::count(line.begin(), line.end(), '\t');
    EXPECT_EQ(tabs, 57u) << line;
  }
  EXPECT_EQ(n, 4);
  run = testing::RunDyad("query --format jsonl --dyad RUS,UKR --db " + url_);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["cameo"], "190");
}

// Events merge on actor keys (schema 4), as in SQLite: different name-only targets of one
// day are two events; one name written with other case or spaces is one; a code merges
// whatever the names.
TEST_F(StorePostgresTest, NameOnlyActorsMergeOnTheirKeys) {
  ASSERT_TRUE(store_->Put(Doc("a", "Reuters"), {ToName("CODGOV", "Joseph Kabila")}).ok());
  ASSERT_TRUE(store_->Put(Doc("b", "AP"), {ToName("CODGOV", "Moise Katumbi")}).ok());
  ASSERT_TRUE(store_->Put(Doc("c", "AFP"), {ToName("CODGOV", " JOSEPH  kabila"), ToName("CODGOV", "CODGOV")}).ok());
  Event p1 = Ev("RUSGOV", "UKRGOV", "111", "2026-01-16", "Putin criticised Kyiv."), p2 = p1;
  p1.source.name = "Putin";
  p2.source.name = "Vladimir Putin";
  ASSERT_TRUE(store_->Put(Doc("d", "TASS"), {p1}).ok());
  ASSERT_TRUE(store_->Put(Doc("e", "RIA"), {p2}).ok());
  EXPECT_EQ(*store_->MentionCount(), 6u);
  EXPECT_EQ(*store_->EventCount(), 4u);
  EXPECT_EQ(MentionsByTarget(), (std::map<std::string, int>{
      {"|Joseph Kabila", 2}, {"|Moise Katumbi", 1}, {"|CODGOV", 1}, {"UKRGOV|UKRGOV name", 2}}));
}

TEST_F(StorePostgresTest, ActorKeysOfSchemaThreeDatabasesAreFilledAndNameOnlyEventsSplit) {
  ASSERT_TRUE(store_->Put(Doc("a", "Reuters"), {ToName("CODGOV", "Joseph Kabila"),
                                                Ev("USAGOV", "CHNGOV", "040", "2026-01-16", "They talked.")}).ok());
  ASSERT_TRUE(store_->Put(Doc("b", "AP"), {ToName("CODGOV", "Moise Katumbi")}).ok());
  ASSERT_TRUE(store_->Put(Doc("c", "AFP"), {ToName("CODGOV", "joseph kabila")}).ok());
  EventQuery q;
  q.code = "111";
  auto before = store_->Query(q);
  ASSERT_TRUE(before.ok()) << before.error();
  ASSERT_EQ(before->size(), 2u);
  int64_t kabila_id = (*before)[1].id;  // the older
  store_.reset();
  // Back to schema 3 as that dyad left it: no keys, merged on codes, so the three
  // mentions of 111 are one event with the first mention's target name.
  ASSERT_EQ(Sql(R"sql(
ALTER TABLE events DROP COLUMN source_key, DROP COLUMN target_key;
CREATE INDEX events_merge ON events(cameo, source_code, target_code, day);
UPDATE mentions SET event_id = (SELECT min(id) FROM events WHERE cameo = '111') WHERE cameo = '111';
DELETE FROM events WHERE cameo = '111' AND id > (SELECT min(id) FROM events WHERE cameo = '111');
UPDATE events SET num_mentions = 3, num_articles = 3, num_sources = 3 WHERE cameo = '111';
DELETE FROM dyad_schema WHERE version = 4;
)sql"), 0) << "psql failed; see " << dir_;
  auto s = Store::Open(url_);
  ASSERT_TRUE(s.ok()) << s.error();
  store_ = std::move(*s);
  EXPECT_EQ(*store_->DocumentCount(), 3u);
  EXPECT_EQ(*store_->MentionCount(), 4u);
  EXPECT_EQ(*store_->EventCount(), 3u);
  EXPECT_EQ(MentionsByTarget(), (std::map<std::string, int>{
      {"|Joseph Kabila", 2}, {"|Moise Katumbi", 1}, {"CHNGOV|CHNGOV name", 1}}));
  q.with_mentions = true;
  auto events = store_->Query(q);
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 2u);
  for (const StoredEvent& e : *events) {
    if (e.target.name != "Joseph Kabila") continue;
    EXPECT_EQ(e.id, kabila_id);  // the event kept its id and the mentions of its own name
    EXPECT_EQ(e.num_sources, 2);
    ASSERT_EQ(e.mentions.size(), 2u);
    EXPECT_EQ(e.mentions[0].coded.doc_id, "a");
    EXPECT_EQ(e.mentions[1].coded.doc_id, "c");
  }
  // The migrated keys are those new mentions merge on; the schema is 4 once.
  ASSERT_TRUE(store_->Put(Doc("d", "BBC"), {ToName("CODGOV", "JOSEPH KABILA"), ToName("CODGOV", "Moise Katumbi"),
                                            Ev("USAGOV", "CHNGOV", "040", "2026-01-16", "Talks.")}).ok());
  EXPECT_EQ(*store_->EventCount(), 3u);
  EXPECT_EQ(MentionsByTarget(), (std::map<std::string, int>{
      {"|Joseph Kabila", 3}, {"|Moise Katumbi", 2}, {"CHNGOV|CHNGOV name", 2}}));
  store_.reset();
  ASSERT_EQ(Sql("DO $$ BEGIN IF (SELECT count(*) FROM dyad_schema WHERE version = 4) <> 1 "
                "OR EXISTS (SELECT 1 FROM mentions WHERE event_id IS NULL) "
                "OR (SELECT string_agg(coalesce(target_key, '-'), ',' ORDER BY id) FROM events) "
                "<> 'name:joseph kabila,CHNGOV,name:moise katumbi' "
                "THEN RAISE EXCEPTION 'bad schema 4 state'; END IF; END $$;"), 0)
      << "schema 4 state; see " << dir_;
}

TEST_F(StorePostgresTest, BadUrlIsAnErrorWithoutThePassword) {
  auto s = Store::Open("postgresql://dyad:secret@127.0.0.1:" + std::to_string(FreePort()) + "/x?connect_timeout=2");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().find("secret"), std::string::npos) << s.error();
  EXPECT_NE(s.error().find("postgresql://dyad:***@127.0.0.1"), std::string::npos) << s.error();
}

}  // namespace
}  // namespace dyad
