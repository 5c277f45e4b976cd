// `dyad eval` on PETRARCH2's validation records (../shared/reference, never shipped): the
// figures are printed in every test run, and a fall below today's level fails the test.
#include <gtest/gtest.h>

#include <filesystem>

#include "../../tests/test_support.h"
#include "dyad/eval.h"

namespace dyad::testing {
namespace {

TEST(EvalPetrarch2, FiguresDoNotRegress) {
  std::string shared = SharedDir();
  std::string path = shared + "/reference/universalpetrarch/PETR2_GSR_validation.xml";
  if (shared.empty() || !std::filesystem::exists(path))
    GTEST_SKIP() << "PETR2_GSR_validation.xml absent (../shared/reference): skipped";
  auto gold = eval::LoadGold(path);
  ASSERT_TRUE(gold.ok()) << gold.error();
  EXPECT_GE(gold->size(), 70u);
  eval::Report r = eval::Evaluate(SharedCoder(), *gold);
  std::printf("%s", eval::FormatReport(r, false).c_str());
  // Floors a little under the figures quoted in the README (2026-11-25: root F1 33.5%,
  // source F1 34.8%, target F1 18.1%): a change that loses events fails here.
  EXPECT_GE(r.root.f1(), 0.30);
  EXPECT_GE(r.source.f1(), 0.30);
  EXPECT_GE(r.target.f1(), 0.15);
}

}  // namespace
}  // namespace dyad::testing
