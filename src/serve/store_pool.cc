#include "serve/store_pool.h"

namespace dyad::serve {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& db, size_t size) {
  std::unique_ptr<StorePool> pool(new StorePool(db, size < 1 ? 1 : size));
  auto first = Store::Open(db);
  if (!first) return first.status();
  pool->idle_.push_back(std::move(*first));
  pool->open_ = 1;
  return pool;
}

Result<StorePool::Lease> StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
  if (!idle_.empty()) {
    auto s = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(s));
  }
  ++open_;
  lock.unlock();
  auto s = Store::Open(db_);
  if (!s) {
    std::lock_guard<std::mutex> relock(mu_);
    --open_;
    cv_.notify_one();
    return s.status();
  }
  return Lease(this, std::move(*s));
}

void StorePool::Return(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
  cv_.notify_one();
}

}  // namespace dyad::serve
