// Hostile input through the real `dyad` binary: every case ends in a clear one-line error
// naming the document, or in correct output; never a crash, never unbounded memory. Each
// child's peak RSS comes from wait4() and is compared with the same binary coding a
// one-line story (the coder's data and model are most of it).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Child {
  int status = -1;      // exit status; 128 + signal when killed
  long peak_rss_kb = 0;
  std::string out, err;
  std::vector<nlohmann::json> Events() const {
    std::vector<nlohmann::json> events;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
      if (!line.empty()) events.push_back(nlohmann::json::parse(line));
    return events;
  }
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class HostileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-hostile-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string p = dir_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  // Runs `dyad ARGS...`; a CPU-time limit (a safety net, not a measurement) turns a hang
  // into a failure instead of a stuck suite.
  Child Run(const std::vector<std::string>& args) {
    std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    pid_t pid = fork();
    if (pid == 0) {
      int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int in = open("/dev/null", O_RDONLY);
      dup2(in, 0);
      dup2(o, 1);
      dup2(e, 2);
      rlimit cpu{300, 300};
      setrlimit(RLIMIT_CPU, &cpu);
      std::vector<char*> argv{const_cast<char*>(DYAD_BINARY)};
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(DYAD_BINARY, argv.data());
      _exit(127);
    }
    Child c;
    int raw = 0;
    rusage usage{};
    wait4(pid, &raw, 0, &usage);
    c.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    c.peak_rss_kb = usage.ru_maxrss;
    c.out = Slurp(out);
    c.err = Slurp(err);
    return c;
  }

  Child Code(const std::string& path) {
    return Run({"code", "--format", "jsonl", "--date", "2026-03-06", path});
  }

  // Peak RSS of coding a one-line story: the data and model, no input to speak of.
  long BaselineKb() {
    static long baseline = [this] {
      Child c = Code(Write("baseline.txt", "Russia accused Ukraine of shelling a village.\n"));
      EXPECT_EQ(c.status, 0) << c.err;
      return c.peak_rss_kb;
    }();
    return baseline;
  }

  // One error line on stderr naming `file`, containing `reason`; exit 1; no output.
  void ExpectRefused(const Child& c, const std::string& file, const std::string& reason) {
    EXPECT_EQ(c.status, 1) << c.err;
    EXPECT_EQ(std::count(c.err.begin(), c.err.end(), '\n'), 1) << c.err;
    EXPECT_NE(c.err.find(file), std::string::npos) << c.err;
    EXPECT_NE(c.err.find(reason), std::string::npos) << c.err;
    EXPECT_EQ(c.out, "");
  }

  // Every event's evidence and trigger are the bytes of the input at their offsets.
  static void ExpectOffsetsIntoRaw(const std::vector<nlohmann::json>& events, const std::string& raw) {
    for (const auto& e : events) {
      size_t s = e["evidence"]["start"], t = e["evidence"]["end"];
      ASSERT_LE(s, t);
      ASSERT_LE(t, raw.size());
      EXPECT_EQ(raw.substr(s, t - s), e["evidence"]["text"].get<std::string>());
      size_t ts = e["trigger"]["start"], te = e["trigger"]["end"];
      ASSERT_LE(te, raw.size());
      EXPECT_EQ(raw.substr(ts, te - ts), e["trigger"]["text"].get<std::string>());
    }
  }

  std::string dir_;
};

constexpr long kMiB = 1024;  // in the KB units of ru_maxrss

TEST_F(HostileTest, EmptyFileIsRefused) {
  ExpectRefused(Code(Write("empty.txt", "")), "empty.txt", "empty document");
  ExpectRefused(Code(Write("blank.txt", " \n\t\n")), "blank.txt", "empty document");
}

TEST_F(HostileTest, SparseGigabyteIsRefusedBySizeWithoutReadingIt) {
  for (const char* name : {"huge.txt", "huge.html"}) {
    std::string path = dir_ + "/" + name;
    ASSERT_EQ(truncate(Write(name, "").c_str(), 1LL << 30), 0);
    Child c = Code(path);
    ExpectRefused(c, name, "document too large (1024.0 MiB, limit 8.0 MiB)");
    EXPECT_LT(c.peak_rss_kb, BaselineKb() + 16 * kMiB) << name << " was read into memory";
    fs::remove(path);
  }
  // A JSON lines feed may be larger than the limit; one 1 GB line is skipped, not stored.
  std::string path = Write("huge.jsonl", "");
  ASSERT_EQ(truncate(path.c_str(), 1LL << 30), 0);
  Child c = Code(path);
  ExpectRefused(c, "huge.jsonl:1", "line too long (1024.0 MiB, limit 8.0 MiB)");
  EXPECT_LT(c.peak_rss_kb, BaselineKb() + 64 * kMiB);
}

TEST_F(HostileTest, NulBytesAreBinary) {
  ExpectRefused(Code(Write("nul.txt", std::string("Russia accused Ukraine.\0\0\0 of shelling.", 40))),
                "nul.txt", "binary data (NUL bytes)");
  ExpectRefused(Code(Write("nul.html", std::string("<p>Russia\0accused Ukraine.</p>", 30))),
                "nul.html", "binary data (NUL bytes)");
}

TEST_F(HostileTest, InvalidUtf8IsRefusedAtItsByte) {
  struct Case { std::string bytes, at; } cases[] = {
      {"Russia accused \xc3\x28 Ukraine.", "at byte 15"},   // bad continuation
      {"Ab \xc0\xaf slash", "at byte 3"},                   // overlong '/'
      {"Surrogate \xed\xa0\x80 here", "at byte 10"},        // UTF-16 surrogate
      {"Truncated at the end \xe2\x82", "at byte 21"},
      {"Beyond Unicode \xf4\x90\x80\x80.", "at byte 15"},
  };
  int i = 0;
  for (const auto& c : cases) {
    std::string name = "bad" + std::to_string(i++) + ".txt";
    ExpectRefused(Code(Write(name, c.bytes)), name, "invalid UTF-8 " + c.at);
  }
}

TEST_F(HostileTest, MixedEncodingsNameTheDocumentAndSpareTheBatch) {
  // Latin-1 bytes pasted into a UTF-8 story; the next story in the batch is still coded.
  std::string mixed = Write("mixed.txt",
                            "Le pr\xc3\xa9sident russe a parl\xc3\xa9.\n"
                            "Russia accused Ukraine of shelling a caf\xe9 in Kharkiv.\n");
  std::string good = Write("good.txt", "Russia accused Ukraine of shelling a village.\n");
  Child c = Run({"code", "--format", "jsonl", "--date", "2026-03-06", mixed, good});
  EXPECT_EQ(c.status, 0) << c.err;
  EXPECT_NE(c.err.find("mixed.txt: invalid UTF-8 at byte 70"), std::string::npos) << c.err;
  auto events = c.Events();
  ASSERT_EQ(events.size(), 1u) << c.out;
  EXPECT_EQ(events[0]["doc_id"], "good");
  // The same bytes in a JSON line: that line fails, the next is coded.
  std::string feed = Write("feed.jsonl",
                           "{\"id\":\"a\",\"text\":\"Russia accused Ukraine of shelling a caf\xe9.\"}\n"
                           "{\"id\":\"b\",\"text\":\"Russia accused Ukraine of shelling a village.\"}\n");
  c = Code(feed);
  EXPECT_EQ(c.status, 0) << c.err;
  EXPECT_NE(c.err.find("feed.jsonl:1: invalid UTF-8"), std::string::npos) << c.err;
  events = c.Events();
  ASSERT_EQ(events.size(), 1u) << c.out;
  EXPECT_EQ(events[0]["doc_id"], "b");
}

TEST_F(HostileTest, OverlongLinesEndInBoundedTimeAndMemory) {
  // 256 KB on one line with no sentence end: words that name actors and events throughout,
  // so every piece goes through the parser and the coder.
  std::string line;
  const char* words[] = {"Russia", "attacked", "Ukraine", "and", "China", "warned", "Taiwan",
                         "the", "of", "in", "talks", "with", "accused", "Iran"};
  uint32_t x = 12345;
  while (line.size() < (256u << 10)) {
    x = x * 1103515245u + 12345u;
    line += words[(x >> 16) % 14];
    line += ' ';
  }
  Child c = Code(Write("longline.txt", line + "\n"));
  EXPECT_EQ(c.status, 0) << c.err.substr(0, 500);
  auto events = c.Events();
  EXPECT_GT(events.size(), 100u) << "the words name actors and events throughout";
  ExpectOffsetsIntoRaw(events, line + "\n");
  EXPECT_LT(c.peak_rss_kb, BaselineKb() + 1024 * kMiB);

  // 2 MB without a single space.
  std::string word(2u << 20, 'a');
  for (size_t i = 0; i < word.size(); i += 7) word[i] = i % 2 ? '.' : '-';
  c = Code(Write("oneword.txt", word));
  EXPECT_EQ(c.status, 0) << c.err.substr(0, 500);
  EXPECT_EQ(c.out, "");
  EXPECT_LT(c.peak_rss_kb, BaselineKb() + 1024 * kMiB);
}

TEST_F(HostileTest, DeeplyNestedHtmlIsRefusedQuickly) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Russia accused Ukraine of shelling a village.</p>";
  for (int i = 0; i < 100000; ++i) deep += "</div>";
  deep += "</body></html>";
  Child c = Code(Write("deep.html", deep));
  ExpectRefused(c, "deep.html", "HTML nested too deeply (more than 2000 elements open at once)");
  // As deep as real pages get (and then some) is coded.
  std::string nested = "<html><body>";
  for (int i = 0; i < 1000; ++i) nested += i % 2 ? "<section>" : "<div>";
  nested += "<p>Russia accused Ukraine of shelling a village.";  // unclosed: not counted
  for (int i = 999; i >= 0; --i) nested += i % 2 ? "</section>" : "</div>";
  for (int i = 0; i < 10000; ++i) nested += "<p>x<br><li>";   // implicitly closed
  nested += "</body></html>";
  c = Code(Write("nested.html", nested));
  EXPECT_EQ(c.status, 0) << c.err;
  auto events = c.Events();
  ASSERT_FALSE(events.empty()) << c.out;
  EXPECT_EQ(events[0]["source"]["code"], "RUS");
  EXPECT_EQ(events[0]["target"]["code"], "UKR");
}

TEST_F(HostileTest, HundredMegabyteJsonLineIsSkippedAndTheNextLineCoded) {
  std::string path = dir_ + "/big.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\":\"big\",\"text\":\"";
    std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\"}\n{\"id\":\"next\",\"text\":\"Russia accused Ukraine of shelling a village.\"}\n";
  }
  Child c = Code(path);
  EXPECT_EQ(c.status, 0) << c.err;
  EXPECT_NE(c.err.find("big.jsonl:1: line too long (100.0 MiB, limit 8.0 MiB)"), std::string::npos)
      << c.err;
  auto events = c.Events();
  ASSERT_EQ(events.size(), 1u) << c.out;
  EXPECT_EQ(events[0]["doc_id"], "next");
  EXPECT_LT(c.peak_rss_kb, BaselineKb() + 64 * kMiB) << "the long line was kept in memory";
}

TEST_F(HostileTest, RightToLeftTextAndEmojiKeepOffsetsExact) {
  std::string raw =
      "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xe2\x80\x8f"  // Hebrew, Arabic, RLM
      "\xd7\x99\xd7\xa8\xd7\x95\xd7\xa9\xd7\x9c\xd7\x99\xd7\x9d.\n\n"
      "\xf0\x9f\x87\xba\xf0\x9f\x87\xa6 Russia accused Ukraine of shelling a village "
      "\xf0\x9f\x98\xa1\xf0\x9f\x94\xa5.\n\n"
      "\xe2\x80\xae Iran condemned the strike by Israel \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd.\n";
  Child c = Code(Write("rtl.txt", raw));
  EXPECT_EQ(c.status, 0) << c.err;
  auto events = c.Events();
  ASSERT_GE(events.size(), 2u) << c.out;
  EXPECT_EQ(events[0]["source"]["code"], "RUS");
  EXPECT_EQ(events[0]["target"]["code"], "UKR");
  EXPECT_EQ(events[0]["cameo_root"], "11");
  bool iran = false;
  for (const auto& e : events) iran |= e["source"]["code"] == "IRN" && e["target"]["code"] == "ISR";
  EXPECT_TRUE(iran) << c.out;
  ExpectOffsetsIntoRaw(events, raw);
}

TEST_F(HostileTest, StoryOfHundredThousandSentences) {
  // One paragraph; every hundredth sentence is an event, each about a different day.
  std::string raw;
  const char* days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  for (int i = 0; i < 100000; ++i) {
    if (i % 100 == 0)
      raw += std::string("Russia accused Ukraine of shelling a border village on ") + days[(i / 100) % 5] + ". ";
    else
      raw += "The weather in the region was mild and dry for the season. ";
  }
  Child c = Code(Write("long.txt", raw + "\n"));
  EXPECT_EQ(c.status, 0) << c.err;
  auto events = c.Events();
  EXPECT_EQ(events.size(), 1000u);
  for (const auto& e : events) {
    EXPECT_EQ(e["source"]["code"], "RUS");
    EXPECT_EQ(e["target"]["code"], "UKR");
    EXPECT_EQ(e["sentence"].get<int>() % 100, 0);
  }
  ExpectOffsetsIntoRaw(events, raw + "\n");
  EXPECT_LT(c.peak_rss_kb, BaselineKb() + 1024 * kMiB);
}

}  // namespace
