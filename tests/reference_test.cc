// The reference story (../shared/seed): the events its README lists must be coded, with
// their dates and attributions, and nothing may come from page debris.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "dyad/ingest.h"
#include "dyad/output.h"
#include "test_support.h"

namespace dyad::testing {
namespace {

class ReferenceStory : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string shared = SharedDir();
    if (shared.empty()) return;
    std::string path = shared + "/seed/000_68bf5a11f06e9c8b.txt";
    if (!std::filesystem::exists(path)) return;
    ingest::Options o;
    o.date = "2026-01-16";
    ingest::ReadPath(path, o, [&](Result<Document> d) {
      if (d) doc_ = new Document(std::move(*d));
    });
    if (!doc_) return;
    events_ = new std::vector<Event>(SharedCoder().Code(*doc_));
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete events_;
  }
  void SetUp() override {
    if (!events_) GTEST_SKIP() << "../shared/seed not present (set DYAD_REFERENCE_DIR): skipped";
  }
  static std::string Dump() {
    std::string s;
    for (const auto& e : *events_) s += output::ToJsonLine(e) + "\n";
    return s;
  }
  // Some event satisfies `pred`.
  static bool Any(const std::function<bool(const Event&)>& pred) {
    for (const auto& e : *events_)
      if (pred(e)) return true;
    return false;
  }
  static Document* doc_;
  static std::vector<Event>* events_;
};

Document* ReferenceStory::doc_ = nullptr;
std::vector<Event>* ReferenceStory::events_ = nullptr;

bool Root(const Event& e, std::initializer_list<const char*> roots) {
  for (const char* r : roots)
    if (e.cameo_root == r) return true;
  return false;
}

TEST_F(ReferenceStory, PutinCallsIsraelAndIranReportedByTheKremlin) {
  for (const char* target : {"ISR", "IRN"}) {
    EXPECT_TRUE(Any([&](const Event& e) {
      return e.source.country == "RUS" && e.source.role == "GOV" && e.target.country == target &&
             e.cameo_root == "04" && e.date == "2026-01-16" && e.reported_by.country == "RUS";
    })) << "RUSGOV -> " << target << " 04x on 2026-01-16 reported by the Kremlin\n" << Dump();
  }
}

TEST_F(ReferenceStory, RussiaOffersMediation) {
  for (const char* target : {"ISR", "IRN"}) {
    EXPECT_TRUE(Any([&](const Event& e) {
      return e.source.country == "RUS" && e.target.country == target && e.cameo == "039";
    })) << "RUS -> " << target << " 039\n" << Dump();
  }
}

TEST_F(ReferenceStory, IranianSecurityForcesRepressProtestersPerMonitors) {
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "IRN" && e.source.role == "COP" && e.target.country == "IRN" &&
           Root(e, {"17", "18"}) && e.reported_by.name.find("monitors") != std::string::npos;
  })) << Dump();
}

TEST_F(ReferenceStory, UnitedStatesThreatensIran) {
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "USA" && e.target.country == "IRN" && e.cameo_root == "13";
  })) << Dump();
}

TEST_F(ReferenceStory, IranAccusesTheUsAndIsrael) {
  for (const char* target : {"USA", "ISR"}) {
    EXPECT_TRUE(Any([&](const Event& e) {
      return e.source.country == "IRN" && e.target.country == target && e.cameo_root == "11";
    })) << "IRN -> " << target << " 11x\n" << Dump();
  }
}

TEST_F(ReferenceStory, JuneWarAttacksAreDatedJune2025) {
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "ISR" && e.target.country == "IRN" && e.cameo_root == "19" &&
           e.date == "2025-06";
  })) << Dump();
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "USA" && e.target.country == "IRN" && e.cameo_root == "19" &&
           e.date == "2025-06";
  })) << Dump();
}

TEST_F(ReferenceStory, PutinPledgesToStrengthenThePartnership) {
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "RUS" && e.target.country == "IRN" && e.cameo_root == "03" &&
           e.cameo != "039";
  })) << Dump();
}

TEST_F(ReferenceStory, PezeshkianThanksPutinPerTheIranianPresidency) {
  EXPECT_TRUE(Any([](const Event& e) {
    return e.source.country == "IRN" && e.source.role == "GOV" && e.target.country == "RUS" &&
           e.cameo == "051" && e.reported_by.country == "IRN";
  })) << Dump();
}

TEST_F(ReferenceStory, NothingFromPageDebris) {
  for (const auto& e : *events_) {
    EXPECT_EQ(e.evidence.text.find("Read more"), std::string::npos) << output::ToJsonLine(e);
    EXPECT_EQ(e.evidence.text.find("Trump faces dilemma"), std::string::npos) << output::ToJsonLine(e);
    EXPECT_EQ(e.evidence.text.find("SITDIKOV"), std::string::npos) << output::ToJsonLine(e);
  }
  EXPECT_EQ(doc_->source, "Le Monde");
  EXPECT_EQ(doc_->wire, "AFP");
}

TEST_F(ReferenceStory, NegatedAndHypotheticalClausesYieldNothing) {
  for (const auto& e : *events_) {
    EXPECT_EQ(e.evidence.text.find("did not clarify"), std::string::npos) << output::ToJsonLine(e);
    EXPECT_FALSE(e.negated);
  }
}

TEST_F(ReferenceStory, EvidenceOffsetsPointIntoTheRawText) {
  for (const auto& e : *events_)
    EXPECT_EQ(doc_->raw.substr(e.evidence.start, e.evidence.end - e.evidence.start), e.evidence.text);
}

}  // namespace
}  // namespace dyad::testing
