// `dyad eval` on PLOVER gold sentences (the PLV_train.tsv layout): the loader, the actor
// span rule, and the figures on a small file of our own sentences written here. The real
// file (../shared/gold/plv, never copied into the repository) is only run, not scored.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "../../tests/test_support.h"
#include "dyad/eval.h"

namespace dyad::testing {
namespace {

namespace fs = std::filesystem;

// The header of PLV_train.tsv's layout: an unnamed first column, columns we ignore, CRLF.
const char* kHeader = "\tsentence_id\tsentence\tsource\ttarget\tgold_root\tmodality_L2\r\n";

std::string Row(const std::string& id, const std::string& sentence, const std::string& source,
                const std::string& target, const std::string& root) {
  return "\t" + id + "\t" + sentence + "\t" + source + "\t" + target + "\t" + root + "\tpast\r\n";
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/dyad-plover-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  std::string Path(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

Actor Named(const std::string& code, const std::string& name) {
  Actor a;
  a.code = code;
  a.name = name;
  return a;
}

TEST(PloverGold, LoaderGroupsRowsKeepsQuotesAndSkipsMalformedRows) {
  std::string content = std::string(kHeader) +
                        Row("11", "\"We will not give in,\" the Venezuelan foreign minister said.",
                            "the Venezuelan foreign minister", "a recipient", "reject") +
                        "\t12\tonly three fields\r\n" +  // line 3: too few fields
                        Row("13", "Kenya and Uganda signed a trade pact with Tanzania.", "Kenya", "Tanzania",
                            "SUPPORT") +
                        Row("13", "Kenya and Uganda signed a trade pact with Tanzania.", "Uganda", "Tanzania",
                            "SUPPORT") +
                        Row("14", "Rebels freed two aid workers.", "Rebels", "two aid workers", "") +  // line 6
                        Row("15", "Rebels freed two aid workers.", "Rebels", "two aid workers", "YIELD") + "\r\n";
  auto gold = eval::ParsePloverTsv("g.tsv", content);
  ASSERT_TRUE(gold.ok()) << gold.error();
  ASSERT_EQ(gold->records.size(), 3u);
  EXPECT_EQ(gold->rows, 4u);
  // Quotes are ordinary characters; the root is upper-cased; the CR is gone.
  EXPECT_EQ(gold->records[0].text, "\"We will not give in,\" the Venezuelan foreign minister said.");
  EXPECT_EQ(gold->records[0].events[0].root, "REJECT");
  EXPECT_EQ(gold->records[0].events[0].target, "a recipient");
  // Two rows of one sentence are one record with two gold events.
  EXPECT_EQ(gold->records[1].id, "13");
  ASSERT_EQ(gold->records[1].events.size(), 2u);
  EXPECT_EQ(gold->records[1].events[1].source, "Uganda");
  EXPECT_EQ(gold->records[1].events[1].line, 5);
  EXPECT_TRUE(gold->yield_vocabulary);
  ASSERT_EQ(gold->skipped.size(), 2u);
  EXPECT_EQ(gold->skipped[0], "g.tsv:3: 3 fields, the header has 7; row skipped");
  EXPECT_EQ(gold->skipped[1], "g.tsv:6: empty gold_root; row skipped");
}

TEST(PloverGold, HeaderWithoutAColumnIsAnError) {
  auto gold = eval::ParsePloverTsv("g.tsv", "sentence_id\tsentence\tsource\tgold_root\n1\tx\ty\tAID\n");
  ASSERT_FALSE(gold.ok());
  EXPECT_EQ(gold.error(), "g.tsv:1: header lacks column(s) target");
  EXPECT_FALSE(eval::ParsePloverTsv("g.tsv", kHeader).ok());  // no rows
}

TEST(PloverGold, DetectedByExtensionOrHeader) {
  TempDir dir;
  EXPECT_TRUE(eval::IsPloverTsv(dir.Write("gold.TSV", "anything\n")));
  EXPECT_TRUE(eval::IsPloverTsv(dir.Write("gold.txt", kHeader)));
  EXPECT_FALSE(eval::IsPloverTsv(dir.Write("gold.xml", "<Sentences>\n<Sentence id=\"1\">\n")));
  EXPECT_FALSE(eval::IsPloverTsv(dir.Path("absent.txt")));
}

TEST(PloverGold, ActorSpanRule) {
  const std::string s = "Egyptian police arrested three journalists in Cairo, the U.S. embassy said.";
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("EGYCOP", "Egyptian police"), "Egyptian police", s));
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("EGYCOP", "police"), "Egyptian police", s));      // name in span
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("EGYCOP", "police (Egypt)"), "Egyptian police", s));  // bracket
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("EGYMED", "journalists in Cairo"), "journalists", s));  // span in name
  // Words in common are not enough: one side must hold the other.
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("EGYMED", "journalists in Cairo"), "three journalists", s));
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("USA", "US embassy"), "the U.S. embassy", s));    // periods
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("EGY", "Egypt"), "Egyptian police", s));          // demonym
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("EGY", "Cairo"), "Egyptian police", s));
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("MED", "journalists"), "Egyptian police", s));
  EXPECT_FALSE(eval::ActorMatchesSpan(Actor{}, "Egyptian police", s));  // nobody coded
  // "a recipient" is not in the sentence: the annotators' placeholder for no target.
  EXPECT_TRUE(eval::ActorMatchesSpan(Actor{}, "a recipient", s));
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("USA", "U.S. embassy"), "a recipient", s));
}

TEST(PloverGold, NameOnlyActorMatchesByItsName) {
  // A name-only actor (no code, a name) is an actor: it matches its span, and is no
  // "nobody" for a placeholder span.
  const std::string s = "Police in Lagos arrested the activist Chidi Okonkwo on Monday.";
  EXPECT_TRUE(eval::ActorMatchesSpan(Named("", "Chidi Okonkwo"), "the activist Chidi Okonkwo", s));
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("", "Chidi Okonkwo"), "Police", s));
  EXPECT_FALSE(eval::ActorMatchesSpan(Named("", "Chidi Okonkwo"), "a recipient", s));
}

// Our own sentences, coded by the repository's coder: what is right and what is a miss.
TEST(PloverGold, FiguresOnOwnSentences) {
  TempDir dir;
  std::string tsv =
      std::string(kHeader) +
      Row("1", "Iran accused the United States of inciting the unrest.", "Iran", "the United States", "ACCUSE") +
      Row("2", "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.",
          "German Chancellor Angela Merkel", "French President Emmanuel Macron", "CONSULT") +
      // No event at all: a root we cannot code is a miss.
      Row("3", "The village choir sang old hymns at the harvest festival.", "The village choir", "a recipient",
          "PROTEST") +
      // dyad codes RETREAT (0841); the gold's older name for it is YIELD.
      Row("4", "Israel released 20 Palestinian prisoners on Sunday.", "Israel", "20 Palestinian prisoners",
          "YIELD") +
      Row("5", "Turkish troops shelled Kurdish fighters near the Syrian border.", "Turkish troops",
          "Kurdish fighters", "ASSAULT") +
      Row("6", "Thousands of teachers went on strike in Chicago on Monday.", "Thousands of teachers",
          "a recipient", "PROTEST") +
      Row("7", "Saudi Arabia and the United Arab Emirates cut diplomatic ties with Qatar.", "Saudi Arabia", "Qatar",
          "SANCTION") +
      Row("7", "Saudi Arabia and the United Arab Emirates cut diplomatic ties with Qatar.",
          "the United Arab Emirates", "Qatar", "SANCTION");
  auto gold = eval::LoadPloverTsv(dir.Write("own.tsv", tsv));
  ASSERT_TRUE(gold.ok()) << gold.error();
  eval::PloverReport r = eval::EvaluatePlover(SharedCoder(), *gold);
  std::string text = eval::FormatPloverReport(r, true);
  std::printf("%s", text.c_str());
  EXPECT_EQ(r.records, 7u);
  EXPECT_EQ(r.rows, 8u);
  EXPECT_EQ(r.records_root, 6u);
  EXPECT_EQ(r.pairs.gold, 7u);
  EXPECT_EQ(r.pairs.matched, 6u);
  EXPECT_EQ(r.rows_root, 7u);
  EXPECT_EQ(r.rows_source, 7u);
  EXPECT_EQ(r.rows_target, 7u);
  EXPECT_EQ(r.rows_full, 7u);
  EXPECT_EQ(r.rows_root_as_written, 6u);  // the YIELD sentence needs the older name
  ASSERT_EQ(r.errors.size(), 1u);
  const std::string miss = "3: gold PROTEST \"The village choir\" -> \"a recipient\" | coded nothing | wrong: root";
  EXPECT_EQ(r.errors[0].rfind(miss, 0), 0u) << r.errors[0];
  EXPECT_NE(text.find("story date 2018-01-01"), std::string::npos);
}

// The command line picks the PLOVER reader by extension and lists the misses.
TEST(PloverGold, CommandOnOwnFile) {
  TempDir dir;
  std::string path = dir.Write(
      "gold.tsv", std::string(kHeader) +
                      Row("21", "Iran accused the United States of inciting the unrest.", "Iran",
                          "the United States", "ACCUSE") +
                      Row("22", "The village choir sang old hymns at the harvest festival.", "The village choir",
                          "a recipient", "PROTEST") +
                      "\tbroken\r\n");
  RunResult r = RunDyad("eval --errors --gold " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("gold.tsv:4: 2 fields, the header has 7; row skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("full (root+source+target)        1/2   50.0%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  22: gold PROTEST"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("  21: gold"), std::string::npos) << r.out;
}

// The 1,050 PLOVER gold sentences when ../shared has them: the command runs and prints
// every figure. No accuracy floor: the file is a development set and its figures move.
TEST(PloverGold, SharedPlvTrainRuns) {
  std::string shared = SharedDir();
  std::string path = shared + "/gold/plv/PLV_train.tsv";
  if (shared.empty() || !fs::exists(path))
    GTEST_SKIP() << "PLV_train.tsv absent (../shared/gold/plv): skipped";
  RunResult r = RunDyad("eval --gold " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  std::printf("%s", r.out.c_str());
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\n  \(sentence, type\) pairs +precision [0-9.]+%)"))) << r.out;
  for (const char* figure : {"every gold root coded", "root", "source", "target", "full \\(root\\+source\\+target\\)"})
    EXPECT_TRUE(std::regex_search(r.out, std::regex(std::string("\n  ") + figure + " +[0-9]+/[0-9]+ +[0-9.]+%")))
        << figure << "\n" << r.out;
}

}  // namespace
}  // namespace dyad::testing
