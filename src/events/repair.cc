// Parse repairs: see repair.h.
#include "repair.h"

#include <strings.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "dyad/syntax.h"
#include "words.h"

using namespace std::string_view_literals;

namespace dyad::events {

size_t DatelineEnd(const std::vector<Token>& toks) {
  auto all_caps = [](const std::string& w) {
    int letters = 0;
    for (unsigned char c : w) {
      if (isalpha(c)) { if (!isupper(c)) return false; ++letters; }
      else if (c != '.' && c != '\'' && c != '-') return false;
    }
    return letters >= 2;
  };
  if (toks.size() < 3) return 0;
  auto capitalised = [](const std::string& w) { return !w.empty() && isupper(static_cast<unsigned char>(w[0])); };
  auto dash = [](const std::string& w) {
    return w == "-"sv || w == "--"sv || w == "\u2013"sv || w == "\u2014"sv || w == ":"sv;
  };
  if (!all_caps(toks[0].text)) {
    // "Lima, June 3, EFE -", "Quito (AP)", "Cairo (AFP) -": a place,
    // then a date or an agency, in mixed case.
    // A wire agency by name: "(WHO)" after "The World Health Organization" is no dateline.
    static const char* kAgencies[] = {"AP", "AFP", "Reuters", "IANS", "IRNA", "PTI", "ANI", "UPI",
                                      "WAM", "SPA", "KUNA", "MENA", "Xinhua", "TASS", "RIA", "APP",
                                      "Pajhwok", "Bernama", "Yonhap", "Kyodo", "Anadolu", "QNA",
                                      "BNA", "ONA", "NNA", "SANA", "Petra", "EFE", "ANSA", "DPA",
                                      "CNA", "NAN", "GNA", "KNA", "Sputnik", "AA", "IRIB", "ISNA",
                                      "Fars", "Tasnim", "Mehr", "BSS", "UNB", "NNN", "Prensa"};
    auto wire = [&](const std::string& w) {
      for (const char* a : kAgencies)
        if (strcasecmp(w.c_str(), a) == 0) return true;
      return false;
    };
    size_t k = 0;
    while (k < toks.size() && k < 4 && capitalised(toks[k].text) && !IsMonthName(toks[k].text)) ++k;
    if (k == 0 || k >= toks.size()) return 0;
    bool dated = false;
    if (toks[k].text == ","sv && k + 2 < toks.size() && IsMonthName(toks[k + 1].text) &&
        std::all_of(toks[k + 2].text.begin(), toks[k + 2].text.end(), [](unsigned char c) { return isdigit(c); })) {
      k += 3;
      dated = true;
      if (k + 1 < toks.size() && toks[k].text == ","sv && wire(toks[k + 1].text)) k += 2;  // ", EFE"
    }
    bool agency = false;
    if (k + 2 < toks.size() && toks[k].text == "("sv && wire(toks[k + 1].text) && toks[k + 2].text == ")"sv) {
      k += 3;
      agency = true;
    }
    // ("Cebu City--Police have ...": a place glued to a double dash, which the tokenizer
    // splits in two, and to the text.)
    if (!dated && !agency && k + 2 < toks.size() && toks[k].text == "-"sv && toks[k + 1].text == "-"sv &&
        toks[k].start == toks[k - 1].end && toks[k + 1].start == toks[k].end && toks[k + 2].start == toks[k + 1].end &&
        capitalised(toks[k + 2].text))
      return k + 2;
    if (!dated && !agency) return 0;
    if (k < toks.size() && dash(toks[k].text)) ++k;
    else if (!agency) return 0;  // a date alone must end in a dash
    return k < toks.size() ? k : 0;
  }
  bool in_paren = false;
  for (size_t k = 0; k < toks.size() && k < 14; ++k) {
    const std::string& w = toks[k].text;
    if (!in_paren && (w == "-"sv || w == "--"sv || w == "\u2013"sv || w == "\u2014"sv || w == ":"sv) && k > 0)
      return k + 1 < toks.size() ? k + 1 : 0;
    // ("WASHINGTON (AP) \" The president ...": the dash after the agency garbled into a quote
    // mark, as feeds that mangle encodings send it.)
    if (!in_paren && k > 1 && toks[k - 1].text == ")"sv && (w == "\""sv || w == "``"sv || w == "''"sv))
      return k + 1 < toks.size() ? k + 1 : 0;
    if (w == "("sv) { in_paren = true; continue; }
    if (w == ")"sv) { in_paren = false; continue; }
    if (in_paren || w == ","sv || all_caps(w)) continue;
    // After a comma: a country or state ("Netherlands"), a month and day ("May 17").
    bool capitalised = !w.empty() && isupper(static_cast<unsigned char>(w[0]));
    bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](unsigned char c) { return isdigit(c); });
    if ((capitalised || number) && k > 0 && (toks[k - 1].text == ","sv || !toks[k - 1].text.empty())) continue;
    return 0;
  }
  return 0;
}

// Each repair below opens with the sentence it was found on. The first two: a word hung
// from punctuation takes the punctuation's head, and a participle clause hung from a
// reporting verb that follows its reported clause ("X held calls ..., the Kremlin said,
// offering mediation") belongs to the reported clause.
// A noun naming a time ("Thursday", "hours", "today"): lower-cased word or lemma.
static bool IsWeekday(const std::string& w) {
  return In(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}
static bool IsTimeNoun(const std::string& w) {
  return IsWeekday(w) || In(w, {"second", "minute", "hour", "day", "week", "month", "year", "moment", "today",
                                "yesterday", "tonight", "night", "morning", "evening", "afternoon", "weekend"});
}

void RepairParse(std::vector<Token>& toks) {
  const int n = static_cast<int>(toks.size());
  // Each word lower-cased once: the repairs below compare them many times.
  std::vector<std::string> low(n);
  for (int i = 0; i < n; ++i) low[i] = Lower(toks[i].text);
  // Is x under anc (or anc itself)? A repair that would hang a word under its own
  // dependent is not made.
  auto descends = [&](int x, int anc) {
    for (int g = x, guard = 0; g >= 0 && guard < 64; g = toks[g].head, ++guard)
      if (g == anc) return true;
    return false;
  };
  // The preposition that opens x's phrase, lower-cased ("" when there is none).
  auto case_word = [&](int x) {
    for (int j = 0; j < x; ++j)
      if (toks[j].head == x && toks[j].deprel == "case"sv) return low[j];
    return std::string();
  };
  // Makes `verb` head a clause that modifies `governor`, with its subject and its
  // subordinator ("... as Syrian forces launched", "came as Israel announced").
  auto subordinate = [&](int verb, int governor, int subject, int mark) {
    toks[verb].head = governor;
    toks[verb].deprel = "advcl";
    toks[subject].head = verb;
    toks[subject].deprel = "nsubj";
    toks[mark].head = verb;
    toks[mark].deprel = "mark";
  };
  // Makes `verb` the sentence's root with the former root `subject` as its subject; what
  // hung on the subject after the verb is the verb's ("The US, Britain and other countries
  // accused Moscow ...", "An earthquake that struck Japan killed ...").
  auto make_root = [&](int verb, int subject) {
    toks[verb].head = -1;
    toks[verb].deprel = "root";
    for (int j = verb + 1; j < n; ++j)
      if (toks[j].head == subject) toks[j].head = verb;
    toks[subject].head = verb;
    toks[subject].deprel = "nsubj";
  };
  // "Jailed tycoon Mikhail Khodorkovsky has transferred ...": an opening participle whose
  // object is the bare noun right after it, itself right before the main verb's named
  // subject, describes that noun, which describes the name: the tycoon jailed nobody.
  if (n > 4 && toks[0].xpos == "VBN"sv && toks[0].deprel == "advcl"sv && toks[1].head == 0 &&
      toks[1].deprel == "obj"sv && In(toks[1].xpos, {"NN", "NNS"}) && toks[2].upos == "PROPN"sv &&
      toks[2].deprel == "nsubj"sv && toks[2].head == toks[0].head) {
    toks[0].head = 1;
    toks[0].deprel = "amod";
    toks[1].head = 2;
    toks[1].deprel = "compound";
  }
  for (int k = 0; k < n; ++k) {
    int h = toks[k].head, guard = 0;
    while (h >= 0 && toks[h].upos == "PUNCT"sv && toks[k].upos != "PUNCT"sv && guard++ < 8) h = toks[h].head;
    if (h == k) h = -1;
    toks[k].head = h;
  }
  // "in parts of North West Frontier Province": a preposition hung on a word of a compound
  // name before its head opens the phrase of the head.
  for (int k = 0; k < n; ++k) {
    int h = toks[k].head, guard = 0;
    if (toks[k].deprel != "case"sv || h <= k) continue;
    while (h >= 0 && In(toks[h].deprel, {"compound", "flat"}) && toks[h].head > h && guard++ < 6) h = toks[h].head;
    // (Not onto a clause's subject: a broken parse may make the name's head one.)
    if (h != toks[k].head && toks[h].deprel.rfind("nsubj", 0) != 0)
      toks[k].head = h;
  }
  // "were released from captivity by the UN-backed government", "was removed from office by
  // parliament": a passive verb's agent that the parser hung on the place or state it
  // names ("from captivity", "in prison") is the verb's.
  for (int k = 0; k < n; ++k) {
    if (toks[k].deprel != "nmod"sv || case_word(k) != "by"sv) continue;
    const int place = toks[k].head;
    if (place < 0 || place > k || toks[place].deprel != "obl"sv || toks[place].head < 0) continue;
    const int verb = toks[place].head;
    if (toks[verb].upos != "VERB"sv || toks[verb].xpos != "VBN"sv || !In(case_word(place), {"from", "in", "out"}) ||
        !In(toks[place].lemma, {"captivity", "prison", "jail", "custody", "detention", "office", "power", "country",
                                "city", "territory", "home", "area", "camp"}))
      continue;
    bool passive = false, agent = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != verb) continue;
      passive = passive || toks[j].deprel == "aux:pass"sv || toks[j].deprel == "nsubj:pass"sv;
      agent = agent || toks[j].deprel == "obl:agent"sv;
    }
    if (!passive || agent) continue;
    toks[k].head = verb;
    toks[k].deprel = "obl:agent";
  }
  // "discussed his concerns about Syria in separate phone calls with Trump and Putin": a
  // conversation "in" which something is done is the verb's, not its object's.
  for (int k = 0; k < n; ++k) {
    const int o = toks[k].head;
    if (toks[k].deprel != "nmod"sv || o < 0 || o > k || toks[o].deprel != "obj"sv || toks[o].head < 0 ||
        toks[toks[o].head].upos != "VERB"sv || !In(toks[k].lemma, {"call", "conversation", "talk", "meeting", "exchange"}) ||
        !In(case_word(k), {"in", "during"}))
      continue;
    toks[k].head = toks[o].head;
    toks[k].deprel = "obl";
  }
  // "took in 500 Syrian refugees": a direct object takes no preposition; a particle right
  // after the verb, hung on the verb's object, is the verb's. So is one the parser read as
  // opening a phrase of the verb, after a verb that takes it as a particle with an object
  // ("took in 300 Afghan refugees", "handed over the suspects").
  for (int k = 1; k + 1 < n; ++k) {
    const int v = k - 1;
    int o = toks[k].head;
    if (toks[k].deprel != "case"sv || o <= k || toks[v].upos != "VERB"sv ||
        !In(low[k], {"in", "out", "up", "down", "over", "off", "back", "away", "around", "through", "aside"}))
      continue;
    // (or on a number or adjective before it: "in 500 Syrian refugees")
    if (In(toks[o].deprel, {"nummod", "amod", "det"}) && toks[o].head > o) o = toks[o].head;
    if (toks[o].head != v) continue;
    if (toks[o].deprel == "obl"sv) {
      static const std::pair<std::string_view, std::string_view> kTakesObject[] = {
          {"take", "in"},    {"let", "in"},   {"take", "over"}, {"hand", "over"},  {"turn", "over"},
          {"give", "up"},    {"set", "up"},   {"round", "up"},  {"step", "up"},    {"carry", "out"},
          {"wipe", "out"},   {"call", "off"}, {"shut", "down"}, {"bring", "in"},   {"send", "in"},
          {"hand", "back"},  {"give", "back"}, {"lay", "down"}, {"put", "down"},   {"beef", "up"}};
      const std::string& lemma = toks[v].lemma;
      bool phrasal = false;
      for (const auto& [verb, particle] : kTakesObject) phrasal = phrasal || (lemma == verb && low[k] == particle);
      bool has_object = false;
      for (int j = 0; j < n && !has_object; ++j) has_object = toks[j].head == v && toks[j].deprel == "obj"sv;
      if (!phrasal || has_object || toks[v].xpos == "VBN"sv) continue;
      toks[o].deprel = "obj";
    } else if (toks[o].deprel != "obj"sv) {
      continue;
    }
    toks[k].head = v;
    toks[k].deprel = "compound:prt";
  }
  // "Iran has so far refused to release them": an auxiliary or a copula has no dependents of
  // its own; what the parser hung on one ("Iran" as the subject of "has") is its verb's.
  for (int k = 0; k < n; ++k) {
    const int h = toks[k].head;
    if (h < 0 || !In(toks[h].deprel, {"aux", "aux:pass", "cop"}) || toks[h].head < 0 || toks[h].head == k) continue;
    if (In(toks[k].deprel, {"nsubj", "nsubj:pass", "advmod", "obl", "obj"})) toks[k].head = toks[h].head;
  }
  for (int k = 0; k < n; ++k) {
    Token& t = toks[k];
    if (t.xpos != "VBG"sv || (t.deprel != "xcomp"sv && t.deprel != "advcl"sv) || t.head < 0) continue;
    int h = t.head;
    if (!IsSpeechVerb(toks[h].lemma)) continue;
    for (int c = 0; c < h; ++c)
      if (toks[c].head == h && (toks[c].deprel == "ccomp"sv || toks[c].deprel == "parataxis"sv) &&
          toks[c].upos == "VERB"sv) {
        t.head = c;
        t.deprel = "advcl";
        break;
      }
  }
  // The root verb v1 modifies its subject; the later verb v2 becomes the sentence's root
  // with that subject, and takes v1's dependents after it.
  auto modifier_of_subject = [&](int v1, int v2, int subj) {
    toks[v2].head = -1;
    toks[v2].deprel = "root";
    toks[subj].head = v2;
    toks[v1].head = subj;
    toks[v1].deprel = "acl";
    for (int c = v2 + 1; c < n; ++c)
      if (toks[c].head == v1) toks[c].head = v2;
  };
  // "The civilians imprisoned for protesting were released by Putin": a participle read
  // as the main verb of a reduced relative clause. A root participle (or past) with a subject
  // and no auxiliary, with a later passive verb (was/were + participle) of no subject of
  // its own hanging on it, modifies the subject; the later verb is the sentence's.
  for (int v1 = 0; v1 < n; ++v1) {
    if ((toks[v1].xpos != "VBN"sv && toks[v1].xpos != "VBD"sv) || toks[v1].head >= 0) continue;
    int subj = -1, v2 = -1;
    bool aux = false, obj = false;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v1) continue;
      const std::string& r = toks[c].deprel;
      if (r == "nsubj"sv && c < v1) subj = c;
      if (r == "aux"sv || r == "aux:pass"sv || r == "cop"sv) aux = true;
      if (r == "obj"sv) obj = true;
      // (Not "protested and were arrested": a coordinated verb is the subject's own.)
      if (c > v1 && v2 < 0 && toks[c].xpos == "VBN"sv && (r == "advcl"sv || r == "parataxis"sv || r == "ccomp"sv))
        v2 = c;
    }
    if (subj < 0 || aux || obj || v2 < 0) continue;
    bool passive = false, own_subject = false;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v2) continue;
      passive = passive || (toks[c].deprel == "aux:pass"sv && c < v2);
      own_subject = own_subject || toks[c].deprel.rfind("nsubj", 0) == 0 || toks[c].deprel == "mark"sv ||
                    toks[c].deprel == "cc"sv;
    }
    if (!passive || own_subject) continue;
    modifier_of_subject(v1, v2, subj);
    toks[subj].deprel = "nsubj:pass";
    break;
  }
  // "A report released Tuesday in the capital alleged that ...": the same with an active
  // second verb the parser made a conjunct of the participle. Two verbs of one subject
  // are coordinated with "and" or at least a comma; with neither between them, the first
  // (no auxiliary, no object but a time word) modifies the subject and the second is the
  // sentence's verb.
  for (int v1 = 0; v1 < n; ++v1) {
    if ((toks[v1].xpos != "VBN"sv && toks[v1].xpos != "VBD"sv) || toks[v1].head >= 0) continue;
    int subj = -1, v2 = -1;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v1) continue;
      const std::string& r = toks[c].deprel;
      if (r == "nsubj"sv && c < v1) subj = c;
      if (r == "aux"sv || r == "aux:pass"sv || r == "cop"sv || r == "nsubj:pass"sv) blocked = true;
      if (r == "obj"sv && !IsTimeNoun(low[c])) blocked = true;
      if (c > v1 && v2 < 0 && (r == "conj"sv || r == "parataxis"sv || r == "advcl"sv) && toks[c].upos == "VERB"sv &&
          In(toks[c].xpos, {"VBD", "VBZ", "VBP", "VBN", "VB"}))
        v2 = c;
    }
    if (subj < 0 || blocked || v2 < 0) continue;
    // ("Teenagers questioned for a survey have shown little interest": the second verb may
    // come with its auxiliary, which then is no separation; a participle or a bare verb
    // must have one.)
    bool v2_aux = false;
    for (int c = v1 + 1; c < v2; ++c) v2_aux = v2_aux || (toks[c].head == v2 && toks[c].deprel == "aux"sv);
    if ((In(toks[v2].xpos, {"VBN", "VB"}) || toks[v2].deprel == "advcl"sv) && !v2_aux) continue;
    bool separated = false;
    for (int j = v1 + 1; j < v2; ++j)
      separated = separated || In(low[j], {",", ";", ":", "--", "-", "and", "or", "but", "then", "as",
                                                         "while", "after", "before", "since", "until", "when",
                                                         "because", "if", "though", "although", "once"});
    // (A day read as the second verb's subject, "released Thursday in Nairobi alleged",
    // is the first verb's time.)
    int day = -1;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v2) continue;
      if (toks[c].deprel == "nsubj"sv && c > v1 && c < v2 && IsTimeNoun(low[c])) {
        day = c;
        continue;
      }
      if (toks[c].deprel.rfind("nsubj", 0) == 0 || In(toks[c].deprel, {"cc", "mark"}) ||
          (toks[c].deprel == "aux"sv && !v2_aux))
        separated = true;
    }
    if (separated) continue;
    if (day >= 0) {
      toks[day].head = v1;
      toks[day].deprel = "obl:unmarked";
      for (int c = day + 1; c < v2; ++c)
        if (toks[c].head == day && toks[c].deprel.rfind("nmod", 0) == 0) {
          toks[c].head = v1;
          toks[c].deprel = "obl";
        }
    }
    modifier_of_subject(v1, v2, subj);
    break;
  }
  // "alleged that France knew of the plans, and that its soldiers helped ...": a clause
  // opened by "that" coordinated with "and" joins the earlier "that" clause of the same
  // verb, not the verb itself.
  for (int k = 0; k < n; ++k) {
    if (toks[k].deprel != "conj"sv || toks[k].head < 0) continue;
    int v = toks[k].head;
    bool that = false;
    for (int c = 0; c < k; ++c)
      that = that || (toks[c].head == k && toks[c].deprel == "mark"sv && low[c] == "that"sv);
    if (!that) continue;
    int first = -1;
    for (int c = v + 1; c < k; ++c)
      if (toks[c].head == v && toks[c].deprel == "ccomp"sv)
        for (int m = v + 1; m < c; ++m)
          if (toks[m].head == c && toks[m].deprel == "mark"sv && low[m] == "that"sv) first = c;
    if (first < 0 || descends(first, k)) continue;
    toks[k].head = first;
  }
  // "Two civilians were wounded by Israeli fire": a participle after "be" with a "by"
  // phrase is a passive verb, though the tagger may read it as an adjective.
  for (int k = 0; k < n; ++k) {
    Token& v = toks[k];
    if (v.upos != "ADJ"sv || v.text.size() < 4 || v.text.compare(v.text.size() - 2, 2, "ed") != 0) continue;
    int cop = -1, by = -1;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != k) continue;
      if (toks[c].deprel == "cop"sv && toks[c].lemma == "be"sv) cop = c;
      if (toks[c].deprel.rfind("obl", 0) == 0)
        for (int g = 0; g < n; ++g)
          if (toks[g].head == c && toks[g].deprel == "case"sv && low[g] == "by"sv) by = c;
    }
    if (cop < 0 || by < 0) continue;
    v.upos = "VERB";
    v.xpos = "VBN";
    v.lemma = syntax::Lemmatize(v.text, "VBN");
    toks[cop].deprel = "aux:pass";
    toks[cop].upos = "AUX";
    for (int c = 0; c < n; ++c)
      if (toks[c].head == k && toks[c].deprel == "nsubj"sv) toks[c].deprel = "nsubj:pass";
  }
  // "Russian forces shelled villages near Kharkiv": the tagger may read the verb as a
  // participle modifying the object ("shelled villages"), leaving the sentence without a
  // verb (the subject as root) or hanging the subject on a trailing "..., officials said".
  // A participle tagged as a modifier right after a subject noun, before the noun it
  // modifies, is the clause's verb.
  // A past tense tagged VBD can never be such a modifier: its subject may stand further
  // left ("Erdogan on Thursday hosted Zelensky in Ankara, the presidency said").
  for (int k = 1; k + 1 < n; ++k) {
    Token& v = toks[k];
    if ((v.xpos != "VBN"sv && v.xpos != "VBD"sv) || v.deprel != "amod"sv || v.head <= k) continue;
    int obj = v.head;
    if (toks[obj].upos != "NOUN"sv && toks[obj].upos != "PROPN"sv) continue;
    // ("The United States suspended food supplies": the name may hang on the object as a
    // compound when the object is the root.)
    auto subject_is_root = [&](int j) {
      return toks[j].head < 0 ||
             (toks[j].deprel == "compound"sv && toks[j].upos == "PROPN"sv && toks[j].head == obj && toks[obj].head < 0);
    };
    auto subject_of_speech = [&](int j) {
      return toks[j].deprel == "nsubj"sv && toks[j].head > obj && IsSpeechVerb(toks[toks[j].head].lemma);
    };
    int subj = -1;
    // The word before may end a multi-word name whose head is its first word.
    int last = k - 1, guard = 0;
    while (last >= 0 && toks[last].deprel == "flat"sv && toks[last].head >= 0 && toks[last].head < last &&
           guard++ < 8)
      last = toks[last].head;
    // A participle may stand after a time or place phrase ("Erdogan on Thursday hosted").
    auto in_phrase = [&](int j) {
      return toks[j].upos == "ADP"sv || toks[j].upos == "ADV"sv || toks[j].upos == "DET"sv ||
             toks[j].upos == "NUM"sv || In(toks[j].deprel, {"nmod", "obl", "obl:tmod", "nmod:tmod", "obl:unmarked", "flat"});
    };
    for (int j = last; j >= 0; --j) {
      bool candidate = (toks[j].upos == "NOUN"sv || toks[j].upos == "PROPN"sv) &&
                       (subject_is_root(j) || subject_of_speech(j));
      if (candidate) { subj = j; break; }
      if (v.xpos != "VBD"sv && !in_phrase(j)) break;
    }
    if (subj < 0) continue;
    bool root_subject = subject_is_root(subj);
    int governor = root_subject ? -1 : toks[subj].head;
    v.xpos = "VBD";
    v.head = governor;
    v.deprel = root_subject ? "root" : "ccomp";
    for (int j = 0; j < n; ++j)
      if (j != k && j > subj && toks[j].head == subj && toks[j].deprel != "amod"sv &&
          toks[j].deprel != "det"sv && toks[j].deprel != "compound"sv && toks[j].deprel != "flat"sv)
        toks[j].head = k;
    toks[subj].head = k;
    toks[subj].deprel = "nsubj";
    toks[obj].head = k;
    toks[obj].deprel = "obj";
    break;
  }
  // "The US, Britain and other countries accused Moscow of stalling": a sentence left with
  // no verb, its subject as root and the verb read as a participle modifying the last of
  // the subject's conjuncts. A participle that takes an object (a reduced relative's
  // participle is passive and takes none) is the sentence's verb.
  for (int root = 0; root < n; ++root) {
    if (toks[root].head >= 0) continue;
    if (!In(toks[root].upos, {"NOUN", "PROPN"})) break;
    int verb = -1;
    bool copula = false;
    for (int j = 0; j < n; ++j) {
      const int h = toks[j].head;
      copula = copula || (h == root && In(toks[j].deprel, {"cop", "nsubj", "nsubj:pass"}));
      if (verb < 0 && j > root && toks[j].deprel == "acl"sv && In(toks[j].xpos, {"VBN", "VBD"}) &&
          (h == root || (h > root && toks[h].head == root && toks[h].deprel == "conj"sv)))
        verb = j;
    }
    if (copula || verb < 0) break;
    bool object = false, own_subject = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != verb) continue;
      object = object || (toks[j].deprel == "obj"sv && j > verb);
      own_subject = own_subject || In(toks[j].deprel, {"nsubj", "nsubj:pass", "aux:pass", "aux"});
    }
    if (!object || own_subject) break;
    toks[verb].xpos = "VBD";
    make_root(verb, root);
    break;
  }
  // "An earthquake that struck southwest Japan killed one person": a relative clause whose
  // verb has no object but a clause of its own right after it ("Japan killed one person")
  // took the object and the sentence's verb. The name is the relative verb's object, and
  // the later verb is the sentence's, with the noun as its subject.
  for (int noun = 0; noun < n; ++noun) {
    if (toks[noun].head >= 0) continue;
    if (!In(toks[noun].upos, {"NOUN", "PROPN"})) break;
    int rel = -1, verb = -1;
    for (int j = noun + 1; j < n && rel < 0; ++j)
      if (toks[j].head == noun && toks[j].deprel == "acl:relcl"sv) rel = j;
    if (rel < 0) break;
    bool relative_subject = false, object = false, predicate = false;
    for (int j = 0; j < n; ++j) {
      predicate = predicate || (toks[j].head == noun && In(toks[j].deprel, {"cop", "nsubj", "nsubj:pass"}));
      if (toks[j].head != rel) continue;
      relative_subject = relative_subject || (toks[j].deprel == "nsubj"sv && j < rel &&
                                              In(low[j], {"that", "which"}));
      object = object || In(toks[j].deprel, {"obj", "xcomp"});
      if (In(toks[j].deprel, {"ccomp", "conj"}) && j > rel && verb < 0) verb = j;
    }
    if (predicate || !relative_subject || object || verb < 0 || !In(toks[verb].xpos, {"VBD", "VBZ", "VBP"})) break;
    int subject = -1;
    bool mark = false;
    for (int j = 0; j < n; ++j)
      if (toks[j].head == verb) {
        if (toks[j].deprel == "nsubj"sv && j > rel && j < verb) subject = j;
        // (A conjunct with its "and" is a second relative verb: "that struck X and killed".)
        mark = mark || toks[j].deprel == "mark"sv || (toks[j].deprel == "cc"sv && j < verb);
      }
    if (subject < 0 || mark) break;
    bool adjacent = true;  // (the subject's phrase fills the words between the two verbs)
    for (int j = rel + 1; j < verb && adjacent; ++j) adjacent = descends(j, subject);
    if (!adjacent) break;
    toks[subject].head = rel;
    toks[subject].deprel = "obj";
    make_root(verb, noun);
    break;
  }
  // "23 civilians were killed as Syrian government forces launched air strikes against the
  // enclave": the same within a clause opened by a subordinator. A past tense tagged VBD read
  // as a modifier of the noun after it, right after a noun phrase that a subordinator opens,
  // is that clause's verb; the clause modifies the nearest verb above its subject.
  for (int k = 2; k + 1 < n; ++k) {
    Token& v = toks[k];
    if (v.xpos != "VBD"sv || v.deprel != "amod"sv || v.head <= k) continue;
    const int obj = v.head;
    if (toks[obj].upos != "NOUN"sv && toks[obj].upos != "PROPN"sv) continue;
    int subj = k - 1, guard = 0;
    while (subj >= 0 && toks[subj].deprel == "flat"sv && toks[subj].head >= 0 && toks[subj].head < subj && guard++ < 8)
      subj = toks[subj].head;
    if (subj < 0 || !In(toks[subj].upos, {"NOUN", "PROPN", "PRON"})) continue;
    auto subordinator = [&](int j) {
      return In(low[j], {"as", "after", "when", "while", "because", "before", "since", "until",
                                      "although", "though", "once", "whereas"});
    };
    // (The parser may have hung the subordinator on the subject as a preposition.)
    int mark = subj - 1;
    while (mark >= 0 && descends(mark, subj) && !subordinator(mark)) --mark;
    if (mark < 0 || !subordinator(mark)) continue;
    int gov = toks[subj].head;
    for (int g2 = 0; gov >= 0 && toks[gov].upos != "VERB"sv && g2 < 16; ++g2) gov = toks[gov].head;
    if (gov < 0 || gov == k || descends(gov, k) || descends(gov, obj)) continue;
    subordinate(k, gov, subj, mark);
    toks[obj].head = k;
    toks[obj].deprel = "obj";
  }
  // "Lula vowed to further deepen the alliance, his office said": an
  // infinitive right after a verb that takes one is that verb's complement, and the
  // nominals that follow it up to its old head are its objects.
  for (int k = 2; k < n; ++k) {
    // (After "to" a verb is a base form, whatever tense the tagger gave it.)
    if (toks[k].upos != "VERB"sv) continue;
    int t = k - 1;
    while (t > 0 && (toks[t].upos == "ADV"sv || low[t] == "further"sv)) --t;
    if (low[t] != "to"sv || t == 0) continue;
    int p = t - 1;
    while (p > 0 && toks[p].upos == "ADV"sv) --p;
    if (toks[p].upos != "VERB"sv || !IsIntentVerb(toks[p].lemma)) continue;
    toks[k].xpos = "VB";
    // The clause the infinitive's nominals were hung on: its old head, or (already under
    // the verb) the head of the verb's clause ("..., the Kremlin said").
    int old_head = toks[k].head == p ? toks[p].head : toks[k].head;
    if (toks[k].head != p) {
      if (old_head >= 0 && old_head < k) continue;  // attached leftwards already
      if (descends(p, k)) continue;
      toks[k].head = p;
      toks[k].deprel = "xcomp";
      toks[t].head = k;
      toks[t].deprel = "mark";
      for (int j = t + 1; j < k; ++j)
        if (toks[j].head != k) { toks[j].head = k; toks[j].deprel = "advmod"; }
    }
    bool has_obj = false;
    for (int j = 0; j < n; ++j) has_obj = has_obj || (toks[j].head == k && toks[j].deprel == "obj"sv);
    if (old_head <= k) continue;
    for (int j = k + 1; j < old_head && !has_obj; ++j)
      if (toks[j].head == old_head && (toks[j].upos == "NOUN"sv || toks[j].upos == "PROPN"sv) &&
          toks[j].deprel != "nsubj"sv) {
        toks[j].head = k;
        toks[j].deprel = "obj";
        has_obj = true;
      }
  }
  // "Syrian rebels engaged Turkish soldiers in a gunfight, witnesses said": a verb
  // with an object read as a participle modifying the noun before it is the clause's verb
  // when that noun is the sentence's root or the subject of a later reporting verb.
  for (int k = 1; k < n; ++k) {
    Token& v = toks[k];
    if ((v.xpos != "VBN"sv && v.xpos != "VBD"sv) || v.deprel != "acl"sv || v.head < 0 || v.head >= k) continue;
    int s = v.head;
    if (toks[s].upos != "NOUN"sv && toks[s].upos != "PROPN"sv) continue;
    bool has_obj = false, has_aux = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != k) continue;
      has_obj = has_obj || toks[j].deprel == "obj"sv;
      has_aux = has_aux || toks[j].deprel.rfind("aux", 0) == 0;
    }
    if (!has_obj || has_aux) continue;
    bool root = toks[s].head < 0;
    bool speech_subject = toks[s].deprel == "nsubj"sv && toks[s].head > k && IsSpeechVerb(toks[toks[s].head].lemma);
    if (!root && !speech_subject) continue;
    v.xpos = "VBD";
    v.head = toks[s].head;
    v.deprel = root ? "root" : "ccomp";
    toks[s].head = k;
    toks[s].deprel = "nsubj";
    break;
  }
  // "Israel's army strikes Gaza again": a noun hung as a compound on the finite verb right
  // after it, a verb with no subject, is its subject (a verb modifies no noun). The noun
  // must open a phrase of its own, owned or with an article: "Fed funds", "UK hopes" are
  // nouns the tagger read as verbs.
  for (int k = 0; k + 1 < n; ++k) {
    Token& t = toks[k];
    if (t.deprel != "compound"sv || t.head != k + 1 || !In(t.upos, {"NOUN", "PROPN"})) continue;
    bool opened = false;
    // (The owner may hang on the verb until a repair below moves it.)
    for (int j = 0; j < k && !opened; ++j)
      opened = (toks[j].head == k && toks[j].deprel == "det"sv && In(low[j], {"the", "a", "an"})) ||
               ((toks[j].head == k || toks[j].head == k + 1) && toks[j].deprel == "nmod:poss"sv);
    if (!opened) continue;
    const Token& v = toks[k + 1];
    if (v.upos != "VERB"sv || !In(v.xpos, {"VBZ", "VBD", "VBP"})) continue;
    // (A verb with an object: "pension funds pursuing ..." is a noun.)
    bool subject = false, object = false;
    for (int j = 0; j < n && !subject; ++j) {
      subject = toks[j].head == k + 1 && In(toks[j].deprel, {"nsubj", "nsubj:pass", "csubj"});
      object = object || (j > k + 1 && toks[j].head == k + 1 && toks[j].deprel == "obj"sv);
    }
    if (!subject && object) t.deprel = "nsubj";
  }
  // "would visit Tehran next month": a name read as a modifier of the time expression
  // after it is the verb's object.
  for (int k = 0; k + 1 < n; ++k) {
    Token& t = toks[k];
    if (t.upos != "PROPN"sv || t.deprel != "compound"sv || (t.head != k + 1 && t.head != k + 2)) continue;
    int h = t.head;
    std::string hl = low[h];
    if (!IsWeekday(hl) && !In(hl, {"month", "week", "year", "weekend", "morning", "afternoon", "evening", "night"}))
      continue;
    int v = toks[h].head;
    if (v < 0 || toks[v].upos != "VERB"sv || v > k) continue;
    bool has_obj = false;
    for (int j = 0; j < n; ++j) has_obj = has_obj || (toks[j].head == v && toks[j].deprel == "obj"sv);
    if (has_obj) continue;
    t.head = v;
    t.deprel = "obj";
  }
  // "when DDoS attacks were at their height": a noun right before a noun that is no
  // predicate (it has no copula) modifies it; it is not its subject.
  // So is a noun read as a second subject of the verb of the noun right after it.
  for (int k = 0; k + 1 < n; ++k) {
    Token& t = toks[k];
    if (t.deprel == "nsubj"sv && In(t.upos, {"NOUN", "PROPN"}) && toks[k + 1].deprel == "nsubj"sv &&
        toks[k + 1].head == t.head &&
        (toks[k + 1].upos == "NOUN"sv ||  // (a name after a title only when the title is a noun,
         (t.upos == "NOUN"sv && toks[k + 1].upos == "PROPN"sv &&
          !IsTimeNoun(low[k + 1])))) {  // and not "Israel Tuesday")
      t.head = k + 1;
      t.deprel = "compound";
      continue;
    }
    const int h = t.head;
    // (A head that heads a clause of its own may be a verb the tagger missed: "demanded
    // that the government resign".)
    if (h != k + 1 || t.deprel != "nsubj"sv || !In(t.upos, {"NOUN", "PROPN"}) || !In(toks[h].upos, {"NOUN", "PROPN"}) ||
        !In(toks[h].deprel, {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"}))
      continue;
    bool copula = false;
    for (int j = 0; j < n && !copula; ++j) copula = toks[j].head == h && toks[j].deprel == "cop"sv;
    if (!copula) t.deprel = "compound";
  }
  // "Acting on a judge's order, Egyptian police detained the two men": a sentence that
  // opens with a participle clause may get the participle as its root and the main clause
  // as the participle's object and complement. The first finite verb after the comma
  // hung on the participle is the root; the noun phrase before it is its subject, and the
  // participle clause modifies it.
  // (After a dateline, the clause may also hang as a whole on a trailing "..., officials
  // said".)
  if (const int p = static_cast<int>(DatelineEnd(toks)); n > p + 4 && toks[p].xpos == "VBG"sv) {
    int comma = -1;
    for (int k = p + 1; k < n && comma < 0; ++k)
      if (toks[k].text == ","sv) comma = k;
    int f = -1;
    for (int k = comma + 2; comma > 0 && k < n && f < 0; ++k)
      if (toks[k].head == p && toks[k].upos == "VERB"sv && In(toks[k].xpos, {"VBD", "VBZ", "VBP"})) f = k;
    int subj = -1;
    for (int k = comma + 1; f > 0 && k < f; ++k) {
      const int h = toks[k].head;
      if (h > comma && h < f) continue;
      if (subj >= 0 || !In(toks[k].upos, {"NOUN", "PROPN", "PRON"})) { subj = -1; break; }
      subj = k;
    }
    if (subj >= 0) {
      toks[f].head = toks[p].head;
      toks[f].deprel = toks[p].head < 0 ? "root" : toks[p].deprel;
      toks[p].head = f;
      toks[p].deprel = "advcl";
      toks[subj].head = f;
      toks[subj].deprel = "nsubj";
      for (int k = p + 1; k < comma; ++k)  // (the participle's phrases the parser gave the subject)
        if (toks[k].head == subj) {
          toks[k].head = p;
          toks[k].deprel = "obl";
        }
      for (int k = f + 1; k < n; ++k)
        if (toks[k].head == p) toks[k].head = f;
      toks[comma].head = p;
      toks[comma].deprel = "punct";
    }
  }
  // "launched an investigation into Australian VC recipient Ben Roberts-Smith": a noun takes
  // no object. A nominal read as a noun's object is its complement, and the preposition
  // that opens its phrase (hung on a word inside it) is its own.
  for (int k = 1; k < n; ++k) {
    Token& t = toks[k];
    const int h = t.head;
    if (t.deprel != "obj"sv || h < 0 || h >= k || toks[h].upos != "NOUN"sv || !In(t.upos, {"NOUN", "PROPN"})) continue;
    t.deprel = "nmod";
    int first = k;
    while (first - 1 > h && descends(first - 1, k)) --first;
    if (first < k && toks[first].upos == "ADP"sv && toks[first].deprel == "case"sv) toks[first].head = k;
  }
  // "ordered sanctions on Iran's Supreme Leader Ali Khamenei, holding him responsible": a
  // preposition read as the subordinator of a later verb, with a nominal between them hung
  // on that verb as a modifier with no preposition of its own, opens that nominal's phrase,
  // which belongs to the word before the preposition. (A subject between them is right:
  // "despite Iran having agreed".)
  for (int k = 1; k + 1 < n; ++k) {
    Token& p = toks[k];
    const int v = p.head;
    if (p.upos != "ADP"sv || p.deprel != "mark"sv || v <= k + 1 || toks[v].upos != "VERB"sv) continue;
    const int before = k - 1;
    if (!In(toks[before].upos, {"NOUN", "PROPN", "VERB"})) continue;
    int m = -1;
    for (int j = k + 1; j < v && m < 0; ++j)
      if (toks[j].head == v && In(toks[j].deprel, {"nmod", "obl"}) && In(toks[j].upos, {"NOUN", "PROPN"})) m = j;
    if (m < 0 || descends(before, m)) continue;
    bool own_case = false, phrase = true;
    for (int j = 0; j < n; ++j) own_case = own_case || (toks[j].head == m && toks[j].deprel == "case"sv && j > k);
    for (int j = k + 1; j < m && phrase; ++j) phrase = descends(j, m);
    if (own_case || !phrase) continue;
    toks[m].head = before;
    toks[m].deprel = toks[before].upos == "VERB"sv ? "obl" : "nmod";
    p.head = m;
    p.deprel = "case";
  }
  // "U.S. military airstrikes this month in the area have killed dozens": a time phrase
  // ("this month", "last week") read as the subject of a relative clause on the noun
  // before it, with no relative word between, is the verb's time, and the noun is its
  // subject: the verb is the sentence's.
  for (int k = 1; k < n; ++k) {
    Token& t = toks[k];
    const int v = t.head;
    if (t.deprel != "nsubj"sv || v <= k || toks[v].deprel != "acl:relcl"sv) continue;
    const int noun = toks[v].head;
    if (noun < 0 || noun >= k || !IsTimeNoun(t.lemma.empty() ? Lower(t.text) : t.lemma)) continue;
    bool this_or_last = false, relative = false;
    for (int j = 0; j < k; ++j)
      if (toks[j].head == k && toks[j].deprel == "det"sv)
        this_or_last = this_or_last || In(low[j], {"this", "last", "next", "that", "each", "every"});
    for (int j = noun + 1; j < v; ++j)
      relative = relative || In(low[j], {"which", "that", "who", "whom", "whose", "where", "when"});
    if (!this_or_last || relative || descends(toks[noun].head, v)) continue;
    toks[v].head = toks[noun].head;
    toks[v].deprel = toks[noun].deprel;
    toks[noun].head = v;
    toks[noun].deprel = "nsubj";
    t.deprel = "obl:tmod";
  }
  // "The Senate last week unanimously called on the president to ...": a subject followed
  // by a time phrase ("last week", "this year") read as one noun phrase headed by the
  // time noun. The name before "last" is the subject; the time phrase is the verb's time.
  for (int k = 2; k < n; ++k) {
    Token& t = toks[k];
    const int v = t.head;
    if (v <= k || !IsTimeNoun(t.lemma.empty() ? Lower(t.text) : t.lemma)) continue;
    // (Or read as the verb's time, leaving the verb with no subject at all.)
    bool subject = false;
    for (int j = 0; j < n && !subject; ++j)
      subject = toks[j].head == v && j != k && toks[j].deprel.rfind("nsubj", 0) == 0;
    if (!In(t.deprel, {"nsubj", "nsubj:pass"}) && (t.deprel.rfind("obl", 0) != 0 || subject)) continue;
    int when = -1, name = -1;  // "last" and the word before it
    for (int j = 0; j < k; ++j)
      if (toks[j].head == k && In(toks[j].deprel, {"amod", "det"}) &&
          In(low[j], {"last", "this", "next", "earlier", "later"}))
        when = j;
    if (when < 1) continue;
    for (int j = 0; j < when; ++j)
      if (toks[j].head == k && In(toks[j].deprel, {"compound", "nmod", "nmod:poss"}) &&
          In(toks[j].upos, {"NOUN", "PROPN"}))
        name = j;
    if (name < 0 || name != when - 1) continue;
    for (int j = 0; j < name; ++j)
      if (toks[j].head == k) toks[j].head = name;
    toks[name].head = v;
    toks[name].deprel = t.deprel.rfind("nsubj", 0) == 0 ? t.deprel : "nsubj";
    t.deprel = "obl:tmod";
  }
  // "Senior tax and spending legislators Wednesday voiced misgivings": a weekday right after
  // the subject, read as the verb's subject with the verb a relative clause on the real
  // one, is the verb's time; the noun before it is the subject, and the verb is the
  // sentence's (when the sentence was left with a noun for its root) or what a verb of
  // saying reports ("said Kenyan police Monday arrested").
  for (int k = 1; k + 1 < n; ++k) {
    const int v = toks[k].head, noun = k - 1;
    if (v <= k || v > k + 2 || toks[k].deprel.rfind("nsubj", 0) != 0 ||
        !(IsWeekday(low[k]) || In(low[k], {"yesterday", "today"})))
      continue;
    if (toks[v].upos != "VERB"sv || !In(toks[noun].upos, {"NOUN", "PROPN"})) continue;
    bool other_subject = false;  // (the verb's second subject: "Senior Senate lawmakers Wednesday expressed")
    for (int j = 0; j < k; ++j) other_subject = other_subject || (toks[j].head == v && toks[j].deprel.rfind("nsubj", 0) == 0);
    // (Or the noun read as the weekday's modifier: "a Canadian judge Thursday" as one phrase.)
    const bool modifier = toks[noun].head == k && In(toks[noun].deprel, {"compound", "nmod", "amod", "flat"});
    if (toks[v].head != noun && !other_subject && !modifier) continue;
    const int g = toks[noun].head;
    int top = noun;  // the root of the noun's tree
    for (int guard = 0; toks[top].head >= 0 && guard < 32; ++guard) top = toks[top].head;
    if (modifier) {
      for (int j = 0; j < noun; ++j)
        if (toks[j].head == k) toks[j].head = noun;
      toks[noun].head = v;
      toks[noun].deprel = toks[k].deprel;
    } else if (toks[v].head != noun) {
      // (Only the weekday to relabel.)
    } else if (g < 0) {
      make_root(v, noun);
    } else if (top < noun && In(toks[top].xpos, {"NN", "NNS", "JJ", "VBG", "VBN"})) {
      // (The words before, read as a verbless root's phrase, are the subject's modifiers:
      // "Senior tax and spending legislators".)
      toks[v].head = -1;
      toks[v].deprel = "root";
      for (int j = 0; j < n; ++j)
        if (toks[j].head == top && j > v) toks[j].head = v;
      toks[noun].head = v;
      toks[noun].deprel = "nsubj";
      toks[top].head = noun;
      toks[top].deprel = toks[top].upos == "NOUN"sv ? "compound" : "amod";
    } else if (toks[noun].deprel == "obj"sv && IsSpeechVerb(toks[g].lemma)) {
      toks[v].head = g;
      toks[v].deprel = "ccomp";
      toks[noun].head = v;
      toks[noun].deprel = "nsubj";
    } else {
      continue;
    }
    toks[k].head = v;
    toks[k].deprel = "obl:tmod";
  }
  // "Putin, asked about the sanctions, said Russia would respond": a participle set off by
  // commas after the subject, read as the sentence's verb with the reporting verb hung on
  // it, is asked of the subject; the reporting verb is the sentence's.
  for (int r = 2; r < n; ++r) {
    if (toks[r].head >= 0 || !In(toks[r].lemma, {"ask", "question", "press", "quiz", "interview", "challenge"}) ||
        low[r - 1] != ","sv)
      continue;
    int subject = -1, speech = -1;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != r) continue;
      if (toks[j].deprel == "nsubj"sv && j < r - 1) subject = j;
      if (j > r && In(toks[j].deprel, {"parataxis", "conj", "ccomp"}) && IsSpeechVerb(toks[j].lemma) && speech < 0) speech = j;
    }
    if (subject < 0 || speech < 0 || low[speech - 1] != ","sv) break;
    bool own_subject = false;
    for (int j = 0; j < n; ++j) own_subject = own_subject || (toks[j].head == speech && toks[j].deprel.rfind("nsubj", 0) == 0);
    if (own_subject) break;
    toks[speech].head = -1;
    toks[speech].deprel = "root";
    for (int j = 0; j < n; ++j)
      if (toks[j].head == r && (j > speech || toks[j].deprel == "punct"sv) && j != speech) toks[j].head = speech;
    toks[subject].head = speech;
    toks[subject].deprel = "nsubj";
    toks[r].head = subject;
    toks[r].deprel = "acl";
    toks[r].xpos = "VBN";
    break;
  }
  // "Baldrige will stop in Hong Kong to meet British officials": an infinitive takes no
  // subject but after "for"; a name read as one, after a preposition read as the
  // infinitive's subordinator, is the place (or the party) of the verb before it.
  for (int v = 1; v < n; ++v) {
    const int head = toks[v].head;
    if (toks[v].upos != "VERB"sv || head < 0 || head >= v) continue;
    int to = -1, subject = -1, prep = -1;
    for (int j = 0; j < v; ++j) {
      if (toks[j].head != v) continue;
      if (toks[j].deprel == "mark"sv && low[j] == "to"sv) to = j;
      else if (toks[j].deprel == "mark"sv && toks[j].upos == "ADP"sv) prep = j;
      else if (toks[j].deprel == "nsubj"sv) subject = j;
    }
    if (to < 0 || subject < 0 || prep < 0 || !(prep < subject && subject < to) ||
        In(low[prep], {"for", "as", "than", "if", "because", "while", "after", "before", "since", "until"}))
      continue;
    toks[subject].head = head;
    toks[subject].deprel = "obl";
    toks[prep].head = subject;
    toks[prep].deprel = "case";
    toks[v].deprel = "advcl";
  }
  // "The move was welcomed at the time by Beijing": a "by" phrase read as a modifier of the
  // time phrase of a passive verb is the verb's agent.
  for (int k = 1; k < n; ++k) {
    const int time = toks[k].head;
    if (toks[k].deprel != "nmod"sv || time < 0 || time >= k || toks[time].deprel.rfind("obl", 0) != 0) continue;
    const int verb = toks[time].head;
    if (verb < 0 || toks[verb].xpos != "VBN"sv) continue;
    const std::string time_word = toks[time].lemma.empty() ? low[time] : toks[time].lemma;
    if (!IsTimeNoun(time_word) && time_word != "time"sv) continue;
    bool by = false, passive = false;
    for (int j = 0; j < n; ++j) {
      by = by || (toks[j].head == k && toks[j].deprel == "case"sv && low[j] == "by"sv);
      passive = passive || (toks[j].head == verb && toks[j].deprel == "aux:pass"sv);
    }
    if (!by || !passive) continue;
    toks[k].head = verb;
    toks[k].deprel = "obl:agent";
  }
  // "discussed the migrant crisis and the situation in Idlib, with the leaders of France and
  // Germany": a "with" phrase set off by a comma, that the parser hung on a noun inside the
  // object of a verb of talking or agreeing, is with whom the verb's act is done.
  for (int k = 2; k < n; ++k) {
    if (toks[k].deprel != "nmod"sv || !In(toks[k].upos, {"NOUN", "PROPN"})) continue;
    int with = -1;
    for (int j = 0; j < k && with < 0; ++j)
      if (toks[j].head == k && toks[j].deprel == "case"sv) with = j;
    if (with < 1 || low[with] != "with"sv || toks[with - 1].text != ","sv) continue;
    bool clause = false;  // ("with prices rising": a clause of its own)
    for (int j = k + 1; j < n; ++j) clause = clause || (toks[j].head == k && In(toks[j].deprel, {"acl", "acl:relcl"}));
    if (clause) continue;
    int v = toks[k].head, guard = 0;
    while (v >= 0 && toks[v].upos != "VERB"sv && guard++ < 6) v = toks[v].head;
    if (v < 0 || toks[v].upos != "VERB"sv || v > k) continue;
    if (!In(toks[v].lemma, {"discuss", "talk", "negotiate", "agree", "sign", "debate", "review", "exchange", "share",
                            "coordinate", "raise", "hold", "conclude", "reach", "address"}))
      continue;
    if (toks[k].head == v) continue;
    toks[k].head = v;
    toks[k].deprel = "obl";
  }
  // "were handed back by French officials to the Malian authorities": a "to" phrase the
  // parser hung on the agent of a passive verb is the verb's (whom it was done to), unless
  // the agent is a noun that takes "to" itself ("by the ambassador to France").
  for (int k = 1; k < n; ++k) {
    const int agent = toks[k].head;
    if (toks[k].deprel != "nmod"sv || agent < 0 || agent >= k || toks[agent].deprel != "obl:agent"sv) continue;
    if (case_word(k) != "to"sv) continue;
    const std::string agent_word = toks[agent].lemma.empty() ? low[agent] : toks[agent].lemma;
    if (In(agent_word, {"ambassador", "envoy", "adviser", "advisor", "successor", "heir", "delegate", "delegation",
                        "representative", "emissary", "counsellor", "counselor", "aide", "secretary", "minister",
                        "mission", "attache", "consul", "nominee", "candidate", "rival", "answer", "threat",
                        "visit", "trip", "visitor", "donor", "contributor", "supplier", "lender", "exporter"}))
      continue;
    toks[k].head = toks[agent].head;
    toks[k].deprel = "obl";
  }
  // "Exporters urged the government to impose sanctions", "called on the president to
  // impose tariffs": an infinitive read as a clause modifying the object of a verb that
  // makes its object act ("the government to impose"), or the one called on or appealed
  // to, is that verb's complement, unless the object is a noun that takes an infinitive of
  // its own ("wants the right to appeal", "urged a plan to cut costs").
  for (int k = 1; k < n; ++k) {
    const int obj = toks[k].head;
    if (toks[k].deprel != "acl"sv || toks[k].upos != "VERB"sv || obj < 0 || obj >= k ||
        toks[obj].head < 0 || toks[obj].head >= obj)
      continue;
    const int verb = toks[obj].head;
    if (toks[verb].upos != "VERB"sv) continue;
    bool called_on = false;
    if (toks[obj].deprel == "obl"sv && In(toks[verb].lemma, {"call", "appeal", "prevail"}))
      for (int j = 0; j < obj; ++j)
        called_on = called_on || (toks[j].head == obj && toks[j].deprel == "case"sv &&
                                   In(low[j], {"on", "upon", "to"}));
    if (!called_on && (toks[obj].deprel != "obj"sv || !IsObjectControlVerb(toks[verb].lemma))) continue;
    if (In(toks[obj].lemma, {"right", "ability", "chance", "opportunity", "power", "authority", "permission",
                             "time", "way", "plan", "proposal", "decision", "bid", "effort", "attempt",
                             "move", "deal", "agreement", "money", "fund", "resource", "mandate",
                             "means", "pledge", "promise", "offer", "commitment", "step", "measure",
                             "legislation", "law", "bill", "scheme", "strategy", "program", "programme",
                             "policy", "package", "mission", "force", "troop", "vote"}))
      continue;
    bool infinitive = false;
    for (int j = obj + 1; j < k; ++j)
      if (toks[j].head == k && toks[j].deprel == "mark"sv && low[j] == "to"sv) infinitive = true;
    if (!infinitive) continue;
    toks[k].head = verb;
    toks[k].deprel = "xcomp";
  }
  // "jet fuel supplier China Aviation Oil has offered to repay": a noun read as the object of
  // a verb that it stands before, right before that verb's subject, describes the subject
  // (English puts no object before its verb and subject but in a relative clause, which
  // hangs on its noun).
  for (int k = 0; k + 1 < n; ++k) {
    Token& t = toks[k];
    const int v = t.head;
    if (t.deprel != "obj"sv || v <= k || !In(t.upos, {"NOUN", "PROPN"})) continue;
    int subj = -1;
    for (int j = k + 1; j < v && subj < 0; ++j)
      if (toks[j].head == v && toks[j].deprel == "nsubj"sv) subj = j;
    if (subj < 0) continue;
    bool adjacent = true;  // (nothing but the subject's own words between them)
    for (int j = k + 1; j < subj && adjacent; ++j) adjacent = descends(j, subj);
    if (!adjacent || descends(subj, k)) continue;
    t.head = subj;
    t.deprel = "compound";
  }
  // "U.S. President Donald Trump had agreed to lift sanctions": a verb with no passive
  // auxiliary has no passive subject; a word read as one right before its subject's phrase
  // belongs to that phrase.
  for (int k = 0; k + 1 < n; ++k) {
    Token& t = toks[k];
    const int v = t.head;
    if (t.deprel != "nsubj:pass"sv || v <= k) continue;
    int subj = -1;
    bool passive = false;
    for (int j = 0; j < n; ++j)
      if (toks[j].head == v) {
        passive = passive || toks[j].deprel == "aux:pass"sv;
        if (toks[j].deprel == "nsubj"sv && j > k && j < v) subj = j;
      }
    if (passive || subj < 0) continue;
    bool adjacent = true;  // (nothing but the subject's own words between them)
    for (int j = k + 1; j < subj && adjacent; ++j) adjacent = descends(j, subj);
    if (!adjacent) continue;
    t.head = subj;
    t.deprel = "compound";
  }
  // "carried out strikes Friday evening against Hamas targets": a prepositional phrase read
  // as a modifier of the time phrase before it belongs to the verb (a day or an evening
  // takes no "against", "on" or "with"; "the evening of June 5" keeps its "of").
  for (int k = 0; k < n; ++k) {
    const Token& t = toks[k];
    const int v = t.head;
    if (v < 0 || v > k || toks[v].upos != "VERB"sv || !IsTimeNoun(t.lemma.empty() ? Lower(t.text) : t.lemma) ||
        !In(t.deprel, {"obl", "obl:tmod", "obl:unmarked", "nmod:tmod"}))
      continue;
    for (int c = k + 1; c < n; ++c) {
      if (toks[c].head != k || toks[c].deprel != "nmod"sv) continue;
      bool of = true;
      for (int g = k + 1; g < c; ++g)
        if (toks[g].head == c && toks[g].deprel == "case"sv) of = low[g] == "of"sv;
      if (of) continue;
      toks[c].head = v;
      toks[c].deprel = "obl";
    }
  }
  // "Syrian rebels engaged Turkish troops ..., officials said": a reporting verb given two
  // subjects, one before its reported clause: that one is the reported clause's subject.
  for (int k = 0; k < n; ++k) {
    Token& c = toks[k];
    if (c.deprel != "ccomp"sv || c.upos != "VERB"sv || c.head <= k || !IsSpeechVerb(toks[c.head].lemma)) continue;
    int h = c.head, before = -1, after = -1;
    bool own = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head == k && toks[j].deprel.rfind("nsubj", 0) == 0) own = true;
      if (toks[j].head == h && toks[j].deprel == "nsubj"sv) (j < k ? before : after) = j;
    }
    if (own || before < 0 || after < 0) continue;
    toks[before].head = k;
  }
  // "a raid that drew protests": a verb read as a modifier of the noun after it
  // while a relative pronoun is its subject heads a relative clause on the noun before.
  for (int k = 2; k + 1 < n; ++k) {
    Token& v = toks[k];
    if (v.upos != "VERB"sv || v.deprel != "amod"sv || v.head <= k) continue;
    int r = k - 1, ante = k - 2;
    if (toks[r].head != k || !In(low[r], {"that", "which", "who"})) continue;
    if (toks[ante].upos != "NOUN"sv && toks[ante].upos != "PROPN"sv) continue;
    int obj = v.head;
    if (toks[obj].upos != "NOUN"sv && toks[obj].upos != "PROPN"sv) continue;
    if (descends(ante, k) || descends(ante, obj)) continue;
    toks[r].deprel = "nsubj";
    v.head = ante;
    v.deprel = "acl:relcl";
    toks[obj].head = k;
    toks[obj].deprel = "obj";
  }
  // "criticism of the raid by Canada, Mexico's neighbour": an apposition
  // belongs to the noun phrase that ends right before its comma when that phrase lies
  // inside the one the parser chose.
  for (int k = 0; k < n; ++k) {
    if (toks[k].deprel != "appos"sv || toks[k].head < 0) continue;
    int h = toks[k].head, first = k;
    for (int j = 0; j < k; ++j) {
      if (toks[j].upos == "PUNCT"sv) continue;
      int g = j, guard = 0;
      while (g >= 0 && g != k && guard++ < 64) g = toks[g].head;
      if (g == k) { first = j; break; }
    }
    int comma = first - 1;
    if (comma < 1 || toks[comma].text != ","sv) continue;
    int p = comma - 1;
    if (p == h || (toks[p].upos != "PROPN"sv && toks[p].upos != "NOUN"sv)) continue;
    bool inside = false;
    for (int g = toks[p].head, guard = 0; g >= 0 && guard < 64; g = toks[g].head, ++guard)
      if (g == h) { inside = true; break; }
    if (!inside || toks[p].deprel == "flat"sv || toks[p].deprel == "compound"sv) continue;
    toks[k].head = p;
  }
  // "with both Indian Prime Minister Narendra Modi and Pakistani Prime Minister
  // Shehbaz Sharif": a name hung as `flat` on another across "and" is coordinated with it.
  for (int k = 0; k < n; ++k) {
    if (toks[k].deprel != "flat"sv || toks[k].head < 0 || toks[k].head >= k) continue;
    int h = toks[k].head;
    bool across_and = false;
    for (int j = h + 1; j < k; ++j)
      if (toks[j].upos == "CCONJ"sv && (toks[j].head == k || toks[toks[j].head].head == k ||
                                       (toks[j].head > j && toks[j].head < k))) across_and = true;
    if (across_and) toks[k].deprel = "conj";
  }
  // "Mostafa Madbouly and his Jordanian counterpart, Omar al-Razzaz, signed": a name
  // between commas right after the last conjunct of a coordination (the noun after
  // "and") is that noun's apposition, not one more conjunct.
  for (int k = 2; k < n; ++k) {
    const int noun = k - 2;
    if (toks[k].deprel != "conj"sv || toks[k].upos != "PROPN"sv || toks[k - 1].text != ","sv ||
        toks[noun].deprel != "conj"sv || toks[noun].upos != "NOUN"sv || toks[noun].head != toks[k].head)
      continue;
    bool last_conjunct = false, owned_peer = false;
    for (int c = 0; c < noun; ++c) {
      last_conjunct = last_conjunct || (toks[c].head == noun && toks[c].deprel == "cc"sv && In(low[c], {"and", "or"}));
      // ("signed by the Turkish minister, his Russian counterpart, Sergei Lavrov, and ...": a
      // peer owned by a pronoun, within the list, is named by the name after it.)
      owned_peer = owned_peer || (toks[c].head == noun && toks[c].xpos == "PRP$"sv);
    }
    owned_peer = owned_peer && In(toks[noun].lemma, {"counterpart", "colleague", "predecessor", "successor", "deputy", "rival"});
    if (!last_conjunct && !owned_peer) continue;
    toks[k].head = noun;
    toks[k].deprel = "appos";
  }
  // "Xi Jinping and his Russian counterpart Vladimir Putin signed a statement": a verb
  // given two subjects, the second a name right after a noun coordinated with the first:
  // the name is that noun's apposition, not a subject of its own.
  // Also when the name's verb was hung on the noun as a relative clause, and the noun on
  // the first name ("China's Premier Li Keqiang and his Pakistani counterpart Imran Khan
  // signed ..." with "Li" as the root): the verb takes the first name's place and it as
  // subject.
  for (int k = 1; k < n; ++k) {
    if (toks[k].deprel != "nsubj"sv || toks[k].upos != "PROPN"sv || toks[k].head < 0) continue;
    const int v = toks[k].head, noun = k - 1;
    if (toks[noun].upos != "NOUN"sv) continue;
    const int first = toks[noun].head;
    if (first < 0 || first >= noun || toks[first].upos != "PROPN"sv) continue;
    bool and_between = false;
    for (int j = first + 1; j < noun; ++j) and_between = and_between || toks[j].upos == "CCONJ"sv;
    if (toks[noun].deprel == "conj"sv && toks[first].head == v && toks[first].deprel == "nsubj"sv) {
      toks[k].head = noun;
      toks[k].deprel = "appos";
    } else if (and_between && toks[v].head == noun && toks[v].upos == "VERB"sv && !descends(first, v)) {
      toks[v].head = toks[first].head;
      toks[v].deprel = toks[first].deprel;
      toks[first].head = v;
      toks[first].deprel = "nsubj";
      for (int j = 0; j < n; ++j)  // (the sentence's punctuation and the first's clause words)
        if (toks[j].head == first && In(toks[j].deprel, {"punct", "obl", "obl:unmarked", "advmod"})) toks[j].head = v;
      for (int j = first + 1; j < noun; ++j)
        if (toks[j].upos == "CCONJ"sv && toks[j].head == first) toks[j].head = noun;
      toks[noun].head = first;
      toks[noun].deprel = "conj";
      toks[k].head = noun;
      toks[k].deprel = "appos";
    }
  }
  // "Iran will not negotiate with Canada, the minister said": a prepositional
  // phrase read as the reporting verb's complement belongs to the verb before it.
  for (int k = 1; k < n; ++k) {
    if ((toks[k].upos != "NOUN"sv && toks[k].upos != "PROPN"sv) || toks[k].deprel != "ccomp"sv ||
        toks[k].head <= k || !IsSpeechVerb(toks[toks[k].head].lemma))
      continue;
    bool has_case = false;
    for (int j = 0; j < k; ++j) has_case = has_case || (toks[j].head == k && toks[j].deprel == "case"sv);
    if (!has_case) continue;
    int verb = -1;
    for (int j = k - 1; j >= 0 && verb < 0; --j)
      if (toks[j].upos == "VERB"sv) verb = j;
    if (verb < 0 || descends(verb, k)) continue;
    toks[k].head = verb;
    toks[k].deprel = "obl";
  }
  // "after the museum shooting last week": a gerund with a determiner and no object or
  // subject of its own is a noun (the act has no subject to take from the clause above).
  for (int k = 0; k < n; ++k) {
    if (toks[k].xpos != "VBG"sv || toks[k].upos != "VERB"sv) continue;
    bool det = false, clausal = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != k) continue;
      if (toks[j].deprel == "det"sv && In(low[j], {"the", "a", "an", "this", "that", "these", "those"})) det = true;
      if (In(toks[j].deprel, {"obj", "nsubj", "nsubj:pass", "iobj", "ccomp", "xcomp", "aux", "mark"})) clausal = true;
    }
    if (!det || clausal) continue;
    toks[k].upos = "NOUN";
    toks[k].xpos = "NN";
    toks[k].lemma = low[k];
    if (In(toks[k].deprel, {"advcl", "xcomp", "ccomp"})) toks[k].deprel = "obl";
  }
  // "after the museum shooting": a gerund right after a noun that opens a prepositional
  // phrase ("after the museum") is the head of that phrase, the noun its modifier.
  for (int k = 1; k < n; ++k) {
    int m = k - 1;
    if (toks[k].xpos != "VBG"sv || toks[k].upos != "VERB"sv || toks[m].upos != "NOUN"sv) continue;
    bool has_case = false, clausal = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head == m && toks[j].deprel == "case"sv && j < m) has_case = true;
      if (toks[j].head == k && In(toks[j].deprel, {"obj", "nsubj", "nsubj:pass", "iobj", "ccomp", "xcomp", "aux", "mark", "det"}))
        clausal = true;
    }
    if (!has_case || clausal || descends(toks[m].head, k) || toks[m].head == k) continue;
    toks[k].head = toks[m].head;
    toks[k].deprel = toks[m].deprel;
    for (int j = 0; j < m; ++j)
      if (toks[j].head == m && In(toks[j].deprel, {"case", "det", "amod"})) toks[j].head = k;
    toks[m].head = k;
    toks[m].deprel = "compound";
    toks[k].upos = "NOUN";
    toks[k].xpos = "NN";
    toks[k].lemma = low[k];  // the noun "shelling", not the verb "shell"
  }
  // "said on Tuesday that Qatar must mediate": a "that" clause read as a relative clause (or
  // a complement) of the time phrase of a reporting verb is the verb's complement; so is a clause with its
  // own subject read as a parataxis on it ("said on Wednesday it would free 1,500 prisoners").
  for (int v = 0; v < n; ++v) {
    if (!In(toks[v].deprel, {"acl:relcl", "advcl:relcl", "parataxis", "ccomp", "acl", "advcl"}) || toks[v].head < 0 ||
        toks[v].head > v)
      continue;
    int t = toks[v].head, speech = toks[t].head;
    if (speech < 0 || !IsSpeechVerb(toks[speech].lemma) ||
        !(toks[t].deprel.starts_with("obl") || toks[t].deprel == "nsubj"sv || toks[t].deprel == "obj"sv))
      continue;
    const bool time = IsTimeNoun(low[t]);
    if (!time) continue;
    int that = -1, subj = -1;
    for (int j = t + 1; j < v; ++j) {
      if (toks[j].head != v) continue;
      if (low[j] == "that"sv && that < 0) that = j;
      else if (toks[j].deprel == "nsubj"sv || toks[j].deprel == "nsubj:pass"sv) subj = j;
    }
    // ("said Thursday he had rejected": no "that", the day read as the verb's subject.)
    if (subj < 0 || (that >= 0 && subj < that) || descends(speech, v)) continue;
    if (toks[t].deprel == "nsubj"sv || toks[t].deprel == "obj"sv) {
      bool other_subject = false;
      for (int j = 0; j < t; ++j) other_subject = other_subject || (toks[j].head == speech && toks[j].deprel == "nsubj"sv);
      if (!other_subject) continue;
      toks[t].deprel = "obl:unmarked";
    }
    toks[v].head = speech;
    toks[v].deprel = "ccomp";
    if (that >= 0) {
      toks[that].deprel = "mark";
      toks[that].upos = "SCONJ";
    }
  }
  // A verb the parser gave two subjects before it; what stands between them, or the first
  // itself, says what the extra one is:
  //  - a time phrase: "Hours earlier Maduro expelled", "Also Saturday, Esper approved",
  //    "From 3 May to May 5, Buhari attended" (a month);
  //  - coordinated with the first, after "and"/"or": "Chile and Peru are seeking";
  //  - the first's prepositional complement: "Opponents of Rwanda's Senate protested";
  //  - across a comma before a trailing reporting verb, the first ends the reported
  //    clause's last phrase: "... a target southwest of Baghdad, the U.S. Central Command said".
  // (Only a verb with two subjects before it is looked at: they are counted in one pass.
  // The repairs below take subjects away, never add one, so the counts stay bounds.)
  std::vector<int> subjects_before(n, 0);
  for (int k = 0; k < n; ++k)
    if (toks[k].head > k && toks[k].deprel == "nsubj"sv) ++subjects_before[toks[k].head];
  for (int v = 0; v < n; ++v) {
    if (subjects_before[v] < 2) continue;
    int first = -1;
    for (int k = 0; k < v; ++k) {
      if (toks[k].head != v || toks[k].deprel != "nsubj"sv) continue;
      if (first < 0) { first = k; continue; }
      bool cconj = false, comma = false;
      int prep = -1;
      for (int c = first + 1; c < k; ++c) {
        cconj = cconj || (toks[c].upos == "CCONJ"sv && (toks[c].head == k || toks[c].head == v));
        comma = comma || toks[c].text == ","sv;
        if (toks[c].upos == "ADP"sv && toks[c].head == v && toks[c].deprel == "case"sv) prep = c;
      }
      const std::string first_word = toks[first].lemma.empty() ? low[first] : Lower(toks[first].lemma);
      if (!cconj && (IsTimeNoun(first_word) || IsMonthName(toks[first].text))) {
        toks[first].deprel = "obl:unmarked";
        first = k;
      } else if (cconj) {
        for (int c = first + 1; c < k; ++c)
          if (toks[c].upos == "CCONJ"sv && (toks[c].head == k || toks[c].head == v)) {
            toks[c].head = k;
            toks[c].deprel = "cc";
          }
        toks[k].head = first;
        toks[k].deprel = "conj";
      } else if (prep >= 0 && !descends(first, k)) {
        toks[prep].head = k;
        toks[k].head = first;
        toks[k].deprel = "nmod";
      } else if (comma && first > 0 && toks[v].upos == "VERB"sv && IsSpeechVerb(toks[v].lemma) &&
                 (toks[v].head < 0 || toks[v].head < v) &&
                 (toks[first - 1].upos == "NOUN"sv || toks[first - 1].upos == "PROPN"sv) && !descends(first - 1, first)) {
        toks[first].head = first - 1;
        toks[first].deprel = "nmod";
        first = k;
      }
    }
  }
  // "Japan has agreed to lend $2 billion to Vietnam, the latest in a series of
  // loans ...": a noun phrase after a comma that ends the clause, read as a second
  // subject of a verb whose subject stands before it, describes the clause; it is none of
  // the verb's subjects (a passive one would take the act from the real subject).
  for (int k = 1; k < n; ++k) {
    const int v = toks[k].head;
    if (v < 0 || v >= k || (toks[k].deprel != "nsubj"sv && toks[k].deprel != "nsubj:pass"sv)) continue;
    bool subject_before = false, comma = false;
    for (int c = 0; c < v; ++c) subject_before = subject_before || (toks[c].head == v && toks[c].deprel == "nsubj"sv);
    for (int c = v + 1; c < k; ++c) comma = comma || toks[c].text == ","sv;
    if (subject_before && comma) toks[k].deprel = "dep";
  }
  // "Belarusian protesters' hunger strike demanding democracy entered its second week": a
  // possessive hung on a verb (a relation only nominals take) belongs to the noun phrase
  // right after it: the first noun after it and before its head that the noun after the
  // possessive marker hangs from.
  for (int k = 0; k < n; ++k) {
    if (toks[k].deprel != "nmod:poss"sv || toks[k].head <= k) continue;
    int h = toks[k].head;
    if (toks[h].upos != "VERB"sv && toks[h].upos != "AUX"sv) continue;
    int owner = -1;
    for (int j = k + 1; j < h; ++j) {
      if (toks[j].upos == "PART"sv || toks[j].upos == "PUNCT"sv) continue;
      // climb from the first word after the possessive to the top of its phrase below h
      int g = j, guard = 0;
      while (g >= 0 && toks[g].head != h && guard++ < 16) g = toks[g].head;
      if (g > k && g < h && (toks[g].upos == "NOUN"sv || toks[g].upos == "PROPN"sv)) owner = g;
      break;
    }
    if (owner < 0 || descends(owner, k)) continue;
    toks[k].head = owner;
  }
  // "Iran dismissed the opposition's threat to quit the talks": an infinitive right after a
  // noun of aim hung on that noun's own head is the noun's complement (what is threatened).
  for (int k = 2; k < n; ++k) {
    if (toks[k].upos != "VERB"sv || low[k - 1] != "to"sv || toks[k - 1].head != k) continue;
    int noun = k - 2;
    if (toks[noun].upos != "NOUN"sv || !IsAimNoun(toks[noun].lemma)) continue;
    if (toks[k].head < 0 || toks[k].head != toks[noun].head) continue;
    if (toks[k].deprel != "advcl"sv && toks[k].deprel != "xcomp"sv) continue;
    toks[k].head = noun;
    toks[k].deprel = "acl";
  }
  // "Obama faces pressure from Congress to help Iran": the same with a phrase between the
  // noun (the verb's object) and the infinitive, and no verb between them.
  for (int k = 2; k < n; ++k) {
    if (toks[k].upos != "VERB"sv || low[k - 1] != "to"sv || toks[k - 1].head != k) continue;
    int h = toks[k].head;
    if (h < 0 || (toks[k].deprel != "advcl"sv && toks[k].deprel != "xcomp"sv)) continue;
    int noun = -1;
    for (int j = h + 1; j < k - 1; ++j)
      if (toks[j].head == h && toks[j].deprel == "obj"sv) noun = j;
    if (noun < 0 || toks[noun].upos != "NOUN"sv || !IsAimNoun(toks[noun].lemma)) continue;
    bool verb_between = false;
    for (int j = noun + 1; j < k - 1; ++j) verb_between = verb_between || toks[j].upos == "VERB"sv;
    if (verb_between || descends(noun, k)) continue;
    toks[k].head = noun;
    toks[k].deprel = "acl";
  }
  // "lifted restrictions on the ability of individuals to visit relatives in Cuba": an
  // infinitive hung on a verb, after a noun of ability or leave ("right", "permission")
  // in that verb's phrase with no verb between, says what the noun allows; the verb's subject
  // does not do it.
  for (int k = 3; k < n; ++k) {
    if (toks[k].upos != "VERB"sv || low[k - 1] != "to"sv || toks[k - 1].head != k) continue;
    int h = toks[k].head;
    if (h < 0 || h > k || (toks[k].deprel != "advcl"sv && toks[k].deprel != "xcomp"sv)) continue;
    int noun = -1;
    for (int j = k - 2; j > h && noun < 0; --j) {
      if (toks[j].upos == "VERB"sv || toks[j].upos == "AUX"sv) break;
      if (toks[j].upos == "NOUN"sv && IsLeaveNoun(toks[j].lemma) && descends(j, h)) noun = j;
    }
    if (noun < 0) continue;
    // (Not a power or a chance used: "used its power to block the resolution", "seized the
    // opportunity to expand": the subject does it.)
    if (toks[noun].head == h && In(toks[h].lemma, {"use", "exercise", "wield", "seize", "take", "grab", "exploit"}))
      continue;
    toks[k].head = noun;
    toks[k].deprel = "acl";
  }
  // "Obama was pressured by Congress to help Iran": an infinitive hung on the agent of a
  // passive verb is that verb's complement.
  for (int k = 2; k < n; ++k) {
    if (toks[k].upos != "VERB"sv || low[k - 1] != "to"sv || toks[k - 1].head != k) continue;
    int agent = toks[k].head;
    if (agent < 0 || toks[k].deprel != "acl"sv || agent > k) continue;
    int v = toks[agent].head;
    if (v < 0 || toks[v].upos != "VERB"sv || toks[v].xpos != "VBN"sv || !toks[agent].deprel.starts_with("obl")) continue;
    bool by = false, passive = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head == agent && toks[j].deprel == "case"sv && low[j] == "by"sv) by = true;
      if (toks[j].head == v && (toks[j].deprel == "aux:pass"sv || toks[j].deprel == "nsubj:pass"sv)) passive = true;
    }
    if (!by || !passive || descends(v, k)) continue;
    toks[k].head = v;
    toks[k].deprel = "xcomp";
  }
  // "The stopover came as the US leader prepared to attend the Olympics": a conjunction read
  // as a preposition makes the clause's subject its object and the verb a modifier of it. A
  // finite verb (past or present tense, no subject of its own) hung on the noun after "as",
  // "while", "after", "before", "since", "until", "when" or "because" heads that clause.
  for (int m = 0; m + 2 < n; ++m) {
    if (toks[m].deprel != "case"sv ||
        !In(low[m], {"as", "while", "after", "before", "since", "until", "when", "because"}))
      continue;
    int noun = toks[m].head;
    if (noun <= m || (toks[noun].upos != "NOUN"sv && toks[noun].upos != "PROPN"sv)) continue;
    int h = toks[noun].head;
    if (h < 0 || !(toks[noun].deprel.starts_with("obl") || toks[noun].deprel.starts_with("nmod"))) continue;
    int verb = -1;
    for (int j = noun + 1; j < n; ++j)
      if (toks[j].head == noun && toks[j].deprel == "acl"sv && In(toks[j].xpos, {"VBD", "VBZ", "VBP"}) &&
          toks[j].upos == "VERB"sv)
        verb = j;
    // "came as Israel announced it would free ...": the verb right after the noun may hang
    // on the noun's head instead (parataxis, a conjunct, a second clause), or on a verb
    // before it ("launched airstrikes on targets in Syria shortly after Kurdish militants
    // fired rockets": "fired" a conjunct of "launched").
    // ("killed 100 people as Iraqi forces were battling militants": the verb after a finite
    // auxiliary right after the noun.)
    int next = noun + 1;
    if (next < n && toks[next].upos == "AUX"sv && In(toks[next].xpos, {"VBD", "VBZ", "VBP"}) &&
        toks[next].head > next && toks[next].deprel.starts_with("aux") && toks[toks[next].head].upos == "VERB"sv)
      next = toks[next].head;
    else if (next < n && !In(toks[next].xpos, {"VBD", "VBZ", "VBP"}))
      next = n;
    if (verb < 0 && next < n && (toks[next].head == h || (toks[next].head >= 0 && toks[next].head < m)) &&
        toks[next].upos == "VERB"sv &&
        In(toks[next].deprel, {"parataxis", "conj", "advcl", "ccomp", "dep", "xcomp"}))
      verb = next;
    if (verb < 0) continue;
    bool own_subject = false;
    for (int j = 0; j < n; ++j)
      own_subject = own_subject || (toks[j].head == verb && toks[j].deprel.starts_with("nsubj"));
    if (own_subject || descends(h, verb)) continue;
    // (The clause modifies the nearest verb above, not a noun the phrase hung on: "will not
    // release the two pilots until compensation is paid".)
    int gov = h;
    for (int g = 0; gov >= 0 && toks[gov].upos != "VERB"sv && g < 16; ++g) gov = toks[gov].head;
    if (gov >= 0 && !descends(gov, verb)) h = gov;
    subordinate(verb, h, noun, m);
    toks[m].upos = "SCONJ";
  }
  // "inspectors want to re-examine the refineries": the tokenizer splits a word at its
  // hyphens, and the parser may make the prefix the verb, its stem a parataxis of it. The
  // stem, a verb, heads the word: it takes the prefix's place and dependents.
  for (int k = 0; k + 2 < n; ++k) {
    int y = k + 2;
    if (toks[k + 1].text != "-"sv || toks[k + 1].start != toks[k].end || toks[y].start != toks[k + 1].end) continue;
    if (toks[y].upos != "VERB"sv || toks[y].head != k || toks[k].upos == "PROPN"sv) continue;
    if (toks[k].head == y || descends(toks[k].head, y)) continue;
    toks[y].head = toks[k].head;
    toks[y].deprel = toks[k].deprel;
    for (int j = 0; j < n; ++j)
      if (j != y && toks[j].head == k) toks[j].head = y;
    toks[k].head = y;
    toks[k].deprel = "compound:prt";
    toks[k].upos = "ADP";
    toks[k + 1].head = y;
  }
  // "A report released Tuesday alleged" (above) with the first verb read as a clause of
  // the second, once the repairs above are made ("A 300-page report
  // released on Tuesday in the Kenyan capital alleged that ...", "released" a complement of
  // "alleged"): a subjectless root verb after a clause that has a subject, no auxiliary,
  // no object but a time word and no marker, with nothing between them.
  for (int v2 = 1; v2 < n; ++v2) {
    if (toks[v2].head >= 0 || toks[v2].upos != "VERB"sv || !In(toks[v2].xpos, {"VBD", "VBZ", "VBP"})) continue;
    int v1 = -1;
    bool v2_subject = false;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v2) continue;
      if (toks[c].deprel.rfind("nsubj", 0) == 0 || toks[c].deprel.rfind("csubj", 0) == 0) v2_subject = true;
      if (c < v2 && In(toks[c].deprel, {"ccomp", "advcl", "parataxis", "csubj"}) && In(toks[c].xpos, {"VBN", "VBD"})) v1 = c;
    }
    if (v1 < 0 || v2_subject) continue;
    int subj = -1;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      if (toks[c].head != v1) continue;
      const std::string& r = toks[c].deprel;
      if (r == "nsubj"sv && c < v1) subj = c;
      if (In(r, {"aux", "aux:pass", "cop", "nsubj:pass", "mark"})) blocked = true;
      if (r == "obj"sv && !IsTimeNoun(low[c])) blocked = true;
    }
    for (int j = v1 + 1; j < v2; ++j)
      blocked = blocked || In(low[j], {",", ";", ":", "--", "-", "and", "or", "but", "\"", "'"});
    if (subj < 0 || blocked) continue;
    for (int c = 0; c < n; ++c)
      if (toks[c].head == v1 && toks[c].deprel == "obj"sv) toks[c].deprel = "obl:unmarked";
    modifier_of_subject(v1, v2, subj);
    break;
  }
  // "ordered the daily newspaper, which is aligned with the opposition, to suspend
  // publication": an infinitive after a relative clause closed by a comma, read as a
  // clause of the relative's verb, is the complement of the verb whose object the relative
  // describes, when that verb's object does what its infinitive says.
  for (int k = 2; k < n; ++k) {
    if (toks[k].xpos != "VB"sv || toks[k].deprel != "advcl"sv || toks[k - 1].xpos != "TO"sv ||
        toks[k - 2].text != ","sv)
      continue;
    const int rel = toks[k].head;
    if (rel < 0 || toks[rel].deprel != "acl:relcl"sv || rel > k) continue;
    const int noun = toks[rel].head;
    const int verb = noun >= 0 ? toks[noun].head : -1;
    if (verb < 0 || toks[noun].deprel != "obj"sv || !IsObjectControlVerb(toks[verb].lemma)) continue;
    bool has_complement = false;
    for (int c = 0; c < n; ++c) has_complement = has_complement || (toks[c].head == verb && toks[c].deprel == "xcomp"sv);
    if (has_complement) continue;
    toks[k].head = verb;
    toks[k].deprel = "xcomp";
    toks[k - 2].head = k;  // (its comma)
  }
  // "In January, the Belarusian defence minister, Leonid Maltsev, agreed": a subject read
  // as an apposition of the time phrase that opens the sentence is the subject of the
  // verb that has none.
  for (int k = 1; k < n; ++k) {
    if (toks[k].deprel != "appos"sv || toks[k].upos != "NOUN"sv) continue;
    const int time = toks[k].head;
    if (time < 0 || time > k || !(IsTimeNoun(low[time]) || IsMonthName(toks[time].text))) continue;
    const int verb = toks[time].head;
    if (verb < 0 || verb < k || toks[verb].upos != "VERB"sv || !In(toks[time].deprel, {"obl", "obl:tmod", "obl:unmarked"}))
      continue;
    bool comma = false, subject = false;
    for (int j = time + 1; j < k; ++j) comma = comma || toks[j].text == ","sv;
    for (int c = 0; c < n; ++c) subject = subject || (toks[c].head == verb && In(toks[c].deprel, {"nsubj", "nsubj:pass"}));
    if (!comma || subject) continue;
    toks[k].head = verb;
    toks[k].deprel = "nsubj";
  }
  // "Monsanto fined $1.5m for bribery", "Labour accused of broken pledge": a headline (no
  // closing punctuation) tells what was done in a bare participle, and what happens in the
  // present ("Yukos sues Russia"). Its root in -ed with a subject and neither auxiliary nor
  // object is passive: the subject is what it was done to.
  if (n >= 2 && n <= 16) {
    int last = n - 1;
    while (last > 0 && In(toks[last].text, {"\"", "'", "\u201d", "\u2019", ")"})) --last;
    const bool headline = !In(toks[last].text, {".", "!", "?", ":", ";", "...", ",", "-", "--"});
    // (Only verbs that take what they are done to: "Japan, India and Brazil met" is active.)
    auto done_to = [](const std::string& lemma) {
      return In(lemma, {"accuse", "fine", "sue", "arrest", "attack", "urge", "criticise", "criticize", "charge",
                        "jail", "convict", "detain", "kill", "ban", "warn", "question", "clear", "sack", "fire",
                        "order", "ask", "press", "back", "blame", "condemn", "hit", "shoot", "kidnap", "free",
                        "release", "expel", "deport", "bar", "reject", "approve", "name", "elect", "appoint",
                        "sentence", "investigate", "probe", "quiz", "slam", "target", "threaten", "force",
                        "tell", "summon", "oust", "suspend", "indict", "punish", "hold", "seize", "raid",
                        "sanction", "censure", "rebuke", "praise", "hail", "pressure", "lobby", "snub",
                        "censor", "expose", "implicate", "impeach", "prosecute", "bomb", "shell", "oppose",
                        "welcome", "request", "support", "deny", "refuse", "block", "veto", "give", "show", "take"});
    };
    int r = -1;
    for (int k = 0; k < n && r < 0; ++k)
      if (toks[k].head < 0 && toks[k].upos == "VERB"sv && In(toks[k].xpos, {"VBD", "VBN"})) r = k;
    // ("FORMER MERRILL LYNCH EMPLOYEE CHARGED", "U.K. MONEY MARKET GIVEN FURTHER 240 MLN STG
    // ASSISTANCE": the parser may make a word of the subject the root, and the participle
    // its modifier. A participle right after a noun, at the headline's end with nothing after
    // it hanging on it, or hung on the root noun, is the verb.)
    int root = -1;
    for (int c = 0; c < n; ++c)
      if (toks[c].head < 0) root = c;
    for (int p = 1; headline && r < 0 && root >= 0 && p < n; ++p) {
      if (p == root || toks[p].upos != "VERB"sv || !In(toks[p].xpos, {"VBD", "VBN"}) ||
          !In(toks[p - 1].upos, {"NOUN", "PROPN"}) || !done_to(toks[p].lemma))
        continue;
      bool at_end = p == last;
      for (int c = p + 1; c < n && at_end; ++c) at_end = toks[c].head != p;
      const bool on_root = toks[p].head == root && root < p && In(toks[root].upos, {"NOUN", "PROPN"}) &&
                           In(toks[p].deprel, {"acl", "parataxis", "dep"});
      if (!at_end && !on_root) continue;
      // (The root noun when the participle hangs on it, "Blair and Brown criticised by MPs";
      // else the noun before it, with the root as its modifier.)
      const int subject = on_root ? root : p - 1;
      toks[p].head = -1;
      toks[p].deprel = "root";
      toks[subject].head = p;
      toks[subject].deprel = "nsubj";
      if (root != subject) {
        toks[root].head = subject;
        toks[root].deprel = "compound";
      }
      r = p;
    }
    if (headline && r > 0 && done_to(toks[r].lemma)) {
      int subj = -1, noun_aux = -1;
      bool active = false;
      const bool participle_only = In(low[r], {"given", "shown", "taken", "forgiven", "stolen", "chosen", "driven"});
      for (int c = 0; c < n; ++c) {
        if (toks[c].head != r) continue;
        const std::string& d = toks[c].deprel;
        if (d == "nsubj"sv && c < r) subj = c;
        // (A fine's amount is no object: "Monsanto fined $1.5m".)
        if (d == "obj"sv && (toks[c].upos == "NUM"sv || In(low[c], {"dollars", "euros", "pounds", "yen", "$", "\u00a3", "\u20ac"})))
          continue;
        // ("US show sued": a noun of the subject read as an auxiliary.)
        if (In(d, {"aux", "aux:pass"}) && c == r - 1 &&
            !In(low[c], {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
                                      "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
                                      "might", "must", "'s", "'re", "'ve", "'d", "'ll", "wo", "ca"})) {
          noun_aux = c;
          continue;
        }
        // ("Iran urged to free the sailors": what one is urged, asked, ordered to do.)
        if (d == "xcomp"sv && IsObjectControlVerb(toks[r].lemma)) continue;
        // ("U.K. MONEY MARKET GIVEN FURTHER HELP": a form only a participle has, after its
        // subject, is passive with its second object.)
        if (In(d, {"obj", "iobj"}) && c > r && participle_only) continue;
        if (In(d, {"aux", "aux:pass", "cop", "obj", "iobj", "ccomp", "xcomp", "nsubj:pass", "expl"})) active = true;
      }
      if (subj >= 0 && !active) {
        if (noun_aux >= 0) {
          toks[subj].head = noun_aux;
          toks[subj].deprel = "compound";
          toks[noun_aux].upos = "NOUN";
          toks[noun_aux].xpos = "NN";
          subj = noun_aux;
        }
        toks[subj].deprel = "nsubj:pass";
        toks[r].xpos = "VBN";
      }
    }
  }
  // "Jean Chretien of Canada and Ernesto Zedillo of Mexico pledged": a name coordinated with the
  // country of the name before it, and with a country of its own, is coordinated with that
  // name (the two are the subject, not Canada and Zedillo).
  auto of_child = [&](int x) {
    for (int j = x + 1; j < n; ++j)
      if (toks[j].head == x && toks[j].deprel.rfind("nmod", 0) == 0 && case_word(j) == "of"sv) return true;
    return false;
  };
  for (int c = 0; c < n; ++c) {
    const int h = toks[c].head;
    if (toks[c].deprel != "conj"sv || toks[c].upos != "PROPN"sv || h < 0 || h >= c ||
        toks[h].deprel.rfind("nmod", 0) != 0)
      continue;
    const int g = toks[h].head;
    if (g < 0 || g >= h || toks[g].upos != "PROPN"sv || !of_child(c)) continue;
    if (case_word(h) != "of"sv) continue;
    toks[c].head = g;
  }
  // "..., according to Amnesty International": an attribution of the whole sentence. The
  // parser often hangs it on the nearest noun, which would glue the claimant onto a target
  // phrase; it belongs to the main clause.
  int root = -1;
  for (int k = 0; k < n; ++k)
    if (toks[k].head < 0 && toks[k].upos != "PUNCT"sv) { root = k; break; }
  for (int k = 0; k + 1 < n; ++k) {
    if (low[k] != "according"sv || low[k + 1] != "to"sv) continue;
    int x = toks[k].head;
    if (x < 0 || x == root || root < 0 || toks[root].upos != "VERB"sv) continue;
    for (int g = toks[root].head, guard = 0; g >= 0 && guard < 32; g = toks[g].head, ++guard)
      if (g == x) { x = -1; break; }
    if (x < 0) continue;
    toks[x].head = root;
    toks[x].deprel = "obl";
  }
  // "Chile and Peru agreed to restart border talks, the presidents of both nations announced
  // on Monday": a reporting clause closing the sentence, its verb read as a participle on the
  // last noun ("nations announced") and its subject as a conjunct of the clause's object,
  // is the sentence's attribution: its subject the noun after the comma, itself a parataxis
  // of the root. (Only a speech verb with nothing after it but a time phrase and the stop.)
  if (root >= 0 && toks[root].upos == "VERB"sv)
    for (int v = root + 3; v < n; ++v) {
      if (toks[v].upos != "VERB"sv || !In(toks[v].xpos, {"VBN", "VBD"}) || !IsSpeechVerb(toks[v].lemma) ||
          toks[v].deprel.rfind("acl", 0) != 0)
        continue;
      bool tail_ok = true, own = false;
      int of_subject = -1;  // ("the ministers of both countries confirmed": "countries" read as its subject)
      for (int j = 0; j < n; ++j) {
        if (toks[j].head == v && toks[j].deprel.rfind("nsubj", 0) == 0 && j < v && toks[v].head >= 0 && j > toks[v].head &&
            toks[v].deprel == "acl:relcl"sv && of_subject < 0 && case_word(j) == "of"sv)
          of_subject = j;
        if (toks[j].head == v && j != of_subject &&
            (toks[j].deprel.rfind("nsubj", 0) == 0 || In(toks[j].deprel, {"obj", "ccomp", "xcomp", "obl:agent"})))
          own = true;
        if (j > v && toks[j].upos != "PUNCT"sv && !descends(j, v)) tail_ok = false;
      }
      if (own || !tail_ok) break;
      if (of_subject >= 0) {
        toks[of_subject].head = toks[v].head;
        toks[of_subject].deprel = "nmod";
        for (int j = 0; j < n; ++j)  // (what hung on the verb before it was the noun's)
          if (toks[j].head == v && j < v && j != of_subject && toks[j].upos != "PUNCT"sv) toks[j].head = of_subject;
      }
      // The noun phrase the verb hangs on, up through "of" modifiers ("the leaders of the two
      // countries"), opened by a comma and hung on the clause before it.
      int h = toks[v].head;
      for (int guard = 0; h >= 0 && guard < 4 && toks[h].deprel.rfind("nmod", 0) == 0 && toks[h].head >= 0 &&
                          toks[h].head < h;
           ++guard)
        h = toks[h].head;
      if (h < 0 || !In(toks[h].upos, {"NOUN", "PROPN"}) || !In(toks[h].deprel, {"conj", "appos", "obl", "obj", "nmod", "dep"}))
        break;
      int first = h;
      bool preposition = false;  // (a prepositional phrase is no subject: "from the cooperative, accused by")
      for (int j = 0; j < h; ++j) {
        if (toks[j].upos != "PUNCT"sv && descends(j, h) && j < first) first = j;
        preposition = preposition || (toks[j].head == h && toks[j].deprel == "case"sv);
      }
      if (preposition) break;
      if (first < 1 || toks[first - 1].text != ","sv || descends(root, h)) break;
      toks[h].head = v;
      toks[h].deprel = "nsubj";
      toks[first - 1].head = v;
      toks[v].head = root;
      toks[v].deprel = "parataxis";
      toks[v].xpos = "VBD";
      break;
    }
  // "... killed 120 fighters in Syria, the defence ministry said.": a closing reporting
  // clause with its own subject, read as a relative clause on the last noun, is the
  // sentence's attribution (no relative pronoun opens it).
  if (root >= 0 && toks[root].upos == "VERB"sv)
    for (int v = root + 3; v < n; ++v) {
      if (toks[v].upos != "VERB"sv || !IsSpeechVerb(toks[v].lemma) || toks[v].deprel != "acl:relcl"sv ||
          toks[v].head < 0 || toks[v].head > v)
        continue;
      int subject = -1;
      bool tail_ok = true, object = false;
      for (int j = 0; j < n; ++j) {
        if (toks[j].head == v && toks[j].deprel.rfind("nsubj", 0) == 0 && j < v) subject = j;
        if (toks[j].head == v && In(toks[j].deprel, {"obj", "ccomp", "xcomp"})) object = true;
        if (j > v && toks[j].upos != "PUNCT"sv && !descends(j, v)) tail_ok = false;
      }
      if (subject < 0 || object || !tail_ok || !In(toks[subject].upos, {"NOUN", "PROPN"})) break;
      int first = subject;
      for (int j = toks[v].head + 1; j < subject; ++j)
        if (toks[j].upos != "PUNCT"sv && descends(j, subject) && j < first) first = j;
      bool relative = false;
      for (int j = first; j < v; ++j) relative = relative || In(toks[j].xpos, {"WDT", "WP", "WP$", "WRB"});
      if (relative || first < 1 || toks[first - 1].text != ","sv) break;
      toks[first - 1].head = v;
      toks[v].head = root;
      toks[v].deprel = "parataxis";
      break;
    }
  // "killed about 120 fighters": "about" before a number is the number's modifier, not a
  // preposition; the noun is the verb's object.
  for (int k = 0; k + 2 < n; ++k) {
    if (!In(low[k], {"about", "around", "some", "nearly", "almost", "roughly", "approximately"}) ||
        toks[k].deprel != "case"sv || toks[k + 1].xpos != "CD"sv)
      continue;
    const int noun = toks[k].head;
    if (noun <= k + 1 || toks[noun].deprel != "obl"sv || toks[noun].head < 0 || toks[noun].head > k ||
        toks[toks[noun].head].upos != "VERB"sv)
      continue;
    bool other_case = false, object = false;
    for (int j = 0; j < n; ++j) {
      other_case = other_case || (j != k && toks[j].head == noun && toks[j].deprel == "case"sv);
      object = object || (toks[j].head == toks[noun].head && toks[j].deprel == "obj"sv);
    }
    if (other_case || object) continue;
    toks[k].head = k + 1;
    toks[k].deprel = "advmod";
    toks[noun].deprel = "obj";
  }
  // "The minister met visiting Chinese Premier Li Peng": "visiting" right after a verb that
  // has no object, before a name, describes the name, which is the verb's object (the
  // minister met the premier, who visits).
  // So after "by" and a passive participle: "a session attended by visiting President
  // Richard von Weizsaecker" names the session's visitor, its agent.
  for (int k = 1; k + 1 < n; ++k) {
    if (low[k] != "visiting"sv) continue;
    const int h = toks[k].head;
    const bool agent = toks[k].deprel == "advcl"sv && low[k - 1] == "by"sv && toks[k - 1].head == k &&
                       h >= 0 && h < k - 1 && toks[h].xpos == "VBN"sv;
    if (!agent && (toks[k].deprel != "xcomp"sv || h != k - 1)) continue;
    if (h < 0 || toks[h].upos != "VERB"sv) continue;
    int obj = -1;
    bool own_object = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head == k && toks[j].deprel == "obj"sv) obj = j;
      if (toks[j].head == h && In(toks[j].deprel, {"obj", "iobj"})) own_object = true;
    }
    if (obj < 0 || (own_object && !agent) || toks[obj].upos != "PROPN"sv) continue;
    toks[obj].head = h;
    toks[obj].deprel = agent ? "obl:agent" : "obj";
    if (agent) {
      toks[k - 1].head = obj;
      toks[k - 1].deprel = "case";
      toks[k - 1].upos = "ADP";
    }
    toks[k].head = obj;
    toks[k].deprel = "amod";
    // (What hung on the gerund after the name is the verb's: "on Monday".)
    for (int j = obj + 1; j < n; ++j)
      if (toks[j].head == k) toks[j].head = h;
  }
  // "Members of the New People's Army violated the ceasefire": a name with a possessive in it
  // may leave the verb two subjects, the noun before "of" and the name's last word. The name
  // is in the "of" phrase of the first.
  for (int v = 0; v < n; ++v) {
    if (toks[v].upos != "VERB"sv) continue;
    int first = -1, second = -1;
    for (int j = 0; j < v; ++j)
      if (toks[j].head == v && toks[j].deprel == "nsubj"sv) (first < 0 ? first : second) = j;
    if (first < 0 || second < 0 || first + 2 >= second || low[first + 1] != "of"sv ||
        !In(toks[first].upos, {"NOUN", "PRON", "NUM"}) || toks[second].upos != "PROPN"sv)
      continue;
    // (One name, nothing coordinated or set off: not "The chiefs of Viacom and National
    // Amusements said", nor a name in brackets.)
    bool one_name = true;
    for (int j = first + 2; j < second; ++j)
      one_name = one_name && !In(toks[j].upos, {"CCONJ", "PUNCT", "VERB", "AUX", "ADP"});
    if (!one_name) continue;
    toks[second].head = first;
    toks[second].deprel = "nmod";
    for (int j = first + 1; j < second; ++j) {
      if (toks[j].head >= first + 1 && toks[j].head <= second && !In(toks[j].deprel, {"goeswith", "reparandum"}))
        continue;
      toks[j].head = second;
      toks[j].deprel = j == first + 1 ? "case" : toks[j].upos == "DET"sv ? "det" : "compound";
    }
  }
  // "Germany will not take back its citizens fighting in Syria": a gerund hung on the verb
  // as a clause or a complement, with no comma, right after that verb's object, says what the object does
  // (the citizens fight, not Germany). Not after a span of time ("spent years fighting") or
  // an act of force ("opened fire killing three"), which the verb's subject carries on.
  for (int k = 2; k < n; ++k) {
    if (toks[k].xpos != "VBG"sv || !In(toks[k].deprel, {"advcl", "xcomp"})) continue;
    const int obj = k - 1, h = toks[k].head;
    if (h < 0 || h >= obj || toks[obj].head != h || toks[obj].deprel != "obj"sv ||
        !In(toks[obj].upos, {"NOUN", "PROPN"}))
      continue;
    const std::string& lemma = toks[obj].lemma.empty() ? low[obj] : toks[obj].lemma;
    if (IsTimeNoun(lemma) || IsAttackNoun(lemma) ||
        In(lemma, {"time", "effort", "money", "energy", "progress", "headway", "stride", "living", "career"}))
      continue;
    // (Nor a gerund that makes a compound noun with it: "blockaded the border crossing with
    // France", "a money laundering scheme".)
    if (toks[obj].xpos == "NN"sv &&
        In(low[k], {"crossing", "building", "trafficking", "smuggling", "laundering", "spending",
                                 "funding", "dealing", "drilling", "mining", "shipping", "housing", "keeping",
                                 "making", "sharing", "processing", "training", "manufacturing", "banking",
                                 "lending", "planning", "monitoring", "screening", "testing", "pricing", "marketing",
                                 "farming", "fishing", "logging", "printing", "publishing", "broadcasting",
                                 "recycling", "rigging", "bashing", "hunting"}))
      continue;
    // (Nor after a statement, an order or a vote, whose words are its author's: "issued a
    // statement deploring ...". The gerund heads a clause of its own, with an object or a
    // phrase: not "investor backing".)
    if (In(lemma, {"statement", "order", "vote", "resolution", "declaration", "communique", "letter", "message",
                   "report", "note", "decree", "motion", "appeal", "petition", "speech", "ruling", "warrant",
                   "decision", "verdict", "judgment", "judgement", "law", "bill", "policy", "plan", "proposal",
                   "measure", "deal", "agreement", "treaty", "accord", "directive", "edict", "document"}))
      continue;
    bool own_subject = false, clause = false;
    for (int j = 0; j < n; ++j) {
      if (toks[j].head != k) continue;
      own_subject = own_subject || toks[j].deprel.starts_with("nsubj");
      clause = clause || toks[j].deprel == "obj"sv || toks[j].deprel.starts_with("obl");
    }
    if (own_subject || !clause) continue;
    toks[k].head = obj;
    toks[k].deprel = "acl";
  }
  // "fighting alongside Kurdish militias": "alongside" read as an adverb, the noun after it
  // as the verb's object; it is the noun's preposition (those fought alongside are allies).
  for (int k = 0; k + 1 < n; ++k) {
    if (!IsAllyPreposition(low[k]) || toks[k].deprel != "advmod"sv) continue;
    const int verb = toks[k].head;
    int noun = -1;
    for (int j = k + 1; j < n && noun < 0; ++j) {
      if (toks[j].head == verb && toks[j].deprel == "obj"sv) noun = j;
      else if (!In(toks[j].upos, {"DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"})) break;
    }
    if (noun < 0) continue;
    toks[k].head = noun;
    toks[k].deprel = "case";
    toks[k].upos = "ADP";
    toks[k].xpos = "IN";
    toks[noun].deprel = "obl";
  }
  // "Innocent people did get killed", "two reporters got arrested": "get" with a participle
  // and no object of its own is the passive's auxiliary; its subject is the participle's
  // passive subject (who was killed, not who killed).
  for (int g = 0; g + 1 < n; ++g) {
    if (toks[g].lemma != "get"sv || toks[g].upos != "VERB"sv) continue;
    int part = -1;
    bool object = false;
    for (int j = g + 1; j < n; ++j) {
      if (toks[j].head != g) continue;
      if (toks[j].deprel == "xcomp"sv && toks[j].xpos == "VBN"sv && part < 0) part = j;
      object = object || In(toks[j].deprel, {"obj", "iobj"});
    }
    if (part < 0 || object) continue;
    // (Only words between them may stand: "got badly hurt".)
    bool adjacent = true;
    for (int j = g + 1; j < part; ++j) adjacent = adjacent && In(toks[j].upos, {"ADV", "PART"});
    if (!adjacent) continue;
    toks[part].head = toks[g].head;
    toks[part].deprel = toks[g].deprel;
    for (int j = 0; j < n; ++j) {
      if (j == part || toks[j].head != g) continue;
      toks[j].head = part;
      if (toks[j].deprel == "nsubj"sv) toks[j].deprel = "nsubj:pass";
    }
    toks[g].head = part;
    toks[g].deprel = "aux:pass";
    toks[g].upos = "AUX";
  }
}

}  // namespace dyad::events
