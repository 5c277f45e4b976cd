// Internals of the places module, shared by its .cc files. Not a public header.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/places.h"

namespace dyad::places {

// One gazetteer entry, compact: 113,000 of them are kept in memory.
struct Entry {
  std::string_view name;     // into one of Impl::buffers
  uint32_t admin1 = 0;       // index into Impl::admin1s (0: none)
  float lat = 0, lon = 0;
  int64_t population = 0;
  char country[4] = {0, 0, 0, 0};  // ISO3, "" for multi-country regions
  Precision kind = Precision::kCity;
  uint8_t rank = 0;          // kRankPlain, kRankSeat (PPLA), kRankCapital (PPLC)
};
constexpr uint8_t kRankPlain = 0, kRankSeat = 1, kRankCapital = 2;

// How a name reaches an entry.
enum class How : uint8_t { kName, kAlias, kAlternate };
struct Hit {
  uint64_t hash;   // of the NormalizeName key
  uint32_t entry;
  How how;
};
// The hits of one key: a run of Impl::hits.
struct HitRange {
  const Hit* b = nullptr;
  const Hit* e = nullptr;
  const Hit* begin() const { return b; }
  const Hit* end() const { return e; }
  size_t size() const { return static_cast<size_t>(e - b); }
  bool empty() const { return b == e; }
  const Hit& operator[](size_t i) const { return b[i]; }
};

struct Gazetteer::Impl {
  std::vector<std::unique_ptr<std::string>> buffers;         // file texts names point into
  std::vector<Entry> entries;
  std::vector<std::string> admin1s{""};
  std::unordered_map<std::string_view, uint32_t> admin1_ids; // views into buffers
  // Every (key, entry) pair, sorted by key hash then entry: a flat index that loads fast
  // (a hash map of 300,000 string keys took most of the load time).
  std::vector<Hit> hits;
  // hits[directory[b] .. directory[b + 1]) are the hits whose hash's top kDirectoryBits
  // bits are b: a lookup searches a few hits, not the whole index (built by SortHits).
  static constexpr int kDirectoryBits = 18;
  std::vector<uint32_t> directory;
  // The keys' hashes as bits (about one in sixteen set), built with the directory: most
  // keys looked up are no name (five in six on a news corpus), and most of those are
  // turned away here, in cache, before the directory and the hits cost a miss or two.
  std::vector<uint64_t> filter;
  int filter_shift = 64;
  bool MayHave(uint64_t h) const {
    const uint64_t b = (h * 0x9E3779B97F4A7C15ULL) >> filter_shift;
    return filter[b / 64] >> (b % 64) & 1;
  }
  std::unordered_map<std::string, uint32_t> countries;       // ISO3 and ISO2 -> entry
  std::unordered_set<std::string> never, weak;                // stop words (keys)
  std::unordered_set<std::string> short_ok;                   // short alias keys ("us", "uk")
  size_t max_words = 1;                                       // longest key, in words

  uint32_t Admin1Id(std::string_view name);
  void AddKey(std::string_view key, uint32_t entry, How how);
  void SortHits();  // sorts `hits`, merges duplicate (key, entry) pairs, builds `directory`
  Place ToPlace(uint32_t e) const;
  HitRange Hits(std::string_view key) const;
  // Score of an entry without context (size and kind).
  double BaseScore(const Hit& h) const;
};

uint64_t KeyHash(std::string_view key);

// NormalizeName into `out` (its buffer reused).
void NormalizeNameInto(std::string_view name, std::string& out);

// Words in a key (spaces + 1); 0 for an empty key.
size_t KeyWords(std::string_view key);

}  // namespace dyad::places
