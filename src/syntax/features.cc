#include "syntax/features.h"

namespace dyad::syntax {
namespace {

constexpr uint64_t kNoWord = 0x5bd1e9955bd1e995ULL;
constexpr uint64_t kRootWord = 0x27d4eb2f165667c5ULL;
constexpr uint64_t kBefore1 = 0x94d049bb13311111ULL, kBefore2 = 0x94d049bb13322222ULL;
constexpr uint64_t kAfter1 = 0x94d049bb13333333ULL, kAfter2 = 0x94d049bb13344444ULL;

inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string NormalizeForm(std::string_view text, bool lower) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(text[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) { out.push_back('\''); i += 2; continue; }
      if (c3 == 0x9C || c3 == 0x9D) { out.push_back('"'); i += 2; continue; }
    }
    out.push_back(static_cast<char>(c));
  }
  return lower ? LowerString(out) : out;
}

void DescribeWord(std::string_view text, bool first, std::string& scratch, WordInfo* info) {
  // Straighten curly quotes; keep case in `scratch`, lower-case copy appended after it.
  scratch.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(text[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) { scratch.push_back('\''); i += 2; continue; }
      if (c3 == 0x9C || c3 == 0x9D) { scratch.push_back('"'); i += 2; continue; }
    }
    scratch.push_back(static_cast<char>(c));
  }
  size_t len = scratch.size();
  info->form = HashBytes(scratch);
  unsigned char prev = 0;
  for (size_t i = 0; i < len; ++i) {
    unsigned char c = static_cast<unsigned char>(scratch[i]);
    scratch.push_back(static_cast<char>(LowerByte(c, prev)));
    prev = c;
  }
  std::string_view lower(scratch.data() + len, len);
  info->lower = HashBytes(lower);
  for (int k = 1; k <= 4; ++k)
    info->suf[k - 1] = HashBytes(lower.substr(len > static_cast<size_t>(k) ? len - k : 0), k);
  info->pre[0] = HashBytes(lower.substr(0, 1), 11);
  info->pre[1] = HashBytes(lower.substr(0, 3), 13);
  // Shape: X x d for letters and digits, runs capped at 2, other bytes as they are.
  uint64_t h = 0xcbf29ce484222325ULL;
  char last = 0;
  int run = 0, shown = 0;
  uint32_t flags = first ? static_cast<uint32_t>(kFlagFirst) : 0u;
  bool any_alnum = false, any_lower = false, any_upper = false;
  for (size_t i = 0; i < len && shown < 12; ++i) {
    unsigned char c = static_cast<unsigned char>(scratch[i]);
    char s;
    if (IsUpper(c)) { s = 'X'; any_upper = true; any_alnum = true; }
    else if (IsLower(c)) { s = 'x'; any_lower = true; any_alnum = true; }
    else if (IsDigit(c)) { s = 'd'; flags |= kFlagHasDigit; any_alnum = true; }
    else if (c >= 0xC0) { s = 'x'; any_alnum = true; }
    else if (c >= 0x80) continue;  // UTF-8 continuation
    else { s = static_cast<char>(c); if (c == '-') flags |= kFlagHasHyphen; }
    run = (s == last) ? run + 1 : 1;
    last = s;
    if (run > 2 && (s == 'X' || s == 'x' || s == 'd')) continue;
    h = (h ^ static_cast<unsigned char>(s)) * 0x100000001b3ULL;
    ++shown;
  }
  info->shape = Mix64(h);
  if (len > 0 && IsUpper(static_cast<unsigned char>(scratch[0]))) flags |= kFlagUpperInitial;
  if (any_upper && !any_lower) flags |= kFlagAllUpper;
  if (any_lower) flags |= kFlagHasLower;
  if (!any_alnum) flags |= kFlagPunct;
  info->flags = flags;
}

int TaggerFeatures(const WordInfo* w, int n, int i, int p1, int p2, uint32_t* out) {
  int k = 0;
  const WordInfo& x = w[i];
  auto lower = [&](int j) -> uint64_t {
    if (j < 0) return j == -1 ? kBefore1 : kBefore2;
    if (j >= n) return j == n ? kAfter1 : kAfter2;
    return w[j].lower;
  };
  auto suf3 = [&](int j) -> uint64_t { return (j < 0 || j >= n) ? lower(j) : w[j].suf[2]; };
  auto shape = [&](int j) -> uint64_t { return (j < 0 || j >= n) ? lower(j) : w[j].shape; };
  uint32_t cap = x.flags & (kFlagUpperInitial | kFlagAllUpper | kFlagFirst | kFlagHasLower);
  out[k++] = FeatureKey(0, 0);
  out[k++] = FeatureKey(1, x.lower);
  out[k++] = FeatureKey(2, x.form);
  out[k++] = FeatureKey(3, x.suf[0]);
  out[k++] = FeatureKey(4, x.suf[1]);
  out[k++] = FeatureKey(5, x.suf[2]);
  out[k++] = FeatureKey(6, x.suf[3]);
  out[k++] = FeatureKey(7, x.pre[0]);
  out[k++] = FeatureKey(8, x.pre[1]);
  out[k++] = FeatureKey(9, x.shape);
  out[k++] = FeatureKey(10, x.flags);
  out[k++] = FeatureKey(11, p1);
  out[k++] = FeatureKey(12, p1, p2);
  out[k++] = FeatureKey(13, p1, x.lower);
  out[k++] = FeatureKey(14, lower(i - 1));
  out[k++] = FeatureKey(15, suf3(i - 1));
  out[k++] = FeatureKey(16, lower(i - 2));
  out[k++] = FeatureKey(17, lower(i + 1));
  out[k++] = FeatureKey(18, suf3(i + 1));
  out[k++] = FeatureKey(19, lower(i + 2));
  out[k++] = FeatureKey(20, shape(i + 1));
  out[k++] = FeatureKey(21, shape(i - 1), p1);
  out[k++] = FeatureKey(22, lower(i - 1), x.lower);
  out[k++] = FeatureKey(23, x.lower, lower(i + 1));
  out[k++] = FeatureKey(24, p1, x.suf[2]);
  out[k++] = FeatureKey(25, cap, x.suf[2]);
  out[k++] = FeatureKey(26, cap, p1);
  out[k++] = FeatureKey(27, x.shape, lower(i + 1));
  return k;
}

__attribute__((target_clones("avx2", "default")))
int BestOfRuns(const int32_t* scores, const int* lo, const int* hi, int runs, int* second_out) {
  return BestOfRunsT(scores, lo, hi, runs, second_out);
}

int ParserFeatures(const ParseState& s, const ParseInput& in, uint32_t* out, int* cheap, FeatureGroup group) {
  const int n = s.n;
  auto W = [&](int i) -> uint64_t { return i < 0 ? kNoWord : (i == n ? kRootWord : in.word[i]); };
  auto T = [&](int i) -> uint64_t {
    return static_cast<uint64_t>(i < 0 ? in.num_tags + 1 : (i == n ? in.num_tags : in.tag[i]));
  };
  auto Lb = [&](int i) -> uint64_t { return i < 0 ? 255 : static_cast<uint64_t>(s.label[i] & 255); };
  auto LC = [&](int i) { return i < 0 ? -1 : s.lc1[i]; };
  auto LC2 = [&](int i) { return i < 0 ? -1 : s.lc2[i]; };
  auto RC = [&](int i) { return i < 0 ? -1 : s.rc1[i]; };
  auto RC2 = [&](int i) { return i < 0 ? -1 : s.rc2[i]; };

  int s0 = s.depth > 0 ? s.stack[s.depth - 1] : -1;
  int s1 = s.depth > 1 ? s.stack[s.depth - 2] : -1;
  int s2 = s.depth > 2 ? s.stack[s.depth - 3] : -1;
  int b0 = s.b;
  int b1 = b0 + 1 <= n ? b0 + 1 : -1;
  int b2 = b0 + 2 <= n ? b0 + 2 : -1;
  int s0l = LC(s0), s0l2 = LC2(s0), s0r = RC(s0), s0r2 = RC2(s0);
  int b0l = LC(b0), b0l2 = LC2(b0);
  int s1l = LC(s1), s1r = RC(s1);

  uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
  uint64_t b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
  uint64_t s0lt = T(s0l), s0rt = T(s0r), b0lt = T(b0l), s1rt = T(s1r), s1lt = T(s1l);
  uint64_t dist = 0;
  if (s0 >= 0) {
    int d = b0 - s0;
    dist = d <= 4 ? d : (d <= 6 ? 5 : (d <= 10 ? 6 : 7));
  }
  uint64_t s0vl = s0 >= 0 ? std::min(s.nl[s0], 4) : 9, s0vr = s0 >= 0 ? std::min(s.nr[s0], 4) : 9;
  uint64_t b0vl = std::min(s.nl[b0], 4);
  uint64_t s0sl = s0 >= 0 ? s.lset[s0] : 1ULL << 63, s0sr = s0 >= 0 ? s.rset[s0] : 1ULL << 63;
  uint64_t b0sl = s.lset[b0];

  int k = 0;
  auto F = [&](uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
    out[k++] = FeatureKey(t, a, b, c, d);
  };
  // Features of tags, labels and counts first: few distinct keys, whose weights stay in
  // the cache; the word features after them (ParserFeatures' `cheap`).
  if (group != FeatureGroup::kWords) {
    F(2, s0t); F(5, b0t); F(8, b1t); F(11, b2t); F(13, s1t); F(15, s2t);
    F(26, s0t, b0t); F(27, b0t, b1t); F(28, s1t, s0t); F(32, s1t, b0t);
    F(40, b0t, b1t, b2t); F(41, s0t, b0t, b1t); F(42, s1t, s0t, b0t); F(43, s0t, s0lt, b0t);
    F(44, s0t, s0rt, b0t); F(45, s0t, b0t, b0lt); F(46, s1t, s0t, s0lt); F(47, s1t, s1rt, s0t);
    F(48, s2t, s1t, s0t); F(49, s1t, s0t, b1t); F(52, s1t, s1lt, s0t);
    F(61, s0t, dist); F(63, b0t, dist); F(65, s0t, b0t, dist);
    F(71, s0t, s0vr); F(73, s0t, s0vl); F(75, b0t, b0vl);
    F(81, s0lt); F(82, Lb(s0l)); F(84, s0rt); F(85, Lb(s0r));
    F(87, b0lt); F(88, Lb(b0l)); F(90, s1rt); F(91, Lb(s1r));
    F(92, s0t, Lb(s0l)); F(93, s0t, Lb(s0r)); F(94, b0t, Lb(b0l)); F(95, s1t, Lb(s1r));
    F(101, T(s0l2)); F(102, Lb(s0l2)); F(104, T(s0r2));
    F(105, Lb(s0r2)); F(107, T(b0l2)); F(108, Lb(b0l2));
    F(109, s0t, s0lt, T(s0l2)); F(110, s0t, s0rt, T(s0r2)); F(111, b0t, b0lt, T(b0l2));
    F(121, s0t, s0sr); F(123, s0t, s0sl); F(125, b0t, b0sl);
  }
  if (cheap) *cheap = k;
  if (group == FeatureGroup::kCheap) return k;
  // Word features.
  F(1, s0w); F(3, s0w, s0t);
  F(4, b0w); F(6, b0w, b0t);
  F(7, b1w); F(9, b1w, b1t);
  F(10, b2w);
  F(12, s1w); F(14, s1w, s1t);
  F(16, W(s2));
  F(20, s0w, s0t, b0w, b0t); F(21, s0w, s0t, b0w); F(22, s0w, b0w, b0t); F(23, s0w, s0t, b0t);
  F(24, s0t, b0w, b0t); F(25, s0w, b0w);
  F(29, s1w, s0w); F(30, s1w, s1t, s0t); F(31, s1t, s0w, s0t);
  F(33, s1w, b0w);
  F(50, s0w, b0t, b1t); F(51, s0t, b0w, b1t);
  F(60, s0w, dist); F(62, b0w, dist);
  F(64, s0w, b0w, dist);
  F(70, s0w, s0vr); F(72, s0w, s0vl);
  F(74, b0w, b0vl);
  F(80, W(s0l)); F(83, W(s0r));
  F(86, W(b0l)); F(89, W(s1r));
  F(100, W(s0l2)); F(103, W(s0r2)); F(106, W(b0l2));
  F(120, s0w, s0sr); F(122, s0w, s0sl);
  F(124, b0w, b0sl);
  return k;
}

void OracleCosts(const ParseState& s, const int* gh, const int* gl, int* cost) {
  const int L = s.num_labels, C = 1 + 2 * L;
  std::fill(cost, cost + C, -1);
  const int b = s.b;
  if (s.CanShift()) {
    int c = 0;
    for (int i = 0; i < s.depth; ++i) {
      int x = s.stack[i];
      if (gh[x] == b) ++c;
      if (i < s.depth - 1 && gh[b] == x) ++c;
    }
    cost[0] = c;
  }
  if (s.depth == 0) return;
  int s0 = s.stack[s.depth - 1];
  int s1 = s.depth > 1 ? s.stack[s.depth - 2] : -1;
  int deps = 0;
  for (int d = b; d < s.n; ++d)
    if (gh[d] == s0) ++deps;
  if (s.CanLeft()) {
    int base = deps + ((gh[s0] != b && (gh[s0] > b || gh[s0] == s1)) ? 1 : 0);
    for (int l = 0; l < L; ++l)
      if (s.Valid(1 + l)) cost[1 + l] = base + ((gh[s0] == b && gl[s0] != l) ? 1 : 0);
  }
  if (s.CanRight()) {
    int base = deps + (gh[s0] >= b ? 1 : 0);
    for (int l = 0; l < L; ++l)
      if (s.Valid(1 + L + l)) cost[1 + L + l] = base + ((gh[s0] == s1 && gl[s0] != l) ? 1 : 0);
  }
}

int Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  std::vector<int> h(heads);
  for (int& x : h)
    if (x < 0) x = n;
  auto dominates = [&](int a, int k) {  // a is an ancestor of k (or equal)
    for (int steps = 0; steps <= n + 1; ++steps) {
      if (k == a) return true;
      if (k == n) return false;
      k = h[k];
    }
    return false;
  };
  int lifted = 0;
  while (true) {
    int best = -1, best_len = 1 << 30;
    for (int d = 0; d < n; ++d) {
      int hd = h[d];
      if (hd == n) continue;
      int lo = std::min(d, hd), hi = std::max(d, hd);
      bool proj = true;
      for (int k = lo + 1; k < hi && proj; ++k) proj = dominates(hd, k);
      if (!proj && hi - lo < best_len) {
        best = d;
        best_len = hi - lo;
      }
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    ++lifted;
    if (lifted > 4 * n) break;  // cannot happen on a tree; guards against cycles
  }
  for (int i = 0; i < n; ++i) heads[i] = h[i] == n ? -1 : h[i];
  return lifted;
}

}  // namespace dyad::syntax
