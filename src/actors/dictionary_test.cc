// Dictionary mechanics on a small dictionary written by the test: longest match, case
// rules, accents, dated roles, surnames and short names, plurals, composition of seats and
// of/in phrases, PETRARCH imports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/actor.h"
#include "dyad/text.h"

namespace dyad::actors {
namespace {

namespace fs = std::filesystem;

// The code of the first actor `text` names on `date`, or "-".
std::string FirstCode(const Dictionary& d, const std::string& text, const std::string& date) {
  auto m = d.Lookup(text, date);
  return m.empty() ? std::string("-") : m[0].actor.code;
}

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
person Recep Tayyip Erdoğan
  role TURGOV 2014-08-28 - President
person Theresa May
  role GBRGOV 2016-07-13 2019-07-24 Prime Minister
  other GBRELI
person Xi Jinping
  short Xi
  role CHNGOV 2013-03-14 - President
person Hafez al-Assad
  short Assad
  role SYRGOV 1971-03-14 2000-06-10 President
person Bashar al-Assad
  short Assad
  role SYRGOV 2000-06-10 2024-12-08 President
  other SYRELI
person Abbas Araghchi
  role IRNGOV 2024-08-21 - Foreign Minister
person Mahmoud Abbas
  role PSEGOV 2005-01-15 - President
person Ricardo Lagos Escobar
  alias Ricardo Lagos
  role CHLGOV 2000-03-11 2006-03-11 President
  other CHLELI
country GBR United Kingdom
country CHN China
country SYR Syria
country IRN Iran
  adj Iranian
country PSE Palestine
country CHL Chile
country BRA Brazil
  adj Brazilian
country PER Peru
country KEN Kenya
  capital Nairobi
country ISR Israel
country JOR Jordan
country TUR Turkey
country GEO Georgia
  context Tbilisi | Georgian
  capital Tbilisi
country US9 Ninestates
  region Georgia
  context Atlanta | governor
person George W. Bush
  alias George Bush
  role USAGOV 2001-01-20 2009-01-20 President
  other USAELI
person George H. W. Bush
  alias George Bush
  role USAGOV 1981-01-20 1989-01-20 Vice President
  role USAGOV 1989-01-20 1993-01-20 President
  other USAELI
person John Monks
  role GBRLAB 1993-09-01 2003-06-30 General Secretary of the TUC
  other GBRELI
person Julie Bishop
  role AUSGOV 2013-09-18 2018-08-28 Foreign Minister
person Desmond Tutu
  role ZAFREL 1986-09-07 1996-06-23 Archbishop of Cape Town
country AUS Australia
country ZAF South Africa
person Mohamed Abdullahi Mohamed
  short Farmajo | Farmaajo
  role SOMGOV 2017-02-08 2022-05-23 President
country SOM Somalia
  adj Somali
country PHL Philippines
  adj Philippine | Filipino
org IGOPKO peacekeepers
common May | Monks
none Jordan River | Sadr City
org IGOUNO United Nations
  alias UN | U.N.
org IGONAT North Atlantic Treaty Organization
  alias NATO | Nato
org USAEDU RAND Corporation
  alias RAND
org SYRREB Free Syrian Army
  alias FSA
  since 2011-07-29
org SSDREB Sudan People's Liberation Army
  alias SPLA
  since 1983-05-16
  until 2011-07-09
agent COP police | policeman | security forces
agent GOV spokesman | president | leader | governor-general
agent LEG parliament | congress
agent REL monk | bishop
)";
    std::ofstream(dir_ + "/seat.actors") << "country XUS Examplestan\n  seat LEG Congress\n";
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
  // The composed actors of a text, as "CODE name".
  std::vector<std::string> Units(const std::string& text, const std::string& date) {
    auto toks = text::Tokenize(text);
    std::vector<std::string> out;
    for (const auto& u : Compose(*dict_, toks, dict_->Find(toks, date, nullptr)))
      out.push_back(u.actor.code + " " + u.actor.name);
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

// FORMAT.md: all-capital names of up to 4 letters match only in capitals; a mixed-case
// spelling the news use ("Nato") is an alias of its own.
TEST_F(DictionaryTest, FourLetterCapitalNamesMatchOnlyInCapitals) {
  EXPECT_EQ(Codes("RAND published a study on NATO.", "2026-01-16"), (V{"USAEDU", "IGONAT"}));
  EXPECT_EQ(Codes("Rand fell against the dollar.", "2026-01-16"), V{});
  EXPECT_EQ(Codes("Nato warned Moscow.", "2026-01-16"), (V{"IGONAT"}));
  EXPECT_EQ(Codes("the nato of it", "2026-01-16"), V{});
}

TEST_F(DictionaryTest, ProperNamesNeedACapital) {
  EXPECT_EQ(Codes("a russian doll in washington", "2026-01-16"), V{});
  EXPECT_EQ(Codes("the police in Washington", "2026-01-16"), (V{"COP", "USA"}));
}

// FORMAT.md `since`/`until`: an organisation's names name it only in its own time.
TEST_F(DictionaryTest, OrganisationsNameNothingOutsideTheirDates) {
  EXPECT_EQ(Codes("The FSA fined the bank.", "2005-03-01"), V{});
  EXPECT_EQ(Codes("The FSA shelled the base.", "2012-03-01"), (V{"SYRREB"}));
  EXPECT_EQ(Codes("The FSA shelled the base.", "2011-07-29"), (V{"SYRREB"}));  // since: inclusive
  EXPECT_EQ(Codes("The SPLA attacked.", "1990-01-01"), (V{"SSDREB"}));
  EXPECT_EQ(Codes("The SPLA attacked.", "2011-07-09"), V{});  // until: exclusive
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

TEST_F(DictionaryTest, AccentsFoldSoPlainSpellingsMatch) {
  EXPECT_EQ(NormalizeToken("Erdoğan"), "erdogan");
  EXPECT_EQ(NormalizeToken("Côte"), "cote");
  EXPECT_EQ(NormalizeToken("Vučić"), "vucic");
  EXPECT_EQ(Codes("Recep Tayyip Erdogan spoke.", "2026-01-16"), (V{"TURGOV"}));
  EXPECT_EQ(Codes("Erdogan spoke.", "2026-01-16"), (V{"TURGOV"}));
}

TEST_F(DictionaryTest, CommonWordsNeedTheFullNameFirst) {
  EXPECT_EQ(Codes("May said the talks failed.", "2018-01-16"), V{});
  StoryMemory memory;
  EXPECT_EQ(Codes("Theresa May arrived in Brussels.", "2018-01-16", &memory), (V{"GBRGOV"}));
  EXPECT_EQ(Codes("May said the talks failed.", "2018-01-16", &memory), (V{"GBRGOV"}));
}

TEST_F(DictionaryTest, ShortNamesResolveAloneByDate) {
  EXPECT_EQ(Codes("Xi spoke.", "2026-01-16"), (V{"CHNGOV"}));
  // Two people declare "Assad": the one in office, else the latest to have held office.
  auto who = [&](const std::string& date) {
    auto m = dict_->Find(text::Tokenize("Assad spoke."), date, nullptr);
    return m.empty() ? std::string("-") : dict_->entries()[m[0].entry].canonical;
  };
  EXPECT_EQ(who("1995-01-01"), "Hafez al-Assad");
  EXPECT_EQ(who("2010-01-01"), "Bashar al-Assad");
  EXPECT_EQ(who("2025-06-01"), "Bashar al-Assad");
  EXPECT_EQ(Codes("Assad spoke.", "2025-06-01"), (V{"SYRELI"}));
}

// Two people share an exact name: the one in office on the date, else the latest to have
// held office, whichever the dictionary declares first (here the son).
TEST_F(DictionaryTest, PeopleSharingANameResolveByDate) {
  auto who = [&](const std::string& date) {
    auto m = dict_->Find(text::Tokenize("George Bush spoke."), date, nullptr);
    return m.empty() ? std::string("-") : dict_->entries()[m[0].entry].canonical + " " + m[0].actor.code;
  };
  EXPECT_EQ(who("1987-06-01"), "George H. W. Bush USAGOV");  // Vice President
  EXPECT_EQ(who("1991-06-01"), "George H. W. Bush USAGOV");  // President
  EXPECT_EQ(who("2003-06-01"), "George W. Bush USAGOV");
  EXPECT_EQ(who("1996-06-01"), "George H. W. Bush USAELI");  // out of office, the latest
  EXPECT_EQ(who("2020-06-01"), "George W. Bush USAELI");
  // Their own full names are theirs alone.
  EXPECT_EQ(Codes("George W. Bush spoke.", "1987-06-01"), (V{"USAELI"}));
}

// A person the story named in full beats a role noun their surname also spells; a capital
// alone (the start of a sentence) does not make the word a person.
TEST_F(DictionaryTest, APersonNamedInFullBeatsARoleNounTheirSurnameSpells) {
  StoryMemory monks;
  EXPECT_EQ(Codes("John Monks, the TUC general secretary, spoke on Monday.", "1995-06-01", &monks),
            (V{"GBRLAB"}));
  EXPECT_EQ(Codes("Monks criticised the government.", "1995-06-01", &monks), (V{"GBRLAB"}));
  EXPECT_EQ(Codes("The monks prayed.", "1995-06-01", &monks), (V{"REL"}));
  StoryMemory yangon;
  EXPECT_EQ(Codes("Monks protested in Yangon.", "1995-06-01", &yangon), (V{"REL"}));
  EXPECT_EQ(Codes("Monks protested in Yangon.", "1995-06-01"), (V{"REL"}));

  StoryMemory bishop;
  EXPECT_EQ(Codes("Julie Bishop visited Jakarta.", "2014-06-01", &bishop), (V{"AUSGOV"}));
  EXPECT_EQ(Codes("Bishop criticised China.", "2014-06-01", &bishop), (V{"AUSGOV", "CHN"}));
  EXPECT_EQ(Codes("China, Bishop said, had broken its word.", "2014-06-01", &bishop),
            (V{"CHN", "AUSGOV"}));
  // An article before it, a name after it: the role noun, a title.
  EXPECT_EQ(Codes("The Bishop of Jakarta met her.", "2014-06-01", &bishop), (V{"REL"}));
  EXPECT_EQ(Codes("Later Bishop Desmond Tutu spoke.", "1990-06-01", &bishop), (V{"REL", "ZAFREL"}));
  // Without the full name earlier, "Bishop" is the role noun.
  EXPECT_EQ(Codes("Bishop criticised China.", "2014-06-01"), (V{"REL", "CHN"}));
}

TEST_F(DictionaryTest, AWordInTwoPeoplesNamesIsAmbiguous) {
  // "Abbas" is Mahmoud Abbas's surname and Abbas Araghchi's first name.
  EXPECT_EQ(Codes("Abbas spoke.", "2026-01-16"), V{});
  EXPECT_EQ(Codes("Araghchi spoke.", "2026-01-16"), (V{"IRNGOV"}));
}

TEST_F(DictionaryTest, AnUnknownCapitalisedWordBeforeASurnameMakesAnotherName) {
  EXPECT_EQ(Codes("In the capital on Monday, Anna Putin spoke to reporters.", "2026-01-16"), V{});
  EXPECT_EQ(Codes("In the capital on Monday, Mr. Putin spoke to reporters.", "2026-01-16"), (V{"RUSGOV"}));
  EXPECT_EQ(Codes("In the capital on Monday, President Putin spoke to reporters.", "2026-01-16"),
            (V{"GOV", "RUSGOV"}));
  // A headline in title case capitalises every word: the rule does not apply there.
  EXPECT_EQ(Codes("Kremlin Says Putin Will Attend Summit", "2026-01-16"), (V{"RUSGOV", "RUSGOV"}));
}

TEST_F(DictionaryTest, StoryMemoryKnowsTheLastWordOfEveryName) {
  EXPECT_EQ(Codes("Lagos spoke.", "2003-01-16"), V{});  // canonical "... Lagos Escobar"
  StoryMemory memory;
  EXPECT_EQ(Codes("Ricardo Lagos arrived.", "2003-01-16", &memory), (V{"CHLGOV"}));
  EXPECT_EQ(Codes("Lagos spoke.", "2003-01-16", &memory), (V{"CHLGOV"}));
}

TEST_F(DictionaryTest, StoryMemoryKnowsWhenANameIsSomeoneElses) {
  StoryMemory memory;
  EXPECT_EQ(Codes("Lisa Putin, a teacher, arrived on Monday.", "2026-01-16", &memory), V{});
  EXPECT_EQ(Codes("Putin said the school was closed.", "2026-01-16", &memory), V{});
  EXPECT_EQ(Codes("But Putin said the school was closed.", "2026-01-16"), (V{"RUSGOV"}));
  // Two known people of one name: the short-name rule decides by date.
  StoryMemory assad;
  EXPECT_EQ(Codes("Bashar al-Assad succeeded Hafez al-Assad.", "2010-01-16", &assad),
            (V{"SYRGOV", "SYR"}));  // Hafez: out of office, no `other`: his country
  auto m = dict_->Find(text::Tokenize("Assad spoke."), "2010-01-16", &assad);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(dict_->entries()[m[0].entry].canonical, "Bashar al-Assad");
}

TEST_F(DictionaryTest, NoneNamesBlockTheShorterNameInside) {
  EXPECT_EQ(Codes("They crossed the Jordan River.", "2026-01-16"), V{});
  EXPECT_EQ(Codes("Jordan closed the border.", "2026-01-16"), (V{"JOR"}));
}

TEST_F(DictionaryTest, ContextWordsDecideBetweenEntriesSharingAName) {
  EXPECT_EQ(Codes("Georgia protested.", "2026-01-16"), (V{"GEO"}));
  EXPECT_EQ(Codes("The rally took place in Atlanta, Georgia.", "2026-01-16"), (V{"US9"}));
  StoryMemory memory;  // the story's earlier sentences count too
  EXPECT_EQ(Codes("Thousands marched in Atlanta.", "2026-01-16", &memory), V{});
  EXPECT_EQ(Codes("Georgia will certify the vote.", "2026-01-16", &memory), (V{"US9"}));
  StoryMemory other;
  EXPECT_EQ(Codes("Thousands marched in Tbilisi.", "2026-01-16", &other), (V{"GEO"}));
  EXPECT_EQ(Codes("Georgia will certify the vote.", "2026-01-16", &other), (V{"GEO"}));
}

TEST_F(DictionaryTest, AnotherCountrysMarkerMakesAGenericSeatItsOwn) {
  auto phrase = [&](const std::string& p) { return ResolvePhrase(*dict_, p, "2026-01-16").code; };
  EXPECT_EQ(phrase("Congress"), "XUSLEG");
  EXPECT_EQ(phrase("the Brazilian Congress"), "BRALEG");
  EXPECT_EQ(phrase("Peru's Congress"), "PERLEG");
  EXPECT_EQ(phrase("the Iranian parliament"), "IRNLEG");
}

TEST_F(DictionaryTest, ResolvePhraseComposesOfAndInPhrases) {
  auto phrase = [&](const std::string& p) { return ResolvePhrase(*dict_, p, "2026-01-16").code; };
  EXPECT_EQ(phrase("the leaders of Israel"), "ISRGOV");
  EXPECT_EQ(phrase("police in Nairobi"), "KENCOP");
  EXPECT_EQ(phrase("the president of the United States"), "USAGOV");
  EXPECT_EQ(phrase("the police"), "COP");
  EXPECT_EQ(phrase("the leaders of the United Nations"), "IGOUNO");  // not a country
}

// "President Mr Putin": the honorific joins title and name into one actor.
TEST_F(DictionaryTest, HonorificBetweenTitleAndNameKeepsOneActor) {
  for (const std::string text : {"Russian President Mr Vladimir Putin", "Russian President Mr. Vladimir Putin",
                                 "the Kremlin spokesman Dr Vladimir Putin"}) {
    auto toks = text::Tokenize(text);
    auto units = Compose(*dict_, toks, dict_->Find(toks, "2015-01-01", nullptr));
    ASSERT_EQ(units.size(), 1u) << text;
    EXPECT_EQ(units[0].actor.code, "RUSGOV") << text;
    EXPECT_EQ(units[0].end, toks.size()) << text;
  }
}

// A surname in lower case after a capitalised title, and a name with a stray capital inside
// ("iRan"), are names; a lower-case word elsewhere, or a common word, is not.
TEST_F(DictionaryTest, OddlyCasedNamesAfterTitlesAndWithInnerCapitals) {
  EXPECT_EQ(Codes("President putin spoke.", "2015-01-01"), (V{"GOV", "RUSGOV"}));
  EXPECT_EQ(Codes("Mr erdogan spoke.", "2015-01-01"), (V{"TURGOV"}));
  EXPECT_EQ(Codes("They warned iRan.", "2015-01-01"), (V{"IRN"}));
  EXPECT_EQ(Codes("putin spoke.", "2015-01-01"), V{});
  EXPECT_EQ(Codes("the president putin spoke.", "2015-01-01"), (V{"GOV"}));
  EXPECT_EQ(Codes("President may resign.", "2017-01-01"), (V{"GOV"}));
}

// A capitalised word before a surname makes it someone else's name ("Hunter Biden"),
// unless it is the word before it in the person's own name, as written or misspelt by a
// letter ("Tayyip Erdogan", "Vladimr Putin"); the two words are the match.
TEST_F(DictionaryTest, PartOfAPersonsOwnNameBeforeTheSurname) {
  auto names = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : dict_->Find(text::Tokenize(text), "2020-01-01", nullptr))
      out.push_back(m.actor.code + " " + m.actor.name);
    return out;
  };
  EXPECT_EQ(names("Tayyip Erdogan spoke."), (V{"TURGOV Tayyip Erdogan"}));
  EXPECT_EQ(names("Vladimr Putin spoke."), (V{"RUSGOV Vladimr Putin"}));
  EXPECT_EQ(names("Hunter Biden spoke."), V{});
  EXPECT_EQ(names("Vladimir Putinov spoke."), V{});
}

// A full name, then a short name of the same person ("Mohamed Abdullahi Mohamed
// Farmajo"), and a hyphenated title before a name, are one actor.
TEST_F(DictionaryTest, OnePersonNamedTwiceInARowAndHyphenatedTitles) {
  auto units = [&](const std::string& text) { return Units(text, "2018-06-01"); };
  EXPECT_EQ(units("the Somali President Mohamed Abdullahi Mohamed Farmajo spoke"),
            (V{"SOMGOV Mohamed Abdullahi Mohamed Farmajo"}));
  EXPECT_EQ(units("Governor-General Xi Jinping spoke"), (V{"CHNGOV Xi Jinping"}));
  // Two different people side by side stay two actors.
  EXPECT_EQ(units("Vladimir Putin Xi Jinping"), (V{"RUSGOV Vladimir Putin", "CHNGOV Xi Jinping"}));
}

// "Filipino peacekeepers": a national contingent is its state; peacekeepers alone IGOPKO.
TEST_F(DictionaryTest, NationalPeacekeepersAreTheirState) {
  auto phrase = [&](const std::string& p) { return ResolvePhrase(*dict_, p, "2015-01-01").code; };
  EXPECT_EQ(phrase("Filipino peacekeepers"), "PHL");
  EXPECT_EQ(phrase("peacekeepers"), "IGOPKO");
}

// "The spokesman of NATO, X": a role of an organisation with no country is the organisation.
TEST_F(DictionaryTest, RoleOfAnOrganisationIsTheOrganisation) {
  auto units = [&](const std::string& text) { return Units(text, "2016-01-01"); };
  EXPECT_EQ(units("The spokesman of NATO warned Russia."), (V{"IGONAT spokesman of NATO", "RUS Russia"}));
  EXPECT_EQ(units("the leader of the UN spoke"), (V{"IGOUNO leader of the UN"}));
  // A country after "of" is left to the parse ("the leaders of Israel and Iran").
  EXPECT_EQ(units("the leader of Russia spoke"), (V{"GOV leader", "RUS Russia"}));
}

// A title takes the unknown capitalised name after it ("Kremlin spokesman Dmitry Peskov"),
// but not in a headline set in capitals, where the words after it are the headline's verb
// and object.
TEST_F(DictionaryTest, ATitleTakesNoWordsOfAHeadlineInCapitals) {
  auto units = [&](const std::string& text) { return Units(text, "2016-01-01"); };
  EXPECT_EQ(units("RUSSIAN SPOKESMAN SEES GRAIN RECOVERY"), (V{"RUSGOV RUSSIAN SPOKESMAN"}));
  EXPECT_EQ(units("the Russian spokesman Marta Quispe spoke"), (V{"RUSGOV Russian spokesman Marta Quispe"}));
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

// Found by fuzz/actors_fuzz.cc: an agent whose names are only separators had no canonical
// name to take (undefined behaviour before it was refused).
TEST_F(DictionaryTest, AgentWithOnlySeparatorsIsRefused) {
  std::ofstream(dir_ + "/sep.actors") << "agent COP |\n";
  Dictionary d;
  Status s = d.LoadFile(dir_ + "/sep.actors");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("sep.actors:1"), std::string::npos) << s.message();
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
  auto code = [&](const std::string& text, const std::string& date) { return FirstCode(d, text, date); };
  EXPECT_EQ(code("James Byrnes", "1946-01-01"), "USAGOV");
  EXPECT_EQ(code("James Byrnes", "1940-01-01"), "USAELI");
  EXPECT_EQ(code("Minas Tirith", "2026-01-16"), "GON");
  EXPECT_EQ(code("military women", "2026-01-16"), "MIL");
  EXPECT_EQ(code("foreign ministers", "2026-01-16"), "GOVFRM");
}

// PETRARCH writes every name in capitals: 4-letter names ("IRAN", "ARMY") still match as
// the news write them; up to 3 letters ("US") only in capitals, as before.
TEST_F(DictionaryTest, PetrarchNamesOfFourLettersMatchInAnyCase) {
  std::ofstream(dir_ + "/c.actors.txt") << "IRAN [IRN]\nUNITED_STATES [USA]\n+US\n";
  std::ofstream(dir_ + "/c.agents.txt") << "ARMY [~MIL]\nCOPS_ [~COP]\n";
  Dictionary d;
  ASSERT_TRUE(d.LoadPetrarchActors(dir_ + "/c.actors.txt").ok());
  ASSERT_TRUE(d.LoadPetrarchAgents(dir_ + "/c.agents.txt").ok());
  d.Finish();
  auto code = [&](const std::string& text) { return FirstCode(d, text, "2015-01-01"); };
  EXPECT_EQ(code("Iran"), "IRN");
  EXPECT_EQ(code("IRAN"), "IRN");
  EXPECT_EQ(code("the army"), "MIL");
  EXPECT_EQ(code("the cops"), "COP");
  EXPECT_EQ(code("US"), "USA");
  EXPECT_EQ(code("tell us"), "-");
}

// Real dictionaries (PETRARCH2's Phoenix files) write restrictions loosely: a space after
// ">", a bare start date, a stray digit, a code on its own line as the default; a date
// that cannot be read at all loses only its own line.
TEST_F(DictionaryTest, PetrarchRestrictionsAsRealFilesWriteThem) {
  std::ofstream(dir_ + "/r.actors.txt") << "ANNA_MARKOVA_\n"
                                           "\t[ARNGOV > 140608]\n"
                                           "\t[ARNELI 1920030320-20060520]\n"
                                           "BORIS_VELT_\n"
                                           "\t[ARNMIL 20121204]\n"
                                           "\t[ARNGOV 7008223-711221]\n"
                                           "<! -- a comment as PETRARCH writes it -->\n"
                                           "ERIADOR_FRONT_  # no code on the record line\n"
                                           "\t[ERIREB]\n";
  Dictionary d;
  ASSERT_TRUE(d.LoadPetrarchActors(dir_ + "/r.actors.txt").ok());
  d.Finish();
  auto code = [&](const std::string& text, const std::string& date) { return FirstCode(d, text, date); };
  EXPECT_EQ(code("Anna Markova", "2015-01-01"), "ARNGOV");
  EXPECT_EQ(code("Anna Markova", "2004-01-01"), "ARNELI");
  EXPECT_EQ(code("Boris Velt", "2013-01-01"), "ARNMIL");
  EXPECT_EQ(code("Boris Velt", "1991-01-01"), "-");
  EXPECT_EQ(code("Eriador Front", "2015-01-01"), "ERIREB");
}

}  // namespace
}  // namespace dyad::actors
