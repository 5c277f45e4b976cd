// The run-time tagger, lemmatizer and parser behind dyad::syntax::Parser.
#include <algorithm>
#include <chrono>
#include <fstream>

#include "dyad/syntax.h"
#include "syntax/features.h"
#include "syntax/model.h"
#include "syntax/parser_impl.h"

namespace dyad::syntax {
// (Words are compared with string_view literals: the length first, no compare call.)
using namespace std::string_view_literals;
namespace {


bool In(const std::string& s, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (s == x) return true;
  return false;
}

// A word that opens a clause, not a phrase, when the tagger reads it as a preposition ("that",
// "because", "as"): the noun after it may be the clause's subject.
bool IsSubordinator(const std::string& lower) {
  return In(lower, {"that", "whether", "if", "because", "although", "though", "while", "as", "since", "unless",
                    "once", "so", "where", "when"});
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Per-thread scratch space, grown to the longest sentence seen and then reused, so the
// hot path allocates nothing.
struct Workspace {
  std::vector<WordInfo> words;
  std::vector<int> tags;
  std::vector<uint64_t> word_hash;
  std::vector<uint64_t> allowed;  // per word, two masks of the tag classes it may take
  std::vector<int32_t> scores;
  std::string scratch;
  ParseState state;
};

class ModelParser final : public Parser {
 public:
  explicit ModelParser(Model m) : m_(std::move(m)) {
    for (size_t c = 0; c < m_.class_xpos.size() && c < 128; ++c) {
      if (m_.class_xpos[c] == "NN" && m_.class_upos[c] == "NOUN") noun_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "JJ" && m_.class_upos[c] == "ADJ") adjective_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "NNS" && m_.class_upos[c] == "NOUN") plural_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "IN" && m_.class_upos[c] == "ADP") preposition_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "VBP" && m_.class_upos[c] == "VERB") vbp_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "VBZ" && m_.class_upos[c] == "VERB") vbz_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "VB" && m_.class_upos[c] == "VERB") vb_class_ = static_cast<int>(c);
      if (m_.class_xpos[c] == "VBN" && m_.class_upos[c] == "VERB") vbn_class_ = static_cast<int>(c);
      if ((m_.class_xpos[c] == "NN" || m_.class_xpos[c] == "NNS") && m_.class_upos[c] == "NOUN")
        noun_classes_[c / 64] |= 1ULL << (c % 64);
      if (m_.class_upos[c] == "VERB" || m_.class_upos[c] == "ADJ") verb_adjective_classes_[c / 64] |= 1ULL << (c % 64);
    }
  }

  void Annotate(std::vector<Token>& tokens) const override { Annotate(tokens, Options{}); }

  bool Annotate(std::vector<Token>& tokens, const Options& options) const override {
    const auto& parse_if = options.parse_if;
    thread_local Workspace ws;
    const int n = static_cast<int>(tokens.size());
    if (n == 0) return false;
    if (static_cast<int>(ws.words.size()) < n) {
      ws.words.resize(n);
      ws.tags.resize(n);
      ws.word_hash.resize(n);
    }
    size_t ncls = std::max(m_.tagger.num_classes(), m_.parser.num_classes());
    if (ws.scores.size() < ncls) ws.scores.resize(ncls);
    for (int i = 0; i < n; ++i) DescribeWord(tokens[i].text, i == 0, ws.scratch, &ws.words[i]);
    // A lower-case word the treebank saw is no proper noun unless it was one there
    // (Model::seen_classes).
    ws.allowed.assign(2 * n, 0);
    for (int i = 0; i < n; ++i) {
      const std::string& text = tokens[i].text;
      if (text.empty() || !(text[0] >= 'a' && text[0] <= 'z')) continue;
      if (const auto* seen = m_.seen_classes.Find(ws.words[i].lower)) {
        ws.allowed[2 * i] = seen->first;
        ws.allowed[2 * i + 1] = seen->second;
      } else if (std::all_of(text.begin(), text.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-'; })) {
        // A word of letters the treebank never saw is of an open part of speech
        // ("watchdog" was read as a possessive pronoun).
        ws.allowed[2 * i] = m_.open_classes[0];
        ws.allowed[2 * i + 1] = m_.open_classes[1];
      }
    }
    if (options.names) {
      for (int i = 0; i < n && i < static_cast<int>(options.names->size()); ++i) {
        if ((*options.names)[i] == 1) {
          ws.allowed[2 * i] = m_.proper_classes[0];
          ws.allowed[2 * i + 1] = m_.proper_classes[1];
        } else if ((*options.names)[i] == 2) {
          // (A word the treebank saw as a verb or an adjective may still be one, "forces",
          // "military"; nothing else, "blogger", seen only as a name, read as a comparative.)
          const auto* seen = m_.seen_classes.Find(ws.words[i].lower);
          ws.allowed[2 * i] = noun_classes_[0] | (seen ? seen->first & verb_adjective_classes_[0] : 0);
          ws.allowed[2 * i + 1] = noun_classes_[1] | (seen ? seen->second & verb_adjective_classes_[1] : 0);
        } else if ((*options.names)[i] == 3 && !m_.seen_classes.Find(ws.words[i].lower)) {
          // (A word the treebank saw keeps to what it saw: taking the verb readings from
          // "exercises" or "warrant" moved more events away than it found.)
          ws.allowed[2 * i] = noun_classes_[0];
          ws.allowed[2 * i + 1] = noun_classes_[1];
        }
      }
    }
    TagSentence(m_.tagger, m_.tagdict, ws.words.data(), n, ws.tags.data(), ws.scores.data(), ws.allowed.data(),
                m_.after_modal);
    RepairVerbs(tokens, ws);
    RepairSubjects(tokens, ws);
    RepairArticleNouns(tokens, ws);
    RepairInitialWord(tokens, ws);
    RepairInfinitives(tokens, ws, options.names);
    RepairInitialParticiple(tokens, ws);
    RepairVerbBeforeInfinitive(tokens, ws);
    RepairBareVerbBeforePlural(tokens, ws);
    RepairSubjunctive(tokens, ws, options.names);
    RepairRelativeVerb(tokens, ws);
    for (int i = 0; i < n; ++i) {
      Token& t = tokens[i];
      int c = ws.tags[i];
      t.xpos = m_.class_xpos[c];
      t.upos = m_.class_upos[c];
      int xid = m_.class_xpos_id[c];
      if (const uint32_t* e = m_.lemmas.Find(LemmaKey(ws.words[i].lower, xid))) {
        t.lemma = m_.lemma_entries[*e - 1].lemma;
      } else {
        t.lemma = Lemmatize(t.text, t.xpos);
      }
    }
    if (parse_if && !parse_if(tokens)) {
      for (Token& t : tokens) {
        t.head = -1;
        t.deprel.clear();
      }
      return false;
    }
    for (int i = 0; i < n; ++i) ws.word_hash[i] = ws.words[i].lower;
    ParseInput in{ws.word_hash.data(), ws.tags.data(), m_.tagger.num_classes()};
    const int L = static_cast<int>(m_.labels.size());
    ParseSentence(m_.parser, ws.state, in, n, L, m_.root_label, ws.scores.data(), kEarlyDecisionMargin);
    for (int i = 0; i < n; ++i) {
      Token& t = tokens[i];
      int h = ws.state.head[i];
      t.head = (h == n || h < 0) ? -1 : h;
      int l = ws.state.label[i];
      if (t.head < 0) t.deprel = "root";
      else t.deprel = m_.labels[l];
    }
    return true;
  }

  const Model& model() const { return m_; }

 private:
  // The lemma the table gives a word under an XPOS, or null.
  const LemmaEntry* TableLemma(uint64_t lower, const char* xpos) const {
    int xid = m_.XposId(xpos);
    if (xid < 0) return nullptr;
    const uint32_t* e = m_.lemmas.Find(LemmaKey(lower, xid));
    return e ? &m_.lemma_entries[*e - 1] : nullptr;
  }
  // Tagging errors on past tenses that leave a news sentence without its verb:
  // - "Israeli troops shot a Hamas gunman": an irregular past read as a present (VBP/VB)
  //   the treebank never had it as, is the past; so is one read as a present in -s that
  //   does not end in s ("forgave");
  // - "Russian troops wounded two soldiers.", "Ukraine shot down a helicopter.": a
  //   sentence ending in a period with no verb at all gets one: its first word after the
  //   first that the treebank knows as a past tense of another lemma.
  // Tagging errors around a subject that leave its verb a modifier (or its auxiliary the verb):
  // - "The Egyptian military says it seized weapons caches": a regular past after a subject
  //   pronoun (or after "it" following a verb of saying) read as a participle is the past;
  // - "The Egyptian military seized the caches": a word read as an adjective right
  //   before a past tense or a present in -s ("Egyptian military says"), with no noun before it, is the subject's noun when the treebank
  //   saw it as one.
  // "The raid killed five militants", "a US-led raid": a word the treebank only saw as a
  // verb ("raid"), read as a verb right after an article (its modifiers between: adjectives,
  // a hyphenated "US-led"), is a noun; an article opens no verb. (Not a participle used as
  // a noun, "the wounded", "the accused", nor an irregular past, "the said agreement".)
  void RepairArticleNouns(const std::vector<Token>& tokens, Workspace& ws) const {
    if (noun_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int i) -> const std::string& { return m_.class_xpos[ws.tags[i]]; };
    for (int i = 1; i < n; ++i) {
      if (!In(xpos(i), {"VB", "VBD", "VBN", "VBP"}) || !In(m_.class_upos[ws.tags[i]], {"VERB", "AUX"})) continue;
      const std::string& t = tokens[i].text;
      // (An auxiliary is one: "the agreement the two sides had signed".)
      if (In(Lower(t), {"had", "has", "have", "was", "were", "are", "did", "does", "been", "being", "will", "would",
                        "could", "should", "might", "must", "can", "may", "shall"}))
        continue;
      if (t.size() < 3 || !(t[0] >= 'a' && t[0] <= 'z')) continue;
      if (t.compare(t.size() - 2, 2, "ed") == 0 || t.compare(t.size() - 2, 2, "en") == 0) continue;
      int j = i - 1;
      for (int guard = 0; j >= 0 && guard < 6; --j, ++guard) {
        const bool hyphen_piece = tokens[j].text == "-"sv || (j + 1 < i && tokens[j + 1].text == "-"sv) ||
                                  (j > 0 && tokens[j - 1].text == "-"sv);
        if (!(xpos(j) == "JJ"sv || hyphen_piece)) break;
      }
      if (j < 0 || !In(Lower(tokens[j].text), {"a", "an", "the"})) continue;
      // (A verb follows as the noun's own: "the raid killed", or nothing that makes it one.)
      if (i + 1 < n && In(Lower(tokens[i + 1].text), {"the", "a", "an", "his", "her", "their", "its", "to"})) continue;
      if (Lemmatize(t, "VBD") != Lower(t)) continue;  // (last: the costliest test)
      ws.tags[i] = noun_class_;
    }
  }

  // Whether the treebank saw word i (lower-cased) with tag class c.
  bool SeenAs(const Workspace& ws, int i, int c) const {
    const auto* seen = m_.seen_classes.Find(ws.words[i].lower);
    return seen && c >= 0 && ((c < 64 ? seen->first : seen->second) >> (c % 64) & 1);
  }

  // "Jordan decided to ease the curfew", "is ready to aid Kyiv": after a verb or adjective
  // that takes an infinitive and its "to", a singular noun that the treebank also saw as a
  // base verb, or that the caller knows as one (Options::names), is that verb. The treebank
  // has "ease" only as a noun, so "decided to ease" coded nothing. (Not after verbs of
  // motion or change, whose "to" leads to a place or a state: "moved to power".)
  void RepairInfinitives(const std::vector<Token>& tokens, Workspace& ws, const std::vector<char>* names) const {
    if (vb_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 2; i < n; ++i) {
      if (xpos(i) != "NN"sv || xpos(i - 1) != "TO"sv) continue;
      const std::string& t = tokens[i].text;
      if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) continue;
      if (i + 1 < n && xpos(i + 1) == "POS"sv) continue;  // (an owner: "agreed to Russia's terms")
      const std::string& before = xpos(i - 2);
      const bool verb = In(before, {"VB", "VBD", "VBZ", "VBP", "VBG", "VBN"});
      if (!verb && !In(before, {"JJ"})) continue;
      const std::string lemma = Lemmatize(tokens[i - 2].text, before);
      const bool takes_infinitive =
          verb ? In(lemma, {"decide", "agree", "plan", "want", "try", "seek", "vow", "pledge", "promise", "refuse",
                            "threaten", "hope", "aim", "intend", "fail", "need", "offer", "decline", "attempt",
                            "continue", "begin", "start", "expect", "prepare", "vote", "choose", "opt", "resolve",
                            "undertake", "manage", "rush", "hesitate", "scramble", "wish", "mean", "propose",
                            "volunteer", "swear", "demand", "ask", "seem", "appear", "tend", "dare", "struggle",
                            "strive", "endeavour", "endeavor", "determine", "set", "poise"})
               : In(lemma, {"ready", "willing", "able", "unable", "eager", "keen", "likely", "unlikely", "due",
                            "determined", "prepared", "reluctant", "unwilling", "quick", "free", "happy", "loath"});
      if (!takes_infinitive) continue;
      const bool known_verb = names && i < static_cast<int>(names->size()) && (*names)[i] == 4;
      if (known_verb || SeenAs(ws, i, vb_class_)) ws.tags[i] = vb_class_;
    }
  }

  // "Jailed tycoon Mikhail Khodorkovsky has transferred ...", "Exiled leader ...": a
  // capitalised past participle opening the sentence right before a bare singular or plural
  // noun (no article between) describes that noun; it is no verb with the noun as its object
  // (the tagger read "Jailed" as a past tense, and the tycoon was coded as jailing).
  void RepairInitialParticiple(const std::vector<Token>& tokens, Workspace& ws) const {
    if (vbn_class_ < 0 || tokens.size() < 4) return;
    const std::string& t = tokens[0].text;
    if (t.size() < 5 || !(t[0] >= 'A' && t[0] <= 'Z') || t.compare(t.size() - 2, 2, "ed") != 0) return;
    if (m_.class_xpos[ws.tags[0]] != "VBD"sv) return;
    const std::string& next = tokens[1].text;
    if (next.empty() || !(next[0] >= 'a' && next[0] <= 'z') || !In(m_.class_xpos[ws.tags[1]], {"NN", "NNS"})) return;
    // (A name or a verb must follow the noun: "Jailed tycoon Khodorkovsky", "Detained
    // protesters were freed"; not "Rejected claims of ..." read otherwise.)
    const std::string& after = m_.class_xpos[ws.tags[2]];
    if (!In(after, {"NNP", "NNPS", "VBD", "VBZ", "VBP", "MD"})) return;
    ws.tags[0] = vbn_class_;
  }

  // "The White House plans to withdraw American troops": in a sentence with no finite verb,
  // a word in -s read as a plural noun, right after a noun and right before "to" and a base
  // verb, that the treebank also saw as a present in -s, is that verb (the sentence had no
  // verb, and the withdrawal no source).
  // (Not after a possessive: "the company's plans to expand".)
  void RepairVerbBeforeInfinitive(const std::vector<Token>& tokens, Workspace& ws) const {
    if (vbz_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 1; i + 2 < n; ++i) {
      if (xpos(i) != "NNS"sv || xpos(i + 1) != "TO"sv || xpos(i + 2) != "VB"sv) continue;
      for (int k = 0; k < n; ++k)
        if (In(xpos(k), {"VBD", "VBZ", "VBP", "MD"})) return;
      const std::string& t = tokens[i].text;
      if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) continue;
      if (!In(xpos(i - 1), {"NN", "NNP", "NNPS"})) continue;
      if (i >= 2 && xpos(i - 2) == "POS"sv) continue;
      if (SeenAs(ws, i, vbz_class_)) {
        ws.tags[i] = vbz_class_;
        return;
      }
    }
  }

  // Whether word i, in -s, may be a present in -s: the treebank saw it as one, or saw its
  // base form as a verb ("demands": the treebank has "demand" only).
  bool MayBePresentInS(const std::vector<Token>& tokens, const Workspace& ws, int i) const {
    if (SeenAs(ws, i, vbz_class_)) return true;
    const std::string& word = tokens[i].text;
    if (word.size() < 4 || word.back() != 's') return false;
    const auto* seen = m_.seen_classes.Find(HashBytes(LowerString(word.substr(0, word.size() - 1))));
    if (!seen) return false;
    for (int c : {vb_class_, vbp_class_})
      if (c >= 0 && ((c < 64 ? seen->first : seen->second) >> (c % 64) & 1)) return true;
    return false;
  }

  // "the Riyadh agreement, which demands Assad's resignation": right after a relative
  // pronoun that follows a comma or a noun, a word in -s read as a plural noun, before what
  // opens an object, is the relative clause's verb.
  void RepairRelativeVerb(const std::vector<Token>& tokens, Workspace& ws) const {
    if (vbz_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 2; i + 1 < n; ++i) {
      if (xpos(i) != "NNS"sv || !In(xpos(i - 1), {"WDT", "WP"})) continue;
      const std::string& t = tokens[i].text;
      if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) continue;
      if (!In(xpos(i - 2), {",", "NN", "NNS", "NNP", "NNPS"})) continue;
      if (!In(xpos(i + 1), {"DT", "PRP$", "PRP", "NNP", "NNPS", "CD", "JJ", "IN", "TO"})) continue;
      if (MayBePresentInS(tokens, ws, i)) ws.tags[i] = vbz_class_;
    }
  }

  // "demanded that the US ease sanctions", "urged that Beijing lift the curbs": in a clause
  // of demanding with no verb, the first word after the subject's noun that is a base verb
  // (seen as one, or known to the caller: Options::names) and opens an object or ends the
  // clause is that verb, a subjunctive; the tagger read "US ease sanctions" as one noun
  // phrase ("Iran free the sailors": an adjective) and the demand had no one to ask.
  void RepairSubjunctive(const std::vector<Token>& tokens, Workspace& ws, const std::vector<char>* names) const {
    if (vb_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 1; i + 3 < n; ++i) {
      if (tokens[i].text.size() != 4 || Lower(tokens[i].text) != "that"sv) continue;
      if (!In(Lower(tokens[i - 1].text),
              {"demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "urging", "ask", "asks",
               "asked", "request", "requests", "requested", "insist", "insists", "insisted", "recommend",
               "recommends", "recommended", "propose", "proposes", "proposed", "require", "requires", "required"}))
        continue;
      int end = i + 1;  // the clause: up to a comma, a conjunction, a colon or the end
      while (end < n && !In(xpos(end), {",", ".", ":", "CC"})) ++end;
      bool has_verb = false, noun_seen = false;
      for (int k = i + 1; k < end && !has_verb; ++k) has_verb = In(xpos(k), {"VB", "VBD", "VBZ", "VBP", "MD"});
      if (has_verb) continue;
      for (int k = i + 1; k < end; ++k) {
        const std::string& x = xpos(k);
        if (noun_seen && In(x, {"NN", "NNP", "JJ"})) {
          const std::string& t = tokens[k].text;
          const bool opens = k + 1 == end || In(xpos(k + 1), {"DT", "NNS", "PRP", "PRP$", "JJ", "RP", "CD"});
          const bool known_verb = names && k < static_cast<int>(names->size()) && (*names)[k] == 4;
          if (opens && !t.empty() && t[0] >= 'a' && t[0] <= 'z' && (known_verb || SeenAs(ws, k, vb_class_))) {
            ws.tags[k] = vb_class_;
            break;
          }
        }
        if (In(x, {"NN", "NNS", "NNP", "NNPS", "PRP"})) noun_seen = true;
        else if (!In(x, {"DT", "JJ", "PRP$", "CD", "POS"})) break;  // (a phrase of another kind: no subject)
      }
    }
  }

  // "and demand stays solid": a base form with nothing that calls for one (a modal, "to",
  // "do", a command at the start), right before a word in -s read as a plural noun, is the
  // noun, and the word in -s its verb.
  void RepairBareVerbBeforePlural(const std::vector<Token>& tokens, Workspace& ws) const {
    if (vbz_class_ < 0 || noun_class_ < 0) return;
    const int n = static_cast<int>(tokens.size());
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 1; i + 2 < n; ++i) {
      if (xpos(i) != "VB"sv || xpos(i + 1) != "NNS"sv) continue;
      const std::string& t = tokens[i + 1].text;
      if (t.size() < 4 || t.back() != 's' || !(t[0] >= 'a' && t[0] <= 'z')) continue;
      if (!In(xpos(i - 1), {"CC", ",", "IN", "DT", "JJ"}) || In(xpos(i + 2), {"DT", "PRP", "PRP$", "CD"})) continue;
      bool licensed = false;
      for (int k = i - 1; k >= 0 && k >= i - 3 && !licensed; --k)
        licensed = In(xpos(k), {"MD", "TO"}) || In(Lower(tokens[k].text), {"to", "do", "does", "did", "let", "please", "help"});
      if (licensed || !SeenAs(ws, i, noun_class_) || !SeenAs(ws, i + 1, vbz_class_)) continue;
      ws.tags[i] = noun_class_;
      ws.tags[i + 1] = vbz_class_;
    }
  }

  // "Between March and May, police arrested ...": a capitalised first word read as a
  // proper noun, whose lower-case form the treebank only knew as a function word
  // (preposition, determiner, conjunction, adverb, pronoun), is that word; the parser
  // made "Between" the sentence's root.
  void RepairInitialWord(const std::vector<Token>& tokens, Workspace& ws) const {
    if (tokens.size() < 2) return;
    const std::string& t = tokens[0].text;
    if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z') || !(t[1] >= 'a' && t[1] <= 'z')) return;
    if (!In(m_.class_xpos[ws.tags[0]], {"NNP", "NNPS"})) return;
    if (ws.allowed[0] | ws.allowed[1]) return;  // (a name the dictionary found: "May" of "Theresa May")
    const uint16_t* d = m_.tagdict.Find(ws.words[0].lower);
    if (!d) return;
    const int c = *d - 1;
    if (In(m_.class_xpos[c], {"IN", "DT", "CC", "RB", "PRP", "PRP$", "WRB", "WDT", "WP", "TO", "MD", "EX", "PDT"}))
      ws.tags[0] = c;
  }

  void RepairSubjects(const std::vector<Token>& tokens, Workspace& ws) const {
    const int n = static_cast<int>(tokens.size());
    if (m_.vbd_class < 0 || n < 3) return;
    auto xpos = [&](int i) -> const std::string& { return m_.class_xpos[ws.tags[i]]; };
    auto lower = [&](int i) { return Lower(tokens[i].text); };
    for (int i = 1; i < n; ++i) {
      if (xpos(i) != "VBN"sv || m_.class_upos[ws.tags[i]] != "VERB"sv) continue;
      const std::string& t = tokens[i].text;
      const bool past_too = (t.size() > 3 && t.compare(t.size() - 2, 2, "ed") == 0) || TableLemma(ws.words[i].lower, "VBD");
      if (!past_too) continue;
      const std::string before = lower(i - 1);
      bool subject = In(before, {"he", "she", "they", "we", "i"});
      if (before == "it"sv && i >= 2)
        subject = In(lower(i - 2), {"says", "said", "say", "claims", "claimed", "announced", "reported", "reports",
                                    "added", "stated", "confirmed", "admitted", "acknowledged", "insisted",
                                    "insists", "that", "denied", "denies", "added", "noted"});
      if (subject) ws.tags[i] = m_.vbd_class;
    }
    // "it has seized": "have" right before a participle is its auxiliary, not the verb
    // whose object the participle modifies.
    for (int i = 0; i + 1 < n; ++i) {
      if (m_.class_upos[ws.tags[i]] != "VERB"sv || xpos(i + 1) != "VBN"sv || !In(lower(i), {"has", "have", "had"})) continue;
      for (size_t c = 0; c < m_.class_xpos.size(); ++c)
        if (m_.class_upos[c] == "AUX"sv && m_.class_xpos[c] == xpos(i)) {
          ws.tags[i] = static_cast<int>(c);
          break;
        }
    }
    // "lifted long-standing sanctions", "Iran-backed militias": the participle of a word
    // written with a hyphen (split by the tokenizer) right before a noun is an adjective,
    // not a verb of its own.
    if (adjective_class_ >= 0)
      for (int i = 2; i + 1 < n; ++i) {
        if (tokens[i - 1].text != "-"sv || tokens[i - 1].start != tokens[i - 2].end || tokens[i].start != tokens[i - 1].end)
          continue;
        if (!In(xpos(i), {"VBG", "VBN", "VBD"}) || !In(xpos(i + 1), {"NN", "NNS", "NNP", "NNPS", "JJ"})) continue;
        ws.tags[i] = adjective_class_;
      }
    if (noun_class_ < 0) return;
    for (int i = 1; i + 1 < n; ++i) {
      if (xpos(i) != "JJ"sv) continue;
      bool noun_before = false;
      for (int k = 0; k < i; ++k)
        noun_before = noun_before || In(xpos(k), {"NN", "NNS", "PRP", "VB", "VBD", "VBZ", "VBP", "MD", "IN", ","});
      // (It closes the phrase a determiner or modifier opened: "by the Turkish military".)
      const bool closes_phrase = In(xpos(i - 1), {"DT", "JJ", "PRP$", "POS", "NNP", "NNPS"});
      const bool finite_next = ws.tags[i + 1] == m_.vbd_class || xpos(i + 1) == "VBZ"sv;
      // (A participle right after it is a verb when no noun follows it for it to modify:
      // "the Turkish military struck a fuel depot", not "the old armed groups".)
      const bool verb_next = xpos(i + 1) == "VBN"sv &&
                             (i + 2 == n || In(xpos(i + 2), {"DT", "PRP$", "IN", "CD", "PRP", "RB", "TO", "NNP", "NNPS"}));
      if (!((finite_next && (!noun_before || closes_phrase)) || (verb_next && closes_phrase))) continue;
      if (SeenAs(ws, i, noun_class_)) ws.tags[i] = noun_class_;
    }
  }

  // "condemned Russia's missile strikes on Kyiv", "Israel's air strikes on Gaza": a word in
  // -s right after a noun of an owned phrase ("Russia's missile") that is the object
  // of a verb taking no clause, or of a preposition, closes that phrase; it is no verb with
  // the phrase as its subject ("Israel's army strikes Gaza" has no verb before it).
  bool OwnedNounAfterVerb(const std::vector<Token>& tokens, const Workspace& ws, int i) const {
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    if (i < 3 || !In(xpos(i - 1), {"NN", "JJ"})) return false;
    int k = i - 1;
    bool owned = false;
    for (int guard = 0; k >= 0 && guard < 8; --k, ++guard) {
      if (xpos(k) == "POS"sv) owned = true;
      else if (!In(xpos(k), {"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "CD", "DT"})) break;
    }
    if (!owned || k < 0) return false;
    // (What follows opens no object: "Israel's army strikes the camp" may be read either way.)
    if (i + 1 < static_cast<int>(tokens.size()) && In(xpos(i + 1), {"DT", "PRP$", "PRP", "CD", "NNP", "NNPS"}))
      return false;
    const std::string before = Lower(tokens[k].text);
    if (xpos(k) == "IN"sv) return !IsSubordinator(before);
    if (!In(xpos(k), {"VBD", "VBZ", "VBP", "VB", "VBG", "VBN"})) return false;
    // (A verb that takes a clause without "that": "said Israel's army strikes at will".)
    return !TakesBareClause(Lemmatize(tokens[k].text, xpos(k)));
  }

  // Verbs that take a clause without "that" ("said Israel's army strikes at will", "made
  // foreign firms pay"): a noun right after one may be the clause's subject.
  static bool TakesBareClause(const std::string& lemma) {
    return In(lemma, {"say", "tell", "think", "believe", "claim", "hope", "fear", "warn", "insist", "argue", "know",
                      "suggest", "announce", "report", "expect", "suspect", "estimate", "show", "feel", "admit",
                      "confirm", "add", "note", "stress", "predict", "assume", "reckon", "realise", "realize", "hear",
                      "learn", "reveal", "indicate", "mean", "see", "deny", "allege", "acknowledge", "state", "assert",
                      "maintain", "worry", "ensure", "make", "let", "watch", "help", "find"});
  }

  void RepairVerbs(const std::vector<Token>& tokens, Workspace& ws) const {
    const int n = static_cast<int>(tokens.size());
    if (m_.vbd_class < 0) return;
    // A past form of another lemma: in the table (irregular: "shot", "held") or by rule
    // ("wounded").
    auto past_of_other = [&](int i, bool by_rule) {
      for (const char* x : {"VBD", "VBN"})
        if (const LemmaEntry* e = TableLemma(ws.words[i].lower, x); e && e->lemma != e->form) return true;
      const std::string& t = tokens[i].text;
      // (By rule: a regular "-ed" past, or an irregular one the lemmatiser lists: "froze".)
      return by_rule && t.size() > 2 && (t.size() > 4 || t.compare(t.size() - 2, 2, "ed") != 0) &&
             Lemmatize(t, "VBD") != Lower(t);
    };
    for (int i = 0; i < n; ++i) {
      const std::string& x = m_.class_xpos[ws.tags[i]];
      // ("Russia forgave Cuba's debt": a present in -s must end in s; an irregular past
      // read as one is the past.)
      if (x == "VBZ"sv) {
        const std::string& t = tokens[i].text;
        if (!t.empty() && t.back() != 's' && Lemmatize(t, "VBD") != Lower(t)) ws.tags[i] = m_.vbd_class;
        // ("defended Russia over claims of interference": right after a preposition, with
        // no subject between, a word in -s the treebank saw as a plural noun is one.)
        else if (plural_class_ >= 0 && i > 0) {
          const std::string before = Lower(tokens[i - 1].text);
          // (A preposition the tagger read as an adverb, "over", is one here.)
          const bool adverb_preposition = In(before, {"over", "about", "amid", "despite", "against", "after",
                                                      "before", "around", "along", "across", "behind"});
          const bool preposition = (m_.class_xpos[ws.tags[i - 1]] == "IN"sv || adverb_preposition) &&
                                   !IsSubordinator(before);
          const auto* seen = m_.seen_classes.Find(ws.words[i].lower);
          const uint64_t mask = seen ? (plural_class_ < 64 ? seen->first : seen->second) : 0;
          if (preposition && (mask >> (plural_class_ % 64) & 1)) {
            ws.tags[i] = plural_class_;
            if (adverb_preposition && preposition_class_ >= 0) ws.tags[i - 1] = preposition_class_;
          } else if ((!seen || (mask >> (plural_class_ % 64) & 1)) && OwnedNounAfterVerb(tokens, ws, i)) {
            ws.tags[i] = plural_class_;
          } else {
            // ("held joint naval exercises off Goa": after adjectives that a verb, a
            // determiner or a number opens, a word in -s is the noun they describe, even one
            // the treebank saw only as a verb.)
            // (Not an auxiliary, "the contrary is"; after a determiner and one adjective,
            // which may be the noun itself, "the latter says", only a word seen as a plural;
            // not after a participle that describes ("every employed Haitian supports") nor
            // after a verb that takes a clause ("said foreign firms ...").)
            // (After a verb or a preposition, nouns may describe it too: "of joint military
            // exercises"; after a determiner a noun is the subject: "the government says".)
            int j = i - 1, adjectives = 0;
            while (j >= 0 && i - j <= 3 && In(m_.class_xpos[ws.tags[j]], {"JJ", "NN"}))
              adjectives += m_.class_xpos[ws.tags[j--]] == "JJ"sv;
            const bool plural_seen = mask >> (plural_class_ % 64) & 1;
            bool noun = false;
            if (j >= 0 && j < i - 1 && adjectives > 0 && m_.class_upos[ws.tags[i]] == "VERB"sv && t.size() > 3) {
              const std::string& opener = m_.class_xpos[ws.tags[j]];
              if (In(opener, {"DT", "PRP$", "CD"})) {
                noun = adjectives == i - 1 - j && (adjectives >= 2 || plural_seen);
              } else if (opener == "IN"sv) {
                noun = !IsSubordinator(Lower(tokens[j].text));
              } else if (In(opener, {"VBD", "VBZ", "VBP", "VB"})) {
                noun = (j == 0 || !In(m_.class_xpos[ws.tags[j - 1]], {"DT", "PRP$", "POS", "JJ", "CD"})) &&
                       !TakesBareClause(Lemmatize(tokens[j].text, opener));
              }
            }
            if (noun) ws.tags[i] = plural_class_;
          }
        }
        continue;
      }
      if (x != "VBP"sv && x != "VB"sv) continue;
      const std::string& t = tokens[i].text;
      const bool irregular = t.size() > 2 && t.compare(t.size() - 2, 2, "ed") != 0 && Lemmatize(t, "VBD") != Lower(t);
      if ((past_of_other(i, false) || irregular) && !TableLemma(ws.words[i].lower, x.c_str())) ws.tags[i] = m_.vbd_class;
    }
    if (n < 4 || tokens.back().text != "."sv) return;
    int relative = -1;  // the first relative pronoun whose verb was passed over
    for (int i = 0; i < n; ++i) {
      const std::string& x = m_.class_xpos[ws.tags[i]];
      // (A relative clause's verb is not the sentence's: "the Government imposed blockades
      // in parts of Darfur that prevented ...".)
      if (!(x == "VBD"sv || x == "VBZ"sv || x == "VBP"sv || x == "MD"sv || x == "VB"sv)) continue;
      if (i > 0 && In(m_.class_xpos[ws.tags[i - 1]], {"WDT", "WP"})) {
        if (relative < 0) relative = i - 1;
        continue;
      }
      return;
    }
    for (int i = 1; i < n; ++i) {
      const std::string& text = tokens[i].text;
      if (text.empty() || !(text[0] >= 'a' && text[0] <= 'z')) continue;
      // (With a relative clause's verb about, only a past before it, right after a noun, its
      // subject's: not "the armed wing", "as opposed to", "a filing made by ...".)
      if (relative >= 0 && (i > relative || !In(m_.class_xpos[ws.tags[i - 1]], {"NN", "NNS", "NNP", "NNPS"}))) continue;
      // (An article opens no verb: "fears a new wave", where the treebank once wrote "new"
      // for "knew".)
      // (A quantifier may float before it: "all resigned".)
      if (In(m_.class_xpos[ws.tags[i - 1]], {"DT", "PRP$"}) &&
          !In(Lower(tokens[i - 1].text), {"all", "both", "each", "either", "neither", "half"}))
        continue;
      if (past_of_other(i, true)) {
        ws.tags[i] = m_.vbd_class;
        return;
      }
    }
    // Nor a past: a present ("France and UNICEF hand over 40 trucks."): the
    // first lower-case noun right after a plural or proper noun, that the treebank saw as a
    // present verb, before what opens an object or a particle (a determiner, a number, a
    // pronoun, a preposition).
    // ("The opposition demands Assad's resignation.": a word in -s after a singular noun, or
    // one before an owner, "Assad's", is the present too.)
    if (vbp_class_ < 0) return;
    auto xpos = [&](int k) -> const std::string& { return m_.class_xpos[ws.tags[k]]; };
    for (int i = 1; i + 1 < n; ++i) {
      const std::string& text = tokens[i].text;
      if (text.empty() || !(text[0] >= 'a' && text[0] <= 'z')) continue;
      if (!In(xpos(i), {"NN", "NNS"})) continue;
      auto opens_object = [&](int k) {  // (an owner too: "Assad's")
        return k < n && (In(xpos(k), {"DT", "CD", "PRP", "PRP$", "IN", "RP", "TO"}) ||
                         (k + 1 < n && In(xpos(k), {"NNP", "NNPS"}) && xpos(k + 1) == "POS"sv));
      };
      const std::string& next = tokens[i + 1].text;
      const bool subject_first = xpos(i) == "NN"sv && xpos(i + 1) == "NNS"sv && next.size() >= 4 &&
                                 next.back() == 's' && next[0] >= 'a' && next[0] <= 'z' && opens_object(i + 2);
      if (!In(xpos(i - 1), {"NNS", "NNP", "NNPS"}) || !opens_object(i + 1)) {
        if (!subject_first) return;
        ++i;  // (the singular noun is the subject)
      }
      // (In -s, the singular present: "Smith calls for"; the treebank may have seen only its
      // base form as a verb, "demand".)
      const int present = tokens[i].text.back() == 's' && vbz_class_ >= 0 ? vbz_class_ : vbp_class_;
      if (present == vbz_class_ ? MayBePresentInS(tokens, ws, i) : SeenAs(ws, i, present)) ws.tags[i] = present;
      return;
    }
  }

 private:
  Model m_;
  int noun_class_ = -1;  // NN/NOUN
  int adjective_class_ = -1;  // JJ/ADJ
  int plural_class_ = -1;  // NNS/NOUN
  int preposition_class_ = -1;  // IN/ADP
  int vbp_class_ = -1;  // VBP/VERB
  int vbz_class_ = -1;  // VBZ/VERB
  int vb_class_ = -1;  // VB/VERB
  int vbn_class_ = -1;  // VBN/VERB
  uint64_t noun_classes_[2] = {0, 0};  // NN and NNS as nouns: what a known word for people may be
  uint64_t verb_adjective_classes_[2] = {0, 0};  // verbs and adjectives: what else a known word for people may be
};

}  // namespace

std::shared_ptr<const Parser> MakeParser(Model model) {
  return std::make_shared<const ModelParser>(std::move(model));
}

Result<std::shared_ptr<const Parser>> Parser::Load(const std::string& path) {
  using R = Result<std::shared_ptr<const Parser>>;
  std::ifstream in(path, std::ios::binary);
  if (!in) return R::Error(path + ": cannot open parser model (train one with `make models`)");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return R::Error(path + ": cannot determine the file size");
  std::string data(static_cast<size_t>(size), '\0');
  if (!in.read(data.data(), size)) return R::Error(path + ": read error");
  Result<Model> m = Model::Deserialize(data);
  if (!m.ok()) return R::Error(path + ": " + m.error());
  return R(MakeParser(std::move(m).value()));
}

}  // namespace dyad::syntax
