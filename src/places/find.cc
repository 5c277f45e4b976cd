// Finding place mentions in a sentence and resolving them with context. See dyad/places.h.
#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "dyad/text.h"
#include "places/internal.h"

namespace dyad::places {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;
namespace {

// A fixed list of lower-case words, searched among those of the same first letter: the
// lists below are asked about several words of every sentence, and most words are in none.
// (A list written inline was built on the stack and searched whole at every call.)
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) by_letter_[static_cast<unsigned char>(w[0])].push_back(w);
  }
  bool Has(std::string_view w) const {
    if (w.empty()) return false;
    for (std::string_view x : by_letter_[static_cast<unsigned char>(w[0])])
      if (x == w) return true;
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_letter_;
};

bool In(std::string_view w, const WordList& list) { return list.Has(w); }

// Words after which a name is a location ("in Paris", "from Kyiv").
bool IsLocative(std::string_view k) {
  static const WordList kWords{"in", "near", "at", "from", "outside", "across", "into", "to",
                               "toward", "towards", "around", "inside", "through", "throughout",
                               "via", "within", "between", "reached", "entered", "visit", "visited",
                               "visiting", "left", "leaving", "arrived", "struck", "hit", "bombed",
                               "shelled", "attacked", "captured", "seized", "toured", "raided",
                               "stormed", "targeted", "liberated", "besieged", "evacuated", "fled",
                               "of", "on", "and", "outskirts", "over"};
  return In(k, kWords);
}
// Of those, the ones strong enough to admit a small place.
bool IsStrongLocative(std::string_view k) {
  static const WordList kWords{"of", "on", "and", "over"};
  return IsLocative(k) && !In(k, kWords);
}
bool IsDirectionAdjective(std::string_view k) {
  static const WordList kWords{"northern", "southern", "eastern", "western", "central",
                               "northeastern", "northwestern", "southeastern", "southwestern",
                               "north eastern", "north western", "south eastern", "south western",
                               "upper", "lower", "coastal", "rural", "occupied", "war torn",
                               "greater"};
  return In(k, kWords);
}
bool IsDirectionNoun(std::string_view k) {
  static const WordList kWords{"north", "south", "east", "west", "northeast", "northwest",
                               "southeast", "southwest", "outskirts", "edge", "centre", "center",
                               "heart", "suburbs"};
  return In(k, kWords);
}
bool IsTitle(std::string_view k) {
  static const WordList kWords{"mr", "mrs", "ms", "dr", "president", "gen", "general", "sen",
                               "senator", "rep", "gov", "governor", "king", "queen", "prince",
                               "princess", "sheikh", "pope", "judge", "col", "colonel", "lt", "sgt",
                               "capt", "captain", "mayor", "chancellor", "secretary", "ambassador",
                               "cardinal", "rabbi", "imam", "ayatollah", "minister", "premier",
                               "emir", "sultan", "lord", "lady", "sir", "coach", "striker", "actor",
                               "singer", "st", "saint", "lake", "mount", "fort", "port", "cape"};
  return In(k, kWords);
}
// Words before or after a name that ask for a region or a city.
bool IsRegionHint(std::string_view k) {
  static const WordList kWords{"region", "province", "state", "governorate", "oblast", "county",
                               "district", "prefecture", "territory", "department", "regions",
                               "provinces"};
  return In(k, kWords);
}
bool IsCityHint(std::string_view k) {
  static const WordList kWords{"city", "town", "village", "capital", "port", "suburb",
                               "municipality"};
  return In(k, kWords);
}
// Lower-case words that may stand inside a name ("Rio de Janeiro", "Bosnia and Herzegovina").
bool IsConnector(std::string_view k) {
  // (Every connector has at most four letters: longer words need no search.)
  if (k.empty() || k.size() > 4) return false;
  static const WordList kWords{"de", "del", "da", "do", "dos", "das", "of", "and", "the", "el",
                               "al", "la", "le", "les", "los", "las", "on", "upon", "sur", "am",
                               "im", "an", "der", "di", "du", "y", "e", "i", "en", "ad", "as", "ar",
                               "bin", "ibn", "es", "ash", "ul"};
  return In(k, kWords);
}
// Verbs of saying and other verbs that make a bare name a person or an actor.
bool IsSubjectVerb(std::string_view k) {
  static const WordList kWords{"said", "says", "told", "added", "warned", "accused", "announced",
                               "urged", "called", "denied", "insisted", "argued", "claimed",
                               "stated", "responded", "rejected", "welcomed", "condemned", "wants",
                               "wrote", "tweeted", "posted", "met", "signed", "spoke", "thanked",
                               "praised", "criticized", "criticised", "pledged", "promised",
                               "vowed", "asked", "replied", "noted", "believes"};
  return In(k, kWords);
}

struct Tok {
  std::string key;
  bool cap = false;     // starts with a capital letter
  bool punct = false;   // no letter or digit
};

// A one-character token `c`.
inline bool IsChar(const std::string& s, char c) { return s.size() == 1 && s[0] == c; }

bool StartsCapital(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = static_cast<unsigned char>(s[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if ((c == 0xC4 || c == 0xC5) && s.size() > 1) {
    uint32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[1]) & 0x3F);
    return cp % 2 == 0;
  }
  return false;
}

struct Span {
  uint32_t b = 0, e = 0;
  std::string key;
  HitRange hits;
};

}  // namespace

std::vector<PlaceMention> Gazetteer::Find(std::string_view sentence, const Context& ctx) const {
  return Find(text::Tokenize(sentence), ctx);
}

std::vector<PlaceMention> Gazetteer::Find(const std::vector<Token>& tokens, const Context& ctx) const {
  const Impl& im = *impl_;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  // (Scratch reused across calls on this thread: the keys keep their buffers.)
  thread_local std::vector<Tok> tok_scratch;
  std::vector<Tok> t = std::move(tok_scratch);
  tok_scratch = {};
  t.resize(n);
  struct GiveBack {
    std::vector<Tok>& from;
    ~GiveBack() { tok_scratch = std::move(from); }
  } give_back{t};
  for (uint32_t i = 0; i < n; ++i) {
    NormalizeNameInto(tokens[i].text, t[i].key);
    t[i].cap = StartsCapital(tokens[i].text);
    t[i].punct = t[i].key.empty();
  }
  auto key_at = [&](int64_t i) -> std::string_view {
    return i >= 0 && i < n ? std::string_view(t[i].key) : std::string_view();
  };
  // The first token of the sentence proper (after opening quotes and brackets).
  uint32_t first_word = 0;
  while (first_word < n && t[first_word].punct) ++first_word;

  // True when a one-word key names a country ("Ukraine Russia talks": neither is a name part).
  auto names_country = [&](const std::string& key) {
    for (const Hit& h : im.Hits(key))
      if (im.entries[h.entry].kind == Precision::kCountry && h.how != How::kAlternate) return true;
    return false;
  };

  // 1. Candidate spans, longest first, left to right.
  std::vector<Span> spans;
  for (uint32_t i = 0; i < n;) {
    bool can_start = t[i].cap || ((t[i].key == std::string_view("al") || t[i].key == std::string_view("el")) &&
                                  i + 1 < n && IsChar(tokens[i + 1].text, '-'));
    if (!can_start || t[i].punct) { ++i; continue; }
    Span best;
    uint32_t max_len = static_cast<uint32_t>(std::min<size_t>(im.max_words + 2, n - i));
    // No span reaches past a token that breaks every span through it (a word in lower case
    // that is no connector, punctuation other than - , . '): longer spans need not be tried.
    for (uint32_t k = i + 1; k < i + max_len; ++k) {
      bool breaks;
      if (t[k].punct) {
        const std::string& s = tokens[k].text;
        breaks = !(s == "-"sv || s == ","sv || s == "."sv || s == "'"sv);
      } else {
        breaks = !t[k].cap && !IsConnector(t[k].key) && !IsChar(tokens[k - 1].text, '-');
      }
      if (breaks) {
        max_len = k - i;
        break;
      }
    }
    std::string key;
    for (uint32_t len = max_len; len >= 1 && best.hits.empty(); --len) {
      uint32_t last = i + len - 1;
      if (!t[last].cap) continue;
      key.clear();
      bool ok = true;
      for (uint32_t k = i; k <= last && ok; ++k) {
        if (t[k].punct) {
          const std::string& s = tokens[k].text;
          ok = k > i && k < last && (s == "-"sv || s == ","sv || s == "."sv || s == "'"sv);
          continue;
        }
        if (!t[k].cap && k > i && !IsConnector(t[k].key) && !IsChar(tokens[k - 1].text, '-')) ok = false;
        if (!key.empty()) key.push_back(' ');
        key += t[k].key;
      }
      if (!ok) continue;
      if (HitRange h = im.Hits(key); !h.empty()) {
        best.b = i;
        best.e = last + 1;
        best.key = std::move(key);
        best.hits = h;
      }
    }
    if (!best.hits.empty()) {
      i = best.e;
      spans.push_back(std::move(best));
    } else {
      ++i;
    }
  }
  if (spans.empty()) return {};

  // 2. Countries named in the sentence: spans that can only mean one country.
  std::vector<std::string> sentence_countries(spans.size());
  for (size_t s = 0; s < spans.size(); ++s) {
    std::string only;
    bool one = true;
    bool has_country = false;
    for (const Hit& h : spans[s].hits) {
      const Entry& en = im.entries[h.entry];
      if (en.kind == Precision::kCountry && h.how != How::kAlternate) has_country = true;
      if (only.empty()) only = en.country;
      else if (only != en.country) one = false;
    }
    // (An acronym is an organisation's before it is a village's: "NATO ministers met in
    // Madrid" names no country of a place called Nato.)
    const std::string& first = tokens[spans[s].b].text;
    const bool acronym = spans[s].e - spans[s].b == 1 && first.size() >= 2 &&
                         std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym && !has_country) continue;
    if (one || has_country) {
      for (const Hit& h : spans[s].hits) {
        const Entry& en = im.entries[h.entry];
        if (one || en.kind == Precision::kCountry) { sentence_countries[s] = en.country; break; }
      }
    }
  }

  // 3. Accept and resolve each span.
  std::vector<PlaceMention> out;
  std::vector<int64_t> forced(spans.size(), -1);   // entry forced by a qualifier relation
  std::vector<std::string> forced_why(spans.size());
  for (size_t s = 0; s < spans.size(); ++s) {
    const Span& sp = spans[s];
    const uint32_t b = sp.b, e = sp.e;
    const bool single = e - b == 1;
    std::vector<std::string> why;

    // What stands before: "the", direction words, "city of", a locative word.
    int64_t p = static_cast<int64_t>(b) - 1;
    std::string direction;
    bool region_hint = false, city_hint = false;
    if (key_at(p) == "the") --p;
    if (IsDirectionAdjective(key_at(p))) {
      direction = t[p].key;
      --p;
      if (key_at(p) == "-" || t[p >= 0 ? p : 0].punct) {}
      if (key_at(p) == "the") --p;
    } else if (key_at(p) == "of" && IsDirectionNoun(key_at(p - 1))) {
      direction = std::string(key_at(p - 1)) + " of";
      p -= 2;
      if (key_at(p) == "the") --p;
    } else if (key_at(p) == "of" && (IsCityHint(key_at(p - 1)) || IsRegionHint(key_at(p - 1)))) {
      (IsCityHint(key_at(p - 1)) ? city_hint : region_hint) = true;
      p -= 2;
      if (key_at(p) == "the") --p;
    }
    std::string lead(key_at(p));
    const bool strong_locative = IsStrongLocative(lead) || city_hint || region_hint ||
                                 direction.find(" of") != std::string::npos;
    if (IsRegionHint(key_at(e))) region_hint = true;
    if (IsCityHint(key_at(e)) && t[e].key != "capital"sv) city_hint = true;

    // Qualifier: "Paris, Texas" — the next span right after a comma.
    const bool qualified_next = s + 1 < spans.size() && spans[s + 1].b == e + 1 && e < n &&
                                tokens[e].text == ","sv;

    if (forced[s] < 0) {
      // Rejections that no context overrides.
      size_t letters = 0;
      for (char c : sp.key) letters += c != ' ';
      if (letters < 3 && !im.short_ok.count(sp.key)) continue;
      if (single && im.never.count(sp.key)) continue;
      // Part of a person's name or of a longer proper name.
      int64_t before = static_cast<int64_t>(b) - 1;
      if (before >= 0 && tokens[before].text == "."sv ) --before;
      if (before >= 0 && b > 0 && IsTitle(t[before].key) && t[before].cap) continue;
      if (b > 0 && t[b - 1].cap && !t[b - 1].punct && b - 1 != first_word &&
          !im.never.count(t[b - 1].key) && !IsLocative(t[b - 1].key) &&
          !IsDirectionAdjective(t[b - 1].key) && !names_country(t[b - 1].key))
        continue;
      if (b > 0 && b - 1 == first_word && t[b - 1].cap && !im.never.count(t[b - 1].key) &&
          !IsLocative(t[b - 1].key) && !IsDirectionAdjective(t[b - 1].key) && !names_country(t[b - 1].key) &&
          !im.weak.count(t[b - 1].key))
        continue;  // "Michael Jordan said": a first name opening the sentence
      if (e < n && t[e].cap && !t[e].punct && !IsRegionHint(t[e].key) && !IsCityHint(t[e].key))
        continue;  // "Jordan Bardella", "Washington Post", "Israel Defense Forces"
    }

    // Candidates and their scores.
    struct Cand { uint32_t entry; double score; double base; std::string reason; };
    std::vector<Cand> cands;
    const bool subject_use = e < n && IsSubjectVerb(t[e].key);
    for (const Hit& h : sp.hits) {
      const Entry& en = im.entries[h.entry];
      if (forced[s] >= 0 && h.entry != forced[s]) continue;
      Cand c{h.entry, im.BaseScore(h), 0, ""};
      c.base = c.score;
      if (forced[s] >= 0) {
        c.score += 100;
        c.reason = forced_why[s];
        cands.push_back(std::move(c));
        continue;
      }
      const bool is_city = en.kind == Precision::kCity;
      // Weak stop words: only right after a locative word, and only larger places.
      if (single && im.weak.count(sp.key) &&
          !(strong_locative && (!is_city || en.population >= 50000 || en.rank == kRankCapital)))
        continue;
      if (is_city && subject_use && en.rank != kRankCapital) continue;  // "Warren said"
      double best_bonus = 0;
      auto bonus = [&](double v, std::string r) {
        c.score += v;
        if (v > best_bonus) { best_bonus = v; c.reason = std::move(r); }
      };
      // The same place named earlier in the story.
      bool earlier = false, same_admin1 = false;
      for (const Place& q : ctx.places) {
        if (q.name == en.name && q.country == en.country && q.precision == en.kind &&
            q.admin1 == im.admin1s[en.admin1])
          earlier = true;
        else if (!q.admin1.empty() && q.country == en.country && q.admin1 == im.admin1s[en.admin1])
          same_admin1 = true;
      }
      if (earlier) bonus(8, "named earlier in the story");
      if (same_admin1) bonus(1, std::string("story speaks of ") + im.admin1s[en.admin1]);
      // A country named elsewhere in the sentence.
      bool in_sentence = false;
      for (size_t o = 0; o < spans.size(); ++o)
        if (o != s && !sentence_countries[o].empty() && sentence_countries[o] == en.country)
          in_sentence = true;
      if (in_sentence) bonus(6, std::string("country in the sentence: ") + en.country);
      // A country of the story, the most recent weighing most.
      bool in_story = false;
      for (size_t r = 0; r < ctx.countries.size(); ++r) {
        if (ctx.countries[ctx.countries.size() - 1 - r] == en.country && en.country[0]) {
          // Less for a place than for a region: a story about the US that names Paris
          // still means the French capital, one about Lebanon that names Tripoli its own.
          bonus((is_city ? 3.25 : 4.0) - 0.5 * static_cast<double>(std::min<size_t>(r, 3)),
                std::string("story country: ") + en.country);
          in_story = true;
          break;
        }
      }
      if (region_hint && (en.kind == Precision::kAdmin1 || en.kind == Precision::kRegion))
        bonus(4, "region named as such");
      if (city_hint && is_city) bonus(4, "city named as such");
      // Small places need a reason to be taken.
      if (is_city && en.rank != kRankCapital && en.population < 100000 && !earlier &&
          !strong_locative && !qualified_next &&
          !((in_story || in_sentence) && en.population >= 15000))
        continue;
      if (is_city && en.population < 15000 && !earlier && !qualified_next &&
          !(strong_locative && (in_story || in_sentence || en.population >= 1000)))
        continue;
      cands.push_back(std::move(c));
    }
    if (cands.empty()) continue;
    if (forced[s] < 0) {
      bool country_named = false;
      for (const Hit& h : sp.hits)
        if (im.entries[h.entry].kind == Precision::kCountry && h.how != How::kAlternate) country_named = true;
      for (Cand& c : cands) {
        const Entry& ce = im.entries[c.entry];
        // "Mexico", "Lebanon": the country, not a town named after it (unless qualified
        // or named so earlier: those bonuses still win).
        if (country_named && ce.kind == Precision::kCity && ce.population < 1000000) c.score -= 6;
        // "Kharkiv", "Valencia": the city rather than the region named after it.
        if (ce.kind == Precision::kAdmin1 && !region_hint) {
          for (const Cand& o : cands) {
            const Entry& oe = im.entries[o.entry];
            if (oe.kind == Precision::kCity && std::string_view(oe.country) == ce.country &&
                oe.admin1 == ce.admin1) { c.score -= 1.5; break; }
          }
        }
      }
    }

    // A qualifier after a comma decides between places: "Paris, Texas", "Tbilisi, Georgia".
    if (qualified_next && forced[s] < 0) {
      const Span& q = spans[s + 1];
      double best = -1e9;
      int64_t best_c = -1, best_q = -1;
      for (size_t ci = 0; ci < cands.size(); ++ci) {
        const Entry& ce = im.entries[cands[ci].entry];
        if (ce.kind != Precision::kCity && ce.kind != Precision::kAdmin1) continue;
        for (const Hit& qh : q.hits) {
          const Entry& qe = im.entries[qh.entry];
          if (qh.entry == cands[ci].entry) continue;
          bool fits = false;
          if (qe.kind == Precision::kCountry) fits = std::string_view(qe.country) == ce.country;
          else if (qe.kind == Precision::kAdmin1)
            fits = ce.kind == Precision::kCity && std::string_view(qe.country) == ce.country &&
                   qe.admin1 == ce.admin1;
          if (fits && cands[ci].base + im.BaseScore(qh) * 0.01 > best) {
            best = cands[ci].base + im.BaseScore(qh) * 0.01;
            best_c = static_cast<int64_t>(ci);
            best_q = qh.entry;
          }
        }
      }
      if (best_c >= 0) {
        cands[best_c].score += 50;
        cands[best_c].reason = "qualified by '" + std::string(im.entries[best_q].name) + "'";
        forced[s + 1] = best_q;
        forced_why[s + 1] = "qualifies '" + std::string(im.entries[cands[best_c].entry].name) + "'";
      }
    }

    std::stable_sort(cands.begin(), cands.end(),
                     [](const Cand& a, const Cand& b) { return a.score > b.score; });
    const Cand& win = cands[0];
    const Entry& we = im.entries[win.entry];

    PlaceMention m;
    m.begin_token = b;
    m.end_token = e;
    for (uint32_t k = b; k < e; ++k) {
      if (k > b && tokens[k].start != tokens[k - 1].end) m.text.push_back(' ');
      m.text += tokens[k].text;
    }
    m.place = im.ToPlace(win.entry);
    if (!lead.empty() && IsLocative(lead)) why.push_back("after '" + lead + "'");
    if (!direction.empty()) why.push_back(direction + " " + m.text);
    if (region_hint) why.push_back("region hint");
    if (city_hint) why.push_back("city hint");
    for (const Hit& h : sp.hits)
      if (h.entry == win.entry && h.how != How::kName)
        why.push_back((h.how == How::kAlias ? "alias of " : "alternate name of ") + std::string(we.name));
    if (!win.reason.empty()) why.push_back(win.reason);
    else if (sp.hits.size() == 1) why.push_back("the only entry");
    else if (cands.size() == 1) why.push_back("the only entry that fits");
    else why.push_back(std::string(we.kind == Precision::kCity ? "largest" : "first") + " of " +
                       std::to_string(sp.hits.size()) + " entries");
    for (size_t w = 0; w < why.size(); ++w) {
      if (w) m.why += "; ";
      m.why += why[w];
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dyad::places
