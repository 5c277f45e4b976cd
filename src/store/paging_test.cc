// EventQuery::id and EventQuery::offset (paging for dyad serve) on SQLite.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "dyad/store.h"

namespace dyad {
namespace {

Event Ev(const std::string& src, const std::string& tgt, const std::string& date, int quad) {
  Event e;
  e.source = {src, src, "", src + " name"};
  e.target = {tgt, tgt, "", tgt + " name"};
  e.cameo = quad >= 3 ? "112" : "042";
  e.cameo_root = e.cameo.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = quad >= 3 ? -2 : 1.9;
  e.date = date;
  e.date_precision = "day";
  e.evidence = {src + " and " + tgt + " on " + date, 0, 20};
  e.trigger = "met";
  return e;
}

TEST(StorePaging, OffsetPagesThroughEveryEventOnce) {
  char tmpl[] = "/tmp/dyad-paging-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  auto store = Store::Open(dir + "/p.db");
  ASSERT_TRUE(store.ok()) << store.error();
  Document d;
  d.id = d.origin = "doc";
  d.raw = d.text = "text";
  std::vector<Event> events;
  for (int day = 1; day <= 7; ++day) events.push_back(Ev("RUS", "UKR", "2026-01-0" + std::to_string(day), day % 2 ? 4 : 1));
  ASSERT_TRUE((*store)->Put(d, events).ok());

  auto all = (*store)->Query(EventQuery{});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 7u);
  std::vector<int64_t> paged;
  for (size_t offset = 0; offset < 10; offset += 3) {
    EventQuery q;
    q.limit = 3;
    q.offset = offset;
    auto page = (*store)->Query(q);
    ASSERT_TRUE(page.ok()) << page.error();
    EXPECT_LE(page->size(), 3u);
    for (const auto& e : *page) paged.push_back(e.id);
  }
  ASSERT_EQ(paged.size(), 7u);
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(paged[i], (*all)[i].id);

  EventQuery only_offset;  // offset without a limit: the rest
  only_offset.offset = 5;
  EXPECT_EQ((*store)->Query(only_offset)->size(), 2u);

  EventQuery filtered;  // offset applies after the filters
  filtered.quad = 4;
  filtered.offset = 1;
  auto f = (*store)->Query(filtered);
  ASSERT_EQ(f->size(), 3u);
  for (const auto& e : *f) EXPECT_EQ(e.quad_class, 4);

  EventQuery by_id;
  by_id.id = (*all)[2].id;
  by_id.with_mentions = true;
  auto one = (*store)->Query(by_id);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].date, (*all)[2].date);
  EXPECT_EQ((*one)[0].mentions.size(), 1u);
  by_id.id = 987654;
  EXPECT_TRUE((*store)->Query(by_id)->empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
