// A cap on the requests running at once: a request enters when fewer than the limit are
// inside, and is turned away (503) otherwise rather than queued without bound.
#pragma once

#include <atomic>

namespace dyad::serve {

class Gate {
 public:
  explicit Gate(int limit) : limit_(limit) {}
  void Reset(int limit) { limit_ = limit; }
  int inside() const { return inside_.load(); }

  // Holds a place while it lives; false when the gate was full.
  class Pass {
   public:
    explicit Pass(Gate& g) : gate_(g) {
      int n = gate_.inside_.fetch_add(1) + 1;
      entered_ = n <= gate_.limit_;
      if (!entered_) gate_.inside_.fetch_sub(1);
    }
    ~Pass() { if (entered_) gate_.inside_.fetch_sub(1); }
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
    explicit operator bool() const { return entered_; }

   private:
    Gate& gate_;
    bool entered_ = false;
  };

 private:
  std::atomic<int> limit_;
  std::atomic<int> inside_{0};
};

}  // namespace dyad::serve
