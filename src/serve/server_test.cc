// dyad serve in-process on a free port, called over HTTP with httplib::Client: every
// route, bad requests (malformed JSON, huge bodies, bad dates, unknown ids) answered with
// a 4xx and a JSON error, and the server serving on afterwards.
#include <httplib.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "../../tests/test_support.h"
#include "dyad/ingest.h"
#include "dyad/serve.h"
#include "dyad/store.h"
#include "serve/gate.h"

namespace dyad::serve {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr size_t kMaxBody = 64 * 1024;

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/dyad-serve-XXXXXX";
    dir_ = mkdtemp(tmpl);
    db_ = dir_ + "/events.db";
    // The sample story, coded and stored as dyad ingest would.
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.error();
    ingest::Options o;
    o.date = "2026-03-06";
    o.source = "dyad sample";
    ASSERT_TRUE(ingest::ReadPath(std::string(DYAD_SOURCE_DIR) + "/samples/geneva-talks.txt", o, [&](Result<Document> d) {
      ASSERT_TRUE(d.ok());
      auto events = testing::SharedCoder().Code(*d);
      ASSERT_TRUE((*store)->Put(*d, events).ok());
    }).ok());
    web_ = dir_ + "/web";
    fs::create_directories(web_);
    std::ofstream(web_ + "/index.html") << "<!doctype html><title>dyad test page</title>";
    std::ofstream(web_ + "/app.js") << "export const x = 1;";

    Options opt;
    opt.db = db_;
    opt.port = 0;
    opt.web_dir = web_;
    opt.max_body_bytes = kMaxBody;
    opt.max_page = 100;
    opt.log = false;
    opt.read_timeout_seconds = 5;
    auto server = Server::Create(opt, &testing::SharedCoder());
    ASSERT_TRUE(server.ok()) << server.error();
    server_ = std::move(*server).release();
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.error();
    port_ = *port;
    thread_ = new std::thread([] { server_->Run(); });
  }

  static void TearDownTestSuite() {
    if (server_) server_->Stop();
    if (thread_) { thread_->join(); delete thread_; }
    delete server_;
    server_ = nullptr;
    thread_ = nullptr;
    fs::remove_all(dir_);
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

  static json Get(const std::string& path, int want = 200) {
    auto c = Client();
    auto r = c.Get(path.c_str());
    EXPECT_TRUE(r) << path;
    if (!r) return nullptr;
    EXPECT_EQ(r->status, want) << path << " -> " << r->body;
    EXPECT_NE(r->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    json j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << " -> " << r->body;
    if (want >= 400) {
      EXPECT_TRUE(j.contains("error") && j["error"].is_string()) << r->body;
      EXPECT_EQ(j.value("status", 0), want) << r->body;
    }
    return j;
  }

  static json Post(const std::string& path, const std::string& body, int want = 200) {
    auto c = Client();
    auto r = c.Post(path.c_str(), body, "application/json");
    EXPECT_TRUE(r) << path;
    if (!r) return nullptr;
    EXPECT_EQ(r->status, want) << path << " -> " << r->body;
    json j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r->body;
    if (want >= 400) {
      EXPECT_TRUE(j.contains("error")) << r->body;
    }
    return j;
  }

  static void StillServing() {
    json h = Get("/api/health");
    EXPECT_EQ(h.value("ok", false), true);
  }

  static size_t StoredEvents() {
    auto s = Store::Open(db_);
    return s.ok() ? *(*s)->EventCount() : 0;
  }

  static std::string dir_, db_, web_;
  static Server* server_;
  static std::thread* thread_;
  static int port_;
};

std::string ServeTest::dir_, ServeTest::db_, ServeTest::web_;
Server* ServeTest::server_ = nullptr;
std::thread* ServeTest::thread_ = nullptr;
int ServeTest::port_ = 0;

TEST_F(ServeTest, HealthCountsTheStore) {
  json h = Get("/api/health");
  EXPECT_TRUE(h["ok"].get<bool>());
  EXPECT_EQ(h["documents"].get<int>(), 1);
  EXPECT_GT(h["events"].get<int>(), 2);
  EXPECT_TRUE(h["coder"].get<bool>());
}

TEST_F(ServeTest, EventsComeWithMentionsAndPageWithoutGapsOrRepeats) {
  json all = Get("/api/events?limit=100");
  ASSERT_GT(all["events"].size(), 2u);
  EXPECT_FALSE(all["has_more"].get<bool>());
  for (const auto& e : all["events"]) {
    ASSERT_FALSE(e["mentions"].empty());
    EXPECT_FALSE(e["mentions"][0]["evidence"]["text"].get<std::string>().empty());
    EXPECT_TRUE(e["cameo_name"].is_string());
  }
  std::vector<int64_t> ids;
  for (size_t offset = 0;; offset += 2) {
    json page = Get("/api/events?limit=2&offset=" + std::to_string(offset));
    for (const auto& e : page["events"]) ids.push_back(e["id"].get<int64_t>());
    if (!page["has_more"].get<bool>()) break;
    EXPECT_EQ(page["next_offset"].get<size_t>(), offset + 2);
  }
  ASSERT_EQ(ids.size(), all["events"].size());
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], all["events"][i]["id"].get<int64_t>());
}

TEST_F(ServeTest, EventFiltersAreThoseOfDyadQuery) {
  json all = Get("/api/events?limit=100");
  json q4 = Get("/api/events?quad=4&limit=100");
  for (const auto& e : q4["events"]) EXPECT_EQ(e["quad_class"].get<int>(), 4);
  size_t n4 = 0;
  for (const auto& e : all["events"]) n4 += e["quad_class"].get<int>() == 4;
  EXPECT_EQ(q4["events"].size(), n4);

  json rus = Get("/api/events?actor=rus&limit=100");  // lower case is fine
  ASSERT_FALSE(rus["events"].empty());
  for (const auto& e : rus["events"]) {
    std::string s = e["source"].is_object() ? e["source"]["code"].get<std::string>() : "";
    std::string t = e["target"].is_object() ? e["target"]["code"].get<std::string>() : "";
    EXPECT_TRUE(s.rfind("RUS", 0) == 0 || t.rfind("RUS", 0) == 0) << e.dump();
  }
  EXPECT_TRUE(Get("/api/events?from=2030-01-01")["events"].empty());
  EXPECT_TRUE(Get("/api/events?actor=ZZZ")["events"].empty());
  json text = Get("/api/events?text=prisoner");
  for (const auto& e : text["events"])
    EXPECT_NE(e["mentions"][0]["evidence"]["text"].get<std::string>().find("prisoner"), std::string::npos);
}

TEST_F(ServeTest, BadEventQueriesAre400WithAReason) {
  EXPECT_NE(Get("/api/events?from=2026-13-01", 400)["error"].get<std::string>().find("from must be a date"), std::string::npos);
  Get("/api/events?to=2026-02-30", 400);
  Get("/api/events?quad=7", 400);
  Get("/api/events?limit=0", 400);
  Get("/api/events?limit=101", 400);  // over max_page
  Get("/api/events?offset=-1", 400);
  Get("/api/events?dyad=RUS", 400);
  EXPECT_NE(Get("/api/events?actr=RUS", 400)["error"].get<std::string>().find("actr"), std::string::npos);
  StillServing();
}

TEST_F(ServeTest, OneEventWithHighlightedEvidence) {
  json all = Get("/api/events?limit=100");
  bool any_source = false;
  for (const auto& listed : all["events"]) {
    int64_t id = listed["id"].get<int64_t>();
    json e = Get("/api/events/" + std::to_string(id));
    EXPECT_EQ(e["id"].get<int64_t>(), id);
    ASSERT_FALSE(e["mentions"].empty());
    for (const auto& m : e["mentions"]) {
      std::string joined;
      std::set<std::string> kinds;
      for (const auto& seg : m["segments"]) {
        joined += seg["text"].get<std::string>();
        if (seg["kind"].is_string()) kinds.insert(seg["kind"].get<std::string>());
      }
      EXPECT_EQ(joined, m["evidence"]["text"].get<std::string>());
      EXPECT_TRUE(kinds.count("trigger")) << m.dump();
      any_source |= kinds.count("source") > 0;
    }
  }
  EXPECT_TRUE(any_source);
  Get("/api/events/999999", 404);
  Get("/api/events/abc", 400);
  Get("/api/events/0", 400);
  Get("/api/events/12345678901234567890123", 400);
  StillServing();
}

TEST_F(ServeTest, SeriesOfADyad) {
  json dy = Get("/api/dyads");
  ASSERT_FALSE(dy["by_volume"].empty());
  std::string a = dy["by_volume"][0]["a"], b = dy["by_volume"][0]["b"];
  json s = Get("/api/series?dyad=" + a + "," + b + "&by=month");
  EXPECT_EQ(s["by"], "month");
  int events = 0;
  for (const auto& p : s["points"]) events += p["events"].get<int>();
  EXPECT_GT(events, 0);
  EXPECT_LE(events, dy["by_volume"][0]["events"].get<int>());
  Get("/api/series?dyad=" + a + "," + b + "&by=year", 400);
  Get("/api/series?dyad=" + a + "&by=day", 400);
  StillServing();
}

TEST_F(ServeTest, DyadsCountEveryEventWithATarget) {
  json all = Get("/api/events?limit=100");
  int with_target = 0, conflict = 0;
  for (const auto& e : all["events"]) {
    // (A side with no code, a name-only actor or a thing, is in no dyad: docs/actors.md.)
    if (!e["target"].is_object() || e["target"]["code"].is_null() || e["source"]["code"].is_null()) continue;
    ++with_target;
    conflict += e["quad_class"].get<int>() >= 3;
  }
  json dy = Get("/api/dyads?limit=1000");
  int total = 0, total_conflict = 0;
  for (const auto& d : dy["by_volume"]) {
    EXPECT_LE(d["a"].get<std::string>(), d["b"].get<std::string>());  // IRN,IRN: domestic
    total += d["events"].get<int>();
  }
  for (const auto& d : dy["by_conflict"]) total_conflict += d["conflict"].get<int>();
  EXPECT_EQ(total, with_target);
  EXPECT_EQ(total_conflict, conflict);
  for (size_t i = 1; i < dy["by_volume"].size(); ++i)
    EXPECT_GE(dy["by_volume"][i - 1]["events"].get<int>(), dy["by_volume"][i]["events"].get<int>());
  Get("/api/dyads?limit=x", 400);
}

TEST_F(ServeTest, NetworkEdgesJoinListedNodes) {
  json n = Get("/api/network");
  ASSERT_FALSE(n["edges"].empty());
  std::set<std::string> nodes;
  for (const auto& node : n["nodes"]) nodes.insert(node["id"].get<std::string>());
  for (const auto& e : n["edges"]) {
    EXPECT_TRUE(nodes.count(e["source"].get<std::string>()));
    EXPECT_TRUE(nodes.count(e["target"].get<std::string>()));
    double g = e["goldstein_mean"].get<double>();
    EXPECT_GE(g, -10);
    EXPECT_LE(g, 10);
  }
  EXPECT_EQ(Get("/api/network?limit=1")["edges"].size(), 1u);
}

TEST_F(ServeTest, PlacesCountCountriesOfTheActors) {
  json p = Get("/api/places");
  std::set<std::string> countries;
  for (const auto& c : p["countries"]) {
    EXPECT_EQ(c["iso3"].get<std::string>().size(), 3u);
    EXPECT_GT(c["events"].get<int>(), 0);
    countries.insert(c["iso3"].get<std::string>());
  }
  EXPECT_TRUE(countries.count("UKR")) << p.dump();
  EXPECT_TRUE(countries.count("RUS")) << p.dump();
  EXPECT_TRUE(p["points"].is_array());
  EXPECT_TRUE(Get("/api/places?country=ukr")["countries"].size() >= 1);
  Get("/api/places?quad=9", 400);
  Get("/api/places?limit=0", 400);
  Get("/api/network?from=2026-02-30", 400);
}

TEST_F(ServeTest, ActorsFromTheStoreAndTheDictionaries) {
  json a = Get("/api/actors?q=UKR");
  ASSERT_FALSE(a["stored"].empty());
  for (const auto& x : a["stored"]) EXPECT_EQ(x["code"].get<std::string>().rfind("UKR", 0), 0u) << x.dump();
  json putin = Get("/api/actors?q=Vladimir%20Putin&date=2026-01-16");
  ASSERT_FALSE(putin["dictionary"].empty());
  EXPECT_EQ(putin["dictionary"][0]["code"], "RUSGOV");
  Get("/api/actors?q=x&date=2026-99-01", 400);
  Get("/api/actors?name=x", 400);
}

TEST_F(ServeTest, CodeReturnsEventsAndStoresNothing) {
  size_t before = StoredEvents();
  json body = {{"text", "Russian President Vladimir Putin spoke by telephone on Friday with the leaders of "
                        "Israel and Iran, his office said."},
               {"date", "2026-01-16"}};
  json r = Post("/api/code", body.dump());
  ASSERT_FALSE(r["events"].empty()) << r.dump();
  std::set<std::string> targets;
  for (const auto& e : r["events"]) {
    EXPECT_EQ(e["source"]["code"], "RUSGOV");
    EXPECT_EQ(e["date"], "2026-01-16");
    EXPECT_FALSE(e["segments"].empty());
    if (e["target"].is_object()) targets.insert(e["target"]["code"].get<std::string>());
  }
  EXPECT_TRUE(targets.count("ISRGOV")) << r.dump();
  EXPECT_TRUE(targets.count("IRNGOV")) << r.dump();
  EXPECT_EQ(StoredEvents(), before);
}

TEST_F(ServeTest, BadCodeRequestsAre400) {
  Post("/api/code", "{\"text\": \"Russia", 400);              // malformed JSON
  Post("/api/code", "[1, 2]", 400);                           // not an object
  Post("/api/code", "", 400);                                 // empty
  Post("/api/code", R"({"txt": "Russia met Iran."})", 400);   // no text
  Post("/api/code", R"({"text": 42})", 400);                  // not a string
  Post("/api/code", R"({"text": "   "})", 400);               // blank
  json bad_date = Post("/api/code", R"({"text": "Russia met Iran.", "date": "2026-02-31"})", 400);
  EXPECT_NE(bad_date["error"].get<std::string>().find("date"), std::string::npos);
  Post("/api/code", "{\"text\": \"Russia \xff\xfe met Iran.\"}", 400);  // invalid UTF-8
  StillServing();
}

TEST_F(ServeTest, ExplainTellsHowASentenceIsCoded) {
  json r = Post("/api/explain", R"({"sentence": "Russia accused Ukraine of shelling a village.", "date": "2026-03-06"})");
  std::string text = r["explanation"].get<std::string>();
  EXPECT_NE(text.find("Ukraine"), std::string::npos);
  EXPECT_NE(text.find("accus"), std::string::npos);
  Post("/api/explain", R"({"text": "no sentence field"})", 400);
  Post("/api/explain", "not json", 400);
}

TEST_F(ServeTest, IngestStoresOnceAndReportsEachDocument) {
  json story = {{"id", "ingest-test-1"},
                {"text", "Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on "
                         "Monday, and the two leaders signed a trade agreement."},
                {"date", "2026-02-02"},
                {"source", "test wire"}};
  size_t before = StoredEvents();
  json r = Post("/api/ingest", story.dump());
  EXPECT_EQ(r["results"][0]["status"], "stored") << r.dump();
  EXPECT_GT(StoredEvents(), before);
  json again = Post("/api/ingest", story.dump());
  EXPECT_EQ(again["results"][0]["status"], "unchanged");
  EXPECT_FALSE(Get("/api/events?actor=CHN&from=2026-02-01&to=2026-02-03")["events"].empty());

  // A batch: the bad document gets its own error, the good one is stored.
  json batch = {{"documents",
                 {{{"id", "bad-one"}, {"text", "Iran met Iraq."}, {"date", "2026-99-99"}},
                  {{"id", "good-one"}, {"text", "Iran accused Iraq of shelling a border post on Sunday."},
                   {"date", "2026-02-10"}}}}};
  json br = Post("/api/ingest", batch.dump());
  ASSERT_EQ(br["results"].size(), 2u);
  EXPECT_EQ(br["results"][0]["status"], "error");
  EXPECT_NE(br["results"][0]["error"].get<std::string>().find("bad-one"), std::string::npos);
  EXPECT_EQ(br["results"][1]["status"], "stored");
  EXPECT_EQ(br["stored"], 1);

  Post("/api/ingest", R"({"documents": [{"id": "x"}]})", 400);  // nothing storable
  Post("/api/ingest", R"({"documents": []})", 400);
  Post("/api/ingest", "{oops", 400);
  StillServing();
}

TEST_F(ServeTest, LimitsAnswerWithJsonAndTheServerGoesOn) {
  auto c = Client();
  std::string huge = "{\"text\": \"" + std::string(kMaxBody + 100, 'a') + "\"}";
  auto big = c.Post("/api/code", huge, "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_NE(big->body.find("\"error\""), std::string::npos);

  httplib::Headers headers = {{"X-Big", std::string(10000, 'h')}};
  auto hdr = Client().Get("/api/health", headers);
  if (hdr) {  // the server may also just close the connection
    EXPECT_GE(hdr->status, 400);
  }

  auto uri = Client().Get(("/api/events?text=" + std::string(9000, 'u')).c_str());
  if (uri) {
    EXPECT_EQ(uri->status, 414);
  }

  auto wrong = Client().Get("/api/code");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 405);
  Get("/api/nothing-here", 404);
  StillServing();
}

TEST_F(ServeTest, ManyClientsAtOnce) {
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t)
    threads.emplace_back([&] {
      auto c = Client();
      for (int i = 0; i < 5; ++i) {
        auto r = c.Get("/api/events?limit=5");
        if (r && r->status == 200) ++ok;
        else if (r && r->status == 503) ++busy;
        else ++other;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(other.load(), 0);
  EXPECT_EQ(ok + busy, 60);
  EXPECT_GT(ok.load(), 0);
  StillServing();
}

TEST_F(ServeTest, ServesTheDashboardFiles) {
  auto c = Client();
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("dyad test page"), std::string::npos);
  auto js = c.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos);
  auto escape = c.Get("/../events.db");
  ASSERT_TRUE(escape);
  EXPECT_NE(escape->status, 200);
}

TEST(ServeGate, TurnsAwayPastTheLimit) {
  Gate gate(2);
  {
    Gate::Pass a(gate), b(gate);
    EXPECT_TRUE(a);
    EXPECT_TRUE(b);
    Gate::Pass c(gate);
    EXPECT_FALSE(c);
    EXPECT_EQ(gate.inside(), 2);
  }
  EXPECT_EQ(gate.inside(), 0);
  Gate::Pass d(gate);
  EXPECT_TRUE(d);
}

TEST(ServeServer, MissingDatabaseOrBadOptionsAreErrors) {
  Options o;
  o.db = "/nonexistent-dir/x/events.db";
  o.log = false;
  EXPECT_FALSE(Server::Create(o, nullptr).ok());
  o.db = ":memory:";
  o.port = 70000;
  EXPECT_FALSE(Server::Create(o, nullptr).ok());
}

TEST(ServeServer, WithoutACoderCodingIs503AndTheDashboardMissingIs404) {
  Options o;
  o.db = ":memory:";
  o.port = 0;
  o.web_dir = "/nonexistent-web-dir";
  o.log = false;
  auto server = Server::Create(o, nullptr);
  ASSERT_TRUE(server.ok()) << server.error();
  auto port = (*server)->Bind();
  ASSERT_TRUE(port.ok());
  std::thread t([&] { (*server)->Run(); });
  httplib::Client c("127.0.0.1", *port);
  auto r = c.Post("/api/code", R"({"text": "Russia met Iran."})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 404);
  EXPECT_NE(page->body.find("not built"), std::string::npos);
  (*server)->Stop();
  t.join();
}

TEST(ServeServer, StopBeforeRunReturnsAtOnce) {
  Options o;
  o.db = ":memory:";
  o.port = 0;
  o.log = false;
  auto server = Server::Create(o, nullptr);
  ASSERT_TRUE(server.ok());
  ASSERT_TRUE((*server)->Bind().ok());
  (*server)->Stop();
  EXPECT_TRUE((*server)->Run().ok());
}

}  // namespace
}  // namespace dyad::serve

namespace dyad::serve {
namespace {

TEST(ServeCli, UsageErrorsAndAMissingDatabase) {
  auto help = testing::RunDyad("serve --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--max-concurrent"), std::string::npos);
  EXPECT_EQ(testing::RunDyad("serve --port abc").status, 2);
  EXPECT_EQ(testing::RunDyad("serve --port 70000").status, 2);
  EXPECT_EQ(testing::RunDyad("serve --bogus").status, 2);
  auto missing = testing::RunDyad("serve --db /nonexistent/serve-test.db --port 0");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no such database"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace dyad::serve
