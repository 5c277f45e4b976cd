// Name-only actors: which proper names become actors with no code (FindNameOnly).
#include <gtest/gtest.h>

#include <sstream>

#include "dyad/actor.h"

namespace dyad::actors {
namespace {

// "Word/TAG Word/TAG ..." -> tokens with Penn tags and offsets (one space between words).
std::vector<Token> Tagged(const std::string& text) {
  std::vector<Token> toks;
  std::istringstream in(text);
  std::string item;
  uint32_t at = 0;
  while (in >> item) {
    size_t slash = item.rfind('/');
    Token t;
    t.text = item.substr(0, slash);
    t.xpos = item.substr(slash + 1);
    t.start = at;
    t.end = at + static_cast<uint32_t>(t.text.size());
    at = t.end + 1;
    toks.push_back(t);
  }
  return toks;
}

std::vector<std::string> Names(const std::vector<Token>& toks, std::vector<bool> excluded = {},
                               std::vector<bool> nationality = {}) {
  std::vector<std::string> out;
  for (const Unit& u : FindNameOnly(toks, excluded, nationality)) {
    EXPECT_TRUE(u.name_only);
    EXPECT_TRUE(u.actor.code.empty());
    out.push_back(u.actor.name);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(NameOnly, MultiWordNameAsObject) {
  auto toks = Tagged("The/DT union/NN sued/VBD the/DT American/NNP Civil/NNP Liberties/NNPS Union/NNP ./.");
  EXPECT_EQ(Names(toks), V{"American Civil Liberties Union"});
}

TEST(NameOnly, ParticlesInsideButNotAtTheEdge) {
  auto toks = Tagged("Officials/NNS met/VBD Ricardo/NNP de/FW la/FW Cruz/NNP and/CC Union/NNP of/IN "
                     "Concerned/NNP Scientists/NNPS of/IN Boston/NNP");
  std::vector<bool> excluded(toks.size(), false);
  excluded[12] = true;  // Boston: a place mention
  EXPECT_EQ(Names(toks, excluded), (V{"Ricardo de la Cruz", "Union of Concerned Scientists"}));
}

TEST(NameOnly, SentenceInitialWordNeedsASecondWord) {
  EXPECT_EQ(Names(Tagged("Fresh/NNP clashes/NNS erupted/VBD")), V{});
  EXPECT_EQ(Names(Tagged("Abdul/NNP Rahman/NNP Khan/NNP resigned/VBD")), V{"Abdul Rahman Khan"});
  EXPECT_EQ(Names(Tagged("Police/NNS questioned/VBD Khan/NNP")), V{"Khan"});
}

TEST(NameOnly, CalendarTitlesAndGenericWordsAreNoNames) {
  EXPECT_EQ(Names(Tagged("He/PRP spoke/VBD on/IN Monday/NNP in/IN the/DT Gulf/NNP")), V{});
  EXPECT_EQ(Names(Tagged("They/PRP blamed/VBD the/DT Internet/NNP and/CC God/NNP")), V{});
  // Titles at the edge go; a run ending in a title is a title, not a name.
  EXPECT_EQ(Names(Tagged("They/PRP met/VBD Mr/NNP Tanaka/NNP")), V{"Tanaka"});
  EXPECT_EQ(Names(Tagged("He/PRP met/VBD the/DT Permanent/NNP Representative/NNP")), V{});
  EXPECT_EQ(Names(Tagged("It/PRP quoted/VBD Reuters/NNP")), V{});
}

TEST(NameOnly, HeadlinesPhotoCreditsAndNumbersAreNoNames) {
  EXPECT_EQ(Names(Tagged("UPDATE/NNP :/: POLICE/NNP RAID/NNP HOMES/NNP")), V{});
  EXPECT_EQ(Names(Tagged("REUTERS/Jane/NNP Doe/NNP /File/NNP")), V{});
  EXPECT_EQ(Names(Tagged("It/PRP bought/VBD F-16/NNP jets/NNS")), V{});
  EXPECT_EQ(Names(Tagged("They/PRP held/VBD Baghdad\u2013Washington/NNP talks/NNS")), V{});
}

TEST(NameOnly, ExcludedWordsAndLongerNames) {
  // "Yeltsin" is a dictionary name: "Foundation" after it is part of a longer name we
  // cannot read.
  auto toks = Tagged("Protesters/NNS marched/VBD to/TO Yeltsin/NNP Foundation/NNP");
  std::vector<bool> excluded(toks.size(), false);
  excluded[3] = true;
  EXPECT_EQ(Names(toks, excluded), V{});
  // After a nationality it stands (the caller gives it that country).
  std::vector<bool> nationality(toks.size(), false);
  nationality[3] = true;
  EXPECT_EQ(Names(toks, excluded, nationality), V{"Foundation"});
}

TEST(NameOnly, PlacesBuildingsDocumentsAndCurrenciesAreNoNames) {
  EXPECT_EQ(Names(Tagged("Crowds/NNS filled/VBD Tiananmen/NNP Square/NNP")), V{});
  EXPECT_EQ(Names(Tagged("Suspects/NNS are/VBP held/VBN at/IN Belmarsh/NNP Prison/NNP")), V{});
  EXPECT_EQ(Names(Tagged("MPs/NNS backed/VBD the/DT Mental/NNP Capacity/NNP Bill/NNP")), V{});
  EXPECT_EQ(Names(Tagged("It/PRP raised/VBD 5/CD billion/CD Euros/NNPS")), V{});
  EXPECT_EQ(Names(Tagged("It/PRP named/VBD a/DT District/NNP Collector/NNP")), V{});
}

TEST(NameOnly, AnHonorificInsideStartsTheName) {
  EXPECT_EQ(Names(Tagged("Bishops/NNS met/VBD Canterbury/NNP Dr/NNP Rowan/NNP Willems/NNP")), V{"Rowan Willems"});
  EXPECT_EQ(Names(Tagged("Auditors/NNS Ernst/NNP &/CC Young/NNP warned/VBD")), V{"Ernst & Young"});
}

TEST(NameOnly, TheUnitKeepsTheTitlesBeforeTheName) {
  // (The parser may make a title the head of the phrase: the unit must cover it.)
  auto units = FindNameOnly(Tagged("Earlier/RB ,/, NLRB/NNP General/NNP Counsel/NNP Peter/NNP Robbe/NNP declined/VBD"), {}, {});
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].actor.name, "Peter Robbe");
  EXPECT_EQ(units[0].begin, 2u);
  EXPECT_EQ(units[0].end, 7u);
}

TEST(NameOnly, ArabicArticleJoinsTheName) {
  EXPECT_EQ(Names(Tagged("He/PRP met/VBD Omar/NNP al-Razzaz/NN")), V{"Omar al-Razzaz"});
}

// "Wallace-Jones" comes split at its hyphen; written with no space, the hyphen joins one
// name; with spaces around it, it separates two.
TEST(NameOnly, AHyphenWithNoSpaceJoinsTheName) {
  auto glued = Tagged("Police/NNS questioned/VBD Mark/NNP Wallace/NNP -/HYPH Jones/NNP ./.");
  for (size_t i = 4; i < glued.size(); ++i) {  // "Wallace-Jones .": no space around the hyphen
    glued[i].start -= static_cast<uint32_t>(i == 4 ? 1 : 2);
    glued[i].end -= static_cast<uint32_t>(i == 4 ? 1 : 2);
  }
  EXPECT_EQ(Names(glued), V{"Mark Wallace-Jones"});
  EXPECT_EQ(Names(Tagged("Police/NNS questioned/VBD Mark/NNP Wallace/NNP -/HYPH Jones/NNP ./.")),
            (V{"Mark Wallace", "Jones"}));
}

// In a headline set in capitals every word is capitalised: a short word there is no
// acronym for it ("FISHERMEN RENEW BLOCKADE IN FRANCE"); in running text it is.
TEST(NameOnly, NoNamesInAHeadlineSetInCapitals) {
  EXPECT_EQ(Names(Tagged("FISHERMEN/NNS RENEW/NNP BLOCKADE/NNP IN/IN FRANCE/NNP")), V{});
  EXPECT_EQ(Names(Tagged("Unions/NNS at/IN AMC/NNP set/VBD new/JJ talks/NNS")), V{"AMC"});
}

}  // namespace
}  // namespace dyad::actors
