#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/places.h"
#include "dyad/text.h"

namespace dyad::places {
namespace {

std::shared_ptr<const Gazetteer> Shared() {
  static std::shared_ptr<const Gazetteer> g = [] {
    auto r = Gazetteer::Load(DefaultGazetteerPath(), DYAD_SOURCE_DIR "/data/places");
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r.value() : nullptr;
  }();
  return g;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> f;
  size_t a = 0;
  while (true) {
    size_t b = s.find(sep, a);
    f.push_back(s.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) break;
    a = b + 1;
  }
  return f;
}

std::string Describe(const std::vector<PlaceMention>& ms) {
  std::string out;
  for (const PlaceMention& m : ms)
    out += " [" + m.text + " -> " + m.place.name + " " + m.place.country + " " +
           PrecisionName(m.place.precision) + "; " + m.why + "]";
  return out.empty() ? " (nothing)" : out;
}

TEST(PlacesNormalize, FoldsAccentsAndPunctuation) {
  EXPECT_EQ(NormalizeName("Córdoba"), "cordoba");
  EXPECT_EQ(NormalizeName("St. John's"), "st john s");
  EXPECT_EQ(NormalizeName("  Guinea-Bissau "), "guinea bissau");
  EXPECT_EQ(NormalizeName("Łódź"), "lodz");
  EXPECT_EQ(NormalizeName("Île-de-France"), "ile de france");
  EXPECT_EQ(NormalizeName("Côte d’Ivoire"), "cote d ivoire");
  EXPECT_EQ(NormalizeName("Москва"), "Москва");
}

TEST(PlacesGazetteer, LoadsGeneratedTable) {
  auto g = Shared();
  ASSERT_TRUE(g);
  EXPECT_GT(g->size(), 100000u);
  auto fr = g->Country("FRA");
  ASSERT_TRUE(fr);
  EXPECT_EQ(fr->name, "France");
  EXPECT_EQ(fr->precision, Precision::kCountry);
  // A country's point is its capital's.
  EXPECT_NEAR(fr->lat, 48.85, 0.1);
  EXPECT_NEAR(fr->lon, 2.35, 0.1);
  auto ua = g->Country("UA");
  ASSERT_TRUE(ua);
  EXPECT_EQ(ua->country, "UKR");
  EXPECT_FALSE(g->Country("XXX"));
}

TEST(PlacesGazetteer, LookupRanksWithoutContext) {
  auto g = Shared();
  ASSERT_TRUE(g);
  auto paris = g->Lookup("paris");
  ASSERT_GT(paris.size(), 3u);
  EXPECT_EQ(paris[0].country, "FRA");
  auto cordoba = g->Lookup("Cordoba");  // accents optional
  ASSERT_FALSE(cordoba.empty());
  auto kiev = g->Lookup("Kiev");        // alias
  ASSERT_FALSE(kiev.empty());
  EXPECT_EQ(kiev[0].name, "Kyiv");
  EXPECT_TRUE(g->Lookup("Atlantis Nowhere").empty());
}

TEST(PlacesGazetteer, LoadErrorsNameTheFile) {
  auto r = Gazetteer::Load("/nonexistent/gazetteer.tsv", DYAD_SOURCE_DIR "/data/places");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("/nonexistent/gazetteer.tsv"), std::string::npos);
  auto r2 = Gazetteer::Load(DefaultGazetteerPath(), "/nonexistent/places");
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.error().find("regions.tsv"), std::string::npos);
}

TEST(PlacesFind, SpansTextAndDirection) {
  auto g = Shared();
  ASSERT_TRUE(g);
  const std::string s = "Fighting resumed in northern Iraq and near the West Bank city of Jenin.";
  std::vector<Token> toks = text::Tokenize(s);
  auto ms = g->Find(toks, Context{});
  ASSERT_GE(ms.size(), 2u) << Describe(ms);
  EXPECT_EQ(ms[0].text, "Iraq");
  EXPECT_EQ(ms[0].place.country, "IRQ");
  EXPECT_EQ(ms[0].place.precision, Precision::kCountry);
  EXPECT_NE(ms[0].why.find("northern Iraq"), std::string::npos) << ms[0].why;
  EXPECT_EQ(toks[ms[0].begin_token].text, "Iraq");
  EXPECT_EQ(ms[0].end_token, ms[0].begin_token + 1);
  EXPECT_EQ(ms[1].text, "West Bank");
  EXPECT_EQ(ms[1].place.precision, Precision::kRegion);
  for (size_t i = 1; i < ms.size(); ++i) EXPECT_GE(ms[i].begin_token, ms[i - 1].end_token);
}

TEST(PlacesFind, QualifierResolvesBothNames) {
  auto g = Shared();
  ASSERT_TRUE(g);
  auto ms = g->Find("A tornado hit Paris, Texas, on Sunday.", Context{});
  ASSERT_EQ(ms.size(), 2u) << Describe(ms);
  EXPECT_EQ(ms[0].place.country, "USA");
  EXPECT_EQ(ms[0].place.admin1, "Texas");
  EXPECT_NE(ms[0].why.find("qualified by 'Texas'"), std::string::npos) << ms[0].why;
  EXPECT_EQ(ms[1].place.precision, Precision::kAdmin1);
  auto ga = g->Find("He flew to Atlanta, Georgia.", Context{});
  ASSERT_EQ(ga.size(), 2u) << Describe(ga);
  EXPECT_EQ(ga[1].place.country, "USA");
  EXPECT_EQ(ga[1].place.precision, Precision::kAdmin1);
}

TEST(PlacesFind, StoryContextCarriesOver) {
  auto g = Shared();
  ASSERT_TRUE(g);
  Context ctx;
  ctx.Remember(g->Find("A tornado hit Paris, Texas, on Sunday.", ctx));
  EXPECT_EQ(ctx.countries.back(), "USA");
  auto ms = g->Find("Residents of Paris began clearing debris.", ctx);
  ASSERT_EQ(ms.size(), 1u) << Describe(ms);
  EXPECT_EQ(ms[0].place.country, "USA");
  EXPECT_NE(ms[0].why.find("earlier"), std::string::npos) << ms[0].why;
  EXPECT_EQ(g->Find("Residents of Paris began clearing debris.", Context{})[0].place.country, "FRA");
}

// tests/cases/places.tsv: story countries (comma-separated ISO3, "-" none), sentence,
// expected place name ("-": no place may be found), expected ISO3 ("-": none).
TEST(PlacesTable, AtLeast95PercentOfRows) {
  auto g = Shared();
  ASSERT_TRUE(g);
  const std::string path = DYAD_SOURCE_DIR "/tests/cases/places.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  std::string line;
  int lineno = 0, rows = 0, failed = 0;
  std::ostringstream failures;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    const std::string where = path + ":" + std::to_string(lineno);
    ASSERT_EQ(f.size(), 4u) << where << ": expected 4 tab-separated fields";
    ++rows;
    Context ctx;
    if (f[0] != "-") ctx.countries = Split(f[0], ',');
    auto ms = g->Find(f[1], ctx);
    bool ok = false;
    if (f[2] == "-") {
      ok = ms.empty();
    } else {
      for (const PlaceMention& m : ms)
        if (m.place.name == f[2] && (f[3] == "-" ? m.place.country.empty() : m.place.country == f[3]))
          ok = true;
    }
    if (!ok) {
      ++failed;
      failures << where << ": expected " << f[2] << " (" << f[3] << "), got" << Describe(ms) << "\n";
    }
  }
  EXPECT_GE(rows, 150) << "the table should have at least 150 rows";
  const double pass = rows ? 1.0 - static_cast<double>(failed) / rows : 0;
  std::cout << "places.tsv: " << rows - failed << "/" << rows << " rows pass (" << pass * 100 << "%)\n"
            << failures.str();
  EXPECT_GE(pass, 0.95) << failures.str();
}

}  // namespace
}  // namespace dyad::places
