#include <algorithm>
#include <array>
#include <string>

#include "dyad/text.h"

namespace dyad::text {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// UTF-8 punctuation that is its own token: quotes, dashes, ellipsis, guillemets.
constexpr std::array<std::string_view, 11> kUnicodePunct = {
    "\u201C", "\u201D", "\u2018", "\u2019", "\u2013", "\u2014", "\u2026", "\u00AB", "\u00BB",
    "\u2032", "\u2033"};

size_t UnicodePunctAtSlow(std::string_view s, size_t i) {
  for (auto p : kUnicodePunct)
    if (s.compare(i, p.size(), p) == 0) return p.size();
  // Non-breaking space and narrow no-break space act as whitespace elsewhere; not here.
  return 0;
}

size_t UnicodeSpaceAtSlow(std::string_view s, size_t i) {
  if (s.compare(i, 2, "\u00A0") == 0) return 2;
  if (s.compare(i, 3, "\u202F") == 0 || s.compare(i, 3, "\u2009") == 0 ||
      s.compare(i, 3, "\u200B") == 0)
    return 3;
  return 0;
}

inline size_t UnicodePunctAt(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;  // all of them are multi-byte
  return UnicodePunctAtSlow(s, i);
}

inline size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0xC2) return 0;  // ASCII or a continuation byte
  return UnicodeSpaceAtSlow(s, i);
}

bool IsAsciiPunct(char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '"': case ',':
    case ';': case ':': case '!': case '?': case '*': case '|':
      return true;
    default:
      return false;
  }
}

constexpr std::array<std::string_view, 75> kAbbreviations = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
    "cpl.", "adm.", "cmdr.", "gov.", "sen.", "rep.", "pres.", "amb.", "sec.", "rev.",
    "st.", "mt.", "ft.", "jr.", "sr.", "inc.", "corp.", "ltd.", "co.", "bros.", "no.",
    "vs.", "v.", "etc.", "e.g.", "i.e.", "a.m.", "p.m.", "jan.", "feb.", "mar.", "apr.",
    "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.",
    "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.", "approx.", "dept.",
    "est.", "fig.", "govt.", "intl.", "mln.", "bln.", "pct.", "u.s.", "u.k.", "u.n.",
    "e.u.", "ave."};

constexpr size_t kLongestAbbreviation = [] {
  size_t n = 0;
  for (auto a : kAbbreviations) n = std::max(n, a.size());
  return n;
}();

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsClosing(std::string_view t) {
  return t == ")" || t == "]" || t == "}" || t == "\"" || t == "'" || t == "\u201D" ||
         t == "\u2019" || t == "\u00BB";
}

bool IsOpeningQuote(std::string_view t) {
  return t == "\"" || t == "\u201C" || t == "\u2018" || t == "'" || t == "(" || t == "\u00AB";
}

// A token that may end a sentence: . ! ? ... or an ellipsis character.
bool IsTerminal(std::string_view tx) {
  if (tx.size() == 1) return tx[0] == '.' || tx[0] == '!' || tx[0] == '?';
  return tx == "..." || tx == "\u2026";
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  if (word.size() <= kLongestAbbreviation) {
    char buf[kLongestAbbreviation];
    for (size_t k = 0; k < word.size(); ++k)
      buf[k] = static_cast<char>(tolower(static_cast<unsigned char>(word[k])));
    std::string_view lower(buf, word.size());
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end())
      return true;
  }
  // Initials: "W." and dotted acronyms "U.S.", "U.A.E.".
  if (word.size() == 2 && isupper(static_cast<unsigned char>(word[0]))) return true;
  bool dotted = word.size() >= 4;
  for (size_t i = 0; i < word.size() && dotted; ++i)
    dotted = (i % 2 == 0) ? isalpha(static_cast<unsigned char>(word[i])) : word[i] == '.';
  return dotted;
}

namespace {

using Span = std::pair<uint32_t, uint32_t>;  // a token's bytes [first, second) in its text

// The tokens of `s` as byte ranges, in order. (SplitSentences finds the sentences among
// them, then makes each sentence's tokens in place: tokens made for the whole line were
// moved into the sentences, five strings each.)
void TokenSpans(std::string_view s, std::vector<Span>& out) {
  out.clear();
  auto emit = [&](size_t a, size_t b) {
    if (b <= a) return;
    out.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
  };
  std::vector<std::pair<size_t, size_t>> tail;  // a chunk's trailing tokens, in reverse order
  size_t i = 0, n = s.size();
  while (i < n) {
    // Skip whitespace (ASCII and Unicode spaces).
    if (IsSpace(static_cast<unsigned char>(s[i]))) { ++i; continue; }
    if (size_t k = UnicodeSpaceAt(s, i)) { i += k; continue; }
    // A chunk runs to the next whitespace.
    size_t j = i;
    while (j < n && !IsSpace(static_cast<unsigned char>(s[j])) && !UnicodeSpaceAt(s, j)) ++j;
    // Peel leading punctuation.
    size_t a = i, b = j;
    tail.clear();
    while (a < b) {
      if (size_t k = UnicodePunctAt(s, a)) { emit(a, a + k); a += k; continue; }
      // The quotes of PTB-style wire text ("``Yes,'' he said") are one token each.
      if ((s[a] == '`' || s[a] == '\'') && a + 1 < b && s[a + 1] == s[a]) { emit(a, a + 2); a += 2; continue; }
      if (s[a] == '`') { emit(a, a + 1); ++a; continue; }
      if (IsAsciiPunct(s[a]) || s[a] == '\'' ) {
        // An apostrophe starting a word like 'em or '90s stays; a quote is split.
        if (s[a] == '\'' && a + 1 < b && isdigit(static_cast<unsigned char>(s[a + 1]))) break;
        emit(a, a + 1); ++a; continue;
      }
      break;
    }
    // Peel trailing punctuation (but not the period of an abbreviation).
    while (b > a) {
      bool peeled = false;
      for (auto p : kUnicodePunct) {
        if (static_cast<unsigned char>(s[b - 1]) < 0x80) break;  // all of them are multi-byte
        if (b - a >= p.size() && s.compare(b - p.size(), p.size(), p) == 0) {
          // Keep "’s" and "n’t" clitics for the clitic step below.
          if (p == "\u2019" && false) break;
          tail.push_back({b - p.size(), b});
          b -= p.size();
          peeled = true;
          break;
        }
      }
      if (peeled) continue;
      char c = s[b - 1];
      if ((c == '`' || c == '\'') && b - a >= 3 && s[b - 2] == c) { tail.push_back({b - 2, b}); b -= 2; continue; }
      if (c == '`') { tail.push_back({b - 1, b}); --b; continue; }
      if (IsAsciiPunct(c) || c == '\'') { tail.push_back({b - 1, b}); --b; continue; }
      if (c == '.') {
        std::string_view word = s.substr(a, b - a);
        if (word == "." || word == "..." ) break;
        if (word.size() >= 3 && word.substr(word.size() - 3) == "...") {
          tail.push_back({b - 3, b}); b -= 3; continue;
        }
        if (IsAbbreviation(word)) break;
        tail.push_back({b - 1, b}); --b; continue;
      }
      break;
    }
    // The word itself: split clitics and hyphens.
    std::string_view w = s.substr(a, b - a);
    size_t wa = a;
    auto split_word = [&](size_t from, size_t to) {
      // Hyphens between letters split ("anti-government"); numbers and dates keep theirs.
      size_t start = from;
      for (size_t k = from; k < to; ++k) {
        if (s[k] == '-' && k > from && k + 1 < to &&
            !(isdigit(static_cast<unsigned char>(s[k - 1])) &&
              isdigit(static_cast<unsigned char>(s[k + 1])))) {
          emit(start, k);
          emit(k, k + 1);
          start = k + 1;
        } else if (s[k] == '/' && k > from && k + 1 < to &&
                   isalpha(static_cast<unsigned char>(s[k - 1])) &&
                   isalpha(static_cast<unsigned char>(s[k + 1]))) {
          emit(start, k);
          emit(k, k + 1);
          start = k + 1;
        }
      }
      emit(start, to);
    };
    // (Clitics all have an apostrophe, straight or curly.)
    // One scan for the apostrophes, straight or curly, and for the hyphens and slashes
    // split_word cuts at: most words have none and are one token as they stand.
    bool plain = true, joined = false;
    for (char ch : w) {
      plain = plain && ch != '\'' && ch != '\xE2';
      joined = joined || ch == '-' || ch == '/';
    }
    if (!w.empty() && plain && !joined) {
      emit(wa, b);
    } else if (!w.empty() && plain) {
      split_word(wa, b);
    } else if (!w.empty()) {
      std::string lw = Lower(w);
      auto ends = [&](std::string_view suf) {
        return lw.size() > suf.size() && lw.compare(lw.size() - suf.size(), suf.size(), suf) == 0;
      };
      size_t clitic = 0;
      for (std::string_view suf : {"n't", "n\u2019t"})
        if (ends(suf)) clitic = suf.size();
      if (clitic) {
        // "can't" -> "ca" "n't", "won't" -> "wo" "n't", as in the treebank.
        split_word(wa, b - clitic);
        emit(b - clitic, b);
      } else {
        for (std::string_view suf : {"'s", "'re", "'ve", "'ll", "'d", "'m", "\u2019s",
                                     "\u2019re", "\u2019ve", "\u2019ll", "\u2019d", "\u2019m"})
          if (ends(suf)) { clitic = suf.size(); break; }
        if (!clitic && (ends("s'") || ends("s\u2019"))) clitic = ends("s'") ? 1 : 3;  // plural possessive
        if (clitic) {
          split_word(wa, b - clitic);
          emit(b - clitic, b);
        } else {
          split_word(wa, b);
        }
      }
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
    i = j;
  }
}

// Appends the tokens of spans [from, to) of `s` (at `base` in the document) to `out`.
void MakeTokens(std::string_view s, uint32_t base, const std::vector<Span>& spans, size_t from, size_t to,
                std::vector<Token>& out) {
  out.reserve(out.size() + (to - from));
  for (size_t k = from; k < to; ++k) {
    Token& t = out.emplace_back();
    t.text.assign(s.data() + spans[k].first, spans[k].second - spans[k].first);
    t.start = base + spans[k].first;
    t.end = base + spans[k].second;
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s, uint32_t base) {
  thread_local std::vector<Span> spans;
  TokenSpans(s, spans);
  std::vector<Token> out;
  MakeTokens(s, base, spans, 0, spans.size(), out);
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view s, uint32_t base) {
  std::vector<Sentence> out;
  // Lines first: a line break always ends a sentence.
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    const std::string_view line = s.substr(pos, nl - pos);
    thread_local std::vector<Span> tokens;
    TokenSpans(line, tokens);
    auto text = [&](size_t t) { return line.substr(tokens[t].first, tokens[t].second - tokens[t].first); };
    size_t k = 0;
    while (k < tokens.size()) {
      size_t first = k;
      size_t end = tokens.size();
      for (size_t t = k; t < tokens.size(); ++t) {
        if (!IsTerminal(text(t))) continue;
        size_t after = t + 1;
        while (after < tokens.size() && IsClosing(text(after))) ++after;
        if (after >= tokens.size()) { end = tokens.size(); break; }
        const std::string_view next = text(after);
        unsigned char c0 = static_cast<unsigned char>(next[0]);
        if (isupper(c0) || isdigit(c0) || IsOpeningQuote(next) || c0 >= 0xC0) {
          end = after;
          break;
        }
      }
      if (end - first > kMaxSentenceTokens) {
        // No real sentence is this long: cut after the last , ; or : in the second half of
        // the window, else at the limit (coding time grows faster than length).
        size_t cut = first + kMaxSentenceTokens;
        for (size_t t = cut; t > first + kMaxSentenceTokens / 2; --t) {
          const std::string_view tx = text(t - 1);
          if (tx.size() == 1 && (tx[0] == ',' || tx[0] == ';' || tx[0] == ':')) { cut = t; break; }
        }
        end = cut;
      }
      Sentence sent;
      MakeTokens(line, base + static_cast<uint32_t>(pos), tokens, first, end, sent.tokens);
      sent.start = sent.tokens.front().start;
      sent.end = sent.tokens.back().end;
      out.push_back(std::move(sent));
      k = end;
    }
    pos = nl + 1;
  }
  return out;
}

void Segment(Document& doc) { doc.sentences = SplitSentences(doc.text, 0); }

}  // namespace dyad::text
