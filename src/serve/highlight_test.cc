// Evidence segments: source, target, trigger and date marked in the sentence, and on the
// reference story's sentences coded for real.
#include "serve/highlight.h"

#include <gtest/gtest.h>

#include "../../tests/test_support.h"
#include "dyad/ingest.h"

namespace dyad::serve {
namespace {

std::string Joined(const std::vector<Segment>& segs) {
  std::string s;
  for (const auto& g : segs) s += g.text;
  return s;
}

std::string Kind(const std::vector<Segment>& segs, const std::string& kind) {
  for (const auto& g : segs)
    if (g.kind == kind) return g.text;
  return "";
}

TEST(ServeHighlight, MarksSourceTargetTriggerAndDate) {
  Event e;
  e.evidence.text = "On Tuesday, Russia accused Ukraine of shelling a village.";
  e.evidence.start = 100;
  e.evidence.end = 100 + static_cast<uint32_t>(e.evidence.text.size());
  e.source.name = "Russia";
  e.target.name = "ukraine";  // case differs from the text
  e.trigger = "accused";
  e.trigger_start = 100 + 19;
  e.trigger_end = 100 + 26;
  e.date = "2026-03-03";
  e.date_precision = "day";
  auto segs = EvidenceSegments(e);
  EXPECT_EQ(Joined(segs), e.evidence.text);
  EXPECT_EQ(Kind(segs, "source"), "Russia");
  EXPECT_EQ(Kind(segs, "target"), "Ukraine");
  EXPECT_EQ(Kind(segs, "trigger"), "accused");
  EXPECT_NE(Kind(segs, "date").find("Tuesday"), std::string::npos);
}

TEST(ServeHighlight, NamesNotInTheSentenceAndBadOffsetsAreLeftPlain) {
  Event e;
  e.evidence.text = "Talks went on.";
  e.evidence.start = 10;
  e.source.name = "the Kremlin";
  e.trigger_start = 5;  // before the sentence
  e.trigger_end = 8;
  auto segs = EvidenceSegments(e);
  ASSERT_EQ(segs.size(), 1u);
  EXPECT_EQ(segs[0].kind, "");
  EXPECT_EQ(segs[0].text, "Talks went on.");
}

TEST(ServeHighlight, CodedSentencesOfTheSampleKeepTheirText) {
  std::string path = std::string(DYAD_SOURCE_DIR) + "/samples/geneva-talks.txt";
  ingest::Options o;
  o.date = "2026-03-06";
  std::vector<Event> events;
  ASSERT_TRUE(ingest::ReadPath(path, o, [&](Result<Document> doc) {
    ASSERT_TRUE(doc.ok());
    events = testing::SharedCoder().Code(*doc);
  }).ok());
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    auto segs = EvidenceSegments(e);
    EXPECT_EQ(Joined(segs), e.evidence.text);
    EXPECT_EQ(Kind(segs, "trigger"), e.trigger) << e.evidence.text;
    if (e.source.name.size() > 0 && e.evidence.text.find(e.source.name) != std::string::npos) {
      EXPECT_EQ(Kind(segs, "source"), e.source.name) << e.evidence.text;
    }
  }
}

}  // namespace
}  // namespace dyad::serve
