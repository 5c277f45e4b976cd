// Rule-based English lemmatizer: the fallback of the model's lemma table, and the
// public dyad::syntax::Lemmatize used by the event patterns.
//
// Lemmas are lower case with ASCII apostrophes. The Penn tag selects the rules: verbs
// (VB*), plural nouns (NNS, NNPS), comparatives (JJR, JJS, RBR, RBS) and a few closed
// classes; every other word is its own lower-cased lemma.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/syntax.h"
#include "syntax/hash.h"

namespace dyad::syntax {
namespace {

// "lemma past participle", alternatives separated by '/'.
constexpr const char* kIrregularVerbs[] = {
    "arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore born/borne",
    "beat beat beaten", "become became become", "befall befell befallen", "begin began begun",
    "behold beheld beheld", "bend bent bent", "beset beset beset", "bet bet bet", "bid bid bid",
    "bind bound bound", "bite bit bitten", "bleed bled bled", "blow blew blown",
    "break broke broken", "breed bred bred", "bring brought brought",
    "broadcast broadcast broadcast", "build built built", "burn burnt burnt",
    "burst burst burst", "buy bought bought", "cast cast cast", "catch caught caught",
    "choose chose chosen", "cling clung clung", "come came come", "cost cost cost",
    "creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug", "dive dove dived",
    "do did done", "draw drew drawn", "dream dreamt dreamt", "drink drank drunk",
    "drive drove driven", "dwell dwelt dwelt", "eat ate eaten", "fall fell fallen",
    "feed fed fed", "feel felt felt", "fight fought fought", "find found found",
    "flee fled fled", "fling flung flung", "fly flew flown", "forbid forbade forbidden",
    "forecast forecast forecast", "foresee foresaw foreseen", "forget forgot forgotten",
    "forgive forgave forgiven", "forsake forsook forsaken", "freeze froze frozen",
    "get got got/gotten", "give gave given", "go went gone", "grind ground ground",
    "grow grew grown", "hang hung hung", "have had had", "hear heard heard",
    "hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept",
    "kneel knelt knelt", "know knew known", "lay laid laid", "lead led led",
    "lean leant leant", "leap leapt leapt", "learn learnt learnt", "leave left left",
    "lend lent lent", "let let let", "lie lay lain", "light lit lit", "lose lost lost",
    "make made made", "mean meant meant", "meet met met", "mislead misled misled",
    "mistake mistook mistaken", "misunderstand misunderstood misunderstood",
    "outdo outdid outdone", "overcome overcame overcome", "overhear overheard overheard",
    "override overrode overridden", "overrun overran overrun", "oversee oversaw overseen",
    "overtake overtook overtaken", "overthrow overthrew overthrown", "pay paid paid",
    "plead pled pled", "prove proved proven", "put put put", "quit quit quit",
    "read read read", "rebuild rebuilt rebuilt", "redo redid redone", "rerun reran rerun",
    "reset reset reset", "retake retook retaken", "retell retold retold",
    "rewrite rewrote rewritten", "rid rid rid", "ride rode ridden", "ring rang rung",
    "rise rose risen", "run ran run", "say said said", "see saw seen", "seek sought sought",
    "sell sold sold", "send sent sent", "set set set", "sew sewed sewn", "shake shook shaken",
    "shed shed shed", "shine shone shone", "shoot shot shot", "show showed shown",
    "shrink shrank shrunk", "shut shut shut", "sing sang sung", "sink sank sunk",
    "sit sat sat", "slay slew slain", "sleep slept slept", "slide slid slid",
    "sling slung slung", "slit slit slit", "smite smote smitten", "sneak snuck snuck",
    "speak spoke spoken", "speed sped sped", "spell spelt spelt", "spend spent spent",
    "spill spilt spilt", "spin spun spun", "spit spat spat", "split split split",
    "spoil spoilt spoilt", "spread spread spread", "spring sprang sprung",
    "stand stood stood", "steal stole stolen", "stick stuck stuck", "sting stung stung",
    "stink stank stunk", "stride strode stridden", "strike struck struck/stricken",
    "string strung strung", "strive strove striven", "swear swore sworn",
    "sweep swept swept", "swell swelled swollen", "swim swam swum", "swing swung swung",
    "take took taken", "teach taught taught", "tear tore torn", "tell told told",
    "think thought thought", "throw threw thrown", "thrust thrust thrust",
    "tread trod trodden", "undergo underwent undergone", "understand understood understood",
    "undertake undertook undertaken", "undo undid undone", "upset upset upset",
    "uphold upheld upheld", "wake woke woken", "wear wore worn", "weave wove woven",
    "wed wed wed", "weep wept wept", "win won won", "wind wound wound",
    "withdraw withdrew withdrawn", "withhold withheld withheld",
    "withstand withstood withstood", "wring wrung wrung", "write wrote written",
    "become became become", "input input input", "offset offset offset",
    "outbid outbid outbid", "outrun outran outrun", "partake partook partaken",
    "inlay inlaid inlaid", "mislay mislaid mislaid", "misread misread misread",
    "resell resold resold", "retake retook retaken", "reread reread reread",
    "overpay overpaid overpaid", "underpay underpaid underpaid", "uphold upheld upheld",
    "foretell foretold foretold", "outgrow outgrew outgrown", "overdo overdid overdone",
    "oversell oversold oversold", "overshoot overshot overshot", "oversleep overslept overslept",
    "overspend overspent overspent", "mishear misheard misheard", "misspend misspent misspent",
    "rethink rethought rethought", "rebind rebound rebound", "remake remade remade",
    "repay repaid repaid", "resend resent resent", "rewind rewound rewound",
    "unbind unbound unbound", "undercut undercut undercut", "underlie underlay underlain",
    "underwrite underwrote underwritten", "unwind unwound unwound", "waylay waylaid waylaid",
};

// Plural nouns whose singular the suffix rules miss.
constexpr const char* kIrregularNouns[] = {
    "men man", "women woman", "children child", "feet foot", "teeth tooth", "geese goose",
    "mice mouse", "lice louse", "oxen ox", "dice die", "lives life", "wives wife",
    "knives knife", "wolves wolf", "halves half", "leaves leaf", "shelves shelf",
    "thieves thief", "loaves loaf", "calves calf", "selves self", "elves elf",
    "scarves scarf", "hooves hoof", "criteria criterion", "phenomena phenomenon",
    "analyses analysis", "crises crisis", "theses thesis", "hypotheses hypothesis",
    "diagnoses diagnosis", "oases oasis", "parentheses parenthesis", "syntheses synthesis",
    "emphases emphasis", "axes axis", "indices index", "appendices appendix",
    "matrices matrix", "vertices vertex", "alumni alumnus", "cacti cactus", "fungi fungus",
    "nuclei nucleus", "stimuli stimulus", "syllabi syllabus", "radii radius",
    "curricula curriculum", "memoranda memorandum", "bacteria bacterium", "quizzes quiz",
    "gases gas", "aliases alias", "biases bias", "atlases atlas", "canvases canvas",
    "excuses excuse", "abuses abuse", "refuses refuse", "fuses fuse", "ruses ruse",
    "muses muse", "shoes shoe", "toes toe", "foes foe", "canoes canoe", "hoes hoe",
    "tiptoes tiptoe", "oboes oboe", "movies movie", "cookies cookie", "zombies zombie",
    "calories calorie", "rookies rookie", "brownies brownie", "selfies selfie",
    "goalies goalie", "prairies prairie", "aunties auntie", "hippies hippie", "pies pie",
    "ties tie", "lies lie", "dies die", "series series", "species species", "means means",
    "news news", "headquarters headquarters", "people people", "police police",
    "data data", "media media", "clothes clothes", "aircraft aircraft", "sheep sheep",
    "fish fish", "deer deer", "arms arm", "politics politics", "economics economics",
    "physics physics", "mathematics mathematics", "ethics ethics", "statistics statistics",
    "thanks thanks", "glasses glasses", "pants pants", "jeans jeans", "scissors scissors",
    "bases base", "cases case", "focuses focus", "buses bus", "census census",
};

const std::unordered_map<std::string, std::string>& PastForms() {
  static const auto* m = [] {
    auto* map = new std::unordered_map<std::string, std::string>;
    for (const char* line : kIrregularVerbs) {
      std::string_view s(line);
      size_t a = s.find(' '), b = s.rfind(' ');
      std::string lemma(s.substr(0, a));
      std::string_view forms = s.substr(a + 1);
      (void)b;
      size_t start = 0;
      for (size_t i = 0; i <= forms.size(); ++i) {
        if (i == forms.size() || forms[i] == ' ' || forms[i] == '/') {
          if (i > start) map->emplace(std::string(forms.substr(start, i - start)), lemma);
          start = i + 1;
        }
      }
    }
    return map;
  }();
  return *m;
}

const std::unordered_map<std::string, std::string>& NounForms() {
  static const auto* m = [] {
    auto* map = new std::unordered_map<std::string, std::string>;
    for (const char* line : kIrregularNouns) {
      std::string_view s(line);
      size_t a = s.find(' ');
      map->emplace(std::string(s.substr(0, a)), std::string(s.substr(a + 1)));
    }
    return map;
  }();
  return *m;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsVowelY(char c) { return IsVowel(c) || c == 'y'; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsConsonant(char c) { return IsLetter(c) && !IsVowel(c); }
bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}
bool HasVowel(std::string_view s) {
  for (char c : s)
    if (IsVowelY(c)) return true;
  return false;
}

// Number of vowel groups ("y" counts after the first letter).
int Syllables(std::string_view s) {
  int n = 0;
  bool in = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool v = IsVowel(s[i]) || (s[i] == 'y' && i > 0);
    if (v && !(s[i] == 'u' && i > 0 && s[i - 1] == 'q')) {
      if (!in) ++n;
      in = true;
    } else {
      in = false;
    }
  }
  return n;
}

// Consonant, single vowel, consonant at the end ("hop", "vot", "quot"; not "heat").
bool EndsCVC(std::string_view s) {
  size_t n = s.size();
  if (n < 2) return false;
  char c = s[n - 1], v = s[n - 2];
  if (!IsConsonant(c) || c == 'w' || c == 'x' || c == 'y') return false;
  if (!(IsVowel(v) || (v == 'y' && n >= 3 && IsConsonant(s[n - 3])))) return false;
  if (n == 2) return true;
  char p = s[n - 3];
  if (p == 'u' && n >= 4 && s[n - 4] == 'q') return true;  // "quot"
  return !IsVowel(p);
}

const std::unordered_set<std::string_view>& AddE() {
  static const std::unordered_set<std::string_view> s = {
      "ignor", "restor", "explor", "deplor", "implor", "stor", "scor", "ador", "bor",
      "snor", "underscor", "interfer", "adher", "rever", "persever", "coher", "unit",
      "invit", "recit", "excit", "ignit", "incit", "expedit", "extradit", "requit",
      "guid", "wast", "tast", "past", "hast", "bast", "conven", "interven", "contraven",
      "postpon", "condon", "aton", "dethron", "enthron", "inton", "promot", "demot",
      "devot", "complet", "compet", "delet", "deplet", "secret", "concret", "scal",
      "inhal", "exhal", "chang", "exchang", "rang", "arrang", "estrang", "challeng",
      "aveng", "reveng", "plung", "lung", "expung", "infring", "fring", "cring", "hing",
      "ting", "bing", "impring", "impinge", "spong", "loung", "scroung", "bath", "breath",
      "loath", "cloth", "sooth", "teeth", "seeth", "bequeath", "sunbath", "writh",
      "persuad", "dissuad", "intrigu", "fatigu", "plagu", "leagu", "rogu", "vogu",
  };
  return s;
}

const std::unordered_set<std::string_view>& KeepDouble() {
  static const std::unordered_set<std::string_view> s = {
      "add", "odd", "err", "ebb", "egg", "inn", "butt", "mitt", "watt", "boycott",
      "buzz", "fizz", "jazz", "whizz", "fuzz", "razz",
  };
  return s;
}

const std::unordered_set<std::string_view>& NoE() {
  static const std::unordered_set<std::string_view> s = {
      "focus", "bias", "gas", "canvas", "alias", "nonplus", "chorus", "census", "bus",
      "develop", "envelop", "gallop", "pivot", "pilot", "combat", "format",
  };
  return s;
}

// The stem of a suffixed form ("hop" from "hoped", "stopp" from "stopped") made into a
// lemma: undoubled final consonant or a restored silent e.
std::string RestoreStem(std::string stem) {
  size_t n = stem.size();
  if (n < 2 || !HasVowel(stem)) return stem;
  if (AddE().count(stem)) return stem + "e";
  if (NoE().count(stem)) return stem;
  char c = stem[n - 1], p = stem[n - 2];
  // Undoubling: "stopp" -> "stop", "controll" -> "control".
  if (c == p && IsConsonant(c) && !KeepDouble().count(stem)) {
    if (c == 'l') {
      if (Syllables(stem) >= 2 && (EndsWith(stem, "ell") || EndsWith(stem, "troll")))
        stem.pop_back();
      return stem;
    }
    if (c == 's' || c == 'f' || c == 'z' || c == 'c' || c == 'h' || c == 'w' || c == 'x' ||
        c == 'y' || c == 'q' || c == 'j')
      return stem;
    stem.pop_back();
    return stem;
  }
  auto add = [&]() { return stem + "e"; };
  if (c == 'e' || !IsLetter(c)) return stem;
  if (IsVowel(c)) return c == 'u' ? add() : stem;  // "argu" -> "argue"
  if (c == 'v') return add();
  if (c == 'c') return add();                  // "forc", "announc"
  if (c == 'z') return (IsVowel(p) || p == 'y') ? add() : stem;  // "seiz", "analyz"
  if (c == 's') return p == 's' ? stem : add();  // "us", "caus", "licens"
  if (c == 'g') {
    if (p == 'r' || p == 'd' || p == 'l') return add();  // "charg", "judg", "bulg"
    if (p == 'n') return stem;
    return (IsVowel(p) && EndsCVC(stem)) ? add() : stem;  // "stag", "engag"
  }
  if (c == 'l') {
    if (p == 'r' || p == 'w' || p == 'l') return stem;
    if (IsConsonant(p)) return add();  // "settl", "handl"
    if (!EndsCVC(stem)) return stem;
    if (p == 'a' || p == 'e') return Syllables(stem) == 1 ? add() : stem;
    return add();  // "rul", "fil", "consol"
  }
  if (c == 't' && (EndsWith(stem, "iat") || EndsWith(stem, "uat") || EndsWith(stem, "creat")))
    return add();  // "negotiat", "evaluat", "creat"
  if (!EndsCVC(stem)) return stem;
  // From here the stem ends consonant + single vowel + consonant.
  bool mono = Syllables(stem) == 1;
  if (mono) return add();  // "hop", "vot", "fir", "nam"
  switch (c) {
    case 'r':
      if (p == 'a' || p == 'i' || p == 'u') return add();  // "declar", "requir", "secur"
      return stem;
    case 't':
      if (p == 'a' || p == 'u') return add();  // "creat", "disput"
      return stem;
    case 'd':
      return add();  // "decid", "conclud", "explod", "invad", "preced"
    case 'n':
      return (p == 'i' || p == 'u') ? add() : stem;  // "combin", "tun"
    case 'm':
      return (p == 'u' || p == 'o') ? add() : stem;  // "assum", "welcom"
    case 'k':
      return add();  // "provok", "invok"
    case 'p':
      return p == 'a' ? add() : stem;  // "escap"
    case 'b':
      return p == 'i' ? add() : stem;  // "describ"
    default:
      return stem;
  }
}

std::string VerbPast(const std::string& w) {
  if (auto it = PastForms().find(w); it != PastForms().end()) return it->second;
  if (w.size() < 4 || !EndsWith(w, "ed")) return w;
  if (EndsWith(w, "ied")) return w.size() <= 4 ? w.substr(0, w.size() - 1) : w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "eed")) return w.substr(0, w.size() - 1);
  if (EndsWith(w, "ued")) return w.substr(0, w.size() - 1);
  if (EndsWith(w, "oed")) {
    if (w == "hoed" || w == "toed" || w == "shoed") return w.substr(0, w.size() - 1);
    return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "yed")) return w.substr(0, w.size() - 2);
  return RestoreStem(w.substr(0, w.size() - 2));
}

std::string VerbIng(const std::string& w) {
  if (w.size() < 5 || !EndsWith(w, "ing")) return w;
  std::string stem = w.substr(0, w.size() - 3);
  if (!HasVowel(stem)) return w;
  if (stem.size() == 2 && stem[1] == 'y') return stem.substr(0, 1) + "ie";  // dying, lying
  if (stem == "be" || stem == "see") return stem;
  return RestoreStem(stem);
}

std::string VerbS(const std::string& w) {
  static const std::unordered_map<std::string_view, std::string_view> kS = {
      {"is", "be"}, {"has", "have"}, {"does", "do"}, {"goes", "go"}, {"'s", "be"},
      {"focuses", "focus"}, {"buses", "bus"}, {"quizzes", "quiz"}, {"dies", "die"},
      {"lies", "lie"}, {"ties", "tie"}, {"vies", "vie"}, {"biases", "bias"}};
  if (auto it = kS.find(w); it != kS.end()) return std::string(it->second);
  if (w.size() < 3 || w.back() != 's' || EndsWith(w, "ss")) return w;
  if (EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "sses") || EndsWith(w, "shes") || EndsWith(w, "ches") || EndsWith(w, "xes") ||
      EndsWith(w, "zzes"))
    return w.substr(0, w.size() - 2);
  if (EndsWith(w, "oes")) return w.substr(0, w.size() - 2);
  return w.substr(0, w.size() - 1);
}

std::string NounPlural(const std::string& w) {
  if (auto it = NounForms().find(w); it != NounForms().end()) return it->second;
  for (char c : w)
    if (c >= '0' && c <= '9') return w;
  if (w.size() < 3 || w.back() != 's') {
    if (EndsWith(w, "men") && w.size() > 3) return w.substr(0, w.size() - 3) + "man";
    return w;
  }
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is") || EndsWith(w, "'s")) return w;
  if (EndsWith(w, "ies")) return w.size() <= 4 ? w.substr(0, w.size() - 1) : w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "sses") || EndsWith(w, "shes") || EndsWith(w, "ches") || EndsWith(w, "xes") ||
      EndsWith(w, "zzes"))
    return w.substr(0, w.size() - 2);
  if (EndsWith(w, "oes")) return w.substr(0, w.size() - 2);
  if (w.size() > 5 && EndsWith(w, "uses") && IsConsonant(w[w.size() - 5]))
    return w.substr(0, w.size() - 2);  // viruses, campuses
  if (EndsWith(w, "men's")) return w;
  return w.substr(0, w.size() - 1);
}

std::string Comparative(const std::string& w, bool adverb) {
  static const std::unordered_map<std::string_view, std::string_view> kAdj = {
      {"better", "good"}, {"best", "good"}, {"worse", "bad"}, {"worst", "bad"},
      {"further", "far"}, {"furthest", "far"}, {"farther", "far"}, {"farthest", "far"},
      {"more", "more"}, {"most", "most"}, {"less", "less"}, {"least", "least"},
      {"freer", "free"}, {"freest", "free"}, {"lesser", "less"}};
  static const std::unordered_map<std::string_view, std::string_view> kAdv = {
      {"better", "well"}, {"best", "well"}, {"worse", "bad"}, {"worst", "bad"},
      {"further", "far"}, {"furthest", "far"}, {"farther", "far"}, {"farthest", "far"},
      {"more", "more"}, {"most", "most"}, {"less", "less"}, {"least", "least"}};
  const auto& m = adverb ? kAdv : kAdj;
  if (auto it = m.find(w); it != m.end()) return std::string(it->second);
  std::string stem;
  if (EndsWith(w, "est") && w.size() > 4) stem = w.substr(0, w.size() - 3);
  else if (EndsWith(w, "er") && w.size() > 3) stem = w.substr(0, w.size() - 2);
  else return w;
  if (stem.size() >= 2 && stem.back() == 'i' && IsConsonant(stem[stem.size() - 2])) {
    stem.back() = 'y';  // happier, earliest
    return stem;
  }
  return RestoreStem(stem);
}

}  // namespace

std::string Lemmatize(const std::string& word, const std::string& xpos) {
  // Lower case, curly apostrophes made straight.
  std::string w;
  w.reserve(word.size());
  unsigned char prev = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x99 || static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      w.push_back('\'');
      i += 2;
      prev = 0;
      continue;
    }
    w.push_back(static_cast<char>(LowerByte(c, prev)));
    prev = c;
  }
  if (xpos.empty()) return w;
  // Clitics and closed classes.
  if (w == "n't" || w == "nt" || w == "not") return "not";
  if (xpos[0] == 'V') {
    static const std::unordered_map<std::string_view, std::string_view> kBe = {
        {"am", "be"},   {"are", "be"},  {"is", "be"},    {"was", "be"},   {"were", "be"},
        {"been", "be"}, {"being", "be"}, {"'m", "be"},   {"'re", "be"},   {"'ve", "have"},
        {"has", "have"}, {"had", "have"}, {"having", "have"}, {"ai", "be"}, {"'d", "have"}};
    if (auto it = kBe.find(w); it != kBe.end()) return std::string(it->second);
    if (w == "'s") return xpos == "VBZ" ? "be" : w;
    if (xpos == "VBD" || xpos == "VBN") return VerbPast(w);
    if (xpos == "VBG") return VerbIng(w);
    if (xpos == "VBZ") return VerbS(w);
    return w;
  }
  if (xpos == "NNS" || xpos == "NNPS") return NounPlural(w);
  if (xpos == "JJR" || xpos == "JJS") return Comparative(w, false);
  if (xpos == "RBR" || xpos == "RBS") return Comparative(w, true);
  if (xpos == "MD") {
    if (w == "ca") return "can";
    if (w == "wo" || w == "'ll") return "will";
    if (w == "'d") return "would";
    if (w == "sha") return "shall";
    return w;
  }
  if (xpos == "PRP") {
    static const std::unordered_map<std::string_view, std::string_view> k = {
        {"me", "i"},     {"us", "we"},      {"him", "he"},     {"her", "she"},
        {"them", "they"}, {"'s", "we"},     {"mine", "my"},    {"yours", "your"},
        {"ours", "our"}, {"hers", "her"},   {"theirs", "their"}, {"u", "you"},
        {"ya", "you"},   {"'em", "they"},   {"em", "they"}};
    if (auto it = k.find(w); it != k.end()) return std::string(it->second);
    return w;
  }
  if (xpos == "PRP$") {
    if (w == "ur" || w == "yo") return "your";
    return w;
  }
  if (xpos == "DT") {
    if (w == "an") return "a";
    if (w == "these") return "this";
    if (w == "those") return "that";
    return w;
  }
  if (xpos == "POS") return "'s";
  return w;
}

}  // namespace dyad::syntax
