#include "syntax/model.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <new>
#include <unordered_map>

#include <sys/mman.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace dyad::syntax {
namespace {

void PutU8(std::string& o, uint8_t v) { o.push_back(static_cast<char>(v)); }
void PutU16(std::string& o, uint16_t v) {
  for (int i = 0; i < 2; ++i) o.push_back(static_cast<char>(v >> (8 * i)));
}
void PutU32(std::string& o, uint32_t v) {
  for (int i = 0; i < 4; ++i) o.push_back(static_cast<char>(v >> (8 * i)));
}
void PutU64(std::string& o, uint64_t v) {
  for (int i = 0; i < 8; ++i) o.push_back(static_cast<char>(v >> (8 * i)));
}
void PutStr(std::string& o, std::string_view s) {
  PutU32(o, static_cast<uint32_t>(s.size()));
  o.append(s);
}

struct Reader {
  std::string_view d;
  size_t* pos;
  bool ok = true;
  bool Need(size_t n) {
    if (!ok || d.size() - *pos < n) ok = false;
    return ok;
  }
  uint64_t Get(int bytes) {
    if (!Need(bytes)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(d[*pos + i])) << (8 * i);
    *pos += bytes;
    return v;
  }
  uint8_t U8() { return static_cast<uint8_t>(Get(1)); }
  uint16_t U16() { return static_cast<uint16_t>(Get(2)); }
  uint32_t U32() { return static_cast<uint32_t>(Get(4)); }
  uint64_t U64() { return Get(8); }
  std::string Str() {
    uint32_t n = U32();
    if (n > (1u << 20) || !Need(n)) {
      ok = false;
      return {};
    }
    std::string s(d.substr(*pos, n));
    *pos += n;
    return s;
  }
};

}  // namespace

template <class T>
void HugeArray<T>::Reset(size_t n) {
  std::free(p_);
  p_ = nullptr;
  n_ = n;
  if (n == 0) return;
  constexpr size_t kHuge = 2u << 20;
  size_t bytes = n * sizeof(T);
  if (bytes >= kHuge) {
    bytes = (bytes + kHuge - 1) / kHuge * kHuge;
    p_ = static_cast<T*>(std::aligned_alloc(kHuge, bytes));
#ifdef MADV_HUGEPAGE
    if (p_) madvise(p_, bytes, MADV_HUGEPAGE);
#endif
  } else {
    p_ = static_cast<T*>(std::malloc(bytes));
  }
  if (!p_) throw std::bad_alloc();
  std::memset(p_, 0, bytes);
}
template class HugeArray<uint64_t>;
template class HugeArray<uint32_t>;
template class HugeArray<int16_t>;

// Slot payload in the sparse table: bit 31 set = one inline entry (class << 16 | weight);
// otherwise start << 7 | count into entries_. In the dense table: the row index.
constexpr uint32_t kInline = 0x80000000u;
void FrozenWeights::Build(int num_classes, const std::vector<Feature>& features) {
  num_classes_ = num_classes;
  keys_.clear();
  counts_.clear();
  entries_.clear();
  for (const Feature& f : features) {
    keys_.push_back(f.key);
    counts_.push_back(static_cast<uint8_t>(f.entries.size()));
    for (auto [c, w] : f.entries) entries_.push_back(static_cast<uint32_t>(c) << 16 | static_cast<uint16_t>(w));
  }
  Index();
}

void FrozenWeights::Insert(HugeArray<uint64_t>& table, size_t capacity, uint32_t key, uint32_t payload) {
  for (size_t j = Home(key, capacity);; j = (j + 1 == capacity) ? 0 : j + 1) {
    if (table[j] == 0) {
      table[j] = static_cast<uint64_t>(key) << 32 | payload;
      return;
    }
  }
}

void FrozenWeights::Index() {
  hot_entries_.Reset(entries_.size());
  if (!entries_.empty()) std::memcpy(hot_entries_.data(), entries_.data(), entries_.size() * sizeof(uint32_t));
  dense_stride_ = (num_classes_ + 15) / 16 * 16;
  size_t dense_rows = 0;
  for (uint8_t c : counts_) dense_rows += c >= kDenseMin;
  const size_t sparse = keys_.size() - dense_rows;
  capacity_ = sparse + sparse / 2 + 16;
  slots_.Reset(capacity_);
  dense_capacity_ = dense_rows * 2 + 16;  // half full: most probes end at the first slot
  dense_slots_.Reset(dense_capacity_);
  dense_.Reset(dense_rows * static_cast<size_t>(dense_stride_));
  uint32_t start = 0, row = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint32_t count = counts_[i];
    if (count >= kDenseMin) {
      int16_t* r = dense_.data() + static_cast<size_t>(row) * dense_stride_;
      for (uint32_t e = start; e < start + count; ++e) r[entries_[e] >> 16] = static_cast<int16_t>(entries_[e] & 0xFFFF);
      Insert(dense_slots_, dense_capacity_, keys_[i], row++);
    } else {
      Insert(slots_, capacity_, keys_[i], count == 1 ? kInline | entries_[start] : start << 7 | count);
    }
    start += count;
  }
}

namespace {

// acc[0..stride) += row[0..stride) for each row, stride a multiple of 16.
void AddDenseRowsPortable(const int16_t* base, const uint32_t* rows, int nrows, int stride, int32_t* acc) {
  for (int i = 0; i < nrows; ++i) {
    const int16_t* row = base + static_cast<size_t>(rows[i]) * stride;
    for (int c = 0; c < stride; ++c) acc[c] += row[c];
  }
}

#if defined(__x86_64__)
// The same with AVX2, in blocks of up to 64 classes whose sums stay in eight registers
// over all the rows: the compiler's loop loaded and stored the sums for every row, which
// made this the costliest step of parsing in instructions.
template <int kBlocks>  // 16 classes each
__attribute__((target("avx2"))) void AddBlockAvx2(const int16_t* base, const uint32_t* rows, int nrows,
                                                  int stride, int32_t* acc) {
  __m256i sum[2 * kBlocks];
  for (int j = 0; j < 2 * kBlocks; ++j) sum[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(acc + 8 * j));
  for (int i = 0; i < nrows; ++i) {
    const int16_t* row = base + static_cast<size_t>(rows[i]) * stride;
    for (int j = 0; j < kBlocks; ++j) {
      const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(row + 16 * j));
      sum[2 * j] = _mm256_add_epi32(sum[2 * j], _mm256_cvtepi16_epi32(_mm256_castsi256_si128(v)));
      sum[2 * j + 1] = _mm256_add_epi32(sum[2 * j + 1], _mm256_cvtepi16_epi32(_mm256_extracti128_si256(v, 1)));
    }
  }
  for (int j = 0; j < 2 * kBlocks; ++j) _mm256_storeu_si256(reinterpret_cast<__m256i*>(acc + 8 * j), sum[j]);
}

__attribute__((target("avx2"))) void AddDenseRowsAvx2(const int16_t* base, const uint32_t* rows, int nrows,
                                                      int stride, int32_t* acc) {
  for (int c = 0; c < stride; c += 64) {
    const int16_t* b = base + c;
    switch ((stride - c) / 16) {
      case 1: AddBlockAvx2<1>(b, rows, nrows, stride, acc + c); break;
      case 2: AddBlockAvx2<2>(b, rows, nrows, stride, acc + c); break;
      case 3: AddBlockAvx2<3>(b, rows, nrows, stride, acc + c); break;
      default: AddBlockAvx2<4>(b, rows, nrows, stride, acc + c); break;
    }
  }
}
#endif

void AddDenseRows(const int16_t* base, const uint32_t* rows, int nrows, int stride, int32_t* acc) {
#if defined(__x86_64__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return AddDenseRowsAvx2(base, rows, nrows, stride, acc);
#endif
  AddDenseRowsPortable(base, rows, nrows, stride, acc);
}

}  // namespace

void FrozenWeights::Score(const uint32_t* keys, int n, int32_t* scores) const {
  alignas(64) int32_t acc[kMaxClasses + 16] = {};
  if (capacity_ == 0) {
    std::fill(scores, scores + num_classes_, 0);
    return;
  }
  const uint64_t* slots = slots_.data();
  const uint64_t* dense_slots = dense_slots_.data();
  const uint32_t* ent = hot_entries_.data();
  const int16_t* dense = dense_.data();
  size_t home[kMaxFeatures];
  uint32_t rest[kMaxFeatures], multi[kMaxFeatures], rows[kMaxFeatures];
  int nrest = 0, nmulti = 0, nrows = 0;
  n = std::min(n, kMaxFeatures);
  const size_t row_bytes = static_cast<size_t>(dense_stride_) * sizeof(int16_t);
  // Dense-row features first, in their small table; the rest wait for the big one.
  for (int i = 0; i < n; ++i) {
    const uint32_t key = keys[i];
    bool found = false;
    for (size_t j = Home(key, dense_capacity_);; j = (j + 1 == dense_capacity_) ? 0 : j + 1) {
      uint64_t s = dense_slots[j];
      if (s == 0) break;
      if (static_cast<uint32_t>(s >> 32) == key) {
        const uint32_t row = static_cast<uint32_t>(s);
        const char* r = reinterpret_cast<const char*>(dense + static_cast<size_t>(row) * dense_stride_);
        if (row_bytes <= 256) {  // (the parser's rows: four lines, unrolled)
          __builtin_prefetch(r);
          __builtin_prefetch(r + 64);
          __builtin_prefetch(r + 128);
          __builtin_prefetch(r + 192);
        } else {
          for (size_t b = 0; b < row_bytes; b += 64) __builtin_prefetch(r + b);
        }
        rows[nrows++] = row;
        found = true;
        break;
      }
    }
    if (!found) {
      home[nrest] = Home(key, capacity_);
      __builtin_prefetch(slots + home[nrest]);
      rest[nrest++] = key;
    }
  }
  for (int i = 0; i < nrest; ++i) {
    const uint32_t key = rest[i];
    for (size_t j = home[i];; j = (j + 1 == capacity_) ? 0 : j + 1) {
      uint64_t s = slots[j];
      if (s == 0) break;
      if (static_cast<uint32_t>(s >> 32) == key) {
        uint32_t p = static_cast<uint32_t>(s);
        if (p & kInline) {
          acc[(p >> 16) & 0x7F] += static_cast<int16_t>(p & 0xFFFF);
        } else {
          __builtin_prefetch(ent + (p >> 7));
          multi[nmulti++] = p;
        }
        break;
      }
    }
  }
  for (int i = 0; i < nmulti; ++i) {
    uint32_t start = multi[i] >> 7, end = start + (multi[i] & 0x7F);
    for (uint32_t e = start; e < end; ++e) {
      uint32_t v = ent[e];
      acc[v >> 16] += static_cast<int16_t>(v & 0xFFFF);
    }
  }
  AddDenseRows(dense, rows, nrows, dense_stride_, acc);
  std::copy(acc, acc + num_classes_, scores);
}

void FrozenWeights::Prune(int min_abs) {
  std::vector<uint32_t> keys, entries;
  std::vector<uint8_t> counts;
  size_t start = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint8_t kept = 0;
    for (size_t e = start; e < start + counts_[i]; ++e) {
      int w = static_cast<int16_t>(entries_[e] & 0xFFFF);
      if (w >= min_abs || w <= -min_abs) {
        entries.push_back(entries_[e]);
        ++kept;
      }
    }
    start += counts_[i];
    if (kept) {
      keys.push_back(keys_[i]);
      counts.push_back(kept);
    }
  }
  keys_ = std::move(keys);
  counts_ = std::move(counts);
  entries_ = std::move(entries);
  Index();
}

void FrozenWeights::Write(std::string& out) const {
  PutU32(out, static_cast<uint32_t>(num_classes_));
  PutU32(out, static_cast<uint32_t>(keys_.size()));
  PutU32(out, static_cast<uint32_t>(entries_.size()));
  for (size_t i = 0; i < keys_.size(); ++i) {
    PutU32(out, keys_[i]);
    PutU8(out, counts_[i]);
  }
  for (uint32_t v : entries_) {
    PutU8(out, static_cast<uint8_t>(v >> 16));
    PutU16(out, static_cast<uint16_t>(v & 0xFFFF));
  }
}

std::string FrozenWeights::Read(std::string_view data, size_t* pos) {
  Reader r{data, pos};
  uint32_t classes = r.U32(), nfeat = r.U32(), nent = r.U32();
  if (!r.ok) return "truncated weight table header";
  if (classes == 0 || classes > kMaxClasses) return "bad number of classes in a weight table";
  if (nent >= (1u << 24)) return "weight table too large";
  if (!r.Need(static_cast<size_t>(nfeat) * 5 + static_cast<size_t>(nent) * 3)) return "truncated weight table";
  num_classes_ = static_cast<int>(classes);
  keys_.resize(nfeat);
  counts_.resize(nfeat);
  entries_.resize(nent);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data()) + *pos;
  size_t total = 0;
  for (uint32_t i = 0; i < nfeat; ++i, p += 5) {
    keys_[i] = static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
               static_cast<uint32_t>(p[3]) << 24;
    counts_[i] = p[4];
    total += p[4];
    if (keys_[i] == 0 || p[4] == 0 || p[4] > kMaxClasses) return "bad feature record";
  }
  if (total != nent) return "weight table counts disagree";
  for (uint32_t i = 0; i < nent; ++i, p += 3) {
    if (p[0] >= classes) return "class index out of range in a weight table";
    entries_[i] = static_cast<uint32_t>(p[0]) << 16 | static_cast<uint32_t>(p[1]) | static_cast<uint32_t>(p[2]) << 8;
  }
  *pos += static_cast<size_t>(nfeat) * 5 + static_cast<size_t>(nent) * 3;
  Index();
  return {};
}

int Model::XposId(std::string_view xpos) const {
  for (size_t i = 0; i < xpos_names.size(); ++i)
    if (xpos_names[i] == xpos) return static_cast<int>(i);
  return -1;
}

void Model::Finish() {
  std::fill(after_modal, after_modal + 11, 0);
  vbd_class = -1;
  proper_classes[0] = proper_classes[1] = 0;
  open_classes[0] = open_classes[1] = 0;
  for (size_t c = 0; c < class_xpos.size() && c < 128; ++c) {
    const std::string& u = class_upos[c];
    const std::string& x = class_xpos[c];
    // (Not the tags for pieces of text: an affix, a split word's part, an address, a list item.)
    if ((u == "NOUN" || u == "VERB" || u == "ADJ" || u == "ADV" || u == "NUM" || u == "PROPN" || u == "INTJ" ||
         u == "X") && x != "AFX" && x != "GW" && x != "ADD" && x != "LS")
      open_classes[c / 64] |= 1ULL << (c % 64);
    if (class_xpos[c] == "VBD" && class_upos[c] == "VERB") vbd_class = static_cast<int>(c);
    if ((class_xpos[c] == "NNP" || class_xpos[c] == "NNPS") && class_upos[c] == "PROPN")
      proper_classes[c / 64] |= 1ULL << (c % 64);
  }
  for (size_t c = 0; c < class_xpos.size() && c < 128; ++c) {
    const std::string& x = class_xpos[c];
    if (x == "VB") after_modal[c / 64] |= 1ULL << (c % 64);
    if (c < 64 && x == "MD") after_modal[2] |= 1ULL << c;
    if (c < 64 && (x == "RB" || x == "RBR" || x == "RBS")) after_modal[3] |= 1ULL << c;
    // (Any reading that cannot follow a modal, not only adjectives and nouns: "will
    // boycott", a noun in the treebank, was read as a possessive pronoun. A pronoun or
    // determiner may stand there ("Why will it ...", "they will all go"), an adverb, a name.)
    const std::string& u = class_upos[c];
    const bool may_follow = u == "VERB" || u == "AUX" || u == "ADV" || u == "PART" || u == "PROPN" ||
                            u == "PUNCT" || u == "CCONJ" || u == "ADP" || u == "SCONJ" ||
                            x == "PRP" || x == "PRP$" || x == "WP" || x == "WDT" || x == "DT" ||
                            x == "EX" || x == "PDT" || x == "RB";
    if (x == "JJ" || x == "NN" || !may_follow) after_modal[4 + c / 64] |= 1ULL << (c % 64);
    if (c < 64 && x == "POS") after_modal[6] |= 1ULL << c;
    // (Any verb reading, whatever its tag: "repeal" seen as a verb may take the rare
    // VERB/NNP of the treebank.)
    if (x == "VB" || x == "VBD" || x == "VBP" || x == "VBZ" || x == "MD" || x == "GW" ||
        (class_upos[c] == "VERB" && x != "VBG" && x != "VBN"))
      after_modal[7 + c / 64] |= 1ULL << (c % 64);
    const bool noun = x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS";
    const bool modifier = x == "JJ" || x == "JJR" || x == "JJS" || x == "CD" || x == "VBG" || x == "VBN" ||
                          x == "RB" || x == "RBR" || x == "RBS";
    // (A noun tag only with a noun's part of speech: not the treebank's rare VERB/NNP.)
    if ((noun && (class_upos[c] == "NOUN" || class_upos[c] == "PROPN")) ||
        (modifier && (class_upos[c] == "NOUN" || class_upos[c] == "PROPN" || class_upos[c] == "ADJ" ||
                      class_upos[c] == "NUM" || class_upos[c] == "VERB" || class_upos[c] == "ADV")))
      after_modal[9 + c / 64] |= 1ULL << (c % 64);
  }
  xpos_names.clear();
  class_xpos_id.clear();
  for (const std::string& x : class_xpos) {
    int id = XposId(x);
    if (id < 0) {
      id = static_cast<int>(xpos_names.size());
      xpos_names.push_back(x);
    }
    class_xpos_id.push_back(id);
  }
  root_label = -1;
  for (size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == "root") root_label = static_cast<int>(i);
  tagdict = FlatMap64<uint16_t>();
  tagdict.Reserve(tagdict_entries.size());
  for (auto [h, c] : tagdict_entries) tagdict[h] = static_cast<uint16_t>(c + 1);
  lemmas = FlatMap64<uint32_t>();
  lemmas.Reserve(lemma_entries.size());
  for (size_t i = 0; i < lemma_entries.size(); ++i) {
    int x = XposId(lemma_entries[i].xpos);
    if (x < 0) continue;
    lemmas[LemmaKey(HashBytes(lemma_entries[i].form), x)] = static_cast<uint32_t>(i + 1);
  }
  // A lower-case word the treebank saw keeps to the parts of speech (UPOS) it had there:
  // the tagger's context features otherwise read "met" after a name ("...and Switzerland
  // met") as part of it, or "fighters" after an adjective as a verb. Any tag of those
  // parts of speech is allowed ("toured", seen only as VBN, may be VBD); an -ing form may
  // also be a noun ("Russia's lifting of sanctions"), whatever the treebank showed.
  const size_t nc = std::min<size_t>(class_xpos.size(), 128);
  auto set_bit = [](std::pair<uint64_t, uint64_t>& m, size_t c) {
    (c < 64 ? m.first : m.second) |= uint64_t{1} << (c % 64);
  };
  seen_classes = FlatMap64<std::pair<uint64_t, uint64_t>>();
  seen_classes.Reserve(lemma_entries.size());
  // The classes an entry allows depend only on its XPOS and on whether it is an -ing
  // form: each pair's mask is worked out once (loading took 0.3 s when done per entry).
  std::map<std::pair<std::string, bool>, std::pair<uint64_t, uint64_t>> masks;
  auto classes_for = [&](const LemmaEntry& e, bool gerund) {
    std::pair<uint64_t, uint64_t> mask{0, 0};
    // A class of the XPOS with UPOS "X" (foreign words, typos) only when it is the only one.
    bool other_than_x = false;
    for (size_t c = 0; c < nc; ++c) other_than_x = other_than_x || (class_xpos[c] == e.xpos && class_upos[c] != "X");
    for (size_t c = 0; c < nc; ++c) {
      // (Symbols are no words: the masks are only for words in lower-case letters.)
      if (class_xpos[c] != e.xpos || (other_than_x && class_upos[c] == "X") || class_upos[c] == "SYM") continue;
      // (Of a closed part of speech, only the tags of the same family: "boycott", a noun
      // (NN) that the treebank also files pronouns under ("something"), may not become a
      // possessive pronoun WP$ or a number CD.)
      const std::string& u = class_upos[c];
      const bool open = u == "NOUN" || u == "VERB" || u == "ADJ" || u == "ADV" || u == "PROPN";
      // (Nor, unless seen so, the treebank's tags for pieces of text rather than words: an
      // affix AFX, a split word's other part GW, a foreign word FW, an address ADD, a list
      // item LS: "faces widespread criticism" read "widespread" as an affix, the parse lost
      // its object.)
      for (size_t d = 0; d < nc; ++d) {
        const std::string& dx = class_xpos[d];
        if (dx != e.xpos && (dx == "AFX" || dx == "GW" || dx == "FW" || dx == "ADD" || dx == "LS")) continue;
        if ((class_upos[d] == u && (open || dx.compare(0, 2, e.xpos, 0, 2) == 0)) ||
            (gerund && u == "VERB" && class_upos[d] == "NOUN"))
          set_bit(mask, d);
      }
    }
    return mask;
  };
  for (const LemmaEntry& e : lemma_entries) {
    const bool gerund = e.form.size() > 4 && e.form.compare(e.form.size() - 3, 3, "ing") == 0;
    auto [it, added] = masks.try_emplace({e.xpos, gerund});
    if (added) it->second = classes_for(e, gerund);
    auto& mask = seen_classes[HashBytes(e.form)];
    mask.first |= it->second.first;
    mask.second |= it->second.second;
  }
}

std::string Model::Serialize() const {
  std::string o;
  o.append(kModelMagic, 8);
  PutU32(o, kModelVersion);
  PutU32(o, static_cast<uint32_t>(class_xpos.size()));
  for (size_t i = 0; i < class_xpos.size(); ++i) {
    PutStr(o, class_xpos[i]);
    PutStr(o, class_upos[i]);
  }
  PutU32(o, static_cast<uint32_t>(labels.size()));
  for (const auto& l : labels) PutStr(o, l);
  PutU32(o, static_cast<uint32_t>(tagdict_entries.size()));
  for (auto [h, c] : tagdict_entries) {
    PutU64(o, h);
    PutU16(o, c);
  }
  PutU32(o, static_cast<uint32_t>(lemma_entries.size()));
  for (const auto& e : lemma_entries) {
    PutStr(o, e.form);
    PutStr(o, e.xpos);
    PutStr(o, e.lemma);
  }
  tagger.Write(o);
  parser.Write(o);
  PutU32(o, 0x21444E45);
  return o;
}

Result<Model> Model::Deserialize(std::string_view data) {
  size_t pos = 0;
  Reader r{data, &pos};
  if (data.size() < 12 || std::memcmp(data.data(), kModelMagic, 8) != 0)
    return Result<Model>::Error("not a dyad parser model (bad magic)");
  pos = 8;
  uint32_t version = r.U32();
  if (version != kModelVersion)
    return Result<Model>::Error("model version " + std::to_string(version) + ", this program reads version " +
                                std::to_string(kModelVersion) + " (retrain with `make models`)");
  Model m;
  uint32_t n = r.U32();
  if (n == 0 || n > 255) return Result<Model>::Error("bad number of tag classes");
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    m.class_xpos.push_back(r.Str());
    m.class_upos.push_back(r.Str());
  }
  n = r.U32();
  if (!r.ok || n == 0 || n > 63) return Result<Model>::Error("bad number of dependency labels");
  for (uint32_t i = 0; i < n && r.ok; ++i) m.labels.push_back(r.Str());
  n = r.U32();
  if (!r.ok || !r.Need(static_cast<size_t>(n) * 10)) return Result<Model>::Error("truncated tag dictionary");
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t h = r.U64();
    uint16_t c = r.U16();
    if (c >= m.class_xpos.size()) return Result<Model>::Error("tag dictionary class out of range");
    m.tagdict_entries.emplace_back(h, c);
  }
  n = r.U32();
  if (!r.ok || n > (1u << 24)) return Result<Model>::Error("truncated lemma table");
  m.lemma_entries.reserve(n);
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    LemmaEntry e;
    e.form = r.Str();
    e.xpos = r.Str();
    e.lemma = r.Str();
    m.lemma_entries.push_back(std::move(e));
  }
  if (!r.ok) return Result<Model>::Error("truncated model header");
  if (std::string err = m.tagger.Read(data, &pos); !err.empty()) return Result<Model>::Error("tagger: " + err);
  if (std::string err = m.parser.Read(data, &pos); !err.empty()) return Result<Model>::Error("parser: " + err);
  if (m.tagger.num_classes() != static_cast<int>(m.class_xpos.size()))
    return Result<Model>::Error("tagger classes disagree with the tag set");
  if (m.parser.num_classes() != 1 + 2 * static_cast<int>(m.labels.size()))
    return Result<Model>::Error("parser classes disagree with the label set");
  if (r.U32() != 0x21444E45 || pos != data.size()) return Result<Model>::Error("missing end marker (truncated file?)");
  m.Finish();
  if (m.root_label < 0) return Result<Model>::Error("no \"root\" label");
  return m;
}

}  // namespace dyad::syntax
