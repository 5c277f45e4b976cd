// Event locations on news sentences: the place of the event's own clause, the right one
// of several, none taken from a circumstantial phrase, the actors' country otherwise.
#include <gtest/gtest.h>

#include "../../tests/test_support.h"
#include "dyad/output.h"

namespace dyad::testing {
namespace {

std::vector<Event> CodeStory(const std::string& text, const std::string& date = "2026-01-16") {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.raw = text;
  return SharedCoder().Code(doc);
}

std::string Dump(const std::vector<Event>& events) {
  std::string s;
  for (const auto& e : events) s += output::ToJsonLine(e) + "\n";
  return s.empty() ? "(no events)" : s;
}

const Event* Find(const std::vector<Event>& events, const std::string& code_prefix) {
  for (const auto& e : events)
    if (e.cameo.rfind(code_prefix, 0) == 0) return &e;
  return nullptr;
}

TEST(EventLocation, CityAfterInWithCoordinates) {
  auto ev = CodeStory(
      "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky "
      "in Ankara on Tuesday.");
  const Event* e = Find(ev, "043");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_EQ(e->source.code, "TURGOV") << Dump(ev);
  EXPECT_EQ(e->target.code, "UKRGOV") << Dump(ev);
  EXPECT_EQ(e->location.name, "Ankara") << Dump(ev);
  EXPECT_EQ(e->location.country, "TUR");
  EXPECT_EQ(e->location.precision, "city");
  EXPECT_NEAR(e->location.lat, 39.9, 0.3);
  EXPECT_NEAR(e->location.lon, 32.85, 0.3);
  EXPECT_NE(output::ToJsonLine(*e).find("\"location\":{\"name\":\"Ankara\""), std::string::npos);
}

// What one agrees or vows to do happens where that act is placed ("in Lyon"), not in the
// source's country by default; a bare name in the infinitive's clause is no such place.
TEST(EventLocation, ThePlaceOfTheActAgreedTo) {
  auto ev = CodeStory("The Spanish government agreed to open a new research centre in Lyon.");
  const Event* e = Find(ev, "03");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_EQ(e->source.code, "ESPGOV") << Dump(ev);
  EXPECT_EQ(e->location.name, "Lyon") << Dump(ev);
  EXPECT_EQ(e->location.country, "FRA");
}

TEST(EventLocation, PlaceNearAFrontlineCity) {
  auto ev = CodeStory("Russian forces shelled villages near Kharkiv overnight, Ukrainian officials said.");
  const Event* e = Find(ev, "19");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_EQ(e->location.name, "Kharkiv") << Dump(ev);
  EXPECT_EQ(e->location.country, "UKR");
}

TEST(EventLocation, EachEventTakesThePlaceOfItsOwnClause) {
  auto ev = CodeStory(
      "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday and later visited Iran's "
      "President Masoud Pezeshkian in Tehran.");
  const Event* meet = Find(ev, "04");
  ASSERT_NE(meet, nullptr) << Dump(ev);
  EXPECT_EQ(meet->location.name, "Sochi") << Dump(ev);
  const Event* visit = Find(ev, "042");
  ASSERT_NE(visit, nullptr) << Dump(ev);
  EXPECT_EQ(visit->location.name, "Tehran") << Dump(ev);
}

TEST(EventLocation, CircumstantialPlaceIsNotTheEventsPlace) {
  // The calls were not made in Iran: "in Iran" says where the protests are.
  auto ev = CodeStory(
      "Russian President Vladimir Putin spoke by telephone with the leaders of Israel and Iran, "
      "proposing talks amid protests in Iran.");
  const Event* call = Find(ev, "041");
  ASSERT_NE(call, nullptr) << Dump(ev);
  EXPECT_EQ(call->location.country, "RUS") << Dump(ev);
  EXPECT_EQ(call->location.precision, "country");
  EXPECT_TRUE(call->location.text.empty()) << "taken from the source's country";
}

TEST(EventLocation, MaterialEventWithoutPlaceFallsBackToTheTargetsCountry) {
  auto ev = CodeStory("Israeli troops arrested dozens of Palestinians on Monday.");
  const Event* e = Find(ev, "17");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_EQ(e->location.country, "PSE") << Dump(ev);
  EXPECT_EQ(e->location.precision, "country");
}

TEST(EventLocation, StoryContextResolvesAnAmbiguousTown) {
  // Tripoli in Lebanon, not the Libyan capital, once the story is about Lebanon.
  auto ev = CodeStory(
      "Lebanon's army deployed troops across the north on Sunday. Gunmen attacked an army "
      "checkpoint in Tripoli overnight, the army said.");
  const Event* e = Find(ev, "18");
  if (!e) e = Find(ev, "19");
  ASSERT_NE(e, nullptr) << Dump(ev);
  EXPECT_EQ(e->location.name, "Tripoli") << Dump(ev);
  EXPECT_EQ(e->location.country, "LBN") << Dump(ev);
}

}  // namespace
}  // namespace dyad::testing
