// Dictionary mechanics on a small dictionary written by the test: longest match, case
// rules, dated roles, surnames, plurals, PETRARCH imports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/actor.h"
#include "dyad/text.h"

namespace dyad::actors {
namespace {

namespace fs = std::filesystem;

class DictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-dict-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::ofstream(dir_ + "/test.actors") << R"(# a small world
country USA United States
  name the US | U.S. | America | United States of America
  adj American | Americans
  capital Washington
  seat GOV the White House
country SDN Sudan
  adj Sudanese
country SSD South Sudan
  adj South Sudanese
country RUS Russia
  adj Russian
  seat GOV the Kremlin
person Donald Trump
  alias Donald J. Trump
  role USAGOV 2017-01-20 2021-01-20 President
  role USAGOV 2025-01-20 - President
  other USAELI
person Joe Biden
  role USALEG 1973-01-03 2009-01-15 Senator
  role USAGOV 2009-01-20 2017-01-20 Vice President
  role USAGOV 2021-01-20 2025-01-20 President
person Jill Biden
  role USAELI 2021-01-20 2025-01-20 First Lady
person Vladimir Putin
  role RUSGOV 1999-08-16 - President
org IGOUNO United Nations
  alias UN | U.N.
agent COP police | policeman | security forces
agent GOV spokesman | president
)";
    auto d = Dictionary::LoadDirectory(dir_);
    ASSERT_TRUE(d.ok()) << d.error();
    dict_ = *d;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> Codes(const std::string& text, const std::string& date,
                                 StoryMemory* memory = nullptr) {
    std::vector<std::string> out;
    for (const auto& m : dict_->Find(text::Tokenize(text), date, memory)) out.push_back(m.actor.code);
    return out;
  }
  std::string dir_;
  std::shared_ptr<Dictionary> dict_;
};

using V = std::vector<std::string>;

TEST_F(DictionaryTest, LongestMatchWins) {
  EXPECT_EQ(Codes("South Sudan accused Sudan.", "2026-01-16"), (V{"SSD", "SDN"}));
  EXPECT_EQ(Codes("the United States of America", "2026-01-16"), (V{"USA"}));
}

TEST_F(DictionaryTest, ShortCapitalNamesMatchOnlyInCapitals) {
  EXPECT_EQ(Codes("The US and the U.N. met.", "2026-01-16"), (V{"USA", "IGOUNO"}));
  EXPECT_EQ(Codes("He told us the un-named official left.", "2026-01-16"), V{});
}

TEST_F(DictionaryTest, ProperNamesNeedACapital) {
  EXPECT_EQ(Codes("a russian doll in washington", "2026-01-16"), V{});
  EXPECT_EQ(Codes("the police in Washington", "2026-01-16"), (V{"COP", "USA"}));
}

TEST_F(DictionaryTest, PeopleResolveToTheRoleHeldOnTheStoryDate) {
  EXPECT_EQ(Codes("Donald Trump", "2019-06-01"), (V{"USAGOV"}));
  EXPECT_EQ(Codes("Donald Trump", "2023-06-01"), (V{"USAELI"}));
  EXPECT_EQ(Codes("Donald J. Trump", "2026-01-16"), (V{"USAGOV"}));
  EXPECT_EQ(Codes("Joe Biden", "2005-03-01"), (V{"USALEG"}));
  EXPECT_EQ(Codes("Joe Biden", "2010-03-01"), (V{"USAGOV"}));
  EXPECT_EQ(Codes("Joe Biden", "2026-01-16"), (V{"USA"}));  // out of office, no `other`
  // Role boundaries: FROM inclusive, TO exclusive.
  EXPECT_EQ(Codes("Donald Trump", "2021-01-19"), (V{"USAGOV"}));
  EXPECT_EQ(Codes("Donald Trump", "2021-01-20"), (V{"USAELI"}));
}

TEST_F(DictionaryTest, SurnamesResolveWhenUniqueOrAfterTheFullName) {
  EXPECT_EQ(Codes("Putin spoke.", "2026-01-16"), (V{"RUSGOV"}));  // unique surname
  EXPECT_EQ(Codes("Biden spoke.", "2022-01-16"), V{});           // two Bidens: ambiguous
  StoryMemory memory;
  EXPECT_EQ(Codes("Jill Biden visited Kyiv.", "2022-01-16", &memory), (V{"USAELI"}));
  EXPECT_EQ(Codes("Biden said so.", "2022-01-16", &memory), (V{"USAELI"}));
}

TEST_F(DictionaryTest, AgentsGetRegularAndIrregularPlurals) {
  EXPECT_EQ(Codes("policemen and spokesmen and presidents", "2026-01-16"), (V{"COP", "GOV", "GOV"}));
}

TEST_F(DictionaryTest, LookupExplainsTheDatedRole) {
  auto m = dict_->Lookup("Donald Trump", "2019-06-01");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].why.find("President"), std::string::npos) << m[0].why;
  EXPECT_NE(m[0].why.find("test.actors"), std::string::npos) << m[0].why;
}

TEST_F(DictionaryTest, ErrorsNameFileAndLine) {
  std::ofstream(dir_ + "/bad.actors") << "country USA United States\n  role USAGOV someday -\n";
  Dictionary d;
  Status s = d.LoadFile(dir_ + "/bad.actors");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.actors:2"), std::string::npos) << s.message();
}

TEST_F(DictionaryTest, PetrarchActorsWithDateRestrictions) {
  std::ofstream(dir_ + "/p.actors.txt") << "JAMES_BYRNES_  ; CountryInfo.txt\n"
                                           "\t[USAELI 18970101-450703]\n"
                                           "\t[USAGOV 450703-470121]\n"
                                           "GONDOR [GON]\n+MINAS_TIRITH\n";
  std::ofstream(dir_ + "/p.agents.txt") << "!PERSON! = MAN, MEN, WOMAN, WOMEN\nMILITARY_!PERSON! [~MIL]\nFOREIGN_MINISTER [~GOVFRM]\n";
  Dictionary d;
  ASSERT_TRUE(d.LoadPetrarchActors(dir_ + "/p.actors.txt").ok());
  ASSERT_TRUE(d.LoadPetrarchAgents(dir_ + "/p.agents.txt").ok());
  d.Finish();
  auto code = [&](const std::string& text, const std::string& date) {
    auto m = d.Lookup(text, date);
    return m.empty() ? std::string("-") : m[0].actor.code;
  };
  EXPECT_EQ(code("James Byrnes", "1946-01-01"), "USAGOV");
  EXPECT_EQ(code("James Byrnes", "1940-01-01"), "USAELI");
  EXPECT_EQ(code("Minas Tirith", "2026-01-16"), "GON");
  EXPECT_EQ(code("military women", "2026-01-16"), "MIL");
  EXPECT_EQ(code("foreign ministers", "2026-01-16"), "GOVFRM");
}

}  // namespace
}  // namespace dyad::actors
