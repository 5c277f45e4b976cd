// Dictionary gaps found in evaluation misses, and the composition rules they needed: each
// phrase codes as written on the story date (the real dictionaries, data/actors/).
#include <gtest/gtest.h>

#include "dyad/actor.h"
#include "test_support.h"

namespace dyad::testing {
namespace {

std::string Code(const std::string& phrase, const std::string& date = "2026-01-16") {
  Actor a = actors::ResolvePhrase(SharedCoder().dictionary(), phrase, date);
  return a.code.empty() ? "-" : a.code;
}

// The entry a name resolves to, by its canonical name.
std::string Canonical(const std::string& name) {
  const auto& dict = SharedCoder().dictionary();
  for (const auto& m : dict.Lookup(name, "2026-01-16"))
    if (m.entry >= 0) return dict.entries()[m.entry].canonical;
  return "-";
}

TEST(ActorGaps, PakistanPeoplesPartyIsNotThePmlN) {
  EXPECT_EQ(Canonical("Pakistan Peoples Party"), "Pakistan Peoples Party");
  EXPECT_EQ(Canonical("PML-N"), "Pakistan Muslim League-Nawaz");
  EXPECT_EQ(Code("Pakistan People's Party"), "PAKGOVPTY");  // in the federal coalition since 2024
  EXPECT_EQ(Code("Awami National Party"), "PAKOPPPTY");
  EXPECT_EQ(Code("PPP"), "-");  // purchasing power parity, South Korea's People Power Party...
  EXPECT_EQ(Code("Servant of the People"), "UKRGOVPTY");
  EXPECT_EQ(Code("MHP"), "TURGOVPTY");
}

TEST(ActorGaps, PeopleAndPoliceForces) {
  EXPECT_EQ(Code("Julian Assange"), "NGOMED");
  EXPECT_EQ(Code("Delhi Police"), "INDCOP");
  EXPECT_EQ(Code("Karachi Police"), "PAKCOP");
  EXPECT_EQ(Code("Police Nationale"), "FRACOP");
  EXPECT_EQ(Code("Carabineros"), "CHLCOP");
  EXPECT_EQ(Code("U.S. Immigration and Customs Enforcement"), "USACOP");
  EXPECT_EQ(Code("Telugu Desam Party"), "INDGOVPTY");
  EXPECT_EQ(Code("DMK"), "INDOPPPTY");
  EXPECT_EQ(Code("Alice Wells", "2018-01-01"), "USAGOV");
  EXPECT_EQ(Code("Ivica Todoric", "2016-01-01"), "HRVBUS");
  EXPECT_EQ(Code("Conrad Black", "2019-07-01"), "CANBUS");  // out of his role: `other`
}

TEST(ActorGaps, ReligiousCommunitiesHaveCameoReligionCodes) {
  EXPECT_EQ(Code("Christians"), "CHR");
  EXPECT_EQ(Code("Egyptian Christians"), "EGYCHR");
  EXPECT_EQ(Code("Iraqi Sunnis"), "IRQMOSSUN");
  EXPECT_EQ(Code("Shiites"), "MOSSHI");
  EXPECT_EQ(Code("the Jewish community"), "JEW");
  EXPECT_EQ(Code("Syrian Kurds"), "SYRKUR");
  // The adjective alone modifies too much to be an actor.
  EXPECT_EQ(Code("Christian"), "-");
}

TEST(ActorGaps, FacilitiesAreNoActors) {
  EXPECT_EQ(Code("refineries"), "-");
  EXPECT_EQ(Code("Saudi refineries"), "SAU");  // marked by their country
}

TEST(ActorGaps, AGroupsOwnPeopleAreTheGroup) {
  EXPECT_EQ(Code("Taliban prisoners"), "AFGREBTAL");
  EXPECT_EQ(Code("Taliban detainees"), "AFGREBTAL");
  EXPECT_EQ(Code("Houthi rebels"), "YEMREBHTH");
  // Hostages of a group are not the group.
  EXPECT_NE(Code("Hamas hostages"), "PSEREBHMS");
}

}  // namespace
}  // namespace dyad::testing
