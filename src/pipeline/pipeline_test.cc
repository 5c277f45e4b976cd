// The threaded pipeline: the same store whatever the number of threads; a stopped run
// resumed skips what was stored, without coding it, and ends as a clean run does.
#include "dyad/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "../../tests/generated_stories.h"
#include "../../tests/test_support.h"
#include "dyad/ingest.h"

namespace dyad::pipeline {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  for (std::string l; std::getline(ss, l);) out.push_back(l);
  return out;
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad-pipeline-XXXXXX";
    dir_ = mkdtemp(tmpl);
    lines_ = Lines(dyad::testing::GeneratedStoryLines(60));
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the pipeline over the stories into `db`; stops after `stop_after` items when > 0.
  Stats Ingest(const std::string& db, int threads, bool resume, size_t stop_after = 0) {
    auto store = Store::Open(db);
    EXPECT_TRUE(store.ok()) << store.error();
    std::unique_ptr<Store> lookup;
    if (resume) lookup = std::move(Store::Open(db).value());
    std::atomic<bool> stop{false};
    Options o;
    o.threads = threads;
    o.window = 4;
    o.lookup = lookup.get();
    o.stop = &stop;
    Callbacks cb;
    size_t given = 0;
    cb.source = [&](const std::function<bool(Item)>& push) {
      for (size_t i = 0; i < lines_.size(); ++i) {
        if (stop_after && given == stop_after) stop = true;
        if (!push({ingest::FromJsonLine(lines_[i], "stories.jsonl:" + std::to_string(i + 1), {}), ""})) return;
        ++given;
      }
      // One bad document among them.
      push({ingest::FromJsonLine("{\"id\": 1, \"text\": \"\"}", "stories.jsonl:61", {}), ""});
    };
    cb.error = [&](const std::string& m) { errors_.push_back(m); };
    return pipeline::Run(dyad::testing::SharedCoder(), **store, o, cb);
  }
  std::string EventsOf(const std::string& db) {
    auto store = Store::Open(db);
    auto events = (*store)->Events();
    std::string out;
    for (const auto& e : *events) out += e.doc_id + " " + std::to_string(e.sentence) + " " + e.source.code + " " +
                                         e.cameo + " " + e.target.code + " " + e.date + "\n";
    return out;
  }
  std::string dir_;
  std::vector<std::string> lines_;
  std::vector<std::string> errors_;
};

TEST_F(PipelineTest, ThreadsDoNotChangeTheResult) {
  Stats one = Ingest(dir_ + "/one.db", 1, false);
  Stats three = Ingest(dir_ + "/three.db", 3, false);
  EXPECT_EQ(one.stored, 60u);
  EXPECT_EQ(one.failed, 1u);
  EXPECT_GT(one.events, 100u);
  EXPECT_GT(one.sentences, 250u);
  EXPECT_EQ(three.stored, one.stored);
  EXPECT_EQ(three.events, one.events);
  EXPECT_EQ(three.sentences, one.sentences);
  std::string a = EventsOf(dir_ + "/one.db");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, EventsOf(dir_ + "/three.db"));
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_EQ(errors_[0], "stories.jsonl:61: no \"text\" or \"html\" field");
}

TEST_F(PipelineTest, StoppedRunResumesWithoutCodingTwice) {
  Stats clean = Ingest(dir_ + "/clean.db", 2, false);
  Stats first = Ingest(dir_ + "/resumed.db", 2, true, 20);
  EXPECT_GE(first.stored, 20u);  // what was read before the stop is finished and stored
  EXPECT_LT(first.stored, 60u);
  Stats second = Ingest(dir_ + "/resumed.db", 2, true);
  EXPECT_EQ(second.skipped, first.stored);
  EXPECT_EQ(second.stored, 60u - first.stored);
  EXPECT_EQ(second.unchanged, 0u);
  EXPECT_EQ(first.events + second.events, clean.events);
  auto resumed = Store::Open(dir_ + "/resumed.db");
  auto reference = Store::Open(dir_ + "/clean.db");
  EXPECT_EQ(*(*resumed)->DocumentCount(), 60u);
  EXPECT_EQ(*(*resumed)->MentionCount(), *(*reference)->MentionCount());
  EXPECT_EQ(*(*resumed)->EventCount(), *(*reference)->EventCount());
  // Without the look-up, the store's own check still keeps it idempotent (after coding).
  Stats again = Ingest(dir_ + "/resumed.db", 2, false);
  EXPECT_EQ(again.unchanged, 60u);
  EXPECT_EQ(again.stored, 0u);
}

TEST(Progress, LineShowsRatesPercentAndEta) {
  Stats s;
  s.read = 1000;
  s.sentences = 20000;
  s.events = 3000;
  s.seconds = 10;
  s.bytes_read = 250;
  s.bytes_total = 1000;
  std::string line = Progress::Line(s);
  EXPECT_NE(line.find("100 docs/s"), std::string::npos) << line;
  EXPECT_NE(line.find("2000 sent/s"), std::string::npos) << line;
  EXPECT_NE(line.find("300 events/s"), std::string::npos) << line;
  EXPECT_NE(line.find("25.0% ETA 30s"), std::string::npos) << line;
  s.bytes_total = 0;
  EXPECT_EQ(Progress::Line(s).find("ETA"), std::string::npos);
}

}  // namespace
}  // namespace dyad::pipeline
