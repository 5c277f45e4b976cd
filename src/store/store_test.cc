#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>

#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

Document Doc(const std::string& id, const std::string& raw, const std::string& source = "") {
  Document d;
  d.id = id;
  d.origin = id + ".txt";
  d.raw = raw;
  d.text = raw;
  d.date = "2026-01-16";
  d.source = source;
  return d;
}

Event Ev(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& code,
         const std::string& date = "2026-01-16", const std::string& precision = "day") {
  Event e;
  e.doc_id = doc;
  e.source.code = src;
  e.source.country = src.substr(0, 3);
  e.source.name = src;
  e.target.code = tgt;
  e.target.country = tgt.substr(0, 3);
  e.target.name = tgt;
  e.cameo = code;
  e.cameo_root = code.substr(0, 2);
  e.quad_class = code >= "14" ? 4 : code >= "10" ? 3 : code >= "05" ? 2 : 1;
  e.goldstein = code >= "14" ? -9.0 : code >= "10" ? -4.0 : 3.0;
  e.date = date;
  e.date_precision = precision;
  e.evidence = {"Russia called Iran.", 0, 19};
  e.trigger = "called";
  return e;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-store-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::unique_ptr<Store> Open(int tolerance = 0) {
    auto s = Store::Open(dir_ + "/t.db", StoreOptions{tolerance});
    EXPECT_TRUE(s.ok()) << s.error();
    return std::move(*s);
  }
  std::string dir_;
};

TEST_F(StoreTest, SameDocumentTwiceChangesNothing) {
  auto store = Store::Open(dir_ + "/t.db");
  ASSERT_TRUE(store.ok()) << store.error();
  Document d = Doc("a", "Russia called Iran.");
  auto r1 = (*store)->Put(d, {Ev("a", "RUSGOV", "IRNGOV", "041")});
  ASSERT_TRUE(r1.ok()) << r1.error();
  EXPECT_EQ(*r1, Store::PutResult::kStored);
  auto r2 = (*store)->Put(d, {Ev("a", "RUSGOV", "IRNGOV", "041")});
  EXPECT_EQ(*r2, Store::PutResult::kUnchanged);
  EXPECT_EQ((*store)->Events()->size(), 1u);
  EXPECT_EQ(*(*store)->DocumentCount(), 1u);
  EXPECT_EQ(*(*store)->EventCount(), 1u);
}

// A batch is one transaction: another connection sees nothing of it until EndBatch, and
// each Put in it still behaves as alone (the same document twice changes nothing).
TEST_F(StoreTest, BatchIsCommittedWhole) {
  auto s = Open();
  ASSERT_TRUE(s->BeginBatch().ok());
  auto a = s->Put(Doc("a", "Russia called Iran."), {Ev("a", "RUS", "IRN", "041")});
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ(*a, Store::PutResult::kStored);
  auto again = s->Put(Doc("a", "Russia called Iran."), {Ev("a", "RUS", "IRN", "041")});
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(*again, Store::PutResult::kUnchanged);
  ASSERT_TRUE(s->Put(Doc("b", "Iran called Russia."), {Ev("b", "IRN", "RUS", "041")}).ok());
  auto reader = Open();
  EXPECT_EQ(*reader->DocumentCount(), 0u);  // not committed yet
  ASSERT_TRUE(s->EndBatch().ok());
  EXPECT_EQ(*reader->DocumentCount(), 2u);
  EXPECT_EQ(*reader->EventCount(), 2u);
}

TEST_F(StoreTest, ChangedTextReplacesTheEvents) {
  auto store = Store::Open(dir_ + "/t.db");
  (*store)->Put(Doc("a", "Russia called Iran."), {Ev("a", "RUSGOV", "IRNGOV", "041"), Ev("a", "RUS", "IRN", "039")});
  auto r = (*store)->Put(Doc("a", "Russia criticised Iran."), {Ev("a", "RUS", "IRN", "111")});
  EXPECT_EQ(*r, Store::PutResult::kReplaced);
  auto events = (*store)->Events();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].cameo, "111");
  EXPECT_EQ((*events)[0].source.code, "RUS");
  EXPECT_EQ(*(*store)->EventCount(), 1u);  // the two old merged events are gone
}

// The evidence is indexed for text search when a batch ends (or a Put alone commits),
// including a document replaced within the batch: the index stays consistent with the
// mentions (FTS5 integrity-check) and finds the new evidence, not the old.
TEST_F(StoreTest, EvidenceIsSearchableAfterBatchWithReplacedDocument) {
  auto s = Open();
  auto texts = [&](const std::string& words) {
    std::vector<std::string> out;
    EventQuery q;
    q.text = words;
    q.with_mentions = true;
    EXPECT_TRUE(s->ForEach(q, [&](const StoredEvent& e) {
      for (const auto& m : e.mentions) out.push_back(m.coded.evidence.text);
    }).ok());
    return out;
  };
  auto with = [](const std::string& doc, const std::string& code, const std::string& evidence) {
    Event e = Ev(doc, "RUS", "IRN", code);
    e.evidence = {evidence, 0, static_cast<uint32_t>(evidence.size())};
    return e;
  };
  ASSERT_TRUE(s->BeginBatch().ok());
  ASSERT_TRUE(s->Put(Doc("a", "Russia called Iran."), {with("a", "041", "Russia called Iran.")}).ok());
  ASSERT_TRUE(s->Put(Doc("b", "Russia praised Iran."), {with("b", "051", "Russia praised Iran.")}).ok());
  auto r = s->Put(Doc("a", "Russia criticised Iran."), {with("a", "111", "Russia criticised Iran.")});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(*r, Store::PutResult::kReplaced);
  ASSERT_TRUE(s->Put(Doc("c", "Russia thanked Iran."), {with("c", "057", "Russia thanked Iran.")}).ok());
  ASSERT_TRUE(s->EndBatch().ok());
  ASSERT_TRUE(s->Put(Doc("d", "Russia visited Iran."), {with("d", "042", "Russia visited Iran.")}).ok());
  EXPECT_TRUE(texts("called").empty());
  EXPECT_EQ(texts("criticised"), std::vector<std::string>{"Russia criticised Iran."});
  EXPECT_EQ(texts("praised"), std::vector<std::string>{"Russia praised Iran."});
  EXPECT_EQ(texts("thanked"), std::vector<std::string>{"Russia thanked Iran."});
  EXPECT_EQ(texts("visited"), std::vector<std::string>{"Russia visited Iran."});
  sqlite3* db = nullptr;
  sqlite3_open((dir_ + "/t.db").c_str(), &db);
  EXPECT_EQ(sqlite3_exec(db, "INSERT INTO mentions_fts(mentions_fts, rank) VALUES('integrity-check', 1)", nullptr,
                         nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

TEST_F(StoreTest, ReopenKeepsDataAndSchemaVersion) {
  {
    auto store = Store::Open(dir_ + "/t.db");
    (*store)->Put(Doc("a", "x"), {Ev("a", "RUSGOV", "IRNGOV", "041")});
  }
  auto store = Store::Open(dir_ + "/t.db");
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Events()->size(), 1u);
  sqlite3* db;
  sqlite3_open((dir_ + "/t.db").c_str(), &db);
  sqlite3_stmt* st;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 5);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, NewerSchemaIsRefused) {
  sqlite3* db;
  sqlite3_open((dir_ + "/new.db").c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = Store::Open(dir_ + "/new.db");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("newer"), std::string::npos);
}

TEST_F(StoreTest, UnopenablePathIsAnError) {
  auto store = Store::Open(dir_ + "/missing/dir/t.db");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().find("missing/dir/t.db"), std::string::npos);
}

TEST_F(StoreTest, ThreeDocumentsReportingOneEventAreOneEventWithThreeMentions) {
  auto store = Open();
  Event a = Ev("a", "RUSGOV", "IRNGOV", "036");
  a.evidence = {"Moscow said it wants to meet Tehran.", 0, 36};
  Event b = Ev("b", "RUSGOV", "IRNGOV", "036");
  b.evidence = {"Russia expressed intent to meet Iran, the Kremlin said.", 10, 64};
  b.reported_by = {"RUSGOV", "RUS", "GOV", "the Kremlin"};
  Event c = Ev("c", "RUSGOV", "IRNGOV", "036");
  c.evidence = {"Russian officials plan talks with Iran.", 5, 44};
  ASSERT_TRUE(store->Put(Doc("a", "story a", "Reuters"), {a}).ok());
  ASSERT_TRUE(store->Put(Doc("b", "story b", "AP"), {b}).ok());
  ASSERT_TRUE(store->Put(Doc("c", "story c", "Reuters"), {c}).ok());
  EXPECT_EQ(*store->MentionCount(), 3u);
  EventQuery q;
  q.with_mentions = true;
  auto events = store->Query(q);
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.num_mentions, 3);
  EXPECT_EQ(e.num_articles, 3);
  EXPECT_EQ(e.num_sources, 2);  // Reuters twice
  EXPECT_EQ(e.first_doc, "a");
  EXPECT_EQ(e.date, "2026-01-16");
  ASSERT_EQ(e.mentions.size(), 3u);
  EXPECT_EQ(e.mentions[0].coded.evidence.text, "Moscow said it wants to meet Tehran.");
  EXPECT_EQ(e.mentions[1].coded.evidence.start, 10u);
  EXPECT_EQ(e.mentions[1].coded.reported_by.name, "the Kremlin");
  EXPECT_EQ(e.mentions[1].outlet, "AP");
  EXPECT_EQ(e.mentions[2].coded.evidence.text, "Russian officials plan talks with Iran.");
  EXPECT_EQ(e.mentions[2].coded.trigger, "called");
}

TEST_F(StoreTest, MentionsInOneDocumentCountOneArticle) {
  auto store = Open();
  store->Put(Doc("a", "two sentences", "BBC"), {Ev("a", "USA", "CHN", "042"), Ev("a", "USA", "CHN", "042")});
  auto events = store->Query({});
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_mentions, 2);
  EXPECT_EQ((*events)[0].num_articles, 1);
  EXPECT_EQ((*events)[0].num_sources, 1);
}

TEST_F(StoreTest, DifferentCodesDirectionsOrDaysAreDifferentEvents) {
  auto store = Open();
  store->Put(Doc("a", "a"), {Ev("a", "USA", "CHN", "042"), Ev("a", "CHN", "USA", "042"),
                             Ev("a", "USA", "CHN", "043"), Ev("a", "USA", "CHN", "042", "2026-01-17")});
  EXPECT_EQ(*store->EventCount(), 4u);
}

TEST_F(StoreTest, ToleranceOfOneDayMergesNeighbouringDays) {
  auto store = Open(1);
  store->Put(Doc("a", "a", "A"), {Ev("a", "USA", "CHN", "042", "2026-01-16")});
  store->Put(Doc("b", "b", "B"), {Ev("b", "USA", "CHN", "042", "2026-01-17")});
  store->Put(Doc("c", "c", "C"), {Ev("c", "USA", "CHN", "042", "2026-01-15")});
  store->Put(Doc("d", "d", "D"), {Ev("d", "USA", "CHN", "042", "2026-01-18")});  // two days after
  auto events = store->Query({});
  ASSERT_EQ(events->size(), 2u);
  // Newest first: the 18th stands alone, the 16th holds three mentions.
  EXPECT_EQ((*events)[0].date, "2026-01-18");
  EXPECT_EQ((*events)[0].num_mentions, 1);
  EXPECT_EQ((*events)[1].date, "2026-01-16");
  EXPECT_EQ((*events)[1].num_mentions, 3);
  EXPECT_EQ((*events)[1].num_sources, 3);
}

TEST_F(StoreTest, CoarseDatesMergeOnlyWhenIdentical) {
  auto store = Open(1);
  store->Put(Doc("a", "a"), {Ev("a", "USA", "CHN", "042", "2026-01", "month"),
                             Ev("a", "USA", "CHN", "042", "2026-01", "month"),
                             Ev("a", "USA", "CHN", "042", "2026-02", "month"),
                             Ev("a", "USA", "CHN", "042", "2026-01-01", "day"),
                             Ev("a", "USA", "CHN", "042", "", "unknown"),
                             Ev("a", "USA", "CHN", "042", "", "unknown")});
  EXPECT_EQ(*store->EventCount(), 4u);
  EXPECT_EQ(*store->MentionCount(), 6u);
}

TEST_F(StoreTest, IngestingTheSameDocumentsTwiceChangesNothing) {
  auto store = Open();
  auto put_all = [&] {
    store->Put(Doc("a", "story a", "Reuters"), {Ev("a", "RUSGOV", "IRNGOV", "036"), Ev("a", "USA", "CHN", "111")});
    store->Put(Doc("b", "story b", "AP"), {Ev("b", "RUSGOV", "IRNGOV", "036")});
  };
  put_all();
  EventQuery q;
  q.with_mentions = true;
  std::string before;
  auto first = store->Query(q);
  for (const auto& e : *first) before += exporter::JsonLine(e) + "\n";
  put_all();
  std::string after;
  auto second = store->Query(q);
  for (const auto& e : *second) after += exporter::JsonLine(e) + "\n";
  EXPECT_EQ(before, after);
  EXPECT_EQ(*store->EventCount(), 2u);
  EXPECT_EQ(*store->MentionCount(), 3u);
  EXPECT_EQ(*store->DocumentCount(), 2u);
}

TEST_F(StoreTest, ChangedDocumentRecomputesTheEventsItTouched) {
  auto store = Open();
  store->Put(Doc("a", "story a", "Reuters"), {Ev("a", "RUSGOV", "IRNGOV", "036")});
  store->Put(Doc("b", "story b", "AP"), {Ev("b", "RUSGOV", "IRNGOV", "036")});
  store->Put(Doc("c", "story c", "TASS"), {Ev("c", "RUSGOV", "IRNGOV", "036")});
  // b now reports something else: the merged event loses a mention and a source.
  auto r = store->Put(Doc("b", "story b, corrected", "AP"), {Ev("b", "RUSGOV", "UKRGOV", "190")});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(*r, Store::PutResult::kReplaced);
  EventQuery q;
  q.code = "036";
  auto e = store->Query(q);
  ASSERT_EQ(e->size(), 1u);
  EXPECT_EQ((*e)[0].num_mentions, 2);
  EXPECT_EQ((*e)[0].num_sources, 2);
  EXPECT_EQ((*e)[0].num_articles, 2);
  EXPECT_EQ(*store->EventCount(), 2u);
  // a, the first document, is corrected to nothing: c becomes the first document.
  store->Put(Doc("a", "story a, retracted", "Reuters"), {});
  e = store->Query(q);
  ASSERT_EQ(e->size(), 1u);
  EXPECT_EQ((*e)[0].num_mentions, 1);
  EXPECT_EQ((*e)[0].first_doc, "c");
  // and c too: the event is gone.
  store->Put(Doc("c", "story c, retracted", "TASS"), {});
  EXPECT_EQ(store->Query(q)->size(), 0u);
  EXPECT_EQ(*store->EventCount(), 1u);
}

TEST_F(StoreTest, VersionOneDatabasesAreMigratedAndMerged) {
  std::string path = dir_ + "/v1.db";
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  const char* v1 = R"sql(
CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, wire TEXT, url TEXT, title TEXT, date TEXT,
  text TEXT NOT NULL, hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE events (id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, sentence INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, goldstein REAL, quad_class INTEGER, plover TEXT,
  reported_by_code TEXT, reported_by_country TEXT, reported_by_role TEXT, reported_by_name TEXT,
  evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER,
  trigger_start INTEGER, trigger_end INTEGER, pattern TEXT);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_code ON events(cameo_root, cameo);
INSERT INTO documents(id, source, text, hash) VALUES ('a', 'Reuters', 'x', '1'), ('b', 'AP', 'y', '2');
INSERT INTO events(doc_id, sentence, date, date_precision, source_code, source_country, target_code,
  target_country, cameo, cameo_root, goldstein, quad_class, evidence_text)
  VALUES ('a', 0, '2026-01-16', 'day', 'RUSGOV', 'RUS', 'IRNGOV', 'IRN', '036', '03', 4.0, 1, 'one'),
         ('b', 2, '2026-01-16', 'day', 'RUSGOV', 'RUS', 'IRNGOV', 'IRN', '036', '03', 4.0, 1, 'two'),
         ('b', 3, '2026-01-17', 'day', 'RUSGOV', 'RUS', 'IRNGOV', 'IRN', '036', '03', 4.0, 1, 'three');
PRAGMA user_version=1;
)sql";
  ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.error();
  EXPECT_EQ(*(*store)->MentionCount(), 3u);
  EXPECT_EQ(*(*store)->EventCount(), 2u);
  EventQuery q;
  q.from = q.to = "2026-01-16";
  q.with_mentions = true;
  auto events = (*store)->Query(q);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_mentions, 2);
  EXPECT_EQ((*events)[0].num_sources, 2);
  EXPECT_EQ((*events)[0].mentions[1].coded.evidence.text, "two");
  EXPECT_TRUE((*events)[0].root_event);
  // Reopening does not merge again.
  store = Store::Open(path);
  EXPECT_EQ(*(*store)->EventCount(), 2u);
}


// A name-only actor (no code, a name: docs/actors.md) is stored with a NULL code and
// exported with a null code and its name.
TEST_F(StoreTest, NameOnlyActorKeepsItsNameThroughStoreAndExport) {
  auto store = Open();
  Event a = Ev("a", "", "NGAGOV", "111");
  a.source.country.clear();
  a.source.name = "Chidi Okonkwo";
  ASSERT_TRUE(store->Put(Doc("a", "story a"), {a}).ok());
  EventQuery q;
  q.with_mentions = true;
  auto events = store->Query(q);
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.source.code, "");
  EXPECT_EQ(e.source.name, "Chidi Okonkwo");
  std::string line = exporter::JsonLine(e);
  EXPECT_NE(line.find(R"("source":{"code":null,"country":null,"name":"Chidi Okonkwo")"), std::string::npos) << line;
}

// A mention of `src` doing `code` to a name-only target (no code, a name).
Event ToName(const std::string& doc, const std::string& src, const std::string& name,
             const std::string& code = "111") {
  Event e = Ev(doc, src, "", code);
  e.target.country.clear();
  e.target.name = name;
  return e;
}

// Merged events by target name, with their mention counts.
std::map<std::string, int> MentionsByTarget(const Store& store) {
  std::map<std::string, int> out;
  auto events = store.Query({});
  EXPECT_TRUE(events.ok()) << events.error();
  if (events) for (const auto& e : *events) out[e.target.code + "|" + e.target.name] += e.num_mentions;
  return out;
}

// Events merge on actor keys (schema 4): a name-only target is its name, not "no code".
TEST_F(StoreTest, DifferentNameOnlyTargetsOfOneDayAreDifferentEvents) {
  auto store = Open();
  ASSERT_TRUE(store->Put(Doc("a", "story a", "Reuters"), {ToName("a", "COD", "Joseph Kabila")}).ok());
  ASSERT_TRUE(store->Put(Doc("b", "story b", "AP"), {ToName("b", "COD", "Moise Katumbi")}).ok());
  // A name that reads like a code is still a name: no event with the coded target.
  ASSERT_TRUE(store->Put(Doc("c", "story c", "AFP"), {ToName("c", "COD", "CODGOV"), Ev("c", "COD", "CODGOV", "111")}).ok());
  EXPECT_EQ(*store->MentionCount(), 4u);
  EXPECT_EQ(*store->EventCount(), 4u);
  EXPECT_EQ(MentionsByTarget(*store), (std::map<std::string, int>{
      {"|Joseph Kabila", 1}, {"|Moise Katumbi", 1}, {"|CODGOV", 1}, {"CODGOV|CODGOV", 1}}));
  // The same on both sides: a name-only source with the same coded target.
  Event s1 = Ev("d", "", "CODGOV", "111"), s2 = Ev("d", "", "CODGOV", "111");
  s1.source.name = "Joseph Kabila";
  s2.source.name = "Moise Katumbi";
  s1.source.country.clear();
  s2.source.country.clear();
  ASSERT_TRUE(store->Put(Doc("d", "story d"), {s1, s2}).ok());
  EXPECT_EQ(*store->EventCount(), 6u);
}

TEST_F(StoreTest, NameOnlyTargetsDifferingInCaseOrSpacesAreOneEvent) {
  auto store = Open();
  ASSERT_TRUE(store->Put(Doc("a", "story a", "Reuters"), {ToName("a", "COD", "Joseph Kabila")}).ok());
  ASSERT_TRUE(store->Put(Doc("b", "story b", "AP"), {ToName("b", "COD", " JOSEPH \t kabila ")}).ok());
  ASSERT_TRUE(store->Put(Doc("c", "story c", "AFP"), {ToName("c", "COD", "Jos\xC3\x89 Kabila"),
                                                      ToName("c", "COD", "jos\xC3\xA9  KABILA")}).ok());
  auto events = store->Query({});
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 2u);
  std::map<std::string, int> mentions;
  for (const auto& e : *events) mentions[e.target.name] = e.num_mentions;
  // An event keeps the name of the mention that created it.
  EXPECT_EQ(mentions, (std::map<std::string, int>{{"Joseph Kabila", 2}, {"Jos\xC3\x89 Kabila", 2}}));
}

TEST_F(StoreTest, CodedActorsMergeWhateverTheirNames) {
  auto store = Open();
  Event a = Ev("a", "RUSGOV", "UKRGOV", "111"), b = Ev("b", "RUSGOV", "UKRGOV", "111");
  a.source.name = "Putin";
  b.source.name = "Vladimir Putin";
  ASSERT_TRUE(store->Put(Doc("a", "story a", "Reuters"), {a}).ok());
  ASSERT_TRUE(store->Put(Doc("b", "story b", "AP"), {b}).ok());
  auto events = store->Query({});
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_mentions, 2);
  EXPECT_EQ((*events)[0].source.name, "Putin");
}

TEST_F(StoreTest, ActorKeysOfSchemaThreeDatabasesAreFilledAndNameOnlyEventsSplit) {
  std::string path = dir_ + "/v3.db";
  int64_t kabila_id = 0;
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.error();
    Store& store = **s;
    ASSERT_TRUE(store.Put(Doc("a", "story a", "Reuters"), {ToName("a", "COD", "Joseph Kabila"),
                                                           Ev("a", "USA", "CHN", "042")}).ok());
    ASSERT_TRUE(store.Put(Doc("b", "story b", "AP"), {ToName("b", "COD", "Moise Katumbi")}).ok());
    ASSERT_TRUE(store.Put(Doc("c", "story c", "AFP"), {ToName("c", "COD", "joseph  kabila")}).ok());
    EventQuery q;
    q.code = "111";
    auto events = store.Query(q);
    ASSERT_EQ(events->size(), 2u);
    kabila_id = (*events)[1].id;  // the older
  }
  // Back to schema 3 as that dyad left it: no keys, merged on codes, so the three
  // mentions of 111 are one event with the first mention's target name.
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  const char* v3 = R"sql(
DROP INDEX events_merge;
ALTER TABLE events DROP COLUMN source_key;
ALTER TABLE events DROP COLUMN target_key;
CREATE INDEX events_merge ON events(cameo, source_code, target_code, day);
UPDATE mentions SET event_id = (SELECT min(id) FROM events WHERE cameo = '111') WHERE cameo = '111';
DELETE FROM events WHERE cameo = '111' AND id > (SELECT min(id) FROM events WHERE cameo = '111');
UPDATE events SET num_mentions = 3, num_articles = 3, num_sources = 3 WHERE cameo = '111';
PRAGMA user_version=3;
)sql";
  ASSERT_EQ(sqlite3_exec(db, v3, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
  auto reopened = Store::Open(path);
  ASSERT_TRUE(reopened.ok()) << reopened.error();
  Store& store = **reopened;
  EXPECT_EQ(*store.DocumentCount(), 3u);
  EXPECT_EQ(*store.MentionCount(), 4u);
  EXPECT_EQ(*store.EventCount(), 3u);
  EXPECT_EQ(MentionsByTarget(store), (std::map<std::string, int>{
      {"|Joseph Kabila", 2}, {"|Moise Katumbi", 1}, {"CHN|CHN", 1}}));
  EventQuery q;
  q.code = "111";
  q.with_mentions = true;
  auto events = store.Query(q);
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
  // The migrated keys are those new mentions merge on.
  ASSERT_TRUE(store.Put(Doc("d", "story d", "BBC"), {ToName("d", "COD", "JOSEPH KABILA"),
                                                     ToName("d", "COD", "Moise Katumbi"),
                                                     Ev("d", "USA", "CHN", "042")}).ok());
  EXPECT_EQ(*store.EventCount(), 3u);
  EXPECT_EQ(MentionsByTarget(store), (std::map<std::string, int>{
      {"|Joseph Kabila", 3}, {"|Moise Katumbi", 2}, {"CHN|CHN", 2}}));
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st;
  sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM mentions WHERE event_id IS NULL), "
                         "(SELECT group_concat(coalesce(target_key, '-'), ',') FROM "
                         "(SELECT target_key FROM events ORDER BY id)), (SELECT sql FROM sqlite_master "
                         "WHERE name = 'events_merge'), (SELECT user_version FROM pragma_user_version)",
                     -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)), "name:joseph kabila,CHN,name:moise katumbi");
  EXPECT_NE(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 2))).find("source_key, target_key"),
            std::string::npos);
  EXPECT_EQ(sqlite3_column_int(st, 3), 5);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, LocationsAreStoredWithMentionsAndEventsAndExported) {
  auto store = Open();
  Event a = Ev("a", "RUSMIL", "UKR", "194");
  a.location = {"Kharkiv", "UKR", "Kharkiv Oblast", 49.98, 36.25, "city", "Kharkiv", "after 'near'"};
  Event b = Ev("b", "RUSGOV", "IRNGOV", "041");  // no location
  ASSERT_TRUE(store->Put(Doc("a", "story a"), {a}).ok());
  ASSERT_TRUE(store->Put(Doc("b", "story b"), {b}).ok());
  EventQuery q;
  q.with_mentions = true;
  q.code = "194";
  auto events = store->Query(q);
  ASSERT_TRUE(events.ok()) << events.error();
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.location.name, "Kharkiv");
  EXPECT_EQ(e.location.admin1, "Kharkiv Oblast");
  EXPECT_NEAR(e.location.lat, 49.98, 1e-9);
  EXPECT_NEAR(e.location.lon, 36.25, 1e-9);
  EXPECT_EQ(e.location.precision, "city");
  ASSERT_EQ(e.mentions.size(), 1u);
  EXPECT_EQ(e.mentions[0].coded.location.text, "Kharkiv");
  // GDELT's ActionGeo columns: type 4 (world city), name, country, ADM1, lat, long.
  const auto& cols = exporter::GdeltColumns();
  std::string row = exporter::GdeltRow(e);
  std::vector<std::string> f;
  for (size_t at = 0;;) {
    size_t tab = row.find('\t', at);
    f.push_back(row.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
    if (tab == std::string::npos) break;
    at = tab + 1;
  }
  ASSERT_EQ(f.size(), cols.size());
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] == name) return f[i];
    return std::string("?");
  };
  EXPECT_EQ(col("ActionGeo_Type"), "4");
  EXPECT_EQ(col("ActionGeo_FullName"), "Kharkiv, Kharkiv Oblast");
  EXPECT_EQ(col("ActionGeo_CountryCode"), "UKR");
  EXPECT_EQ(col("ActionGeo_Lat"), "49.9800");
  EXPECT_EQ(col("ActionGeo_Long"), "36.2500");
  std::string line = exporter::JsonLine(e);
  EXPECT_NE(line.find("\"location\":{"), std::string::npos) << line;
  EXPECT_NE(line.find("\"name\":\"Kharkiv\""), std::string::npos) << line;
  q.code = "041";
  auto other = store->Query(q);
  ASSERT_TRUE(other.ok());
  ASSERT_EQ(other->size(), 1u);
  EXPECT_TRUE((*other)[0].location.empty());
  EXPECT_EQ(exporter::GdeltRow((*other)[0]).find("Kharkiv"), std::string::npos);
}

}  // namespace
}  // namespace dyad
