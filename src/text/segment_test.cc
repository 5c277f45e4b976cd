#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad::text {
namespace {

std::vector<std::string> Texts(const std::vector<Token>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.text);
  return out;
}

std::vector<std::string> Sentences(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& sent : SplitSentences(s)) out.push_back(s.substr(sent.start, sent.end - sent.start));
  return out;
}

TEST(Tokenize, FollowsTreebankConventions) {
  EXPECT_EQ(Texts(Tokenize("Israel's army didn't strike anti-government protesters.")),
            (std::vector<std::string>{"Israel", "'s", "army", "did", "n't", "strike", "anti", "-",
                                      "government", "protesters", "."}));
  EXPECT_EQ(Texts(Tokenize("\u201CWe won\u2019t,\u201D said Gen. Smith of the U.S. Army.")),
            (std::vector<std::string>{"\u201C", "We", "wo", "n\u2019t", ",", "\u201D", "said", "Gen.",
                                      "Smith", "of", "the", "U.S.", "Army", "."}));
  EXPECT_EQ(Texts(Tokenize("On 2026-01-16, 1,200 people (reportedly) fled.")),
            (std::vector<std::string>{"On", "2026-01-16", ",", "1,200", "people", "(", "reportedly", ")",
                                      "fled", "."}));
}

// PTB-style quotes of wire text, also glued to the word before: one token each.
TEST(Tokenize, DoubledBacktickAndApostropheQuotesAreOneToken) {
  EXPECT_EQ(Texts(Tokenize("Paris called it`` unacceptable'' on Monday.")),
            (std::vector<std::string>{"Paris", "called", "it", "``", "unacceptable", "''", "on", "Monday", "."}));
  EXPECT_EQ(Texts(Tokenize("``We will respond,'' Iran said.")),
            (std::vector<std::string>{"``", "We", "will", "respond", ",", "''", "Iran", "said", "."}));
}

TEST(Tokenize, OffsetsPointAtTheText) {
  std::string s = "Iran\u2019s \u201Cstrategic partnership\u201D \u2013 again.";
  for (const auto& t : Tokenize(s)) EXPECT_EQ(s.substr(t.start, t.end - t.start), t.text);
}

TEST(Sentences, SurviveAbbreviationsQuotesAndInitials) {
  EXPECT_EQ(Sentences("The U.S. Navy said on Jan. 5 that Gen. Smith had left. Iran denied it."),
            (std::vector<std::string>{"The U.S. Navy said on Jan. 5 that Gen. Smith had left.",
                                      "Iran denied it."}));
  EXPECT_EQ(Sentences("\u201CThe situation is tense.\u201D Peskov said. George W. Bush agreed!"),
            (std::vector<std::string>{"\u201CThe situation is tense.\u201D", "Peskov said.",
                                      "George W. Bush agreed!"}));
  EXPECT_EQ(Sentences("A headline without a period\nThe story starts here. It goes on."),
            (std::vector<std::string>{"A headline without a period", "The story starts here.",
                                      "It goes on."}));
}

TEST(Sentences, DatelineStaysWithItsSentence) {
  EXPECT_EQ(Sentences("MOSCOW, Jan. 16 (Reuters) - Russia said on Friday it was ready to mediate. "
                      "Iran welcomed the offer."),
            (std::vector<std::string>{
                "MOSCOW, Jan. 16 (Reuters) - Russia said on Friday it was ready to mediate.",
                "Iran welcomed the offer."}));
}

TEST(Sentences, LowercaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(Sentences("Troops fired at approx. noon on the crowd."),
            (std::vector<std::string>{"Troops fired at approx. noon on the crowd."}));
}

// Found by the hostile-input suite: one 100,000-word "sentence" took the coder minutes.
// Runs without an end are cut at kMaxSentenceTokens, after a comma when there is one late
// enough in the window; no token is lost.
TEST(Sentences, OverlongRunIsCutIntoBoundedSentences) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += (i % 170 == 169) ? "word, " : "word ";
  auto sentences = SplitSentences(text);
  size_t tokens = 0;
  for (const auto& s : sentences) {
    EXPECT_LE(s.tokens.size(), kMaxSentenceTokens);
    tokens += s.tokens.size();
  }
  EXPECT_EQ(tokens, 1000u + 1000u / 170);
  ASSERT_GE(sentences.size(), 6u);
  EXPECT_EQ(sentences[0].tokens.back().text, ",");  // cut after the comma at word 170
  EXPECT_EQ(sentences[0].tokens.size(), 171u);
  EXPECT_EQ(Sentences("Iran, Iraq and Syria met."), (std::vector<std::string>{"Iran, Iraq and Syria met."}));
}

}  // namespace
}  // namespace dyad::text
