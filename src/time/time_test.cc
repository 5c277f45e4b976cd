#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/time.h"

namespace dyad::time {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t a = 0;
  while (true) {
    size_t b = line.find('\t', a);
    f.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) break;
    a = b + 1;
  }
  return f;
}

// Every expression's offsets point at its text, and the text has no stray spaces.
void ExpectOffsetsMatch(const std::string& sentence, const std::vector<TimeExpression>& found,
                        const std::string& where) {
  uint32_t prev_end = 0;
  for (const TimeExpression& e : found) {
    ASSERT_LE(e.start, e.end) << where;
    ASSERT_LE(e.end, sentence.size()) << where;
    EXPECT_GE(e.start, prev_end) << where << ": expressions overlap or are out of order";
    prev_end = e.end;
    EXPECT_EQ(sentence.substr(e.start, e.end - e.start), e.text) << where;
    EXPECT_FALSE(e.text.empty()) << where;
    if (!e.text.empty()) {
      EXPECT_NE(e.text.front(), ' ') << where;
      EXPECT_NE(e.text.back(), ' ') << where;
    }
  }
}

// tests/cases/time.tsv: story_date, sentence, expected value, expected precision of the
// first expression found ("-" / "none": nothing may be found).
TEST(TimeTable, AllRows) {
  const std::string path = DYAD_SOURCE_DIR "/tests/cases/time.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  std::string line;
  int lineno = 0, rows = 0, failed = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    const std::string where = path + ":" + std::to_string(lineno);
    if (f.size() != 4) {
      ADD_FAILURE() << where << ": expected 4 tab-separated fields, got " << f.size();
      ++failed;
      continue;
    }
    ++rows;
    const std::string& date = f[0];
    const std::string& sentence = f[1];
    const std::string& want_value = f[2];
    const std::string& want_prec = f[3];
    std::vector<TimeExpression> found = FindTimeExpressions(sentence, date);
    ExpectOffsetsMatch(sentence, found, where);
    if (want_prec == "none") {
      if (!found.empty()) {
        ++failed;
        ADD_FAILURE() << where << ": expected nothing in \"" << sentence << "\" (" << date
                      << "), found \"" << found[0].text << "\" -> " << found[0].value << " "
                      << PrecisionName(found[0].precision);
      }
      continue;
    }
    if (found.empty()) {
      ++failed;
      ADD_FAILURE() << where << ": nothing found in \"" << sentence << "\" (" << date
                    << "), expected " << want_value << " " << want_prec;
      continue;
    }
    const TimeExpression& e = found[0];
    if (e.value != want_value || want_prec != PrecisionName(e.precision)) {
      ++failed;
      ADD_FAILURE() << where << ": \"" << sentence << "\" (" << date << "): \"" << e.text
                    << "\" -> " << e.value << " " << PrecisionName(e.precision)
                    << ", expected " << want_value << " " << want_prec;
    }
  }
  std::printf("time.tsv: %d rows, %d passed, %d failed\n", rows, rows - failed, failed);
  EXPECT_GE(rows, 180);
}

std::vector<TimeExpression> Find(const std::string& s, const std::string& date = "2026-01-16") {
  return FindTimeExpressions(s, date);
}

TEST(Time, PrecisionNames) {
  EXPECT_STREQ(PrecisionName(Precision::kDay), "day");
  EXPECT_STREQ(PrecisionName(Precision::kWeek), "week");
  EXPECT_STREQ(PrecisionName(Precision::kMonth), "month");
  EXPECT_STREQ(PrecisionName(Precision::kYear), "year");
  EXPECT_STREQ(PrecisionName(Precision::kSpan), "span");
  EXPECT_STREQ(PrecisionName(Precision::kUnknown), "unknown");
}

TEST(Time, OffsetsOfWholeExpressions) {
  const std::string s = "Talks resumed on Friday, January 16 in Geneva.";
  auto v = Find(s);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].text, "on Friday, January 16");
  EXPECT_EQ(v[0].start, 14u);
  EXPECT_EQ(v[0].end, 35u);
  EXPECT_EQ(v[0].value, "2026-01-16");
  EXPECT_EQ(v[0].precision, Precision::kDay);
}

TEST(Time, OffsetsAreBytesInUtf8Text) {
  // “ ” – é are multi-byte: offsets count bytes and never split a character.
  const std::string s = "À Mékélé, l’armée “said on Wednesday” – and since June – it held.";
  auto v = Find(s);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].text, "on Wednesday");
  EXPECT_EQ(s.substr(v[0].start, v[0].end - v[0].start), "on Wednesday");
  EXPECT_EQ(v[0].start, s.find("on Wednesday"));
  EXPECT_EQ(v[0].value, "2026-01-14");
  EXPECT_EQ(v[1].text, "since June");
  EXPECT_EQ(v[1].start, s.find("since June"));
  EXPECT_EQ(v[1].value, "2025-06-01/2026-01-16");
  EXPECT_EQ(v[1].precision, Precision::kSpan);
}

TEST(Time, SeveralExpressionsInTextOrder) {
  const std::string s =
      "The ministers, who met on Monday, will meet again next week and in March 2026.";
  auto v = Find(s);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].text, "on Monday");
  EXPECT_EQ(v[0].value, "2026-01-12");
  EXPECT_EQ(v[1].text, "next week");
  EXPECT_EQ(v[1].value, "2026-01-19");
  EXPECT_EQ(v[1].precision, Precision::kWeek);
  EXPECT_EQ(v[2].text, "in March 2026");
  EXPECT_EQ(v[2].value, "2026-03");
  for (const auto& e : v) EXPECT_EQ(s.substr(e.start, e.end - e.start), e.text);
}

TEST(Time, TenseIsDecidedPerExpression) {
  auto v = Find("Officials said on Monday that the talks will resume on Thursday.");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].value, "2026-01-12");  // said on Monday: past
  EXPECT_EQ(v[1].value, "2026-01-22");  // will resume on Thursday: future
}

TEST(Time, ListsAfterAnExpression) {
  auto v = Find("Rockets hit the city on Saturday and Sunday, and in November and December.");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].value, "2026-01-10");
  EXPECT_EQ(v[1].text, "Sunday");
  EXPECT_EQ(v[1].value, "2026-01-11");
  EXPECT_EQ(v[2].value, "2025-11");
  EXPECT_EQ(v[3].text, "December");
  EXPECT_EQ(v[3].value, "2025-12");
}

TEST(Time, WithoutStoryDateOnlyAbsoluteDatesResolve) {
  auto v = FindTimeExpressions("On Sunday the accord of 16 January 2026 took effect.", "");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].text, "On Sunday");
  EXPECT_EQ(v[0].value, "");
  EXPECT_EQ(v[0].precision, Precision::kUnknown);
  EXPECT_EQ(v[1].value, "2026-01-16");
  // A malformed story date counts as no story date.
  auto w = FindTimeExpressions("The army withdrew yesterday.", "16/01/2026");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].precision, Precision::kUnknown);
}

TEST(Time, WeekdaysAroundTheStoryDate) {
  // Friday 2026-01-16: past weekdays go back up to six days, the same day counts.
  const char* names[] = {"Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                         "Friday"};
  const char* past[] = {"2026-01-10", "2026-01-11", "2026-01-12", "2026-01-13",
                        "2026-01-14", "2026-01-15", "2026-01-16"};
  const char* future[] = {"2026-01-17", "2026-01-18", "2026-01-19", "2026-01-20",
                          "2026-01-21", "2026-01-22", "2026-01-16"};
  for (int k = 0; k < 7; ++k) {
    auto p = Find(std::string("Troops withdrew on ") + names[k] + ".");
    ASSERT_EQ(p.size(), 1u) << names[k];
    EXPECT_EQ(p[0].value, past[k]) << names[k];
    auto f = Find(std::string("Troops will withdraw on ") + names[k] + ".");
    ASSERT_EQ(f.size(), 1u) << names[k];
    EXPECT_EQ(f[0].value, future[k]) << names[k];
  }
}

TEST(Time, CalendarEdges) {
  EXPECT_EQ(Find("Banks closed yesterday.", "2024-03-01")[0].value, "2024-02-29");
  EXPECT_EQ(Find("Banks closed yesterday.", "2025-03-01")[0].value, "2025-02-28");
  EXPECT_EQ(Find("Banks closed yesterday.", "2026-01-01")[0].value, "2025-12-31");
  EXPECT_EQ(Find("Banks will close tomorrow.", "2025-12-31")[0].value, "2026-01-01");
  EXPECT_EQ(Find("Banks closed last month.", "2026-01-02")[0].value, "2025-12");
  EXPECT_EQ(Find("Banks will close next month.", "2025-12-02")[0].value, "2026-01");
  EXPECT_EQ(Find("Banks closed last week.", "2026-01-01")[0].value, "2025-12-22");
  EXPECT_EQ(Find("Banks closed on February 29.", "2026-01-16")[0].value, "2024-02-29");
  EXPECT_EQ(Find("Banks will close on February 29.", "2026-01-16")[0].value, "2028-02-29");
  EXPECT_TRUE(Find("Banks closed on February 30.").empty());
}

TEST(Time, NoFalseFriends) {
  for (const char* s : {"Iran may retaliate.", "Protesters march on the capital.",
                        "The Sunday Times said so.", "They killed 2000 people.",
                        "Friday prayers were cancelled.", "Theresa May resigned.",
                        "The Arab Spring began in Tunisia.", "Stocks fall sharply.",
                        "A 24-hour strike shut the port.", "He has recently returned."}) {
    EXPECT_TRUE(Find(s).empty()) << s << " -> " << Find(s)[0].text;
  }
}

TEST(Time, EmptyAndOddInput) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("   ").empty());
  EXPECT_TRUE(Find("\xff\xfe broken bytes \xc3").empty());
  auto v = Find("2026-01-16");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].value, "2026-01-16");
  auto w = Find("Monday");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].value, "2026-01-12");
}

TEST(Time, Speed) {
  const std::vector<std::string> sentences = {
      "The foreign minister told reporters that the government would not negotiate with "
      "armed groups that refused to lay down their weapons.",
      "Thousands of people gathered outside the parliament building to protest against the "
      "new security law, according to witnesses and local media.",
      "The United Nations envoy urged both sides to respect the ceasefire and allow "
      "humanitarian convoys to reach besieged neighbourhoods.",
      "Police fired tear gas and rubber bullets at demonstrators who threw stones.",
  };
  const int kRounds = 25000;
  size_t found = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < kRounds; ++r)
    for (const auto& s : sentences) found += FindTimeExpressions(s, "2026-01-16").size();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double rate = kRounds * sentences.size() / secs;
  std::printf("FindTimeExpressions: %.0f sentences/s without dates\n", rate);
  EXPECT_EQ(found, 0u);
  EXPECT_GT(rate, 50000.0);  // target 200,000/s in release builds; loose for shared CI
}

}  // namespace
}  // namespace dyad::time
