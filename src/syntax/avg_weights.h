// syntax/avg_weights.h — averaged-perceptron weights for training (private).
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "syntax/hash.h"
#include "syntax/model.h"

namespace dyad::syntax {

class AvgWeights {
 public:
  explicit AvgWeights(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return feats_.size(); }

  void Score(const uint32_t* keys, int n, float* scores) const {
    std::fill(scores, scores + num_classes_, 0.0f);
    for (int i = 0; i < n; ++i) {
      const uint32_t* idx = index_.Find(keys[i]);
      if (!idx) continue;
      for (const Entry& e : feats_[*idx - 1]) scores[e.cls] += e.w;
    }
  }
  // One more training instance has been seen (the averaging clock).
  void Tick() { ++now_; }
  void Update(const uint32_t* keys, int n, int cls, float delta) {
    for (int i = 0; i < n; ++i) {
      uint32_t& idx = index_[keys[i]];
      if (idx == 0) {
        feats_.emplace_back();
        idx = static_cast<uint32_t>(feats_.size());
      }
      std::vector<Entry>& es = feats_[idx - 1];
      Entry* e = nullptr;
      for (Entry& x : es)
        if (x.cls == cls) { e = &x; break; }
      if (!e) {
        es.push_back(Entry{static_cast<uint16_t>(cls), 0.0f, 0.0, now_});
        e = &es.back();
      }
      e->total += static_cast<double>(now_ - e->ts) * e->w;
      e->ts = now_;
      e->w += delta;
    }
  }
  // Averaged weights, quantised: round(avg * scale), entries under `min_q` dropped.
  std::vector<FrozenWeights::Feature> Average(double scale, int min_q) const {
    std::vector<FrozenWeights::Feature> out;
    index_.ForEach([&](uint64_t key, uint32_t idx) {
      FrozenWeights::Feature f;
      f.key = static_cast<uint32_t>(key);
      for (const Entry& e : feats_[idx - 1]) {
        double q = std::round(Avg(e) * scale);
        if (std::fabs(q) < min_q) continue;
        q = std::max(-32767.0, std::min(32767.0, q));
        f.entries.emplace_back(static_cast<uint8_t>(e.cls), static_cast<int16_t>(q));
      }
      if (!f.entries.empty()) out.push_back(std::move(f));
    });
    return out;
  }
  // The magnitude of averaged weights at quantile q (0..1).
  double AbsQuantile(double q) const {
    std::vector<float> v;
    for (const auto& es : feats_)
      for (const Entry& e : es) v.push_back(static_cast<float>(std::fabs(Avg(e))));
    if (v.empty()) return 1.0;
    size_t k = std::min(v.size() - 1, static_cast<size_t>(q * v.size()));
    std::nth_element(v.begin(), v.begin() + k, v.end());
    return v[k] > 0 ? v[k] : 1.0;
  }

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    uint64_t ts;
  };
  double Avg(const Entry& e) const {
    if (now_ == 0) return e.w;
    return (e.total + static_cast<double>(now_ - e.ts) * e.w) / static_cast<double>(now_);
  }
  int num_classes_;
  FlatMap64<uint32_t> index_;
  std::vector<std::vector<Entry>> feats_;
  uint64_t now_ = 0;
};

}  // namespace dyad::syntax
