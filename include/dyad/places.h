// dyad/places.h — where: place mentions in a sentence, resolved to a gazetteer entry.
//
// A Gazetteer holds countries, first-level regions (states, provinces, governorates,
// oblasts) and populated places with their coordinates and population. It is generated
// at build time from packages (tools/gazetteer/build-gazetteer.js: ISO 3166 from Debian's
// iso-codes, GeoNames places of 1,000+ inhabitants from npm) into
// ${build}/gazetteer.tsv; DefaultGazetteerPath() finds it. Three small hand-written
// tables in data/places/ complete it:
//   regions.tsv    regions of the news that are no administrative unit ("the West Bank",
//                  "Donbas", "the Sahel", "Kashmir"): name, country, approximate point;
//   aliases.tsv    other names of gazetteer entries used in English news ("U.S.",
//                  "Britain", "Russia", "Ivory Coast");
//   stopwords.txt  capitalised words that are never (or only after "in", "at"...) a place
//                  ("Sunday", "President", "Police").
//
// Find() looks for place mentions among a sentence's tokens (dyad::Token: it reads only
// their text and offsets, so it works before or after parsing) and resolves each one:
//
//   "Fighting resumed in northern Iraq."        -> Iraq (IRQ, country), why: "northern Iraq"
//   "A tornado hit Paris, Texas, on Sunday."    -> Paris (USA, Texas, city), then Texas
//   "Clashes erupted in Tripoli." (story: LBN)  -> Tripoli (LBN), not the Libyan capital
//   "He flew to Atlanta, Georgia."              -> Atlanta (USA), Georgia (the US state)
//   "Talks in Georgia stalled."                 -> Georgia (GEO, the country)
//
// What counts as a mention: a capitalised token sequence (connectors such as "de", "of",
// "and" may stand inside: "Rio de Janeiro", "Bosnia and Herzegovina") that names a
// gazetteer entry or an alias, longest first. Countries, regions and large places are
// taken wherever they stand; smaller places only after a locative word ("in", "near",
// "at", "from", "outside", "across", "into", "to", "the city of"...), with a qualifier
// ("Paris, Texas") or when the story already speaks of their country. Rejected: names of
// fewer than 3 letters (aliases such as "US" and "UK" excepted), stop words, and names
// that are part of a longer proper name ("Jordan Bardella", "Washington Post", "Mr.
// Jordan"), or that are used as a subject of speech ("Warren said").
//
// How an ambiguous name is resolved, strongest first: a qualifier after a comma
// ("Paris, Texas"; "Birmingham, Alabama"); the same name resolved earlier in the story
// (Context::places); a country named in the same sentence; a country of the story
// (Context::countries, the most recent weighing most); a hint word ("the Kharkiv region"
// prefers the region, "Gaza City" the city); then size: countries before regions before
// places of the same name, and among places the most populous (capitals a little ahead).
// `why` says which of these decided.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::places {

// What a Place stands for: a whole country, a first-level region (state, province...),
// a populated place, or a hand-listed region of the news (data/places/regions.tsv).
enum class Precision { kCountry, kAdmin1, kCity, kRegion };

// "country", "admin1", "city", "region"
const char* PrecisionName(Precision p);

struct Place {
  std::string name;      // gazetteer name: "Kyiv", "Paris", "Texas", "Russian Federation"
  std::string country;   // ISO 3166-1 alpha-3: "UKR"
  std::string admin1;    // first-level region of a city ("Texas"); a region's own name; ""
  double lat = 0;        // WGS84 degrees. A country's point is its capital's, a region's
  double lon = 0;        // its seat's (see tools/gazetteer/build-gazetteer.js)
  Precision precision = Precision::kCity;
  long population = 0;   // for countries and regions: the sum over their places (approx.)
};

struct PlaceMention {
  uint32_t begin_token = 0;   // the mention is tokens [begin_token, end_token) of the
  uint32_t end_token = 0;     // sentence, without "the" or a direction word before it
  std::string text;           // the tokens as written ("Paris", "West Bank", "U.S.")
  Place place;
  // How it was found and resolved, e.g. "after 'in'; qualified by 'Texas'" or
  // "northern Iraq; the only entry". Direction words ("northern", "north of") are kept
  // here: the place itself stays the whole country or city.
  std::string why;
};

// What the story has said so far, used to resolve ambiguous names. The caller keeps one
// Context per story and calls Remember() after each sentence.
struct Context {
  // ISO 3166-1 alpha-3 codes of countries the story mentions (places, actors), most
  // recent last. Repeats are allowed; the most recent position counts.
  std::vector<std::string> countries;
  // Places resolved earlier in the story, in order.
  std::vector<Place> places;

  // Appends the mentions' places and their countries.
  void Remember(const std::vector<PlaceMention>& mentions);
};

class Gazetteer {
 public:
  // Reads the generated gazetteer TSV at `path` and the hand-written tables in
  // `places_dir` (regions.tsv, aliases.tsv, stopwords.txt; a missing file there is an
  // error). Loads ~120,000 entries in well under 300 ms.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path,
                                                        const std::string& places_dir);
  // The same with DefaultPlacesDir().
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path);

  // Place mentions among one sentence's tokens, in text order, not overlapping.
  std::vector<PlaceMention> Find(const std::vector<Token>& tokens, const Context& ctx) const;
  // The same on raw sentence text (tokenised with dyad::text::Tokenize).
  std::vector<PlaceMention> Find(std::string_view sentence, const Context& ctx) const;

  // Every entry of a name (any case, accents optional), best first without context.
  std::vector<Place> Lookup(std::string_view name) const;
  // The country entry of an ISO 3166-1 alpha-3 or alpha-2 code.
  std::optional<Place> Country(std::string_view code) const;

  size_t size() const;  // entries, aliases not counted

  ~Gazetteer();
  struct Impl;

 private:
  Gazetteer();
  std::unique_ptr<Impl> impl_;
};

// $DYAD_GAZETTEER if set, else the file the build generated (DYAD_GAZETTEER_PATH).
std::string DefaultGazetteerPath();
// $DYAD_DATA_DIR/places if DYAD_DATA_DIR is set, else the source tree's data/places.
std::string DefaultPlacesDir();

// Lower-case ASCII key of a name: Latin accents folded ("Córdoba" -> "cordoba"),
// punctuation to single spaces ("St. John's" -> "st john s"). Other scripts kept as is.
std::string NormalizeName(std::string_view name);

}  // namespace dyad::places
