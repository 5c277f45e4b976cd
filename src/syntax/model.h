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
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/hash.h"

namespace dyad::syntax {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'A', 'R', 'S'};
inline constexpr uint32_t kModelVersion = 1;
inline constexpr int kMaxFeatures = 128;  // per decision

// Sparse class weights per feature key, quantised to 16 bits; read-only after Build/Read.
class FrozenWeights {
 public:
  struct Feature {
    uint32_t key;
    std::vector<std::pair<uint8_t, int16_t>> entries;  // (class, weight)
  };
  void Build(int num_classes, const std::vector<Feature>& features);
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_entries() const { return entries_.size(); }

  // scores[c] = sum of weights of class c over the keys (scores has num_classes slots).
  void Score(const uint32_t* keys, int n, int32_t* scores) const;

  void Write(std::string& out) const;
  // Reads from data[*pos...]; returns an empty string or the reason of failure.
  std::string Read(std::string_view data, size_t* pos);

 private:
  int num_classes_ = 0;
  size_t num_features_ = 0;
  uint32_t mask_ = 0;
  std::vector<uint64_t> slots_;     // key << 32 | start << 8 | count; key 0 = empty
  std::vector<uint32_t> entries_;   // class << 16 | uint16 weight
  // Kept for Write: features in insertion order.
  std::vector<uint32_t> keys_in_order_;
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
