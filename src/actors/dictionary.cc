// Actor dictionaries: dyad's format, compiled into a token trie.
#include <algorithm>
#include <array>
#include <string_view>
#include <cstring>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/actor.h"
#include "actors/words.h"
#include "dyad/text.h"

namespace dyad::actors {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;
namespace {

namespace fs = std::filesystem;

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

std::vector<std::string> SplitAlternatives(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t bar = s.find('|', pos);
    if (bar == std::string::npos) bar = s.size();
    std::string part = Trim(s.substr(pos, bar - pos));
    if (!part.empty()) out.push_back(part);
    pos = bar + 1;
  }
  return out;
}

std::string StripComment(const std::string& line) {
  size_t hash = line.find('#');
  return hash == std::string::npos ? line : line.substr(0, hash);
}

bool IsDate(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && isdigit((unsigned char)s[0]);
}

std::string Today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{now};
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
           static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Regular English plurals of the last word of a multi-word agent name.
std::vector<std::string> Plurals(const std::string& name) {
  size_t sp = name.rfind(' ');
  std::string head = name.substr(0, sp == std::string::npos ? 0 : sp + 1);
  std::string last = name.substr(sp == std::string::npos ? 0 : sp + 1);
  if (last.empty() || !isalpha((unsigned char)last.back())) return {};
  std::vector<std::string> out;
  auto ends = [&](const char* suf) {
    size_t n = strlen(suf);
    return last.size() > n && last.compare(last.size() - n, n, suf) == 0;
  };
  if (ends("man") && !ends("human")) {
    out.push_back(head + last.substr(0, last.size() - 3) + "men");
  } else if (ends("y") && !ends("ay") && !ends("ey") && !ends("oy") && !ends("uy")) {
    out.push_back(head + last.substr(0, last.size() - 1) + "ies");
  } else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) {
    if (!ends("ss") && ends("s")) return {};  // already plural ("forces", "police")
    out.push_back(head + last + "es");
  } else if (ends("f") && !ends("ff")) {
    out.push_back(head + last + "s");
  } else {
    out.push_back(head + last + "s");
  }
  return out;
}

bool AllCapitalsShort(const std::vector<Token>& toks) {
  size_t letters = 0;
  for (const auto& t : toks)
    for (char c : t.text) {
      if (c == '.') continue;
      if (!isupper(static_cast<unsigned char>(c))) return false;
      ++letters;
    }
  return letters > 0 && letters <= 4;  // FORMAT.md: "at most 4 letters"
}

bool TokenIsCapitals(const std::string& t) {
  bool any = false;
  for (char c : t) {
    if (c == '.') continue;
    if (!isupper(static_cast<unsigned char>(c))) return false;
    any = true;
  }
  return any;
}

int KindPriority(Kind k) {
  switch (k) {
    case Kind::kPerson: return 7;
    case Kind::kOrg: return 6;
    case Kind::kSeat: return 5;
    case Kind::kCountry: return 4;
    case Kind::kCapital: return 3;
    case Kind::kAdjective: return 2;
    case Kind::kAgent: return 1;
  }
  return 0;
}

// U+00C0..U+017F folded to lower-case ASCII ("" = keep the character).
constexpr const char* kLatinFold[0x180 - 0xC0] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

// The code point of the UTF-8 sequence at s[i] when it is 2 bytes long, else -1.
int TwoByteCodePoint(const std::string& s, size_t i) {
  unsigned char a = static_cast<unsigned char>(s[i]);
  if ((a & 0xE0) != 0xC0 || i + 1 >= s.size()) return -1;
  unsigned char b = static_cast<unsigned char>(s[i + 1]);
  if ((b & 0xC0) != 0x80) return -1;
  return ((a & 0x1F) << 6) | (b & 0x3F);
}

}  // namespace

// A word that starts with a capital letter, Latin accented capitals included ("Özil").
bool StartsWithCapital(const std::string& t) {
  if (t.empty()) return false;
  const unsigned char c0 = static_cast<unsigned char>(t[0]);
  if (c0 < 0x80) return c0 >= 'A' && c0 <= 'Z';
  int cp = TwoByteCodePoint(t, 0);
  if (cp < 0) return false;
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return cp == 0x178 || cp == 0x218 || cp == 0x21A;
}

namespace {

// A word written as a name: capitalised, or with a capital inside it where typing went
// astray ("iSrael"); names written so still match.
bool WrittenAsName(const std::string& t) {
  if (StartsWithCapital(t)) return true;
  if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return false;
  for (char c : t)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// A word list grouped by first byte: a lookup compares a few words, not all of them.
using LetterIndex = std::array<std::vector<std::string_view>, 256>;
template <size_t N>
LetterIndex ByFirstLetter(const char* const (&words)[N]) {
  LetterIndex index;
  for (const char* w : words) index[static_cast<unsigned char>(w[0])].push_back(w);
  return index;
}
bool InByFirstLetter(const LetterIndex& index, const std::string& key) {
  if (key.empty()) return false;
  for (std::string_view w : index[static_cast<unsigned char>(key[0])])
    if (w == key) return true;
  return false;
}

// Words any sentence may start with, capitalised there without being a name.
bool IsSentenceOpener(const std::string& key) {
  static const char* const kOpeners[] = {
      "the", "a", "an", "and", "but", "or", "so", "yet", "then", "now", "when", "while",
      "after", "before", "as", "if", "since", "because", "though", "although", "once",
      "until", "unless", "whether", "where", "why", "how", "what", "who", "with", "without",
      "for", "in", "on", "at", "by", "from", "to", "of", "under", "over", "during", "despite",
      "unlike", "like", "both", "neither", "either", "even", "only", "also", "still", "thus",
      "however", "meanwhile", "instead", "later", "earlier", "yesterday", "today", "tonight",
      "last", "next", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "your", "said", "says", "asked", "told", "added", "according", "speaking",
      "not", "no", "all", "many", "some", "several", "other", "another", "each", "every"};
  static const auto by_letter = ByFirstLetter(kOpeners);
  return InByFirstLetter(by_letter, key);
}

// "III", "XIV": a regnal number after a monarch's or pope's name.
bool IsRomanNumeral(const std::string& t) {
  if (t.empty()) return false;
  for (char c : t)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}

// Titles and honorifics that precede a surname without being part of the name.
bool IsHonorific(const std::string& key) {
  static const char* const kTitles[] = {
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik",
      "gen", "general", "col", "colonel", "adm", "admiral", "lt", "sgt", "maj", "capt",
      "rep", "sen", "gov", "pres", "president", "premier", "chancellor", "king", "queen",
      "prince", "princess", "emir", "ayatollah", "imam", "rabbi", "pope", "cardinal",
      "judge", "justice", "secretary", "ambassador", "envoy", "speaker", "leader", "mayor",
      "governor", "senator", "commander", "marshal", "minister", "chief", "comrade", "mullah"};
  static const auto by_letter = ByFirstLetter(kTitles);
  return InByFirstLetter(by_letter, key);
}

// The latest day on or before `date` on which the person held one of their roles ("" when
// none had started by then): `date` itself when in office on it. People sharing a name
// (a `short` name, an exact alias) resolve to the one whose day is the latest.
std::string LastDayInOffice(const Entry& e, const std::string& date) {
  std::string last;
  for (const auto& r : e.roles) {
    if (!r.from.empty() && r.from > date) continue;
    std::string until = r.to.empty() || r.to > date ? date : r.to;
    if (until > last) last = until;
  }
  return last;
}

// Articles before a capitalised word make it a common noun ("the Bishop of London").
bool IsArticle(const std::string& key) { return key == "the"sv || key == "a"sv || key == "an"sv; }

// Most alphabetic words of the sentence capitalised: a headline in title case.
bool TitleCase(const std::vector<Token>& tokens) {
  size_t words = 0, capitals = 0;
  for (const auto& t : tokens) {
    if (t.text.empty() || !isalpha(static_cast<unsigned char>(t.text[0]))) continue;
    ++words;
    if (StartsWithCapital(t.text)) ++capitals;
  }
  return words >= 6 && capitals * 10 >= words * 7;
}

}  // namespace

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kCountry: return "country";
    case Kind::kAdjective: return "adjective";
    case Kind::kCapital: return "capital";
    case Kind::kSeat: return "seat";
    case Kind::kPerson: return "person";
    case Kind::kOrg: return "org";
    case Kind::kAgent: return "agent";
  }
  return "?";
}

// A normalised word's hash, and an edge's key in the trie's edge table (never 0). Two
// different edges sharing a 64-bit key is left to chance (about 1 in 10^14 per pair).
static uint64_t HashKey(const std::string& key) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}
// The bit of a root word in Dictionary::root_filter_ (`bits`: a power of two).
static uint64_t RootFilterBit(uint64_t key_hash, size_t bits) {
  return ((key_hash * 0x9E3779B97F4A7C15ULL) >> 32) & (bits - 1);
}
static uint64_t EdgeKey(uint32_t node, uint64_t key_hash) {
  uint64_t h = (key_hash ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL)) * 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h ? h : 1;
}

namespace {

// NormalizeToken into `out` (its capacity reused).
void NormalizeTokenInto(const std::string& token, std::string& out) {
  const size_t n = token.size();
  out.resize(n);  // the key is never longer than the token
  char* o = out.data();
  size_t w = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c < 0x80) {  // the common case: ASCII
      if (c == '.') continue;
      o[w++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      continue;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)token[i + 1] == 0x80 &&
        ((unsigned char)token[i + 2] == 0x99 || (unsigned char)token[i + 2] == 0x98)) {
      o[w++] = '\'';  // ’ ‘ -> '
      i += 2;
      continue;
    }
    int cp = TwoByteCodePoint(token, i);
    if (cp >= 0xC0 && cp < 0x180 && *kLatinFold[cp - 0xC0]) {  // "Erdoğan" -> "erdogan"
      // (The fold of a two-byte letter is at most two letters: no longer than the letter.)
      for (const char* f = kLatinFold[cp - 0xC0]; *f; ++f) o[w++] = *f;
      ++i;
      continue;
    }
    if (cp >= 0x218 && cp <= 0x21B) {  // Romanian comma-below s and t
      o[w++] = cp < 0x21A ? 's' : 't';
      ++i;
      continue;
    }
    o[w++] = static_cast<char>(c);
  }
  if (w == 0) {
    out = token;  // "." stays "."
    return;
  }
  out.resize(w);
}

}  // namespace

std::string NormalizeToken(const std::string& token) {
  std::string out;
  NormalizeTokenInto(token, out);
  return out;
}

int Dictionary::NewEntry(Entry e) {
  entries_.push_back(std::move(e));
  return static_cast<int>(entries_.size()) - 1;
}

void Dictionary::AddName(int entry, const std::string& raw_name, bool surname) {
  std::vector<Token> toks = text::Tokenize(raw_name);
  if (!toks.empty()) {
    std::string first = NormalizeToken(toks.front().text);
    if (first == "the" && toks.size() > 1) toks.erase(toks.begin());
  }
  if (toks.empty()) return;
  uint32_t node = 0;
  for (const auto& t : toks) {
    std::string key = NormalizeToken(t.text);
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) {
      nodes_.push_back(Node{});
      uint32_t id = static_cast<uint32_t>(nodes_.size() - 1);
      nodes_[node].next.emplace(key, id);
      node = id;
    } else {
      node = it->second;
    }
  }
  const bool capitals = !surname && AllCapitalsShort(toks);
  auto& list = surname ? nodes_[node].surnames : capitals ? nodes_[node].capitals : nodes_[node].exact;
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  if (!surname) {
    if (node_names_.size() < nodes_.size()) node_names_.resize(nodes_.size(), 0);
    node_names_[node] |= capitals ? kNodeCapitals : kNodeExact;
  }
  ++name_count_;
  if (!surname) {
    if (names_.size() < entries_.size()) names_.resize(entries_.size());
    names_[entry].push_back(raw_name);
  }
}

void Dictionary::AddShortName(int entry, const std::string& name) {
  std::vector<Token> toks = text::Tokenize(name);
  if (toks.size() != 1) return;
  uint32_t node = 0;
  std::string key = NormalizeToken(toks.front().text);
  auto it = nodes_[node].next.find(key);
  if (it == nodes_[node].next.end()) {
    nodes_.push_back(Node{});
    it = nodes_[node].next.emplace(key, static_cast<uint32_t>(nodes_.size() - 1)).first;
  }
  auto& list = nodes_[it->second].shorts;
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  entries_[entry].shorts.push_back(name);
}

Status Dictionary::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open actor dictionary");
  std::string file = fs::path(path).filename().string();
  std::string line;
  int number = 0;
  int current = -1;  // entry the indented lines belong to
  int last_named = -1;  // the entry or sub-entry named last (`context` applies to it)
  std::string current_country;
  auto error = [&](const std::string& why) {
    return Status::Error(path + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    std::string body = StripComment(line);
    if (Trim(body).empty()) continue;
    bool indented = body[0] == ' ' || body[0] == '\t';
    std::istringstream words(Trim(body));
    std::string keyword;
    words >> keyword;
    std::string rest;
    std::getline(words, rest);
    rest = Trim(rest);
    if (!indented) {
      current = -1;
      last_named = -1;
      current_country.clear();
      Entry e;
      e.file = file;
      e.line = number;
      if (keyword == "agent") {
        std::istringstream r(rest);
        std::string role;
        r >> role;
        std::string names;
        std::getline(r, names);
        if (role.empty() || Trim(names).empty()) return error("agent needs a role and names");
        e.kind = Kind::kAgent;
        e.code = role;
        auto alts = SplitAlternatives(names);
        if (alts.empty()) return error("agent needs a role and names");
        e.canonical = alts.front();
        int id = NewEntry(e);
        for (const auto& n : alts) {
          AddName(id, n);
          for (const auto& p : Plurals(n)) AddName(id, p);
        }
        continue;
      }
      if (keyword == "none") {
        // Names that contain an actor's name but code nobody ("the Jordan River").
        auto alts = SplitAlternatives(rest);
        if (alts.empty()) return error("none needs names");
        e.kind = Kind::kOrg;
        e.canonical = alts.front();
        int id = NewEntry(e);
        for (const auto& n : alts) AddName(id, n);
        continue;
      }
      if (keyword == "common") {
        // English words that are also surnames: alone they name nobody.
        for (const auto& w : SplitAlternatives(rest)) common_words_.insert(NormalizeToken(w));
        continue;
      }
      std::istringstream r(rest);
      std::string code;
      r >> code;
      std::string name;
      std::getline(r, name);
      name = Trim(name);
      if (keyword == "person") {
        // A person's line holds only the name: "person Vladimir Putin".
        e.kind = Kind::kPerson;
        e.canonical = rest;
        current = NewEntry(e);
        last_named = current;
        AddName(current, rest);
        continue;
      }
      if (code.empty() || name.empty()) return error("'" + keyword + "' needs a code and a name");
      e.code = code;
      e.canonical = name;
      if (keyword == "country") {
        e.kind = Kind::kCountry;
        current_country = code;
        country_codes_[code] = name;
      } else if (keyword == "org") {
        e.kind = Kind::kOrg;
      } else {
        return error("unknown entry kind '" + keyword + "'");
      }
      current = NewEntry(e);
      last_named = current;
      if (e.kind == Kind::kCountry) country_entry_[code] = current;
      AddName(current, name);
      continue;
    }
    if (current < 0) return error("indented line outside an entry");
    Entry& owner = entries_[current];
    auto sub_entry = [&](Kind kind, const std::string& code, const std::string& names) {
      Entry e;
      e.kind = kind;
      e.code = code;
      e.file = file;
      e.line = number;
      auto alts = SplitAlternatives(names);
      if (alts.empty()) return;
      e.canonical = alts.front();
      e.country = current_country;
      int id = NewEntry(e);
      last_named = id;
      for (const auto& n : alts) AddName(id, n);
    };
    if (keyword == "name" || keyword == "alias") {
      for (const auto& n : SplitAlternatives(rest)) AddName(current, n);
    } else if (keyword == "adj" && owner.kind == Kind::kCountry) {
      sub_entry(Kind::kAdjective, owner.code, rest);
    } else if ((keyword == "capital" || keyword == "region") && owner.kind == Kind::kCountry) {
      sub_entry(Kind::kCapital, owner.code, rest);
    } else if (keyword == "context") {
      for (const auto& w : SplitAlternatives(rest)) {
        std::string key = NormalizeToken(w);
        entries_[last_named].context.push_back(key);
        context_words_.insert(key);
        const uint32_t bit = ContextBit(key);
        context_bloom_[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
    } else if (keyword == "seat" && (owner.kind == Kind::kCountry || owner.kind == Kind::kOrg)) {
      // An organisation's seat ("seat - Security Council" under the UN) is the
      // organisation itself ("-": no role added) unless a country marks it as its own.
      std::istringstream r(rest);
      std::string role, names;
      r >> role;
      std::getline(r, names);
      if (role.empty() || Trim(names).empty()) return error("seat needs a role and names");
      sub_entry(Kind::kSeat, role == "-" ? owner.code : owner.code + role, names);
    } else if (keyword == "role" && owner.kind == Kind::kPerson) {
      std::istringstream r(rest);
      DatedRole role;
      std::string from, to;
      r >> role.code >> from >> to;
      std::getline(r, role.title);
      role.title = Trim(role.title);
      if (role.code.empty() || (from != "-" && !IsDate(from)) || (to != "-" && !IsDate(to)))
        return error("role needs CODE FROM TO with dates as YYYY-MM-DD or '-'");
      role.from = from == "-" ? "" : from;
      role.to = to == "-" ? "" : to;
      entries_[current].roles.push_back(role);
    } else if (keyword == "short" && owner.kind == Kind::kPerson) {
      for (const auto& n : SplitAlternatives(rest)) {
        if (text::Tokenize(n).size() != 1) return error("a short name is one word: '" + n + "'");
        AddShortName(current, n);
      }
    } else if (keyword == "other" && owner.kind == Kind::kPerson) {
      entries_[current].other = rest;
    } else if ((keyword == "since" || keyword == "until") && owner.kind == Kind::kOrg) {
      if (!IsDate(rest)) return error(keyword + " needs a date as YYYY-MM-DD");
      (keyword == "since" ? entries_[current].since : entries_[current].until) = rest;
    } else if (keyword == "country") {
      entries_[current].country = rest;
    } else if (keyword == "code") {
      entries_[current].code = rest;
    } else {
      return error("unknown field '" + keyword + "' for " + KindName(owner.kind));
    }
  }
  return Status::Ok();
}

void Dictionary::Finish() {
  // Surnames: the last word of a person's canonical name ("Vladimir Putin" -> Putin; the
  // canonical name is chosen so: "Carlos Mesa Gisbert" keeps "Mesa" from standing alone).
  // A word counts as ambiguous when it appears in the names of more than one person,
  // aliases and first names included ("Abbas", "Kim").
  word_people_.clear();
  name_predecessors_.clear();
  memory_keys_.assign(entries_.size(), {});
  names_.resize(entries_.size());
  for (int id = 0; id < static_cast<int>(entries_.size()); ++id) {
    const Entry& e = entries_[id];
    if (e.kind != Kind::kPerson) continue;
    std::vector<std::string> words;
    auto& keys = memory_keys_[id];
    for (const auto& name : names_[id]) {
      std::vector<Token> toks = text::Tokenize(name);
      std::string before;  // the previous word of the name ("-" skipped)
      for (const auto& t : toks) {
        std::string k = NormalizeToken(t.text);
        if (std::find(words.begin(), words.end(), k) == words.end()) words.push_back(k);
        if (!isalpha(static_cast<unsigned char>(k[0]))) continue;
        if (!before.empty()) {
          auto& list = name_predecessors_[k];
          std::pair<int, std::string> p{id, before};
          if (std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
        }
        before = k;
      }
      // The surname: the last word, skipping a regnal number ("King Charles III"); not
      // the end of a hyphenated name ("Strauss-Kahn") unless after an article ("al-Assad").
      size_t end = toks.size();
      while (end > 1 && IsRomanNumeral(toks[end - 1].text)) --end;
      if (end < 2) continue;
      const std::string& last = toks[end - 1].text;
      if (last.size() < 3 || !StartsWithCapital(last)) continue;
      if (end >= 3 && toks[end - 2].text == "-"sv) {
        static const char* const kArticles[] = {"al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "ul", "ud"};
        std::string before = NormalizeToken(toks[end - 3].text);
        if (std::none_of(std::begin(kArticles), std::end(kArticles),
                         [&](const char* a) { return before == a; }))
          continue;
      }
      // Once the story names the person in full, the last word of any of their names
      // stands for them ("Ricardo Lagos ... Lagos said").
      std::string key = NormalizeToken(last);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      if (name == e.canonical) AddName(id, last, /*surname=*/true);
    }
    for (const auto& w : words) word_people_[w]++;
    for (const auto& s : e.shorts) {
      std::string key = NormalizeToken(s);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  }
  // The edge table (Child): every (node, word) -> child, at most half full.
  size_t edges = 0;
  for (const Node& n : nodes_) edges += n.next.size();
  size_t cap = 16;
  while (cap < edges * 2 + 2) cap <<= 1;
  edge_keys_.assign(cap, 0);
  edge_children_.assign(cap, 0);
  for (uint32_t node = 0; node < nodes_.size(); ++node)
    for (const auto& [key, child] : nodes_[node].next) {
      uint64_t k = EdgeKey(node, HashKey(key));
      for (size_t i = k & (cap - 1);; i = (i + 1) & (cap - 1))
        if (edge_keys_[i] == 0) {
          edge_keys_[i] = k;
          edge_children_[i] = child;
          break;
        }
    }
  size_t bits = 1 << 12;
  while (bits < nodes_[0].next.size() * 8) bits <<= 1;
  root_filter_.assign(bits / 64, 0);
  for (const auto& [key, child] : nodes_[0].next) {
    const uint64_t b = RootFilterBit(HashKey(key), bits);
    root_filter_[b / 64] |= uint64_t{1} << (b % 64);
  }
  edge_nodes_ = nodes_.size();
}

uint32_t Dictionary::Child(uint32_t node, const std::string& key, uint64_t key_hash) const {
  if (edge_nodes_ != nodes_.size() || edge_keys_.empty()) {  // names added since Finish
    auto it = nodes_[node].next.find(key);
    return it == nodes_[node].next.end() ? 0 : it->second;
  }
  if (node == 0) {
    const uint64_t b = RootFilterBit(key_hash, root_filter_.size() * 64);
    if (!(root_filter_[b / 64] >> (b % 64) & 1)) return 0;
  }
  const uint64_t k = EdgeKey(node, key_hash);
  const size_t mask = edge_keys_.size() - 1;
  for (size_t i = k & mask;; i = (i + 1) & mask) {
    if (edge_keys_[i] == k) return edge_children_[i];
    if (edge_keys_[i] == 0) return 0;
  }
}

Result<std::shared_ptr<Dictionary>> Dictionary::LoadDirectory(const std::string& dir) {
  auto dict = std::make_shared<Dictionary>();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Result<std::shared_ptr<Dictionary>>::Error(dir + ": actor dictionary folder not found");
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(dir, ec))
    if (f.path().extension() == ".actors") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (Status s = dict->LoadFile(f); !s) return s;
  dict->Finish();
  return dict;
}

void Dictionary::SplitCode(const std::string& code, std::string* country,
                           std::string* role) const {
  country->clear();
  role->clear();
  if (code.size() >= 3 && country_codes_.count(code.substr(0, 3))) {
    *country = code.substr(0, 3);
    if (code.size() >= 6) *role = code.substr(3, 3);
  } else if (code.size() >= 3) {
    *role = code.substr(0, 3);
  }
}

Actor Dictionary::ResolvePerson(const Entry& e, const std::string& date_in,
                                std::string* why) const {
  std::string date = date_in.empty() ? Today() : date_in;
  const DatedRole* best = nullptr;
  for (const auto& r : e.roles) {
    bool started = r.from.empty() || r.from <= date;
    bool ended = !r.to.empty() && r.to <= date;
    if (started && !ended && (!best || r.from > best->from)) best = &r;
  }
  Actor a;
  std::string country, role;
  if (best) {
    a.code = best->code;
    if (why)
      *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical + ": " +
             (best->title.empty() ? best->code : best->title) + " " +
             (best->from.empty() ? "" : "from " + best->from) +
             (best->to.empty() ? "" : " to " + best->to);
  } else if (!e.other.empty()) {
    a.code = e.other;
    if (why) *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical +
                    ": no office on " + date + ", " + e.other;
  } else {
    // Out of office: the country of the nearest role in time.
    const DatedRole* nearest = nullptr;
    for (const auto& r : e.roles) {
      if (!nearest) { nearest = &r; continue; }
      bool before = !r.to.empty() && r.to <= date;
      if (before && (nearest->to.empty() || r.to > nearest->to)) nearest = &r;
    }
    if (nearest) {
      SplitCode(nearest->code, &country, &role);
      a.code = country;
    }
    if (why) *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical +
                    ": no office on " + date;
  }
  SplitCode(a.code, &a.country, &a.role);
  return a;
}

std::vector<Match> Dictionary::Find(const std::vector<Token>& tokens, const std::string& date,
                                    StoryMemory* memory) const {
  std::vector<Match> out;
  // (Scratch reused across calls on this thread: a vector of keys keeps their buffers.)
  thread_local std::vector<std::string> keys_scratch;
  thread_local std::vector<uint64_t> hashes_scratch;
  if (keys_scratch.size() < tokens.size()) keys_scratch.resize(tokens.size());
  std::vector<std::string> keys = std::move(keys_scratch);
  keys_scratch = {};
  keys.resize(tokens.size());
  std::vector<uint64_t>& hashes = hashes_scratch;
  hashes.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    NormalizeTokenInto(tokens[i].text, keys[i]);
    hashes[i] = HashKey(keys[i]);
  }
  struct GiveBack {
    std::vector<std::string>& from;
    ~GiveBack() { keys_scratch = std::move(from); }
  } give_back{keys};
  const bool title_case = TitleCase(tokens);
  if (memory)
    for (const auto& k : keys)
      if (MaybeContextWord(k) && context_words_.count(k)) memory->context_words.insert(k);
  // How strongly the sentence and the story favour an entry (its `context` words present).
  auto context_score = [&](const Entry& e) {
    int score = 0;
    for (const auto& w : e.context)
      if (std::find(keys.begin(), keys.end(), w) != keys.end() ||
          (memory && memory->context_words.count(w)))
        ++score;
    return score;
  };
  size_t covered_until = 0;  // tokens before this one belong to a match
  std::string short_why;
  std::string day;  // the story date, once needed (empty `date`: today)
  size_t i = 0;
  while (i < tokens.size()) {
    uint32_t node = 0;
    int best_entry = -1;
    size_t best_end = i;
    bool best_surname = false;
    // The person this one word may name on its own (surname, short name, story memory).
    int alone = -1;
    Alone stands = StandsAlone(tokens, keys, i, covered_until, title_case);
    // "Pérez Molina" (of Otto Pérez Molina), "Benjamim Netanyahu": the word before is the
    // one before this word in a person's name, as written or misspelt by a letter; the
    // two words name that person (not someone else of the surname).
    bool with_previous = false;
    if (stands == Alone::kOtherName && i >= 1 && covered_until < i &&
        StartsWithCapital(tokens[i - 1].text) &&
        !(i + 1 < tokens.size() && StartsWithCapital(tokens[i + 1].text) &&
          isalpha(static_cast<unsigned char>(tokens[i + 1].text[0])) && !NameStartsAt(keys, i + 1))) {
      int own = OwnNameBefore(keys, i);
      if (own >= 0) {
        alone = own;
        with_previous = true;
        short_why = "with the word before it, a name of theirs";
        stands = Alone::kYes;
      }
    }
    if (stands == Alone::kYes && !with_previous) {
      const uint32_t first = Child(0, keys[i], hashes[i]);  // (0: none; the root is no child)
      alone = ResolveShortName(keys[i], first ? &nodes_[first] : nullptr, date, memory, &short_why);
    } else if (stands == Alone::kOtherName && memory && word_people_.count(keys[i])) {
      // "Lisa Andersson": the story is about someone else of that name; the word alone
      // names nobody from here on.
      Remember(memory, keys[i], -1);
    }
    // A person the story has named in full ("John Monks, the TUC general secretary")
    // beats a generic role noun their surname also spells ("Monks criticised the
    // government": not monks). Only the story's memory does so: a capital alone, as at the
    // start of a sentence ("Monks protested in Yangon"), leaves the role noun; so do an
    // article before the word ("the Bishop of London") and a name after it, where the
    // word is a title ("Bishop Desmond Tutu").
    bool named_before = false;
    if (alone >= 0 && memory) {
      auto known = memory->surname_to_entry.find(keys[i]);
      named_before = known != memory->surname_to_entry.end() &&
                     (known->second == alone || known->second == kSeveralKnown) &&
                     !(i >= 1 && IsArticle(keys[i - 1])) &&
                     !(i + 1 < tokens.size() && StartsWithCapital(tokens[i + 1].text) &&
                       isalpha(static_cast<unsigned char>(tokens[i + 1].text[0])));
    }
    for (size_t j = i; j < tokens.size(); ++j) {
      uint32_t child = Child(node, keys[j], hashes[j]);
      if (!child) break;
      node = child;
      // (Most nodes on the way end no name: the compact flags spare a cache miss on the
      // node for them.)
      const uint8_t names_here = node < node_names_.size() ? node_names_[node] : 0;
      int chosen = -1;
      auto consider = [&](int id) {
        const Entry& e = entries_[id];
        // (An organisation names nothing before it was founded or after it was dissolved.)
        if (!e.since.empty() || !e.until.empty()) {
          if (day.empty()) day = date.empty() ? Today() : date;
          if ((!e.since.empty() && day < e.since) || (!e.until.empty() && day >= e.until)) return;
        }
        // A dictionary name written with a capital needs a capital in the text.
        bool needs_capital = e.kind != Kind::kAgent;
        if (needs_capital && !WrittenAsName(tokens[i].text) &&
            isalpha(static_cast<unsigned char>(tokens[i].text[0])) &&
            isupper(static_cast<unsigned char>(e.canonical[0])))
          return;
        if (chosen < 0) {
          chosen = id;
          return;
        }
        const Entry& c = entries_[chosen];
        if (!e.context.empty() || !c.context.empty()) {  // "Georgia": the state or the US state
          int se = context_score(e), sc = context_score(c);
          if (se != sc) {
            if (se > sc) chosen = id;
            return;
          }
        }
        if (e.kind == Kind::kPerson && c.kind == Kind::kPerson) {
          // Two people share the name ("George Bush": the father and the son): as for
          // `short` names, the one in office on the date, else the latest to have held
          // one; on a tie the first declared.
          if (day.empty()) day = date.empty() ? Today() : date;
          if (LastDayInOffice(e, day) > LastDayInOffice(c, day)) chosen = id;
          return;
        }
        if (KindPriority(e.kind) > KindPriority(c.kind)) chosen = id;
      };
      if (names_here & kNodeExact)
        for (int id : nodes_[node].exact) consider(id);
      if (names_here & kNodeCapitals) {
        bool capitals = true;
        for (size_t k = i; k <= j && capitals; ++k) capitals = TokenIsCapitals(tokens[k].text);
        if (capitals)
          for (int id : nodes_[node].capitals) consider(id);
      }
      bool surname = false;
      if (j == i && alone >= 0 &&
          (chosen < 0 || (named_before && entries_[chosen].kind == Kind::kAgent))) {
        chosen = alone;
        surname = true;
      }
      if (chosen >= 0) {
        best_entry = chosen;
        best_end = j + 1;
        best_surname = surname;
      }
    }
    if (best_entry < 0 && alone >= 0) {  // a word the trie does not hold ("Zelenskyy")
      best_entry = alone;
      best_end = i + 1;
      best_surname = true;
    }
    if (best_entry < 0) {
      ++i;
      continue;
    }
    const Entry& e = entries_[best_entry];
    Match m;
    m.begin = static_cast<uint32_t>(with_previous && best_surname ? i - 1 : i);
    m.end = static_cast<uint32_t>(best_end);
    m.kind = e.kind;
    m.entry = best_entry;
    for (size_t k = m.begin; k < best_end; ++k) {
      if (k > m.begin) m.actor.name += (tokens[k].start > tokens[k - 1].end) ? " " : "";
      m.actor.name += tokens[k].text;
    }
    if (e.kind == Kind::kPerson) {
      Actor a = ResolvePerson(e, date, &m.why);
      a.name = m.actor.name;
      m.actor = a;
      if (best_surname) m.why += " (" + short_why + ")";
      if (memory && !best_surname && static_cast<size_t>(best_entry) < memory_keys_.size())
        for (const auto& key : memory_keys_[best_entry]) Remember(memory, key, best_entry);
    } else {
      m.actor.code = e.code;
      if (e.kind == Kind::kAgent) {
        m.actor.role = e.code;
      } else {
        SplitCode(e.code, &m.actor.country, &m.actor.role);
        if (!e.country.empty()) m.actor.country = e.country;
      }
      m.why = e.file + ":" + std::to_string(e.line) + " " + KindName(e.kind) + " " + e.code +
              " (" + e.canonical + ")";
    }
    if (m.actor.code.empty()) {  // a name with no code on this date (e.g. an empty record)
      i = best_end;
      continue;
    }
    // A seat that is also a generic role noun ("Congress", "parliament") can be another
    // country's institution when a country marks it ("the Brazilian Congress").
    if (e.kind == Kind::kSeat) {
      uint32_t node = 0;
      for (size_t k = i; k < best_end; ++k) node = nodes_[node].next.at(keys[k]);
      for (int id : nodes_[node].exact)
        if (entries_[id].kind == Kind::kAgent) m.generic_role = entries_[id].code;
    }
    out.push_back(std::move(m));
    covered_until = best_end;
    i = best_end;
  }
  return out;
}

Dictionary::Alone Dictionary::StandsAlone(const std::vector<Token>& tokens,
                                           const std::vector<std::string>& keys, size_t i,
                                           size_t covered_until, bool title_case) const {
  auto capitalised_word = [&](size_t k) {
    return StartsWithCapital(tokens[k].text) && isalpha(static_cast<unsigned char>(tokens[k].text[0]));
  };
  // A surname in lower case right after a capitalised title is still the name ("President
  // obama", "Mr putin"): the title says a name follows. Common words never stand alone.
  if (!WrittenAsName(tokens[i].text)) {
    bool after_title = i >= 1 && isalpha(static_cast<unsigned char>(tokens[i].text[0])) &&
                       capitalised_word(i - 1) && IsHonorific(keys[i - 1]);
    if (!after_title) return Alone::kNo;
  }
  if (title_case) return Alone::kYes;  // a headline capitalises every word
  // "Hunter Biden", "Steve Austin": a capitalised word before the surname that no
  // dictionary name covers makes it part of someone else's name. Titles do not; nor, as
  // the sentence's first word, a word any sentence may start with ("But Putin said").
  if (i >= 1 && covered_until < i && capitalised_word(i - 1)) {
    const std::string& prev = keys[i - 1];
    if (!IsHonorific(prev) && !(i == 1 && IsSentenceOpener(prev))) return Alone::kOtherName;
  }
  // Likewise a capitalised word after it where no dictionary name starts ("Jonathan
  // Powell", "Gates Foundation", "Hamada Hussein").
  if (i + 1 < tokens.size() && capitalised_word(i + 1) && !NameStartsAt(keys, i + 1))
    return Alone::kOtherName;
  return Alone::kYes;
}

namespace {

// Spelt alike: equal, or one edit apart (two for long words): "Benjamim" ~ "Benjamin",
// "Volodomyr" ~ "Volodymyr". Short words must be equal.
bool SpeltAlike(const std::string& a, const std::string& b) {
  if (a == b) return true;
  size_t n = a.size(), m = b.size();
  if (std::min(n, m) < 5) return false;
  size_t allowed = std::min(n, m) >= 8 ? 2 : 1;
  if ((n > m ? n - m : m - n) > allowed) return false;
  std::vector<size_t> prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[m] <= allowed;
}

}  // namespace

int Dictionary::OwnNameBefore(const std::vector<std::string>& keys, size_t i) const {
  if (i == 0) return -1;
  auto it = name_predecessors_.find(keys[i]);
  if (it == name_predecessors_.end()) return -1;
  int found = -1;
  for (const auto& [entry, before] : it->second) {
    if (!SpeltAlike(keys[i - 1], before)) continue;
    if (found >= 0 && found != entry) return -1;
    found = entry;
  }
  return found;
}

void Dictionary::Remember(StoryMemory* memory, const std::string& key, int entry) {
  auto [it, added] = memory->surname_to_entry.emplace(key, entry);
  if (added || it->second == entry) return;
  // Two people of that name in one story: nobody alone when one of them is unknown
  // ("Lisa Andersson"); between two known people ("Hafez al-Assad", "Bashar al-Assad")
  // the short-name rule decides by date.
  it->second = it->second == -1 || entry == -1 ? -1 : kSeveralKnown;
}

bool Dictionary::NameStartsAt(const std::vector<std::string>& keys, size_t i) const {
  // (Through the edge table, as Find walks the trie: the nodes' maps cost a string hash,
  // a division and a chain of nodes per word.)
  uint32_t node = 0;
  for (size_t j = i; j < keys.size(); ++j) {
    node = Child(node, keys[j], HashKey(keys[j]));
    if (!node) return false;
    if (node < node_names_.size() && node_names_[node]) return true;
  }
  return false;
}

int Dictionary::ResolveShortName(const std::string& key, const Node* node,
                                 const std::string& date_in, StoryMemory* memory,
                                 std::string* why) const {
  // 1. The story named the person in full earlier.
  if (memory) {
    auto known = memory->surname_to_entry.find(key);
    if (known != memory->surname_to_entry.end() && known->second != kSeveralKnown) {
      *why = "named in full earlier in the story";
      return known->second;  // -1: someone else of that name
    }
  }
  if (!node) return -1;
  const Node& n = *node;
  // 2. A name the dictionaries declare for standing alone ("short Xi"). When several
  // people declare it, the one in office on the date, else the latest to have held one.
  if (!n.shorts.empty()) {
    std::string date = date_in.empty() ? Today() : date_in;
    int best = -1;
    std::string best_last;
    bool tie = false;
    // (Tied people who hold the same code on the date are one actor for coding: two
    // Sharifs in Pakistan's government.)
    auto code_on = [&](int id) {
      std::string why_unused;
      return ResolvePerson(entries_[id], date, &why_unused).code;
    };
    for (int id : n.shorts) {
      std::string last = LastDayInOffice(entries_[id], date);
      if (n.shorts.size() > 1 && last.empty()) continue;  // not yet in any office
      if (best < 0 || last > best_last) {
        best = id;
        best_last = last;
        tie = false;
      } else if (last == best_last && code_on(id) != code_on(best)) {
        tie = true;
      }
    }
    if (best >= 0 && !tie) {
      *why = "short name";
      return best;
    }
    return -1;
  }
  // 3. A surname no other person's name contains, and not an English word ("May").
  if (n.surnames.size() == 1 && !common_words_.count(key)) {
    auto count = word_people_.find(key);
    if (count != word_people_.end() && count->second == 1) {
      *why = "surname";
      return n.surnames.front();
    }
  }
  return -1;
}

std::vector<Match> Dictionary::Lookup(const std::string& text, const std::string& date) const {
  std::vector<Token> toks = text::Tokenize(text);
  StoryMemory memory;
  return Find(toks, date, &memory);
}

}  // namespace dyad::actors
