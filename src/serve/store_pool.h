// Store connections for concurrent requests: a Store object is not thread-safe, so each
// request borrows one of its own. Connections are opened on demand, at most `size`, and
// kept for reuse; a request that finds all of them busy waits for one.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens the first connection now, so a bad path or URL is reported at once.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& db, size_t size);

  // A borrowed connection, given back when the lease ends.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&& o) noexcept = default;
    ~Lease() { if (store_) pool_->Return(std::move(store_)); }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // A connection, opening a new one when all are busy and fewer than `size` exist.
  Result<Lease> Acquire();

 private:
  StorePool(std::string db, size_t size) : db_(std::move(db)), size_(size) {}
  void Return(std::unique_ptr<Store> store);

  std::string db_;
  size_t size_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Store>> idle_;
  size_t open_ = 0;  // connections that exist, idle or lent
};

}  // namespace dyad::serve
