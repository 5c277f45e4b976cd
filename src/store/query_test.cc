// Query filters, series, alerts and export on a stored set of events built by hand, and
// the query/series/alerts/export commands on the same database.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../../tests/test_support.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

Actor A(const std::string& code, const std::string& name) {
  return {code, code.size() >= 3 && code != "IGOUNO" ? code.substr(0, 3) : "", code.size() > 3 ? code.substr(3) : "", name};
}

Event Ev(const std::string& src, const std::string& tgt, const std::string& code, const std::string& date,
         const std::string& evidence, double goldstein, int quad) {
  Event e;
  e.source = A(src, src + " name");
  e.target = A(tgt, tgt + " name");
  e.cameo = code;
  e.cameo_root = code.substr(0, 2);
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.plover = quad >= 3 ? "ACCUSE" : "CONSULT";
  e.date = date;
  e.date_precision = date.size() == 10 ? "day" : date.size() == 7 ? "month" : "unknown";
  e.evidence = {evidence, 0, static_cast<uint32_t>(evidence.size())};
  e.trigger = "x";
  e.pattern = "test.patterns:1";
  return e;
}

Document Doc(const std::string& id, const std::string& source, const std::string& url = "") {
  Document d;
  d.id = id;
  d.origin = id;
  d.raw = d.text = "text of " + id;
  d.source = source;
  d.url = url;
  d.date = "2026-01-20";
  return d;
}

class StoreQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-query-XXXXXX";
    dir_ = mkdtemp(tmpl);
    path_ = dir_ + "/q.db";
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.error();
    store_ = std::move(*s);
    // RUS-IRN: a meeting reported by three outlets, an accusation; RUS-UKR: an attack;
    // USA-CHN: talks; UN about IRN with a month date.
    Event meet = Ev("RUSGOV", "IRNGOV", "036", "2026-01-16", "Russia and Iran will meet in Tehran.", 4.0, 1);
    Event meet_b = meet;
    meet_b.evidence.text = "Moscow plans a meeting with Tehran, the Kremlin said.";
    meet_b.reported_by = A("RUSGOV", "the Kremlin");
    Event accuse = Ev("IRNGOV", "RUSMIL", "112", "2026-01-18", "Iran accused the Russian army of delays.", -2.0, 3);
    Event attack = Ev("RUSMIL", "UKRMIL", "190", "2026-01-19", "Russian forces shelled Ukrainian positions.", -10.0, 4);
    Event talks = Ev("USAGOV", "CHNGOV", "040", "2026-01-10", "Washington and Beijing held talks.", 1.0, 1);
    Event un = Ev("IGOUNO", "IRNGOV", "100", "2026-01", "The UN demanded that Iran comply.", -5.0, 3);
    ASSERT_TRUE(store_->Put(Doc("d1", "Reuters", "https://www.reuters.com/a"), {meet, attack}).ok());
    ASSERT_TRUE(store_->Put(Doc("d2", "", "https://apnews.com/b"), {meet_b, accuse}).ok());
    ASSERT_TRUE(store_->Put(Doc("d3", "TASS"), {meet, talks, un}).ok());
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<int64_t> Ids(const EventQuery& q) {
    auto r = store_->Query(q);
    EXPECT_TRUE(r.ok()) << r.error();
    std::vector<int64_t> ids;
    if (r) for (const auto& e : *r) ids.push_back(e.id);
    return ids;
  }
  std::vector<std::string> Codes(const EventQuery& q) {
    std::vector<std::string> out;
    auto events = store_->Query(q);
    EXPECT_TRUE(events.ok()) << events.error();
    if (events) for (const auto& e : *events) out.push_back(e.cameo);
    return out;
  }
  std::string dir_, path_;
  std::unique_ptr<Store> store_;
};

using V = std::vector<std::string>;

TEST_F(StoreQueryTest, MergedCounts) {
  EventQuery q;
  q.code = "036";
  auto e = store_->Query(q);
  ASSERT_EQ(e->size(), 1u);
  EXPECT_EQ((*e)[0].num_mentions, 3);
  EXPECT_EQ((*e)[0].num_articles, 3);
  EXPECT_EQ((*e)[0].num_sources, 3);  // Reuters, apnews.com (from the URL), TASS
  EXPECT_EQ((*e)[0].source_url, "https://www.reuters.com/a");
  EXPECT_EQ(*store_->EventCount(), 5u);
}

TEST_F(StoreQueryTest, AllNewestFirst) {
  EXPECT_EQ(Codes({}), (V{"190", "112", "036", "040", "100"}));
}

TEST_F(StoreQueryTest, Filters) {
  EventQuery q;
  q.actor = "RUS";  // RUSGOV and RUSMIL, source or target
  EXPECT_EQ(Codes(q), (V{"190", "112", "036"}));
  q = {};
  q.actor = "RUSMIL";
  EXPECT_EQ(Codes(q), (V{"190", "112"}));
  q = {};
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  EXPECT_EQ(Codes(q), (V{"112", "036"}));
  q.directed = true;
  EXPECT_EQ(Codes(q), (V{"036"}));
  q = {};
  q.dyad_a = "IRN";
  q.dyad_b = "IGOUNO";  // a code prefix on one side, a country on the other
  EXPECT_EQ(Codes(q), (V{"100"}));
  q = {};
  q.country = "UKR";
  EXPECT_EQ(Codes(q), (V{"190"}));
  q = {};
  q.code = "112";
  EXPECT_EQ(Codes(q), (V{"112"}));
  q = {};
  q.root = "19";
  EXPECT_EQ(Codes(q), (V{"190"}));
  q = {};
  q.quad = 3;
  EXPECT_EQ(Codes(q), (V{"112", "100"}));
  q = {};
  q.from = "2026-01-16";
  q.to = "2026-01-18";
  EXPECT_EQ(Codes(q), (V{"112", "036"}));
  q = {};
  q.to = "2026-01-05";  // the month-precision event starts on the 1st
  EXPECT_EQ(Codes(q), (V{"100"}));
  q = {};
  q.reported_by = "RUS";
  EXPECT_EQ(Codes(q), (V{"036"}));
  q = {};
  q.text = "shelled positions";
  EXPECT_EQ(Codes(q), (V{"190"}));
  q.text = "SHELLED, tanks";
  EXPECT_EQ(Codes(q), V{});
  q.text = "Tehran";
  EXPECT_EQ(Codes(q), (V{"036"}));
  q = {};
  q.limit = 2;
  EXPECT_EQ(Codes(q), (V{"190", "112"}));
  q = {};
  q.actor = "RUS";
  q.quad = 1;
  q.text = "meeting";
  EXPECT_EQ(Codes(q), (V{"036"}));
}

TEST_F(StoreQueryTest, ValuesAreBoundNotSpliced) {
  EventQuery q;
  q.actor = "RUS' OR 1=1; DROP TABLE events; --";
  EXPECT_EQ(Codes(q), V{});
  q = {};
  q.text = "\" OR \"*";
  EXPECT_TRUE(store_->Query(q).ok());
  q = {};
  q.country = "x') OR ('1'='1";
  EXPECT_EQ(Codes(q), V{});
  EXPECT_EQ(*store_->EventCount(), 5u);
}

TEST_F(StoreQueryTest, FiltersUseIndexes) {
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::string plan;
  sqlite3_stmt* st;
  ASSERT_EQ(sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN SELECT id FROM events e WHERE e.cameo_root = '19' AND e.day >= 1",
                               -1, &st, nullptr), SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW) plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_NE(plan.find("INDEX events_root"), std::string::npos) << plan;
}

TEST_F(StoreQueryTest, SeriesByDayWeekMonth) {
  EventQuery q;
  q.dyad_a = "RUS";
  q.dyad_b = "IRN";
  auto days = store_->Series(q, Period::kDay);
  ASSERT_TRUE(days.ok()) << days.error();
  ASSERT_EQ(days->size(), 3u);  // the 16th, an empty 17th, the 18th
  EXPECT_EQ((*days)[0].period, "2026-01-16");
  EXPECT_EQ((*days)[0].events, 1);
  EXPECT_EQ((*days)[0].quad[1], 1);
  EXPECT_EQ((*days)[0].mentions, 3);
  EXPECT_EQ((*days)[0].sources, 3);
  EXPECT_DOUBLE_EQ((*days)[0].goldstein_sum, 4.0);
  EXPECT_EQ((*days)[1].period, "2026-01-17");
  EXPECT_EQ((*days)[1].events, 0);
  EXPECT_EQ((*days)[2].quad[3], 1);
  EXPECT_EQ((*days)[2].sources, 1);

  q = {};
  q.country = "IRN";
  auto weeks = store_->Series(q, Period::kWeek);
  ASSERT_EQ(weeks->size(), 1u);  // 16th and 18th: the week of Monday 12th; the month event is left out
  EXPECT_EQ((*weeks)[0].period, "2026-01-12");
  EXPECT_EQ((*weeks)[0].events, 2);
  EXPECT_DOUBLE_EQ((*weeks)[0].goldstein_sum, 2.0);
  EXPECT_DOUBLE_EQ((*weeks)[0].goldstein_mean, 1.0);
  auto months = store_->Series(q, Period::kMonth);
  ASSERT_EQ(months->size(), 1u);
  EXPECT_EQ((*months)[0].period, "2026-01");
  EXPECT_EQ((*months)[0].events, 3);  // with the month-precision UN demand
  EXPECT_EQ((*months)[0].quad[3], 2);
}

TEST(StoreDates, PeriodsAndLabels) {
  int64_t d;
  ASSERT_TRUE(dates::FirstDay("2026-01-16", &d));
  EXPECT_EQ(dates::DayString(d), "2026-01-16");
  EXPECT_EQ(dates::PeriodLabel(d, Period::kWeek), "2026-01-12");
  EXPECT_EQ(dates::PeriodLabel(d, Period::kMonth), "2026-01");
  EXPECT_EQ(dates::DayString(dates::NextPeriod(dates::PeriodStart(d, Period::kMonth), Period::kMonth)), "2026-02-01");
  ASSERT_TRUE(dates::FirstDay("1970-01-01", &d));
  EXPECT_EQ(d, 0);
  ASSERT_TRUE(dates::FirstDay("2024-02", &d));
  EXPECT_EQ(dates::DayString(d), "2024-02-01");
  ASSERT_TRUE(dates::FirstDay("2023-10-07/2026-01-16", &d));
  EXPECT_EQ(dates::DayString(d), "2023-10-07");
  EXPECT_FALSE(dates::FirstDay("", &d));
  EXPECT_FALSE(dates::FirstDay("yesterday", &d));
  EXPECT_FALSE(dates::FirstDay("2026-13-01", &d));
}

class StoreAlertTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-alert-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto s = Store::Open(dir_ + "/a.db");
    ASSERT_TRUE(s.ok()) << s.error();
    store_ = std::move(*s);
  }
  void TearDown() override { fs::remove_all(dir_); }
  // One document per week, Monday 2025-11-03 + 7*week, with these events.
  void Week(int week, const std::vector<Event>& events) {
    int64_t monday;
    dates::FirstDay("2025-11-03", &monday);
    std::string date = dates::DayString(monday + 7 * week + 2);
    std::vector<Event> dated = events;
    for (auto& e : dated) {
      e.date = date;
      e.date_precision = "day";
    }
    ASSERT_TRUE(store_->Put(Doc("w" + std::to_string(week) + "-" + std::to_string(counter_++), "S"), dated).ok());
  }
  std::string dir_;
  int counter_ = 0;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreAlertTest, ASurgeAgainstTheTrailingWindowIsReported) {
  // Eight quiet weeks for RUS-UKR (one or two accusations) and steady USA-CHN talks, then
  // a week of attacks between Russia and Ukraine.
  for (int w = 0; w < 8; ++w) {
    std::vector<Event> evs = {Ev("RUSGOV", "UKRGOV", "112", "", "accuse " + std::to_string(w), -2.0, 3),
                              Ev("USAGOV", "CHNGOV", "040", "", "talks", 1.0, 1)};
    if (w % 2) evs.push_back(Ev("UKRGOV", "RUSGOV", "111", "", "criticise " + std::to_string(w), -2.0, 3));
    Week(w, evs);
  }
  std::vector<Event> surge;
  for (int i = 0; i < 6; ++i)
    surge.push_back(Ev(i % 2 ? "RUSMIL" : "UKRMIL", i % 2 ? "UKRMIL" : "RUSMIL", "19" + std::to_string(i), "",
                       "attack " + std::to_string(i), -10.0, 4));
  surge.push_back(Ev("USAGOV", "CHNGOV", "040", "", "talks", 1.0, 1));
  Week(8, surge);

  AlertOptions o;
  auto alerts = store_->Alerts(o);
  ASSERT_TRUE(alerts.ok()) << alerts.error();
  ASSERT_EQ(alerts->size(), 1u);
  const Alert& a = (*alerts)[0];
  EXPECT_EQ(a.side_a, "RUS");
  EXPECT_EQ(a.side_b, "UKR");
  EXPECT_EQ(a.period, "2025-12-29");  // Monday of week 8
  EXPECT_EQ(a.conflict, 6);
  EXPECT_DOUBLE_EQ(a.conflict_mean, 1.5);
  EXPECT_DOUBLE_EQ(a.conflict_sd, 0.5);
  EXPECT_DOUBLE_EQ(a.conflict_z, 4.5);  // (6 - 1.5) / max(0.5, 1)
  EXPECT_DOUBLE_EQ(a.goldstein, -60.0);
  EXPECT_DOUBLE_EQ(a.goldstein_mean, -3.0);
  EXPECT_DOUBLE_EQ(a.goldstein_z, (-60.0 + 3.0) / 1.0);
  EXPECT_EQ(a.events, 12 + 6);

  // Asking about week 7 instead: nothing departs from history.
  o.at = "2025-12-24";
  EXPECT_EQ(store_->Alerts(o)->size(), 0u);
  // A higher threshold than the surge's z: nothing.
  o.at.clear();
  o.threshold = 100;
  EXPECT_EQ(store_->Alerts(o)->size(), 0u);
  // Monthly buckets: December holds the surge too.
  o = {};
  o.by = Period::kMonth;
  o.window = 2;
  o.threshold = 0;
  auto monthly = store_->Alerts(o);
  ASSERT_FALSE(monthly->empty());
  EXPECT_EQ((*monthly)[0].period, "2025-12");
}

TEST_F(StoreAlertTest, EmptyStoreHasNoAlerts) {
  auto alerts = store_->Alerts({});
  ASSERT_TRUE(alerts.ok()) << alerts.error();
  EXPECT_TRUE(alerts->empty());
}

// Splits on a delimiter, keeping empty fields.
std::vector<std::string> Split(const std::string& s, char delim) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    size_t end = s.find(delim, at);
    out.push_back(s.substr(at, end == std::string::npos ? std::string::npos : end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST_F(StoreQueryTest, GdeltExportReadsBack) {
  const auto& cols = exporter::GdeltColumns();
  ASSERT_EQ(cols.size(), 58u);
  EXPECT_EQ(cols[0], "GLOBALEVENTID");
  EXPECT_EQ(cols[5], "Actor1Code");
  EXPECT_EQ(cols[25], "IsRootEvent");
  EXPECT_EQ(cols[26], "EventCode");
  EXPECT_EQ(cols[34], "AvgTone");
  EXPECT_EQ(cols[35], "Actor1Geo_Type");
  EXPECT_EQ(cols[56], "DATEADDED");
  EXPECT_EQ(cols[57], "SOURCEURL");
  EventQuery q;
  q.code = "036";
  auto e = store_->Query(q);
  ASSERT_EQ(e->size(), 1u);
  std::vector<std::string> f = Split(exporter::GdeltRow((*e)[0]), '\t');
  ASSERT_EQ(f.size(), 58u);
  auto col = [&](const std::string& name) {
    return f[std::find(cols.begin(), cols.end(), name) - cols.begin()];
  };
  EXPECT_EQ(col("GLOBALEVENTID"), std::to_string((*e)[0].id));
  EXPECT_EQ(col("SQLDATE"), "20260116");
  EXPECT_EQ(col("MonthYear"), "202601");
  EXPECT_EQ(col("Year"), "2026");
  EXPECT_EQ(col("FractionDate"), "2026.0438");  // 16/365
  EXPECT_EQ(col("Actor1Code"), "RUSGOV");
  EXPECT_EQ(col("Actor1Name"), "RUSGOV NAME");
  EXPECT_EQ(col("Actor1CountryCode"), "RUS");
  EXPECT_EQ(col("Actor1Type1Code"), "GOV");
  EXPECT_EQ(col("Actor2Code"), "IRNGOV");
  EXPECT_EQ(col("EventCode"), "036");
  EXPECT_EQ(col("EventBaseCode"), "036");
  EXPECT_EQ(col("EventRootCode"), "03");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "4.0");
  EXPECT_EQ(col("NumMentions"), "3");
  EXPECT_EQ(col("NumSources"), "3");
  EXPECT_EQ(col("NumArticles"), "3");
  EXPECT_EQ(col("AvgTone"), "");
  EXPECT_EQ(col("ActionGeo_Lat"), "");
  EXPECT_EQ(col("DATEADDED").size(), 8u);
  EXPECT_EQ(col("SOURCEURL"), "https://www.reuters.com/a");
}

TEST_F(StoreQueryTest, JsonAndPloverExportsParse) {
  EventQuery q;
  q.code = "036";
  q.with_mentions = true;
  auto e = store_->Query(q);
  ASSERT_EQ(e->size(), 1u);
  auto j = nlohmann::json::parse(exporter::JsonLine((*e)[0]));
  EXPECT_EQ(j["num_mentions"], 3);
  EXPECT_EQ(j["source"]["code"], "RUSGOV");
  ASSERT_EQ(j["mentions"].size(), 3u);
  EXPECT_EQ(j["mentions"][1]["evidence"]["text"], "Moscow plans a meeting with Tehran, the Kremlin said.");
  EXPECT_EQ(j["mentions"][1]["reported_by"]["name"], "the Kremlin");
  EXPECT_EQ(j["mentions"][1]["outlet"], "apnews.com");
  auto p = nlohmann::json::parse(exporter::PloverLine((*e)[0], nullptr));
  EXPECT_EQ(p["event_type"], "CONSULT");
  EXPECT_EQ(p["actor"]["code"], "RUSGOV");
  EXPECT_EQ(p["actor"]["country"], "RUS");
  EXPECT_EQ(p["recipient"]["code"], "IRNGOV");
  EXPECT_EQ(p["event_date"], "2026-01-16");
  EXPECT_EQ(p["sources"].size(), 3u);
  EXPECT_EQ(p["evidence"].size(), 3u);
}

// ---- the commands ----

class StoreCliTest : public StoreQueryTest {
 protected:
  testing::RunResult Run(const std::string& args) { return testing::RunDyad(args + " --db " + path_); }
};

TEST_F(StoreCliTest, QueryFormats) {
  auto r = Run("query --dyad RUS,IRN --format jsonl");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(nlohmann::json::parse(lines[0])["cameo"], "112");
  EXPECT_EQ(nlohmann::json::parse(lines[1])["mentions"].size(), 3u);
  r = Run("query --actor RUSMIL --root 19 --format csv");
  ASSERT_EQ(r.status, 0) << r.err;
  lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0].rfind("id,date,date_precision,source_code", 0), 0u);
  EXPECT_NE(lines[1].find("RUSMIL,RUSMIL name,RUS,UKRMIL"), std::string::npos) << lines[1];
  r = Run("query --text \"Washington Beijing\" --format table");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("USAGOV"), std::string::npos) << r.out;
  EXPECT_EQ(Lines(r.out).size(), 2u);
  EXPECT_EQ(Run("query --quad 7").status, 2);
  EXPECT_EQ(Run("query --from yesterday").status, 2);
  EXPECT_EQ(Run("query --dyad RUS").status, 2);
  EXPECT_EQ(Run("query --format xml").status, 2);
  EXPECT_EQ(testing::RunDyad("query --db " + dir_ + "/none.db").status, 1);
}

TEST_F(StoreCliTest, SeriesAndAlerts) {
  auto r = Run("series --dyad RUS,IRN --by day --format csv");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_EQ(lines[0], "period,events,quad1,quad2,quad3,quad4,mentions,goldstein_sum,goldstein_mean,sources");
  EXPECT_EQ(lines[1], "2026-01-16,1,1,0,0,0,3,4.0,4.00,3");
  EXPECT_EQ(lines[2], "2026-01-17,0,0,0,0,0,0,0.0,0.00,0");
  EXPECT_EQ(Run("series --by day").status, 2);
  EXPECT_EQ(Run("series --dyad RUS,IRN --by year").status, 2);
  r = Run("alerts --by day --window 3 --threshold 1 --min-events 1 --format jsonl");
  ASSERT_EQ(r.status, 0) << r.err;
  lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;  // RUS-UKR: the attack on the 19th, the latest day
  auto j = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(j["dyad"], nlohmann::json({"RUS", "UKR"}));
  EXPECT_EQ(j["period"], "2026-01-19");
  EXPECT_EQ(j["conflict"], 1);
  auto help = testing::RunDyad("--help");
  EXPECT_NE(help.out.find("max(sd, 1)"), std::string::npos);
}

TEST_F(StoreCliTest, GdeltExportParsesBack) {
  auto r = Run("export --format gdelt --header");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;
  EXPECT_EQ(Split(lines[0], '\t'), exporter::GdeltColumns());
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(Split(lines[i], '\t').size(), 58u) << lines[i];
  EXPECT_EQ(Split(lines[1], '\t')[26], "190");
  EXPECT_EQ(Split(Run("export --format gdelt").out, '\n').size(), 6u);  // 5 rows, no header

  // Python's csv module, when there is a Python, reads the same table.
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  std::string tsv = dir_ + "/events.tsv", py = dir_ + "/read.py";
  std::ofstream(tsv) << r.out;
  std::ofstream(py) << "import csv, sys\n"
                       "rows = list(csv.DictReader(open(sys.argv[1], newline=''), delimiter='\\t'))\n"
                       "assert len(rows) == 5, len(rows)\n"
                       "assert all(len(r) == 58 and None not in r for r in rows)\n"
                       "m = [r for r in rows if r['EventCode'] == '036'][0]\n"
                       "print(m['SQLDATE'], m['Actor1Code'], m['Actor2Code'], m['NumMentions'], m['NumSources'],"
                       " m['NumArticles'], m['GoldsteinScale'], m['SOURCEURL'])\n";
  std::string out_file = dir_ + "/py.out";
  int rc = std::system(("python3 " + py + " " + tsv + " > " + out_file + " 2>&1").c_str());
  std::ifstream in(out_file);
  std::stringstream ss;
  ss << in.rdbuf();
  ASSERT_EQ(rc, 0) << ss.str();
  EXPECT_EQ(ss.str(), "20260116 RUSGOV IRNGOV 3 3 3 4.0 https://www.reuters.com/a\n");
}

TEST_F(StoreCliTest, JsonlAndPloverExports) {
  auto r = Run("export --format jsonl --country UKR");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(lines[0])["mentions"][0]["evidence"]["text"],
            "Russian forces shelled Ukrainian positions.");
  r = Run("export --format plover --code 190");
  ASSERT_EQ(r.status, 0) << r.err;
  auto p = nlohmann::json::parse(Lines(r.out).at(0));
  EXPECT_EQ(p["recipient"]["code"], "UKRMIL");
  EXPECT_EQ(p["contexts"], nlohmann::json({"military"})) << p.dump();  // from the codebook
  EXPECT_EQ(p["event_type"], "ACCUSE");  // as stored by the test
  EXPECT_EQ(Run("export --format xml").status, 2);
}

// The coder on a real sentence, three documents: one event with three mentions.
TEST(StoreCoderTest, ThreeStoriesOfOneEventMerge) {
  const Coder& coder = testing::SharedCoder();
  char tmpl[] = "/tmp/dyad-coded-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  auto store = Store::Open(dir + "/c.db");
  ASSERT_TRUE(store.ok()) << store.error();
  size_t per_story = 0;
  const char* outlets[] = {"Reuters", "AFP", "Reuters"};
  for (int i = 0; i < 3; ++i) {
    Document d;
    d.id = "story" + std::to_string(i);
    d.origin = d.id;
    d.source = outlets[i];
    d.date = "2026-03-04";
    d.raw = std::string(i == 1 ? "MOSCOW - " : "") + "Russia accused Ukraine of violating the ceasefire on Monday.";
    auto events = coder.Code(d);
    if (i == 0) per_story = events.size();
    ASSERT_EQ(events.size(), per_story);
    ASSERT_TRUE((*store)->Put(d, events).ok());
  }
  if (per_story == 0) {
    fs::remove_all(dir);
    GTEST_SKIP() << "the coder found no event in the sentence";
  }
  auto events = (*store)->Query({});
  ASSERT_EQ(events->size(), per_story);
  for (const auto& e : *events) {
    EXPECT_EQ(e.num_mentions, 3);
    EXPECT_EQ(e.num_articles, 3);
    EXPECT_EQ(e.num_sources, 2);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
