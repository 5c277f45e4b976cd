#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

Document Doc(const std::string& id, const std::string& raw) {
  Document d;
  d.id = id;
  d.origin = id + ".txt";
  d.raw = raw;
  d.text = raw;
  d.date = "2026-01-16";
  return d;
}

Event Ev(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& code) {
  Event e;
  e.doc_id = doc;
  e.source.code = src;
  e.source.country = src.substr(0, 3);
  e.target.code = tgt;
  e.target.country = tgt.substr(0, 3);
  e.cameo = code;
  e.cameo_root = code.substr(0, 2);
  e.date = "2026-01-16";
  e.date_precision = "day";
  e.evidence = {"Russia called Iran.", 0, 19};
  return e;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-store-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
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

}  // namespace
}  // namespace dyad
