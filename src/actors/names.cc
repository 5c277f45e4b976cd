// Name-only actors: proper names no dictionary entry covers. See dyad/actor.h
// (FindNameOnly) for the rules and docs/actors.md for how they appear in output.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "dyad/actor.h"
#include "actors/words.h"

namespace dyad::actors {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;

namespace {

bool AllCapitals(const std::string& w) {
  bool letter = false;
  for (unsigned char c : w) {
    if (std::islower(c)) return false;
    letter = letter || std::isalpha(c);
  }
  return letter;
}

// Capitalised words that are no part of a name at its edges: calendar words, pronouns and
// other function words (capitalised at the start of a sentence or in headlines), titles
// and honorifics (a title with an unknown name is composed with its role, see Compose:
// "opposition leader X"), and news-agency bylines.
bool EdgeWord(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "gmt", "utc", "am",
      "pm", "the", "a", "an", "i", "we", "you", "he", "she", "it", "they", "his", "her",
      "their", "our", "my", "its", "this", "that", "these", "those", "there", "here", "but",
      "and", "or", "if", "when", "while", "after", "before", "as", "at", "in", "on", "of",
      "for", "to", "by", "with", "from", "no", "not", "yes", "all", "some", "many", "most",
      "more", "other", "others", "one", "two", "three", "first", "second", "third", "last",
      "next", "former", "late", "acting", "deputy", "vice", "chief", "senior", "minister",
      "president", "prime", "premier", "king", "queen", "prince", "princess", "pope",
      "cardinal", "bishop", "archbishop", "imam", "rabbi", "reverend", "rev", "father",
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik",
      "gen", "general", "col", "colonel", "adm", "admiral", "lt", "sgt", "maj", "major",
      "capt", "captain", "prof", "professor", "ayatollah", "mullah", "hon", "excellency",
      "majesty", "highness", "senator", "sen", "rep", "congressman", "congresswoman",
      "governor", "gov", "mayor", "judge", "justice", "secretary", "chairman", "chairwoman",
      "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "mp", "leader",
      "commander", "councillor", "councilor", "counsellor", "counselor", "adviser", "advisor",
      "attorney", "inspector", "commissioner", "superintendent", "chancellor", "lawmaker",
      "legislator", "diplomat", "emir", "sultan", "crown", "speaker", "representative",
      "delegate", "counsel", "president-elect", "file", "photo", "pictures", "getty", "images",
      "reuters", "ap", "afp", "upi", "dpa", "ians", "pti", "ani", "irna",
      "tass", "itar-tass", "kyodo", "yonhap", "anadolu", "bernama", "efe", "ansa", "wam",
      "kuna", "sana", "mena", "xinhua", "breaking", "update", "updated", "exclusive",
      "editorial", "opinion", "analysis", "video", "photo", "photos", "watch", "live",
      "read", "also", "see", "click", "follow", "copyright", "dear"};
  return IsCalendarWord(key) || kWords.count(key) > 0;
}

// Capitalised words that alone, or together with edge words and each other, name no actor:
// holidays, points of the compass and regions of the world, waters and landforms, faiths
// and their scriptures, diseases, languages, events and documents, and the generic nouns
// of institutions ("the Cabinet", "Parliament", "the National Assembly": a dictionary
// name, or nothing we can name).
bool GenericWord(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "christmas", "easter", "ramadan", "eid", "diwali", "passover", "hanukkah", "new",
      "year", "years", "day", "week", "month", "ad", "bc", "north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "middle", "gulf", "pacific",
      "atlantic", "mediterranean", "arctic", "antarctic", "sea", "ocean", "river", "lake",
      "island", "islands", "mount", "valley", "strait", "peninsula", "desert", "province",
      "state", "states", "city", "county", "district", "region", "street", "square", "avenue",
      "road", "airport", "hospital", "god", "allah", "jesus", "christ", "islam", "islamic",
      "christianity", "judaism", "buddhism", "hinduism", "bible", "koran", "quran", "torah",
      "church", "mosque", "temple", "holy", "mass", "internet", "web", "online", "covid",
      "covid-19", "coronavirus", "ebola", "aids", "hiv", "english", "french", "arabic",
      "spanish", "nazi", "nazis", "council", "committee", "commission", "court", "ministry", "department",
      "office", "agency", "government", "cabinet", "parliament", "assembly", "senate",
      "house", "party", "army", "navy", "police", "forces", "force", "people", "republic",
      "kingdom", "union", "federation", "national", "international", "united", "nations",
      "world", "global", "university", "college", "school", "group", "company",
      "corporation", "bank", "news", "report", "reports", "olympics", "olympic", "games",
      "cup", "league", "championship", "oscars", "nobel", "prize", "award", "act", "bill",
      "law", "constitution", "treaty", "accord", "agreement", "plan", "program", "programme",
      "operation", "war", "revolution", "spring", "summer", "autumn", "fall", "winter",
      "official", "officials", "ministers", "leaders", "presidents", "mps", "head", "chair",
      "director", "inc", "ltd", "llc", "plc", "co", "corp", "times", "post", "daily",
      "journal", "magazine", "tv", "radio", "twitter", "facebook", "instagram", "youtube",
      "tiktok", "whatsapp", "telegram", "fund", "euro", "euros", "dollar", "dollars",
      "pound", "pounds", "sterling", "rupee", "rupees", "yuan", "renminbi", "yen", "rouble",
      "roubles", "ruble", "rubles", "naira", "rand", "peso", "pesos", "lira", "shekel",
      "shekels", "dinar", "dinars", "riyal", "riyals", "bitcoin"};
  return kWords.count(key) > 0;
}

// Titles and honorifics (a subset of the edge words).
bool Title(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "minister", "president", "premier", "king", "queen", "prince", "princess", "pope",
      "cardinal", "bishop", "archbishop", "imam", "rabbi", "reverend", "senator", "governor",
      "mayor", "judge", "justice", "secretary", "chairman", "chairwoman", "ambassador", "envoy",
      "spokesman", "spokeswoman", "spokesperson", "mp", "leader", "commander", "councillor",
      "councilor", "counsellor", "counselor", "adviser", "advisor", "attorney", "inspector",
      "commissioner", "superintendent", "chancellor", "lawmaker", "legislator", "diplomat",
      "emir", "sultan", "speaker", "representative", "delegate", "counsel", "president-elect",
      "general", "colonel", "admiral", "major", "captain", "professor", "congressman",
      "congresswoman", "deputy", "chief", "officer", "director", "chair", "head", "official",
      "collector", "magistrate", "prosecutor", "sheriff", "marshal", "warden", "registrar",
      "ombudsman", "auditor", "treasurer", "provost", "rector", "dean", "vizier", "wali"};
  return kWords.count(key) > 0;
}

// "al-Razza", "el-Sisi", "bin-Laden": an Arabic article before a capitalised name.
bool ArticleName(const std::string& w) {
  // (Every article is two or three letters and a hyphen.)
  if (w.size() < 4 || (w[2] != '-' && w[3] != '-')) return false;
  for (const char* p : {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-", "ash-", "bin-", "abu-"}) {
    size_t len = std::char_traits<char>::length(p);
    if (w.size() > len + 1 && w.compare(0, len, p) == 0 && std::isupper(static_cast<unsigned char>(w[len])))
      return true;
  }
  return false;
}

// Last words of names of places, buildings and documents, which are no actors: "Tiananmen
// Square", "Belmarsh Prison", "the Mental Capacity Bill", "the Pirmasens Municipal Museum".
bool ThingWord(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "square", "prison", "jail", "gaol", "airport", "airfield", "stadium", "arena", "bridge",
      "street", "road", "avenue", "boulevard", "highway", "motorway", "camp", "hotel", "park",
      "station", "mall", "tower", "towers", "building", "plaza", "museum", "gallery",
      "cathedral", "mosque", "church", "temple", "shrine", "palace", "castle", "dam", "port",
      "harbour", "harbor", "canal", "crossing", "checkpoint", "border", "valley", "river",
      "lake", "mountain", "mountains", "hills", "island", "islands", "bay", "coast",
      "bill", "act", "law", "treaty", "accord", "accords", "agreement", "directive",
      "resolution", "amendment", "plan", "strategy", "initiative", "programme", "program",
      "scheme", "report", "index", "award", "prize", "cup", "games", "festival", "summit",
      "conference", "forum", "war", "crisis", "disaster", "virus", "syndrome"};
  return kWords.count(key) > 0;
}

bool Particle(const std::string& key) {
  return key == "de"sv || key == "da"sv || key == "del"sv || key == "della"sv || key == "di"sv ||
         key == "van"sv || key == "von"sv || key == "der"sv || key == "den"sv || key == "bin"sv ||
         key == "ibn"sv || key == "al"sv || key == "el"sv || key == "la"sv || key == "le"sv ||
         key == "du"sv || key == "dos"sv || key == "das"sv || key == "y"sv || key == "ben"sv ||
         key == "abu"sv || key == "of"sv || key == "for"sv || key == "&"sv;
}

bool ProperTag(const Token& t) { return t.xpos == "NNP"sv || t.xpos == "NNPS"sv; }

}  // namespace

bool IsCapitalsHeadline(const std::vector<Token>& toks) {
  size_t words = 0, capitals = 0;
  for (const Token& t : toks)
    if (!t.text.empty() && std::isalpha(static_cast<unsigned char>(t.text[0]))) {
      ++words;
      capitals += AllCapitals(t.text) ? 1 : 0;
    }
  return words >= 3 && capitals * 4 >= words * 3;
}

std::vector<Unit> FindNameOnly(const std::vector<Token>& toks, const std::vector<bool>& excluded,
                               const std::vector<bool>& nationality) {
  std::vector<Unit> out;
  const size_t n = toks.size();
  auto is_excluded = [&](size_t i) { return i < excluded.size() && excluded[i]; };
  // The first word of the sentence (after quotes and brackets) is capitalised whatever it
  // is; so is a word after a colon.
  auto sentence_initial = [&](size_t i) {
    size_t k = i;
    while (k > 0) {
      const std::string& w = toks[k - 1].text;
      if (w == "\""sv || w == "\u201c"sv || w == "'"sv || w == "("sv || w == "["sv || w == "-"sv || w == "--"sv ||
          w == "\u2014"sv || w == "\u2013"sv)
        --k;
      else
        break;
    }
    return k == 0 || toks[k - 1].text == ":"sv || toks[k - 1].text == ";"sv;
  };
  auto candidate = [&](size_t i) {
    if (i >= n || is_excluded(i)) return false;
    const Token& t = toks[i];
    // ("al-Razza" after a capitalised word: whatever its tag, the article's name.)
    if (!ProperTag(t) || !StartsWithCapital(t.text) || t.text.size() < 2) {
      bool article = ArticleName(t.text) && i > 0 && StartsWithCapital(toks[i - 1].text);
      if (!article) return false;
    }
    // A dash joining two names is a pair, not a name ("Baghdad–Washington talks").
    if (t.text.find("\u2013") != std::string::npos || t.text.find("\u2014") != std::string::npos) return false;
    // Digits ("F-16", "G20") name things, not actors.
    for (char c : t.text)
      if (std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
  };
  // (In a headline set in capitals no word is a name for being capitalised.)
  if (IsCapitalsHeadline(toks)) return out;
  size_t i = 0;
  while (i < n) {
    if (!candidate(i)) {
      ++i;
      continue;
    }
    size_t begin = i, end = i + 1;
    for (;;) {
      if (candidate(end)) {
        ++end;
        continue;
      }
      // A hyphen written with no space between two names joins one name ("Mark
      // Wallace-Jones", "Dominique Strauss-Kahn"); the tokenizer split it.
      if (end + 1 < n && toks[end].text == "-"sv && toks[end].start == toks[end - 1].end &&
          toks[end + 1].start == toks[end].end && !is_excluded(end) && candidate(end + 1)) {
        end += 2;
        continue;
      }
      // A lower-case particle between capitalised words: "Ricardo de la Cruz", "Union of
      // Concerned Scientists" (not at the end: "Smith of").
      size_t k = end;
      while (k < n && !is_excluded(k) && Particle(NormalizeToken(toks[k].text)) && !StartsWithCapital(toks[k].text))
        ++k;
      if (k > end && k - end <= 2 && candidate(k)) {
        end = k + 1;
        continue;
      }
      break;
    }
    i = end;
    // A capitalised dictionary word right before or after it makes it part of a longer
    // name we cannot read ("Trump Tower", "Gaza Strip authority"), unless it is an
    // opening word.
    // (A nationality before it is no such word: "Ukrainian lawmaker" is composed, and
    // "the Syrian Observatory for Human Rights" gets the country from it.)
    const bool after_nationality = begin > 0 && begin - 1 < nationality.size() && nationality[begin - 1];
    if (begin > 0 && is_excluded(begin - 1) && StartsWithCapital(toks[begin - 1].text) && !sentence_initial(begin - 1) &&
        !EdgeWord(NormalizeToken(toks[begin - 1].text)) && !after_nationality)
      continue;
    if (end < n && is_excluded(end) && StartsWithCapital(toks[end].text)) continue;
    // Photo credits and bylines: "REUTERS/Jane Doe/File Photo".
    auto slash = [&](size_t k) { return k < n && toks[k].text.find('/') != std::string::npos; };
    if ((begin > 0 && slash(begin - 1)) || slash(end)) continue;
    // A run ending in a title is a title ("Permanent Representative", "State Councillor"); one
    // ending in a place, building or document word is a thing ("Tiananmen Square").
    if (Title(NormalizeToken(toks[end - 1].text)) || ThingWord(NormalizeToken(toks[end - 1].text))) continue;
    // The unit keeps the titles before the name (the parser may make one of them the
    // phrase's head: "NLRB General Counsel Peter Robb"), the name does not; other edge
    // words ("Monday", "The") are no part of either.
    size_t unit_begin = begin;
    while (unit_begin < end && EdgeWord(NormalizeToken(toks[unit_begin].text)) &&
           !Title(NormalizeToken(toks[unit_begin].text)) && !IsHonorificWord(NormalizeToken(toks[unit_begin].text)))
      ++unit_begin;
    // A title or honorific inside starts the name after it ("Archbishop of Canterbury Dr
    // Rowan Williams": "Rowan Williams").
    for (size_t k = end - 1; k > begin; --k)
      if (EdgeWord(NormalizeToken(toks[k - 1].text)) && StartsWithCapital(toks[k - 1].text)) {
        begin = k;
        break;
      }
    // Titles, calendar words, bylines at its edges are no part of it.
    while (begin < end && EdgeWord(NormalizeToken(toks[begin].text))) ++begin;
    while (end > begin && (EdgeWord(NormalizeToken(toks[end - 1].text)) || Particle(NormalizeToken(toks[end - 1].text))))
      --end;
    if (begin == end) continue;
    bool generic = true;
    for (size_t k = begin; k < end && generic; ++k) {
      std::string key = NormalizeToken(toks[k].text);
      generic = GenericWord(key) || EdgeWord(key) || Particle(key);
    }
    if (generic) continue;
    // A capitalised word opening the sentence may be any word ("Fresh clashes", "Dozens");
    // a name there needs two words ("Abdul Rahman Khan said").
    if (end - begin == 1 && sentence_initial(begin) && !after_nationality) continue;
    // Headline debris: several words all in capitals ("POLICE RAID HOMES").
    bool shouting = end - begin > 1;
    for (size_t k = begin; k < end && shouting; ++k) shouting = AllCapitals(toks[k].text);
    if (shouting) continue;
    // One word in capitals longer than an acronym is a shout, not a name ("BREAKING").
    if (end - begin == 1 && AllCapitals(toks[begin].text) && toks[begin].text.size() > 6) continue;
    Unit u;
    u.begin = static_cast<uint32_t>(std::min(unit_begin, begin));
    u.end = static_cast<uint32_t>(end);
    u.name_only = true;
    for (size_t k = begin; k < end; ++k) {
      if (k > begin && toks[k].start > toks[k - 1].end) u.actor.name += ' ';
      u.actor.name += toks[k].text;
    }
    u.why = "name-only: '" + u.actor.name + "' (a proper name in no dictionary)";
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace dyad::actors
