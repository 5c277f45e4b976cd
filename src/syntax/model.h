// syntax/model.h — the tagger/parser model in memory and its file format (private).
//
// Model file, version 1, all integers little-endian:
//   "DYADPARS"  u32 version
//   u32 n; n x (str xpos, str upos)          joint tag classes
//   u32 n; n x str                           dependency labels (one is "root")
//   u32 n; n x (u64 form hash, u16 class)    tag dictionary (exact form)
//   u32 n; n x (str form, str xpos, str lemma)  lemma table (lower-cased form)
//   weights (tagger), weights (parser)
//   u32 0x21444E45 ("END!")
// where str = u32 length + bytes, and weights =
//   u32 classes, u32 features, u32 entries, features x (u32 key, u8 count),
//   entries x (u8 class, i16 weight)      (entries grouped by feature, in order)
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/hash.h"

namespace dyad::syntax {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'A', 'R', 'S'};
inline constexpr uint32_t kModelVersion = 1;
inline constexpr int kMaxFeatures = 128;  // per decision

// A fixed-size array in memory aligned to 2 MB and advised for transparent huge pages, so
// random probes into big weight tables do not thrash the TLB.
template <class T>
class HugeArray {
 public:
  HugeArray() = default;
  HugeArray(const HugeArray& o) { *this = o; }
  HugeArray& operator=(const HugeArray& o) {
    if (this != &o) {
      Reset(o.n_);
      if (n_) std::memcpy(p_, o.p_, n_ * sizeof(T));
    }
    return *this;
  }
  HugeArray(HugeArray&& o) noexcept : p_(o.p_), n_(o.n_) { o.p_ = nullptr; o.n_ = 0; }
  HugeArray& operator=(HugeArray&& o) noexcept {
    std::swap(p_, o.p_);
    std::swap(n_, o.n_);
    return *this;
  }
  ~HugeArray() { std::free(p_); }
  // Reallocates to n zeroed elements.
  void Reset(size_t n);
  T* data() { return p_; }
  const T* data() const { return p_; }
  size_t size() const { return n_; }
  T& operator[](size_t i) { return p_[i]; }
  const T& operator[](size_t i) const { return p_[i]; }

 private:
  T* p_ = nullptr;
  size_t n_ = 0;
};

// Sparse class weights per feature key, quantised to 16 bits; read-only after Build/Read.
// In memory, a feature with a single weight keeps it in its hash slot (one memory access
// per feature); a feature with many weights (the parser's tag features carry 20-60 of its
// 103 classes) gets a dense row of every class, added with vector instructions; the others
// point into `entries_`. At most 128 classes.
// The features with dense rows are few (about 2% of the parser's) but make three lookups in
// four, so their keys have a table of their own, small enough to stay in the core's cache;
// only the keys it lacks probe the big table, whose misses are what scoring waits on.
class FrozenWeights {
 public:
  struct Feature {
    uint32_t key;
    std::vector<std::pair<uint8_t, int16_t>> entries;  // (class, weight)
  };
  static constexpr int kMaxClasses = 128;
  void Build(int num_classes, const std::vector<Feature>& features);
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_entries() const { return entries_.size(); }

  // scores[c] = sum of weights of class c over the keys (scores has num_classes slots).
  void Score(const uint32_t* keys, int n, int32_t* scores) const;

  // Drops weights with |w| < min_abs (and features left without weights).
  void Prune(int min_abs);

  void Write(std::string& out) const;
  // Reads from data[*pos...]; returns an empty string or the reason of failure.
  std::string Read(std::string_view data, size_t* pos);

 private:
  // Builds the slot table from keys_, counts_ and entries_ (grouped by feature, in order).
  void Index();
  static size_t Home(uint32_t key, size_t capacity) {
    return static_cast<size_t>((static_cast<uint64_t>(key) * capacity) >> 32);
  }
  // Inserts key << 32 | payload into an open-addressing table of `capacity` slots.
  static void Insert(HugeArray<uint64_t>& table, size_t capacity, uint32_t key, uint32_t payload);
  int num_classes_ = 0;
  size_t capacity_ = 0, dense_capacity_ = 0;
  // Features with at least this many weights get a dense row.
  static constexpr int kDenseMin = 8;
  HugeArray<uint64_t> slots_;       // key << 32 | payload; key 0 = empty (no dense rows)
  HugeArray<uint64_t> dense_slots_; // key << 32 | dense row: the features with dense rows
  HugeArray<uint32_t> hot_entries_; // copy of entries_ for scoring
  HugeArray<int16_t> dense_;        // dense rows, dense_stride_ classes each
  int dense_stride_ = 0;            // num_classes_ rounded up to 16
  std::vector<uint32_t> keys_;      // features in file order
  std::vector<uint8_t> counts_;
  std::vector<uint32_t> entries_;   // class << 16 | uint16 weight
};

struct LemmaEntry {
  std::string form, xpos, lemma;
};

struct Model {
  std::vector<std::string> class_xpos, class_upos;  // per tag class
  std::vector<std::string> labels;
  int root_label = -1;
  std::vector<std::pair<uint64_t, uint16_t>> tagdict_entries;
  std::vector<LemmaEntry> lemma_entries;
  FrozenWeights tagger, parser;

  // Derived at Finish():
  std::vector<std::string> xpos_names;  // distinct XPOS
  std::vector<int> class_xpos_id;       // class -> index in xpos_names
  FlatMap64<uint16_t> tagdict;          // form hash -> class + 1
  FlatMap64<uint32_t> lemmas;           // LemmaKey -> index in lemma_entries + 1
  // Lower-cased form hash -> the tag classes a lower-case word may take (two 64-bit masks):
  // every class but proper nouns and foreign words, for words the treebank never tagged so.
  FlatMap64<std::pair<uint64_t, uint64_t>> seen_classes;
  // After a modal, an adjective or noun reading of a known verb is the verb ("would
  // free"): masks as TagSentence's `after_modal` describes.
  uint64_t after_modal[11] = {};
  int vbd_class = -1;  // VBD/VERB: the past tense a verbless sentence gets (parser.cc)
  uint64_t proper_classes[2] = {0, 0};  // NNP and NNPS as proper nouns: what a known name may be
  // The classes of an open part of speech (noun, verb, adjective, adverb, number, proper
  // noun, interjection, other): what a lower-case word the treebank never saw may be (the
  // closed classes, pronouns, determiners, prepositions..., are all in the treebank).
  uint64_t open_classes[2] = {0, 0};
  // Builds the derived tables; call after filling the fields above.
  void Finish();
  int XposId(std::string_view xpos) const;

  std::string Serialize() const;
  static Result<Model> Deserialize(std::string_view data);
};

inline uint64_t LemmaKey(uint64_t lower_hash, int xpos_id) {
  uint64_t k = Mix64(lower_hash ^ (static_cast<uint64_t>(xpos_id + 1) * 0x9E3779B97F4A7C15ULL));
  return k ? k : 1;
}

}  // namespace dyad::syntax
