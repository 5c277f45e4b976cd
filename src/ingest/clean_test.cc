#include <gtest/gtest.h>

#include "dyad/clean.h"

namespace dyad::clean {
namespace {

Document Doc(const std::string& raw) {
  Document d;
  d.raw = raw;
  return d;
}

TEST(Clean, DropsDoubledCaptionPromoAndBylineAndKeepsTheStory) {
  Document d = Doc(
      "Egypt's President Abdel Fattah al-Sisi at a summit in Cairo, Egypt, March 2, 2026. "
      "Egypt's President Abdel Fattah al-Sisi at a summit in Cairo, Egypt, March 2, 2026. "
      "JOHN SMITH / REUTERS\n\n"
      "Egypt on Monday hosted talks between Israel and Hamas.\n\n"
      "Read more Subscribers only The long road to a ceasefire in Gaza\n\n"
      "The talks will resume next week.\n\n"
      "Le Figaro with AFP\n");
  auto removed = Clean(d);
  EXPECT_EQ(d.text, "Egypt on Monday hosted talks between Israel and Hamas.\n\n"
                    "The talks will resume next week.");
  EXPECT_EQ(d.source, "Le Figaro");
  EXPECT_EQ(d.wire, "AFP");
  ASSERT_EQ(removed.size(), 3u);
  EXPECT_EQ(removed[0].reason, "duplicate caption");
  EXPECT_EQ(removed[1].reason, "promo");
  EXPECT_EQ(removed[2].reason, "byline");
}

TEST(Clean, EveryCleanByteMapsBackToTheSameRawByte) {
  Document d = Doc("Read more: nothing here\n\nJordan closed its border with Syria.\n"
                   "Amman said the move was temporary. AHMED ALI / AP\n\nAFP");
  Clean(d);
  ASSERT_EQ(d.clean_to_raw.size(), d.text.size() + 1);
  for (size_t i = 0; i < d.text.size(); ++i) {
    if (d.text[i] == '\n') continue;
    EXPECT_EQ(d.text[i], d.raw[d.clean_to_raw[i]]) << "at clean offset " << i;
  }
  EXPECT_EQ(d.text.find("AHMED"), std::string::npos);
  EXPECT_EQ(d.wire, "AFP");
}

TEST(Clean, RepeatedParagraphKeepsOnlyTheFirstCopy) {
  Document d = Doc("Turkey summoned the Swedish ambassador over the protest.\n\n"
                   "Sweden said it regretted the incident.\n\n"
                   "Turkey summoned the Swedish ambassador over the protest.\n");
  Clean(d);
  EXPECT_EQ(d.text, "Turkey summoned the Swedish ambassador over the protest.\n\n"
                    "Sweden said it regretted the incident.");
}

// Wire copy cut into lines of about 65 characters (as Reuters sent it): a line break inside
// a paragraph ends no sentence, so the lines of a paragraph are joined with a space.
TEST(Clean, HardWrappedParagraphsAreJoinedAndHeadlinesStayApart) {
  Document d = Doc(
      "TEXTILE UNION URGES CURBS ON ASIAN IMPORTS\n\n"
      "    Anna Kowalski, president of the\n"
      "National Textile Workers Union, called on the Commerce Department\n"
      "to restrict imports from South Korea and Taiwan, saying U.S.\n"
      "mills had lost 40,000 jobs since January.\n"
      "    The department said it would study the request.\n");
  Clean(d);
  EXPECT_EQ(d.text,
            "TEXTILE UNION URGES CURBS ON ASIAN IMPORTS\n\n"
            "Anna Kowalski, president of the National Textile Workers Union, called on the Commerce Department "
            "to restrict imports from South Korea and Taiwan, saying U.S. mills had lost 40,000 jobs since January.\n"
            "The department said it would study the request.");
  ASSERT_EQ(d.clean_to_raw.size(), d.text.size() + 1);
  for (size_t i = 0; i < d.text.size(); ++i)
    if (d.text[i] != '\n' && d.text[i] != ' ') EXPECT_EQ(d.text[i], d.raw[d.clean_to_raw[i]]) << "at clean offset " << i;
}

// Lines that are not wrapped stay lines: a table's short rows, and stories written a
// paragraph to a line (wider than any wrapping).
TEST(Clean, TablesAndParagraphLinesAreNotJoined) {
  Document table = Doc("Shr 1.20 dlrs vs 98 cts\nNet 4.1 mln vs 3.3 mln\nRevs 61.2 mln vs 55.0 mln\n");
  Clean(table);
  EXPECT_EQ(table.text, "Shr 1.20 dlrs vs 98 cts\nNet 4.1 mln vs 3.3 mln\nRevs 61.2 mln vs 55.0 mln");
  Document lines = Doc(
      "Ghana's finance minister said on Tuesday that talks with the International Monetary Fund on a new "
      "credit line had made good progress\n"
      "The fund's mission chief, speaking in Accra, said a staff-level agreement could follow within weeks.\n");
  Clean(lines);
  EXPECT_NE(lines.text.find("progress\nThe fund"), std::string::npos);
  Document list = Doc(
      "The budget's main measures:\n"
      "- Raised spending on rural roads to 80bn rupees over three years\n"
      "- Cut the duty on imported capital goods for small manufacturers\n");
  Clean(list);
  EXPECT_EQ(list.text, "The budget's main measures:\n"
                       "- Raised spending on rural roads to 80bn rupees over three years\n"
                       "- Cut the duty on imported capital goods for small manufacturers");
}

TEST(Clean, OrdinarySentencesWithSlashesOrAgenciesStay) {
  Document d = Doc("The 24/7 shelling continued, AFP reported.\nThe UN/AU mission said so.");
  Clean(d);
  EXPECT_EQ(d.text, d.raw);
}

// Found by the hostile-input suite: a paragraph that repeats its own sentences looked like
// a caption written twice and was dropped whole, and the search was quadratic in the
// length of the line (a 4 MB line took minutes).
TEST(Clean, LongParagraphRepeatingItselfIsNotACaption) {
  std::string para;
  for (int i = 0; i < 30; ++i)
    para += i % 10 ? "The weather in the region was mild and dry for the season. "
                   : "Russia accused Ukraine of shelling a border village on Monday. ";
  Document d = Doc(para + "\n");
  Clean(d);
  EXPECT_EQ(d.text + " ", para);
  Document caption = Doc("Ministers arrive for talks in Geneva. Ministers arrive for talks in Geneva. "
                         "JANE DOE / AFP\nRussia accused Ukraine.");
  Clean(caption);
  EXPECT_EQ(caption.text, "Russia accused Ukraine.");
}

}  // namespace
}  // namespace dyad::clean
