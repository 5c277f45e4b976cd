// The TABARI/PETRARCH dictionaries users bring (PETRARCH2's Phoenix actors and agents, in
// ../shared/reference/petrarch2; skipped when absent) load without error, and every entry
// they define resolves back to its own code when its name is looked up.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "dyad/actor.h"
#include "test_support.h"

namespace dyad::testing {
namespace {

std::string PetrarchDir() {
  std::string shared = SharedDir();
  std::string dir = shared + "/reference/petrarch2";
  return !shared.empty() && std::filesystem::is_directory(dir) ? dir : "";
}

// Loads one actors file (and the agents file) and returns the share of its entries whose
// canonical name looks up to the entry's code on a date the entry is valid.
double ResolvedShare(const std::string& actors_file, std::string* failures, size_t* checked) {
  actors::Dictionary d;
  Status s = d.LoadPetrarchActors(PetrarchDir() + "/" + actors_file);
  EXPECT_TRUE(s.ok()) << s.message();
  s = d.LoadPetrarchAgents(PetrarchDir() + "/Phoenix.agents.txt");
  EXPECT_TRUE(s.ok()) << s.message();
  d.Finish();
  size_t ok = 0, n = 0;
  const auto& entries = d.entries();
  for (size_t i = 0; i < entries.size(); ++i) {
    const actors::Entry& e = entries[i];
    if (std::filesystem::path(e.file).filename() != actors_file || e.kind == actors::Kind::kAgent || e.canonical.empty()) continue;
    // A date inside the entry's first dated code, else an undated one.
    std::string date = "2010-06-15";
    if (!e.roles.empty()) {
      const auto& r = e.roles[0];
      // "<date" roles end the day before `to`: take a date a year earlier.
      if (!r.from.empty()) date = r.from;
      else if (r.to.size() == 10) date = std::to_string(std::stoi(r.to.substr(0, 4)) - 1) + r.to.substr(4);
    }
    std::string why;
    // (A code on its own line under the record is the record's default.)
    std::string expected = e.kind == actors::Kind::kPerson ? d.ResolvePerson(e, date, &why).code
                           : !e.code.empty()                ? e.code
                                                            : e.other;
    ++n;
    bool found = false;
    for (const auto& m : d.Lookup(e.canonical, date))
      // Several entries may share a name (PETRARCH's files repeat some); any of them that
      // carries the expected code, or this very entry, is a resolution.
      found = found || m.entry == static_cast<int>(i) || m.actor.code == expected;
    if (found) {
      ++ok;
    } else if (failures->size() < 2000) {
      *failures += "  " + e.canonical + " [" + expected + "] on " + date + "\n";
    }
  }
  *checked = n;
  return n ? static_cast<double>(ok) / n : 0;
}

TEST(PetrarchDictionaries, PhoenixFilesLoadAndResolveTheirOwnEntries) {
  if (PetrarchDir().empty()) GTEST_SKIP() << "../shared/reference/petrarch2 absent";
  for (const char* file : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"}) {
    std::string failures;
    size_t checked = 0;
    double share = ResolvedShare(file, &failures, &checked);
    EXPECT_GT(checked, 10u) << file;
    EXPECT_GE(share, 0.99) << file << ": " << checked << " entries, resolved " << share * 100
                           << "%; unresolved:\n" << failures;
    std::cout << file << ": " << checked << " entries, " << share * 100 << "% resolve to their code\n";
  }
}

TEST(PetrarchDictionaries, AgentsComposeWithCountries) {
  if (PetrarchDir().empty()) GTEST_SKIP() << "../shared/reference/petrarch2 absent";
  actors::Dictionary d;
  ASSERT_TRUE(d.LoadPetrarchActors(PetrarchDir() + "/Phoenix.Countries.actors.txt").ok());
  ASSERT_TRUE(d.LoadPetrarchAgents(PetrarchDir() + "/Phoenix.agents.txt").ok());
  d.Finish();
  std::set<std::string> roles;
  for (const auto& m : d.Lookup("police soldiers rebels", "2015-01-01")) roles.insert(m.actor.role);
  EXPECT_TRUE(roles.count("COP")) << "police";
  EXPECT_TRUE(roles.count("MIL")) << "soldiers";
  EXPECT_TRUE(roles.count("REB")) << "rebels";
}

}  // namespace
}  // namespace dyad::testing
