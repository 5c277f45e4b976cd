// syntax/features.h — word descriptions, feature templates, the arc-hybrid transition
// system and its dynamic oracle, and greedy decoding (private).
//
// Decoding is written once, as templates over the weight type, so that training
// (AvgWeights, float scores) and run time (FrozenWeights, int scores) share every line.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/hash.h"
#include "syntax/model.h"

namespace dyad::syntax {

// What the feature templates see of one word.
struct WordInfo {
  uint64_t form = 0;    // exact form (curly quotes straightened)
  uint64_t lower = 0;   // lower-cased form
  uint64_t suf[4] = {};  // last 1..4 bytes of the lower-cased form
  uint64_t pre[2] = {};  // first 1 and 3 bytes
  uint64_t shape = 0;   // Xxxx / dd,dd / XX-dd ...
  uint32_t flags = 0;   // kFlag* bits
};

enum : uint32_t {
  kFlagUpperInitial = 1,
  kFlagAllUpper = 2,
  kFlagHasDigit = 4,
  kFlagHasHyphen = 8,
  kFlagFirst = 16,
  kFlagHasLower = 32,
  kFlagPunct = 64,
};

// The form as the features see it: curly quotes straightened, optionally lower-cased.
std::string NormalizeForm(std::string_view text, bool lower);

// Fills `info` for a token text. `scratch` is reused to avoid allocation.
void DescribeWord(std::string_view text, bool first, std::string& scratch, WordInfo* info);

// ---- tagger ----

// Features of word i given the two previous tags (class ids; num_classes = start).
int TaggerFeatures(const WordInfo* w, int n, int i, int p1, int p2, uint32_t* out);

template <class Weights, class Score>
int BestClass(const Weights& W, const uint32_t* f, int nf, Score* scores) {
  W.Score(f, nf, scores);
  int best = 0;
  for (int c = 1; c < W.num_classes(); ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// ---- parser: arc-hybrid with the root at the end of the buffer ----
//
// Classes: 0 = SHIFT, 1 + l = LEFT-l (s0 <- b0), 1 + L + l = RIGHT-l (s1 -> s0).

struct ParseState {
  int n = 0, num_labels = 0, root_label = 0;
  int depth = 0, b = 0;
  int* stack = nullptr;
  int *head = nullptr, *label = nullptr, *lc1 = nullptr, *lc2 = nullptr, *rc1 = nullptr, *rc2 = nullptr;
  int *nl = nullptr, *nr = nullptr;
  uint64_t *lset = nullptr, *rset = nullptr;
  std::vector<int> ibuf;
  std::vector<uint64_t> ubuf;

  void Init(int words, int labels, int root) {
    n = words;
    num_labels = labels;
    root_label = root;
    size_t m = static_cast<size_t>(n) + 1;
    if (ibuf.size() < m * 10) ibuf.resize(m * 10);
    if (ubuf.size() < m * 2) ubuf.resize(m * 2);
    int* p = ibuf.data();
    stack = p; head = p + m; label = p + 2 * m; lc1 = p + 3 * m; lc2 = p + 4 * m;
    rc1 = p + 5 * m; rc2 = p + 6 * m; nl = p + 7 * m; nr = p + 8 * m;
    std::fill(p + m, p + 7 * m, -1);
    std::fill(p + 7 * m, p + 9 * m, 0);
    lset = ubuf.data();
    rset = ubuf.data() + m;
    std::fill(lset, lset + 2 * m, 0);
    depth = 0;
    b = 0;
  }
  bool Terminal() const { return depth == 0 && b == n; }
  bool CanShift() const { return b < n; }
  bool CanLeft() const { return depth > 0 && (b < n || depth == 1); }
  bool CanRight() const { return depth >= 2; }
  bool Valid(int cls) const {
    if (cls == 0) return CanShift();
    if (cls <= num_labels) return CanLeft() && ((cls - 1 == root_label) == (b == n));
    return CanRight() && cls - 1 - num_labels != root_label;
  }
  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      ++nl[h];
      lset[h] |= 1ULL << (l & 63);
      if (lc1[h] < 0 || d < lc1[h]) { lc2[h] = lc1[h]; lc1[h] = d; }
      else if (lc2[h] < 0 || d < lc2[h]) lc2[h] = d;
    } else {
      ++nr[h];
      rset[h] |= 1ULL << (l & 63);
      if (rc1[h] < 0 || d > rc1[h]) { rc2[h] = rc1[h]; rc1[h] = d; }
      else if (rc2[h] < 0 || d > rc2[h]) rc2[h] = d;
    }
  }
  void Apply(int cls) {
    if (cls == 0) {
      stack[depth++] = b++;
    } else if (cls <= num_labels) {
      int d = stack[--depth];
      AddArc(b, d, cls - 1);
    } else {
      int d = stack[--depth];
      AddArc(stack[depth - 1], d, cls - 1 - num_labels);
    }
  }
};

// Word hashes and tag classes of the sentence as the parser sees them.
struct ParseInput {
  const uint64_t* word;  // n entries
  const int* tag;        // n entries
  int num_tags;          // tag value num_tags = ROOT, num_tags + 1 = none
};

// Which of a parser state's features to write: the tag, label and count features (few
// distinct keys, whose weights stay in the cache), the word features (whose weights
// mostly miss it), or both, in that order.
enum class FeatureGroup { kAll, kCheap, kWords };

// Writes the features of a parser state; returns their number. With `cheap`, it is set to
// the number of features first in `out` that are of tags, labels and counts only.
int ParserFeatures(const ParseState& s, const ParseInput& in, uint32_t* out, int* cheap = nullptr,
                   FeatureGroup group = FeatureGroup::kAll);

// The best class of the runs [lo[k], hi[k]) (the first of the highest score) and, with
// `second_out`, the runner-up (-1: none), whose score is the highest of the others.
template <class Score>
__attribute__((always_inline)) inline int BestOfRunsT(const Score* scores, const int* lo, const int* hi, int runs, int* second_out) {
  if (second_out) *second_out = -1;
  if (runs == 0) return -1;
  Score top = scores[lo[0]];
  for (int k = 0; k < runs; ++k)
    for (int c = lo[k]; c < hi[k]; ++c) top = std::max(top, scores[c]);
  int best = -1;
  for (int k = 0; k < runs && best < 0; ++k)
    for (int c = lo[k]; c < hi[k]; ++c)
      if (scores[c] == top) {
        best = c;
        break;
      }
  if (!second_out) return best;
  int valid = 0;
  for (int k = 0; k < runs; ++k) valid += hi[k] - lo[k];
  if (valid < 2) return best;
  Score next = std::numeric_limits<Score>::lowest();
  for (int k = 0; k < runs; ++k) {
    const int mid = std::clamp(best, lo[k], hi[k]);  // the runs less the best class
    for (int c = lo[k]; c < mid; ++c) next = std::max(next, scores[c]);
    for (int c = std::max(mid, best + 1); c < hi[k]; ++c) next = std::max(next, scores[c]);
  }
  for (int k = 0; k < runs && *second_out < 0; ++k)
    for (int c = lo[k]; c < hi[k]; ++c)
      if (c != best && scores[c] == next) {
        *second_out = c;
        break;
      }
  return best;
}

// BestOfRunsT for the run-time parser's integer scores, vectorised where the machine can.
int BestOfRuns(const int32_t* scores, const int* lo, const int* hi, int runs, int* second_out);

// Chooses the best valid class (the first in class order of the highest score); with
// `second_out`, also the runner-up (-1: none), whose score is the highest of the others.
// The valid classes are at most five runs of consecutive classes, scanned in loops the
// compiler vectorises (this is run for every transition).
template <class Score>
int BestValid(const ParseState& s, const Score* scores, int num_classes, int* second_out = nullptr) {
  (void)num_classes;
  int lo[5], hi[5], runs = 0;
  auto run = [&](int a, int b) {
    if (a < b) lo[runs] = a, hi[runs++] = b;
  };
  const int L = s.num_labels, r = s.root_label;
  if (s.CanShift()) run(0, 1);
  if (s.CanLeft()) {
    if (s.b == s.n) {
      run(1 + r, 2 + r);
    } else {
      run(1, 1 + r);
      run(2 + r, 1 + L);
    }
  }
  if (s.CanRight()) {
    run(1 + L, 1 + L + r);
    run(2 + L + r, 1 + 2 * L);
  }
  if constexpr (std::is_same_v<Score, int32_t>) {
    return BestOfRuns(scores, lo, hi, runs, second_out);
  } else {
    return BestOfRunsT(scores, lo, hi, runs, second_out);
  }
}

// Dynamic-oracle cost of each class (Goldberg & Nivre 2013, arc-hybrid); -1 = invalid.
// gold_head uses n for the root; the gold tree must be projective.
void OracleCosts(const ParseState& s, const int* gold_head, const int* gold_label, int* cost);

// Tags a sentence left to right; words in the tag dictionary skip the model.
// `allowed`, when given, holds per word a bitmask of the classes it may take (two 64-bit
// words per word, class c at bit c; all zero = unconstrained).
// `after_modal`, when given, turns an adjective or noun reading of a word after a modal
// into a base-form verb ("would free", "will not clear": a modal is followed by a verb,
// whatever the treebank saw the word as), and a verb reading after a possessive 's into
// a noun or a modifier: eleven 64-bit words: the base-verb classes (two), the modal
// classes, the adverb classes (adverbs may stand between), the adjective and noun classes
// (two), the possessive classes, the verb classes that cannot follow one (two), the
// classes that can (two); the single words cover the first 64 classes.
template <class Weights, class Score>
void TagSentence(const Weights& W, const FlatMap64<uint16_t>& dict, const WordInfo* w, int n, int* tags,
                 Score* scores, const uint64_t* allowed = nullptr, const uint64_t* after_modal = nullptr) {
  uint32_t f[kMaxFeatures];
  const int start = W.num_classes();
  auto in = [](const uint64_t* mask, int c) { return (mask[c / 64] >> (c % 64) & 1) != 0; };
  for (int i = 0; i < n; ++i) {
    int before = i - 1;  // the word before, adverbs skipped
    while (after_modal && before > 0 && tags[before] < 64 && (after_modal[3] >> tags[before] & 1)) --before;
    // (Not a question's modal, "Can anyone help": it opens the sentence.)
    const bool modal_before = after_modal && before >= 1 && tags[before] < 64 && (after_modal[2] >> tags[before] & 1);
    bool force_verb = false;  // (the model never learnt dictionary words: choose among verbs)
    const uint64_t* mask = allowed && (allowed[2 * i] | allowed[2 * i + 1]) ? allowed + 2 * i : nullptr;
    if (const uint16_t* d = dict.Find(w[i].form)) {
      tags[i] = *d - 1;
      // (A dictionary word outside its allowed classes, a known name, goes to the model.)
      const bool outside = mask && !in(mask, tags[i]);
      if (!outside && (!modal_before || !in(after_modal + 4, tags[i]))) continue;
      force_verb = !outside;
    }
    int nf = TaggerFeatures(w, n, i, i > 0 ? tags[i - 1] : start, i > 1 ? tags[i - 2] : start, f);
    tags[i] = BestClass(W, f, nf, scores);
    if (mask && !in(mask, tags[i])) {
      int best = -1;
      for (int c = 0; c < W.num_classes(); ++c)
        if (in(mask, c) && (best < 0 || scores[c] > scores[best])) best = c;
      if (best >= 0) tags[i] = best;
    }
    if (modal_before && (force_verb || in(after_modal + 4, tags[i]))) {
      int best = -1;
      for (int c = 0; c < W.num_classes(); ++c)
        if (in(after_modal, c) && (best < 0 || scores[c] > scores[best])) best = c;
      if (best >= 0) tags[i] = best;
    }
    // After a possessive 's comes what is possessed, not a verb ("Russia's slaughter").
    if (after_modal && i > 0 && tags[i - 1] < 64 && (after_modal[6] >> tags[i - 1] & 1) &&
        in(after_modal + 7, tags[i])) {
      int best = -1;
      for (int c = 0; c < W.num_classes(); ++c)
        if (in(after_modal + 9, c) && (best < 0 || scores[c] > scores[best])) best = c;
      if (best >= 0) tags[i] = best;
    }
  }
}

// The early-decision margin of the model's parser (ParseSentence), in quantised weight units.
// The smallest round margin that loses nothing on the EWT splits: LAS 80.75% (dev) and
// 81.61% (test) as with every feature scored, which the word features then are for three
// transitions in four; 100,000 cost 0.05 points on test, 80,000 cost 0.2 on dev.
inline constexpr int kEarlyDecisionMargin = 110000;

// Parses greedily; the result is in s.head (n = root) and s.label.
// With `early_margin` > 0, a transition is first scored on the cheap features alone (see
// ParserFeatures) and taken if it leads the runner-up by at least that much; the word
// features, whose weights are mostly out of the cache, are added only to close calls.
template <class Weights, class Score>
void ParseSentence(const Weights& W, ParseState& s, const ParseInput& in, int n, int num_labels, int root_label,
                   Score* scores, Score early_margin = 0) {
  s.Init(n, num_labels, root_label);
  uint32_t f[kMaxFeatures];
  while (!s.Terminal()) {
    // With an empty stack only SHIFT is valid, and with one word left and the buffer
    // done only its attachment to the root: no scoring needed (same trees).
    if (s.depth == 0) {
      s.Apply(0);
      continue;
    }
    if (s.depth == 1 && s.b == n) {
      s.Apply(1 + root_label);
      continue;
    }
    if (early_margin > 0) {
      // (The word features' keys are only made for the close calls.)
      const int cheap = ParserFeatures(s, in, f, nullptr, FeatureGroup::kCheap);
      W.Score(f, cheap, scores);
      int second = -1;
      const int best = BestValid(s, scores, W.num_classes(), &second);
      if (second < 0 || scores[best] - scores[second] >= early_margin) {
        s.Apply(best);
        continue;
      }
      const int nw = ParserFeatures(s, in, f, nullptr, FeatureGroup::kWords);
      Score rest[FrozenWeights::kMaxClasses];
      W.Score(f, nw, rest);
      for (int c = 0; c < W.num_classes(); ++c) scores[c] += rest[c];
    } else {
      W.Score(f, ParserFeatures(s, in, f), scores);
    }
    s.Apply(BestValid(s, scores, W.num_classes()));
  }
}

// Lifts non-projective arcs until the tree is projective (heads: -1 = root). Returns the
// number of arcs lifted.
int Projectivize(std::vector<int>& heads);

}  // namespace dyad::syntax
