// Internals of the places module, shared by its .cc files. Not a public header.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/places.h"

namespace dyad::places {

// One gazetteer entry, compact: 113,000 of them are kept in memory.
struct Entry {
  std::string name;
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
  uint32_t entry;
  How how;
};

struct Gazetteer::Impl {
  std::vector<Entry> entries;
  std::vector<std::string> admin1s{""};
  std::unordered_map<std::string, uint32_t> admin1_ids;
  std::unordered_map<std::string, std::vector<Hit>> index;   // NormalizeName key -> hits
  std::unordered_map<std::string, uint32_t> countries;       // ISO3 and ISO2 -> entry
  std::unordered_set<std::string> never, weak;                // stop words (keys)
  std::unordered_set<std::string> short_ok;                   // short alias keys ("us", "uk")
  size_t max_words = 1;                                       // longest key, in words

  uint32_t Admin1Id(std::string_view name);
  void AddKey(const std::string& key, Hit hit);
  Place ToPlace(uint32_t e) const;
  const std::vector<Hit>* Hits(const std::string& key) const {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &it->second;
  }
  // Score of an entry without context (size and kind).
  double BaseScore(const Hit& h) const;
};

// Words in a key (spaces + 1); 0 for an empty key.
size_t KeyWords(std::string_view key);

}  // namespace dyad::places
