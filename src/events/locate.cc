#include "locate.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace dyad::events {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool OneOf(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (s == w) return true;
  return false;
}

// Words that may stand between a locative preposition and the place name.
bool IsPlaceFiller(const std::string& w) {
  return OneOf(w, {"the", "northern", "southern", "eastern", "western", "central", "north",
                   "south", "east", "west", "northeastern", "northwestern", "southeastern",
                   "southwestern", "northeast", "northwest", "southeast", "southwest",
                   "rural", "occupied", "downtown", "central", "city", "town", "village",
                   "province", "region", "state", "capital", "port", "of", "outskirts",
                   "suburbs", "heart", "coast", "border", "parts", "part", "areas", "area",
                   "centre", "center", "besieged", "embattled", "neighbouring", "neighboring",
                   "nearby", "coastal", "southernmost", "northernmost", ","});
}

bool IsLocativeWord(const std::string& w) {
  return OneOf(w, {"in", "near", "at", "outside", "inside", "into", "to", "from", "over",
                   "across", "throughout", "around", "within", "along", "toward", "towards",
                   "off", "on", "through", "beyond", "via"});
}

// The locative word before a mention, or "" when the mention is not introduced by one.
std::string LocativeBefore(const std::vector<Token>& toks, uint32_t begin) {
  int k = static_cast<int>(begin) - 1;
  for (int skipped = 0; k >= 0 && skipped < 5; --k, ++skipped) {
    std::string w = Lower(toks[k].text);
    if (IsLocativeWord(w)) {
      // "on" and "of" only before a place when a filler stood between: "on Kyiv" is
      // mostly a target ("an attack on Kyiv") — still a place of the attack.
      return w;
    }
    if (!IsPlaceFiller(w)) break;
  }
  return "";
}

// The token of [begin, end) whose head lies outside it (the phrase's head).
int HeadOf(const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k) {
    int h = toks[k].head;
    if (h < static_cast<int>(begin) || h >= static_cast<int>(end)) return static_cast<int>(k);
  }
  return static_cast<int>(begin);
}

bool IsClauseRel(const std::string& r) {
  return OneOf(r, {"advcl", "xcomp", "ccomp", "acl", "acl:relcl", "parataxis", "conj", "csubj"});
}

// Steps from `from` up to `to` in the dependency tree when the way stays inside one
// clause and outside circumstantial phrases ("amid protests in Iran", "after talks in
// Doha" say where something else happened); -1 otherwise.
int StepsWithinClause(const std::vector<Token>& toks, int from, int to, bool through_infinitive) {
  int steps = 0;
  for (int k = from; k >= 0 && steps < 12; k = toks[k].head, ++steps) {
    if (k == to) return steps;
    // (An infinitive the clause's verb controls is part of its act, for a place a locative
    // word introduces: "agreed to set up a company in Berlin", "vowed to meet in Geneva".)
    if (k != from && (toks[k].upos == "VERB"sv || toks[k].upos == "AUX"sv) && IsClauseRel(toks[k].deprel) &&
        !(through_infinitive && toks[k].deprel == "xcomp"sv))
      return -1;
    if (k != from)
      for (size_t c = 0; c < toks.size(); ++c)
        if (toks[c].head == k && toks[c].deprel == "case"sv &&
            OneOf(Lower(toks[c].text), {"amid", "after", "before", "despite", "during", "following",
                                        "since", "until", "over", "about", "against"}))
          return -1;
  }
  return -1;
}

// How far a place mention (its head token) is from an event's trigger, when the place
// belongs to the event: in the trigger's own clause, or attached to a verb the trigger's
// clause depends on ("In Ankara, Erdogan said he would ..."); a place a locative word
// introduces also in an infinitive the trigger controls. -1 when it does not.
int PlaceDistance(const std::vector<Token>& toks, int place, int trigger, bool locative) {
  int v = trigger;
  for (int up = 0; v >= 0 && up < 4; ++up) {
    int d = StepsWithinClause(toks, place, v, locative);
    if (d >= 0) return d + up;
    if (!IsClauseRel(toks[v].deprel)) break;
    v = toks[v].head;
  }
  return -1;
}

}  // namespace

Location LocationOf(const places::Place& place, const std::string& text, const std::string& why) {
  Location l;
  l.name = place.name;
  l.country = place.country;
  l.admin1 = place.precision == places::Precision::kCity ? place.admin1 : "";
  l.lat = place.lat;
  l.lon = place.lon;
  l.precision = places::PrecisionName(place.precision);
  l.text = text;
  l.why = why;
  return l;
}

void LocateEvents(const Document& doc, const std::vector<Token>& toks,
                  const std::vector<places::PlaceMention>& mentions, const Spans& actor_spans,
                  const places::Gazetteer& gazetteer, Event* events, size_t count) {
  struct Candidate {
    const places::PlaceMention* mention;
    std::string locative;  // the word that introduced it, or ""
    int head;
  };
  std::vector<Candidate> candidates;
  for (const auto& m : mentions) {
    std::string loc = LocativeBefore(toks, m.begin_token);
    bool is_actor = false;
    for (const auto& [b, e] : actor_spans)
      if (b < m.end_token && m.begin_token < e) is_actor = true;
    // An actor's name after a weak locative ("spoke to Tehran", "pressure on Moscow") is
    // the actor; after a strong one ("talks in Moscow") it is the place.
    bool strong = OneOf(loc, {"in", "near", "at", "outside", "inside", "across", "throughout",
                              "around", "within", "along", "off", "through"});
    if (is_actor && !strong) continue;
    candidates.push_back({&m, loc, HeadOf(toks, m.begin_token, m.end_token)});
  }

  for (size_t i = 0; i < count; ++i) {
    Event& ev = events[i];
    int trigger = -1;
    for (size_t k = 0; k < toks.size(); ++k)
      if (doc.RawOffset(toks[k].start) == ev.trigger_start) { trigger = static_cast<int>(k); break; }
    const Candidate* best = nullptr;
    long best_score = 0;
    for (const auto& c : candidates) {
      if (trigger < 0) continue;
      int tree = PlaceDistance(toks, c.head, trigger, !c.locative.empty());
      if (tree < 0) continue;
      int text = std::abs(c.head - trigger);
      // Tree distance first, a bare mention two steps behind a locative one, then the
      // text distance.
      long score = tree * 4L + (c.locative.empty() ? 8 : 0);
      score = score * 1000 + text;
      if (!best || score < best_score) { best = &c; best_score = score; }
    }
    if (best) {
      const auto& m = *best->mention;
      std::string why = m.why;
      if (why.find("after '") == std::string::npos)
        why = (best->locative.empty() ? std::string("named in the sentence")
                                      : "after '" + best->locative + "'") +
              (why.empty() ? "" : "; " + why);
      if (trigger >= 0) why += "; nearest the trigger '" + toks[trigger].text + "'";
      ev.location = LocationOf(m.place, m.text, why);
      continue;
    }
    // No place named: the actors' country.
    // A visit (042) happens at the target's, hosting one (043) at the source's.
    bool material = ev.quad_class == 2 || ev.quad_class == 4 || ev.cameo == "042"sv;
    if (ev.cameo == "043"sv) material = false;
    const Actor* first = material ? &ev.target : &ev.source;
    const Actor* second = material ? &ev.source : &ev.target;
    for (const Actor* a : {first, second}) {
      if (a->country.size() != 3) continue;
      auto place = gazetteer.Country(a->country);
      if (!place) continue;
      ev.location = LocationOf(*place, "", std::string("no place named: the ") +
                                               (a == &ev.target ? "target" : "source") +
                                               "'s country");
      break;
    }
  }
}

}  // namespace dyad::events
