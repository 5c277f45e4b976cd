// The event coder: actors + parse + patterns -> events. See dyad/coder.h.
#include "dyad/coder.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <sstream>
#include <unordered_map>

#include "dyad/clean.h"
#include "dyad/syntax.h"
#include "dyad/text.h"
#include "dyad/time.h"
#include "dyad/places.h"
#include "locate.h"
#include "patterns.h"
#include "repair.h"
#include "words.h"

using namespace std::string_view_literals;

namespace dyad {
namespace {

using actors::Kind;
using actors::Match;
using events::Pattern;
using events::PatternItem;
using events::PatternSet;
using events::WordIdBits;
using events::DatelineEnd;
using events::In;
using events::IsDenyingVerb;
using events::IsIntentVerb;
using events::IsMonthName;
using events::IsSpeechVerb;
using events::IsAllyPreposition;
using events::IsObjectControlVerb;
using events::IsRuleNoun;
using events::IsHarmNoun;
using events::IsAreaNoun;
using events::IsMishapNoun;
using events::IsMarketNoun;
using events::IsForcesNoun;
using events::IsMediumNoun;
using events::Lower;
using events::RepairParse;
using events::IsAttackNoun;
using events::IsAimNoun;
using events::IsHarmVerb;
using events::IsGatheringNoun;

bool IsNominal(const Token& t) {
  return In(t.upos, {"NOUN", "PROPN", "PRON", "NUM", "X"});
}

bool IsVerbal(const Token& t) { return t.upos == "VERB"sv; }


// Drops the actors a dateline names (its place still locates the story).
void DropDatelineActors(const std::vector<Token>& toks, std::vector<actors::Match>& matches) {
  size_t end = DatelineEnd(toks);
  if (end == 0) return;
  std::erase_if(matches, [&](const actors::Match& m) { return m.begin < end; });
}

bool IsNegator(const Token& t) {
  std::string l = Lower(t.text);
  return (t.deprel == "advmod"sv || t.deprel == "neg"sv || t.deprel == "det"sv) &&
         In(l, {"not", "n't", "never", "no", "n’t"});
}

bool IsModal(const std::string& lemma) {
  return In(lemma, {"would", "could", "might", "may", "should", "must", "can", "ought"});
}

// Nouns that stand for unnamed people: coded as civilians when nothing else is known.
bool IsPeopleNoun(const Token& t) {
  if (t.upos == "NUM"sv) return true;
  std::string l = t.lemma.empty() ? Lower(t.text) : t.lemma;
  return In(l, {"people", "person", "thousand", "hundred", "dozen", "million", "civilian",
                "resident", "man", "woman", "child", "villager", "citizen", "individual",
                "scores"});
}

// A common noun that may name people by what they are or do ("officers", "members",
// "crewmen", "executives", "staff"), known to no dictionary: by its ending or a list, loose
// on purpose (what it lets in stays as it was, people).
bool NamesPerson(const Token& t) {
  const std::string l = t.lemma.empty() ? Lower(t.text) : t.lemma;
  auto ends = [&](std::string_view e) { return l.size() > e.size() + 2 && l.compare(l.size() - e.size(), e.size(), e) == 0; };
  return ends("er") || ends("or") || ends("ist") || ends("ian") || ends("ant") || ends("ent") || ends("ee") ||
         ends("man") || ends("men") || ends("ive") ||
         In(l, {"staff", "personnel", "crew", "member", "people", "folk", "kin", "family", "delegate", "pilot",
                "hostage", "captive", "prisoner", "detainee", "victim", "troop", "force", "guard", "cadet"});
}

// Nouns of people who handle something ("inspector", "dealer", "worker"): a noun before
// one says what they deal with ("weapons inspectors", "arms dealers", "aid workers").
bool NamesDoers(const Token& t) {
  const std::string l = t.lemma.empty() ? Lower(t.text) : t.lemma;
  return t.upos == "NOUN"sv && In(l, {"inspector", "dealer", "smuggler", "trafficker", "worker", "expert", "monitor",
                                      "observer", "specialist", "activist", "official", "negotiator", "envoy",
                                      "campaigner", "researcher", "investigator", "analyst", "reporter"});
}

// Nouns for a part or the people of a group: "a member of", "a handful of", "supporters of".
bool IsPartOfGroupNoun(const Token& t) {
  std::string l = t.lemma.empty() ? Lower(t.text) : t.lemma;
  return In(l, {"member", "handful", "number", "group", "some", "many", "most", "several", "few",
                "majority", "minority", "rest", "half", "follower", "supporter",
                "loyalist", "remnant", "cell", "unit", "wing", "contingent", "delegation",
                "batch", "squad", "team", "band", "crowd", "couple", "pair"});
}

// Nouns for whoever heads or speaks for a body, when the dictionary does not know them:
// "the chairman of the African Union Commission", "the head of the IAEA".
bool IsHeadOfBodyNoun(const Token& t) {
  std::string l = t.lemma.empty() ? Lower(t.text) : t.lemma;
  return In(l, {"chairman", "chairwoman", "chairperson", "chair", "head", "chief", "director",
                "boss", "secretary", "commissioner", "coordinator", "rapporteur", "representative"});
}

// "March" as the month: capitalised, with a day or year beside it, or after a time word
// ("on March 28", "in March", "March 2019", "last March"); "the March on Washington" is not.
bool IsMonthMarch(const std::vector<Token>& toks, int k) {
  if (toks[k].text != "March"sv && toks[k].text != "MARCH"sv) return false;
  auto is_number = [](const std::string& s) { return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])); };
  const int n = static_cast<int>(toks.size());
  if (k + 1 < n && is_number(toks[k + 1].text)) return true;
  if (k > 0 && is_number(toks[k - 1].text)) return true;
  if (k == 0) return false;
  std::string prev = Lower(toks[k - 1].text);
  return In(prev, {"in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid",
                   "of", "through", "from", "to", "between", "this", "and", "or", "before", "after",
                   "during", "-", "mid-"});
}

// "re-examine", "sit-in", "de-escalated": the tokenizer splits words at hyphens, as the
// treebank does, so a pattern word written with a hyphen is matched on the run of tokens
// "re" "-" "examine" written with no space. The compound whose last part is token k (its
// last part written as `last`: the token's lemma or text), or "" when k ends none.
std::string HyphenCompoundEndingAt(const std::vector<Token>& toks, int k, const std::string& last) {
  int j = k;
  while (j >= 2 && toks[j - 1].text == "-"sv && toks[j - 1].start == toks[j - 2].end && toks[j].start == toks[j - 1].end &&
         !toks[j - 2].text.empty() && std::isalpha(static_cast<unsigned char>(toks[j - 2].text[0])))
    j -= 2;
  if (j == k) return "";
  std::string out;
  for (int i = j; i < k; i += 2) out += Lower(toks[i].text) + "-";
  return out + last;
}
// The compound token k opens ("sit" of "sit-in"), its last part as written and lemmatized,
// or {} when k opens none.
std::vector<std::string> HyphenCompoundsFrom(const std::vector<Token>& toks, int k) {
  const int n = static_cast<int>(toks.size());
  int j = k;
  while (j + 2 < n && toks[j + 1].text == "-"sv && toks[j + 1].start == toks[j].end && toks[j + 2].start == toks[j + 1].end &&
         !toks[j + 2].text.empty() && std::isalpha(static_cast<unsigned char>(toks[j + 2].text[0])))
    j += 2;
  if (j == k) return {};
  std::string stem;
  for (int i = k; i < j; i += 2) stem += Lower(toks[i].text) + "-";
  std::vector<std::string> out{stem + Lower(toks[j].text)};
  if (!toks[j].lemma.empty() && toks[j].lemma != Lower(toks[j].text)) out.push_back(stem + toks[j].lemma);
  return out;
}

// Light verbs: their object noun names the event, their subject is its source.
bool IsLightVerb(const std::string& lemma) {
  return In(lemma, {"make", "issue", "launch", "carry", "conduct", "offer", "express",
                    "announce", "stage", "hold", "deliver", "give", "extend", "provide", "level",
                    "voice", "file", "mount", "join", "send", "renew", "repeat", "restate",
                    "reiterate", "reaffirm", "step", "escalate", "intensify", "continue", "begin",
                    "start", "resume", "lodge", "pledge", "promise", "unleash", "wage", "perform",
                    "execute", "order"});
}

// CAMEO's intent codes (03x) for the act a future or intended clause names.
std::string IntentCode(const std::string& code) {
  if (code.size() < 2) return code;
  std::string root = code.substr(0, 2);
  if (root == "03"sv || root == "13"sv) return code;  // already an intent / a threat
  if (root == "01"sv || root == "02"sv) return "";    // statements and appeals: no intent code
  if (root == "04"sv) return code.rfind("045", 0) == 0 ? "039" : "036";
  if (root == "05"sv) return "030";
  // The intent to do a specific act is its own leaf where CAMEO has one ("will free the
  // prisoners": 0353, "will supply arms": 0332, "will lift the embargo": 0354).
  static const std::pair<const char*, const char*> kLeaf[] = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"071", "0331"},
      {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"081", "0351"}, {"082", "0352"},
      {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"083", "034"},
      {"084", "0353"},  {"085", "0354"}, {"086", "0355"}, {"087", "0356"}};
  for (const auto& [act, intent] : kLeaf)
    if (code.rfind(act, 0) == 0) return intent;
  if (root == "06"sv) return "031";
  if (root == "07"sv) return "033";
  if (root == "08"sv) return "035";
  // "will investigate": announcing an investigation is opening it (CAMEO has no intent
  // to investigate).
  if (root == "09"sv) return code;
  if (root == "10"sv || root == "11"sv || root == "12"sv) return "";
  // Announced protests, cuts and coercion are threats of them ("will boycott the
  // meeting": 133; "will impose sanctions": 1312; "will expel the ambassador": 136).
  if (root == "14"sv) return "133";
  if (root == "15"sv || root == "18"sv || root == "19"sv || root == "20"sv) return "138";
  if (root == "16"sv) {
    if (code.rfind("161", 0) == 0) return "1313";
    if (code.rfind("162", 0) == 0) return "1311";
    if (code.rfind("163", 0) == 0) return "1312";
    if (code.rfind("164", 0) == 0) return "134";
    if (code.rfind("165", 0) == 0) return "135";
    if (code.rfind("166", 0) == 0) return "136";
    return "131";
  }
  if (root == "17"sv) {
    if (code.rfind("172", 0) == 0) return "132";
    if (code.rfind("175", 0) == 0) return "137";
    return "130";
  }
  return "";
}

// The demand ("must") or appeal ("should") for an act: "Israel must end its attacks"
// demands that it yield (105), "Iran should meet the IAEA" appeals for a meeting (026).
std::string DemandCode(const std::string& code, bool demand, bool negated) {
  auto pick = [&](const char* d, const char* a) { return std::string(demand ? d : a); };
  if (code.size() < 2 || negated) return pick("100", "020");
  std::string root = code.substr(0, 2);
  if (root == "04"sv) return code.rfind("045", 0) == 0 ? pick("108", "028") : pick("106", "026");
  if (root == "05"sv) return code.rfind("057", 0) == 0 ? pick("107", "027") : pick("102", "022");
  if (root == "06"sv) return pick("101", "021");
  if (root == "07"sv) return pick("103", "023");
  if (root == "08"sv) return code.rfind("083", 0) == 0 ? pick("104", "024") : pick("105", "025");
  return pick("100", "020");
}

// CAMEO's rejection codes (12x) for a cooperative act someone says they will not do
// ("Iran will not negotiate with the US" -> 125; "would not provide support" -> 121);
// "" when a refusal of that act is no event (statements, conflict).
std::string RefusalCode(const std::string& code) {
  if (code.size() < 2) return "";
  std::string root = code.substr(0, 2);
  if (root == "04"sv || code == "036"sv) return code.rfind("045", 0) == 0 ? "126" : "125";
  if (root == "03"sv) return "120";
  if (root == "05"sv) return code.rfind("057", 0) == 0 ? "127" : "120";
  if (root == "06"sv) return code.rfind("061", 0) == 0 ? "1211" : code.rfind("062", 0) == 0 ? "1212" : "121";
  if (root == "07"sv) return "122";
  if (root == "08"sv) {
    if (code.rfind("081", 0) == 0) return "1241";
    if (code.rfind("082", 0) == 0) return "1242";
    if (code.rfind("083", 0) == 0) return "123";
    if (code.rfind("084", 0) == 0) return "1243";
    if (code.rfind("085", 0) == 0) return "1244";
    if (code.rfind("086", 0) == 0) return "1245";
    if (code.rfind("087", 0) == 0) return "1246";
    return "124";
  }
  if (root == "09"sv) return "120";
  return "";
}

// A verb of receiving: what its object names comes from the "from" phrase ("received aid
// from Germany", "drew condemnation from Turkey").
bool IsReceivingVerb(const std::string& lemma) {
  return In(lemma, {"receive", "face", "draw", "get", "accept", "win", "earn", "obtain", "attract", "acquire", "secure"});
}

// The code of stopping an act ("stopped cooperating with the IAEA": relations reduced,
// 160; "stopped shelling": de-escalation, 087); "" when stopping it is no event
// (statements, appeals, demands, accusations...).
std::string HaltCode(const std::string& code) {
  if (code.size() < 2) return "";
  const std::string root = code.substr(0, 2);
  if (root == "04") return code.rfind("045", 0) == 0 ? "165" : "164";
  if (root == "05" || root == "06") return "160";
  if (root == "07") {
    if (code.rfind("071", 0) == 0) return "1621";
    if (code.rfind("072", 0) == 0) return "1622";
    if (code.rfind("073", 0) == 0) return "1623";
    return "162";
  }
  if (root == "14") return "082";
  if (root == "17") return "081";
  if (root == "18" || root == "19" || root == "20") return "087";
  return "";
}

using actors::Unit;

// The dependents of each token, in token order: one flat array grouped by head, with
// offsets (a counting sort); a vector per token cost an allocation for every token with
// dependents, in every parsed sentence.
class Children {
 public:
  void Build(const std::vector<Token>& tokens) {
    const int n = static_cast<int>(tokens.size());
    // Counts go two places up, so that after the sums at_[h + 1] is where h's dependents
    // start, and after placing them there, where they end (= where h + 1's start).
    at_.assign(n + 2, 0);
    for (const Token& t : tokens)
      if (t.head >= 0) ++at_[t.head + 2];
    for (int k = 2; k < n + 2; ++k) at_[k] += at_[k - 1];
    of_.resize(at_[n + 1]);
    for (int k = 0; k < n; ++k)
      if (tokens[k].head >= 0) of_[at_[tokens[k].head + 1]++] = k;
  }
  std::span<const int> operator[](int i) const {
    return {of_.data() + at_[i], static_cast<size_t>(at_[i + 1] - at_[i])};
  }

 private:
  std::vector<int> at_, of_;
};

struct Analysis {
  std::vector<Token>* tokens = nullptr;
  Children children;
  std::vector<Unit> units;
  std::vector<int> unit_of;  // token -> unit index or -1
  std::vector<time::TimeExpression> times;
  std::vector<int> time_of;  // token -> time expression index or -1
  std::vector<Match> matches;
  std::vector<std::string> lower;  // token -> lower-cased text
  // The country of the story's dateline ("NAIROBI, Kenya (AP) --"), or empty: unnamed
  // police, government, protesters of such a story are that country's.
  std::string dateline_country, dateline_country_name;
  // The places the sentence names after a preposition ("in Kherson", "a curfew on Basra"):
  // tokens [begin, end), country, name; `in` when the word is one of being somewhere
  // ("in", "near", "at"...: whose unnamed people are acted on), not "on"/"into"/"over".
  struct PlaceSpan {
    uint32_t begin, end;
    std::string country, name;
    bool in = false;
  };
  std::vector<PlaceSpan> place_spans;
  // Every place mention of the sentence (tokens [begin, end)) and, in a story's first
  // sentence, the end of its dateline: no name-only actor is made of them.
  std::vector<std::pair<uint32_t, uint32_t>> place_mentions;
  uint32_t dateline_end = 0;
  // The place whose span holds token t, or null.
  const PlaceSpan* PlaceAt(int t) const {
    for (const PlaceSpan& p : place_spans)
      if (static_cast<uint32_t>(t) >= p.begin && static_cast<uint32_t>(t) < p.end) return &p;
    return nullptr;
  }
  // Actors the story named before this sentence, most recent last: people and countries
  // ("the two leaders", "both countries" refer to the last two).
  const std::vector<Actor>* earlier_people = nullptr;
  const std::vector<Actor>* earlier_countries = nullptr;
  // The pattern word ids of the sentence's words (PatternSet::WordId of their forms and
  // the lemmas they may have; sorted), when the cascade found them: a pattern that needs a
  // word the sentence lacks is not tried. Null: every pattern at a head is tried.
  const WordIdBits* word_ids = nullptr;

  // Builds `children` and `lower` from the parsed tokens.
  void Link() {
    const int n = size();
    children.Build(*tokens);
    lower.resize(n);
    for (int k = 0; k < n; ++k) lower[k] = Lower((*tokens)[k].text);
  }
  const Token& tok(int i) const { return (*tokens)[i]; }
  int size() const { return static_cast<int>(tokens->size()); }
  int head(int i) const { return (*tokens)[i].head; }
  const std::string& rel(int i) const { return (*tokens)[i].deprel; }
  int Child(int i, std::initializer_list<std::string_view> rels) const {
    for (int c : children[i])
      if (In(rel(c), rels)) return c;
    return -1;
  }
  bool HasCase(int i, const std::string& prep) const {
    for (int c : children[i])
      if ((rel(c) == "case"sv || rel(c) == "mark"sv) && (tok(c).lemma == prep || lower[c] == prep))
        return true;
    return false;
  }
  std::string CaseOf(int i) const {
    for (int c : children[i])
      if (rel(c) == "case"sv) return tok(c).lemma.empty() ? lower[c] : tok(c).lemma;
    return "";
  }
  bool IsDescendant(int t, int ancestor) const {
    for (int k = t, guard = 0; k >= 0 && guard < 200; k = head(k), ++guard)
      if (k == ancestor) return true;
    return false;
  }
  std::string SubtreeText(int t) const {
    // (The phrase's own preposition is not part of its name: "for Chinese actor ...".)
    return SpanTextOf(t, [&](int k, int c) {
      return !In(rel(c), {"punct", "acl:relcl", "acl", "appos", "parataxis"}) && !(k == t && rel(c) == "case"sv);
    });
  }
  // The noun and the words that name it with it, without determiners, prepositional
  // phrases or clauses: "regional police headquarters" in "a regional police headquarters
  // in eastern Afghanistan".
  std::string PhraseText(int t) const {
    return SpanTextOf(t, [&](int, int c) {
      return (In(rel(c), {"compound", "amod", "nummod", "flat", "advmod"}) && time_of[c] < 0) ||
             (rel(c) == "punct"sv && lower[c] == "-"sv);
    });
  }
  // The text from the first to the last word of t and the dependents `keep(head, child)`
  // takes, recursively.
  std::string SpanTextOf(int t, const std::function<bool(int, int)>& keep) const {
    int lo = t, hi = t;
    std::function<void(int)> walk = [&](int k) {
      lo = std::min(lo, k);
      hi = std::max(hi, k);
      for (int c : children[k])
        if (keep(k, c)) walk(c);
    };
    walk(t);
    return SpanText(lo, hi);
  }
  std::string SpanText(int lo, int hi) const {
    std::string out;
    for (int k = lo; k <= hi; ++k) {
      if (k > lo && tok(k).start > tok(k - 1).end) out += ' ';
      out += tok(k).text;
    }
    return out;
  }
};

}  // namespace

static bool AdmitsResponsibility(const Analysis& a, int v);

// "Iran-backed militias", "Russian-supported separatists": a country written with a
// backing participle after its hyphen backs the group; the group is not its own.
// (A coalition "Saudi-led" is Saudi Arabia's.)
static bool Backer(const Analysis& a, int t) {
  const int n = static_cast<int>(a.lower.size());
  return t + 2 < n && a.lower[t + 1] == "-"sv &&
         In(a.lower[t + 2], {"backed", "supported", "sponsored", "funded", "allied", "aligned", "armed", "trained",
                             "linked", "affiliated", "inspired", "friendly", "leaning", "sympathetic", "financed"});
}

// The reporting verb whose complement holds token t ("Israel said a mortar was fired at
// it": "said"), or -1. It climbs from t's head through any relation when `through_any`, else
// only through coordinated and complement clauses ("he said he would go and meet").
int ReportingVerbOver(const Analysis& a, int t, bool through_any) {
  for (int k = a.head(t), guard = 0; k >= 0 && guard < 8; k = a.head(k), ++guard) {
    int h = a.head(k);
    if (h < 0) break;
    if (a.rel(k) == "ccomp"sv && IsSpeechVerb(a.tok(h).lemma)) return h;
    if (!through_any && !In(a.rel(k), {"conj", "xcomp"})) break;
  }
  return -1;
}

// The country a place stands for as an actor, named as the text names the place.
Actor PlaceActor(const Analysis::PlaceSpan& place) {
  Actor x;
  x.code = x.country = place.country;
  x.name = place.name;
  return x;
}

struct Coder::Impl {
  mutable std::atomic<uint64_t> sentences{0}, tagged{0}, parsed{0}, with_events{0};
  std::shared_ptr<actors::Dictionary> dict;
  Codebook codebook;
  PatternSet patterns;
  std::shared_ptr<const syntax::Parser> parser;
  std::shared_ptr<const places::Gazetteer> gazetteer;  // null: events get no location
  bool require_target = false;

  // Tags and parses a sentence with each multi-word name seen as one word (see below).
  // Tags and parses; with `only_if_heads`, parses only if, once tagged, some word could
  // head a pattern (returns whether it parsed).
  // `ids`, when given, are the pattern word ids MayMatchPattern found: then a head must
  // head a pattern whose required words are all there, a required target's preposition
  // counting only when tagged as one with an actor after it.
  bool ParseWithNames(std::vector<Token>& tokens, const std::vector<Match>& matches,
                      bool only_if_heads = false, const std::vector<int>* ids = nullptr) const;

  // ---- actor units -------------------------------------------------------------------
  void BuildUnits(Analysis& a, const std::string& date) const;
  // Cascade: could any token be the head of a pattern? (Checked before parsing.)
  // The ids of the pattern words the sentence may hold go to `ids` when given.
  bool MayMatchPattern(const std::vector<Token>& tokens, std::vector<int>* ids = nullptr) const;
  std::vector<Actor> ActorsAt(const Analysis& a, int t, int depth = 0) const;
  Actor UnitActor(const Analysis& a, int t) const;

  // ---- events ------------------------------------------------------------------------
  int SubjectOf(const Analysis& a, int v, int depth = 0) const;
  std::vector<Actor> AttackAuthor(const Analysis& a, int v, int* attack) const;
  struct Candidate {
    const Pattern* pattern = nullptr;
    int trigger = -1;
    int source_token = -1;
    std::vector<int> target_tokens;
    std::vector<int> words;  // tokens the pattern's words matched (besides the head)
    int score = 0;
  };
  // The best-scoring pattern whose head is token v (a noun's patterns if `noun`), or none;
  // `excluded` as for MatchItems.
  Candidate BestAt(const Analysis& a, int v, bool noun, const std::vector<int>* excluded = nullptr) const;
  // `excluded`: tokens the pattern may take neither as a word nor as a target.
  bool MatchItems(const Analysis& a, const Pattern& p, int head, int subject,
                  Candidate* out, const std::vector<int>* excluded = nullptr) const;
  void CodeSentence(Document& doc, int index, Analysis& a, const std::string& ref_date,
                    actors::StoryMemory& memory, std::vector<Event>& out,
                    std::ostringstream* explain) const;
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;
const actors::Dictionary& Coder::dictionary() const { return *impl_->dict; }
Coder::Counts Coder::counts() const {
  Counts c;
  c.sentences = impl_->sentences.load(std::memory_order_relaxed);
  c.tagged = impl_->tagged.load(std::memory_order_relaxed);
  c.parsed = impl_->parsed.load(std::memory_order_relaxed);
  c.with_events = impl_->with_events.load(std::memory_order_relaxed);
  return c;
}
const Codebook& Coder::codebook() const { return impl_->codebook; }

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env && *env) return env;
  return DYAD_DATA_DIR;
}

std::string DefaultModelPath() {
  if (const char* env = std::getenv("DYAD_MODEL"); env && *env) return env;
  return DYAD_MODEL_PATH;
}

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  using R = Result<std::unique_ptr<Coder>>;
  auto impl = std::make_unique<Impl>();
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  auto dict = actors::Dictionary::LoadDirectory(data + "/actors");
  if (!dict) return R(dict.status());
  impl->dict = *dict;
  for (const auto& f : options.actor_files)
    if (Status s = impl->dict->LoadFile(f); !s) return R(s);
  for (const auto& f : options.petrarch_actor_files)
    if (Status s = impl->dict->LoadPetrarchActors(f); !s) return R(s);
  for (const auto& f : options.petrarch_agent_files)
    if (Status s = impl->dict->LoadPetrarchAgents(f); !s) return R(s);
  impl->dict->Finish();
  impl->require_target = options.require_target;
  auto book = Codebook::Load(data + "/cameo/codebook.tsv");
  if (!book) return R(book.status());
  impl->codebook = std::move(*book);
  auto patterns = PatternSet::LoadDirectory(data + "/patterns");
  if (!patterns) return R(patterns.status());
  impl->patterns = std::move(*patterns);
  auto parser = syntax::Parser::Load(options.model_path.empty() ? DefaultModelPath()
                                                                : options.model_path);
  if (!parser) return R(parser.status());
  impl->parser = *parser;
  // The gazetteer is generated by the build; an explicit path must load, the default may
  // be absent (a library user without it gets events without locations).
  std::string gaz = options.gazetteer_path.empty() ? places::DefaultGazetteerPath()
                                                   : options.gazetteer_path;
  if (!options.gazetteer_path.empty() || std::ifstream(gaz).good()) {
    auto g = places::Gazetteer::Load(gaz, data + "/places");
    if (!g) return R(g.status());
    impl->gazetteer = *g;
  }
  return std::unique_ptr<Coder>(new Coder(std::move(impl)));
}

// The tagger and parser learnt English from a treebank with few foreign names: "Turkish
// President Recep Tayyip Erdogan hosted ..." gets "Turkish" as the root, while "Turkish
// President Erdogan hosted ..." parses right. So the parser sees each multi-word name the
// dictionary found (people; organisations written as capitalised words) as its last word
// alone; the name's first word becomes the phrase's head, the others hang on it as `flat`.
constexpr int kOutsideParse = -1000000;

bool Coder::Impl::ParseWithNames(std::vector<Token>& tokens, const std::vector<Match>& matches,
                                 bool only_if_heads, const std::vector<int>* ids) const {
  const int n = static_cast<int>(tokens.size());
  std::vector<int> span_end(n, -1);
  for (const auto& m : matches) {
    if (m.end - m.begin < 2) continue;
    bool name = m.kind == actors::Kind::kPerson;
    if (m.kind == actors::Kind::kOrg) {
      name = true;
      for (uint32_t k = m.begin; k < m.end; ++k)
        if (tokens[k].text.empty() || !std::isupper(static_cast<unsigned char>(tokens[k].text[0])))
          name = false;
    }
    if (name && span_end[m.begin] < static_cast<int>(m.end)) span_end[m.begin] = static_cast<int>(m.end);
  }
  std::vector<Token> shadow;
  std::vector<int> orig;  // shadow index -> original index (the name's first word)
  orig.reserve(n);  // (at most one per token: no regrowth)
  std::vector<int> shadow_of(n, -1);
  // A dateline ("NAIROBI, Kenya --") is left out of the parse: the parser would make
  // it the subject.
  const int dateline = static_cast<int>(DatelineEnd(tokens));
  // (Without a dateline or a name to merge, the parser sees the tokens themselves: the
  // shadow would be a copy of every token.)
  const bool same = dateline == 0 && std::all_of(span_end.begin(), span_end.end(), [](int e) { return e < 0; });
  if (!same) shadow.reserve(n);
  for (int k = 0; k < n;) {
    if (k < dateline) {
      shadow_of[k] = kOutsideParse;
      ++k;
      continue;
    }
    if (span_end[k] > k + 1) {
      Token t = tokens[span_end[k] - 1];
      shadow_of[k] = static_cast<int>(orig.size());
      for (int j = k + 1; j < span_end[k]; ++j) shadow_of[j] = -2 - k;  // inside the name of k
      orig.push_back(k);
      shadow.push_back(std::move(t));  // (never `same`: a name is merged)
      k = span_end[k];
      continue;
    }
    shadow_of[k] = static_cast<int>(orig.size());
    orig.push_back(k);
    if (!same) shadow.push_back(tokens[k]);
    ++k;
  }
  // The cascade's last step: what CodeSentence will look for, a verb, or a noun that is
  // no actor, whose lemma heads a pattern. Tagging costs a small part of parsing, and
  // most sentences that pass the word test fail this one ("pounds", "back", "phones").
  // (A participle tagged as an adjective may become a passive verb in RepairParse.)
  std::vector<char> in_match(n, 0);
  for (const auto& m : matches)
    for (uint32_t k = m.begin; k < m.end && k < static_cast<uint32_t>(n); ++k) in_match[k] = 1;
  // The words found before tagging, less the required targets' prepositions that are
  // not tagged as prepositions with an actor (or a pronoun) after them ("said to" in
  // "said to be" or "said he wanted to leave" cannot be "SRC say to TGT!").
  std::vector<int> gated;
  thread_local WordIdBits gated_bits;  // (`gated` as bits, for Complete)
  auto head_complete = [&](const std::vector<int>* list) {
    if (!list) return false;
    if (!ids) return true;
    for (int p : *list)
      if (patterns.Complete(p, gated_bits)) return true;
    return false;
  };
  auto heads_pattern = [&](const Token& t, int k) {
    const std::string& lemma = t.lemma.empty() ? Lower(t.text) : t.lemma;
    if (t.upos == "VERB"sv) {
      if (head_complete(patterns.ForHead(lemma, false))) return true;
      if (k >= 2 && tokens[k - 1].text == "-"sv)  // ("re-examine", split at its hyphen)
        if (std::string c = HyphenCompoundEndingAt(tokens, k, lemma); !c.empty())
          return head_complete(patterns.ForHead(c, false));
      return false;
    }
    if (t.upos == "ADJ"sv && t.text.size() > 3 && t.text.compare(t.text.size() - 2, 2, "ed") == 0)
      return head_complete(patterns.ForHead(syntax::Lemmatize(t.text, "VBN"), false));
    // (The month is no march, as CodeSentence knows: "on March 28".)
    if ((t.upos == "NOUN"sv || t.upos == "PROPN"sv) && !in_match[k] && !IsMonthMarch(tokens, k))
      return head_complete(patterns.ForHead(lemma, true));
    return false;
  };
  // Names the dictionary found are proper nouns, whatever their words ("Human Rights
  // Watch", "Theresa May", "Gordon Brown"): the tagger is told so.
  // Words for people the dictionary found ("refugees", "militants") are nouns: a
  // lower-case one the treebank never saw is not read as a verb in -s.
  std::vector<char> is_name(n, 0);
  for (const auto& m : matches) {
    if (m.kind == actors::Kind::kAdjective) continue;
    for (uint32_t k = m.begin; k < m.end && k < static_cast<uint32_t>(n); ++k) {
      const bool upper = !tokens[k].text.empty() && std::isupper(static_cast<unsigned char>(tokens[k].text[0]));
      if (m.kind == actors::Kind::kAgent) {
        if (!upper && !is_name[k]) is_name[k] = 2;
      } else {
        is_name[k] = upper ? 1 : 0;
      }
    }
  }
  // So are the words that head noun patterns and no verb pattern, when the treebank never
  // saw them ("U.S. military airstrikes have killed ...": "airstrikes" was read as a verb in -s).
  for (int k = 0; k < n; ++k) {
    const std::string& w = tokens[k].text;
    if (is_name[k] || in_match[k] || w.size() < 4 || !std::islower(static_cast<unsigned char>(w[0]))) continue;
    std::string lower = Lower(w);
    auto ends = [&](std::string_view e) { return lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0; };
    if (ends("ing") || ends("ed")) continue;  // ("by shelling the town": a verb's forms)
    std::string single = lower.back() == 's' ? lower.substr(0, lower.size() - 1) : lower;
    for (const std::string& form : {lower, single})
      if (patterns.ForHead(form, true) && !patterns.ForHead(form, false)) {
        is_name[k] = 3;
        break;
      }
  }
  // And the heads of verb patterns right after "to", or a few words after "that", may be
  // verbs ("decided to ease the curfew", "demanded that the US ease sanctions": the treebank
  // has "ease" only as a noun); the parser decides whether the words before call for one.
  int last_that = -100;
  for (int k = 1; k < n; ++k) {
    const std::string& w = tokens[k].text;
    const std::string& before = tokens[k - 1].text;
    if (before.size() == 4 && Lower(before) == "that"sv) last_that = k - 1;
    if (is_name[k] || in_match[k] || w.size() < 3 || !std::islower(static_cast<unsigned char>(w[0])) ||
        !((before.size() == 2 && Lower(before) == "to"sv) || k - last_that <= 5))
      continue;
    if (patterns.ForHead(w, false)) is_name[k] = 4;
  }
  std::vector<char> shadow_names(orig.size(), 0);  // (one per word the parser sees)
  for (size_t j = 0; j < orig.size(); ++j) shadow_names[j] = is_name[orig[j]];
  syntax::Parser::Options options;
  options.names = &shadow_names;
  std::function<bool(const std::vector<Token>&)>& parse_if = options.parse_if;
  if (only_if_heads)
    parse_if = [&](const std::vector<Token>& tagged) {
      if (ids) {
        std::vector<int> confirmed;
        for (size_t j = 0; j < tagged.size(); ++j) {
          // ("alongside" is mostly tagged an adverb; RepairParse makes it the preposition.)
          if (tagged[j].upos != "ADP"sv && !(tagged[j].upos == "ADV"sv && IsAllyPreposition(Lower(tagged[j].text))))
            continue;
          int id = patterns.WordId(PatternSet::TargetPrepWord(Lower(tagged[j].text)));
          if (id < 0) continue;
          bool actor_after = matches.empty();  // (no actor: "both countries" of the story)
          // (Its object's words come soon after it: "to the visiting Chinese premier".)
          for (const auto& m : matches)
            actor_after = actor_after || (static_cast<int>(m.begin) > orig[j] && static_cast<int>(m.begin) <= orig[j] + 6);
          for (size_t k = j + 1; k < tagged.size() && k <= j + 2 && !actor_after; ++k)
            actor_after = tagged[k].xpos == "PRP"sv;
          if (actor_after) confirmed.push_back(id);
        }
        gated.clear();
        gated.reserve(ids->size());
        for (int id : *ids)
          if (!patterns.IsTargetPrepId(id) || std::find(confirmed.begin(), confirmed.end(), id) != confirmed.end())
            gated.push_back(id);
        gated_bits.Assign(gated);
      }
      for (int k = 0; k < n; ++k)  // (dateline words are proper nouns outside the parse)
        if (shadow_of[k] == kOutsideParse && !in_match[k] && head_complete(patterns.ForHead(Lower(tokens[k].text), true)))
          return true;
      for (size_t j = 0; j < tagged.size(); ++j)
        if (heads_pattern(tagged[j], orig[j])) return true;
      return false;
    };
  if (same) return parser->Annotate(tokens, options);
  if (!parser->Annotate(shadow, options)) return false;
  int root = -1;
  for (size_t j = 0; j < shadow.size() && root < 0; ++j)
    if (shadow[j].head < 0) root = orig[j];
  for (int k = 0; k < n; ++k) {
    Token& t = tokens[k];
    if (shadow_of[k] == kOutsideParse) {
      t.upos = t.text.size() == 1 && ispunct(static_cast<unsigned char>(t.text[0])) ? "PUNCT" : "PROPN";
      t.xpos = t.upos == "PUNCT"sv ? t.text : "NNP";
      t.lemma = Lower(t.text);
      t.head = root;
      t.deprel = "dep";
      continue;
    }
    if (shadow_of[k] >= 0) {
      const Token& s = shadow[shadow_of[k]];
      t.upos = s.upos;
      t.xpos = s.xpos;
      t.deprel = s.deprel;
      t.head = s.head < 0 ? -1 : orig[s.head];
      t.lemma = span_end[k] > k + 1 ? Lower(t.text) : s.lemma;
    } else {
      int first = -2 - shadow_of[k];
      t.upos = "PROPN";
      t.xpos = "NNP";
      t.lemma = Lower(t.text);
      t.head = first;
      t.deprel = "flat";
    }
  }
  return true;
}

// The last word of a company's name: "Inc", "Co.", "Ltd", "plc", "SpA", "GmbH".
bool IsCompanySuffix(const std::string& word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return In(w, {"inc", "co", "corp", "corporation", "ltd", "plc", "llc", "spa", "gmbh", "bancorp", "bancshares",
                "holdings", "incorporated"});
}

// "signed a contract with American Cyanamid Co", "Texas Commerce Bancshares Inc": a
// country's or a place's name (or adjective) that opens a run of capitalised words ending in
// a company's suffix names a company of that country (USABUS), not the country.
void MarkCompanyNames(Analysis& a) {
  const uint32_t n = static_cast<uint32_t>(a.tokens->size());
  for (size_t u = 0; u < a.units.size(); ++u) {
    Unit& x = a.units[u];
    if (x.person || x.agent_only || x.actor.code.empty() || x.actor.code != x.actor.country) continue;
    const uint32_t next_unit = u + 1 < a.units.size() ? a.units[u + 1].begin : n;
    uint32_t k = x.end;
    while (k < n && k < next_unit && k < x.end + 4 && !a.tok(k).text.empty() &&
           std::isupper(static_cast<unsigned char>(a.tok(k).text[0])) && !IsCompanySuffix(a.tok(k).text))
      ++k;
    if (k == x.end || k >= n || k >= next_unit || !IsCompanySuffix(a.tok(k).text)) continue;
    for (uint32_t j = x.end; j <= k; ++j) x.actor.name += (a.tok(j).start > a.tok(j - 1).end ? " " : "") + a.tok(j).text;
    x.end = k + 1;
    x.actor.role = "BUS";
    x.actor.code = x.actor.country + "BUS";
    x.why += " + a company's name";
  }
}

// Name-only actors (see FindNameOnly in dyad/actor.h): proper names no dictionary entry,
// place mention or dateline covers become units with no code; one right after a
// nationality adjective is that country's ("the Syrian Observatory for Human Rights" ->
// SYR).
void AddNameOnlyUnits(Analysis& a) {
  const size_t n = a.tokens->size();
  std::vector<bool> excluded(n, false), nationality(n, false);
  for (const auto& m : a.matches)
    for (uint32_t k = m.begin; k < m.end && k < n; ++k) excluded[k] = true;
  for (const Unit& u : a.units)
    for (uint32_t k = u.begin; k < u.end && k < n; ++k) excluded[k] = true;
  for (const auto& [b, e] : a.place_mentions)
    for (uint32_t k = b; k < e && k < n; ++k) excluded[k] = true;
  for (uint32_t k = 0; k < a.dateline_end && k < n; ++k) excluded[k] = true;
  std::vector<int> nationality_unit(n, -1);
  for (size_t u = 0; u < a.units.size(); ++u) {
    const Unit& x = a.units[u];
    if (x.person || x.agent_only || x.actor.code.empty() || x.actor.code != x.actor.country || x.end == 0) continue;
    for (const auto& m : a.matches)
      if (m.end == x.end && m.kind == actors::Kind::kAdjective) {
        nationality[x.end - 1] = true;
        nationality_unit[x.end - 1] = static_cast<int>(u);
      }
  }
  for (Unit& name : actors::FindNameOnly(*a.tokens, excluded, nationality)) {
    int nu = name.begin > 0 ? nationality_unit[name.begin - 1] : -1;
    if (nu >= 0) {
      Unit& x = a.units[nu];
      x.actor.name += (a.tok(name.begin).start > a.tok(x.end - 1).end ? " " : "") + name.actor.name;
      x.end = name.end;
      x.why += " + " + name.why;
      continue;
    }
    a.units.push_back(std::move(name));
  }
  std::sort(a.units.begin(), a.units.end(), [](const Unit& x, const Unit& y) { return x.begin < y.begin; });
}

// People no dictionary knows, introduced as such in the sentence: a name of capitalised
// words after "Mr"/"Ms"/"Mrs"/"Dr" ("Mr Karim Haddad"), or of two or three capitalised
// words then an apposition of a common noun ("Ruaa Hassan, a Syrian engineer,"; not a
// body or a place: "the Eastern Economic Association, an academic group"). Read from the
// words alone, so that sentences left unparsed count too. Each comes with its first token.
std::vector<std::pair<uint32_t, Actor>> IntroducedPeople(const std::vector<Token>& toks,
                                                         const std::vector<actors::Match>& matches) {
  std::vector<std::pair<uint32_t, Actor>> out;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (n < 3) return out;
  std::vector<bool> covered(n, false);
  for (const auto& m : matches)
    for (uint32_t k = m.begin; k < m.end && k < n; ++k) covered[k] = true;
  auto lower = [&](uint32_t k) { return Lower(toks[k].text); };
  auto honorific = [&](uint32_t k) {
    return toks[k].text.size() <= 4 && In(lower(k), {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "miss"});
  };
  auto name_word = [&](uint32_t k) {
    const std::string& t = toks[k].text;
    return !covered[k] && t.size() >= 2 && std::isupper(static_cast<unsigned char>(t[0])) &&
           std::any_of(t.begin(), t.end(), [](unsigned char c) { return std::islower(c) != 0; }) && !honorific(k);
  };
  for (uint32_t b = 0; b < n; ++b) {
    if (!name_word(b) || (b > 0 && name_word(b - 1))) continue;
    uint32_t e = b;
    while (e < n && name_word(e) && e - b < 4) ++e;
    const uint32_t words = e - b;
    // (Not one whose something is meant: "distanced himself from Mr Illarionov's comments".)
    bool person = b > 0 && honorific(b - 1) && words <= 3 &&
                  !(e < n && (toks[e].text == "'s"sv || toks[e].text == "\u2019s"sv));
    if (!person && words >= 2 && words <= 3 && e + 3 < n && toks[e].text == ","sv && In(lower(e + 1), {"a", "an"})) {
      // The apposition's noun: the last lower-case word before the next comma or stop.
      uint32_t k = e + 2, last = 0;
      for (; k < n && k < e + 9 && !In(toks[k].text, {",", ".", ";", ":", "(", ")"}); ++k)
        if (!toks[k].text.empty() && std::islower(static_cast<unsigned char>(toks[k].text[0]))) last = k;
      // (A place is an area noun: "Kiryat Shmona, a town near the border".)
      person = last > 0 && k < n && toks[k].text == ","sv && !IsAreaNoun(lower(last)) &&
               !In(lower(last), {"group", "organisation", "organization", "association", "company", "firm", "body",
                                 "agency", "party", "charity", "movement", "network", "union", "institute",
                                 "institution", "foundation", "bank", "newspaper", "channel", "station", "council",
                                 "committee", "club", "team", "unit", "force", "coalition", "alliance", "country",
                                 "university", "college", "school", "hospital", "fund", "website", "magazine", "paper",
                                 "broadcaster", "publisher", "maker", "manufacturer", "producer", "retailer", "operator",
                                 "carrier", "airline", "consortium", "conglomerate", "subsidiary", "venture", "project",
                                 "programme", "program", "campaign", "centre", "center", "department", "ministry",
                                 "office", "court", "tribunal", "commission", "board", "authority", "regime",
                                 "government", "administration", "chain", "brand", "label", "band", "film", "show",
                                 "book", "album", "song", "series", "event", "festival", "conference", "summit",
                                 "index", "system", "service", "site", "product", "groups", "companies", "firms"});
    }
    if (!person) continue;
    Actor x;
    for (uint32_t k = b; k < e; ++k) {
      if (k > b && toks[k].start > toks[k - 1].end) x.name += ' ';
      x.name += toks[k].text;
    }
    out.emplace_back(b, std::move(x));
    b = e;
  }
  return out;
}

void Coder::Impl::BuildUnits(Analysis& a, const std::string& date) const {
  // A role noun used as an adjective is no actor ("Iranian military and nuclear
  // facilities"): drop agent matches made only of adjectives modifying a noun.
  const auto& toks = *a.tokens;
  std::erase_if(a.matches, [&](const actors::Match& m) {
    if (m.kind != actors::Kind::kAgent) return false;
    for (uint32_t k = m.begin; k < m.end; ++k) {
      const Token& t = toks[k];
      if (t.upos != "ADJ"sv) return false;
      if (t.head < 0 || toks[t.head].upos != "NOUN"sv) return false;
      if (t.deprel != "amod"sv && t.deprel != "conj"sv) return false;
    }
    return true;
  });
  a.units = actors::Compose(*dict, *a.tokens, a.matches);
  MarkCompanyNames(a);
  AddNameOnlyUnits(a);
  a.unit_of.assign(a.tokens->size(), -1);
  for (size_t u = 0; u < a.units.size(); ++u)
    for (uint32_t k = a.units[u].begin; k < a.units[u].end; ++k) a.unit_of[k] = static_cast<int>(u);
  (void)date;
}

// The tags whose lemmas a word may have, for the cascade's word test: past (VBN's lemma is
// VBD's, so it is not asked twice), gerund, third person, plural noun.
const std::string kLemmaTags[] = {"VBD", "VBG", "VBZ", "NNS"};

bool Coder::Impl::MayMatchPattern(const std::vector<Token>& tokens, std::vector<int>* ids_out) const {
  // Lower-cased form -> ids of the pattern words it may be (itself or a lemma of it). The
  // lemmatizer is the costly part and news repeats its words, so each thread remembers,
  // in a flat table (slot: key, start and count of the ids in a pool): a node-based map
  // cost a cache miss or two more per word, for every sentence with an actor.
  // (Keyed by a 64-bit hash of the lower-cased text: a collision could only cost a parse.)
  constexpr int kBits = 18;  // 2^18 slots (4 MB): under 40% full when cleared
  struct WordIds {
    struct Slot {
      uint64_t key = 0;  // 0: empty
      uint32_t start = 0, count = 0;
    };
    std::vector<Slot> slots;
    std::vector<int> pool;
    size_t size = 0;
    const PatternSet* for_set = nullptr;
  };
  thread_local WordIds known;
  if (known.for_set != &patterns || known.size > 100000) {
    known.slots.assign(size_t{1} << kBits, {});
    known.pool.clear();
    known.size = 0;
    known.for_set = &patterns;
  }
  thread_local std::vector<int> ids;
  ids.clear();
  const size_t mask = known.slots.size() - 1;
  for (const Token& t : tokens) {
    if (t.text.empty() || !isalpha(static_cast<unsigned char>(t.text[0]))) continue;
    uint64_t key = 0xcbf29ce484222325ULL;
    for (unsigned char c : t.text)  // (lower-cased as Lower does)
      key = (key ^ (c >= 'A' && c <= 'Z' ? c | 0x20u : c)) * 0x100000001b3ULL;
    key = key ? key : 1;
    size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBits));
    while (known.slots[i].key != 0 && known.slots[i].key != key) i = (i + 1) & mask;
    WordIds::Slot& slot = known.slots[i];
    if (slot.key == 0) {
      std::string w = Lower(t.text);
      slot.key = key;
      slot.start = static_cast<uint32_t>(known.pool.size());
      auto add = [&](const std::string& l) {
        int id = patterns.WordId(l);
        if (id >= 0 && std::find(known.pool.begin() + slot.start, known.pool.end(), id) == known.pool.end())
          known.pool.push_back(id);
      };
      add(w);
      add(PatternSet::TargetPrepWord(w));
      for (const std::string& tag : kLemmaTags) add(syntax::Lemmatize(w, tag));
      slot.count = static_cast<uint32_t>(known.pool.size() - slot.start);
      ++known.size;
    }
    ids.insert(ids.end(), known.pool.begin() + slot.start, known.pool.begin() + slot.start + slot.count);
  }
  // Hyphenated pattern words ("re-examine", "sit-in"), split by the tokenizer.
  for (int k = 2; k < static_cast<int>(tokens.size()); ++k) {
    if (tokens[k - 1].text != "-"sv) continue;  // (the test below, cheaply first)
    std::string w = Lower(tokens[k].text);
    std::vector<std::string> lasts{w};
    for (const std::string& tag : kLemmaTags) lasts.push_back(syntax::Lemmatize(w, tag));
    for (const std::string& last : lasts)
      if (std::string c = HyphenCompoundEndingAt(tokens, k, last); !c.empty()) {
        int id = patterns.WordId(c);
        if (id >= 0) ids.push_back(id);
      }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids_out) *ids_out = ids;
  return patterns.CouldMatch(ids);
}

// Who may use force: armed roles, and states named bare ("Israel struck"). The words of
// force by no one armed are often words only ("attacked the legislation", "clashed").
// An armed role: forces, police, rebels, spies, gangs.
bool ArmedRole(const Actor& x) { return In(x.role, {"MIL", "REB", "INS", "UAF", "COP", "SEP", "SPY", "CRM"}); }

bool BearsArms(const Actor& x) {
  return ArmedRole(x) || (x.role.empty() && !x.code.empty() && x.code == x.country);
}

// An armed side in the broad sense: who bears arms, and peacekeepers, military alliances and
// militant groups abroad ("IGOUNOPKO", "IGONAT", "IMGMOSISI"), whose codes carry no armed role.
bool ArmedSide(const Actor& x) {
  return BearsArms(x) || x.role == "PKO"sv || x.code.find("PKO") != std::string::npos ||
         x.code.find("MIL") != std::string::npos || x.code.rfind("IGONAT", 0) == 0 || x.code.rfind("IMG", 0) == 0;
}

// A political party ("GBROPPPTY", "GBRGOVPTY"): the party is in the code, not the role.
bool IsParty(const Actor& x) {
  return x.code.size() >= 3 && x.code.compare(x.code.size() - 3, 3, "PTY") == 0;
}

// An agent role of a country: "police" of Kenya -> KENCOP, named "police (Kenya)".
Actor AgentOf(const Actor& agent, const std::string& country, const std::string& country_name) {
  Actor x = agent;
  x.country = country;
  x.code = country + agent.role;
  x.name = agent.name + " (" + country_name + ")";
  return x;
}

// "Mr Hoon", "Dr Reid": the parser makes the title the head of the name; the unit of the
// person named under it, or -1.
int TitledPerson(const Analysis& a, int t) {
  if (!IsNominal(a.tok(t))) return -1;
  for (int c : a.children[t])
    if (a.rel(c) == "flat"sv && a.unit_of[c] >= 0 && a.units[a.unit_of[c]].person) return a.unit_of[c];
  return -1;
}

// An infinitive: "to" + verb, or a bare base form ("made Kyiv withdraw").
bool IsInfinitive(const Analysis& a, int v) {
  if (a.tok(v).xpos == "VB"sv) return true;
  for (int c : a.children[v])
    if (a.rel(c) == "mark"sv && Lower(a.tok(c).text) == "to"sv) return true;
  return false;
}

// "ordered nine politicians jailed", "wants them freed": a participle complement with no
// "to"; its subject (or the object of the verb above) is what the participle says was done
// to, and the verb's subject does it.
bool IsPassiveSmallClause(const Analysis& a, int v) {
  if (a.rel(v) != "xcomp"sv || a.head(v) < 0 || a.tok(a.head(v)).upos != "VERB"sv) return false;
  if (!In(a.tok(v).xpos, {"VBN", "VBD"}) || a.Child(v, {"obj"}) >= 0 || IsInfinitive(a, v)) return false;
  if (a.Child(v, {"aux", "aux:pass", "cop"}) >= 0) return false;
  return a.Child(v, {"nsubj"}) >= 0 || a.Child(a.head(v), {"obj"}) >= 0;
}

// The actor a nominal token stands for, composing an agent with a country attached to
// it in the parse ("the leaders of Israel", "Israel's army", "police in Nairobi").
// Whether token t is part of a city's name the dictionary found ("Paris", "Afrin"): in front
// of a gathering, an accord or a campaign ("the Paris meeting", "the Minsk agreements", "the
// Afrin offensive") it names the place.
bool CityAt(const Analysis& a, int t) {
  for (const Match& m : a.matches)
    if (m.kind == actors::Kind::kCapital && static_cast<int>(m.begin) <= t && t < static_cast<int>(m.end)) return true;
  return false;
}

std::vector<Actor> Coder::Impl::ActorsAt(const Analysis& a, int t, int depth) const {
  std::vector<Actor> out;
  if (t < 0 || depth > 4) return out;
  // ("agreed to join forces with the US": the idiom's forces are no one.)
  if (a.rel(t) == "obj"sv && a.tok(t).lemma == "force"sv && a.Child(t, {"amod", "compound", "nmod:poss", "det"}) < 0 &&
      a.head(t) >= 0 && In(a.tok(a.head(t)).lemma, {"join", "combine", "pool", "unite"}))
    return out;
  // (An actor with no code but a name is a name-only actor: see AddNameOnlyUnits.)
  auto add = [&](const Actor& x) {
    if (x.empty() && x.name.empty()) return;
    for (const auto& y : out)
      if (y.code == x.code && y.name == x.name) return;
    out.push_back(x);
  };
  // "the two leaders", "both countries": the last two of the story's people or countries.
  {
    const Token& head = a.tok(t);
    std::string lemma = head.lemma.empty() ? Lower(head.text) : head.lemma;
    bool pair = false;
    for (int c : a.children[t])
      if ((a.rel(c) == "nummod"sv && Lower(a.tok(c).text) == "two"sv) ||
          (In(a.rel(c), {"det", "cc:preconj"}) && Lower(a.tok(c).text) == "both"sv))
        pair = true;
    bool people = pair && In(lemma, {"leader", "president", "premier", "counterpart", "head",
                                     "minister", "man", "chief"});
    bool countries = pair && In(lemma, {"country", "nation", "state", "side", "neighbour",
                                        "neighbor", "rival", "government", "ally", "foe"});
    if (people || countries) {
      std::vector<Actor> pool;
      const std::vector<Actor>* earlier = people ? a.earlier_people : a.earlier_countries;
      if (earlier)
        for (const Actor& x : *earlier)
          if (!x.code.empty()) pool.push_back(x);  // (not an unknown person: see remember_actors)
      for (const Unit& un : a.units) {  // and those named before it in this sentence
        if (un.begin >= static_cast<uint32_t>(t) || un.agent_only || un.actor.code.empty()) continue;
        if (people && un.person) pool.push_back(un.actor);
        if (countries && !un.person && !un.actor.country.empty()) {
          Actor c;
          c.code = c.country = un.actor.country;
          c.name = un.actor.name;
          pool.push_back(c);
        }
      }
      // The last two distinct ones.
      std::vector<Actor> two;
      for (auto it = pool.rbegin(); it != pool.rend() && two.size() < 2; ++it) {
        bool seen = false;
        for (const Actor& y : two) seen = seen || y.code == it->code;
        if (!seen) two.push_back(*it);
      }
      if (two.size() == 2) {
        add(two[1]);
        add(two[0]);
        return out;
      }
    }
  }
  int u = a.unit_of[t];
  if (u >= 0) {
    const Unit& unit = a.units[u];
    if (unit.agent_only) {
      // Countries attached to the agent: possessive, "of"/"in"/"from" phrase, adjective.
      bool composed = false;
      for (int c : a.children[t]) {
        if (a.unit_of[c] == u) continue;
        bool attach = a.rel(c) == "nmod:poss"sv || a.rel(c) == "amod"sv || a.rel(c) == "compound"sv ||
                      (a.rel(c).rfind("nmod", 0) == 0 &&
                       In(a.CaseOf(c), {"of", "in", "from", "for", "at"}));
        if (!attach || Backer(a, c)) continue;
        for (const Actor& country : ActorsAt(a, c, depth + 1)) {
          // ("the leader of the main opposition party", "a spokesman for the rebels": the
          // people who lead or speak for a body of no country named are that body.)
          if (country.country.empty() && !country.role.empty() && a.rel(c).rfind("nmod", 0) == 0 &&
              In(a.CaseOf(c), {"of", "for"}) &&
              In(a.tok(t).lemma, {"leader", "head", "chief", "chairman", "chairwoman", "spokesman", "spokeswoman",
                                  "spokesperson", "member", "official", "president", "chair", "director",
                                  "secretary"})) {
            add(country);
            composed = true;
            continue;
          }
          if (country.country.empty()) continue;
          // "leaders of Sudan's Umma Party", "officials from the Chadian
          // government": people of a coded body are that body.
          if (!country.role.empty() && a.rel(c).rfind("nmod", 0) == 0 && a.tok(c).upos != "ADJ"sv) {
            add(country);
            composed = true;
            continue;
          }
          add(AgentOf(unit.actor, country.country, country.name));
          composed = true;
        }
      }
      // "received ministers from the Georgian government": the parser may hang the "from"
      // phrase right after the object on the verb; a coded body there is the people's.
      if (!composed && a.rel(t) == "obj"sv && a.head(t) >= 0 && t + 1 < static_cast<int>(a.tokens->size()) &&
          Lower(a.tok(t + 1).text) == "from"sv && a.rel(t + 1) == "case"sv) {
        int c = a.head(t + 1);
        if (c > t && a.head(c) == a.head(t) && a.rel(c).rfind("obl", 0) == 0 && a.tok(c).upos != "ADJ"sv)
          for (const Actor& body : ActorsAt(a, c, depth + 1))
            if (!body.country.empty() && !body.role.empty()) {
              add(body);
              composed = true;
            }
      }
      // (The dateline is where the reporter is: when the sentence places itself in another
      // country, "LYON: ... victims of the crash in east Ukraine", its people are not the
      // dateline's.)
      bool elsewhere = false;
      for (const auto& p : a.place_spans) elsewhere = elsewhere || (!p.country.empty() && p.country != a.dateline_country);
      if (!composed && !a.dateline_country.empty() && !elsewhere &&
          !In(unit.actor.role, {"REF", "IGO", "NGO", "MNC", "UAF"})) {
        add(AgentOf(unit.actor, a.dateline_country, a.dateline_country_name));
        composed = true;
      }
      // "the prime minister", "the government", "ministers" in a story that has named one
      // country only (its people, its bodies, its places): that country's state. (Not
      // where the sentence places itself in another country, nor roles that cross borders.)
      // ("Borussia officials", "Arsenal officials": people of a body the sentence names
      // by a name no dictionary knows are that body's, not the state's.)
      bool named_body = false;
      for (int c : a.children[t])
        named_body = named_body || (c < t && a.rel(c) == "compound"sv && (a.unit_of[c] < 0 || a.unit_of[c] == u || a.units[a.unit_of[c]].name_only) &&
                                    (a.tok(c).upos == "PROPN"sv ||
                                     (c > 0 && std::isupper(static_cast<unsigned char>(a.tok(c).text[0])))) &&
                                    a.time_of[c] < 0 && !a.PlaceAt(c) &&
                                    // (titles: "Shadow attorney general", "Lord Chancellor")
                                    !In(a.lower[c], {"shadow", "lord", "lady", "deputy", "vice", "acting", "chief", "senior",
                                                     "junior", "former", "interim", "first", "prime", "foreign", "home",
                                                     "state", "general", "minister", "secretary", "president", "tory",
                                                     "labour", "conservative", "liberal", "democrat", "republican"}));
      if (!composed && !named_body && In(unit.actor.role, {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP"})) {
        std::string only;
        bool one = true;
        auto see = [&](const std::string& c) {
          if (c.empty() || !one) return;
          if (only.empty()) only = c;
          else if (c != only) one = false;
        };
        // (Earlier sentences only: a country this sentence names may be the other side,
        // "the government expressed appreciation for China's assistance". It must name
        // no other.)
        if (a.earlier_countries)
          for (const Actor& x : *a.earlier_countries) see(x.country);
        if (a.earlier_people)
          for (const Actor& x : *a.earlier_people) see(x.country);
        const std::string story_country = only;
        for (const Unit& other : a.units)
          if (!other.agent_only) see(other.actor.country);
        for (const auto& p : a.place_spans) see(p.country);
        if (one && !story_country.empty()) {
          add(AgentOf(unit.actor, story_country, dict->CountryName(story_country)));
          composed = true;
        }
      }
      // A story that has named no country yet, whose sentence places itself in one and
      // names no actor of any country: its unnamed people and bodies are that country's
      // ("Thousands of people protested in Tbilisi against the government", "students
      // staged a sit-in outside parliament in Dhaka").
      // (Not forces: troops "in Afghanistan" are as often another country's.)
      if (!composed && !named_body && In(unit.actor.role, {"GOV", "COP", "JUD", "LEG", "OPP", "CVL", "EDU", "LAB", "MED",
                                                          "REL", "HLH", "BUS"})) {
        bool story_named = (a.earlier_countries && !a.earlier_countries->empty()) ||
                           (a.earlier_people && std::any_of(a.earlier_people->begin(), a.earlier_people->end(),
                                                            [](const Actor& x) { return !x.code.empty(); }));
        // (A place the actor dictionary knows too, a country or a capital: the gazetteer's
        // small places may be another country's namesakes, "Warwick".)
        std::string place;
        bool one = !story_named, known = false;
        for (const auto& p : a.place_spans) {
          if (!p.in || p.country.empty() || !one) continue;
          if (place.empty()) place = p.country;
          else if (place != p.country) one = false;
          for (const Unit& other : a.units)
            known = known || (other.actor.code == p.country && other.begin >= p.begin && other.begin < p.end);
        }
        for (const Unit& other : a.units)
          if (!other.agent_only && !other.actor.country.empty() && other.actor.country != place) one = false;
        if (one && known && place.size() == 3) {
          add(AgentOf(unit.actor, place, dict->CountryName(place)));
          composed = true;
        }
      }
      if (!composed) add(unit.actor);
    } else if (unit.actor.code.empty() && !unit.name_only) {
      // A name that codes nobody (`none`: "the Jordan River").
    } else {
      // "Maria Santos, president of the dock workers' union": a name no dictionary knows is
      // who its apposition says it is.
      // (Not a bare role, "the former party leader", nor the head of a body no dictionary
      // knows, "president of the Citrus Juice Association": the name says more.)
      bool coded_appos = false;
      if (unit.name_only && depth < 2)
        if (const int appos = a.Child(t, {"appos"}); appos >= 0 && a.unit_of[appos] != u) {
          bool unknown_body = false;
          for (int c : a.children[appos])
            unknown_body = unknown_body || (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"of", "for"}) &&
                                            ActorsAt(a, c, depth + 1).empty());
          if (!unknown_body)
            for (const Actor& x : ActorsAt(a, appos, depth + 1))
              if (!x.code.empty() && (!x.country.empty() || x.code != x.role)) {
                add(x);
                coded_appos = true;
              }
        }
      if (!coded_appos) add(unit.actor);
      // "French and German activists": another country modifying the same role noun
      // (or a body's people: "British and EU negotiators").
      const std::string& role = unit.body_role.empty() ? unit.actor.role : unit.body_role;
      if (!unit.person && !role.empty() && (!unit.actor.country.empty() || !unit.body_role.empty()))
        for (int c : a.children[t]) {
          int cu = a.unit_of[c];
          if (cu < 0 || cu == u || !In(a.rel(c), {"amod", "compound"}) || Backer(a, c)) continue;
          const Unit& other = a.units[cu];
          if (other.person || other.agent_only || !other.actor.role.empty() || other.actor.country.empty())
            continue;
          Actor x = unit.actor;
          x.country = other.actor.country;
          x.role = role;
          x.code = other.actor.country + role;
          x.name = other.actor.name + " " + a.tok(t).text;
          add(x);
        }
    }
  } else if (int titled = TitledPerson(a, t); titled >= 0) {
    add(a.units[titled].actor);
  } else if (IsNominal(a.tok(t))) {
    // "his Russian counterpart Vladimir Putin": a person named in apposition is who the
    // noun stands for, before any country that marks it.
    if (int appos = a.Child(t, {"appos"}); appos >= 0 && depth < 2 && a.unit_of[appos] >= 0 &&
                                           a.units[a.unit_of[appos]].person)
      for (const Actor& x : ActorsAt(a, appos, depth + 1)) add(x);
    // A noun that is not an actor but is marked by one: "Iranian facilities" -> IRN.
    // The marker may hang from another modifier: "Iranian military and nuclear facilities",
    // and an owner from a modifying noun ("Washington's arms sales": the parser hangs the
    // owner on "arms").
    std::vector<int> markers;
    for (int c : a.children[t]) {
      if (!out.empty()) break;  // (the person in apposition)
      if (!In(a.rel(c), {"amod", "compound", "nmod:poss"})) continue;
      // ("violated the Minsk agreements", "withdrew from the Astana process": a city before an
      // accord, a process or a meeting names it, not a party to it.)
      if (a.rel(c) == "compound"sv && CityAt(a, c) &&
          (IsGatheringNoun(a.tok(t).lemma) ||
           In(a.tok(t).lemma, {"agreement", "accord", "protocol", "process", "format", "declaration", "communique",
                               "memorandum", "pact", "deal", "initiative", "plan", "roadmap", "framework", "ceasefire",
                               "truce", "treaty"})))
        continue;
      markers.push_back(c);
      if (a.unit_of[c] < 0)
        for (int g : a.children[c])
          if (In(a.rel(g), {"amod", "compound"}) || (a.rel(c) == "compound"sv && a.rel(g) == "nmod:poss"sv))
            markers.push_back(g);
    }
    // ("Damascus's Russian ally": the owner of a relation is its other end; the adjective
    // says who the ally is.)
    bool adjective_marker = false;
    for (int c : markers) adjective_marker = adjective_marker || (a.rel(c) == "amod"sv && a.unit_of[c] >= 0);
    const bool relation = adjective_marker &&
                          In(a.tok(t).lemma, {"ally", "partner", "neighbour", "neighbor", "rival", "foe", "enemy", "backer",
                                              "patron", "sponsor", "counterpart", "adversary", "protector"});
    for (int c : markers) {
      int cu = a.unit_of[c];
      if (cu < 0 || Backer(a, c)) continue;  // ("an Iran-backed Houthi offensive" is the Houthis')
      if (relation && a.rel(c) == "nmod:poss"sv) continue;
      Actor x = a.units[cu].actor;
      if (a.units[cu].agent_only) {
        // "ambushed a police convoy", "shelled the army's positions": the convoys, posts and
        // raids of armed forces stand for them (not a bank's or a firm's things: "the bank's
        // response", "a government proposal").
        // (Words that name the forces themselves: not "an intelligence briefing", "border
        // towns", "its global police role".)
        const bool forces =
            In(x.role, {"REB", "INS"}) ||
            (In(x.role, {"MIL", "COP"}) && In(a.tok(c).lemma, {"police", "army", "military", "troop", "soldier", "navy", "militia"}) &&
             !In(a.tok(t).lemma, {"role", "power", "spending", "budget", "contract", "official"}));
        // (Nor a place they hold: "the rebel-held town of Douma" is the town.)
        const bool hyphened = c + 1 < static_cast<int>(a.lower.size()) && a.lower[c + 1] == "-"sv;
        if (In(a.rel(c), {"compound", "nmod:poss"}) && depth < 3 && forces && !hyphened)
          for (const Actor& y : ActorsAt(a, c, depth + 1)) add(y);
        if (!out.empty()) break;
        continue;
      }
      // An organisation or a body marks it too ("an Islamic State target", "a Hezbollah
      // position", "Hamas's tunnels"): the thing stands for it, not for its country.
      if (!x.code.empty() && x.code != x.country && !a.units[cu].person &&
          In(a.rel(c), {"compound", "nmod:poss"})) {
        add(x);
        break;
      }
      if (x.country.empty()) continue;
      // A person's name tagged as a modifier ("Pezeshkian meanwhile thanked") is the person.
      if (c < t && a.units[cu].person) {
        add(x);
        break;
      }
      Actor bare;
      bare.country = x.country;
      bare.code = x.country;
      bare.name = a.SubtreeText(t);
      add(bare);
      break;
    }
    if (out.empty()) {
      // "the United States, Israel's key ally": an apposition names the same actor.
      int appos = a.Child(t, {"appos"});
      if (appos >= 0 && depth < 2) out = ActorsAt(a, appos, depth + 1);
    }
    // "the chairman of the African Union Commission, Moussa Faki": whoever heads a body
    // speaks for it (or is the person the phrase names).
    if (out.empty() && IsHeadOfBodyNoun(a.tok(t)) && depth < 3)
      for (int c : a.children[t]) {
        if (a.rel(c).rfind("nmod", 0) != 0 || a.CaseOf(c) != "of"sv) continue;
        for (const Actor& x : ActorsAt(a, c, depth + 1))
          if (x.role.empty() || x.code != x.role) add(x);  // (not a bare role: "the head of security")
      }
    if (out.empty() && IsPartOfGroupNoun(a.tok(t)) && depth < 3) {
      // "a member of Hezbollah", "a handful of journalists", "followers of Riek Machar":
      // a part of a group, or its people, stand for the group.
      for (int c : a.children[t]) {
        if (a.rel(c).rfind("nmod", 0) != 0 || !In(a.CaseOf(c), {"of", "among"})) continue;
        for (const Actor& x : ActorsAt(a, c, depth + 1)) add(x);
      }
    }
    // "the enclave of Eastern Ghouta", "parts of Kashmir", "the old-city area of Mosul": a
    // part of a place stands for the place (a country or a place of one, not a body in it).
    if (out.empty() && depth < 3 && IsAreaNoun(a.tok(t).lemma.empty() ? a.lower[t] : a.tok(t).lemma))
      for (int c : a.children[t]) {
        if (a.rel(c).rfind("nmod", 0) != 0 || !In(a.CaseOf(c), {"of", "in"})) continue;
        for (const Actor& x : ActorsAt(a, c, depth + 1))
          if (!x.code.empty() && x.code == x.country) add(x);
      }
    // A number stands for people only when it counts something unnamed: not a date
    // ("on March 28", "18 September"), a year, an amount ("$2 million", "€28 million",
    // "9.6%").
    bool people_noun = IsPeopleNoun(a.tok(t));
    if (people_noun && a.tok(t).upos == "NUM"sv) {
      const int n = static_cast<int>(a.tokens->size());
      auto amount_word = [](const std::string& w) {
        return In(w, {"%", "percent", "per", "pc", "$", "€", "£", "¥", "US$", "dollars", "euros",
                      "pounds", "yuan", "yen", "rupees", "barrels", "tonnes", "tons", "km",
                      "kilometres", "kilometers", "miles", "points", "cents", "pct", "mln", "bln", "dlr",
                      "dlrs", "stg", "francs", "marks", "lire", "shares", "acres", "hectares", "bushels",
                      "ounces", "degrees", "votes"});
      };
      // ("$2 million": the currency may be glued to the number before "million".)
      auto money = [](const std::string& x) {
        return x.find('%') != std::string::npos || x.find('$') != std::string::npos ||
               x.find("€") != std::string::npos || x.find("£") != std::string::npos;
      };
      const std::string& w = a.tok(t).text;
      bool not_people = money(w);
      for (int k = std::max(0, t - 2); k <= std::min(n - 1, t + 2); ++k)
        if (k != t && (IsMonthName(a.tok(k).text) ||
                       (std::abs(k - t) == 1 && (amount_word(a.tok(k).text) || money(a.tok(k).text)))))
          not_people = true;
      if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
          (w[0] == '1' || w[0] == '2'))
        not_people = true;
      // (Is some actor named within x's phrase?)
      auto actor_within = [&](int x) {
        for (int j = 0; j < n; ++j) {
          if (a.unit_of[j] < 0) continue;
          for (int g = j, guard = 0; g >= 0 && guard < 32; g = a.head(g), ++guard)
            if (g == x) return true;
        }
        return false;
      };
      for (int c : a.children[t]) {
        if (In(a.tok(c).upos, {"SYM"}) || amount_word(a.tok(c).text) || money(a.tok(c).text)) not_people = true;
        // ("refused to discuss two of the agenda items": a number of things, no actor and no
        // noun of people among them; "three of its officers" are people.)
        if (!not_people && a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "of"sv && a.tok(c).upos == "NOUN"sv &&
            !IsPeopleNoun(a.tok(c)) && !NamesPerson(a.tok(c)) && !actor_within(c))
          not_people = true;
      }
      people_noun = !not_people;
    }
    if (out.empty() && people_noun && depth < 3) {
      // "dozens of Palestinians", "thousands of protesters": the people are the phrase's.
      for (int c : a.children[t]) {
        if (a.rel(c).rfind("nmod", 0) != 0 || !In(a.CaseOf(c), {"of", "from"})) continue;
        for (Actor x : ActorsAt(a, c, depth + 1)) {
          if (x.role.empty() && !x.country.empty()) {
            x.role = "CVL";
            x.code = x.country + "CVL";
          }
          x.name = a.SubtreeText(t);
          add(x);
        }
      }
    }
    if (out.empty() && people_noun) {
      Actor people;
      people.role = "CVL";
      people.code = "CVL";
      people.name = a.SubtreeText(t);
      add(people);
    }
    // "inspected the refineries in Iran": a thing acted on in a country stands for the
    // country, as "the Iranian refineries" does; not people ("villagers in Syria"), a part
    // of a group, an event ("a strike in Chicago") or a state ("on alert in Manila").
    const std::string& lemma_t = a.tok(t).lemma.empty() ? a.lower[t] : a.tok(t).lemma;
    const bool acted_on = In(a.rel(t), {"obj", "nsubj:pass"}) ||
                          (a.rel(t).rfind("nmod", 0) == 0 && In(a.CaseOf(t), {"on", "against", "at"}));
    if (out.empty() && depth < 2 && acted_on && !people_noun && !IsPartOfGroupNoun(a.tok(t)) &&
        !IsPeopleNoun(a.tok(t)) && !patterns.ForHead(lemma_t, true))
      for (int c : a.children[t]) {
        if (a.rel(c).rfind("nmod", 0) != 0 || a.CaseOf(c) != "in"sv || a.unit_of[c] < 0) continue;
        const Unit& place = a.units[a.unit_of[c]];
        if (place.person || place.agent_only || place.actor.country.empty() || place.actor.code != place.actor.country)
          continue;
        Actor bare;
        bare.country = bare.code = place.actor.country;
        bare.name = a.SubtreeText(t);
        add(bare);
        break;
      }
  }
  // Coordinated actors: "Israel and Iran", "the US and Israel".
  for (int c : a.children[t])
    if (a.rel(c) == "conj"sv && (u < 0 || a.unit_of[c] != u))
      for (const Actor& x : ActorsAt(a, c, depth + 1)) add(x);
  return out;
}

// Subject of a verb, through passives, coordination, control and participles.
int Coder::Impl::SubjectOf(const Analysis& a, int v, int depth) const {
  if (v < 0 || depth > 6) return -1;
  // (A past participle modifying a noun is passive: "the civilians imprisoned by ...";
  // unless the noun is the sentence's root or the participle has an object: then the
  // parser missed the main verb, "Iranian protesters rallied in Tehran".)
  int np = a.rel(v) == "acl"sv ? a.head(v) : -1;  // the noun phrase the participle is in
  while (np >= 0 && In(a.rel(np), {"nmod", "compound", "flat", "appos"})) np = a.head(np);
  // (The tagger may read such a participle as a past tense: "10 soldiers killed in Ukraine".)
  // (A headline's "US blogger fired by her airline": the noun is the root, the agent says
  // the participle is passive.)
  auto by_agent = [&] {
    for (int c : a.children[v])
      if (a.rel(c) == "obl:agent"sv || (a.rel(c) == "obl"sv && a.HasCase(c, "by"))) return true;
    return false;
  };
  const bool passive = a.Child(v, {"nsubj:pass", "aux:pass"}) >= 0 ||
                       // (A copular root is no missed verb: "She was one of eight nationals killed".)
                       (np >= 0 && In(a.tok(v).xpos, {"VBN", "VBD"}) &&
                        (a.head(np) >= 0 || by_agent() || (a.Child(np, {"cop"}) >= 0 && a.Child(v, {"nsubj"}) < 0)) &&
                        // (An object with an agent is the participle's complement: "the journalist
                        // taken hostage by Islamic State".)
                        (a.Child(v, {"obj"}) < 0 || by_agent()));
  if (passive) {
    int agent = a.Child(v, {"obl:agent"});
    if (agent < 0)
      for (int c : a.children[v])
        if (a.rel(c) == "obl"sv && a.HasCase(c, "by")) agent = c;
    return agent;
  }
  if (IsPassiveSmallClause(a, v)) return SubjectOf(a, a.head(v), depth + 1);
  int subj = a.Child(v, {"nsubj"});
  if (subj >= 0) {
    // Relative clause: "a crackdown that prompted ..." -> the noun it modifies.
    std::string l = Lower(a.tok(subj).text);
    if (a.rel(v) == "acl:relcl"sv && In(l, {"that", "which", "who"})) return a.head(v);
    return subj;
  }
  int h = a.head(v);
  if (h < 0) return -1;
  const std::string& r = a.rel(v);
  // "Obama is scheduled to attend", "Iran is expected to sign": the passive's subject is
  // the infinitive's (unless an agent is named: "was asked by Congress to help").
  if (r == "xcomp"sv && a.Child(h, {"nsubj:pass"}) >= 0 && a.Child(h, {"obl:agent"}) < 0) {
    bool agent = false;
    for (int c : a.children[h]) agent = agent || (a.rel(c) == "obl"sv && a.HasCase(c, "by"));
    if (!agent && In(a.tok(h).lemma, {"schedule", "expect", "set", "due", "slate", "suppose", "believe",
                                      "say", "report", "think", "scheduled", "expected", "slated"}))
      return a.Child(h, {"nsubj:pass"});
  }
  // Object control: "wants Putin to attack", "forced Kyiv to withdraw": the object does
  // what the infinitive says (when it is someone: an actor, a pronoun or people).
  // (Not a passive small clause: "ordered nine officials jailed" is the orderer's act.)
  if (r == "xcomp"sv && IsObjectControlVerb(a.tok(h).lemma) && IsInfinitive(a, v)) {
    int obj = a.Child(h, {"obj", "iobj"});
    if (obj >= 0 && obj < v &&
        (a.unit_of[obj] >= 0 || a.tok(obj).upos == "PRON"sv ||
         (IsPeopleNoun(a.tok(obj)) && a.tok(obj).upos != "NUM"sv) || TitledPerson(a, obj) >= 0))
      return obj;
    // "trained Kurdish-led units to fight", "allowed councils to give money": the object of
    // a verb that makes someone act does the act, even when it is no actor we know (not
    // "needs more arms to win": what one wants or needs is no doer).
    if (obj >= 0 && obj < v && IsNominal(a.tok(obj)) &&
        !In(a.tok(h).lemma, {"want", "need", "expect", "require", "wish", "like", "prefer", "cause", "lead"}))
      return obj;
  }
  // "attacked the Commission for backing down", "praised Kenya for hosting the talks": the
  // deed a side is blamed or praised for is that side's.
  if ((r == "advcl"sv || r.rfind("obl", 0) == 0) && a.tok(v).xpos == "VBG"sv && IsVerbal(a.tok(h))) {
    const int mark = a.Child(v, {"mark", "case"});
    const int object = a.Child(h, {"obj"});
    // (Not a term or a penalty: "served a jail term for punching a man" is his deed.)
    if (mark >= 0 && a.lower[mark] == "for"sv && object >= 0 && object < v &&
        !In(a.tok(object).lemma, {"term", "sentence", "time", "year", "month", "week", "day", "penalty", "fine",
                                  "price", "money", "award", "prize", "medal", "reward", "bonus", "credit"}))
      return object;
  }
  // "was not fined by the SEC, but has agreed to refrain": an active verb coordinated with
  // a passive one shares its subject, not its agent.
  if (r == "conj"sv && a.Child(h, {"nsubj:pass"}) >= 0 && a.Child(v, {"aux:pass"}) < 0 &&
      a.Child(v, {"aux"}) >= 0)
    return a.Child(h, {"nsubj:pass"});
  if (r == "conj"sv || r == "xcomp"sv || r == "advcl"sv) {
    // ("four British men killed fighting Isis": who was killed was fighting.)
    if (r == "xcomp"sv && a.tok(v).xpos == "VBG"sv && a.rel(h) == "acl"sv && a.head(h) >= 0 && IsNominal(a.tok(a.head(h))) &&
        In(a.tok(h).xpos, {"VBN", "VBD"}) && a.Child(h, {"nsubj", "obj"}) < 0)
      return a.head(h);
    if (IsVerbal(a.tok(h)) || a.Child(h, {"nsubj"}) >= 0) return SubjectOf(a, h, depth + 1);
  }
  if (r == "acl"sv && IsNominal(a.tok(h))) return h;
  // ("attended by visiting West German President Richard von Weizsaecker": the visitor.)
  // (Only visiting: "an auditing firm", "a negotiating committee" do nothing.)
  if (r == "amod"sv && a.tok(v).xpos == "VBG"sv && a.tok(v).lemma == "visit"sv && IsNominal(a.tok(h)) &&
      !In(a.tok(h).lemma, {"scholar", "professor", "fellow", "researcher", "lecturer", "academic", "team", "side",
                           "fan", "supporter", "hour", "nurse", "card", "right"}))
    return h;
  return -1;
}

// The author of the attack a passive verb happened in ("killed in Israeli shelling", "hurt
// in an air strike by the coalition", "wounded by Russian fire"), or none.

std::vector<Actor> Coder::Impl::AttackAuthor(const Analysis& a, int v, int* attack) const {
  for (int c : a.children[v]) {
    if (a.rel(c).rfind("obl", 0) != 0 || !In(a.CaseOf(c), {"in", "by", "during"})) continue;
    if (a.unit_of[c] >= 0) continue;
    // ("in Israeli tank shelling" may come out as "tank" with "shelling" as its participle.)
    bool attack_noun = IsAttackNoun(a.tok(c).lemma);
    for (int m : a.children[c])
      attack_noun = attack_noun || (a.rel(m) == "acl"sv && In(Lower(a.tok(m).text), {"shelling", "bombing", "firing", "shooting"}));
    if (!attack_noun) continue;
    for (int m : a.children[c]) {
      if (a.rel(m).rfind("nmod", 0) != 0 || !a.HasCase(m, "by")) continue;
      auto actors = ActorsAt(a, m);
      if (!actors.empty()) {
        *attack = c;
        return actors;
      }
    }
    // The attack noun marked by its author: "Israeli tank shelling", "a Hamas rocket" (not
    // by the city it is fought in: "killed in the Afrin offensive").
    bool city_only = false;
    for (int m : a.children[c])
      city_only = city_only || (a.rel(m) == "compound"sv && CityAt(a, m));
    for (int m : a.children[c])
      city_only = city_only && !(In(a.rel(m), {"amod", "nmod:poss"}) && a.unit_of[m] >= 0);
    if (city_only) continue;
    auto actors = ActorsAt(a, c);
    if (!actors.empty()) {
      *attack = c;
      return actors;
    }
  }
  return {};
}

// Matches a pattern's words and targets around its head; words are required, targets
// add to the score. Searches children and grandchildren, never the subject.
bool Coder::Impl::MatchItems(const Analysis& a, const Pattern& p, int head, int subject,
                             Candidate* out, const std::vector<int>* excluded) const {
  std::vector<int> anchors{head};
  std::vector<int> used{head};  // (a few tokens: a vector beats a set)
  if (excluded) used.insert(used.end(), excluded->begin(), excluded->end());
  auto is_used = [&](int t) { return std::find(used.begin(), used.end(), t) != used.end(); };
  out->score = 1;
  auto lemma_matches = [&](int t, const PatternItem& item) {
    const std::string& l = a.tok(t).lemma;
    const std::string& w = a.lower[t];
    std::vector<std::string> compounds;  // (filled when the item has a hyphenated word)
    bool compounds_done = false;
    for (const auto& x : item.lemmas) {
      if (item.prefix ? (l.rfind(x, 0) == 0 || w.rfind(x, 0) == 0) : (l == x || w == x))
        return true;
      if (item.prefix || x.find('-') == std::string::npos) continue;
      if (!compounds_done) {
        compounds_done = true;
        compounds = HyphenCompoundsFrom(*a.tokens, t);
        for (const std::string& last : {l, w})
          if (std::string c = HyphenCompoundEndingAt(*a.tokens, t, last); !c.empty()) compounds.push_back(c);
      }
      for (const std::string& c : compounds)
        if (c == x) return true;
    }
    return false;
  };
  // A clause with a subject and a subordinator of its own, or a coordinated one, says
  // something else: "refuse to pay compensation because they say ..." is no refusal to say.
  // Below a word of the pattern, a question clause too: "refused to say whether Putin would
  // attend" is no refusal to attend.
  auto own_clause = [&](int k, bool below_word) {
    if (below_word && a.rel(k) == "ccomp"sv)
      for (int g : a.children[k])
        if (a.rel(g) == "mark"sv && In(a.lower[g], {"whether", "if"})) return true;
    if (!In(a.rel(k), {"advcl", "conj"}) || a.Child(k, {"nsubj", "nsubj:pass"}) < 0) return false;
    if (a.rel(k) == "conj"sv) return true;
    for (int g : a.children[k])
      if (a.rel(g) == "mark"sv && In(a.lower[g], {"after", "before", "when", "while", "as", "because", "since", "until",
                                                  "although", "though", "if", "unless", "once", "whereas"}))
        return true;
    return false;
  };
  // So does a clause of saying after a comma or a dash: "refused to back the bill, saying it
  // was too complex" is no refusal to say (but "rallied, demanding his resignation" is the
  // rally's demand).
  // (After its verb: "speaking to the committee, Brown said" names whom he told.)
  auto comment_clause = [&](int k) {
    return a.rel(k) == "advcl"sv && a.tok(k).xpos == "VBG"sv && k > a.head(k) &&
           In(a.lower[k - 1], {",", "-", "--", ";"}) && a.Child(k, {"mark"}) < 0 &&
           (IsSpeechVerb(a.tok(k).lemma) || In(a.tok(k).lemma, {"cite", "add", "note", "explain", "argue", "insist"}));
  };
  // (Recomputed only when a matched word adds an anchor.)
  std::vector<int> cached;
  size_t cached_for = 0;
  auto candidates = [&]() -> const std::vector<int>& {
    if (cached_for == anchors.size()) return cached;
    cached_for = anchors.size();
    std::vector<int>& c = cached;
    c.clear();
    for (int an : anchors)
      for (int k : a.children[an]) {
        // (The passive subject is the verb's object: "Evidence against Russia was
        // presented by the US" matches "SRC present evidence against TGT".)
        if (k == subject || In(a.rel(k), {"nsubj", "csubj", "punct"})) continue;
        if (a.rel(k) == "nsubj:pass"sv && an != head) continue;
        // (A noun's own preposition is its governor's: "were on strike" is no "strike on".)
        if (an == head && a.rel(k) == "case"sv) continue;
        if (comment_clause(k)) continue;
        const bool own = own_clause(k, /*below_word=*/an != head);
        // (Nor the verb of such a clause: "refuse to pay because they say ..." says nothing.)
        if (own && an == head && a.rel(k) == "advcl"sv) continue;
        c.push_back(k);
        // (Not the words of a modifying or coordinated clause with a subject of its own:
        // "launched airstrikes shortly after militants fired rockets" is no "launch
        // rockets". What is said, a complement, is the verb's: "warned that", "denied that".)
        // ("called on Mr Clarke to denounce", "called for athletes to be treated": a subject
        // brought in by "on" or "for" is the call's.)
        // ("will give its verdict after hearing evidence": no "give evidence".)
        if (a.rel(k) == "advcl"sv) {
          bool subordinate = false;
          for (int g : a.children[k])
            subordinate = subordinate || (a.rel(g) == "mark"sv && In(a.lower[g], {"after", "before", "when", "while", "since",
                                                                                 "until", "although", "though", "once"}));
          if (subordinate) continue;
        }
        if (own) continue;
        // (A capitalised word naming the thing of a phrase the pattern does not open is part
        // of a name, not one of its words: "giving evidence to the Power inquiry" gives no
        // power; but "sending troops to the UN peacekeeping force" is peacekeeping.)
        const int kcase = a.rel(k) == "case"sv ? -1 : a.Child(k, {"case"});
        bool foreign_prep = false;
        if (kcase >= 0) {
          foreign_prep = true;
          for (const PatternItem& it : p.items)
            if ((it.kind == PatternItem::Kind::kTarget && it.prep == a.lower[kcase]) ||
                (it.kind == PatternItem::Kind::kWord &&
                 std::find(it.lemmas.begin(), it.lemmas.end(), a.lower[kcase]) != it.lemmas.end()))
              foreign_prep = false;
        }
        // (Nor what a phrase of time or circumstance names: "opened an investigation in the
        // wake of a newspaper report" investigates no report.)
        if (kcase >= 0 && In(a.tok(k).lemma, {"wake", "aftermath", "midst", "light", "face", "run-up", "lead-up",
                                              "absence", "course", "event", "backdrop", "context"}))
          continue;
        // (A particle is its own verb's: "beat Maleeva to set up a clash" beat no one up.)
        for (int g : a.children[k])
          if (!In(a.rel(g), {"punct", "acl:relcl"}) && !(a.rel(g) == "compound:prt"sv && a.tok(k).upos == "VERB"sv) &&
              !(foreign_prep && a.rel(g) == "compound"sv && g > 0 &&
                                                                   std::isupper(static_cast<unsigned char>(a.tok(g).text[0]))) &&
              !own_clause(g, /*below_word=*/true) && !comment_clause(g))
            c.push_back(g);
      }
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    return c;
  };
  // (A word of a time expression is none of the pattern's: "called Zawde on Friday to
  // explain" is no "call on ... to".)
  // (Nor a span of time in a prepositional phrase: "in the days before his arrest he gave
  // interviews" is no "give ... days".)
  // (A date the sentence's dates name, "on Monday"; not "the BBC's Westminster Hour".)
  auto dated = [&](int c) { return c < static_cast<int>(a.time_of.size()) && a.time_of[c] >= 0; };
  auto in_time = [&](int c) {
    if (dated(c)) return true;
    if (!In(a.tok(c).lemma, {"day", "hour", "week", "month", "year", "minute"})) return false;
    if (a.Child(c, {"case"}) >= 0) return true;
    // (Or a span of time before "later" or "ago": "a few days later, Baikal gave control";
    // not "given Japan six weeks to act".)
    auto relative = [&](int k) { return k >= 0 && In(a.lower[k], {"later", "earlier", "ago", "afterwards", "before"}); };
    if (relative(a.head(c))) return true;
    for (int g : a.children[c])
      if (relative(g)) return true;
    return false;
  };
  auto pattern_word = [&](int t) {
    for (const PatternItem& item : p.items)
      if (item.kind == PatternItem::Kind::kWord && lemma_matches(t, item)) return true;
    return false;
  };
  // A verb's phrase of circumstance (time, occasion) is none of its words unless the pattern
  // names its preposition: "announced the decision following a cabinet meeting" announces no
  // meeting. (Other prepositions may be misparsed complements: "spoke on the telephone",
  // "declined to comment".)
  auto foreign_phrase = [&](int c) {
    // (A conjunct shares its first conjunct's phrase: "alongside Kurdish militias and
    // other rebels".)
    for (int guard = 0; guard < 8 && c >= 0 && a.rel(c) == "conj"sv && a.head(c) >= 0; ++guard) c = a.head(c);
    if (p.noun) return false;
    const int cs = a.Child(c, {"case"});
    // (Nor, for an act of force, the place where it happens, on the verb or on its object:
    // "took up a radio in a village", "took up a rifle in a village" take no village.)
    const bool force_at = cs >= 0 && p.code.rfind("19", 0) == 0 &&
                          In(a.lower[cs], {"in", "inside", "near", "outside", "around", "at"}) &&
                          ((a.head(c) == head && a.rel(c).rfind("obl", 0) == 0) ||
                           (a.rel(c).rfind("nmod", 0) == 0 && a.head(c) >= 0 && a.head(a.head(c)) == head &&
                            a.rel(a.head(c)) == "obj"sv));
    if (!force_at && (a.head(c) != head || a.rel(c).rfind("obl", 0) != 0)) return false;
    // ("fought alongside the rebels": allies, not the enemy a word of a fight pattern names.)
    // (Nor whence something changes: "revised its forecast from a flat position".)
    if (cs < 0 || (!In(a.lower[cs], {"following", "after", "before", "during", "amid", "amidst", "despite", "since",
                                     "until", "throughout", "without", "ahead", "prior", "from"}) &&
                   !IsAllyPreposition(a.lower[cs]) && !force_at))
      return false;
    for (const PatternItem& it : p.items)
      if ((it.kind == PatternItem::Kind::kWord && lemma_matches(cs, it)) ||
          (it.kind == PatternItem::Kind::kTarget && it.prep == a.lower[cs]))
        return false;
    return true;
  };
  // "gave up weapons", "turned down the offer", "called off the strike": a particle that
  // makes another verb of the head is a word the pattern must name (but giving up, backing
  // down or pulling out is what a pattern of yielding, 08, means: "give up control").
  if (!p.noun && p.code.rfind("08", 0) != 0) {
    static const std::pair<const char*, const char*> kParticleVerbs[] = {
        {"give", "up"},  {"give", "in"},  {"turn", "down"}, {"back", "down"}, {"back", "off"}, {"call", "off"},
        {"put", "off"},  {"hold", "off"}, {"pull", "out"},  {"break", "up"},  {"set", "off"},  {"take", "off"},
        {"give", "away"}, {"send", "off"}, {"hand", "out"},  {"hang", "in"},  {"hang", "on"},   {"hang", "out"},
        {"hang", "up"},   {"hang", "around"}};
    const int prt = a.Child(head, {"compound:prt"});
    if (prt >= 0)
      for (const auto& [verb, particle] : kParticleVerbs) {
        if (a.tok(head).lemma != verb || a.lower[prt] != particle) continue;
        bool named = false;
        for (const PatternItem& it : p.items)
          named = named || std::find(it.lemmas.begin(), it.lemmas.end(), particle) != it.lemmas.end();
        if (!named) return false;
      }
  }
  // A word the pattern matched: used, an anchor for the items after it, and scored.
  auto take_word = [&](int t, int points) {
    used.push_back(t);
    anchors.push_back(t);
    out->words.push_back(t);
    out->score += points;
  };
  int opened = -1, opened_by = -1;  // the phrase the preposition matched last opens, and it
  for (const PatternItem& item : p.items) {
    // OBJ: whatever the head's object names ("returned the frogs to Brazil"); it counts for
    // less than a word the pattern lists, so a listed object wins.
    if (item.any_object) {
      int found = -1;
      // (Not an idiom's object, "returned the favour", "returned the call", nor "home" read as one.)
      for (int c : a.children[head])
        if (a.rel(c) == "obj"sv && !is_used(c) && !in_time(c) && IsNominal(a.tok(c)) &&
            !In(a.tok(c).lemma, {"favour", "favor", "fire", "call", "compliment", "serve", "ball", "verdict",
                                 "volley", "shot", "salute", "gesture", "visit", "smile", "look", "home"})) {
          found = c;
          break;
        }
      if (found < 0) return false;
      take_word(found, 1);
      opened = -1;
      continue;
    }
    if (item.kind == PatternItem::Kind::kWord) {
      int found = -1;
      for (int c : candidates())
        // (A preposition before the head opens a phrase of its own: "In the days before his
        // arrest he gave interviews to" is no "give in to".)
        // (Nor a word naming people by what they deal with: "appealed for the weapons
        // inspectors to be given time" is no appeal for weapons.)
        // (Nor "according to", which cites a source: no accord.)
        if (!is_used(c) && !in_time(c) && !(c < head && a.rel(c) == "case"sv) &&
            !(a.lower[c] == "according"sv && c + 1 < a.size() && a.lower[c + 1] == "to"sv) &&
            !(a.rel(c) == "compound"sv && a.head(c) >= 0 && NamesDoers(a.tok(a.head(c))) && !pattern_word(a.head(c))) &&
            !foreign_phrase(c) &&
            // (Nor an adjective of a noun the pattern does not name: "offer a free network
            // service" is no offer to free anyone; but "let free activists", right after the
            // verb, is the verb's.)
            !(a.rel(c) == "amod"sv && a.head(c) >= 0 && a.tok(a.head(c)).upos == "NOUN"sv && c != head + 1 &&
              std::find(anchors.begin(), anchors.end(), a.head(c)) == anchors.end() && !pattern_word(a.head(c))) &&
            // (A noun right after a preposition of the pattern is not in a phrase another one
            // opens: "went to Washington for talks" is no "go to talks".)
            !(opened >= 0 && c != opened && a.head(c) != opened && a.Child(c, {"case"}) >= 0 &&
              a.lower[a.Child(c, {"case"})] != a.lower[opened_by]) &&
            lemma_matches(c, item)) {
          found = c;
          break;
        }
      if (found < 0) return false;
      take_word(found, 2);
      opened = a.rel(found) == "case"sv && a.head(found) > found ? a.head(found) : -1;
      opened_by = found;
      continue;
    }
    opened = -1;
    // Target.
    int found = -1;
    if (item.prep.empty()) {
      for (int an : anchors) {
        for (int k : a.children[an])
          if (In(a.rel(k), {"obj", "iobj", "nsubj:pass"}) && !is_used(k)) { found = k; break; }
        // (After a modal word of the pattern, the subject of the clause it helps: "said
        // the EU must be ready" matches "SRC say must TGT!". A clause whose verb heads
        // patterns of its own is coded from them: "says Israel must end its attacks" is a
        // demand to yield, in CodeSentence.)
        auto heads_patterns = [&](int verb) {  // (whose words the sentence holds)
          const std::vector<int>* ids = patterns.ForHead(a.tok(verb).lemma, false);
          if (ids)
            for (int id : *ids)
              if (!a.word_ids || patterns.Complete(id, *a.word_ids)) return true;
          return false;
        };
        if (found < 0 && an != head && a.rel(an) == "aux"sv && a.head(an) >= 0 && !heads_patterns(a.head(an))) {
          const int subject_of_clause = a.Child(a.head(an), {"nsubj", "nsubj:pass"});
          // (Not the speaker's own country: "Putin said Russia must strengthen its army" is
          // an exhortation, not a demand on anyone.)
          bool own = false;
          if (subject_of_clause >= 0 && subject >= 0)
            for (const Actor& x : ActorsAt(a, subject_of_clause))
              for (const Actor& y : ActorsAt(a, subject))
                own = own || (x.role.empty() && !x.country.empty() && x.country == y.country);
          if (subject_of_clause >= 0 && !is_used(subject_of_clause) && !own) found = subject_of_clause;
        }
        if (found >= 0) break;
      }
    } else {
      // (A required target skips a phrase of no actor: "travelling to America next week",
      // parsed with "to" on "week".)
      for (int c : candidates())
        // (Not "with" opening a clause of its own: "had a regular audience, with America's
        // TV Guide describing the series as ...".)
        // (Nor a phrase of time: "ended the strike on Monday" strikes nothing on Monday; but
        // "to the Bolivian Congress yesterday", parsed with "yesterday" as its head, is the
        // name's phrase.)
        if (!is_used(c) && IsNominal(a.tok(c)) && a.HasCase(c, item.prep) &&
            !(item.prep == "with"sv && std::any_of(a.children[c].begin(), a.children[c].end(), [&](int g) {
                return a.rel(g) == "acl"sv && a.tok(g).xpos == "VBG"sv && g > c;
              })) &&
            (!item.required || !ActorsAt(a, c).empty())) {
          if (dated(c)) {
            int named = -1;
            for (int g : a.children[c])
              if (named < 0 && g < c && a.unit_of[g] >= 0 && In(a.rel(g), {"compound", "nmod", "amod", "nmod:poss"}))
                named = g;
            if (named < 0) continue;
            c = named;
          }
          found = c;
          break;
        }
      // "held talks with the Somali President Mohamed Abdullahi Farmajo": a long name may
      // leave the parse of the phrase in pieces. The preposition right after the pattern's
      // last word, then an actor within a determiner and modifiers, is the phrase all the
      // same. (Not "by": after a passive verb it brings in the source.)
      if (found < 0 && item.prep != "by"sv) {
        const int last = *std::max_element(used.begin(), used.end());
        if (last + 1 < a.size() && a.lower[last + 1] == item.prep) {
          for (int c = last + 2; c < a.size() && c <= last + 4; ++c) {
            if (IsNominal(a.tok(c)) && a.tok(c).upos != "NUM"sv && !ActorsAt(a, c).empty()) { found = c; break; }
            if (!In(a.tok(c).upos, {"DET", "ADJ", "NUM"})) break;
          }
        }
      }
    }
    if (found >= 0 && item.required && ActorsAt(a, found).empty()) found = -1;
    if (found < 0 && item.required) return false;
    if (found >= 0) {
      used.push_back(found);
      out->target_tokens.push_back(found);
      out->score += 2;
    }
  }
  return true;
}

Coder::Impl::Candidate Coder::Impl::BestAt(const Analysis& a, int v, bool noun, const std::vector<int>* excluded) const {
  Candidate best;
  const Token& t = a.tok(v);
  const std::string& lemma = t.lemma.empty() ? a.lower[v] : t.lemma;
  const std::vector<int>* ids = patterns.ForHead(lemma, noun);
  // ("want to re-examine": a hyphenated head is split by the tokenizer; its patterns are
  // tried with those of its last part.)
  const std::vector<int>* compound_ids = nullptr;
  if (v >= 2 && a.lower[v - 1] == "-"sv)
    if (std::string c = HyphenCompoundEndingAt(*a.tokens, v, lemma); !c.empty())
      compound_ids = patterns.ForHead(c, noun);
  if (!ids && !compound_ids) return best;
  std::vector<int> both;
  if (compound_ids) {
    if (ids) both = *ids;
    both.insert(both.end(), compound_ids->begin(), compound_ids->end());
    ids = &both;
  }
  int subject = noun ? -1 : SubjectOf(a, v);
  for (int id : *ids) {
    if (a.word_ids && !patterns.Complete(id, *a.word_ids)) continue;
    const Pattern& p = patterns.patterns()[id];
    Candidate c;
    c.pattern = &p;
    c.trigger = v;
    if (!MatchItems(a, p, v, subject, &c, excluded)) continue;
    if (!best.pattern || c.score > best.score) best = c;
  }
  return best;
}

void Coder::Impl::CodeSentence(Document& doc, int index, Analysis& a, const std::string& ref_date,
                               actors::StoryMemory& memory, std::vector<Event>& out,
                               std::ostringstream* explain) const {
  Sentence& sent = doc.sentences[index];
  const int n = a.size();
  std::string stext(doc.SentenceText(sent));
  bool question = !sent.tokens.empty() && sent.tokens.back().text == "?"sv;

  // Time expressions, mapped to tokens.
  a.times = time::FindTimeExpressions(stext, doc.date);
  a.time_of.assign(n, -1);
  for (size_t e = 0; e < a.times.size(); ++e)
    for (int k = 0; k < n; ++k) {
      uint32_t s = a.tok(k).start - sent.start, t = a.tok(k).end - sent.start;
      if (s >= a.times[e].start && t <= a.times[e].end) a.time_of[k] = static_cast<int>(e);
    }

  // Who claims what this sentence says: "..., the Kremlin said", "according to X".
  auto claimant_of = [&](int v) -> Actor {
    auto from_subject = [&](int speech) -> Actor {
      int s = a.Child(speech, {"nsubj"});
      if (s < 0) return {};
      auto actors_here = ActorsAt(a, s);
      if (!actors_here.empty()) return actors_here.front();
      Actor named;
      named.name = a.SubtreeText(s);
      return named;
    };
    for (int k = v, guard = 0; k >= 0 && guard < 10; k = a.head(k), ++guard) {
      for (int c : a.children[k]) {
        if ((a.rel(c) == "parataxis"sv || a.rel(c) == "advcl"sv) && IsSpeechVerb(a.tok(c).lemma) &&
            a.Child(c, {"nsubj"}) >= 0)
          return from_subject(c);
        // "..., Chinese state media reported": a trailing reporting clause the parser hung
        // as a complement of the reported verb (it has a subject and nothing to report).
        if (a.rel(c) == "ccomp"sv && c > k && IsSpeechVerb(a.tok(c).lemma) && a.Child(c, {"nsubj"}) >= 0 &&
            a.Child(c, {"obj", "ccomp", "xcomp"}) < 0)
          return from_subject(c);
        if (a.rel(c) == "obl"sv || a.rel(c).rfind("obl:", 0) == 0) {
          for (int g : a.children[c])
            if (Lower(a.tok(g).text) == "according"sv) {
              auto x = ActorsAt(a, c);
              if (!x.empty()) return x.front();
              Actor named;
              named.name = a.SubtreeText(c);
              return named;
            }
        }
      }
      int h = a.head(k);
      if (h >= 0 && (a.rel(k) == "ccomp"sv || a.rel(k) == "parataxis"sv) &&
          IsSpeechVerb(a.tok(h).lemma))
        return from_subject(h);
      if (a.rel(k) != "conj"sv && a.rel(k) != "xcomp"sv && a.rel(k) != "advcl"sv &&
          a.rel(k) != "ccomp"sv && a.rel(k) != "acl"sv && a.rel(k) != "acl:relcl"sv &&
          a.rel(k) != "obj"sv && a.rel(k) != "nmod"sv && a.rel(k) != "obl"sv)
        break;
    }
    return {};
  };

  // Is this clause a fact? Negation, modals, conditionals; intent if future/intended.
  enum class Mood { kFact, kIntent, kNotFact, kRefusal, kHalted };
  auto mood_of = [&](int v, std::string* why) -> Mood {
    Mood mood = Mood::kFact;
    bool own_subject = true;  // (k's subject is v's: k is v, or v is k's infinitive, "was willing to fund")
    int below = -1;           // the word the walk came up from
    for (int k = v, guard = 0; k >= 0 && guard < 8; own_subject = own_subject && a.rel(k) == "xcomp"sv, below = k, k = a.head(k), ++guard) {
      // "did not comment, but has condemned the intervention": a conjunct with an auxiliary
      // of its own, or opened by "but", is a clause of its own; the first conjunct's
      // negation and modals are not its.
      // ("would accept, but prosecute": a bare verb shares the first one's modal.)
      bool own_clause = false;
      if (below >= 0 && a.rel(below) == "conj"sv)
        for (int c : a.children[below]) {
          // "nor does he kill ...": a conjunct opened by "nor" is negated.
          if (c < below && a.rel(c) == "cc"sv && a.lower[c] == "nor"sv) {
            *why = "negated (nor)";
            return Mood::kNotFact;
          }
          own_clause = own_clause ||
                       (c < below && (In(a.rel(c), {"aux", "aux:pass"}) ||
                                      (a.rel(c) == "cc"sv && In(a.lower[c], {"but", "yet"}) &&
                                       In(a.tok(below).xpos, {"VBD", "VBZ", "VBP"}))));
        }
      // A subject of no one does nothing: "Neither Vodafone nor T-Mobile offer ...", "No
      // country has sent troops", "none of the parties signed", "neither the government nor
      // the institute was willing to fund it".
      if (own_subject && !own_clause)
        for (int c : a.children[k]) {
          // ("Neither Vodafone nor T-Mobile offer": "neither" hung on the verb.)
          if (a.lower[c] == "neither"sv && c < k && In(a.rel(c), {"advmod", "cc:preconj", "det", "cc"})) {
            *why = "negated (neither)";
            return Mood::kNotFact;
          }
          if (!In(a.rel(c), {"nsubj", "nsubj:pass"})) continue;
          bool none = In(a.lower[c], {"none", "nobody", "neither"}) ||
                      (a.lower[c] == "one"sv && c > 0 && a.lower[c - 1] == "no"sv);
          for (int d : a.children[c])
            // (Not a name: "producer No ID", capitalised inside the sentence.)
            none = none || (In(a.rel(d), {"cc:preconj", "det", "advmod"}) && a.lower[d] == "neither"sv) ||
                   (In(a.rel(d), {"det", "advmod"}) && a.lower[d] == "no"sv && a.tok(c).upos != "PROPN"sv &&
                    (d == 0 || std::islower(static_cast<unsigned char>(a.tok(d).text[0]))));
          if (none) {
            *why = "negated (no one: " + a.tok(c).text + ")";
            return Mood::kNotFact;
          }
        }
      for (int c : a.children[k]) {
        if (own_clause) break;
        // "the alleged atrocity", "a planned attack", "possible strikes": a nominal event
        // only alleged, planned or possible.
        if (k == v && IsNominal(a.tok(v)) && a.rel(c) == "amod"sv &&
            In(a.lower[c], {"alleged", "purported", "possible", "potential", "planned", "proposed", "threatened",
                            "would-be", "rumoured", "rumored", "hypothetical", "prospective", "imminent"})) {
          *why = "only " + a.tok(c).text;
          return Mood::kNotFact;
        }
        // "no longer demand that Assad be ousted": what one no longer does is not done.
        if (a.rel(c) == "advmod"sv && a.lower[c] == "longer"sv && c > 0 && a.lower[c - 1] == "no"sv) {
          *why = "negated (no longer)";
          return Mood::kNotFact;
        }
        if (IsNegator(a.tok(c))) {
          *why = "negated (" + a.tok(c).text + ")";
          // "will not negotiate", "does not want to meet": a refusal, not a non-event.
          bool future = false;
          for (int d : a.children[k])
            if (a.rel(d) == "aux"sv && In(Lower(a.tok(d).text), {"will", "would", "'ll", "wo", "shall"})) future = true;
          if (future || IsIntentVerb(a.tok(k).lemma)) {
            *why = "refused (" + a.tok(c).text + ")";
            return Mood::kRefusal;
          }
          return Mood::kNotFact;
        }
        // "said he would visit": future in reported speech is an intention, not a hypothesis.
        // (Also "Israel would release them on Sunday, an official said".)
        auto reported_after = [&] {
          for (int d : a.children[k])
            if (In(a.rel(d), {"parataxis", "advcl", "advcl:relcl"}) && d > k && IsSpeechVerb(a.tok(d).lemma) &&
                a.Child(d, {"nsubj"}) >= 0 && a.Child(d, {"mark"}) < 0)
              return true;
          return false;
        };
        if (a.rel(c) == "aux"sv && In(Lower(a.tok(c).text), {"would", "'d"}) &&
            ((a.rel(k) == "ccomp"sv && a.head(k) >= 0 && IsSpeechVerb(a.tok(a.head(k)).lemma)) || reported_after()) &&
            mood != Mood::kNotFact) {
          mood = Mood::kIntent;
          *why = "future in reported speech (" + a.tok(c).text + ")";
          continue;
        }
        // "The EU would hold talks with Abbas next month": "would" with a time to come, and
        // no condition, is the future of a report too.
        if (a.rel(c) == "aux"sv && In(Lower(a.tok(c).text), {"would", "'d"}) && mood != Mood::kNotFact) {
          bool to_come = false, condition = false;
          for (int d : a.children[k])
            if (a.rel(d) == "advcl"sv)
              for (int m : a.children[d])
                condition = condition || (a.rel(m) == "mark"sv && In(Lower(a.tok(m).text), {"if", "unless"}));
          // (A time expression's word, in the clause: its head is the verb or a word of it.)
          for (int m = 0; m < static_cast<int>(a.time_of.size()) && !to_come; ++m)
            to_come = a.time_of[m] >= 0 && In(a.lower[m], {"next", "tomorrow", "coming", "upcoming", "later"}) &&
                      (a.head(m) == k || (a.head(m) >= 0 && a.head(a.head(m)) == k) ||
                       (a.head(m) >= 0 && a.head(a.head(m)) >= 0 && a.head(a.head(a.head(m))) == k));
          if (to_come && !condition) {
            mood = Mood::kIntent;
            *why = "future in reported speech (" + a.tok(c).text + ", a time to come)";
            continue;
          }
        }
        if (a.rel(c) == "aux"sv && IsModal(a.tok(c).lemma.empty() ? Lower(a.tok(c).text) : a.tok(c).lemma)) {
          *why = "hypothetical (" + a.tok(c).text + ")";
          return Mood::kNotFact;
        }
        if (a.rel(c) == "aux"sv && In(Lower(a.tok(c).text), {"will", "'ll", "shall"})) {
          mood = Mood::kIntent;
          *why = "future (" + a.tok(c).text + ")";
        }
        // ("will not lift the ban until the EU provides details": a condition, not an act.)
        if (a.rel(c) == "mark"sv && Lower(a.tok(c).text) == "until"sv && k == v && In(a.tok(v).xpos, {"VBZ", "VBP"})) {
          *why = "conditional (" + a.tok(c).text + ")";
          return Mood::kNotFact;
        }
        if (a.rel(c) == "mark"sv && In(Lower(a.tok(c).text), {"if", "unless", "whether"})) {
          *why = "conditional (" + a.tok(c).text + ")";
          return Mood::kNotFact;
        }
        // "Defra is yet to begin its review", "has yet to respond": what is yet to be done is not done.
        if (k == v && a.rel(c) == "advmod"sv && a.lower[c] == "yet"sv && a.Child(v, {"mark"}) >= 0 &&
            a.lower[a.Child(v, {"mark"})] == "to"sv) {
          *why = "not yet done (yet to)";
          return Mood::kNotFact;
        }
        // "retaliation in the event of US airstrikes", "in case of an attack": a condition.
        if (k == v && a.rel(c) == "case"sv && a.lower[c] == "of"sv && a.head(v) >= 0 &&
            In(a.tok(a.head(v)).lemma, {"event", "case"}) && a.CaseOf(a.head(v)) == "in"sv) {
          *why = "conditional (in the " + a.tok(a.head(v)).text + " of)";
          return Mood::kNotFact;
        }
        // "the presidency said without providing details": what is done "without" is not done;
        // nor what one is "without" ("face an attack without US air support").
        if (k == v && In(a.rel(c), {"mark", "case"}) && Lower(a.tok(c).text) == "without"sv &&
            (a.tok(v).xpos == "VBG"sv || a.tok(v).upos == "NOUN"sv)) {
          *why = "negated (" + a.tok(c).text + ")";
          return Mood::kNotFact;
        }
      }
      int h = a.head(k);
      if (h < 0) break;
      const std::string& r = a.rel(k);
      // Whether v reaches k through verbs' purposes and complements only (not "declined to
      // answer questions about an announcement that Greece had asked ...", nor a
      // coordinated verb): what k's mood says of k, it says of v.
      auto purpose_chain = [&] {
        for (int x = v; x != k; x = a.head(x))
          if (x < 0 || !In(a.rel(x), {"xcomp", "advcl"})) return false;
        return true;
      };
      if ((r == "ccomp"sv || r == "xcomp"sv) &&
          IsDenyingVerb(a.tok(h).lemma)) {
        *why = "denied (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "demanded that the minister stand down": a bare verb in a clause of demanding is
      // what is demanded (a subjunctive), not done; so is a past the same as the bare verb
      // ("demanded that the minister quit").
      // "asked Iran to help it in returning the refugees", "would request the government
      // assist us": what someone is asked, urged or pressed to do (and what that is for) is
      // not done. (Not what someone is ordered, forced or helped to do.)
      if (r == "xcomp"sv && (k == v || purpose_chain()) &&
          In(a.tok(h).lemma, {"ask", "urge", "request", "demand", "call", "press", "encourage", "invite", "appeal",
                              "beg", "implore", "exhort", "pressure", "pressurise", "pressurize", "lobby"})) {
        *why = "asked (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // ("would request the government assist us in returning her": what the demanded act is
      // for is not done either.)
      if ((k == v || purpose_chain()) && (r == "ccomp"sv || (In(r, {"acl", "acl:relcl"}) && IsNominal(a.tok(h)))) &&
          (a.tok(k).xpos == "VB"sv || (a.tok(k).xpos == "VBD"sv && a.lower[k] == a.tok(k).lemma)) &&
          In(a.tok(h).lemma, {"demand", "urge", "ask", "request", "recommend", "recommendation", "propose",
                              "proposal", "require", "requirement", "insist", "insistence"})) {
        *why = "demanded (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "rejected claims that the Syrian government was behind the attack": what a denied
      // claim says.
      if (In(r, {"acl", "ccomp"}) && In(a.tok(h).lemma, {"claim", "allegation", "accusation", "report", "suggestion",
                                                     "rumour", "rumor", "charge", "assertion"}) &&
          a.rel(h) == "obj"sv && a.head(h) >= 0 &&
          IsDenyingVerb(a.tok(a.head(h)).lemma)) {
        *why = "denied (" + a.tok(a.head(h)).text + ")";
        return Mood::kNotFact;
      }
      // "claims of a clash between Muslims and Christians", "allegations of torture": a
      // nominal event only claimed or alleged (a report of one is of what happened).
      if (k == v && IsNominal(a.tok(v)) && r.rfind("nmod", 0) == 0 && a.CaseOf(v) == "of"sv &&
          In(a.tok(h).lemma, {"claim", "allegation", "accusation", "rumour", "rumor", "suspicion", "speculation",
                              "fear", "threat", "risk", "prospect", "possibility", "danger"})) {
        *why = "only claimed or feared (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "They fear a repeat of the airstrikes", "residents dread another assault": a nominal
      // event feared (or the repeat of one) is only feared.
      auto fearing = [&](int x) {
        return a.rel(x) == "obj"sv && a.head(x) >= 0 &&
               In(a.tok(a.head(x)).lemma, {"fear", "dread", "anticipate", "foresee"});
      };
      if (k == v && IsNominal(a.tok(v)) &&
          (fearing(v) || (r.rfind("nmod", 0) == 0 && a.CaseOf(v) == "of"sv && fearing(h) &&
                          In(a.tok(h).lemma, {"repeat", "repetition", "recurrence", "resumption", "return", "renewal"})))) {
        *why = "only feared";
        return Mood::kNotFact;
      }
      // "The deal awaits approval by the Spanish government", "subject to Senate approval",
      // "pending talks": a nominal event still awaited, sought or required has not happened.
      if (k == v && IsNominal(a.tok(v))) {
        const int vc = a.Child(v, {"case"});
        const std::string vcase = vc >= 0 ? a.lower[vc] : std::string();  // (as written: "pending")
        if ((r == "obj"sv && In(a.tok(h).lemma, {"await", "pend", "seek", "need", "require", "want", "expect"})) ||
            (r == "obl"sv && a.lower[h] == "subject"sv && vcase == "to"sv) || In(vcase, {"pending", "awaiting"}) ||
            // ("will be submitted for shareholders' approval", "applied for approval",
            // "effective on shareholders' approval": put up for it, or waiting on it.)
            (r == "obl"sv && vcase == "for"sv &&
             In(a.tok(h).lemma, {"submit", "present", "send", "put", "apply", "file", "table", "refer", "wait"})) ||
            (In(vcase, {"on", "upon"}) && In(a.lower[h], {"effective", "conditional", "contingent", "dependent"}))) {
          *why = "awaited (" + a.tok(h).text + ")";
          return Mood::kNotFact;
        }
        // "demands Assad's resignation", "called for talks": a nominal event demanded or
        // called for has not happened (the demand is the event).
        if ((r == "obj"sv && In(a.tok(h).lemma, {"demand", "urge", "request", "propose", "recommend"})) ||
            (r == "obl"sv && vcase == "for"sv &&
             In(a.tok(h).lemma, {"call", "press", "push", "appeal", "ask", "lobby", "campaign", "clamour", "clamor"}))) {
          *why = "demanded (" + a.tok(h).text + ")";
          return Mood::kNotFact;
        }
      }
      // "to avert a military clash", "to prevent an attack", "avoiding U.S. sanctions": what is
      // averted has not happened (also a noun misread as a verb coordinated with "avert").
      if (k == v && In(r, {"obj", "conj", "xcomp"}) && In(a.tok(h).lemma, {"avert", "prevent", "avoid", "forestall", "spare"}) &&
          (r != "conj"sv || a.Child(v, {"det"}) >= 0)) {
        *why = "averted (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "to hold off on launching an attack", "refrained from striking": what one holds back
      // from has not happened.
      const int opener = a.Child(k, {"case", "mark"});
      auto held_off = [&] {  // ("held off", "held back": the particle, or an adverb read so)
        if (!In(a.tok(h).lemma, {"hold", "hang"})) return false;
        for (int c : a.children[h])
          if (In(a.rel(c), {"compound:prt", "advmod"}) && In(a.lower[c], {"off", "back"})) return true;
        return false;
      };
      if (In(r, {"obl", "advcl", "xcomp"}) && opener >= 0 && In(a.lower[opener], {"on", "from"}) &&
          (In(a.tok(h).lemma, {"refrain", "abstain", "desist"}) || held_off())) {
        *why = "held back (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "safe from air attack", "protect the tankers from Iranian attacks": what something is
      // kept from has not happened to it. (The parser may hang "from" on a modifier: "safe
      // from Syrian and Russian air force attack".)
      if (k == v && IsNominal(a.tok(v)) && (a.CaseOf(v) == "from"sv || (h + 1 < v && a.lower[h + 1] == "from"sv)) &&
          In(a.tok(h).lemma, {"safe", "immune", "protected", "shielded", "free", "exempt", "secure", "protect",
                              "shield", "spare", "save", "insulate"})) {
        *why = "kept off (" + a.tok(h).text + " from)";
        return Mood::kNotFact;
      }
      // "refused to release", "declined to meet": a refusal of the act; "failed to
      // reach a deal": the act did not happen.
      if (r == "xcomp"sv && k == v && (In(a.tok(h).lemma, {"refuse", "decline"}) || a.lower[h] == "unwilling"sv)) {
        *why = "refused (" + a.tok(h).text + ")";
        return Mood::kRefusal;
      }
      // ("refused to do anything to get their son released": what a refused act was for
      // did not happen either.)
      if (r == "xcomp"sv && k != v && (In(a.tok(h).lemma, {"refuse", "decline"}) || a.lower[h] == "unwilling"sv) &&
          purpose_chain()) {
        *why = "not done (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "has ruled out amending the law": what is ruled out is refused.
      if (k == v && In(r, {"xcomp", "obj", "ccomp", "advcl"}) && a.tok(v).xpos == "VBG"sv &&
          a.tok(h).lemma == "rule"sv && a.Child(h, {"compound:prt"}) >= 0 &&
          Lower(a.tok(a.Child(h, {"compound:prt"})).text) == "out"sv) {
        *why = "ruled out (" + a.tok(h).text + ")";
        return Mood::kRefusal;
      }
      // "Iran stopped cooperating with the IAEA": an act stopped is its reversal (HaltCode).
      if (r == "xcomp"sv && k == v && a.tok(v).xpos == "VBG"sv &&
          In(a.tok(h).lemma, {"stop", "cease", "halt", "quit", "discontinue", "suspend", "end"}) &&
          a.Child(h, {"compound:prt"}) < 0) {  // (not "ended up cancelling")
        *why = "halted (" + a.tok(h).text + ")";
        return Mood::kHalted;
      }
      // "the groups the government needs to appeal to", "Mr Howard is likely to defend":
      // what is needed or likely has not been done; nor what is considered ("was considering
      // taking criminal action and forcing them to repay").
      if (r == "xcomp"sv && In(a.tok(h).lemma, {"need", "likely", "unlikely", "unable", "certain", "bound", "supposed", "consider", "contemplate",
                                              "mull", "weigh", "debate", "explore"}) &&
          (k == v || a.tok(h).lemma != "need"sv)) {
        *why = "not yet done (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      if (r == "xcomp"sv && In(a.tok(h).lemma, {"fail", "neglect"})) {
        *why = "did not happen (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "alleged that France had armed the militias": an allegation, not an established act.
      if (r == "ccomp"sv && In(a.tok(h).lemma, {"allege", "speculate", "rumor", "rumour", "suspect",
                                              "imagine", "suppose", "hypothesize", "hypothesise"})) {
        *why = "alleged (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      if (r == "xcomp"sv && k == v && IsIntentVerb(a.tok(h).lemma)) {
        mood = Mood::kIntent;
        *why = "intended (" + a.tok(h).text + ")";
      }
      // "pressured Obama to help Iran", "calls on Israel to withdraw", "pressure ... to
      // help": what someone is asked to do has not been done (the asking is the event).
      if (In(r, {"xcomp", "acl", "advcl", "ccomp"}) &&
          In(a.tok(h).lemma, {"pressure", "urge", "ask", "call", "press", "push", "request", "demand",
                              "encourage", "invite", "appeal", "plead", "beg", "advise", "implore",
                              "exhort", "lobby", "pressurize", "pressurise"})) {
        bool infinitive = false;
        for (int c : a.children[k])
          if (a.rel(c) == "mark"sv && Lower(a.tok(c).text) == "to"sv) infinitive = true;
        if (infinitive || r == "xcomp"sv) {
          *why = "asked for (" + a.tok(h).text + ")";
          return Mood::kNotFact;
        }
      }
      // "wants Putin to attack", "ordered the army to advance": what one wants or orders
      // another to do has not been done.
      if (r == "xcomp"sv && k == v && IsInfinitive(a, v) &&
          In(a.tok(h).lemma, {"want", "order", "tell", "persuade", "expect", "need", "wish", "instruct",
                              "direct", "command", "authorize", "authorise", "convince", "warn",
                              "challenge", "dare", "require", "prefer", "like", "mandate"}) &&
          a.Child(h, {"obj", "iobj"}) >= 0) {
        *why = "wanted of another (" + a.tok(h).text + ")";
        return Mood::kNotFact;
      }
      // "the threat to quit the talks", "a plan to annex": the act a threat, plan, offer
      // or call is about has not happened (the noun is the event).
      // (So is what one has the ability, right or chance to do: "Assad's ability to murder
      // his citizens", "Iran's right to enrich uranium".)
      if (r == "acl"sv && IsNominal(a.tok(h)) &&
          (IsAimNoun(a.tok(h).lemma) ||
           In(a.tok(h).lemma, {"ability", "capacity", "capability", "power", "right", "freedom", "chance",
                               "opportunity", "licence", "license", "authority", "permission", "mandate",
                               "authorization", "authorisation", "green light", "way", "means"}))) {
        bool infinitive = false;
        for (int c : a.children[k])
          if (a.rel(c) == "mark"sv && Lower(a.tok(c).text) == "to"sv) infinitive = true;
        if (infinitive) {
          *why = "the aim of a " + a.tok(h).text;
          return Mood::kNotFact;
        }
      }
      // "if a US strike on Syria threatened Russian troops": a nominal event that is the
      // subject of a condition has not happened.
      if (k == v && IsNominal(a.tok(v)) && In(r, {"nsubj", "nsubj:pass"}))
        for (int c : a.children[h])
          if (a.rel(c) == "mark"sv && In(a.lower[c], {"if", "unless"})) {
            *why = "conditional (" + a.tok(c).text + ")";
            return Mood::kNotFact;
          }
      // A nominal event shares the supposing modal of the verb it is the subject of or the
      // passive agent of: "A US attack would cause a disaster" (its consequences are only
      // supposed), "might be killed by a US land attack". Only a modal: "will be taken over
      // by GM's joint venture" says nothing of the venture.
      const bool supposes_subject =
          r == "nsubj"sv && In(a.tok(h).lemma, {"cause", "lead", "trigger", "spark", "provoke", "result", "bring",
                                                "create", "unleash", "invite", "risk", "kill", "devastate", "destroy",
                                                "plunge", "escalate"});
      const bool supposes_agent = v > h && (r == "obl:agent"sv || (r == "obl"sv && a.CaseOf(v) == "by"sv));
      if (k == v && IsNominal(a.tok(v)) && (supposes_subject || supposes_agent))
        for (int c : a.children[h])
          if (a.rel(c) == "aux"sv && In(a.lower[c], {"would", "could", "might", "may", "'d"})) {
            *why = "hypothetical (" + a.tok(c).text + ")";
            return Mood::kNotFact;
          }
      // Walk up only through clauses that carry the event's truth; a nominal event named
      // by a light verb's object shares that verb's ("would not provide support").
      if (r == "obj"sv && k == v && IsLightVerb(a.tok(h).lemma)) continue;
      if (!(r == "xcomp"sv || r == "ccomp"sv || r == "conj"sv || r == "advcl"sv || r == "acl"sv || r == "acl:relcl"sv))
        break;
      if (r == "advcl"sv || r == "acl"sv || r == "acl:relcl"sv) {
        // A purpose infinitive shares the truth of the clause it serves ("will meet in
        // Zurich to discuss ..."); other modifier clauses stand on their own.
        // So does the means ("did not retaliate by shelling the town") and what one helps in
        // ("asked Iran to help it in returning the refugees").
        bool purpose = false;
        for (int c : a.children[k])
          if (a.rel(c) == "mark"sv &&
              (Lower(a.tok(c).text) == "to"sv ||
               (a.tok(k).xpos == "VBG"sv &&
                (a.lower[c] == "by"sv ||
                 (a.lower[c] == "in"sv && In(a.tok(h).lemma, {"help", "assist", "aid", "support", "cooperate",
                                                                "collaborate", "participate", "join"}))))))
            purpose = true;
        if (!(r == "advcl"sv && purpose)) break;
      }
    }
    if (question) { *why = "question"; return Mood::kNotFact; }
    return mood;
  };

  // Date of an event: the expression attached to its trigger, or to a clause above it.
  auto date_of = [&](int trigger, std::string* value, std::string* precision) {
    for (int k = trigger, guard = 0; k >= 0 && guard < 12; k = a.head(k), ++guard) {
      for (int e = 0; e < static_cast<int>(a.times.size()); ++e) {
        // The expression's head token hangs (directly or through its span) from k.
        for (int t = 0; t < n; ++t) {
          if (a.time_of[t] != e) continue;
          int h = a.head(t);
          if (h == k || (h >= 0 && a.time_of[h] == e && false)) {
            if (a.times[e].value.empty()) continue;
            *value = a.times[e].value;
            *precision = time::PrecisionName(a.times[e].precision);
            return;
          }
        }
      }
    }
    // A lone expression in the sentence dates everything in it.
    // Not one inside a clause the trigger governs: "said he would visit Kyiv next week"
    // does not date the saying.
    auto in_subclause = [&](int e) {
      for (int t = 0; t < n; ++t) {
        if (a.time_of[t] != e) continue;
        for (int k = t, guard = 0; k >= 0 && guard < 20; k = a.head(k), ++guard) {
          if (k == trigger) return false;
          if (In(a.rel(k), {"ccomp", "xcomp", "advcl", "parataxis", "acl", "acl:relcl"}) &&
              a.IsDescendant(k, trigger))
            return true;
        }
        return false;
      }
      return false;
    };
    int resolved = -1, count = 0;
    for (int e = 0; e < static_cast<int>(a.times.size()); ++e)
      if (!a.times[e].value.empty() && !in_subclause(e)) { resolved = e; ++count; }
    if (count == 1) {
      *value = a.times[resolved].value;
      *precision = time::PrecisionName(a.times[resolved].precision);
      return;
    }
    // Past perfect with no date of its own refers back to the paragraph's last date.
    // The "had" may sit on the clause the trigger depends on ("had joined ..., hitting").
    bool perfect = false;
    for (int k = trigger, depth = 0; k >= 0 && depth < 4 && !perfect; ++depth) {
      for (int c : a.children[k])
        if (a.rel(c) == "aux"sv && (Lower(a.tok(c).text) == "had"sv || a.tok(c).text == "'d"sv)) perfect = true;
      std::string r = a.rel(k);
      if (r != "advcl"sv && r != "xcomp"sv && r != "conj"sv && r.rfind("acl", 0) != 0) break;
      k = a.head(k);
    }
    if (perfect && !ref_date.empty()) {
      *value = ref_date;
      *precision = ref_date.size() == 10 ? "day" : ref_date.size() == 7 ? "month" : "year";
      return;
    }
    *value = doc.date;
    *precision = doc.date.empty() ? "unknown" : "day";
  };

  // Acts another party is said to have done under a verb that contests them ("the US
  // claimed that ISIL had attacked Iraq and taken Mosul", "alleged that ..."): the
  // claim is the event (an accusation, below), the act is only claimed. Raw offsets of
  // their triggers.
  std::set<uint32_t> contested_triggers;
  auto under_contested_claim = [&](int v) {
    for (int k = v, guard = 0; k >= 0 && guard < 10; ++guard) {
      int h = a.head(k);
      if (h < 0) return false;
      if (a.rel(k) == "ccomp"sv && In(a.tok(h).lemma, {"claim", "allege"})) return true;
      if (!In(a.rel(k), {"conj", "xcomp", "ccomp"})) return false;
      k = h;
    }
    return false;
  };

  auto emit = [&](const Candidate& c, const std::vector<Actor>& sources,
                  std::vector<Actor> targets, const std::string& code_in, const std::string& why_mood) {
    std::string code = code_in;
    const CodeInfo* info = codebook.Find(code);
    if (!info) return;
    Actor claimant = claimant_of(c.trigger);
    // (A name no dictionary knows that modifies an attack noun is where it happened more often
    // than who did it: "the Khan Sheikhun chemical attack". The act stays if another side is
    // coded.)
    auto place_of_attack = [&](const Actor& src) {
      if (!src.code.empty() || a.tok(c.trigger).upos == "VERB"sv || !In(code.substr(0, 2), {"18", "19", "20"})) return false;
      for (const Unit& u : a.units) {
        if (!u.name_only || u.actor.name != src.name) continue;
        int h = static_cast<int>(u.end) - 1;
        for (int guard = 0; guard < 8 && a.head(h) >= static_cast<int>(u.begin) && a.head(h) < static_cast<int>(u.end); ++guard)
          h = a.head(h);
        if (a.rel(h) == "compound"sv && a.head(h) == c.trigger) return true;
      }
      return false;
    };
    for (const Actor& src : sources) {
      if (place_of_attack(src) && std::none_of(targets.begin(), targets.end(), [](const Actor& t) { return !t.code.empty(); }))
        continue;
      std::vector<Actor> tgts = targets;
      if (tgts.empty()) tgts.push_back(Actor{});
      for (Actor tgt : tgts) {
        if (!tgt.empty() && tgt.code == src.code && tgt.name == src.name) continue;
        // One of several sources acting on itself under another name ("Bankers from the
        // two countries ... unfreeze Syria's assets": Britain and Syria as sources, Syria as
        // target) is no dyad. (A lone country acting on a place or person of its own is:
        // "Ecuador declared a state of emergency in Quito".)
        if (!tgt.empty() && !src.code.empty() && tgt.code == src.code && src.code == src.country &&
            sources.size() > 1)
          continue;
        // A state refusing or rejecting is not its own country's target ("would not accept
        // U.S. troops on Mexican soil": no MEXGOV -> MEX), when it has another.
        if (!tgt.empty() && code.rfind("12", 0) == 0 && tgt.code == src.country && tgt.code == tgt.country &&
            tgts.size() > 1)
          continue;
        // Name-only actors on both sides: nothing coded, no event (see docs/actors.md). A
        // name-only source with no target stays: the named actor and what it did.
        if (src.code.empty() && tgt.code.empty() && !tgt.name.empty()) continue;
        if (tgt.code.empty() && tgt.name == src.name) continue;
        // Unnamed people of no country acting on their like ("people questioning how a son
        // of immigrants ...": CVL -> CVL) is no event between actors.
        // (Other unnamed officials of no country, "leaders ... demanded an explanation from
        // the prime minister": the event stands, with no target we can code.)
        if (!tgt.empty() && tgt.code == src.code && src.country.empty()) {
          if (src.role == "CVL"sv || src.code == "CVL"sv || tgts.size() > 1) continue;
          tgt = Actor{};
        }
        // Unnamed people acted on by a state's forces are that state's people, unless the
        // sentence places the act in another country ("killed five civilians in
        // Kherson": Ukrainians, no repression).
        // (Not where the act's sides are two countries' forces: "clashes between Armenian and
        // Azerbaijani troops killed five" kills no one of either by repression.)
        bool two_countries = false;
        for (const Actor& x : sources) two_countries = two_countries || (!x.country.empty() && x.country != src.country);
        if (!tgt.empty() && tgt.country.empty() && In(tgt.role, {"CVL", "OPP"}) && !two_countries &&
            !src.country.empty() && In(src.role, {"COP", "MIL", "GOV", "SPY", "JUD"})) {
          // (Nor where the sentence names the place acted on as another country's: "shelled
          // the Ukrainian city of Kharkiv, killing three civilians".)
          std::string where = src.country;
          for (const auto& p : a.place_spans)
            if (p.in && p.country != src.country) where = p.country;
          if (where == src.country)
            for (const Unit& u : a.units)
              if (!u.actor.code.empty() && u.actor.code == u.actor.country && u.actor.role.empty() &&
                  u.actor.country != src.country && a.PlaceAt(static_cast<int>(u.begin)) == nullptr &&
                  a.tok(static_cast<int>(u.begin)).upos == "ADJ"sv &&  // ("the Ukrainian city of")
                  u.end < a.tokens->size() && std::any_of(a.place_mentions.begin(), a.place_mentions.end(),
                                                           [&](const auto& m) { return m.first >= u.end && m.first <= u.end + 4; }))
                where = u.actor.country;
          // (Nor where a verb of the sentence acts on a place of another country: "shelled
          // Kharkiv overnight, killing three civilians".)
          if (where == src.country)
            for (const Unit& u : a.units) {
              if (u.actor.code.empty() || u.actor.code != u.actor.country || !u.actor.role.empty() ||
                  u.actor.country == src.country ||
                  std::none_of(a.place_mentions.begin(), a.place_mentions.end(),
                               [&](const auto& m) { return m.first <= u.begin && u.begin < m.second; }))
                continue;
              for (uint32_t k = u.begin; k < u.end; ++k) {
                int x = static_cast<int>(k), h = a.head(x);
                if (h >= static_cast<int>(u.begin) && h < static_cast<int>(u.end)) continue;
                // (Through a word the parser took for its head: "shelled Kharkiv overnight".)
                if (h >= 0 && a.rel(x) == "compound"sv) x = h, h = a.head(h);
                if (h >= 0 && a.rel(x) == "obj"sv && a.tok(h).upos == "VERB"sv) where = u.actor.country;
              }
            }
          tgt.country = where;
          tgt.code = where + tgt.role;
        }
        std::string final_code = code;
        // A state's security forces using violence on its own people: repression (175).
        if (!tgt.empty() && (final_code.rfind("18", 0) == 0 || final_code.rfind("19", 0) == 0) &&
            In(src.role, {"COP", "MIL", "GOV"}) && !src.country.empty() &&
            tgt.country == src.country && In(tgt.role, {"CVL", "OPP", "EDU", "LAB", "MED"}))
          final_code = "175";
        const CodeInfo* fi = codebook.Find(final_code);
        if (!fi) continue;
        Event ev;
        ev.doc_id = doc.id;
        ev.sentence = index;
        date_of(c.trigger, &ev.date, &ev.date_precision);
        ev.source = src;
        ev.target = tgt;
        ev.cameo = fi->code;
        ev.cameo_root = fi->code.substr(0, 2);
        ev.goldstein = fi->goldstein;
        ev.quad_class = fi->quad_class;
        ev.plover = fi->plover_event;
        ev.reported_by = claimant;
        ev.evidence.start = doc.RawOffset(sent.start);
        ev.evidence.end = doc.RawOffset(sent.end - 1) + 1;
        ev.evidence.text = doc.raw.substr(ev.evidence.start, ev.evidence.end - ev.evidence.start);
        ev.pattern = c.pattern->where() + " " + c.pattern->text + (why_mood.empty() ? "" : " [" + why_mood + "]");
        ev.trigger = a.tok(c.trigger).text;
        ev.trigger_start = doc.RawOffset(a.tok(c.trigger).start);
        ev.trigger_end = doc.RawOffset(a.tok(c.trigger).end - 1) + 1;
        bool duplicate = false;
        for (const auto& o : out)
          if (o.sentence == ev.sentence && o.cameo == ev.cameo && o.source.code == ev.source.code &&
              o.target.code == ev.target.code && o.source.name == ev.source.name &&
              (!ev.target.code.empty() || o.target.name == ev.target.name))
            duplicate = true;
        if (!duplicate) {
          if (under_contested_claim(c.trigger)) contested_triggers.insert(ev.trigger_start);
          out.push_back(std::move(ev));
        }
      }
    }
  };

  // Sources as actors (pronouns resolve to the last person named).
  // A subject pronoun in reported speech is the speaker ("Russia and Belarus said they
  // will invade Lithuania"); "he"/"she" elsewhere is the last person the story named.
  auto sources_of = [&](int subj) {
    // ("victims killed by the Malaysia Airlines crash", "the quake destroyed ...": a
    // mishap acts for no one.)
    if (subj >= 0 && (IsMishapNoun(a.tok(subj).lemma) ||
                      ((IsMarketNoun(a.tok(subj).lemma) || IsRuleNoun(a.tok(subj).lemma)) && a.unit_of[subj] < 0)))
      return std::vector<Actor>{};
    std::vector<Actor> s = ActorsAt(a, subj);
    if (!s.empty() || subj < 0) return s;
    // "Putin said his country will not lift the ban": a speaker's country or government.
    if (In(a.tok(subj).lemma, {"country", "nation", "government"})) {
      int poss = a.Child(subj, {"nmod:poss"});
      int said = poss >= 0 && In(Lower(a.tok(poss).text), {"his", "her", "its", "their"})
                     ? ReportingVerbOver(a, subj, /*through_any=*/true) : -1;
      int speaker = said >= 0 ? a.Child(said, {"nsubj"}) : -1;
      std::vector<Actor> who = speaker >= 0 ? ActorsAt(a, speaker) : std::vector<Actor>{};
      if (who.size() == 1 && !who[0].country.empty()) {
        Actor x;
        x.country = who[0].country;
        x.role = a.tok(subj).lemma == "government"sv ? "GOV" : "";
        x.code = x.country + x.role;
        x.name = a.SubtreeText(subj);
        s.push_back(x);
      }
      return s;
    }
    std::string p = Lower(a.tok(subj).text);
    if (!In(p, {"he", "she", "they", "it", "we"})) return s;
    if (int said = ReportingVerbOver(a, subj, /*through_any=*/false); said >= 0) {
      int speaker = a.Child(said, {"nsubj"});
      if (speaker >= 0 && speaker != subj) {
        std::vector<Actor> who = ActorsAt(a, speaker);
        bool person = !who.empty() && !who.front().role.empty();
        // "he"/"she" is a person, "it" a state or body: a mismatch is left unresolved.
        if ((p == "he"sv || p == "she"sv) && who.size() == 1 && !person) return s;
        if (p == "they"sv ? who.size() >= 1 : who.size() == 1) return who;
      }
      return s;
    }
    // "Staffan de Mistura repeated the message ... when he urged Russia": the one person
    // named before the pronoun, subject of a clause the pronoun's clause depends on.
    if (p == "he"sv || p == "she"sv) {
      int only = -1, people = 0;
      for (size_t u = 0; u < a.units.size(); ++u) {
        const Unit& x = a.units[u];
        if (x.begin >= static_cast<uint32_t>(subj) || !(x.person || x.name_only)) continue;
        ++people;
        only = static_cast<int>(u);
      }
      if (people == 1 && a.units[only].person && !a.units[only].actor.code.empty()) {
        const Unit& x = a.units[only];
        for (uint32_t k = x.begin; k < x.end; ++k) {
          const int h = a.head(static_cast<int>(k));
          if (h >= static_cast<int>(x.begin) && h < static_cast<int>(x.end)) continue;
          if (a.rel(static_cast<int>(k)) != "nsubj"sv || h < 0) break;
          for (int g = a.head(subj), guard = 0; g >= 0 && guard < 32; g = a.head(g), ++guard)
            if (g == h) return std::vector<Actor>{x.actor};
          break;
        }
      }
    }
    if ((p == "he"sv || p == "she"sv) && a.earlier_people && !a.earlier_people->empty()) {
      // Only when this sentence names no other person to prefer (nor a name no dictionary
      // knows, written as a name rather than an acronym: "Amina's mother, Leyla, was
      // silent when she arrived" is not about the last president named; "the EC" is no one;
      // and standing as a subject, object or apposition, not in a prepositional phrase or as
      // a modifier: "the promises we made at Rambouillet," he said).
      auto personal_name = [&](const Unit& u) {
        if (!u.name_only || std::none_of(u.actor.name.begin(), u.actor.name.end(),
                                         [](unsigned char c) { return std::islower(c) != 0; }))
          return false;
        // The last person's own surname is that person ("Robin Leigh-Pemberton ...
        // Leigh-Pemberton returned to the theme of a speech in which he criticised").
        const std::string& last = a.earlier_people->back().name;
        if (last.size() > u.actor.name.size() && last.ends_with(u.actor.name) &&
            (last[last.size() - u.actor.name.size() - 1] == ' ' || last[last.size() - u.actor.name.size() - 1] == '-'))
          return false;
        for (uint32_t k = u.begin; k < u.end; ++k)
          if (const int h = a.head(static_cast<int>(k)); h < static_cast<int>(u.begin) || h >= static_cast<int>(u.end))
            return a.rel(static_cast<int>(k)).rfind("nsubj", 0) == 0 ||
                   In(a.rel(static_cast<int>(k)), {"appos", "obj", "iobj", "conj", "flat"});
        return true;
      };
      bool other = false;
      for (const Unit& u : a.units) other = other || ((u.person || personal_name(u)) && u.begin < static_cast<uint32_t>(subj));
      // (A person no dictionary knows, introduced last, stands in the way: "she" is no one
      // we can code, not the last person with a code.)
      if (!other && !a.earlier_people->back().code.empty()) s.push_back(a.earlier_people->back());
    }
    return s;
  };

  // Events whose trigger is the object of an intent verb are coded once, as intent.
  const size_t first_new = out.size();
  std::set<int> triggers_done;
  // Events whose pattern's object is no actor ("condemned the attack", "opened an
  // investigation into the death of ..."): trigger offset -> that object, named as the
  // event's target when nothing else is (see "Targets that are no actor" in docs/actors.md).
  std::vector<std::pair<uint32_t, int>> object_at;
  // The best pattern at each head. A noun that a verb pattern's words already include
  // ("offered mediation", "held calls with") is part of that event, not another one.
  std::vector<Candidate> best_at(n);
  std::set<int> consumed;
  for (int v = 0; v < n; ++v) {
    const Token& t = a.tok(v);
    bool noun = t.upos == "NOUN"sv || t.upos == "PROPN"sv;
    bool verb = t.upos == "VERB"sv;
    if (!noun && !verb) continue;
    if (noun && a.unit_of[v] >= 0) continue;  // an actor, not an event
    if (noun && IsMonthMarch(*a.tokens, v)) continue;  // "on March 28" is a date, not a march
    // A noun that only names a kind of thing is no event: "the business support grant", "an
    // attack helicopter", "a protest movement" (but "the peace talks", "aid package": the
    // head is an event of its own).
    if (noun && a.rel(v) == "compound"sv && a.head(v) > v && a.unit_of[a.head(v)] < 0) {
      const Token& h = a.tok(a.head(v));
      if (h.upos == "NOUN"sv && !patterns.ForHead(h.lemma.empty() ? a.lower[a.head(v)] : h.lemma, true)) continue;
    }
    Candidate& best = best_at[v];
    best = BestAt(a, v, noun);
    // (A noun event's words are its own too: "hunger strike demanding democracy" is one
    // event, not also a demand. A passive subject keeps its own event.)
    if (best.pattern)
      for (int w : best.words) {
        // (Nor sanctions or restrictions lifted or eased: "US sanctions were lifted" imposes
        // none; an offensive or a siege halted did take place.)
        if (!verb || a.rel(w) != "nsubj:pass"sv || In(best.pattern->code.substr(0, 3), {"081", "085"}))
          consumed.insert(w);
        // (So is the noun a word of a verb pattern names as its kind: "offered an aid
        // package" is the offer, 033, and no package of aid given.)
        // (Only a light verb's object: "Turkey's mediation offer was rejected" is an offer too.)
        if (verb && a.rel(w) == "compound"sv && a.head(w) > w && a.head(a.head(w)) == v &&
            a.rel(a.head(w)) == "obj"sv && a.tok(a.head(w)).upos == "NOUN"sv && IsLightVerb(a.tok(v).lemma))
          consumed.insert(a.head(w));
      }
  }
  // A verb pattern takes no word from the clause of a verb below it that is an event of its
  // own, by a pattern with words of its own:
  // - an infinitive after an intent or a threat, which is coded as the act intended: "vowed
  //   to boycott the election" is the boycott vowed, no vow of elections (0344); but "pledged
  //   to hold elections" (a light verb) is, and so is "agreed to consider their demands"
  //   ("SRC consider" names no word); an appeal's infinitive is what is asked for, no event
  //   ("urged Japan to allow imports of rice");
  // - a participle clause after a comma, or a clause of purpose: "stopped work, staging a
  //   sit-in strike" stopped no strike; "suspended their strike to resume talks" suspended
  //   no talks.
  for (int v = 0; v < n; ++v) {
    if (!best_at[v].pattern || a.tok(v).upos != "VERB"sv) continue;
    const bool intent = best_at[v].pattern->code.rfind("03", 0) == 0 || best_at[v].pattern->code.rfind("13", 0) == 0;
    int inner = -1;  // the verb of the clause a word was taken from
    for (int w : best_at[v].words) {
      // (A thing the inner verb acts on, or a modifier of it: "a sit-in strike", whose "in"
      // the parser hangs on "sit"; not the "to" or "that" that links the clause to the
      // pattern's verb: "called on Japan to open its markets" is the call.)
      for (int guard = 0; guard < 3 && a.head(w) >= 0 && In(a.rel(w), {"compound", "amod", "advmod"}); ++guard)
        w = a.head(w);
      if (!In(a.rel(w), {"obj", "obl", "nsubj:pass"})) continue;
      const int x = a.head(w);
      if (x < 0 || x == v || a.head(x) != v || !best_at[x].pattern || best_at[x].words.empty() ||
          a.tok(x).upos != "VERB"sv)
        continue;
      if (!((intent && a.rel(x) == "xcomp"sv && !IsLightVerb(a.tok(x).lemma)) ||
            (a.rel(x) == "advcl"sv && a.tok(x).xpos == "VBG"sv && x > v && In(a.lower[x - 1], {",", "--", "-"})) ||
            (a.rel(x) == "advcl"sv && x > v && IsInfinitive(a, x))))
        continue;
      if (std::find(best_at[v].words.begin(), best_at[v].words.end(), x) != best_at[v].words.end()) continue;
      inner = x;
      break;
    }
    if (inner < 0) continue;
    // (An intent's clause is coded as the act intended, "threatened to raise tariffs": no
    // other event. Otherwise the verb's best pattern without that clause, if any:
    // "protesting to demand a better deal" is a protest.)
    if (a.rel(inner) == "xcomp"sv) {
      consumed.insert(v);
      continue;
    }
    std::vector<int> clause;
    for (int k = 0; k < n; ++k)
      if (k == inner || a.IsDescendant(k, inner)) clause.push_back(k);
    best_at[v] = BestAt(a, v, /*noun=*/false, &clause);
    for (int k : best_at[v].words) consumed.insert(k);
  }
  // What an accusation, a denial or an allegation is about is the accuser's claim, not an
  // event ("Russia accused Ukraine of shelling a village": no shelling is coded).
  for (int v = 0; v < n; ++v) {
    if (!best_at[v].pattern) continue;
    int h = a.head(v), guard = 0;
    std::string r = a.rel(v);
    while (h >= 0 && guard++ < 3 && In(r, {"advcl", "acl", "xcomp", "ccomp", "obl", "nmod", "obj"})) {
      if (best_at[h].pattern && In(best_at[h].pattern->code.substr(0, 2), {"11", "12"}) &&
          (a.tok(v).upos == "VERB"sv || a.HasCase(v, "of") || a.HasCase(v, "for") ||
           // ("accused Israel of carrying out the assassination": the object of what is alleged)
           // (not the object of the accusing or rejecting verb itself: "rejected the Tories' call")
           (a.rel(v) == "obj"sv && a.head(v) >= 0 && a.head(v) != h && a.tok(a.head(v)).upos == "VERB"sv) ||
           // (talks refused or rejected did not take place: "refused talks with Manila",
           // "slammed the door on further talks")
           (best_at[h].pattern->code.rfind("12", 0) == 0 && best_at[v].pattern->code.rfind("04", 0) == 0 &&
            (a.rel(v) == "obj"sv || a.HasCase(v, "on"))))) {
        consumed.insert(v);
        break;
      }
      r = a.rel(h);
      h = a.head(h);
    }
  }
  // Cooperation, aid or concessions discussed, debated or negotiated are a topic, not acts
  // done ("plans to discuss US-Soviet disarmament": no disarmament), whether or not the
  // discussing is an event. (A request or an attack discussed was made: "discussed
  // Argentina's loan request".)
  for (int v = 0; v < n; ++v) {
    if (!best_at[v].pattern || a.tok(v).upos == "VERB"sv || !In(best_at[v].pattern->code.substr(0, 2), {"06", "07", "08"}))
      continue;
    int k = v;
    for (int guard = 0; guard < 3 && a.head(k) >= 0 && In(a.rel(k), {"conj", "nmod", "compound"}); ++guard) k = a.head(k);
    if (a.rel(k) != "obj"sv || a.head(k) < 0) continue;
    const int verb = a.head(k);
    if (a.tok(verb).upos == "VERB"sv &&
        In(a.tok(verb).lemma, {"discuss", "debate", "negotiate", "consider", "study", "examine", "review", "weigh", "mull"}))
      consumed.insert(v);
  }
  std::map<int, std::vector<Actor>> targets_at;  // trigger -> targets of its events
  std::vector<std::pair<uint32_t, uint32_t>> agreed_acts;  // (030 trigger, its xcomp): raw offsets
  for (int v = 0; v < n; ++v) {
    const Candidate& best = best_at[v];
    if (!best.pattern) continue;
    const Token& t = a.tok(v);
    bool noun = t.upos == "NOUN"sv || t.upos == "PROPN"sv;
    if (consumed.count(v) && (noun || a.tok(v).upos == "VERB"sv)) continue;
    // (For the generic intent rule at the end: where the acts agreed to are.)
    if (!noun && best.pattern->code == "030"sv)
      for (int c : a.children[v])
        if (a.rel(c) == "xcomp"sv)
          agreed_acts.emplace_back(doc.RawOffset(a.tok(v).start), doc.RawOffset(a.tok(c).start));
    int subject = noun ? -1 : SubjectOf(a, v);
    // A noun that names a thing: no actor, no place ("the legislation", "poverty").
    auto names_thing = [&](int k) {
      return k >= 0 && a.tok(k).upos == "NOUN"sv && a.unit_of[k] < 0 && ActorsAt(a, k).empty() && !a.PlaceAt(k);
    };
    std::string why_mood;
    Mood mood = mood_of(v, &why_mood);
    if (explain)
      *explain << "  pattern " << best.pattern->where() << "  " << best.pattern->code << "  "
               << best.pattern->text << "  at '" << t.text << "'"
               << (why_mood.empty() ? "" : "  (" + why_mood + ")") << "\n";
    // "Russia says Israel must end its attacks on Syria": what a speaker says another must
    // or should do is the speaker's demand or appeal to it (the act itself has not happened).
    if (mood == Mood::kNotFact && !noun && a.rel(v) == "ccomp"sv && a.head(v) >= 0 &&
        IsSpeechVerb(a.tok(a.head(v)).lemma) && !triggers_done.count(a.head(v))) {
      int modal = -1;
      bool negated = false;
      for (int c : a.children[v]) {
        if (a.rel(c) == "aux"sv && In(Lower(a.tok(c).text), {"must", "should", "ought", "mustn't", "shouldn't"})) modal = c;
        if (IsNegator(a.tok(c))) negated = true;
      }
      int addressee = a.Child(v, {"nsubj"});
      int speaker = a.Child(a.head(v), {"nsubj"});
      std::string why_speech;
      if (modal >= 0 && addressee >= 0 && speaker >= 0 && mood_of(a.head(v), &why_speech) == Mood::kFact) {
        std::vector<Actor> from = sources_of(speaker), to = ActorsAt(a, addressee);
        bool same = from.size() == 1 && to.size() == 1 && from[0].code == to[0].code;
        if (!from.empty() && !to.empty() && !same) {
          const bool demand = Lower(a.tok(modal).text).rfind("must", 0) == 0;
          std::string dcode = DemandCode(best.pattern->code, demand, negated);
          if (explain) *explain << "    (said another " << a.tok(modal).text << " do it: " << dcode << ")\n";
          const size_t before = out.size();
          emit(best, from, to, dcode, "");
          for (size_t i = before; i < out.size(); ++i)  // the speaker demands; no one reports it
            if (out[i].reported_by.name == out[i].source.name || out[i].reported_by.code == out[i].source.code)
              out[i].reported_by = Actor{};
          triggers_done.insert(v);
          continue;
        }
      }
    }
    if (mood == Mood::kNotFact) continue;
    // "North Korea was a grave threat": a predicate noun describes, it reports no act.
    // ("was in contact with", "were in talks" are acts: a preposition leads them.)
    // An agent noun of giving is the act's doer named by its habit: "Japan is the largest
    // donor to Cambodia" reports that Japan gives aid.
    static const std::set<std::string> kGiverNouns = {"donor", "provider", "supplier", "contributor", "funder"};
    if (noun && a.Child(v, {"cop"}) >= 0 && a.CaseOf(v).empty() && !kGiverNouns.count(a.tok(v).lemma)) {
      if (explain) *explain << "    (a predicate noun: not coded)\n";
      continue;
    }
    // "expected the Palestinians to give up terrorism", "renounced violence": force given up
    // is not done.
    if (noun && a.rel(v) == "obj"sv && a.head(v) >= 0 && In(best.pattern->code.substr(0, 2), {"18", "19", "20"})) {
      const int h = a.head(v);
      const int prt = a.Child(h, {"compound:prt"});
      if (In(a.tok(h).lemma, {"renounce", "abandon", "forswear", "abjure", "reject", "disavow"}) ||
          (In(a.tok(h).lemma, {"give", "lay"}) && prt >= 0 && In(a.lower[prt], {"up", "down"}))) {
        if (explain) *explain << "    (force given up: not done)\n";
        continue;
      }
    }
    // "I make no apologies", "gave no details", "held no talks": the act's own noun with "no"
    // is an act not done ("had no comment" is the pattern of declining to comment, 011).
    if (best.pattern->code.rfind("011", 0) != 0 &&
        std::any_of(best.words.begin(), best.words.end(), [&](int w) {
          if (w == v || !IsNominal(a.tok(w))) return false;
          for (int d : a.children[w])
            if (a.rel(d) == "det"sv && a.lower[d] == "no"sv && std::islower(static_cast<unsigned char>(a.tok(d).text[0])))
              return true;
          return false;
        })) {
      if (explain) *explain << "    (the act's noun with 'no': not done)\n";
      continue;
    }
    std::string code = best.pattern->code;
    // "will boycott the summit": a boycott announced is a threatened protest (133), whatever
    // is boycotted (the act's own code, 125 for a meeting, has no intent code).
    if (mood == Mood::kIntent && code.rfind("12", 0) == 0 && a.tok(v).lemma == "boycott"sv) code = "143";
    if (mood == Mood::kIntent) {
      code = IntentCode(code);
      if (code.empty()) continue;
    }
    if (mood == Mood::kHalted) {
      code = HaltCode(code);
      if (code.empty()) continue;
    }
    if (mood == Mood::kRefusal) {
      code = RefusalCode(code);
      if (code.empty()) continue;
    }
    // Source.
    std::vector<Actor> sources;
    // "Ukraine received military aid from Germany", "Israel drew
    // condemnation from Turkey": the giver is the source, the receiver the target.
    std::vector<Actor> receivers;
    // (So is being "under pressure from" someone: "The Greek government is under
    // pressure from the IMF": the pressed is the copula's subject.)
    const bool under = noun && a.CaseOf(v) == "under"sv;
    const bool received = noun && a.rel(v) == "obj"sv && a.head(v) >= 0 && IsReceivingVerb(a.tok(a.head(v)).lemma);
    if (under || received) {
      int from = -1;
      for (int c : a.children[v])
        if (a.rel(c).rfind("nmod", 0) == 0 && a.HasCase(c, "from")) from = c;
      if (received)
        for (int c : a.children[a.head(v)])
          if (from < 0 && a.rel(c).rfind("obl", 0) == 0 && a.HasCase(c, "from")) from = c;
      if (from >= 0) {
        sources = ActorsAt(a, from);
        const int receiver = under && a.Child(v, {"nsubj"}) >= 0 ? a.Child(v, {"nsubj"}) : SubjectOf(a, a.head(v));
        if (!sources.empty()) receivers = sources_of(receiver);
      }
    }
    // "Navalny's arrest", "Mr Kilroy-Silk's expulsion": the owner of an act done to someone
    // is who it was done to, the target, not its author.
    int patient_owner = -1;
    if (noun && sources.empty()) {
      int src = -1;
      for (int c : a.children[v])
        if ((a.rel(c).rfind("nmod", 0) == 0 || a.rel(c) == "obl:agent"sv) && a.HasCase(c, "by")) src = c;
      if (src < 0) {
        src = a.Child(v, {"nmod:poss"});
        // (With an "of" phrase the owner is the author: "Russia's arrest of the journalist".)
        bool of_patient = false;
        for (int c : a.children[v])
          of_patient = of_patient || (a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "of"sv);
        const bool done_to = In(a.tok(v).lemma, {"arrest", "detention", "release", "expulsion", "execution", "kidnapping",
                                                 "abduction", "deportation", "extradition", "assassination", "murder",
                                                 "dismissal", "sacking", "impeachment", "ouster", "removal",
                                                 "imprisonment", "jailing", "conviction", "sentencing", "capture",
                                                 "pardon", "rescue", "torture", "prosecution", "indictment", "trial",
                                                 "internment", "disqualification", "suspension", "firing", "exclusion"});
        if (src >= 0 && !of_patient && done_to) {
          patient_owner = src;
          src = -1;
        }
      }
      // The parser often hangs "by X" on the verb the noun is the object of ("prompted
      // threats of military action by the United States"); an active verb has no agent
      // of its own, so the phrase belongs to the noun.
      if (src < 0 && a.rel(v) == "obj"sv && a.head(v) >= 0 && a.Child(a.head(v), {"aux:pass"}) < 0)
        for (int c : a.children[a.head(v)])
          if (a.rel(c) == "obl"sv && a.HasCase(c, "by") && c > v) src = c;
      if (src >= 0) sources = ActorsAt(a, src);
      if (sources.empty())
        for (int c : a.children[v])
          if (In(a.rel(c), {"amod", "compound"}) && a.unit_of[c] >= 0 && !Backer(a, c) &&  // (not "Russia-backed")
              std::find(best.words.begin(), best.words.end(), c) == best.words.end() &&
              // ("anti-government protests", "pro-Russian rallies": not by that actor)
              !(c >= 2 && a.tok(c - 1).text == "-"sv &&
                In(Lower(a.tok(c - 2).text), {"anti", "pro", "non", "ex", "post", "pre"})) &&
              // ("the Paris meeting", "the Geneva talks": a gathering's city is where it is held;
              // "the Afrin offensive", "the Mosul operation": a campaign's city is where it is fought)
              !((IsGatheringNoun(a.tok(v).lemma) ||
                 In(a.tok(v).lemma, {"offensive", "operation", "campaign", "battle", "siege", "assault", "fighting",
                                     "attack", "bombing", "shooting", "massacre", "explosion", "blast"})) &&
                CityAt(a, c)) &&
              // ("the hostage talks", "a prisoner exchange": people of no country named before
              // a negotiation or a swap are its topic, not a party to it)
              !(In(a.tok(v).lemma, {"talk", "negotiation", "deal", "agreement", "accord", "exchange", "swap",
                                    "release", "discussion", "dialogue"}) &&
                a.rel(c) == "compound"sv &&
                In(a.tok(c).lemma, {"hostage", "prisoner", "detainee", "captive", "refugee", "migrant", "asylum",
                                    "civilian", "body", "remains"})) &&
              // ("his European tour", "the band's UK tour": a trip's adjective is where it goes)
              !(In(a.tok(v).lemma, {"tour", "trip", "visit", "leg", "stopover"}) &&
                (a.rel(c) == "amod"sv || (a.unit_of[c] >= 0 && a.units[a.unit_of[c]].actor.code.size() == 3 &&
                                          a.units[a.unit_of[c]].actor.code == a.units[a.unit_of[c]].actor.country)))) {
            // ("a prisoner exchange": a word of the pattern is no actor)
            sources = ActorsAt(a, c);
            break;
          }
      // "a Saudi-led strike on a school bus": the side that leads the act does it.
      if (sources.empty())
        for (int c : a.children[v])
          if (sources.empty() && a.rel(c) == "amod"sv && a.lower[c] == "led"sv && c >= 2 && a.lower[c - 1] == "-"sv &&
              a.unit_of[c - 2] >= 0)
            sources = ActorsAt(a, c - 2);
      if (sources.empty() && a.Child(v, {"nsubj"}) >= 0) sources = ActorsAt(a, a.Child(v, {"nsubj"}));
      // ("expressed its rejection and strong condemnation of ...": the second noun is the
      // light verb's object too.)
      int first_conjunct = v;
      for (int guard = 0; guard < 4 && a.rel(first_conjunct) == "conj"sv && a.head(first_conjunct) >= 0 &&
                          IsNominal(a.tok(a.head(first_conjunct)));
           ++guard)
        first_conjunct = a.head(first_conjunct);
      if (sources.empty() && In(a.rel(first_conjunct), {"obj", "nsubj:pass"}) && a.head(first_conjunct) >= 0 &&
          IsLightVerb(a.tok(a.head(first_conjunct)).lemma))
        sources = sources_of(SubjectOf(a, a.head(first_conjunct)));
      // "held talks with Aoun during a short visit to Beirut": a visit or meeting
      // in a time phrase of a clause is its subject's.
      if (sources.empty() && best.pattern->code.rfind("04", 0) == 0 && a.rel(v).rfind("obl", 0) == 0 &&
          a.head(v) >= 0 && a.tok(a.head(v)).upos == "VERB"sv &&
          In(a.CaseOf(v), {"during", "on", "after", "before", "ahead"}))
        sources = sources_of(SubjectOf(a, a.head(v)));
    } else if (!noun) {
      sources = sources_of(subject);
      // "an attack on a church in the city of Quetta which killed eight people": a city, a
      // town or a region a relative clause hangs on is where it happened, not who did it.
      if (subject >= 0 && subject == a.head(v) && a.rel(v) == "acl:relcl"sv && a.tok(subject).upos == "NOUN"sv &&
          std::islower(static_cast<unsigned char>(a.tok(subject).text[0])) && IsAreaNoun(a.tok(subject).lemma))
        sources.clear();
      // "A series of airstrikes by Russian warplanes killed ...": a run of attacks is its
      // attacks'.
      if (sources.empty() && subject >= 0 &&
          In(a.tok(subject).lemma, {"series", "wave", "spate", "barrage", "string", "round", "volley", "salvo", "flurry"}))
        for (int c : a.children[subject])
          if (sources.empty() && a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "of"sv && IsAttackNoun(a.tok(c).lemma))
            for (int b : a.children[c])
              if (sources.empty() && a.rel(b).rfind("nmod", 0) == 0 && a.CaseOf(b) == "by"sv) sources = ActorsAt(a, b);
      // "Four children were killed in Israeli shelling": a passive with no agent takes its
      // source from the attack that did it, named by a modifier of the attack noun.
      int attack = subject >= 0 && IsAttackNoun(a.tok(subject).lemma) ? subject : -1;
      const bool passive = a.Child(v, {"nsubj:pass", "aux:pass"}) >= 0;
      if (sources.empty() && passive) sources = AttackAuthor(a, v, &attack);
      // "The journalist was arrested on Monday in Niger": the authorities' act with no
      // agent is the state's where it happened; "a rocket was fired from Gaza": an attack
      // with no agent is the place's it came from.
      const bool coercion = code.rfind("17", 0) == 0;
      const bool violence = In(code.substr(0, 2), {"18", "19", "20"});
      // (Not whence people were driven: "displaced from Aleppo" names their home.)
      const bool driven_out = In(code, {"201", "203"}) ||
                              In(a.tok(v).lemma, {"displace", "expel", "drive", "deport", "evict", "uproot", "chase", "oust"});
      // ("Three inspectors were expelled from Iran": whence someone is expelled or deported
      // is the state that did it.)
      const bool expelled = (code.rfind("166", 0) == 0 || code.rfind("174", 0) == 0 || code == "161"sv) &&
                            In(a.tok(v).lemma, {"expel", "deport", "kick", "evict", "remove", "order"});
      if (sources.empty() && passive && subject < 0 && (coercion || expelled || (violence && !driven_out))) {
        const char* place_case = expelled ? "from" : (coercion ? "in" : "from");
        std::vector<int> places;  // "in X" on the verb or on its time phrase ("on Monday in Niger")
        for (int c : a.children[v]) {
          if (a.rel(c).rfind("obl", 0) != 0) continue;
          if (a.CaseOf(c) == place_case) places.push_back(c);
          for (int g : a.children[c])
            if (a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == place_case) places.push_back(g);
        }
        for (int c : places) {
          // ("in Paris, Texas": a city of the same name elsewhere.)
          if (a.unit_of[c] >= 0) {
            uint32_t e = a.units[a.unit_of[c]].end;
            if (e + 1 < a.tokens->size() && a.tok(e).text == ","sv && a.tok(e + 1).upos == "PROPN"sv) continue;
          }
          for (const Actor& x : ActorsAt(a, c))
            if (x.role.empty() && x.code == x.country && !x.code.empty()) {
              sources.push_back(x);
              break;
            }
          if (!sources.empty()) break;
        }
      }
      // "was beaten and killed in a covert CIA jail", "held in an Israeli jail": harm
      // done, or a detention, in someone's prison, with no agent named, is the jailer's.
      // (Verbs coordinated with the act share the phrase: "was tortured and killed in ...".)
      const bool shares_passive = a.rel(v) == "conj"sv && a.head(v) >= 0 &&
                                  a.Child(a.head(v), {"nsubj:pass", "aux:pass"}) >= 0;
      if (sources.empty() && (passive || shares_passive) && subject < 0 && (coercion || violence)) {
        std::vector<int> done_with{v};
        if (a.rel(v) == "conj"sv && a.head(v) >= 0) done_with.push_back(a.head(v));
        for (int c : a.children[v])
          if (a.rel(c) == "conj"sv && a.tok(c).upos == "VERB"sv) done_with.push_back(c);
        for (int d : done_with) {
          for (int c : a.children[d]) {
            if (!sources.empty()) break;
            if (a.rel(c).rfind("obl", 0) != 0 || a.CaseOf(c) != "in"sv ||
                !In(a.tok(c).lemma, {"prison", "jail", "gaol", "custody", "dungeon"}))
              continue;
            // (A state's, its agencies' or an armed group's: not "a refugees' prison".)
            for (int g : a.children[c]) {
              if (!In(a.rel(g), {"compound", "amod", "nmod:poss"}) || a.unit_of[g] < 0) continue;
              for (const Actor& x : ActorsAt(a, g))
                if (!x.code.empty() && sources.empty() && (x.role.empty() || ArmedSide(x) || x.role == "GOV"sv))
                  sources.push_back(x);
            }
          }
        }
      }
      // "A report released on Tuesday in the Kenyan capital alleged ...": a document that is
      // no actor speaks for whoever released it ("by"), else for the country where it was
      // released.
      if (sources.empty() && subject >= 0 &&
          In(a.tok(subject).lemma, {"report", "statement", "communique", "document", "study", "dossier", "letter",
                                    "white paper", "paper", "memo", "memorandum", "resolution"}))
        for (int p : a.children[subject]) {
          if (!In(a.rel(p), {"acl", "acl:relcl"}) || !In(a.tok(p).lemma, {"release", "publish", "issue", "present", "circulate", "make"}))
            continue;
          for (const char* want : {"by", "in"})
            for (int c : a.children[p]) {
              if (!sources.empty() || a.rel(c).rfind("obl", 0) != 0 || a.CaseOf(c) != want) continue;
              for (const Actor& x : ActorsAt(a, c))
                if (!x.code.empty() && (std::string(want) == "by"sv || x.code == x.country)) sources.push_back(x);
            }
        }
      // "Ten Russian soldiers were killed in Ukraine": soldiers killed abroad with no agent
      // named fell to the country they fight in.
      int victims = a.Child(v, {"nsubj:pass"});
      if (victims < 0 && a.rel(v) == "acl"sv && In(a.tok(v).xpos, {"VBN", "VBD"})) victims = a.head(v);
      if (sources.empty() && violence && victims >= 0) {
        std::string victims_country;
        for (const Actor& x : ActorsAt(a, victims))
          if (x.role == "MIL"sv && !x.country.empty()) victims_country = x.country;
        if (!victims_country.empty())
          for (int c : a.children[v]) {
            if (a.rel(c).rfind("obl", 0) != 0 || a.CaseOf(c) != "in"sv) continue;
            if (const auto* place = a.PlaceAt(c); place && place->country != victims_country && sources.empty())
              sources.push_back(PlaceActor(*place));
          }
      }
      // "2,000 Russian soldiers were deployed as peacekeepers": forces deployed with no
      // deployer named are their own country's deployment (074).
      if (sources.empty() && passive && code == "074"sv && a.Child(v, {"nsubj:pass"}) >= 0)
        for (const Actor& x : ActorsAt(a, a.Child(v, {"nsubj:pass"})))
          if (In(x.role, {"MIL", "PKO", "COP"}) && !x.country.empty()) sources.push_back(x);
      // The attack noun coded on its own ("shelling": 194) says more than the verb.
      if (attack >= 0 && best_at[attack].pattern && !consumed.count(attack) &&
          best_at[attack].pattern->code.substr(0, 2) == best.pattern->code.substr(0, 2)) {
        if (explain) *explain << "    (the attack noun is coded instead)\n";
        continue;
      }
    }
    // "talks between Iran and Russia", "fighting between Armenia and Azerbaijan": the two
    // sides an act is between, when nothing else names its source, are its source and target.
    // (Not a mediator's: "welcomed Putin to mediate between India and Pakistan"; a verb only
    // as a gerund standing for the act, "Fighting between ... resumed".)
    if (sources.empty() && receivers.empty() && code.rfind("045", 0) != 0 &&
        (noun || (a.tok(v).xpos == "VBG"sv && a.Child(v, {"nsubj", "nsubj:pass"}) < 0 &&
                  !In(a.rel(v), {"xcomp", "advcl", "acl", "ccomp", "conj", "acl:relcl"}))))
      for (int c : a.children[v]) {
        if (!(a.rel(c).rfind("nmod", 0) == 0 || a.rel(c).rfind("obl", 0) == 0) || a.CaseOf(c) != "between"sv) continue;
        int other = a.Child(c, {"conj"});
        for (int d : a.children[v])  // (the second side misparsed as the act's own conjunct)
          if (other < 0 && a.rel(d) == "conj"sv && d > c && IsNominal(a.tok(d))) other = d;
        std::vector<Actor> first = ActorsAt(a, c), second = other >= 0 ? ActorsAt(a, other) : std::vector<Actor>{};
        if (!first.empty() && !second.empty()) {
          sources = std::move(first);
          receivers = std::move(second);
        }
        break;
      }
    // "A suicide attack killed six police officers", "were killed in an airstrike": an attack
    // that harmed people, with no one named as its source, is coded with an empty source (as
    // GDELT leaves its Actor1 blank), its victims the target (below); without victims with a
    // code it is dropped.
    // (Not an explosion, a blast or a fire, which may be mishaps, nor a heart or panic attack,
    // nor what someone "died of".)
    auto weapon_or_attack = [&](int k) {
      const std::string& l = a.tok(k).lemma;
      const bool attack = (IsAttackNoun(l) && !In(l, {"explosion", "blast", "fire", "operation", "crackdown",
                                                      "incursion", "artillery", "drone"})) ||
                          In(l, {"bomb", "mine", "grenade", "shell"});
      if (!attack || a.CaseOf(k) == "of"sv) return false;
      for (int c : a.children[k])
        if (a.rel(c) == "compound"sv && In(a.tok(c).lemma, {"heart", "panic", "asthma", "anxiety", "shark", "dog"}))
          return false;
      return true;
    };
    int unclaimed_victims = -1;  // (whom the unclaimed attack harmed)
    if (sources.empty() && noun && weapon_or_attack(v) && a.head(v) >= 0 && IsHarmVerb(a.tok(a.head(v)).lemma)) {
      const int h = a.head(v);
      if (a.rel(v) == "nsubj"sv)
        unclaimed_victims = a.Child(h, {"obj"});
      else if (a.rel(v).rfind("obl", 0) == 0 && (a.Child(h, {"aux:pass"}) >= 0 || a.tok(h).lemma == "die"sv))
        unclaimed_victims = a.Child(h, {"nsubj:pass", "nsubj"});
    }
    // (Or the harm verb, passive, "in" or "by" an attack: "were killed in a suicide attack";
    // unless the attack is coded on its own: "wounded by a roadside bomb" is 1833.)
    if (sources.empty() && !noun && IsHarmVerb(a.tok(v).lemma) && a.Child(v, {"aux:pass"}) >= 0)
      for (int c : a.children[v])
        if (a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"in", "by"}) && weapon_or_attack(c) &&
            a.unit_of[c] < 0 && !(best_at[c].pattern && !consumed.count(c)))
          unclaimed_victims = a.Child(v, {"nsubj:pass"});
    const bool unclaimed_attack = unclaimed_victims >= 0;
    if (sources.empty() && !unclaimed_attack) continue;
    if (unclaimed_attack) sources.push_back(Actor{});
    // "Chinese peacekeepers arrived in South Sudan": peacekeepers arriving somewhere are
    // deployed there (074), not on a visit.
    if (code == "042"sv) {
      bool peacekeepers = true;
      for (const Actor& x : sources)
        peacekeepers = peacekeepers && ((x.code.size() >= 3 && x.code.compare(x.code.size() - 3, 3, "PKO") == 0) ||
                                        Lower(x.name).find("peacekeep") != std::string::npos);  // ("Chinese peacekeepers": CHN)
      if (peacekeepers) code = "074";
    }
    // Refugees or migrants crossing or moving into a country occupy nothing ("Somali
    // refugees crossed into Kenya"): no event.
    if (code == "192"sv && !sources.empty() &&
        std::all_of(sources.begin(), sources.end(), [](const Actor& x) { return In(x.role, {"REF", "CVL"}); })) {
      if (explain) *explain << "    (refugees or civilians moving: no occupation)\n";
      continue;
    }
    // "Airlines have attacked the legislation", "Kerry attacked Bush's economic record": an
    // attack on what is no actor, no place and nothing that can be struck, by no one who
    // bears arms, is words: criticism (111).
    // (So is "launched an attack on the cost of the asylum system": the noun's "on" phrase.)
    // (The act's code: "is expected to attack Mr Blair's words" is criticism to come, no threat.)
    if (best.pattern->code == "190"sv && In(a.tok(v).lemma, {"attack", "assail", "onslaught", "broadside", "assault"})) {
      int object = noun ? -1 : a.Child(v, {"obj", "nsubj:pass"});
      if (noun)
        for (int c : a.children[v])
          if (object < 0 && a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"on", "against", "upon"})) object = c;
      const bool armed = std::any_of(sources.begin(), sources.end(), BearsArms);
      static const std::set<std::string> kStruck = {
          "base", "position", "convoy", "village", "town", "city", "building", "ship", "vessel", "boat", "patrol",
          "checkpoint", "post", "camp", "headquarters", "station", "embassy", "consulate", "compound", "mosque",
          "church", "synagogue", "temple", "shrine", "school", "hospital", "clinic", "home", "house", "target",
          "facility", "plant", "airport", "airfield", "port", "barracks", "outpost", "tanker", "train", "bus",
          "vehicle", "car", "truck", "pipeline", "infrastructure", "grid", "area", "district", "region", "border",
          "market", "office", "shop", "hotel", "bank", "prison", "jail", "court", "parliament", "ministry",
          "refinery", "depot", "bridge", "road", "highway", "tunnel", "site", "installation", "network", "server",
          "website", "computer", "system", "aircraft", "plane", "jet", "drone", "helicopter", "warship", "crowd",
          "worshipper", "passenger", "pilgrim", "tourist", "child", "woman", "man", "family", "villager",
          "settlement", "neighbourhood", "neighborhood", "street", "square", "farm", "field", "property",
          "stronghold", "hideout", "bunker", "trench", "line", "front", "flank", "garrison", "column", "unit"};
      // ("That has been attacked by the Tories as too little": a pronoun for what was said
      // or done, attacked by civilians, is a thing too; see `civil` below.)
      const bool pronoun_thing = object >= 0 && In(a.lower[object], {"that", "this", "it", "which", "these", "those", "what"});
      // (Nor is a measure, a policy or words, whoever's they are: "attacked the rise in German
      // interest rates", "attacked Britain's asylum policy".)
      static const std::set<std::string> kMeasures = {
          "rate", "rise", "increase", "cut", "policy", "plan", "price", "tax", "tariff", "budget", "proposal",
          "decision", "law", "bill", "record", "remark", "comment", "statement", "report", "idea", "move",
          "approach", "stance", "handling", "response", "reform", "measure", "programme", "program", "strategy",
          "deal", "agreement", "practice", "behaviour", "behavior", "rhetoric", "conduct", "treatment",
          "spending", "currency", "legislation", "ruling", "verdict", "sanction", "embargo", "ban", "rule",
          "regulation", "restriction", "scheme", "tactic", "claim", "subsidy", "quota", "levy", "pact", "package"};
      const bool measure = object >= 0 && a.tok(object).upos == "NOUN"sv && a.unit_of[object] < 0 &&
                           kMeasures.count(a.tok(object).lemma) > 0;
      const bool thing = (names_thing(object) || measure) && !kStruck.count(a.tok(object).lemma);
      // ("Kennedy attacked Mr Brown for failing to ...": a politician, a party, a court, a
      // paper attacked by another is criticised; people of no office may be hurt.)
      bool office = false;
      if (object >= 0 && !kStruck.count(a.tok(object).lemma)) {
        const std::vector<Actor> attacked = ActorsAt(a, object);
        office = !attacked.empty() && !a.PlaceAt(object);
        for (const Actor& x : attacked)
          office = office && !x.role.empty() &&
                   In(x.role.substr(0, 3), {"GOV", "OPP", "LEG", "JUD", "MED", "BUS", "ELI", "EDU", "HRI", "NGO", "LAB"});
      }
      // (A government attacking is left as it is: its forces may have done it.)
      bool civil = !sources.empty();
      for (const Actor& x : sources)
        civil = civil && !x.role.empty() &&
                (In(x.role.substr(0, 3), {"OPP", "LEG", "MED", "BUS", "EDU", "HRI", "NGO", "LAB", "JUD", "ELI"}) ||
                 IsParty(x));
      // ("UKIP MEP attacked German 'empire'": a party, a legislator, a paper or a public
      // figure attacking a state attacks its policy.)
      bool talkers = !sources.empty();
      for (const Actor& x : sources)
        talkers = talkers && !x.role.empty() &&
                  (In(x.role.substr(0, 3), {"LEG", "MED", "ELI", "OPP"}) ||
                   IsParty(x));
      bool state = false;
      if (object >= 0 && !kStruck.count(a.tok(object).lemma) && !a.PlaceAt(object)) {
        const std::vector<Actor> attacked = ActorsAt(a, object);
        state = !attacked.empty();
        for (const Actor& x : attacked) state = state && x.role.empty() && !x.code.empty() && x.code == x.country;
      }
      // ("attacked the Commission for backing down": blame for a deed is words.)
      bool blamed_for_deed = false;
      for (int c : a.children[v])
        blamed_for_deed = blamed_for_deed || (In(a.rel(c), {"obl", "advcl"}) && a.tok(c).xpos == "VBG"sv &&
                                              (a.CaseOf(c) == "for"sv ||
                                               (a.Child(c, {"mark"}) >= 0 && a.lower[a.Child(c, {"mark"})] == "for"sv)));
      if ((thing || (office && civil) || (state && talkers) || (pronoun_thing && civil) || blamed_for_deed) && !armed &&
          !sources.empty()) {
        if (explain)
          *explain << "    (an attack on '" << (object >= 0 ? a.tok(object).text : std::string("-"))
                   << "' by no armed side: criticism)\n";
        if (mood == Mood::kIntent) continue;  // (CAMEO has no intent to criticise)
        code = "111";
      }
    }
    // "met its targets", "working to meet the requirements", "meet their match": meeting
    // an aim or a condition is no meeting.
    // (The pattern's code: "would meet concerns" is an intent, 036, by now.)
    // (Also as a word of the pattern: "plans to build a plant to meet the country's demand"
    // is no "plan to meet".)
    int meet_word = !noun && a.tok(v).lemma == "meet"sv && best.pattern->code.rfind("04", 0) == 0 ? v : -1;
    for (int w : best.words)
      if (meet_word < 0 && w != v && a.tok(w).lemma == "meet"sv && a.tok(w).upos == "VERB"sv) meet_word = w;
    // (A possessive misread as the object, "meet his golden economic rule": its noun after it.)
    auto meet_object = [&](int m) {
      int o = a.Child(m, {"obj", "nsubj:pass"});
      if (o >= 0 && a.tok(o).xpos == "PRP$"sv)
        for (int k = o + 1; k < a.size() && k <= o + 4; ++k)
          if (a.tok(k).upos == "NOUN"sv) return k;
      return o;
    };
    if (meet_word >= 0)
      if (const int object = meet_object(meet_word); object >= 0 &&
          In(a.tok(object).lemma, {"target", "demand", "requirement", "deadline", "need", "cost", "criterion",
                                   "criteria", "standard", "goal", "objective", "expectation", "obligation",
                                   "condition", "commitment", "match", "challenge", "threshold", "quota",
                                   "payment", "bill", "forecast", "estimate", "test", "rule", "regulation",
                                   "specification", "end", "fate", "death", "approval", "resistance", "concern",
                                   "worry", "shortfall", "gap", "wish", "request", "promise", "pledge", "aim",
                                   "ambition", "mandate", "responsibility", "duty", "debt", "liability", "budget",
                                   "timetable", "schedule", "order", "shortage", "hope", "aspiration"})) {
        if (explain) *explain << "    (meeting '" << a.tok(object).text << "' is no meeting)\n";
        continue;
      }
    // "the Conservatives and the BNP appeal to the same voting instincts": appealing to what is
    // no one, for nothing, is attracting, no appeal.
    // (The noun too, when the parser makes one of the verb: "the BNP appeal to ...".)
    if (a.tok(v).lemma == "appeal"sv && code.rfind("02", 0) == 0) {
      bool asked = false, to_someone = false, to_something = false;
      for (int c : a.children[v]) {
        const bool phrase = a.rel(c).rfind("obl", 0) == 0 || a.rel(c).rfind("nmod", 0) == 0;
        asked = asked || In(a.rel(c), {"xcomp", "ccomp", "acl"}) || (phrase && a.CaseOf(c) == "for"sv);
        if (phrase && a.CaseOf(c) == "to"sv) {
          const bool someone = !ActorsAt(a, c).empty() || a.tok(c).upos == "PRON"sv;
          to_someone = to_someone || someone;
          to_something = to_something || !someone;
        }
      }
      if (!asked && !to_someone && to_something) {
        if (explain) *explain << "    (appealing to no one for nothing: no appeal)\n";
        continue;
      }
    }
    // "Students began asking questions": asking questions is no appeal.
    if (!noun && a.tok(v).lemma == "ask"sv && code.rfind("02", 0) == 0)
      if (const int o = a.Child(v, {"obj"}); o >= 0 && a.tok(o).lemma == "question"sv) {
        if (explain) *explain << "    (asking questions: no appeal)\n";
        continue;
      }
    // "it was encouraging that the US had behaved with pragmatism", "it is worrying that":
    // the participle after an expletive "it" is an adjective judging the clause, not an act.
    if (!noun && a.tok(v).xpos == "VBG"sv && a.Child(v, {"obj", "iobj"}) < 0 && a.Child(v, {"ccomp", "csubj"}) >= 0)
      if (const int it = a.Child(v, {"nsubj", "expl"}); it >= 0 && a.lower[it] == "it"sv)
        if (const int be = a.Child(v, {"aux", "cop"}); be >= 0 && a.tok(be).lemma == "be"sv) {
          if (explain) *explain << "    (\"it is ...ing that\": an adjective, no act)\n";
          continue;
        }
    // "is destroying all evidence of the abuses", "shredded the documents": destroying papers
    // is no force.
    if (!noun && In(a.tok(v).lemma, {"destroy", "burn", "shred", "delete", "wipe"}) && code.rfind("1", 0) == 0)
      if (const int o = a.Child(v, {"obj"}); o >= 0 &&
          In(a.tok(o).lemma, {"evidence", "document", "record", "file", "data", "email", "e-mail", "paper", "archive",
                              "footage", "recording", "tape", "hard-drive", "log"})) {
        if (explain) *explain << "    (papers destroyed: no force)\n";
        continue;
      }
    // "has met all of its promises", "met a mixed response in Europe", "the preconditions
    // were not met by the Russians": meeting a standard, or meeting with a reaction, is no
    // meeting between parties.
    if (!noun && a.tok(v).lemma == "meet"sv && code.rfind("04", 0) == 0) {
      auto met_thing = [&](int w) {
        return a.unit_of[w] < 0 &&
               In(a.tok(w).lemma, {"promise", "pledge", "target", "goal", "objective", "condition", "precondition",
                                   "requirement", "criterion", "criteria", "standard", "deadline", "need", "obligation",
                                   "commitment", "expectation", "cost", "agenda", "challenge", "response", "resistance",
                                   "opposition", "criticism", "approval", "scepticism", "skepticism", "reaction",
                                   "fate", "end", "death", "payment", "quota", "test", "threshold", "limit", "benchmark",
                                   "demand", "term", "rule", "shortfall", "bill", "success", "disapproval", "protest",
                                   "hostility", "derision", "silence", "indifference", "applause", "outrage"});
      };
      bool standard = false;
      for (int c : a.children[v]) {
        const bool what = In(a.rel(c), {"obj", "nsubj:pass"}) ||
                          (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "with"sv);
        // ("all of its promises": the noun after a quantifier.)
        int w = c;
        if (what && In(a.tok(c).lemma, {"all", "some", "most", "many", "none", "each", "any", "both", "several", "one"}))
          for (int g : a.children[c])
            if (a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == "of"sv) w = g;
        if (what && met_thing(w)) standard = true;
      }
      // ("until their demands have been met by the authorities", the noun left outside the
      // passive clause by the parse: the noun right before its auxiliaries.)
      if (!standard && a.Child(v, {"aux:pass"}) >= 0 && a.Child(v, {"nsubj:pass"}) < 0) {
        int k = v - 1;
        while (k >= 0 && In(a.tok(k).upos, {"AUX", "ADV", "PART"})) --k;
        standard = k >= 0 && a.tok(k).upos == "NOUN"sv && met_thing(k);
      }
      if (standard) {
        if (explain) *explain << "    (a standard met, or a reaction met with: no meeting)\n";
        continue;
      }
    }
    // "Fed funds were trading at 6 pct", "the Fed funds rate": the interbank rate's name,
    // no funding (the tagger may read "funds" as the Fed's verb).
    if (a.tok(v).lemma == "fund"sv && code.rfind("07", 0) == 0 && v > 0 && a.lower[v - 1] == "fed"sv &&
        a.Child(v, {"obj", "iobj"}) < 0) {
      if (explain) *explain << "    (Fed funds: a money-market rate)\n";
      continue;
    }
    // "terms that bankers considered favourable", "considers the move a mistake": to
    // consider something so is an opinion, no option weighed.
    if (!noun && code.rfind("014", 0) == 0 && In(a.tok(v).lemma, {"consider", "deem"})) {
      bool opinion = false;
      for (int c : a.children[v])
        opinion = opinion || (a.rel(c) == "xcomp"sv && In(a.tok(c).upos, {"ADJ", "NOUN", "PROPN"}) && a.Child(c, {"mark"}) < 0);
      if (opinion) {
        if (explain) *explain << "    (considered so: an opinion)\n";
        continue;
      }
    }
    // "attempting to kill off speculation", "killed the bill": killing a thing is no force.
    // (Also the killing attempted: "attempting to kill off speculation".)
    int killing = !noun && a.tok(v).lemma == "kill"sv ? v : -1;
    if (!noun && killing < 0)
      if (const int x = a.Child(v, {"xcomp"}); x >= 0 && a.tok(x).lemma == "kill"sv) killing = x;
    // ("kill off" is figurative: "kill off speculation", "killed off the plan".)
    if (killing >= 0 && In(code.substr(0, 2), {"18", "19", "20"}))
      if (const int prt = a.Child(killing, {"compound:prt"}); prt >= 0 && a.lower[prt] == "off"sv) {
        if (explain) *explain << "    (killed off: figurative, no force)\n";
        continue;
      }
    // (Nor is trying or threatening to kill one: "will try to kill the amendment", coded as
    // the intent, 13x.)
    if (killing >= 0 && In(code.substr(0, 2), {"13", "18", "19", "20"}))
      if (const int o = a.Child(killing, {"obj", "nsubj:pass"}); o >= 0 &&
          In(a.tok(o).lemma, {"speculation", "rumour", "rumor", "idea", "plan", "bill", "deal", "hope", "talk",
                              "proposal", "story", "momentum", "chance", "prospect", "debate", "project", "program",
                              "programme", "scheme", "legislation", "measure", "motion", "amendment", "competition",
                              "demand", "growth", "recovery", "market", "job", "trade", "merger", "bid", "offer",
                              "agreement", "treaty", "reform", "initiative", "pain", "time", "mood", "buzz"})) {
        if (explain) *explain << "    (a thing killed off: no force)\n";
        continue;
      }
    // "Afrin, defended by the YPG", "defended Kobane against Isis": armed sides defending a
    // place fight for it; defending verbally (052) is of words, policies and people.
    if (!noun && code.rfind("052", 0) == 0 && a.tok(v).lemma == "defend"sv) {
      const int o = a.Child(v, {"obj", "nsubj:pass"});
      const bool place = o >= 0 && (a.PlaceAt(o) || IsAreaNoun(a.tok(o).lemma) ||
                                    // (Not "its position" or "the party line": stances.)
                                    In(a.lower[o], {"base", "bases", "positions", "lines", "trenches", "checkpoint"}));
      // (Forces and armed groups, not a state: "Germany defended its decision".)
      auto forces = [](const Actor& x) {
        return In(x.role, {"MIL", "REB", "INS", "UAF", "SEP"}) || x.code.rfind("IMG", 0) == 0;
      };
      if (place || std::any_of(sources.begin(), sources.end(), forces)) {
        if (explain) *explain << "    (defending a place or by arms: no verbal defence)\n";
        continue;
      }
    }
    // "the debt problem will hang over the banking industry": what hangs over someone is a
    // worry, nobody is hanged.
    // ("over" may be read as its particle: "hang over Spanish lenders".)
    if (!noun && a.tok(v).lemma == "hang"sv) {
      const bool hanged = a.Child(v, {"obj", "nsubj:pass"}) >= 0;
      bool over = false;
      for (int c : a.children[v])
        over = over || (!hanged && a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"over", "around", "above"})) ||
               (a.rel(c) == "compound:prt"sv && a.lower[c] == "over"sv);
      if (over) {
        if (explain) *explain << "    (hanging over someone: figurative)\n";
        continue;
      }
    }
    // "traders enter orders before executing them", "executed the plan": orders, trades and
    // plans are carried out, nobody is put to death.
    if (!noun && a.tok(v).lemma == "execute"sv && code.rfind("18", 0) == 0)
      if (const int o = a.Child(v, {"obj", "nsubj:pass"}); o >= 0 &&
          In(a.tok(o).lemma, {"order", "trade", "transaction", "plan", "strategy", "contract", "deal", "agreement",
                              "program", "programme", "policy", "move", "manoeuvre", "maneuver", "swap", "will",
                              "command", "mission", "task", "project", "sale", "purchase", "transfer", "instruction",
                              "operation", "scheme", "reform", "budget", "search", "code", "script", "document"})) {
        if (explain) *explain << "    (a thing executed: carried out, no killing)\n";
        continue;
      }
    // "have since been questioned by Kurdish fighters", "police questioned the suspect":
    // people questioned are interrogated, not disapproved of (110 is for questioning a
    // decision, a claim).
    if (!noun && a.tok(v).lemma == "question"sv && code.rfind("11", 0) == 0)
      if (const int o = a.Child(v, {"obj", "nsubj:pass"}); o >= 0 &&
          ((a.tok(o).upos == "PRON"sv && In(a.lower[o], {"him", "her", "them", "he", "she", "they", "we", "us", "me", "i"})) ||
           IsPeopleNoun(a.tok(o)) ||
           In(a.tok(o).lemma, {"suspect", "detainee", "prisoner", "witness", "pair", "official", "employee", "driver",
                               "student", "passenger"}))) {
        if (explain) *explain << "    (people questioned: an interrogation, no disapproval)\n";
        continue;
      }
    // "learned to occupy the political centre ground", "occupies the post": holding a place
    // in politics or an office is no occupation by force.
    if (!noun && a.tok(v).lemma == "occupy"sv && In(code.substr(0, 2), {"17", "19"}))
      if (const int o = a.Child(v, {"obj", "nsubj:pass"}); o >= 0 && !a.PlaceAt(o) &&
          (In(a.tok(o).lemma, {"centre", "center", "space", "seat", "role", "post", "office", "position", "spot",
                               "place", "niche", "chair", "presidency", "lead", "top", "stage", "mind", "thought",
                               "attention", "time", "share", "slot"}) ||
           // ("the centre ground", but "occupied ground held by the unit" is taken land)
           (a.tok(o).lemma == "ground"sv &&
            std::any_of(a.children[o].begin(), a.children[o].end(), [&](int g) {
              return In(a.lower[g], {"centre", "center", "middle", "moral", "high", "common", "political"});
            })))) {
        if (explain) *explain << "    (a place in politics or an office occupied: no force)\n";
        continue;
      }
    // "asked about his health", "asked the minister about the sanctions": a question about
    // something asks for nothing (an appeal asks someone to do or give something).
    if (!noun && a.tok(v).lemma == "ask"sv && code.rfind("02", 0) == 0) {
      bool about = false, asks_for = false;
      for (int c : a.children[v]) {
        about = about || (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "about"sv);
        // (The parse may hang the topic on whom was asked, "asked the minister about ...", or
        // on who asked, "was asked by journalists about ...".)
        if ((a.rel(c) == "obj"sv && a.unit_of[c] >= 0) || a.rel(c) == "obl:agent"sv)
          for (int g : a.children[c]) about = about || (a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == "about"sv);
        asks_for = asks_for || In(a.rel(c), {"xcomp", "ccomp"}) ||
                   (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "for"sv) ||
                   (a.rel(c) == "obj"sv && a.unit_of[c] < 0 && a.tok(c).upos == "NOUN"sv);
      }
      if (about && !asks_for) {
        if (explain) *explain << "    (asked about something: a question, no appeal)\n";
        continue;
      }
    }
    // "will only hit its target for improving literacy", "missed its inflation target": a
    // goal met or missed, nothing struck.
    if (!noun && In(a.tok(v).lemma, {"hit", "meet", "miss", "reach", "exceed", "beat"}) && In(code.substr(0, 2), {"18", "19", "13"}))
      if (const int o = a.Child(v, {"obj"}); o >= 0 && In(a.tok(o).lemma, {"target", "goal"})) {
        // (What the goal is for may hang on the noun or on the verb after it: "its target for
        // cutting the deficit".)
        auto goal_of = [&](int g) {
          const int mark = In(a.rel(g), {"acl", "advcl"}) ? a.Child(g, {"mark"}) : -1;  // ("for improving")
          return (a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == "for"sv) || (mark >= 0 && a.lower[mark] == "for"sv) ||
                 (a.rel(g) == "compound"sv && In(a.tok(g).lemma, {"inflation", "growth", "sales", "revenue", "profit",
                                                                "budget", "deficit", "spending", "emission", "production",
                                                                "output", "export", "recruitment", "waiting", "price"}));
        };
        bool goal = std::any_of(a.children[o].begin(), a.children[o].end(), goal_of);
        for (int g : a.children[v]) goal = goal || (g > o && a.rel(g) == "advcl"sv && goal_of(g));
        if (goal) {
          if (explain) *explain << "    (a goal met or missed: nothing struck)\n";
          continue;
        }
      }
    // "the teenager gave birth in a camp": no gift.
    if (!noun && a.tok(v).lemma == "give"sv)
      if (const int o = a.Child(v, {"obj"}); o >= 0 && a.lower[o] == "birth"sv) {
        if (explain) *explain << "    (gave birth: no event)\n";
        continue;
      }
    // "companies charging a premium rate", "charges customers £5": a price charged is no charge laid.
    if (!noun && a.tok(v).lemma == "charge"sv && code.rfind("11", 0) == 0)
      if (const int o = a.Child(v, {"obj", "iobj"}); o >= 0 &&
          (a.tok(o).upos == "NUM"sv || a.tok(o).upos == "SYM"sv ||
           In(a.tok(o).lemma, {"rate", "fee", "price", "premium", "interest", "commission", "rent", "tariff", "duty",
                               "tax", "amount", "money", "sum", "customer", "consumer", "user", "passenger",
                               "pound", "dollar", "euro", "penny", "cent", "levy", "toll", "charge"}) ||
           In(a.lower[o], {"vat", "gst"}))) {
        if (explain) *explain << "    (a price charged: no accusation)\n";
        continue;
      }
    // "the US-led war on terror", "the war on drugs": a campaign against a thing is no war.
    if (noun && In(a.tok(v).lemma, {"war", "battle", "fight", "crusade", "offensive", "crackdown"})) {
      bool on_thing = false;
      for (int c : a.children[v])
        on_thing = on_thing || (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"on", "against"}) &&
                                In(a.lower[c], {"terror", "terrorism", "drugs", "crime", "poverty", "corruption", "obesity",
                                                "inflation", "cancer", "aids", "piracy", "smoking", "want", "fraud",
                                                "extremism", "disease", "hunger", "illiteracy", "waste"}));
      if (on_thing) {
        if (explain) *explain << "    (a war on a thing: no war)\n";
        continue;
      }
    }
    // "MPs gearing up to defend their seats", "defend his title": a seat or a title defended
    // in a contest is no defence of anyone.
    if (!noun && a.tok(v).lemma == "defend"sv && code.rfind("052", 0) == 0)
      if (const int o = a.Child(v, {"obj"}); o >= 0 &&
          In(a.tok(o).lemma, {"seat", "title", "crown", "majority", "championship", "lead", "trophy", "belt"})) {
        if (explain) *explain << "    (a seat or a title defended: no defence)\n";
        continue;
      }
    // "when Kirchner arrived in power", "arrived at a decision": arriving in an office or at a
    // conclusion is no visit.
    if (!noun && a.tok(v).lemma == "arrive"sv && code.rfind("042", 0) == 0) {
      bool figurative = false;
      for (int c : a.children[v])
        figurative = figurative || (a.rel(c).rfind("obl", 0) == 0 &&
                                    In(a.tok(c).lemma, {"power", "office", "conclusion", "decision", "agreement", "consensus",
                                                        "compromise", "verdict", "settlement", "figure", "total", "estimate",
                                                        "view", "position", "solution", "understanding"}));
      if (figurative) {
        if (explain) *explain << "    (arriving in power or at a conclusion: no visit)\n";
        continue;
      }
    }
    // "to make sure they do not get marketing calls", "made clear": making sure or clear
    // makes nothing of the clause after it.
    if (!noun && a.tok(v).lemma == "make"sv)
      if (const int x = a.Child(v, {"xcomp", "ccomp", "obj"}); x >= 0 && In(a.lower[x], {"sure", "certain", "clear"})) {
        if (explain) *explain << "    (\"make sure\": no act)\n";
        continue;
      }
    // "were questioned by UK police", "detectives questioned the suspect": questioning by
    // the police or prosecutors is an interrogation, no disapproval.
    if (!noun && a.tok(v).lemma == "question"sv && code.rfind("11", 0) == 0 && a.Child(v, {"nsubj:pass", "obj"}) >= 0 &&
        a.Child(v, {"ccomp"}) < 0 &&
        std::any_of(sources.begin(), sources.end(), [](const Actor& x) { return In(x.role, {"COP", "JUD", "SPY"}); })) {
      if (explain) *explain << "    (questioned by police: an interrogation)\n";
      continue;
    }
    // "said Fitzwater when questioned about the deal", "Israel, when attacked, ...": a bare
    // passive participle's subject is what is done to; with no "by" agent no one does it.
    if (!noun && a.tok(v).xpos == "VBN"sv && In(a.rel(v), {"advcl", "advcl:relcl"}) &&
        a.Child(v, {"nsubj", "nsubj:pass", "aux", "aux:pass", "obj"}) < 0) {
      bool agent = false;
      for (int c : a.children[v]) agent = agent || (a.rel(c).rfind("obl", 0) == 0 && a.HasCase(c, "by"));
      if (!agent) {
        if (explain) *explain << "    (a bare passive participle with no agent: no doer)\n";
        continue;
      }
    }
    // "an official who asked not to be named", "who declined to be identified": asking for
    // one's own anonymity is no appeal, and declining to be named no refusal.
    if (!noun && In(a.tok(v).lemma, {"ask", "request", "speak", "talk", "agree", "decline", "refuse"}))
      if (const int x = a.Child(v, {"xcomp", "advcl", "ccomp"}); x >= 0 && In(a.tok(x).lemma, {"name", "identify", "quote"}) &&
                                                      a.Child(x, {"aux:pass"}) >= 0) {
        if (explain) *explain << "    (asked or declined to be named: no event)\n";
        continue;
      }
    // A hope with nothing hoped for is the noun misread as a verb ("jeopardise Labour's
    // election hopes", "boosting their Oscars hopes").
    if (!noun && a.tok(v).lemma == "hope"sv) {
      bool hoped = false;
      for (int c : a.children[v])
        hoped = hoped || In(a.rel(c), {"xcomp", "ccomp", "advcl"}) ||
                (a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"for", "of", "to"})) ||  // ("hoped to pitch", misread)
                (a.rel(c) == "advmod"sv && In(a.lower[c], {"so", "not"}));
      if (!hoped) {
        if (explain) *explain << "    (a hope with nothing hoped: the noun)\n";
        continue;
      }
    }
    // Considering as judging is no policy weighed: "the company considers that the buyer
    // has bought a headache", "considered it software piracy" (014 is weighing an option).
    if (!noun && a.tok(v).lemma == "consider"sv && best.pattern->code.rfind("014", 0) == 0) {
      int objects = 0;
      for (int c : a.children[v]) objects += In(a.rel(c), {"obj", "iobj"});
      bool judges = objects >= 2;  // ("considers Iran a threat")
      for (int c : a.children[v])
        judges = judges || (a.rel(c) == "ccomp"sv && a.Child(c, {"nsubj", "nsubj:pass"}) >= 0) ||
                 In(a.rel(c), {"obl:unmarked", "xcomp:pred"}) ||
                 // ("is considered high by bankers": the passive's subject is judged.)
                 (a.rel(c) == "xcomp"sv && a.tok(c).xpos != "VBG"sv &&
                  (a.Child(v, {"obj"}) >= 0 || a.Child(v, {"nsubj:pass", "aux:pass"}) >= 0));
      if (judges) {
        if (explain) *explain << "    (considers as judges: no option weighed)\n";
        continue;
      }
    }
    // Taking control of a business is no occupation (192): "wrested back control of its oil
    // industry", "enough for Mr Glazer to take control".
    if (code.rfind("192", 0) == 0 && !noun) {
      bool business = false;
      auto economic = [&](int c) {
        return (a.rel(c).rfind("nmod", 0) == 0 || a.rel(c).rfind("obl", 0) == 0) &&
               In(a.tok(c).lemma, {"industry", "company", "firm", "business", "club", "board", "stake", "share",
                                   "market", "sector", "bank", "group", "unit", "brand", "network", "label", "team",
                                   "airline", "operator", "newspaper", "channel", "agenda", "debate", "party"});
      };
      // (Also one level down: "control of a large chunk of its oil industry".)
      for (int w : best.words)
        if (a.tok(w).lemma == "control"sv)
          for (int c : a.children[w]) {
            business = business || economic(c);
            if (a.rel(c).rfind("nmod", 0) == 0)
              for (int g : a.children[c]) business = business || economic(g);
          }
      const bool armed = std::any_of(sources.begin(), sources.end(),
                                     [](const Actor& x) { return ArmedSide(x) || x.role == "GOV"sv; });
      if (business || !armed) {
        if (explain) *explain << "    (control of no territory, or by no armed side: no occupation)\n";
        continue;
      }
    }
    // "Serbian students suspended their protests": protesters halting their own protest
    // give in (082); a protest suspended by others is a restriction (1721).
    if (!noun && code == "1721"sv)
      if (const int o = a.Child(v, {"obj"}); o >= 0 && In(a.tok(o).lemma, {"protest", "demonstration", "rally", "strike",
                                                                          "sit-in", "boycott", "march", "campaign"}))
        for (int c : a.children[o])
          if (a.rel(c) == "nmod:poss"sv && In(a.lower[c], {"their", "its", "his", "her", "our"})) code = "082";
    // "Prosecuting attorney Carol Lam", "the defending champion", "the ruling party", "a
    // dissenting opinion": a participle that names an office, a standing or an opinion is
    // no act. (Also when the parser hangs it elsewhere: "Prosecuting attorney Carol Lam
    // said", "One dissenting opinion came from".)
    auto described = [&](int k) {
      return k >= 0 && In(a.tok(k).lemma, {"attorney", "lawyer", "counsel", "officer", "judge", "magistrate",
                                          "champion", "party", "coalition", "team", "side", "authority", "body",
                                          "council", "committee", "minister", "general", "commander", "opinion",
                                          "view", "judgment", "judgement", "voice", "viewpoint", "vote"});
    };
    if (!noun && a.tok(v).xpos == "VBG"sv &&
        ((a.rel(v) == "amod"sv && a.head(v) >= 0 && (IsPeopleNoun(a.tok(a.head(v))) || described(a.head(v)))) ||
         (a.rel(v) == "acl"sv && described(a.Child(v, {"obj"}))) ||
         (v + 1 < a.size() && described(v + 1) && a.head(v + 1) != v))) {
      if (explain) *explain << "    (a participle naming an office or an opinion: no act)\n";
      continue;
    }
    // "Cargill's oilseed crushing plant", "a tank-cleaning facility": a participle right
    // before a noun of a works or a trade, read as its verb, names the kind of works.
    if (!noun && a.tok(v).xpos == "VBG"sv && v > 0 && IsNominal(a.tok(v - 1)) && v + 1 < a.size() &&
        a.head(v + 1) == v && a.rel(v + 1) == "obj"sv &&
        In(a.tok(v + 1).lemma, {"plant", "mill", "facility", "factory", "works", "unit", "station", "machine",
                                "equipment", "capacity", "operation", "line", "site", "complex", "business",
                                "industry", "sector", "company", "firm", "centre", "center", "yard", "terminal"})) {
      if (explain) *explain << "    (a participle naming a kind of works: no act)\n";
      continue;
    }
    // (Coordinated sides of different codes: "Iran and Israel fought".)
    bool distinct_sources = false;
    for (const Actor& x : sources) distinct_sources = distinct_sources || x.code != sources.front().code;
    // Targets: the pattern's, else the verb's object, else a prepositional actor.
    std::vector<Actor> targets = receivers;
    for (int tt : best.target_tokens)
      for (const Actor& x : ActorsAt(a, tt)) targets.push_back(x);
    // (Whom a claim blames is the subject of what is claimed, below, before the complement of
    // its harm: "said Russia was responsible for the attack on the hospital" blames Russia.)
    bool blames_subject = false;
    if (!noun && code.rfind("11", 0) == 0)
      for (int c : a.children[v])
        if (a.rel(c) == "ccomp"sv)
          if (const int s = a.Child(c, {"nsubj", "nsubj:pass"}); s >= 0 && !ActorsAt(a, s).empty()) blames_subject = true;
    auto is_source = [&](const Actor& x) {
      for (const Actor& s : sources)
        if (s.code == x.code && s.name == x.name) return true;
      return false;
    };
    // The actors at t, less the sources, are targets.
    auto add_others_at = [&](int t) {
      for (const Actor& x : ActorsAt(a, t))
        if (!is_source(x)) targets.push_back(x);
    };
    // A medium is where something is said, not whom it is aimed at: "made allegations on
    // television", "attacked him on Twitter", "spoke on the radio".
    auto medium = [&](int c) { return a.CaseOf(c) == "on"sv && IsMediumNoun(a.tok(c).lemma); };
    // (Nor the side one is on: "fought on the Afghan side" fought for Afghanistan.)
    auto on_side = [&](int c) { return a.CaseOf(c) == "on"sv && a.tok(c).lemma == "side"sv; };
    // "issued an ultimatum to Washington after weeks of talks with a US envoy": the directed
    // phrase of the pattern's own noun names whom the act is aimed at, before any phrase the
    // parser hung on the verb.
    if (targets.empty() && !noun)
      for (int w : best.words) {
        if (w == v || a.tok(w).upos != "NOUN"sv || a.head(w) != v || a.rel(w) != "obj"sv) continue;
        for (int c : a.children[w]) {
          // ("demanded an explanation from the prime minister": whom a demand is made of.)
          const bool of_whom = a.CaseOf(c) == "from"sv && In(code.substr(0, 2), {"02", "10"});
          if (a.rel(c).rfind("nmod", 0) != 0 || !(In(a.CaseOf(c), {"to", "against", "on", "toward", "towards"}) || of_whom) ||
              medium(c))
            continue;
          for (const Actor& x : ActorsAt(a, c))
            if (!is_source(x)) targets.push_back(x);
        }
      }
    if (targets.empty()) {
      std::vector<int> cands;
      int passive_subjects = 0;  // (two are a broken parse)
      for (int c : a.children[v]) passive_subjects += a.rel(c) == "nsubj:pass"sv;
      // ("10 Russian soldiers killed in Ukraine": a passive participle's noun is its patient.)
      if (!noun && a.rel(v) == "acl"sv && In(a.tok(v).xpos, {"VBN", "VBD"}) && a.Child(v, {"obj"}) < 0 &&
          a.head(v) >= 0 && a.head(v) != subject)
        cands.push_back(a.head(v));
      // ("ordered nine politicians jailed": the politicians are jailed.)
      if (!noun && IsPassiveSmallClause(a, v)) {
        int patient = a.Child(v, {"nsubj"});
        if (patient < 0) patient = a.Child(a.head(v), {"obj"});
        if (patient >= 0) cands.push_back(patient);
      }
      // (A pledge only of support: "promised to set up a committee for Syria in January",
      // "offered to free him in exchange for detainees" are other "for"s.)
      const int pledged = code.rfind("03", 0) == 0 ? a.Child(v, {"obj"}) : -1;
      const bool pledged_support =
          pledged >= 0 && In(a.tok(pledged).lemma, {"support", "backing", "solidarity", "help", "assistance", "aid"});
      for (int c : a.children[v]) {
        if (c == subject) continue;
        if (medium(c)) continue;
        if (on_side(c)) continue;
        // ("supplied valuable intelligence to interrogators": intelligence given, shared or
        // gathered is information, not the spies.)
        if (a.rel(c) == "obj"sv && a.tok(c).lemma == "intelligence"sv && a.unit_of[c] >= 0 &&
            a.units[a.unit_of[c]].end - a.units[a.unit_of[c]].begin <= 2 && !noun)
          continue;
        // (In a passive whose source is its agent, the passive subject is the patient.)
        if (In(a.rel(c), {"obj", "iobj"}) || (!noun && a.rel(c) == "nsubj:pass"sv && passive_subjects == 1) ||
            // (Aid goes "to" or "for" someone: "loans at New York banks" are not theirs.)
            (noun && a.rel(c).rfind("nmod", 0) == 0 && code.rfind("07", 0) != 0 &&
                                              In(a.CaseOf(c), {"on", "against", "at", "to", "toward", "towards", "with", "over", "of", "into"})) ||
            (noun && a.rel(c).rfind("nmod", 0) == 0 && code.rfind("07", 0) == 0 &&
             In(a.CaseOf(c), {"to", "for", "toward", "towards"})) ||
            (!noun && a.rel(c).rfind("obl", 0) == 0 &&
             In(a.CaseOf(c), {"with", "against", "on", "to", "at", "toward", "towards", "into", "over"})) ||
            // "expressed appreciation for China's assistance", "called for Russia's
            // withdrawal", "pledged his support for an Italian-Polish initiative": whom a
            // statement, appeal, pledge of support, praise or aid is for.
            (!noun && a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "for"sv &&
             (In(code.substr(0, 2), {"01", "02", "05", "07"}) || pledged_support)) ||
            // "demanded an apology from the prime minister": whom a demand is made of.
            (a.rel(c).rfind(noun ? "nmod" : "obl", 0) == 0 && a.CaseOf(c) == "from"sv &&
             In(code.substr(0, 2), {"02", "10"})))
          cands.push_back(c);
      }
      // Statements, praise, demands, criticism and rejections judge a deed (01, 051, 10, 11, 12).
      const bool judges = !noun && (In(code.substr(0, 2), {"01", "10", "11", "12"}) || code.rfind("051", 0) == 0);
      // "condemned the threats made by the Iranian government", "criticised the decision
      // taken by Budapest": the author of the deed judged is whom the judgement is aimed at.
      if (judges)
        for (int o : a.children[v]) {
          if (a.rel(o) != "obj"sv) continue;
          // (Coordinated deeds too, the parser may hang them on an "of" phrase: "the act of
          // aggression and the threats made by ...".)
          std::vector<int> deeds{o};
          for (int g : a.children[o]) {
            if (a.rel(g) == "conj"sv) deeds.push_back(g);
            if (a.rel(g) == "nmod"sv)
              for (int h : a.children[g])
                if (a.rel(h) == "conj"sv) deeds.push_back(h);
          }
          for (int d : deeds)
            for (int g : a.children[d])
              if (a.rel(g) == "acl"sv && a.tok(g).xpos == "VBN"sv)
                if (const int by = a.Child(g, {"obl:agent"}); by >= 0) cands.push_back(by);
        }
      // "condemned Washington's arms sales to Taiwan", "opposed Israel's strikes on Gaza": the
      // one whose deed is judged or demanded is the target; a phrase the parser hung on the
      // verb belongs to the deed.
      // (Not the source's own country: "expressed Scotland's sympathy for the victims".)
      // (A group that owns the deed by a possessive stands for it: "supported the Kurds'
      // fight against Isis" is aimed at the Kurds, not at Isis. Not "the company's": a firm
      // that owns a thing is mostly the story's own firm.)
      if (judges)
        for (int& c : cands) {
          if (a.rel(c) != "obj"sv) continue;
          for (int g : a.children[c])
            if (a.rel(g) == "nmod:poss"sv && g < c && a.Child(g, {"case"}) >= 0 && a.unit_of[g] >= 0 &&
                a.units[a.unit_of[g]].agent_only && a.units[a.unit_of[g]].actor.role != "BUS"sv) {
              c = g;
              break;
            }
        }
      if (judges) {
        bool deed_owner = false;
        for (int c : cands) {
          if (a.rel(c) != "obj"sv && a.rel(c) != "nmod:poss"sv) continue;
          for (const Actor& x : ActorsAt(a, c)) {
            bool own = false;
            for (const Actor& s : sources) own = own || (!x.country.empty() && s.country == x.country);
            deed_owner = deed_owner || !own;
          }
        }
        if (deed_owner)
          cands.erase(std::remove_if(cands.begin(), cands.end(),
                                     [&](int c) { return a.head(c) == v && a.rel(c).rfind("obl", 0) == 0; }),
                      cands.end());
      }
      // "imposed sanctions in relation to Iraq", "took measures with regard to Iran": whom a
      // complex preposition names is whom the act concerns.
      // (On the verb, or on its object: "sanctions in relation to Iraq".)
      if (!noun) {
        auto concerning = [&](int head) {
          for (int c : a.children[head])
            if ((a.rel(c).rfind("obl", 0) == 0 || a.rel(c).rfind("nmod", 0) == 0) &&
                In(a.tok(c).lemma, {"relation", "regard", "respect"}) && In(a.CaseOf(c), {"in", "with"}))
              for (int g : a.children[c])
                if (a.rel(g).rfind("nmod", 0) == 0 && In(a.CaseOf(g), {"to", "of"})) cands.push_back(g);
        };
        concerning(v);
        if (const int object = a.Child(v, {"obj"}); object >= 0) concerning(object);
      }
      // "Syrian forces continued their attacks on Aleppo": the parser may hang the event
      // noun's directed phrase on the light verb whose object it is.
      // (Hostile acts only: a speech "at the party conference" or "on Europe" is given there
      // or about it.)
      if (noun && a.rel(v) == "obj"sv && a.head(v) >= 0 && IsLightVerb(a.tok(a.head(v)).lemma) &&
          In(code.substr(0, 2), {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}))
        for (int c : a.children[a.head(v)])
          if (c > v && a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"on", "against", "into", "toward", "towards"}))
            cands.push_back(c);
      // "Syrian air strikes hit the enclave of Eastern Ghouta": what an attack noun's verb of
      // striking strikes is the attack's target.
      // (Whom it kills or wounds only when the attack names no target of its own: "a Taliban
      // attack on a government compound killed 20 troops" is aimed at the compound.)
      if (noun && a.rel(v) == "nsubj"sv && a.head(v) >= 0 &&
          In(a.tok(a.head(v)).lemma, {"hit", "pound", "pummel", "batter", "strike", "target", "destroy", "damage", "rock"}))
        if (const int o = a.Child(a.head(v), {"obj"}); o >= 0) cands.push_back(o);
      if (noun && a.rel(v) == "nsubj"sv && a.head(v) >= 0 &&
          In(a.tok(a.head(v)).lemma, {"kill", "wound", "injure", "flatten", "level"}) &&
          cands.empty())
        if (const int o = a.Child(a.head(v), {"obj"}); o >= 0) cands.push_back(o);
      // "In his call with Lula, Macron pledged ...": an actor in a phrase of the clause.
      // The phrase may open the sentence and hang on its reporting verb ("In a call with
      // Erdogan, Iranian officials said Iran had expressed ...").
      bool cands_have_actor = false;
      for (int c : cands) cands_have_actor = cands_have_actor || !ActorsAt(a, c).empty();
      if (!cands_have_actor && !noun) {
        std::vector<int> clauses{v};
        if (a.rel(v) == "ccomp"sv && a.head(v) >= 0 && IsSpeechVerb(a.tok(a.head(v)).lemma))
          clauses.push_back(a.head(v));
        for (int cl : clauses)
          for (int c : a.children[cl])
            if (a.rel(c).rfind("obl", 0) == 0 && !a.HasCase(c, "by") && (cl == v || c < cl))
              for (int g : a.children[c])
                if (a.rel(g).rfind("nmod", 0) == 0 && In(a.CaseOf(g), {"with", "to", "against"}))
                  cands.push_back(g);
      }
      // "withdrew peacekeepers from the Golan", "mobilized troops against Iraq", "sent troops
      // to Syria": forces of no other country that the source moves are its means, not
      // whom the act is aimed at.
      // (Not forces expelled: "Sudan expelled the peacekeepers".)
      // (The act's code, not the intent's: "agreed to deploy troops in Mali".)
      const std::string& act = best.pattern->code;
      const bool moves_forces = (In(code.substr(0, 2), {"15", "16"}) || code.rfind("07", 0) == 0 ||
                                 code.rfind("087", 0) == 0 || code.rfind("138", 0) == 0 ||
                                 In(act.substr(0, 2), {"15", "16"}) || act.rfind("07", 0) == 0 || act.rfind("087", 0) == 0 ||
                                 In(act, {"0312", "0332", "0334", "0356"})) &&
                                !In(a.tok(v).lemma, {"expel", "oust", "eject", "kick", "banish", "evict"});
      auto own_forces = [&](const Actor& x) {
        // (Peacekeepers of no body, or of the source's own: "the UN withdrew its peacekeepers";
        // not "air support to an African Union peacekeeping force" sent by the US.)
        bool pko = x.code.size() >= 3 && x.code.compare(x.code.size() - 3, 3, "PKO") == 0;
        if (pko && x.code != "IGOPKO"sv) {
          bool own_body = false;
          for (const Actor& s : sources) own_body = own_body || (!s.code.empty() && x.code.rfind(s.code, 0) == 0);
          if (!own_body) return false;
        }
        if (!moves_forces || !(x.role == "MIL"sv || pko)) return false;
        if (x.country.empty()) return true;
        for (const Actor& s : sources)
          if (s.country == x.country) return true;
        return false;
      };
      auto add_targets = [&](int c) {
        for (const Actor& x : ActorsAt(a, c)) {
          bool same = false;
          for (const Actor& s : sources) same = same || (s.code == x.code && s.name == x.name);
          if (!same && !own_forces(x)) targets.push_back(x);
        }
      };
      for (int c : cands) add_targets(c);
      // "Israel said a mortar bomb was fired at it": an object pronoun inside what a speaker
      // said is the speaker ("it" a state or body, "him"/"her" a person).
      if (targets.empty())
        for (int c : cands) {
          std::string p = Lower(a.tok(c).text);
          // ("them" is left alone: "chasing foxes then shooting them".)
          // (So is a passive's subject: "Howard said he was being attacked", "I am being
          // attacked" in his quoted words.)
          const bool patient_subject = a.rel(c) == "nsubj:pass"sv && In(p, {"he", "she", "i"});
          if (a.tok(c).upos != "PRON"sv || !(In(p, {"it", "him", "her"}) || patient_subject)) continue;
          int said = ReportingVerbOver(a, c, /*through_any=*/true);
          int speaker = said >= 0 ? a.Child(said, {"nsubj"}) : -1;
          if (speaker < 0) continue;
          std::vector<Actor> who = ActorsAt(a, speaker);
          bool person = !who.empty() && (a.unit_of[speaker] >= 0 && a.units[a.unit_of[speaker]].person);
          if (who.size() == 1 && ((p == "it"sv && !person) || (p != "it"sv && person)))
            add_targets(speaker);
        }
      // "launched a mediation effort to resolve the rift between Qatar and other Gulf states",
      // "... to help the government and the rebels reach a deal": whom a mediator mediates
      // between are the sides its act names, between or as the objects in its purpose.
      if (targets.empty() && code.rfind("045", 0) == 0) {
        const int act = noun && a.head(v) >= 0 ? a.head(v) : v;
        std::vector<int> sides;
        for (int t = 0; t < n; ++t) {
          if (t == v || !a.IsDescendant(t, act)) continue;
          const int h = a.head(t);
          const bool between = a.CaseOf(t) == "between"sv;
          const bool purpose_object = a.rel(t) == "obj"sv && h != act && h != v && a.tok(h).upos == "VERB"sv;
          const bool side_of = a.rel(t) == "conj"sv && std::find(sides.begin(), sides.end(), h) != sides.end();
          if (between || purpose_object || side_of) sides.push_back(t);
        }
        for (int t : sides) add_targets(t);
      }
      // "filed a lawsuit against Mohammed bin Salman, accusing him of ...": "him" or "her" is
      // the one person this sentence named before it who is not the act's own source (the
      // pronoun cannot be its own clause's subject).
      std::vector<int> pronoun_cands = best.target_tokens;  // (the pattern's: "accusing him of")
      pronoun_cands.insert(pronoun_cands.end(), cands.begin(), cands.end());
      if (targets.empty())
        for (int c : pronoun_cands) {
          std::string p = Lower(a.tok(c).text);
          if (a.tok(c).upos != "PRON"sv || !In(p, {"him", "her"}) || !targets.empty()) continue;
          std::vector<Actor> named;
          // (A role with a name no dictionary knows names a person too: "the dissident Ahmed
          // Salah ... pardoned him".)
          auto titled_name = [&](const Unit& un) {
            // (Not one owned by another, "his lawyer Louise Christian ... kidnapping him".)
            for (int g : a.children[un.begin])
              if (a.rel(g) == "nmod:poss"sv && a.tok(g).upos == "PRON"sv) return false;
            const std::string& first = a.tok(un.begin).text;
            return un.end - un.begin >= 2 && a.tok(un.begin).upos == "NOUN"sv && !first.empty() &&
                   first[0] >= 'a' && first[0] <= 'z' && a.tok(un.end - 1).upos == "PROPN"sv;
          };
          for (const Unit& un : a.units) {
            if (!(un.person || titled_name(un)) || un.begin >= static_cast<uint32_t>(c) ||
                (un.actor.empty() && un.actor.name.empty()))
              continue;
            bool seen = false;
            for (const Actor& y : named) seen = seen || (y.code == un.actor.code && y.name == un.actor.name);
            if (!is_source(un.actor) && !seen) named.push_back(un.actor);
          }
          // (Not the last person of an earlier sentence: "Liam Fox said the comments were at
          // odds with Tony Blair's prediction. But Mr Clarke accused him ..." is Fox.)
          if (named.size() == 1 && !own_forces(named.front())) targets.push_back(named.front());
        }
      // "lift the sanctions on Iran", "ordered an investigation against Iran": an object
      // that is no actor (or the source's own forces: "mobilized troops against Iraq")
      // passes on the actor of its own directed phrase.
      auto only_own_forces = [&](int c) {
        auto xs = ActorsAt(a, c);
        if (xs.empty()) return false;
        for (const Actor& x : xs)
          if (!own_forces(x)) return false;
        return true;
      };
      if (targets.empty() && !noun)
        for (int c : a.children[v]) {
          if (a.rel(c) != "obj"sv || (a.unit_of[c] >= 0 && !only_own_forces(c))) continue;
          for (int g : a.children[c])
            if (a.rel(g).rfind("nmod", 0) == 0 &&
                In(a.CaseOf(g), {"on", "against", "with", "to", "toward", "towards", "into", "at"}))
              add_targets(g);
        }
      // "agreed to open the border to Somali refugees": the directed phrase of a word the
      // pattern named.
      if (targets.empty() && !noun && !blames_subject)
        for (int w : best.words) {
          if (a.unit_of[w] >= 0) continue;
          for (int g : a.children[w])
            if (((a.rel(g).rfind("nmod", 0) == 0 || a.rel(g).rfind("obl", 0) == 0) &&
                 In(a.CaseOf(g), {"on", "against", "with", "to", "toward", "towards", "into", "at", "for"})) ||
                // ("declined to meet Ukrainian officials": the object of a verb the pattern named)
                (a.rel(g) == "obj"sv && a.tok(w).upos == "VERB"sv) ||
                // ("demanded an apology from the prime minister")
                (a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == "from"sv && In(code.substr(0, 2), {"02", "10"})))
              add_targets(g);
        }
      // "agreed to provide Sri Lanka with technology", "pledged to give Vietnam two boats":
      // whom an intended act is for is that act's recipient or object.
      // (Verbs whose object or "to"/"with" phrase is a party, not a thing made or done:
      // not "agreed to create a network", "offered to send a company of soldiers". Sides
      // that agree together are each other's targets, below.)
      // So is a refused act's: "refused to allow two EU airlines to land", "declined to
      // receive the envoy".
      if (targets.empty() && !noun && (code.rfind("03", 0) == 0 || code.rfind("12", 0) == 0) && !distinct_sources)
        for (int c : a.children[v]) {
          if (a.rel(c) != "xcomp"sv ||
              !In(a.tok(c).lemma, {"help", "assist", "support", "aid", "provide", "supply", "give", "grant", "offer",
                                   "allow", "permit", "let", "admit", "invite", "meet", "visit", "receive", "host", "join", "back",
                                   "fund", "finance", "train", "equip", "arm", "protect", "defend", "recognize",
                                   "recognise", "release", "free", "pardon", "reassure", "instruct", "cooperate",
                                   "work", "merge", "talk", "negotiate", "sell", "lend", "compensate"}))
            continue;
          const bool recipient = a.Child(c, {"iobj"}) >= 0;  // (then the object is what is given)
          for (int g : a.children[c])
            // (Whom or what one lets in is a party however named: "allow an Ethiopian plane to land".)
            if (a.rel(g) == "iobj"sv ||
                (a.rel(g) == "obj"sv && !recipient &&
                 (a.unit_of[g] >= 0 || In(a.tok(c).lemma, {"allow", "permit", "let", "admit"}))) ||
                (a.rel(g).rfind("obl", 0) == 0 && In(a.CaseOf(g), {"to", "with"})))
              add_targets(g);
        }
      // "mobilized the army for a ground assault against Gaza", "went on hunger strike to
      // protest against the authorities": a hostile act's "against" phrase a few levels
      // down, in its purpose or its object's, names whom it is aimed at.
      if (targets.empty() && In(code.substr(0, 2), {"13", "14", "15", "17", "18", "19"})) {
        std::vector<int> level{v};
        for (int depth = 0; depth < 3 && targets.empty(); ++depth) {
          std::vector<int> next;
          for (int x : level)
            for (int c : a.children[x]) {
              if (c == subject || In(a.rel(c), {"nsubj", "nsubj:pass", "punct", "conj", "parataxis", "acl:relcl"}))
                continue;
              if (depth > 0 && IsNominal(a.tok(c)) && a.CaseOf(c) == "against"sv) add_targets(c);
              next.push_back(c);
            }
          level = std::move(next);
        }
      }
    }
    // "said ministers had agreed it was likely the Syrian government was responsible": whom an
    // accusation's word says something of ("responsible", "behind") is that word's subject,
    // not the subject of the first clause on the way.
    if (targets.empty() && !noun && In(code.substr(0, 2), {"11", "12"}))
      for (int w : best.words) {
        if (w == v || !targets.empty()) continue;
        // (An adjective's subject, or that of the phrase a preposition opens: "was behind this".)
        const int predicate = a.tok(w).upos == "ADJ"sv                                   ? w
                              : (a.tok(w).upos == "ADP"sv && a.rel(w) == "case"sv) ? a.head(w)
                                                                                    : -1;
        if (const int s = predicate >= 0 ? a.Child(predicate, {"nsubj", "nsubj:pass"}) : -1; s >= 0) add_others_at(s);
      }
    // "Israel alleged that Iran had supplied the missiles": who an allegation is about is
    // the subject of what is alleged.
    // So is whom a demand or an appeal is for: "demanded that Pashinyan resign".
    // (And whom a demand asks comes before what it asks for: "demanded that Iran release the
    // sailors" is made of Iran; so of a noun's clause, "its demand that the US ease sanctions".)
    if (In(code.substr(0, 2), {"11", "10", "02"})) {
      const bool asks = In(code.substr(0, 2), {"10", "02"});
      // (The clause of the pattern's own noun too: "reiterated its demand that ...".)
      std::vector<int> clauses;
      for (int c : a.children[v]) clauses.push_back(c);
      if (!noun)
        for (int w : best.words)
          if (w != v && a.head(w) == v && IsNominal(a.tok(w)))
            for (int c : a.children[w]) clauses.push_back(c);
      for (int c : clauses) {
        // (A noun's clause of "that": the parser may read it as a relative clause when
        // its verb is bare, "its demand that Tokyo withdraw the curbs".)
        const bool clause =
            IsNominal(a.tok(a.head(c)))
                ? (a.rel(c) == "acl"sv || (a.rel(c) == "acl:relcl"sv && a.tok(c).xpos == "VB"sv)) &&
                      a.Child(c, {"mark"}) >= 0 && a.lower[a.Child(c, {"mark"})] == "that"sv
                : a.rel(c) == "ccomp"sv;
        const int s = clause ? a.Child(c, {"nsubj", "nsubj:pass"}) : -1;
        // (Over another target only for a bare verb, what is asked: not "urged that the bank
        // should be involved in talks with the IMF".)
        const bool asked = asks && a.tok(c).xpos == "VB"sv && a.Child(c, {"aux", "aux:pass"}) < 0;
        if (s < 0) continue;
        if (targets.empty() || (asked && !ActorsAt(a, s).empty())) {
          targets.clear();
          add_others_at(s);
        }
        break;  // (the first clause: "must be brought before courts to reveal ...")
      }
    }
    // "Three soldiers died in a Russian drone attack": the victims of a harm verb are the
    // target of the attack it happened in.
    if (targets.empty() && noun && a.rel(v).rfind("obl", 0) == 0 && a.head(v) >= 0 &&
        IsHarmVerb(a.tok(a.head(v)).lemma)) {
      if (const int victims = a.Child(a.head(v), {"nsubj", "nsubj:pass"}); victims >= 0) add_others_at(victims);
    }
    // A participle or coordinated clause shares the target of the event it depends on
    // ("spoke by phone with the presidents of Chile and Peru, offering help").
    if (targets.empty() && !noun && In(a.rel(v), {"advcl", "xcomp", "conj"}) && a.head(v) >= 0) {
      auto it = targets_at.find(a.head(v));
      if (it != targets_at.end()) targets = it->second;
    }
    // Force shown or used in another country with no one named as its target is aimed at
    // that country ("Russia is conducting military exercises in Alaska": USA; "shelled
    // positions near Donetsk": UKR).
    // A state's coercion in a place is aimed at it at home too ("imposed a curfew on
    // Basra", "declared a state of siege in Pando"); aid to a place abroad is for its
    // country ("funding to fight Ebola in West Africa").
    // So is an alert, a mobilisation or a ceasefire declared at home ("Philippine troops
    // remained on alert in Manila", "the government declared a ceasefire in Libya").
    // (Not an arrest or an expulsion: "was arrested in Barstow, California" is aimed at a
    // person, not at the place.)
    const bool coercion_at_home = (code.rfind("17", 0) == 0 && !In(code.substr(0, 3), {"173", "174"})) ||
                                  code.rfind("15", 0) == 0 || code.rfind("0871", 0) == 0;
    // Forces withdrawn from a place abroad leave its country ("withdrew peacekeepers from
    // Rwanda", "pulled its troops out of Lebanon").
    const bool withdrawal = code.rfind("166", 0) == 0 || code.rfind("087", 0) == 0;
    // A visit or a summit abroad is to its host country ("attend a summit in Switzerland");
    // so is what one intends or agrees to do abroad ("agreed to deploy troops in
    // Afghanistan"), but for a meeting two sides will hold with each other ("Modi and Xi will
    // meet in Kazan": India and China).
    // So is what two sides agree to do together ("Turkey and Russia agreed to set up a joint
    // monitoring centre in Idlib": each with the other).
    bool together = false;
    if (code.rfind("03", 0) == 0)
      for (int k = v + 1; k < a.size() && !together; ++k)
        together = In(a.lower[k], {"joint", "jointly", "together", "bilateral", "mutual"}) && a.IsDescendant(k, v);
    bool mutual_meeting = false;
    if (best.pattern->code.rfind("04", 0) == 0 || together)
      for (const Actor& x : sources) mutual_meeting = mutual_meeting || x.code != sources.front().code;
    if (targets.empty() && (In(code.substr(0, 2), {"15", "17", "18", "19", "20", "07"}) || In(best.pattern->code, {"042", "044"}) || withdrawal ||
                            code.rfind("0871", 0) == 0 ||
                            (code.rfind("03", 0) == 0 && !mutual_meeting))) {
      // (An international body is abroad wherever it acts.)
      auto abroad = [&](const Analysis::PlaceSpan& place) {
        bool foreign = !sources.empty();
        for (const Actor& src : sources)
          foreign = foreign && ((!src.country.empty() && src.country != place.country) ||
                                (src.country.empty() && src.code.rfind("IGO", 0) == 0));
        return foreign;
      };
      std::vector<int> heads{v};
      if (noun && a.head(v) >= 0) heads.push_back(a.head(v));
      for (int c : a.children[v])
        if (In(a.rel(c), {"obj", "nsubj:pass"})) heads.push_back(c);
      // (The pattern's own words: "remained on alert in Manila".)
      for (int w : best.words)
        if (std::find(heads.begin(), heads.end(), w) == heads.end()) heads.push_back(w);
      // (What one agrees or intends to do: "agreed to deploy troops in Afghanistan".)
      if (code.rfind("03", 0) == 0)
        for (int c : a.children[v])
          if (a.rel(c) == "xcomp"sv) {
            heads.push_back(c);
            for (int g : a.children[c])
              if (a.rel(g) == "obj"sv) heads.push_back(g);
          }
      for (int hd : heads) {
        for (int c : a.children[hd]) {
          if (!(a.rel(c).rfind("obl", 0) == 0 || a.rel(c).rfind("nmod", 0) == 0) ||
              !(In(a.CaseOf(c), {"in", "into", "near", "across", "inside", "outside", "at", "on", "around"}) ||
                (withdrawal && a.CaseOf(c) == "from"sv)))
            continue;
          const auto* place = a.PlaceAt(c);
          Analysis::PlaceSpan known;
          auto known_country = [&](int k) {
            for (const Actor& x : ActorsAt(a, k))
              if (!place && !x.code.empty() && x.code == x.country && x.role.empty()) {
                known.country = x.country;
                known.name = x.name;
                place = &known;
              }
          };
          // ("imposed a curfew in parts of Kashmir": the place a part of which is named;
          // "massed troops near its border with Ukraine": the country across it.)
          if (!place && IsAreaNoun(a.tok(c).lemma))
            for (int g : a.children[c]) {
              if (place || a.rel(g).rfind("nmod", 0) != 0) continue;
              if (a.CaseOf(g) == "of"sv) place = a.PlaceAt(g);
              if (!place && a.CaseOf(g) == "with"sv && In(a.tok(c).lemma, {"border", "frontier", "boundary"})) {
                place = a.PlaceAt(g);
                if (!place) known_country(g);
              }
            }
          // (A place the dictionary knows as its country's and the gazetteer does not: "in
          // parts of North West Frontier Province".)
          if (!place && a.unit_of[c] < 0 && In(a.CaseOf(c), {"in", "near", "across", "inside", "outside", "around"}))
            known_country(c);
          if (!place) continue;
          if (!abroad(*place) && !coercion_at_home) continue;
          targets.push_back(PlaceActor(*place));
          break;
        }
        if (!targets.empty()) break;
      }
      // Aid goes where its purpose or its object is placed, deeper down: "gave 120 million
      // euros to support schools in Mali", "assistance to help families in Chad",
      // "funding to fight the epidemic in Guinea". (Breadth first, three steps at most,
      // through objects, prepositional attachments and infinitival purpose clauses; not into
      // clauses of their own, whose places are their own acts'; conjuncts share the place.)
      const bool aid = code.rfind("07", 0) == 0 || code.rfind("033", 0) == 0;
      if (targets.empty() && aid) {
        std::vector<int> frontier{v};
        for (int depth = 0; depth < 4 && targets.empty() && !frontier.empty(); ++depth) {
          std::vector<int> next;
          for (int hd : frontier) {
            for (int c : a.children[hd]) {
              const std::string& rel = a.rel(c);
              const bool prep = rel.rfind("obl", 0) == 0 || rel.rfind("nmod", 0) == 0;
              bool infinitive = false;
              if (In(rel, {"advcl", "xcomp", "acl"}))
                for (int g : a.children[c]) infinitive = infinitive || (a.rel(g) == "mark"sv && a.lower[g] == "to"sv);
              if (prep && targets.empty() && In(a.CaseOf(c), {"in", "to", "for", "across", "inside"}))
                if (const auto* place = a.PlaceAt(c); place && abroad(*place)) targets.push_back(PlaceActor(*place));
              // ("donated ventilators to assist Ethiopia": whom the purpose helps, when of a
              // country; "to help people in Somalia", "to support rural schools in Mali" help
              // where they are, found deeper.)
              if (infinitive && targets.empty() &&
                  In(a.tok(c).lemma, {"help", "assist", "support", "aid", "rebuild", "bolster", "strengthen", "feed"}))
                if (const int helped = a.Child(c, {"obj"}); helped >= 0 && !IsPeopleNoun(a.tok(helped)))
                  for (const Actor& x : ActorsAt(a, helped))
                    if (!is_source(x) && !x.country.empty()) targets.push_back(x);
              if (prep || infinitive || In(rel, {"obj", "xcomp", "conj"})) next.push_back(c);
            }
          }
          frontier = std::move(next);
        }
      }
    }
    // "returned a sculpture of the head of Emperor Marcus Aurelius to Algeria's ambassador":
    // what is handed over goes to whom the "to" phrase after it names, wherever the parser
    // hung that phrase inside the object; a name inside the object is what it is made of.
    if (!noun && (code.rfind("07", 0) == 0 || code.rfind("084", 0) == 0 || code.rfind("06", 0) == 0) &&
        In(a.tok(v).lemma, {"return", "hand", "give", "send", "deliver", "transfer", "donate", "repatriate", "supply",
                            "ship", "sell", "provide", "gift", "lend", "pay", "share", "pass"}))
      if (const int object = a.Child(v, {"obj"}); object >= 0) {
        bool recipient_named = false;
        for (const Actor& x : targets)
          for (int c : a.children[v])
            if (In(a.CaseOf(c), {"to", "for"}) || a.rel(c) == "iobj"sv)
              for (const Actor& y : ActorsAt(a, c)) recipient_named = recipient_named || (y.code == x.code && y.name == x.name);
        for (int t = object + 1; t < n && !recipient_named; ++t) {
          if (!a.IsDescendant(t, object) || a.CaseOf(t) != "to"sv || a.head(t) == object) continue;
          std::vector<Actor> to = ActorsAt(a, t);
          if (to.empty()) continue;
          if (explain) *explain << "    (handed to '" << a.tok(t).text << "', hung inside the object)\n";
          targets = std::move(to);
          break;
        }
      }
    // Information given, provided or passed to no one named is testimony or publicity, not
    // intelligence shared ("came to give evidence", "the bank gave no details", "tricked
    // into handing over their details"); sharing it is sharing all the same.
    if (!noun && code == "064"sv && targets.empty() && a.tok(v).lemma != "share"sv &&
        std::none_of(best.words.begin(), best.words.end(), [&](int w) { return a.tok(w).lemma == "intelligence"sv; })) {
      if (explain) *explain << "    (information given to no one named: not coded)\n";
      continue;
    }
    // A statement addressed to no one ("Washington said such a step ...") is no event
    // between actors: what was said is coded, with its claimant, where it is an event.
    // A statement's target is whom it is addressed to: "told reporters", "said to X", "in a
    // statement to MPs", "speaking to the committee" (not whoever the words are about:
    // "said more people went to university", "insisted the EU's code meant ...").
    if (!noun && code == "010"sv && !targets.empty()) {
      std::vector<int> addressed;
      auto to_phrase = [&](int x) {
        for (int c : a.children[x])
          if ((a.rel(c).rfind("obl", 0) == 0 || a.rel(c).rfind("nmod", 0) == 0) && a.CaseOf(c) == "to"sv)
            addressed.push_back(c);
      };
      // (The pattern's own target when on the verb: "said to Merz", not "said missionaries
      // had come to Africa".)
      for (int tt : best.target_tokens)
        if (a.head(tt) == v) addressed.push_back(tt);
      // (Only verbs of telling take whom they tell as object: "told reporters"; what one
      // insists, confirms or argues is the content: "insisted the EU's code meant ...".)
      const bool telling = In(a.tok(v).lemma, {"tell", "inform", "brief", "address", "assure", "remind", "notify",
                                               "update", "advise", "warn", "reassure", "lobby"});
      for (int c : a.children[v]) {
        if (a.rel(c) == "iobj"sv || (telling && a.rel(c) == "obj"sv)) addressed.push_back(c);
        if (a.rel(c) == "obj"sv) to_phrase(c);  // ("gave interviews to the BBC", "delivered a speech to ...")
        // ("Speaking to the BBC, ... said", "In a statement to MPs, ... said")
        if ((In(a.rel(c), {"advcl", "xcomp"}) &&
             In(a.tok(c).lemma, {"speak", "talk", "write", "say", "present", "unveil", "deliver", "announce", "submit"})) ||
            (a.rel(c).rfind("obl", 0) == 0 && In(a.tok(c).lemma, {"statement", "letter", "speech", "interview",
                                                                     "address", "message", "briefing", "remark"}))) {
          to_phrase(c);
          for (int g : a.children[c])  // ("Presenting the budget to parliament, ... said")
            if (a.rel(g) == "obj"sv) to_phrase(g);
        }
      }
      to_phrase(v);
      std::vector<Actor> kept;
      for (const Actor& x : targets) {
        bool ok = false;
        for (int t : addressed)
          for (const Actor& y : ActorsAt(a, t)) ok = ok || (y.code == x.code && y.name == x.name);
        if (ok) kept.push_back(x);
      }
      targets = std::move(kept);
    }
    if (targets.empty() && code == "010"sv) {
      if (explain) *explain << "    (a statement with no target: not coded)\n";
      continue;
    }
    // The verb's object when the pattern does not name it among its words ("withdrew" matched
    // by "SRC withdraw from TGT", not by "SRC withdraw {troops}"), or -1.
    auto unnamed_object = [&]() {
      const int o = a.Child(v, {"obj"});
      return o >= 0 && std::find(best.words.begin(), best.words.end(), o) == best.words.end() ? o : -1;
    };
    // (Forces: an armed actor or a word for troops, in the phrase or its "of" part: "some of
    // its troops".)
    auto forces_phrase = [&](int o) {
      for (int t : {o, a.Child(o, {"nmod"})}) {
        if (t < 0) continue;
        for (const Actor& x : ActorsAt(a, t))
          if (BearsArms(x)) return true;
        if (IsForcesNoun(a.tok(t).lemma)) return true;
      }
      return false;
    };
    // "Merck withdrew Vioxx", "withdrew the bill": withdrawing something that is no force
    // is no retreat (the patterns that withdraw forces name them).
    if (!noun && code.rfind("0874", 0) == 0 && In(a.tok(v).lemma, {"withdraw", "pull", "remove"}))
      if (const int o = unnamed_object(); o >= 0 && !forces_phrase(o)) {
        if (explain) *explain << "    (withdrew '" << a.tok(o).text << "', no force: no retreat)\n";
        continue;
      }
    // "hosting The John Peel Show", "hosted the Olympics": hosting a thing that is no meeting
    // and no one is no visit received.
    // Standing down, retreating and truces are acts of armed sides ("Gazprom withdrew from the
    // auction", "the Commission called a truce in its battle with France", "firms put defences
    // in place to stop these attacks"): with no armed side or state among the sources and no
    // forces named, no de-escalation.
    // (The act's code, also when it is intended: "would stand down", 0356.)
    const std::string& act_code = best.pattern->code;
    if (act_code.rfind("087", 0) == 0 && act_code != "0873"sv && !sources.empty()) {
      // (A state's government, the UN or the AU may call a truce, or end its own war or
      // offensive: "will never stop its war on Al Shabaab"; not "halting the subsidy war".)
      bool state_may_halt = act_code.rfind("0871", 0) == 0;
      for (int w : best.words)
        if (In(a.tok(w).lemma, {"war", "offensive", "bombing", "airstrike", "shelling", "incursion", "bombardment"}))
          for (int g : a.children[w])
            state_may_halt = state_may_halt || (a.rel(g) == "nmod:poss"sv && In(a.lower[g], {"its", "their"}));
      bool armed = false, military = false;
      for (const Actor& x : sources) {
        armed = armed || ArmedSide(x);
        military = military || ArmedSide(x) ||
                   (state_may_halt && (x.role.rfind("GOV", 0) == 0 || x.code == "IGOUNO"sv || x.code.rfind("IGOAFU", 0) == 0));
      }
      bool forces = false;
      // (Also "hundreds of UN troops": the forces in the subject's "of" phrase.)
      for (int c : a.children[v])
        if (In(a.rel(c), {"obj", "nsubj:pass", "nsubj"})) {
          forces = forces || IsForcesNoun(a.tok(c).lemma);
          for (int g : a.children[c])
            forces = forces || (a.rel(g).rfind("nmod", 0) == 0 && IsForcesNoun(a.tok(g).lemma));
        }
      for (int w : best.words) forces = forces || IsForcesNoun(a.tok(w).lemma);
      // ("The prime minister would stand down before the election": someone with no forces
      // who stands down leaves office, 0831.)
      if (!armed && !forces && a.tok(v).lemma == "stand"sv && !noun) {
        if (explain) *explain << "    (stood down with no forces: left office, 0831)\n";
        // (Through the same mood as the act: intended, 0341; refused, 123.)
        code = code == act_code                ? "0831"
               : code == IntentCode(act_code)  ? IntentCode("0831")
               : code == RefusalCode(act_code) ? RefusalCode("0831")
                                               : "";
        if (code.empty()) continue;
      } else if (!military && !forces) {
        if (explain) *explain << "    (no armed side and no forces: no de-escalation)\n";
        continue;
      }
    }
    // (Also what is hosted in the passive: "the awards were hosted by Jack Dee", "the sale,
    // hosted by auctioneers".)
    auto hosted_thing = [&]() {
      int o = unnamed_object();
      if (o < 0 && a.Child(v, {"obj"}) < 0) {
        o = a.Child(v, {"nsubj:pass"});
        if (o < 0 && a.rel(v) == "acl"sv) o = a.head(v);
        if (o >= 0 && std::find(best.words.begin(), best.words.end(), o) != best.words.end()) o = -1;
      }
      return o;
    };
    // (The pattern's code: "the show will be hosted by Queen Latifah" is no intent to meet.)
    if (!noun && best.pattern->code == "043"sv && a.tok(v).lemma == "host"sv)
      if (const int o = hosted_thing(); o >= 0 && ActorsAt(a, o).empty() &&
          !In(a.tok(o).lemma, {"talk", "meeting", "summit", "conference", "visit", "visitor", "delegation", "leader",
                               "counterpart", "minister", "president", "envoy", "guest", "negotiation", "round",
                               "session", "dinner", "banquet", "reception", "forum", "dialogue",
                               "consultation", "gathering", "speech", "address", "lecture"})) {
        if (explain) *explain << "    (hosting '" << a.tok(o).text << "': no visit)\n";
        continue;
      }
    // "the gaming industry is set to explode", "prices exploded": what explodes is a bomb or a
    // device, or it is no bombing.
    if (!noun && best.pattern->code.rfind("18", 0) == 0 && a.tok(v).lemma == "explode"sv)
      // (The subject of a verb it depends on too: "the industry is set to explode".)
      if (const int subj = SubjectOf(a, v); subj >= 0 && !std::any_of(sources.begin(), sources.end(), BearsArms) &&
                                                  !In(a.tok(subj).lemma, {"bomb", "device", "car", "vehicle", "truck", "mine",
                                                                          "shell", "grenade", "rocket", "missile", "bomber",
                                                                          "explosive", "explosives", "charge", "ied", "belt",
                                                                          "vest", "package", "parcel", "suitcase", "bag"})) {
        if (explain) *explain << "    ('" << a.tok(subj).text << "' exploded: no bombing)\n";
        continue;
      }
    // "seeks to quell feud talk", "quelled fears": what is quelled is no people.
    if (!noun && best.pattern->code.rfind("17", 0) == 0 && In(a.tok(v).lemma, {"quell", "crush", "suppress", "stifle", "squash"}))
      if (const int o = a.Child(v, {"obj"}); o >= 0 && ActorsAt(a, o).empty() &&
                                             In(a.tok(o).lemma, {"talk", "speculation", "rumour", "rumor", "fear", "concern",
                                                                 "doubt", "worry", "unease", "row", "feud", "inflation",
                                                                 "criticism", "anger", "question", "suggestion", "debate",
                                                                 "story", "report", "panic", "jitters", "nerves"})) {
        if (explain) *explain << "    (quelling '" << a.tok(o).text << "': no repression)\n";
        continue;
      }
    // "young people rapping": rapping with nothing rapped is music, not rebuke.
    if (!noun && a.tok(v).lemma == "rap"sv && a.Child(v, {"obj", "nsubj:pass"}) < 0) {
      if (explain) *explain << "    (rapping with nothing rapped: music)\n";
      continue;
    }
    // "British nationals fighting with Islamic State", "volunteers fighting with the Kurds":
    // people, not a state or a force, who fight with a side fight on it.
    if (!noun && code.rfind("19", 0) == 0 && In(a.tok(v).lemma, {"fight", "battle"}))
      if (const int subj = SubjectOf(a, v);
          // (Not youths or residents, who fight with the police in a clash.)
          subj >= 0 && In(a.tok(subj).lemma, {"national", "citizen", "volunteer", "foreigner", "recruit", "expatriate",
                                              "mercenary", "jihadist", "jihadi"})) {
        bool with = false;
        for (int c : a.children[v]) with = with || (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "with"sv);
        if (with) {
          if (explain) *explain << "    (people fighting with a side fight on it)\n";
          continue;
        }
      }
    // "More than 100 dead, over 500 wounded and five hospitals bombed": a number with a bare
    // participle of harm and nothing harmed is a count of victims, not their act.
    if (!noun && In(code.substr(0, 2), {"18", "19", "20"}) &&
        In(a.tok(v).lemma, {"wound", "injure", "kill", "hurt", "maim", "bomb", "shell"}) && a.Child(v, {"obj"}) < 0)
      if (const int subj = a.Child(v, {"nsubj"}); subj >= 0 && (a.tok(subj).upos == "NUM"sv ||
                                                               (IsPeopleNoun(a.tok(subj)) && a.Child(subj, {"nummod"}) >= 0))) {
        if (explain) *explain << "    (a count of victims, not their act)\n";
        continue;
      }
    // "seized the initiative", "grabbed the headlines", "took his chance": a chance or a lead
    // taken is no property seized.
    if (!noun && code.rfind("17", 0) == 0 && In(a.tok(v).lemma, {"seize", "grab", "take", "capture", "snatch"}))
      if (const int o = a.Child(v, {"obj"});
          o >= 0 && In(a.tok(o).lemma, {"initiative", "chance", "opportunity", "moment", "lead", "advantage", "headline",
                                        "spotlight", "imagination", "momentum", "day", "title", "crown", "medal", "victory",
                                        "win", "point", "set", "game", "match", "attention", "mood"})) {
        if (explain) *explain << "    (a chance or a lead taken, not property seized)\n";
        continue;
      }
    // "Ms Fiorina's talk touted ...", "tough talk": one talk is a speech or words, not talks
    // (unless it is with someone: "a talk with the rebels").
    if (noun && code.rfind("04", 0) == 0 && a.lower[v] == "talk"sv) {
      bool with = false;
      for (int c : a.children[v]) with = with || In(a.CaseOf(c), {"with", "between"});
      if (!with) {
        if (explain) *explain << "    (a talk given, not talks)\n";
        continue;
      }
    }
    // "backing singers", "a backing track": music, no support.
    if (code.rfind("05", 0) == 0 && a.tok(v).lemma == "back"sv && v + 1 < a.size() &&
        In(a.tok(v + 1).lemma, {"singer", "vocal", "vocals", "vocalist", "band", "group", "track", "dancer",
                                "musician", "music", "tape", "choir"})) {
      if (explain) *explain << "    (backing music, no support)\n";
      continue;
    }
    // "will defend the title she won", "defending champion": a title defended is sport.
    if (!noun && In(code.substr(0, 2), {"05", "03"}) && a.tok(v).lemma == "defend"sv)
      if (const int o = a.Child(v, {"obj"});
          o >= 0 && In(a.tok(o).lemma, {"title", "crown", "championship", "trophy", "cup", "belt"})) {
        if (explain) *explain << "    (a title defended: sport)\n";
        continue;
      }
    // "pulling out all the stops": an effort, no retreat.
    if (!noun && code.rfind("08", 0) == 0 && a.tok(v).lemma == "pull"sv)
      if (const int o = a.Child(v, {"obj"}); o >= 0 && a.tok(o).lemma == "stop"sv) {
        if (explain) *explain << "    (pulling out all the stops: an idiom)\n";
        continue;
      }
    // Idioms of the words of force: "the euro shot up", "shot to prominence", "fired up by
    // the speech", "fired a free kick", "hire and fire workers", "stormed to victory".
    // ("will battle it out for the best actor award", "fight it out"; a character "killed
    // off" in a soap, a rival "seen off": no force.)
    if (!noun && In(code.substr(0, 2), {"13", "18", "19", "20"})) {
      const int prt = a.Child(v, {"compound:prt"});
      const int object = a.Child(v, {"obj"});
      // (The parser may take the particle for a preposition: "killed off the villain".)
      const std::string particle = prt >= 0 ? a.lower[prt] : (v + 1 < n && a.lower[v + 1] == "off"sv ? "off" : "");
      // (Two sides fighting it out do dispute: "the two leaders fight it out", 110, below.)
      // ("would fight inflation", "combat poverty", "battling cancer": an evil fought that is
      // no actor is policy, not force.)
      const bool fought_evil = object >= 0 && In(a.tok(v).lemma, {"fight", "combat", "battle", "tackle"}) &&
                               ActorsAt(a, object).empty() &&
                               In(a.tok(object).lemma, {"inflation", "poverty", "corruption", "crime", "disease", "cancer",
                                                        "unemployment", "fraud", "drug", "obesity", "pollution", "racism",
                                                        "discrimination", "hunger", "terror", "terrorism", "fire", "blaze",
                                                        "flame", "virus", "pandemic", "epidemic", "illness", "addiction",
                                                        "extremism", "piracy", "smuggling", "trafficking", "inequality",
                                                        "deficit", "debt", "recession", "climate", "change", "malaria",
                                                        "aids", "hiv", "ebola", "flu", "famine", "drought", "spam",
                                                        "crisis", "bureaucracy", "red", "tape", "waste", "abuse"});
      // ("injured it again", "hurt his knee": one's own body, a sport's injury.)
      const bool own_body = object >= 0 && In(a.tok(v).lemma, {"injure", "hurt", "damage", "break", "strain", "twist", "tear"}) &&
                            In(a.tok(object).lemma, {"it", "himself", "herself", "themselves", "wrist", "knee", "ankle", "back",
                                                     "shoulder", "hamstring", "leg", "arm", "hand", "foot", "groin", "calf",
                                                     "thigh", "elbow", "neck", "finger", "toe", "rib", "ligament", "muscle",
                                                     "achilles", "hip", "head"});
      if (fought_evil || own_body ||
          (particle == "out"sv && object >= 0 && a.lower[object] == "it"sv && sources.size() <= 1 &&
           In(a.tok(v).lemma, {"battle", "fight", "slug", "shoot"})) ||
          (particle == "off"sv && In(a.tok(v).lemma, {"kill", "see"}))) {
        if (explain) *explain << "    (an idiom of force, not force)\n";
        continue;
      }
    }
    if (!noun && In(code.substr(0, 2), {"18", "19"}) && In(a.tok(v).lemma, {"shoot", "fire", "storm"})) {
      const int prt = a.Child(v, {"compound:prt"});
      const std::string particle = prt >= 0 ? Lower(a.tok(prt).text) : "";
      const int object = a.Child(v, {"obj"});
      const std::string what = object >= 0 ? a.tok(object).lemma : "";
      bool idiom = particle == "up"sv;
      // ("shot to prominence", "stormed to victory": no object, a "to" phrase)
      if (a.tok(v).lemma != "fire"sv && object < 0)
        for (int c : a.children[v]) idiom = idiom || (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "to"sv);
      if (a.tok(v).lemma == "fire"sv && object >= 0 &&
          In(what, {"kick", "ball", "penalty", "cross", "pass", "header", "effort", "drive", "goal", "chip",
                    "free", "corner", "question", "chief", "executive", "manager",
                    "coach", "staff", "worker", "employee", "director", "editor", "boss", "head", "secretary",
                    "minister", "official", "adviser", "advisor", "aide", "imagination", "enthusiasm", "engine"}))
        idiom = true;  // (what is fired is a ball, or someone is dismissed)
      // ("fired a shot wide of the post", "fired over the bar": a shot in a match)
      if (In(a.tok(v).lemma, {"fire", "shoot"}))
        for (int k = v + 1; k < n && k <= v + 5; ++k)
          if (In(a.lower[k], {"wide", "goalkeeper", "keeper", "crossbar"}) && a.IsDescendant(k, v))
            idiom = true;
      if (a.tok(v).lemma == "fire"sv && a.rel(v) == "conj"sv && a.head(v) >= 0 && a.tok(a.head(v)).lemma == "hire"sv)
        idiom = true;  // ("hire and fire workers")
      // ("US blogger fired by her airline", "the company fired its chief", "MERRILL LYNCH FIRES
      // VASKEVITCH": someone fired, a target or a name no dictionary knows, by no one armed and
      // not fired on or at, is dismissed.)
      const bool unknown_person = object >= 0 && a.tok(object).upos == "PROPN"sv && a.unit_of[object] < 0;
      if (a.tok(v).lemma == "fire"sv && particle.empty() && (!targets.empty() || unknown_person)) {
        bool aimed = false;
        for (int c : a.children[v])
          aimed = aimed || (a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"on", "at", "into", "toward", "towards", "upon"}));
        const bool armed = std::any_of(sources.begin(), sources.end(), BearsArms) ||
                           std::any_of(targets.begin(), targets.end(), BearsArms);
        if (!aimed && !armed) idiom = true;
      }
      if (idiom) {
        if (explain) *explain << "    (an idiom of force, not force)\n";
        continue;
      }
    }
    // Responsible for what is no harm blames no one: "said she was responsible for training
    // scientists", "a fall in mining was responsible for the drop" (but "responsible for the
    // attack", "for huge waste", and "responsible" alone).
    if (code.rfind("11", 0) == 0)
      for (int w : best.words) {
        if (a.lower[w] != "responsible"sv) continue;
        for (int c : a.children[w]) {
          const bool for_phrase = a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "for"sv;
          const bool for_doing = In(a.rel(c), {"advcl", "acl", "xcomp"}) && a.tok(c).upos == "VERB"sv && a.HasCase(c, "for");
          if (!for_phrase && !for_doing) continue;
          const std::string& l = a.tok(c).lemma.empty() ? a.lower[c] : a.tok(c).lemma;
          const bool harm = for_doing ? (IsHarmVerb(l) || In(l, {"attack", "bomb", "shoot", "murder", "kidnap", "abduct",
                                                                  "torture", "shell", "destroy", "leak", "hack", "cause",
                                                                  "start", "launch", "plot", "organise", "organize",
                                                                  "order", "carry", "commit", "fire", "down", "poison"}))
                                      : IsHarmNoun(l);
          if (!harm && ActorsAt(a, c).empty()) {
            if (explain) *explain << "    (responsible for '" << a.tok(c).text << "', no harm: no blame)\n";
            code.clear();
          }
        }
      }
    if (code.empty()) continue;
    // Welcoming a visitor is hosting (043), welcoming a decision praise (051): "was welcomed by
    // King Charles at Windsor", "Putin welcomed Xi to the Kremlin".
    if (!noun && code == "051"sv && a.tok(v).lemma == "welcome"sv)
      if (const int o = a.Child(v, {"obj", "nsubj:pass"}); o >= 0 && a.unit_of[o] >= 0) {
        const Unit& u = a.units[a.unit_of[o]];
        bool visit_place = false;
        for (int c : a.children[v]) {
          visit_place = visit_place || (a.rel(c).rfind("obl", 0) == 0 && In(a.CaseOf(c), {"to", "at", "in"}));
          if (a.rel(c) == "obl:agent"sv)  // ("by King Charles at Windsor Castle": the parser hangs it on the host)
            for (int g : a.children[c]) visit_place = visit_place || (a.rel(g) == "nmod"sv && a.CaseOf(g) == "at"sv);
        }
        if ((u.person || In(u.actor.role, {"GOV"})) && visit_place) code = "043";
      }
    // Gathering something is no meeting ("figures gathered by Ofcom", "gathered evidence"),
    // nor is visiting a web site ("let users visit the sites").
    if (!noun && code.rfind("04", 0) == 0 && a.tok(v).lemma == "gather"sv &&
        (a.Child(v, {"obj", "nsubj:pass", "aux:pass"}) >= 0 || (a.rel(v) == "acl"sv && a.tok(v).xpos == "VBN"sv))) {
      if (explain) *explain << "    (something gathered: no meeting)\n";
      continue;
    }
    if (!noun && code.rfind("04", 0) == 0 && a.tok(v).lemma == "visit"sv)
      if (const int o = a.Child(v, {"obj"});
          o >= 0 && (In(a.tok(o).lemma, {"website", "webpage", "homepage", "domain", "blog", "forum", "chatroom", "url"}) ||
                     (a.tok(o).lemma == "site"sv && (a.Child(o, {"compound"}) >= 0 || a.Child(o, {"amod"}) >= 0) &&
                      In(a.lower[a.Child(o, {"compound", "amod"})], {"web", "internet", "online", "the"})))) {
        if (explain) *explain << "    (a web site visited: no visit)\n";
        continue;
      }
    // Demand in the market's sense is no demand made of anyone: "rising consumer demand",
    // "consumers' demands", "demand for oil", "strong domestic demand"; nor is meeting it a
    // concession ("to meet the growing demand for bandwidth").
    // What a side demands, not a market: "a demand for the release of ...", "for reform".
    auto demanded_act = [&](int c) {
      return In(a.tok(c).lemma.empty() ? a.lower[c] : Lower(a.tok(c).lemma),
                {"release", "withdrawal", "resignation", "apology", "ceasefire", "action", "investigation", "inquiry",
                 "end", "return", "change", "reform", "reforms", "devaluation", "extradition", "compensation",
                 "independence", "talks", "election", "elections", "referendum"});
    };
    auto market_demand = [&](int d) {
      if (a.tok(d).lemma != "demand"sv && a.lower[d] != "demands"sv) return false;
      bool market = false;
      for (int c : a.children[d]) {
        const std::string& l = a.tok(c).lemma.empty() ? a.lower[c] : a.tok(c).lemma;
        if (In(a.rel(c), {"amod", "compound", "nmod:poss"}) &&
            In(l, {"consumer", "customer", "shopper", "buyer", "domestic", "global", "world", "market", "oil", "energy",
                   "power", "electricity", "gas", "fuel", "export", "import", "rising", "strong", "weak", "high", "low",
                   "growing", "falling", "slowing", "robust", "seasonal", "peak", "housing", "investor", "credit",
                   "grow", "rise", "fall", "slow", "increase", "surge", "soar", "boom",
                   "loan", "steel", "chip", "travel", "exporter", "importer", "firm", "brisk", "solid", "sluggish",
                   "weaker", "stronger", "heavy", "underlying", "pent-up"}))
          market = true;
        if (a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "for"sv && a.unit_of[c] < 0 && IsNominal(a.tok(c)) &&
            ActorsAt(a, c).empty() && a.tok(c).upos == "NOUN"sv && !demanded_act(c))
          market = market || In(a.tok(c).lemma, {"oil", "product", "good", "car", "home", "house", "steel", "chip",
                                                 "energy", "gas", "power", "electricity", "commodity", "service",
                                                 "device", "phone", "computer", "ticket", "food", "housing", "share",
                                                 "stock", "bond", "grain", "wheat", "corn", "soybean", "sugar", "coffee",
                                                 "cocoa", "copper", "gold", "metal", "currency", "dollar", "yen", "loan",
                                                 "credit", "fuel", "petroleum", "crude", "aircraft", "plane", "handset",
                                                 "broadband", "seat", "cotton", "rice", "meat", "beef", "travel"});
      }
      // ("demand stays solid", "demand rose": demand that rises or falls is the market's,
      // when it is no one's and for nothing: not "the opposition's demand for his
      // resignation grew louder".)
      bool bare = true;
      for (int c : a.children[d]) bare = bare && In(a.rel(c), {"det", "amod", "compound", "punct"});
      // ("expanding output to meet demand driven by the booming economy": demand, singular and
      // no one's, met by a producer, is the market's; "met the demands of the strikers" is not.)
      bool owned = false;
      for (int c : a.children[d])
        owned = owned || a.rel(c) == "nmod:poss"sv || a.rel(c).rfind("nmod", 0) == 0 ||
                (a.rel(c) == "det"sv && In(a.lower[c], {"their", "his", "her", "its", "our", "these", "those", "this"}));
      if (!owned && a.lower[d] == "demand"sv && a.head(d) >= 0 && a.tok(a.head(d)).lemma == "meet"sv &&
          a.rel(d) == "obj"sv)
        market = true;
      if (bare && a.rel(d) == "nsubj"sv && a.head(d) >= 0 &&
          In(a.tok(a.head(d)).lemma, {"stay", "remain", "rise", "fall", "grow", "slow", "weaken", "strengthen", "increase",
                                       "decrease", "drop", "surge", "soar", "slump", "outstrip", "exceed", "outpace",
                                       "pick", "recover", "ease", "decline", "climb", "boom", "collapse"}))
        market = true;
      // "U.S. demand could be sluggish", "European demand for soybeans": singular demand
      // with no article, no owner and nothing demanded ("that ...", "to ...") is the
      // market's ("an IMF demand to lift subsidies", "Labour's demands" are sides').
      bool political = false;
      for (int c : a.children[d])
        political = political || In(a.rel(c), {"det", "nmod:poss", "acl", "ccomp", "acl:relcl"}) ||
                    (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"by", "from", "of"})) ||
                    (a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "for"sv && demanded_act(c));
      if (a.lower[d] == "demand"sv && IsNominal(a.tok(d)) && !political) market = true;
      return market;
    };
    if ((noun && market_demand(v)) ||
        (!noun && std::any_of(best.words.begin(), best.words.end(), [&](int w) { return w != v && market_demand(w); }))) {
      if (explain) *explain << "    (demand in the market's sense: not an event)\n";
      continue;
    }
    // Words of force and of movement are force only when forces or weapons do them: an armed
    // role, a state by its own name as the subject of an active verb, or a weapon. "Russian
    // missiles hit Kyiv", "Kyiv was hit by a Russian drone attack", "Russia pushed into
    // Ukraine", "Russian troops encircled the city"; not "the recession hit Britain", "US
    // sanctions hit Russia's economy", "the American legend swept into London", "investors
    // poured into Britain", "the mountainous country surrounded by South Africa" (a state by
    // its name in a participle that describes a place).
    const bool hitting = In(code.substr(0, 2), {"18", "19"}) && In(a.tok(v).lemma, {"hit", "pound", "pummel", "batter"});
    const bool moving_in = code == "192"sv && In(a.tok(v).lemma, {"advance", "push", "move", "roll", "pour", "cross",
                                                                  "sweep", "march", "storm"});
    const bool surrounding = code == "191"sv && In(a.tok(v).lemma, {"surround", "encircle"});
    if (!noun && (hitting || moving_in || surrounding)) {
      const bool named_state_acts = subject >= 0 && a.tok(subject).upos == "PROPN"sv && a.rel(v) != "acl"sv &&
                                    a.rel(subject) == "nsubj"sv;
      bool forces = false;
      for (const Actor& x : sources) forces = forces || (BearsArms(x) && (!x.role.empty() || named_state_acts));
      if (hitting && subject >= 0)
        forces = forces || In(a.tok(subject).lemma, {"missile", "rocket", "drone", "shell", "bomb", "strike", "airstrike",
                                                     "jet", "warplane", "artillery", "mortar", "attack", "plane", "aircraft",
                                                     "helicopter", "gunship", "tank", "troop", "force", "soldier", "militant",
                                                     "fighter", "barrage", "salvo", "raid", "bombardment", "shelling"});
      if (!forces) {
        if (explain) *explain << "    (force or movement by no forces or weapons: not force)\n";
        continue;
      }
    }
    // "admitted that the budget was the toughest", "acknowledged there were concerns": a
    // point conceded is no responsibility acknowledged. A bare admission is one when it is
    // of a wrong ("admitted bribery", "admitted he was wrong"), of a deed ("admitted leaking
    // secrets", "admitted to falsifying"), or of what the admitter or its own did ("admitted
    // he ordered false entries", "admitted its forces had struck the convoy").
    if (!noun && code == "015"sv && In(a.tok(v).lemma, {"admit", "acknowledge", "concede"}) &&
        !AdmitsResponsibility(a, v)) {
      if (explain) *explain << "    (a point conceded, not responsibility acknowledged)\n";
      continue;
    }
    // "have demonstrated that they can win", "demonstrated its commitment": what is
    // demonstrated is shown; one demonstrates against, for or outside something.
    // (Whatever the mood made of it: "to demonstrate the central role he will play" is no
    // threat of protest either.)
    // (Nor "demonstrate they have ...", a clause the parser left hanging elsewhere: what
    // follows one who protests is a preposition, an adverb or nothing.)
    auto shows = [&] {
      if (a.Child(v, {"ccomp", "obj"}) >= 0) return true;
      const int next = v + 1;
      return next < static_cast<int>(a.tokens->size()) &&
             (a.lower[next] == "that"sv || In(a.tok(next).upos, {"PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM"}));
    };
    if (!noun && (code.rfind("14", 0) == 0 || best.pattern->code.rfind("14", 0) == 0) &&
        a.tok(v).lemma == "demonstrate"sv && shows()) {
      if (explain) *explain << "    (something shown, not a demonstration)\n";
      continue;
    }
    // "the stock market rally", "sugar rallies from lows", "Roddick rallied to beat Enqvist",
    // "Chancellor rallies Labour voters": a market's or a player's rally, or rallying others,
    // is no demonstration.
    if (code.rfind("14", 0) == 0 && a.tok(v).lemma == "rally"sv) {
      // (What rallies, or what the rally is of: its subject, or the rally's own modifiers and
      // "in"/"on" phrases, "a rally in oil prices", "the rally on Wall Street"; not what
      // protesters rally against, "rallied against wheat prices".)
      auto marketish = [&](int k) {
        return In(a.tok(k).lemma.empty() ? a.lower[k] : a.tok(k).lemma,
                  {"market", "stock", "share", "bond", "price", "dollar", "pound", "sterling", "yen", "currency",
                   "index", "future", "futures", "equity", "commodity", "bourse", "wall", "sugar", "cotton", "wheat",
                   "gold", "crude", "oil", "soybean", "corn", "copper", "exchange", "trading", "investor"});
      };
      auto market_phrase = [&](int x) {
        if (x < 0 || a.unit_of[x] >= 0) return false;  // (someone: "oil workers rallied")
        if (marketish(x)) return true;
        for (int c : a.children[x])
          if (In(a.rel(c), {"compound", "amod", "nmod:poss"}) && marketish(c)) return true;
        return false;
      };
      bool market = !noun && market_phrase(SubjectOf(a, v));
      if (noun)
        for (int c : a.children[v])
          market = market || (In(a.rel(c), {"compound", "amod", "nmod:poss"}) && market_phrase(c)) ||
                   (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"in", "on"}) && market_phrase(c));
      // (Nor a company's: "Toyota staged a sharp rally"; a market staging one: "the stock
      // market staged its strongest rally".)
      for (const Actor& x : sources)
        market = market || x.role == "BUS"sv || x.code.rfind("MNC", 0) == 0 ||
                 x.name.find("market") != std::string::npos || x.name.find("stock") != std::string::npos;
      bool sport = false, rallies_others = false;
      if (!noun) {
        for (int c : a.children[v]) {
          if (a.rel(c) == "obj"sv) rallies_others = true;
          if (a.rel(c) == "xcomp"sv && In(a.tok(c).lemma, {"beat", "win", "take", "claim", "edge", "force", "level", "draw", "secure", "overcome", "finish"}))
            sport = true;
          if (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "from"sv) sport = true;
        }
      }
      if (market || sport || rallies_others) {
        if (explain) *explain << "    (a market's or a player's rally, not a demonstration)\n";
        continue;
      }
    }
    // "in the fiscal year ended June 30", "the quarter ended with shipments of ...": a span
    // of time ending ends nothing of anyone's.
    if (!noun && In(a.tok(v).lemma, {"end", "close", "finish", "conclude"})) {
      auto time_span = [&](int k) {
        return k >= 0 && In(a.tok(k).lemma, {"year", "quarter", "month", "week", "period", "half", "day", "season",
                                              "session", "term", "decade", "fortnight"});
      };
      // (The parser may make the verb the root with another subject: the span right before.)
      if (time_span(a.rel(v) == "acl"sv ? a.head(v) : a.Child(v, {"nsubj"})) || (v > 0 && time_span(v - 1))) {
        if (explain) *explain << "    (a span of time ended)\n";
        continue;
      }
    }
    // "an accord to arrest the fall of the dollar": arresting a trend detains no one.
    if (!noun && code.rfind("173", 0) == 0 && In(a.tok(v).lemma, {"arrest", "halt", "check"})) {
      const int o = a.Child(v, {"obj"});
      if (o >= 0 && In(a.tok(o).lemma, {"fall", "decline", "slide", "drop", "rise", "slump", "deterioration", "trend",
                                        "erosion", "downturn", "spread", "growth", "outflow", "collapse", "plunge"})) {
        if (explain) *explain << "    (a trend arrested, not a person)\n";
        continue;
      }
    }
    // "where US troops had regularly gathered": forces gathering hold no meeting.
    if (!noun && code == "040"sv && In(a.tok(v).lemma, {"gather", "assemble", "congregate", "mass"}) &&
        std::any_of(sources.begin(), sources.end(), ArmedRole)) {  // (not states: "leaders of Egypt gathered")
      if (explain) *explain << "    (forces gathering, not a meeting)\n";
      continue;
    }
    // "Tony Blair arrived in Britain after flying from the United States": arriving in one's
    // own country is coming home, no visit.
    if (code == "042"sv && !sources.empty() && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](const Actor& t) {
          return !t.country.empty() && t.code == t.country &&
                 std::all_of(sources.begin(), sources.end(), [&](const Actor& x) { return x.country == t.country; });
        })) {
      if (explain) *explain << "    (arriving in one's own country: no visit)\n";
      continue;
    }
    // "the Asian assault on the US market", "an offensive into European markets": an attack
    // on a market is a sales drive.
    if (noun && In(code.substr(0, 2), {"18", "19", "20"})) {
      bool on_market = false;
      for (int c : a.children[v])
        on_market = on_market || (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"on", "against", "into"}) &&
                                  In(a.tok(c).lemma, {"market", "sales", "sector", "industry", "price", "chart", "charts",
                                                      "box-office"}));
      if (on_market) {
        if (explain) *explain << "    (an attack on a market, not force)\n";
        continue;
      }
    }
    // "mobilised 3.83 billion rupees", "mobilised its supporters": what is mobilised, when
    // named, must be forces for a military mobilisation.
    if (!noun && code == "154"sv && In(a.tok(v).lemma, {"mobilize", "mobilise"})) {
      const int what = a.Child(v, {"obj"});
      bool forces = what < 0;
      if (what >= 0) {
        for (const Actor& x : ActorsAt(a, what)) forces = forces || BearsArms(x);
        forces = forces || IsForcesNoun(a.tok(what).lemma) ||
                 In(a.tok(what).lemma, {"reservist", "reserve", "army", "troop", "soldier", "conscript", "militia",
                                        "unit", "brigade", "division", "battalion", "man", "fighter"});
      }
      if (!forces) {
        if (explain) *explain << "    (money, votes or supporters mobilised, not forces)\n";
        continue;
      }
    }
    // "asking what they would do", "Asked if he would welcome ...": a question asked is no
    // appeal.
    if (!noun && code.rfind("02", 0) == 0 && a.tok(v).lemma == "ask"sv) {
      // (The parser may hang the question on the main verb: "Asked if he would ..., X told".)
      bool question = v + 1 < static_cast<int>(a.lower.size()) && In(a.lower[v + 1], {"if", "whether"});
      // ("When asked about the leadership, he told ...": the one asked is the main
      // clause's subject; who asked is not said.)
      question = question || (In(a.rel(v), {"advcl", "acl"}) && In(a.tok(v).xpos, {"VBN", "VBD"}) &&
                              a.Child(v, {"nsubj", "nsubj:pass"}) < 0);
      // What is asked opens with a question word ('asked: "What is ..."'), or has one
      // before its verb ("asked the minister why the government ...", where the parser
      // took the minister into it).
      auto question_word = [&](int k) {
        return In(a.lower[k], {"if", "whether", "what", "why", "how", "who", "where", "which", "when"});
      };
      for (int c : a.children[v]) {
        if (!In(a.rel(c), {"ccomp", "advcl", "obj", "parataxis"})) continue;
        bool first = true;  // (the first word of what is asked)
        for (int k = 0; k <= c && !question; ++k) {
          if (!a.IsDescendant(k, c) || a.rel(k) == "punct"sv) continue;
          question = question_word(k) && (first || a.head(k) == c);
          first = false;
        }
      }
      if (question) {
        if (explain) *explain << "    (a question asked, not an appeal)\n";
        continue;
      }
    }
    // "pleaded guilty to fraud charges": a plea in court is no appeal to anyone.
    if (!noun && a.tok(v).lemma == "plead"sv) {
      bool plea = false;
      for (int c : a.children[v]) plea = plea || In(a.lower[c], {"guilty", "innocent"});
      if (plea) {
        if (explain) *explain << "    (a plea in court, not an appeal)\n";
        continue;
      }
    }
    bool dispute = false;  // (coordinated sides disputing are each other's targets, below)
    // "fighting the root causes of migration", "fight poverty": fighting a thing is no force.
    // "Labour and the Tories clashed", "airlines are fighting the legislation": fighting with
    // no armed side, and no one armed fought, is words (a dispute between actors, 110) or no
    // event between actors at all.
    // (So is a clash named by a noun between sides it names: "the clash between Yukos and the
    // Kremlin".)
    // (Not a violent one, nor one people died or were hurt in: "died in clashes between".)
    const bool named_fight =
        noun && !sources.empty() && In(a.tok(v).lemma, {"clash", "fight", "battle", "struggle"}) &&
        !(a.rel(v).rfind("obl", 0) == 0 && a.head(v) >= 0 && IsHarmVerb(a.tok(a.head(v)).lemma)) &&
        std::none_of(a.children[v].begin(), a.children[v].end(), [&](int c) {
          return a.rel(c) == "amod"sv && In(a.lower[c], {"violent", "deadly", "bloody", "armed", "fierce", "heavy", "fresh",
                                                          "ethnic", "sectarian", "tribal", "border", "street", "fatal"});
        });
    // "fought on the Afghan side": whose side one fights on is an ally (062), as "alongside".
    if (!noun && targets.empty() && code.rfind("19", 0) == 0 && In(a.tok(v).lemma, {"fight", "battle", "serve"}))
      for (int c : a.children[v]) {
        if (!on_side(c) || !targets.empty()) continue;
        for (const Actor& x : ActorsAt(a, c))
          if (!is_source(x)) targets.push_back(x);
        if (!targets.empty()) code = "062";
      }
    if ((!noun || named_fight) && In(code.substr(0, 2), {"18", "19"}) &&
        In(a.tok(v).lemma, {"fight", "clash", "battle", "combat", "struggle", "wrestle", "spar", "tackle"})) {
      const int object = a.Child(v, {"obj"});
      if (names_thing(object) &&
          !In(a.tok(object).lemma, {"war", "battle", "insurgency", "rebellion", "uprising", "offensive", "invasion"})) {
        if (explain) *explain << "    (fighting '" << a.tok(object).text << "': no force)\n";
        continue;
      }
      // (Militant groups abroad and alliances are armed, "fought with Isis"; a defence
      // minister, "GOVMIL", fighting a plan is not.)
      auto armed = [](const Actor& x) { return ArmedSide(x) && x.code.find("GOVMIL") == std::string::npos; };
      if (std::none_of(sources.begin(), sources.end(), armed) && std::none_of(targets.begin(), targets.end(), armed)) {
        const bool coded_target = std::any_of(targets.begin(), targets.end(), [](const Actor& t) { return !t.code.empty(); });
        if (!coded_target && !(sources.size() >= 2 && distinct_sources)) {
          if (explain) *explain << "    (fighting with no armed side and no one to fight: not coded)\n";
          continue;
        }
        if (explain) *explain << "    (fighting with no armed side: a dispute, 110)\n";
        code = "110";
        dispute = true;
      }
    }
    // Coordinated sources with no target act on each other ("Iran and Israel fought",
    // "the US, Russia and Switzerland met"), when the act is mutual: consulting,
    // cooperating, yielding, fighting. ("French and German activists protested" is not.)
    // (So is failing to agree: "Japan and Australia failed to reach
    // agreement", each rejects the other.)
    bool agreement_word = false;
    for (int w : best.words)
      agreement_word = agreement_word || In(a.tok(w).lemma, {"agreement", "deal", "accord", "consensus", "compromise",
                                                            "settlement", "understanding"});
    // (Between two named sides, a role of no country found in the act's words is its topic,
    // not a third party: "Syria's and Lebanon's leaders discussed border security" is not
    // aimed at "security"; "agreed to share intelligence" not at "intelligence".)
    // (Nor is what their act is about: "Trump and Putin agreed to share information on North
    // Korea" is between the two, about North Korea.)
    if (!targets.empty() && sources.size() >= 2 && distinct_sources && In(code.substr(0, 2), {"03", "04", "06"})) {
      auto in_topic = [&](const Actor& x) {
        if (x.country.empty() && !x.code.empty() && x.code == x.role &&
            In(x.role, {"COP", "SPY", "MIL", "JUD", "GOV", "LEG"}))  // (not "the millions of people")
          return true;
        for (const Unit& u : a.units) {
          if (u.actor.code != x.code || u.actor.name != x.name) continue;
          int t = static_cast<int>(u.end) - 1;
          while (t >= static_cast<int>(u.begin) && a.head(t) >= static_cast<int>(u.begin) &&
                 a.head(t) < static_cast<int>(u.end))
            t = a.head(t);  // (the name's head word)
          for (int k = t, guard = 0; k >= 0 && k != v && guard < 12; k = a.head(k), ++guard)
            if (In(a.CaseOf(k), {"on", "about", "over", "regarding", "concerning"})) return true;
          return false;
        }
        return false;
      };
      if (std::all_of(targets.begin(), targets.end(), in_topic)) targets.clear();
    }
    // (Not co-mediators, "a deal brokered by Russia and Turkey", nor sides using force on
    // something else together: "Iraqi forces and tribal militias wrested back control of
    // the cities"; "fought a war" is fought between them.)
    const int thing_object = noun ? -1 : a.Child(v, {"obj"});
    // (Nor the sides an act named by a noun is "by": "an assault by Russian and Syrian forces".)
    // (Nor co-visitors or co-hosts: "as the presidents of Iran and Turkey arrived".)
    // (Nor co-fighters "alongside" a third: "US, British and French troops fought alongside
    // the SDF" are each the SDF's allies.)
    bool alongside = false;
    if (!noun)
      for (int c : a.children[v]) alongside = alongside || (a.rel(c).rfind("obl", 0) == 0 && IsAllyPreposition(a.CaseOf(c)));
    // (Nor the agents of a passive act of force, whose subject is its patient: "the town was
    // shelled by Russian and Syrian forces".)
    const bool passive_force = !noun && In(code.substr(0, 2), {"17", "18", "19", "20"}) &&
                               a.Child(v, {"nsubj:pass", "aux:pass"}) >= 0;
    const bool co_agents = code.rfind("045", 0) == 0 || In(code, {"042", "043"}) || alongside || passive_force ||
                           (noun && In(code.substr(0, 2), {"18", "19", "20"})) ||
                          (code.rfind("19", 0) == 0 && thing_object >= 0 &&
                           !In(a.tok(v).lemma, {"exchange", "trade", "swap"}) &&  // ("exchanged fire")
                           !In(a.tok(thing_object).lemma, {"war", "battle", "fight", "clash", "skirmish", "gunfight",
                                                            "firefight", "gunbattle", "duel", "conflict"}));
    if (targets.empty() && sources.size() >= 2 && distinct_sources && !co_agents &&
        (In(code.substr(0, 2), {"03", "04", "06", "19"}) ||
         In(code, {"050", "054", "056", "057", "081", "0871", "0872", "0873"}) ||
         (code.rfind("12", 0) == 0 && agreement_word) || dispute)) {
      for (size_t i = 0; i < sources.size(); ++i) {
        std::vector<Actor> others;
        for (size_t j = 0; j < sources.size(); ++j)
          if (j != i) others.push_back(sources[j]);
        emit(best, {sources[i]}, others, code, why_mood);
      }
      continue;
    }
    // Sympathy for a loss in a place is for the place's country, one's own too ("expressed
    // sorrow for the shootings in Texas": USA), when the place is in the event's phrase.
    if (targets.empty() && code == "018"sv && !noun) {
      for (const Unit& u : a.units) {
        const int b = static_cast<int>(u.begin);
        if (u.actor.code.empty() || u.actor.code != u.actor.country || !u.actor.role.empty() ||
            b <= v || !a.IsDescendant(b, v) || (subject >= 0 && a.IsDescendant(b, subject)))
          continue;
        bool source_itself = false;
        for (const Actor& x : sources) source_itself = source_itself || x.code == u.actor.code;
        if (source_itself) continue;
        targets.push_back(u.actor);
        break;
      }
    }
    // No target in the event's own phrases: the nearest actor of another country in the
    // sentence, as shallow coders do ("threats of military action by the United States").
    if (targets.empty() && patient_owner >= 0) targets = ActorsAt(a, patient_owner);
    if (targets.empty() && (best.pattern->has_target || noun)) {
      int bestd = 1 << 30;
      Actor pick;
      const Actor claimant = claimant_of(v);
      std::vector<const Actor*> stateless_sources;
      for (const Actor& s : sources)
        if (s.country.empty()) stateless_sources.push_back(&s);
      // (A trip or a visit goes to a country or to its state, not to whatever company or
      // group the sentence names: "Lufthansa may sue over Bush visit".)
      const bool trip = noun && In(a.tok(v).lemma, {"visit", "trip", "tour", "journey", "stopover", "arrival"});
      // Who condemns, reports or discusses the act is not its target ("France condemned the
      // attack by Hamas"); who suffers or faces it is ("Israel faced attacks by Hamas").
      int judge = -1;
      if (noun && a.rel(v) == "obj"sv && a.head(v) >= 0 && !IsReceivingVerb(a.tok(a.head(v)).lemma) &&
          !In(a.tok(a.head(v)).lemma, {"sign", "suffer", "endure", "repel", "repulse", "survive", "withstand", "experience",
                                       "sustain", "undergo", "fear", "brace", "incur", "invite", "court", "complain"}))
        judge = a.Child(a.head(v), {"nsubj"});
      for (const Unit& u : a.units) {
        if (u.actor.country.empty()) continue;
        if (judge >= 0 && a.IsDescendant(static_cast<int>(u.begin), judge)) continue;
        if (trip && !(u.actor.code == u.actor.country || In(u.actor.role, {"GOV", "LEG", "MIL"}))) continue;
        // Who reports the event is not its target ("..., Ukrainian officials said").
        if (!claimant.name.empty() && u.actor.name == claimant.name) continue;
        // Nor who backs its source ("a Russia-backed Syrian regime offensive"), nor a medium
        // ("on television").
        if (u.end > 0 && Backer(a, static_cast<int>(u.end) - 1)) continue;
        bool on_medium = false;
        // (Nor one on whose side, or without whom, something is done: "fought on the Afghan
        // side", "faced an offensive without American air support".)
        auto aside = [&](int k) { return on_side(k) || a.CaseOf(k) == "without"sv; };
        for (uint32_t k = u.begin; k < u.end; ++k)
          on_medium = on_medium || medium(static_cast<int>(k)) || aside(static_cast<int>(k)) ||
                      (a.head(static_cast<int>(k)) >= 0 && aside(a.head(static_cast<int>(k))));
        if (on_medium) continue;
        bool other = true;
        for (const Actor& s : sources) other = other && s.country != u.actor.country;
        if (!other) continue;
        // Not part of the source's own phrase (its apposition: "Israel's key ally").
        bool in_source_phrase = false;
        for (int k = 0; k < n && !in_source_phrase; ++k)
          if (a.unit_of[k] >= 0 && a.units[a.unit_of[k]].actor.name == sources.front().name &&
              a.IsDescendant(static_cast<int>(u.begin), k))
            in_source_phrase = true;
        if (in_source_phrase) continue;
        // Where a friendly act of a side of no country took place is not whom it was for
        // ("At their meeting in London, G7 finance ministers backed plans ...", "industry
        // experts gathered in Las Vegas"). (A state's meetings abroad are with that
        // country's people, "held meetings in Baghdad"; a hostile act's place stands for
        // its target, "shelling in Gaza".)
        if (const auto* p = a.PlaceAt(static_cast<int>(u.begin));
            p && p->in && In(code.substr(0, 2), {"01", "02", "04", "05"}) && !stateless_sources.empty() &&
            stateless_sources.size() == sources.size())
          continue;
        // A verb's target stands in its own clause, not in another clause of the sentence
        // ("The prince apologised, but critics called for him to go to Auschwitz for the
        // commemoration of the Soviets' liberation of the camp": no apology to Russia).
        // So does a noun's, in the clause of the verb over it ("Britain is to give a grant
        // to help survivors of the Rwandan genocide": no genocide of Britain's; "Only Sri
        // Lanka receives IMF support, while Indonesia has graduated from it").
        // (A noun in a clause of purpose is the act's it serves: "called Erdogan to convey
        // Pakistan's support". Nominal conjuncts are one phrase: "at the centre and the
        // hospital of the Institute".)
        {
          int clause = v, served = -1;
          // (A relative clause is its antecedent's: "killed thousands in a crackdown that
          // prompted threats of military action by the United States" threatens the killers.)
          if (noun)
            for (int k = a.head(v), guard = 0; k >= 0 && guard < 32; k = a.head(k), ++guard)
              if ((a.tok(k).upos == "VERB"sv && a.rel(k) != "acl:relcl"sv) || a.head(k) < 0) {
                clause = k;
                break;
              }
          if (noun && clause != v && In(a.rel(clause), {"xcomp", "advcl"}) && a.head(clause) >= 0)
            for (int m : a.children[clause])
              if (a.rel(m) == "mark"sv && a.lower[m] == "to"sv) served = a.head(clause);
          bool own_clause = false;
          for (int k = static_cast<int>(u.begin), guard = 0; k >= 0 && guard < 32; k = a.head(k), ++guard) {
            if (k == clause || k == v || k == served) { own_clause = true; break; }
            if (a.rel(k) == "conj"sv && noun && a.tok(k).upos != "VERB"sv) continue;
            if (In(a.rel(k), {"conj", "advcl", "ccomp", "xcomp", "parataxis", "acl", "acl:relcl", "csubj"})) break;
          }
          if (!own_clause) continue;
        }
        int d = std::abs(static_cast<int>(u.begin) - v);
        if (d < bestd) { bestd = d; pick = u.actor; }
      }
      if (!pick.empty()) targets.push_back(pick);
    }
    // The actors token c stands for, but the source itself, become the targets (`coded`:
    // only those with a code).
    auto take = [&](int c, bool coded = false) {
      if (medium(c)) return;
      for (const Actor& x : ActorsAt(a, c)) {
        bool source_itself = false;
        for (const Actor& y : sources)
          source_itself = source_itself || (y.code == x.code && y.name == x.name) || (!x.code.empty() && x.code == y.code);
        if (!source_itself && (!coded || !x.code.empty())) targets.push_back(x);
      }
    };
    // An act named by a noun is done to the actor that noun's complement names, when the
    // pattern has no place for one. Which complement, by the act:
    //  - "into", "against", "on": acts with a patient ("launched an investigation into
    //    the former commander John Doe over allegations of war crimes", 094);
    //  - "of" too, but for statements, appeals, meetings, cooperation and aid ("demanded
    //    the withdrawal of all foreign troops", "condemned the killing of civilians");
    //  - "from": what is welcomed, demanded, disapproved of or rejected comes from its
    //    target ("rejected a call from Cyril Ramaphosa", "demanded an explanation from the
    //    prime minister");
    //  - "to", "for": what is given, promised or cut off goes to it ("suspended gas
    //    supplies and flights to Georgia");
    //  - "by": what is praised, accepted or rejected was made by it.
    // The nouns: the pattern's own, and the verb's object and its conjuncts.
    // Declining to comment is refusing whom the request came from ("declined a request
    // from the AP to comment"): 011 takes "from" alone.
    if (targets.empty() && !blames_subject && (!In(code.substr(0, 2), {"01", "02"}) || code == "011"sv)) {
      const std::string root = code.substr(0, 2);
      auto complement_case = [&](const std::string& c) {
        if (code == "011"sv) return c == "from"sv;
        if (In(c, {"into", "against", "on"})) return !In(root, {"04", "06", "07", "10"});
        if (c == "of"sv) return !In(root, {"04", "06", "07"});
        if (c == "from"sv) return In(root, {"05", "10", "11", "12"});
        if (In(c, {"to", "for"})) return In(root, {"03", "07", "16"});
        // ("accepts the key demands by protesters", "rejected the proposal by Egypt")
        if (c == "by"sv) return In(root, {"05", "08", "11", "12"});
        return false;
      };
      std::vector<int> nouns;
      for (int w : best.words)
        if (a.tok(w).upos == "NOUN"sv) nouns.push_back(w);
      if (!noun)
        for (int c : a.children[v])
          if (a.rel(c) == "obj"sv && a.tok(c).upos == "NOUN"sv) {
            nouns.push_back(c);
            for (int g : a.children[c])
              if (a.rel(g) == "conj"sv && a.tok(g).upos == "NOUN"sv) nouns.push_back(g);
          }
      for (int w : nouns) {
        if (!targets.empty()) break;
        for (int c : a.children[w]) {
          if (a.rel(c).rfind("nmod", 0) != 0 || !complement_case(a.CaseOf(c))) continue;
          take(c);
          // ("tariffs on goods from Brazil", "a ban on imports from Russia": the country the
          // goods come from.)
          if (targets.empty() && In(a.tok(c).lemma, {"good", "goods", "import", "product", "export", "steel", "car", "oil", "gas",
                                                       "grain", "food", "vehicle", "commodity", "shipment", "produce"}))
            for (int g : a.children[c])
              if (targets.empty() && a.rel(g).rfind("nmod", 0) == 0 && a.CaseOf(g) == "from"sv) take(g, /*coded=*/true);
          if (!targets.empty()) break;
        }
      }
      // (The parser may hang the noun's complement on the verb: "lifted sanctions against
      // Sudan"; only the prepositions of a patient there, the others being the verb's own.)
      if (!noun && !nouns.empty())
        for (int c : a.children[v]) {
          if (!targets.empty()) break;
          // (An active verb has no agent: its "by" phrase is the noun's, "accepted the
          // demands by protesters".)
          if (a.rel(c).rfind("obl", 0) != 0 ||
              !(In(a.CaseOf(c), {"into", "against", "on"}) || (code == "011"sv && a.CaseOf(c) == "from"sv) ||
                (a.CaseOf(c) == "by"sv && a.Child(v, {"aux:pass", "nsubj:pass"}) < 0)) ||
              !complement_case(a.CaseOf(c)))
            continue;
          take(c);
        }
      // ("fought alongside Kurdish forces": whom one fights alongside is the ally, 062's target.)
      if (code == "062"sv && !noun)
        for (int c : a.children[v]) {
          if (!targets.empty()) break;
          if (a.rel(c).rfind("obl", 0) == 0 && IsAllyPreposition(a.CaseOf(c))) take(c);
        }
      // A person or a group a word of the pattern names, as the verb's object, is the act's
      // target when coded ("freed prominent blogger Alaa Fathy": the blogger), but for forces (the
      // source's own, sent or mobilised) and acts with no patient.
      if (!In(root, {"03", "04", "06", "07", "10", "15"}))
        for (int w : best.words) {
          if (!targets.empty() || a.unit_of[w] < 0 || a.tok(w).upos != "NOUN"sv || a.head(w) != v ||
              !In(a.rel(w), {"obj", "nsubj:pass"}))
            continue;
          const Unit& u = a.units[a.unit_of[w]];
          if (u.actor.code.empty() || In(u.actor.role, {"MIL", "COP", "PKO", "SPY", "UAF", "REB", "INS"})) continue;
          take(w);
        }
    }
    // (Acts that have a patient: criticising, rejecting, threatening, coercing, attacking,
    // freeing... What is said, appealed for, met about, given or demanded is no target.)
    if (targets.empty() && !In(code.substr(0, 2), {"01", "02", "04", "06", "07", "10"})) {
      // (A word of the pattern that names an event, "imposed a *curfew*", "launched an
      // *investigation*", is the act, not its target; one that names a thing, "seized oil
      // *fields*", is the target.)
      auto event_word = [&](int k) {
        return std::find(best.words.begin(), best.words.end(), k) != best.words.end() &&
               patterns.ForHead(a.tok(k).lemma.empty() ? a.lower[k] : a.tok(k).lemma, true);
      };
      auto no_actor_object = [&](int k) {
        const Token& t = a.tok(k);
        // (A proper name is a name-only actor or was refused as one: "thanked God".)
        return t.upos == "NOUN"sv && a.time_of[k] < 0 && a.unit_of[k] < 0 &&
               !In(t.lemma, {"dollar", "euro", "pound", "yen", "yuan", "rupee", "percent", "cent", "%"}) &&
               !event_word(k) && ActorsAt(a, k).empty();
      };
      // The complement of a noun of the event: "attack on", "investigation into".
      auto complement_of = [&](int w) {
        for (int c : a.children[w])
          if (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"on", "against", "into"}) && no_actor_object(c))
            return c;
        return -1;
      };
      int object = -1;
      for (int tt : best.target_tokens)
        if (object < 0 && no_actor_object(tt)) object = tt;
      if (object < 0 && best.target_tokens.empty()) {
        if (noun) object = complement_of(v);
        // (What one intends to give is no target; whom it is for is: "agreed to offer a
        // large aid package to the cultural sector".)
        const bool intends_giving = code.rfind("031", 0) == 0 || code.rfind("033", 0) == 0;
        for (int c : a.children[v])
          if (object < 0 && !noun && !intends_giving && a.rel(c) == "obj"sv && no_actor_object(c)) object = c;
        for (int c : a.children[v])
          if (object < 0 && !noun && intends_giving && a.rel(c).rfind("obl", 0) == 0 &&
              In(a.CaseOf(c), {"to", "for"}) && no_actor_object(c))
            object = c;
        // ("refused to allow the plane to enter its airspace": what is not let in.)
        if (object < 0 && !noun && code.rfind("12", 0) == 0)
          for (int c : a.children[v])
            if (a.rel(c) == "xcomp"sv && In(a.tok(c).lemma, {"allow", "permit", "let", "admit"}))
              for (int g : a.children[c])
                if (object < 0 && a.rel(g) == "obj"sv && no_actor_object(g)) object = g;
        for (int w : best.words)
          if (object < 0) object = complement_of(w);
      }
      // The thing's owner, when an actor, is what was acted on: "struck a fuel depot of
      // the Ukrainian army", "froze the assets of Yukos", "shelled Ukraine's power plants".
      if (object >= 0)
        for (int c : a.children[object]) {
          const bool owner = a.rel(c) == "nmod:poss"sv || (a.rel(c).rfind("nmod", 0) == 0 && a.CaseOf(c) == "of"sv);
          if (owner && targets.empty()) take(c, /*coded=*/true);
        }
      if (object >= 0 && targets.empty()) object_at.emplace_back(doc.RawOffset(a.tok(best.trigger).start), object);
    }
    // "Ukraine received weapons from the United States": aid received is given by the
    // actor it comes from, to the receiver (a verb pattern of receiving with "from TGT";
    // the noun patterns are turned around with the sources above).
    // (Not asylum, 075: refugees accepted "from Italy" come from there.)
    bool given_to_subject = false;
    if (!noun && code.rfind("07", 0) == 0 && code.rfind("075", 0) != 0 && IsReceivingVerb(a.tok(v).lemma))
      for (const PatternItem& item : best.pattern->items)
        given_to_subject = given_to_subject || (item.kind == PatternItem::Kind::kTarget && item.prep == "from"sv);
    if (given_to_subject) {
      std::vector<Actor> givers;
      for (const Actor& t : targets)
        if (!t.code.empty()) givers.push_back(t);
      if (!givers.empty()) {
        targets = sources;
        sources = givers;
      }
    }
    // "business loans fell", "interest due on Brazilian loans", "a bank loan": a loan or aid
    // named by a noun with no one it goes to is money talked about, not aid given.
    auto has_recipient = [&] {
      if (!receivers.empty() || !best.target_tokens.empty()) return true;
      const int h = a.head(v);
      // ("China gets World Bank loan", "Ecuador signs IADB loan": who receives it; "Australian
      // aid also supported two million girls": whom the aid helps.)
      if (h >= 0 && a.rel(v) == "obj"sv && (IsReceivingVerb(a.tok(h).lemma) || In(a.tok(h).lemma, {"sign", "negotiate"})))
        return true;
      if (h >= 0 && a.rel(v) == "nsubj"sv &&
          In(a.tok(h).lemma, {"support", "help", "benefit", "reach", "fund", "finance", "assist", "feed", "rebuild"}))
        return true;
      // (A "to"/"for" phrase with an actor on the noun, on the verb it is the object of, or
      // on a word of the pattern: "donor of aid to".)
      std::vector<int> holders{v, a.rel(v) == "obj"sv ? h : -1};
      holders.insert(holders.end(), best.words.begin(), best.words.end());
      for (int k : holders) {
        if (k < 0) continue;
        for (int c : a.children[k])
          if ((a.rel(c).rfind("nmod", 0) == 0 || a.rel(c).rfind("obl", 0) == 0) &&
              In(a.CaseOf(c), {"to", "for", "toward", "towards"}) && !ActorsAt(a, c).empty())
            return true;
      }
      return false;
    };
    // "announced a suspension of aid to Egypt", "a freeze of aid to Niger": aid cut off is
    // no aid given (the cut is coded from its own noun).
    // (The aid noun is the trigger's or a word of the verb's pattern: "announced a
    // suspension of aid".)
    bool aid_cut = false;
    if (code.rfind("07", 0) == 0) {
      std::vector<int> aid_words = best.words;
      if (noun) aid_words.push_back(v);
      for (int w : aid_words)
        aid_cut = aid_cut ||
                  (w >= 0 && a.head(w) >= 0 && a.rel(w).rfind("nmod", 0) == 0 && a.CaseOf(w) == "of"sv &&
                   In(a.tok(a.head(w)).lemma, {"suspension", "freeze", "halt", "cut", "cutoff", "cut-off", "withdrawal",
                                               "end", "cancellation", "termination", "reduction", "ban", "stop",
                                               "blocking", "denial", "curtailment", "moratorium", "diversion", "loss",
                                               "lack", "shortage"}));
    }
    if (aid_cut) {
      if (explain) *explain << "    (aid suspended or lacking: no aid given)\n";
      continue;
    }
    if (noun && In(code, {"070", "071"}) && (targets.empty() || !has_recipient())) {
      if (explain) *explain << "    (aid named with no recipient: not coded)\n";
      continue;
    }
    // A meeting named with no other side, as the time or the place of something else ("after
    // the weekly cabinet meeting", "ahead of this week's OPEC meeting", "at the bank's annual
    // meeting") or as a body's own routine ("the annual shareholders meeting"), reports no
    // meeting between parties.
    if (noun && code == "040"sv && targets.empty() &&
        In(a.tok(v).lemma, {"meeting", "session", "gathering", "conference", "assembly"})) {
      bool landmark = false;
      for (int c : a.children[v]) {
        if (a.rel(c) == "case"sv &&
            In(a.lower[c], {"before", "after", "ahead", "at", "following", "during", "since", "until", "prior", "eve", "to"}))
          landmark = true;
        // ("ahead of this month's OPEC meeting", "on the eve of", "at the end of")
        if (a.rel(c) == "case"sv && a.lower[c] == "of"sv && c > 0 &&
            In(a.lower[c - 1], {"ahead", "eve", "end", "close", "start", "outset", "margins", "sidelines"}))
          landmark = true;
        if (In(a.rel(c), {"amod", "compound", "nmod:poss"}) &&
            In(a.lower[c], {"annual", "shareholder", "shareholders", "stockholders", "board", "weekly", "monthly",
                            "quarterly", "regular", "extraordinary", "general", "cabinet", "policy", "rate-setting",
                            "plenary", "creditors", "bondholders", "special"}))
          landmark = true;
      }
      // (A meeting "with" or "between" someone the dictionary lacks is still one: "after a
      // meeting with a 14-bank advisory committee".)
      for (int c : a.children[v])
        if (a.rel(c).rfind("nmod", 0) == 0 && In(a.CaseOf(c), {"with", "between"})) landmark = false;
      if (landmark) {
        if (explain) *explain << "    (a meeting named as a time or a routine, with no other side: not coded)\n";
        continue;
      }
    }
    // A telephone call is between two sides, hosting is of a guest: with no other side
    // named there is no such event ("BT offers free net phone calls", "hosted a dinner",
    // "the ceremony was hosted by the family").
    if (In(code, {"041", "043"}) && targets.empty()) {
      if (explain) *explain << "    (a call or hosting with no other side: not coded)\n";
      continue;
    }
    // An arrival is a visit when it has a destination: someone or some place received, or
    // "here" (the dateline's place). "civil servants who arrived late", "a woman arrives
    // on the scene", "the migrants who have arrived", "arrived at a satisfactory price"
    // visit no one; nor do civilians and refugees arriving in a country, who migrate.
    if (code == "042"sv && In(a.tok(v).lemma, {"arrive", "arrival"})) {
      bool destination = !targets.empty();
      for (int c : a.children[v]) {
        if (a.rel(c) == "advmod"sv && a.lower[c] == "here"sv) destination = true;
        if ((a.rel(c).rfind("obl", 0) == 0 || a.rel(c).rfind("nmod", 0) == 0) &&
            In(a.CaseOf(c), {"in", "at", "to", "into"}) && a.PlaceAt(c))
          destination = true;
        // (Come for talks or to do something there: "a World Bank mission arrived on Monday
        // to analyse the economy", "arrived for talks on oil prices".)
        if (In(a.rel(c), {"advcl", "xcomp"}) && a.tok(c).upos == "VERB"sv && a.Child(c, {"mark"}) >= 0 &&
            a.lower[a.Child(c, {"mark"})] == "to"sv)
          destination = true;
        if (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "for"sv &&
            In(a.tok(c).lemma, {"talk", "talks", "meeting", "visit", "summit", "negotiation", "consultation",
                                "conference", "discussion", "mission"}))
          destination = true;
      }
      // ("arrive at a system of target zones": reaching a result.)
      for (const int c : a.children[v])
        if (a.rel(c).rfind("obl", 0) == 0 && a.CaseOf(c) == "at"sv && ActorsAt(a, c).empty() && !a.PlaceAt(c) &&
            In(a.tok(c).lemma, {"price", "agreement", "deal", "decision", "conclusion", "solution", "compromise",
                                "consensus", "system", "figure", "settlement", "understanding", "verdict", "estimate",
                                "number", "total", "result", "outcome", "accord", "view", "position", "formula",
                                "arrangement", "answer", "judgment", "judgement", "value", "valuation", "point"}))
          destination = false;
      bool migrants = !sources.empty();
      for (const Actor& x : sources) migrants = migrants && In(x.role, {"CVL", "REF"});
      if (!destination || migrants) {
        if (explain) *explain << (migrants ? "    (civilians arriving: migration, no visit)\n"
                                           : "    (an arrival with no destination: no visit)\n");
        continue;
      }
    }
    if (unclaimed_attack) {  // (its victims, coded, and no one else)
      targets.clear();
      for (const Actor& x : ActorsAt(a, unclaimed_victims))
        if (!x.code.empty()) targets.push_back(x);
      if (targets.empty()) continue;
    }
    emit(best, sources, targets, code, why_mood);
    // Negotiating is mutual: "X held talks with Y" is also Y negotiating with X, as
    // PETRARCH's [046:046] codes it (only between coded sides).
    if (code == "046"sv)
      for (const Actor& t : targets)
        if (!t.code.empty()) {
          std::vector<Actor> back;
          for (const Actor& x : sources)
            if (!x.code.empty() && x.code != t.code) back.push_back(x);
          if (!back.empty()) emit(best, {t}, back, code, why_mood);
        }
    if (!targets.empty()) targets_at[v] = targets;
    triggers_done.insert(v);
  }
  // "..., the Kremlin said": the reporting verb names the claimant of the sentence's
  // events; it is not a statement event of its own.
  std::set<std::string> claimants;
  for (size_t i = first_new; i < out.size(); ++i)
    if (!out[i].reported_by.empty()) claimants.insert(out[i].reported_by.name);
  if (!claimants.empty())
    out.erase(std::remove_if(out.begin() + first_new, out.end(),
                             [&](const Event& e) {
                               return e.cameo == "010"sv && claimants.count(e.source.name) &&
                                      e.reported_by.empty();
                             }),
              out.end());
  // "Israel said Hamas fired rockets at Ashkelon": to report another party's violence is
  // to accuse it (112), as PETRARCH and ICEWS code it; the reported attack stays, with its
  // claimant. A news medium reporting is no accuser.
  const CodeInfo* accuse = codebook.Find("112");
  const size_t end = out.size();
  std::vector<size_t> claimed_only;  // contested acts that became accusations
  for (size_t i = first_new; i < end && accuse; ++i) {
    const Event& e = out[i];
    const Actor& speaker = e.reported_by;
    // (A side reporting its own act, "the U.S. Central Command said" of a US strike, makes
    // a claim, not an accusation.)
    // (Nor does a role of no country, "the military said", "police said": whose military is
    // unknown, and it is as often the side that struck.)
    if (speaker.code.empty() || speaker.role == "MED"sv || e.source.code.empty() ||
        (speaker.country.empty() && speaker.code == speaker.role) ||
        e.source.code == speaker.code || !In(e.cameo_root, {"18", "19", "20"}) ||
        (!speaker.country.empty() && speaker.country == e.source.country))
      continue;
    bool seen = false;
    for (size_t j = first_new; j < out.size(); ++j)
      seen = seen || (out[j].cameo.rfind("11", 0) == 0 && out[j].source.code == speaker.code &&
                      out[j].target.code == e.source.code);
    if (contested_triggers.count(e.trigger_start)) claimed_only.push_back(i);
    if (seen) continue;
    // The speaker's own accusation with no target found ("Ukraine says Russia was behind
    // the attacks") is this one: it takes the accused as target.
    bool filled = false;
    for (size_t j = first_new; j < out.size() && !filled; ++j)
      if (out[j].cameo.rfind("11", 0) == 0 && out[j].source.code == speaker.code && out[j].target.empty()) {
        out[j].target = e.source;
        filled = true;
      }
    if (filled) continue;
    Event ev = e;
    ev.source = speaker;
    ev.target = e.source;
    ev.reported_by = Actor{};
    ev.cameo = accuse->code;
    ev.cameo_root = accuse->code.substr(0, 2);
    ev.goldstein = accuse->goldstein;
    ev.quad_class = accuse->quad_class;
    ev.plover = accuse->plover_event;
    ev.pattern = e.pattern + " [reported by " + speaker.name + ": an accusation]";
    out.push_back(std::move(ev));
  }
  for (auto it = claimed_only.rbegin(); it != claimed_only.rend(); ++it) out.erase(out.begin() + *it);
  // An event with no target that repeats one of the sentence with a target (same source,
  // same code: "France accused Rwanda ..., alleging ...") says nothing more.
  std::vector<bool> repeats(out.size(), false);
  for (size_t i = first_new; i < out.size(); ++i) {
    if (!out[i].target.empty()) continue;
    for (size_t j = first_new; j < out.size() && !repeats[i]; ++j)
      repeats[i] = j != i && !out[j].target.empty() && out[j].cameo == out[i].cameo &&
                   out[j].source.code == out[i].source.code;
  }
  for (size_t i = out.size(); i-- > first_new;)
    if (repeats[i]) out.erase(out.begin() + i);
  // "agreed to offer aid": the agreed act's own intent code (033) says what the generic
  // intent to cooperate (030) would, and more.
  std::vector<bool> generic(out.size(), false);
  for (size_t i = first_new; i < out.size(); ++i) {
    if (out[i].cameo != "030"sv) continue;
    for (const auto& [at, act] : agreed_acts)
      if (at == out[i].trigger_start)
        for (size_t j = first_new; j < out.size() && !generic[i]; ++j)
          generic[i] = out[j].trigger_start == act && out[j].cameo.rfind("03", 0) == 0 && out[j].cameo != "030"sv &&
                       out[j].source.code == out[i].source.code;
  }
  for (size_t i = out.size(); i-- > first_new;)
    if (generic[i]) out.erase(out.begin() + i);
  // What a coded actor did to something that is no actor: the thing, by name, as the
  // target (no code).
  for (size_t i = first_new; i < out.size(); ++i) {
    Event& e = out[i];
    if (e.source.code.empty() || !e.target.code.empty() || !e.target.name.empty()) continue;
    for (const auto& [at, object] : object_at)
      if (at == e.trigger_start) {
        e.target.name = a.PhraseText(object);
        break;
      }
  }
}

// Is what the verb admits (acknowledges, concedes) a wrong or a deed of the admitter's?
// (See the 015 rule in CodeSentence.)
static bool AdmitsResponsibility(const Analysis& a, int v) {
  auto wrong = [&](int k) {
    const std::string& l = a.tok(k).lemma.empty() ? a.lower[k] : a.tok(k).lemma;
    return In(l, {"fraud", "bribe", "bribery", "corruption", "mistake", "error", "wrong", "wrongdoing", "guilt",
                  "guilty", "fault", "lie", "falsify", "false", "leak", "kill", "killing", "attack", "abuse",
                  "cheat", "mislead", "crime", "role", "involvement", "responsibility", "blame", "failure",
                  "fail", "torture", "spy", "spying", "illegal", "illegally", "violate", "violation", "slavery",
                  "negligence", "collusion", "misconduct", "breach", "cover-up", "responsible", "liable"});
  };
  for (int c : a.children[v]) {
    const std::string& r = a.rel(c);
    if (!In(r, {"obj", "ccomp", "xcomp", "obl", "advcl"})) continue;
    // (A deed named by a gerund: "admitted leaking", "admitted to falsifying".)
    if (a.tok(c).xpos == "VBG"sv) return true;
    for (int k = 0; k < static_cast<int>(a.lower.size()); ++k)
      if (a.IsDescendant(k, c) && wrong(k)) return true;
    if (r != "ccomp"sv) continue;
    // The admitter's own deed: a clause whose subject is a pronoun or owned by one.
    if (In(a.tok(c).lemma, {"be", "have", "seem", "appear", "think", "believe", "feel", "know", "hope", "want",
                            "love", "like", "need", "expect", "go", "come", "remain", "become", "look"}))
      continue;
    const int subject = a.Child(c, {"nsubj", "nsubj:pass"});
    if (subject < 0) continue;
    if (In(a.lower[subject], {"he", "she", "it", "they", "we", "i"})) return true;
    // ("its forces", "one of its employees")
    for (int g = 0; g < static_cast<int>(a.lower.size()); ++g)
      if (a.rel(g) == "nmod:poss"sv && In(a.lower[g], {"its", "his", "her", "their", "our", "my"}) &&
          a.IsDescendant(g, subject))
        return true;
  }
  return false;
}

// Does the story read as a sports report? At least three distinct words only sport uses
// ("striker", "rugby", "semi-final"), or two and a score ("4-6 6-4", "won 2-1").
static bool IsSportStory(const Document& doc) {
  static const std::string_view kWords[] = {
      "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "footballer", "footballers",
      "rugby", "football", "tennis", "cricket", "golf", "athletics", "olympic", "olympics", "marathon",
      "premiership", "tournament", "semi-final", "semi-finals", "quarter-final", "quarter-finals",
      "referee", "half-time", "wicket", "wickets", "innings", "sprinter", "scored", "goals", "fixture",
      "fixtures", "championship", "championships", "winger", "fly-half", "scrum", "touchline", "seeded",
      "grand slam", "six nations", "world cup", "fa cup", "champions league", "davis cup", "test match",
      // (Added after reading the BBC sport stories the list missed: tennis rounds, athletics,
      // injuries and managers; each checked to flag no politics story of that corpus.)
      "second round", "first round", "third round", "qualifying", "match point", "set point", "lucky loser",
      "wta", "atp", "squad", "coach", "medal", "medals", "world record", "personal best", "relay", "hurdles",
      "indoor", "injury", "manager", "goal", "sprint", "team-mate", "team-mates", "cross country", "runners",
      "penalty"};
  const std::string text = Lower(doc.text);
  int distinct = 0;
  for (std::string_view w : kWords) {
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
      auto letter = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
      const bool starts = at == 0 || !letter(text[at - 1]);
      const bool ends = at + w.size() >= text.size() || !letter(text[at + w.size()]);
      if (starts && ends) {
        ++distinct;
        break;
      }
    }
    if (distinct >= 3) return true;
  }
  if (distinct < 2) return false;
  // A score: digits, a hyphen, digits, not part of a date or a longer number ("6-4", "2-1").
  for (size_t i = 1; i + 2 < text.size(); ++i)
    if (text[i] == '-' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])) && (i < 2 || !std::isdigit(static_cast<unsigned char>(text[i - 2]))) &&
        (i + 2 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 2]))) &&
        (i < 2 || text[i - 2] == ' '))
      return true;
  return false;
}

std::vector<Event> Coder::Code(Document& doc) const {
  clean::Clean(doc);
  text::Segment(doc);
  std::vector<Event> out;
  actors::StoryMemory memory;
  std::string ref_date;  // the paragraph's last explicit date, for past-perfect clauses
  uint32_t paragraph_end = 0;
  places::Context place_context;
  std::vector<Actor> earlier_people, earlier_countries;
  std::string dateline_country, dateline_country_name;
  // Remembers a sentence's named people and countries (distinct, most recent last).
  auto remember_actors = [&](const Analysis& a) {
    auto push = [](std::vector<Actor>& list, const Actor& x) {
      std::erase_if(list, [&](const Actor& y) { return y.code == x.code && y.name == x.name; });
      list.push_back(x);
    };
    // "Ruaa Hassan, a Syrian engineer, opened a bakery. She has ...": a person no
    // dictionary knows, introduced as one, is the last person named: "she" is not the
    // president named before. (Remembered with no code: "she" then codes nothing rather
    // than someone else.) In the order of the text, with the sentence's actors.
    const auto introduced = IntroducedPeople(*a.tokens, a.matches);
    size_t next = 0;
    for (const Unit& u : a.units) {
      for (; next < introduced.size() && introduced[next].first < u.begin; ++next)
        push(earlier_people, introduced[next].second);
      if (u.actor.code.empty() || u.agent_only) continue;
      if (u.person) {
        push(earlier_people, u.actor);
      } else if (!u.actor.country.empty()) {
        Actor c;
        c.code = c.country = u.actor.country;
        c.name = u.actor.name;
        bool seen = false;
        for (const Actor& y : earlier_countries) seen = seen || y.code == c.code;
        if (seen) std::erase_if(earlier_countries, [&](const Actor& y) { return y.code == c.code; });
        earlier_countries.push_back(c);
      }
    }
    for (; next < introduced.size(); ++next) push(earlier_people, introduced[next].second);
  };
  for (int i = 0; i < static_cast<int>(doc.sentences.size()); ++i) {
    Sentence& s = doc.sentences[i];
    // A new paragraph resets the reference date.
    if (s.start > paragraph_end + 1 && doc.text.compare(paragraph_end, 2, "\n\n") == 0) ref_date.clear();
    paragraph_end = s.end;
    Analysis a;
    a.tokens = &s.tokens;
    a.matches = impl_->dict->Find(s.tokens, doc.date, &memory);
    if (i == 0) {
      const size_t end = DatelineEnd(s.tokens);
      // (The country's own name when the dateline gives it: "NAIROBI, Kenya".)
      for (const auto& m : a.matches)
        if (m.begin < end && m.actor.country.size() == 3 &&
            (dateline_country.empty() || m.kind == actors::Kind::kCountry)) {
          dateline_country = m.actor.country;
          dateline_country_name = m.actor.name;
        }
    }
    a.dateline_country = dateline_country;
    a.dateline_country_name = dateline_country_name;
    if (i == 0) a.dateline_end = static_cast<uint32_t>(DatelineEnd(s.tokens));
    DropDatelineActors(s.tokens, a.matches);
    // Places of every sentence feed the story's context (which Tripoli, which Georgia).
    std::vector<places::PlaceMention> mentions;
    if (impl_->gazetteer) mentions = impl_->gazetteer->Find(s.tokens, place_context);
    // (Only places after a locative word: "Israel's key ally" names no place; "from" for
    // what is withdrawn from a place.)
    for (const auto& m : mentions) a.place_mentions.emplace_back(m.begin_token, m.end_token);
    for (const auto& m : mentions) {
      if (m.place.country.empty()) continue;
      uint32_t b = m.begin_token;
      while (b > 0 && In(Lower(s.tokens[b - 1].text), {"the", "city", "of", "town", "village", "region", "province",
                                                       "northern", "southern", "eastern", "western", "central",
                                                       "northeastern", "northwestern", "southeastern", "southwestern",
                                                       "north", "south", "east", "west"}))
        --b;
      if (b == 0) continue;
      std::string before = Lower(s.tokens[b - 1].text);
      // "in parts of Kashmir", "on the outskirts of Jenin": a place a part of which the
      // sentence names is placed by the word before that part. (The loop above has passed
      // the "of"; b - 1 is the part.)
      std::string part = before;
      if (part.size() > 3 && part.back() == 's' && part != "outskirts"sv) part.pop_back();  // ("parts")
      if (Lower(s.tokens[b].text) == "of"sv && IsAreaNoun(part) && !In(part, {"much", "most", "rest", "state"})) {
        std::string loc;
        for (int j = static_cast<int>(b) - 2; j >= 0 && j >= static_cast<int>(b) - 5 && loc.empty(); --j) {
          const std::string w = Lower(s.tokens[j].text);
          if (In(w, {"in", "near", "at", "outside", "around", "across", "inside", "on", "into", "over", "from"})) loc = w;
          else if (!w.empty() && !std::isalnum(static_cast<unsigned char>(w[0])) && w != "-"sv) break;
        }
        if (!loc.empty()) before = loc;
      }
      const bool in = In(before, {"in", "near", "at", "outside", "around", "across", "inside"});
      if (in || In(before, {"on", "into", "over", "from"}))
        a.place_spans.push_back({m.begin_token, m.end_token, m.place.country, m.text, in});
    }
    auto remember_places = [&] {
      if (!impl_->gazetteer) return;
      for (const auto& m : a.matches)
        if (m.actor.country.size() == 3) place_context.countries.push_back(m.actor.country);
      place_context.Remember(mentions);
    };
    // Cascade: no actor or no pattern that could match, no event: the sentence is not parsed (its
    // dates still set the reference for a later past-perfect clause).
    // ("Both countries agreed ...": no dictionary actor, but a pair the story named.)
    bool refers_to_pair = false;
    if (a.matches.empty() && earlier_people.size() + earlier_countries.size() >= 2)
      for (const Token& t : s.tokens)
        refers_to_pair = refers_to_pair || Lower(t.text) == "both"sv || Lower(t.text) == "two"sv;
    impl_->sentences.fetch_add(1, std::memory_order_relaxed);
    bool tagged = false;
    thread_local std::vector<int> word_ids;
    if ((a.matches.empty() && !refers_to_pair) || !impl_->MayMatchPattern(s.tokens, &word_ids) ||
        !(tagged = true, impl_->ParseWithNames(s.tokens, a.matches, /*only_if_heads=*/true, &word_ids))) {
      if (tagged) impl_->tagged.fetch_add(1, std::memory_order_relaxed);
      for (const auto& t : time::FindTimeExpressions(doc.SentenceText(s), doc.date))
        if (!t.value.empty() && t.precision != time::Precision::kSpan && t.value != doc.date) ref_date = t.value;
      remember_places();
      // Its people and countries are remembered all the same: "He" in a later sentence
      // is the person named here whether or not this sentence had an event.
      if (!a.matches.empty()) a.units = actors::Compose(*impl_->dict, s.tokens, a.matches);
      remember_actors(a);
      continue;
    }
    RepairParse(s.tokens);
    a.Link();
    impl_->BuildUnits(a, doc.date);
    a.earlier_people = &earlier_people;
    a.earlier_countries = &earlier_countries;
    thread_local WordIdBits word_bits;
    word_bits.Assign(word_ids);
    a.word_ids = &word_bits;
    impl_->tagged.fetch_add(1, std::memory_order_relaxed);
    impl_->parsed.fetch_add(1, std::memory_order_relaxed);
    size_t first_event = out.size();
    impl_->CodeSentence(doc, i, a, ref_date, memory, out, nullptr);
    if (out.size() > first_event) impl_->with_events.fetch_add(1, std::memory_order_relaxed);
    if (impl_->gazetteer && out.size() > first_event) {
      events::Spans spans;
      for (const auto& m : a.matches) spans.emplace_back(m.begin, m.end);
      events::LocateEvents(doc, s.tokens, mentions, spans, *impl_->gazetteer,
                           out.data() + first_event, out.size() - first_event);
    }
    remember_places();
    remember_actors(a);
    for (const auto& t : a.times)
      if (!t.value.empty() && t.precision != time::Precision::kSpan && t.value != doc.date)
        ref_date = t.value;
  }
  // A sports report's sides are teams, players and clubs: their attacks, clashes, sieges,
  // tours and meetings are play ("Wales laid siege to the English line", "the South
  // Africa tour of New Zealand", "Liverpool's clash with Bayer Leverkusen"). In a story
  // that reads as sport, an event is coded only where the state takes part: a government,
  // a court, the police, soldiers or fighters (doping charges, police fighting fans).
  if (IsSportStory(doc)) {
    // (And force only where someone armed takes part: "help the authorities kick out the
    // cheats" expels no one.)
    std::erase_if(out, [](const Event& e) {
      auto state = [](const Actor& x) {
        return In(x.role, {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP", "CRM"});
      };
      auto armed = [](const Actor& x) { return In(x.role, {"MIL", "REB", "INS", "UAF", "COP", "SEP", "SPY", "CRM"}); };
      const bool force = In(e.cameo_root, {"18", "19", "20"}) || In(e.cameo, {"170", "171", "174", "175"});
      return (!state(e.source) && !state(e.target)) || (force && !armed(e.source) && !armed(e.target));
    });
  }
  if (impl_->require_target) std::erase_if(out, [](const Event& e) { return e.target.empty(); });
  return out;
}

std::string Coder::Explain(const std::string& sentence, const std::string& date) const {
  Document doc;
  doc.id = "explain";
  doc.date = date;
  doc.raw = sentence;
  std::ostringstream os;
  auto events = Code(doc);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Sentence& s = doc.sentences[i];
    os << "Sentence " << i << ": " << doc.SentenceText(s) << "\n";
    Analysis a;
    a.tokens = &s.tokens;
    actors::StoryMemory memory;
    a.matches = impl_->dict->Find(s.tokens, date, &memory);
    if (i == 0) a.dateline_end = static_cast<uint32_t>(DatelineEnd(s.tokens));
    DropDatelineActors(s.tokens, a.matches);
    if (impl_->gazetteer) {
      places::Context ctx;
      for (const auto& m : impl_->gazetteer->Find(s.tokens, ctx)) a.place_mentions.emplace_back(m.begin_token, m.end_token);
    }
    impl_->ParseWithNames(s.tokens, a.matches);
    RepairParse(s.tokens);
    a.Link();
    os << "\nTokens and parse:\n";
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      char line[256];
      snprintf(line, sizeof line, "  %2zu  %-16s %-12s %-5s %-4s %3d  %s\n", k, t.text.c_str(),
               t.lemma.c_str(), t.upos.c_str(), t.xpos.c_str(), t.head, t.deprel.c_str());
      os << line;
    }
    impl_->BuildUnits(a, date);
    os << "\nActors:\n";
    for (const auto& m : a.matches)
      os << "  [" << m.begin << "," << m.end << ") " << actors::KindName(m.kind) << " " << m.actor.code
         << "  " << m.why << "\n";
    for (const auto& u : a.units)
      os << "  actor [" << u.begin << "," << u.end << ") " << (u.name_only ? "(name-only)" : u.actor.code) << "  \""
         << u.actor.name << "\"\n";
    auto times = time::FindTimeExpressions(doc.SentenceText(s), date);
    os << "\nDates:\n";
    for (const auto& t : times)
      os << "  \"" << t.text << "\" -> " << (t.value.empty() ? "?" : t.value) << " ("
         << time::PrecisionName(t.precision) << ")\n";
    os << "\nPlaces:\n";
    if (impl_->gazetteer) {
      places::Context ctx;
      auto mentions = impl_->gazetteer->Find(s.tokens, ctx);
      for (const auto& m : mentions)
        os << "  \"" << m.text << "\" -> " << m.place.name << " (" << m.place.country
           << (m.place.admin1.empty() ? "" : ", " + m.place.admin1) << "; "
           << places::PrecisionName(m.place.precision) << ")  " << m.why << "\n";
      if (mentions.empty()) os << "  (none named)\n";
    } else {
      os << "  (no gazetteer loaded)\n";
    }
    os << "\nPatterns:\n";
    std::vector<Event> ignored;
    std::ostringstream pats;
    impl_->CodeSentence(doc, static_cast<int>(i), a, "", memory, ignored, &pats);
    os << pats.str();
  }
  os << "\nEvents:\n";
  for (const auto& e : events)
    os << "  " << (e.source.code.empty() ? "\"" + e.source.name + "\"" : e.source.code) << " -> "
       << (!e.target.empty() ? e.target.code : e.target.name.empty() ? "-" : "\"" + e.target.name + "\"") << "  "
       << e.cameo << " " << (codebook().Find(e.cameo) ? codebook().Find(e.cameo)->name : "") << "  date "
       << (e.date.empty() ? "?" : e.date) << " (" << e.date_precision << ")"
       << (e.reported_by.name.empty() ? "" : "  reported by " + e.reported_by.name) << "\n      "
       << "where: " << (e.location.empty() ? "?" : e.location.name + " (" + e.location.country + ", " +
                                                       e.location.precision + ") — " + e.location.why)
       << "\n      "
       << e.pattern << "\n";
  if (events.empty()) os << "  (none)\n";
  return os.str();
}

}  // namespace dyad
