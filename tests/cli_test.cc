// The dyad command on good and bad inputs: one-line errors naming the document, exit
// status non-zero only when nothing could be processed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

namespace dyad::testing {

RunResult RunDyad(const std::string& args, const std::string& stdin_file) {
  char out_tmpl[] = "/tmp/dyad-out-XXXXXX", err_tmpl[] = "/tmp/dyad-err-XXXXXX";
  int o = mkstemp(out_tmpl), e = mkstemp(err_tmpl);
  close(o);
  close(e);
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out_tmpl + " 2>" + err_tmpl +
                    (stdin_file.empty() ? " </dev/null" : " <" + stdin_file);
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  auto slurp = [](const char* p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  r.out = slurp(out_tmpl);
  r.err = slurp(err_tmpl);
  std::remove(out_tmpl);
  std::remove(err_tmpl);
  return r;
}

namespace {

namespace fs = std::filesystem;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-cli-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string p = dir_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  static int Lines(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
  }
  std::string dir_;
};

TEST_F(CliTest, EachBadInputGetsOneLineErrorAndNonZeroExit) {
  std::string big(50u << 20, 'x');
  struct Case {
    std::string file, bytes, expect;
  } cases[] = {
      {"binary.txt", std::string("\x7f" "ELF\x02\x01\0\0\0\0\x03\0", 12), "binary"},
      {"latin1.txt", "Le pr\xe9sident a parl\xe9.", "invalid UTF-8"},
      {"empty.txt", "", "empty document"},
      {"oneline.jsonl", "{\"id\":\"x\",\"text\":\"" + big + "\"}\n", "line too long"},
      {"broken.jsonl", "{\"id\": \"x\", \"text\": \n", "malformed JSON"},
      {"story.docx", "PK\x03\x04", "unknown file type"},
  };
  for (const auto& c : cases) {
    std::string path = Write(c.file, c.bytes);
    RunResult r = RunDyad("code --format jsonl " + path);
    EXPECT_EQ(r.status, 1) << c.file << ": " << r.err;
    EXPECT_EQ(Lines(r.err), 1) << c.file << ": " << r.err;
    EXPECT_NE(r.err.find(c.file), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.expect), std::string::npos) << c.file << ": " << r.err;
    EXPECT_EQ(r.out, "") << c.file;
  }
}

TEST_F(CliTest, ABadDocumentDoesNotStopTheBatch) {
  std::string bad = Write("bad.txt", "\xff\xfe");
  std::string good = Write("good.txt", "Iran accused the United States of supporting the protests.");
  RunResult r = RunDyad("code --format jsonl --date 2026-01-16 " + bad + " " + good);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("bad.txt"), std::string::npos);
  EXPECT_NE(r.out.find("\"cameo_root\":\"11\""), std::string::npos) << r.out;
}

TEST_F(CliTest, IngestTwiceStoresOnce) {
  std::string story = Write("story.txt",
                            "Egypt hosted talks between Israel and Hamas on Monday.\n\n"
                            "Israel accused Hamas of violating the truce.");
  std::string db = dir_ + "/events.db";
  RunResult first = RunDyad("ingest --date 2026-03-04 --db " + db + " " + story);
  ASSERT_EQ(first.status, 0) << first.err;
  RunResult listed1 = RunDyad("events --format jsonl --db " + db);
  RunResult second = RunDyad("ingest --date 2026-03-04 --db " + db + " " + story);
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("1 unchanged"), std::string::npos) << second.err;
  RunResult listed2 = RunDyad("events --format jsonl --db " + db);
  EXPECT_EQ(listed1.out, listed2.out);
  EXPECT_GE(Lines(listed1.out), 2) << listed1.out;
}

TEST_F(CliTest, QueryTableShowsSidesWithNoCodeByName) {
  std::string story = Write("story.txt", "Police in Lagos arrested Chidi Okonkwo on Monday.\n\n"
                                         "Syrian government forces shelled the old market on Monday.");
  std::string db = dir_ + "/events.db";
  ASSERT_EQ(RunDyad("ingest --date 2026-03-04 --db " + db + " " + story).status, 0);
  RunResult table = RunDyad("query --format table --db " + db);
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("\"Chidi Okonkwo\""), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("\"old market\""), std::string::npos) << table.out;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunDyad("code --format").status, 2);
  EXPECT_EQ(RunDyad("frobnicate").status, 2);
  EXPECT_EQ(RunDyad("code --nonsense x").status, 2);
}

TEST_F(CliTest, ReadsStandardInput) {
  std::string story = Write("stdin.txt", "Russia and China signed a trade agreement on Tuesday.");
  RunResult r = RunDyad("code --format jsonl --date 2026-03-05 -", story);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"date\":\"2026-03-03\""), std::string::npos) << r.out;
}

// "dyad explain -" explains each sentence of a story read from standard input.
TEST_F(CliTest, ExplainsAStoryFromStandardInput) {
  std::string story = Write("explain.txt", "Russia and China signed a trade agreement on Tuesday.\n\n"
                                           "Iran condemned the Israeli strikes.");
  RunResult r = RunDyad("explain --date 2026-03-05 -", story);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Sentence 1: Iran condemned"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("111"), std::string::npos) << r.out;
}

// --dyads-only keeps what has a source and a target (PETRARCH's require_dyad).
TEST_F(CliTest, DyadsOnlyDropsOneSidedEvents) {
  std::string story = Write("dyads.txt",
                            "Thousands of protesters rallied in Tbilisi on Sunday. "
                            "Georgia accused Russia of provoking the unrest.");
  RunResult all = RunDyad("code --format jsonl --date 2026-03-05 " + story);
  RunResult dyads = RunDyad("code --format jsonl --dyads-only --date 2026-03-05 " + story);
  ASSERT_EQ(all.status, 0) << all.err;
  ASSERT_EQ(dyads.status, 0) << dyads.err;
  EXPECT_NE(all.out.find("\"target\":null"), std::string::npos) << "a one-sided event expected:\n" << all.out;
  EXPECT_EQ(dyads.out.find("\"target\":null"), std::string::npos) << dyads.out;
  EXPECT_NE(dyads.out.find("\"cameo_root\":\"11\""), std::string::npos) << dyads.out;
}

}  // namespace
}  // namespace dyad::testing
