// syntax/hash.h — hashing of strings and feature keys, and a flat hash map (private).
//
// Feature keys are 32-bit hashes of a template id and its components. Training and
// run time use these very functions, so changing them changes the meaning of a model
// file: bump kModelVersion in model.h when you do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::syntax {

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Byte-wise ASCII lowercasing, plus the Latin-1 capitals of UTF-8 (U+00C0..U+00DE).
// `prev` is the previous byte of the string (0 at the start).
inline unsigned char LowerByte(unsigned char c, unsigned char prev) {
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned char>(c + 32);
  if (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) return static_cast<unsigned char>(c + 32);
  return c;
}

inline std::string LowerString(std::string_view s) {
  std::string out(s);
  unsigned char prev = 0;
  for (char& ch : out) {
    unsigned char c = static_cast<unsigned char>(ch);
    ch = static_cast<char>(LowerByte(c, prev));
    prev = c;
  }
  return out;
}

// FNV-1a over bytes, finished with Mix64. Never returns 0.
inline uint64_t HashBytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  h = Mix64(h);
  return h ? h : 1;
}

inline uint64_t HashLower(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  unsigned char prev = 0;
  for (unsigned char c : s) {
    h = (h ^ LowerByte(c, prev)) * 0x100000001b3ULL;
    prev = c;
  }
  h = Mix64(h);
  return h ? h : 1;
}

// Feature key of a template and up to four components. Never 0 (0 marks empty slots).
inline uint32_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0,
                           uint64_t d = 0) {
  constexpr uint64_t K = 0x9E3779B97F4A7C15ULL;
  uint64_t h = (tmpl + 1) * K;
  h = (h ^ a) * K;
  h ^= h >> 29;
  h = (h ^ b) * K;
  h ^= h >> 31;
  h = (h ^ c) * K;
  h ^= h >> 29;
  h = (h ^ d) * K;
  h = Mix64(h);
  uint32_t k = static_cast<uint32_t>(h ^ (h >> 32));
  return k ? k : 1;
}

// Open-addressing map from non-zero 64-bit keys to values. Insert-only.
template <class V>
class FlatMap64 {
 public:
  void Reserve(size_t n) {
    size_t cap = 16;
    while (cap < n * 2 + 2) cap <<= 1;
    keys_.assign(cap, 0);
    vals_.assign(cap, V{});
    size_ = 0;
  }
  size_t size() const { return size_; }
  // Returns a pointer to the value, or nullptr.
  const V* Find(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    size_t mask = keys_.size() - 1;
    for (size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return &vals_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }
  V& operator[](uint64_t key) {
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    size_t mask = keys_.size() - 1;
    for (size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return vals_[i];
      if (keys_[i] == 0) {
        keys_[i] = key;
        ++size_;
        return vals_[i];
      }
    }
  }
  template <class F>
  void ForEach(F f) const {
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i]) f(keys_[i], vals_[i]);
  }

 private:
  void Grow() {
    std::vector<uint64_t> k = std::move(keys_);
    std::vector<V> v = std::move(vals_);
    size_t cap = k.empty() ? 16 : k.size() * 2;
    keys_.assign(cap, 0);
    vals_.assign(cap, V{});
    size_ = 0;
    for (size_t i = 0; i < k.size(); ++i)
      if (k[i]) (*this)[k[i]] = std::move(v[i]);
  }
  std::vector<uint64_t> keys_;
  std::vector<V> vals_;
  size_t size_ = 0;
};

}  // namespace dyad::syntax
