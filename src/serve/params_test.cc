// The API's query parameters: dates, counts and the filters of `dyad query`.
#include "serve/params.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

TEST(ServeParams, ValidDayChecksTheCalendar) {
  EXPECT_TRUE(ValidDay("2026-01-16"));
  EXPECT_TRUE(ValidDay("2024-02-29"));   // leap year
  EXPECT_FALSE(ValidDay("2026-02-29"));  // not a leap year
  EXPECT_FALSE(ValidDay("2026-13-01"));
  EXPECT_FALSE(ValidDay("2026-00-10"));
  EXPECT_FALSE(ValidDay("2026-1-16"));
  EXPECT_FALSE(ValidDay("16/01/2026"));
  EXPECT_FALSE(ValidDay(""));
}

TEST(ServeParams, FiltersBecomeAnEventQuery) {
  Params p = {{"actor", "rus"}, {"dyad", "irn,usa"}, {"directed", "1"}, {"country", "isr"}, {"code", "041"},
              {"root", "04"}, {"quad", "1"}, {"from", "2026-01-01"}, {"to", "2026-01-31"},
              {"reported_by", "RUSGOV"}, {"text", "mediation"}};
  EventQuery q;
  ASSERT_TRUE(ParseEventQuery(p, {}, &q).ok());
  EXPECT_EQ(q.actor, "RUS");
  EXPECT_EQ(q.dyad_a, "IRN");
  EXPECT_EQ(q.dyad_b, "USA");
  EXPECT_TRUE(q.directed);
  EXPECT_EQ(q.country, "ISR");
  EXPECT_EQ(q.code, "041");
  EXPECT_EQ(q.root, "04");
  EXPECT_EQ(q.quad, 1);
  EXPECT_EQ(q.from, "2026-01-01");
  EXPECT_EQ(q.to, "2026-01-31");
  EXPECT_EQ(q.reported_by, "RUSGOV");
  EXPECT_EQ(q.text, "mediation");
}

TEST(ServeParams, EmptyValuesDoNotFilter) {
  EventQuery q;
  ASSERT_TRUE(ParseEventQuery({{"actor", ""}, {"quad", ""}, {"from", ""}}, {}, &q).ok());
  EXPECT_TRUE(q.actor.empty());
  EXPECT_EQ(q.quad, 0);
}

TEST(ServeParams, BadFiltersAreNamedInTheError) {
  struct Case {
    Params params;
    std::string says;
  } cases[] = {
      {{{"quad", "5"}}, "quad"},
      {{{"from", "2026-13-01"}}, "from must be a date"},
      {{{"to", "yesterday"}}, "to must be a date"},
      {{{"from", "2026-02-01"}, {"to", "2026-01-01"}}, "from is after to"},
      {{{"dyad", "RUS"}}, "dyad must be two codes"},
      {{{"dyad", "RUS,"}}, "dyad must be two codes"},
      {{{"directed", "1"}}, "directed needs dyad"},
      {{{"country", "RUSSIA"}}, "country must be"},
      {{{"code", "abc"}}, "code must be"},
      {{{"root", "4"}}, "root must be"},
      {{{"actor", "RUS' OR 1=1"}}, "actor must be"},
      {{{"qaud", "1"}}, "unknown parameter 'qaud'"},
  };
  for (const auto& c : cases) {
    EventQuery q;
    Status s = ParseEventQuery(c.params, {}, &q);
    EXPECT_FALSE(s.ok()) << c.says;
    EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message();
  }
}

TEST(ServeParams, ExtraParametersAreAllowedWhenNamed) {
  EventQuery q;
  EXPECT_TRUE(ParseEventQuery({{"limit", "5"}}, {"limit"}, &q).ok());
  EXPECT_FALSE(ParseEventQuery({{"limit", "5"}}, {}, &q).ok());
}

TEST(ServeParams, CountsAreBounded) {
  EXPECT_EQ(*ParseCount({}, "limit", 50, 1, 500), 50u);
  EXPECT_EQ(*ParseCount({{"limit", "7"}}, "limit", 50, 1, 500), 7u);
  EXPECT_FALSE(ParseCount({{"limit", "0"}}, "limit", 50, 1, 500).ok());
  EXPECT_FALSE(ParseCount({{"limit", "501"}}, "limit", 50, 1, 500).ok());
  EXPECT_FALSE(ParseCount({{"limit", "-3"}}, "limit", 50, 1, 500).ok());
  EXPECT_FALSE(ParseCount({{"limit", "ten"}}, "limit", 50, 1, 500).ok());
  EXPECT_FALSE(ParseCount({{"limit", "99999999999999999999"}}, "limit", 50, 1, 500).ok());
}

}  // namespace
}  // namespace dyad::serve
