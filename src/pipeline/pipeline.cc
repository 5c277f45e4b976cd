// Source thread -> coder threads -> writer (the caller's thread). See dyad/pipeline.h.
#include "dyad/pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad::pipeline {
namespace {

struct Work {
  uint64_t seq = 0;
  Item item;
  bool skip = false;  // already stored: not coded
  std::vector<Event> events;
};

// The state shared by the three kinds of threads, under one mutex: the input queue of
// the coders, the finished items waiting for the writer (by sequence number), and the
// window that bounds both.
//
// Waking a sleeping thread costs a system call and two context switches, more than
// storing a story: the source and the writer are woken for a run of stories, not for
// each. A source that finds the window full waits until a quarter of it is free; the
// writer waiting for an item is woken once a quarter of the window is finished from it
// on, or when the coders have nothing queued (no item waits longer than the coders take
// to finish what they hold).
class Shared {
 public:
  explicit Shared(size_t window) : window_(window), run_(std::max<size_t>(1, window / 4)) {}

  // Source: waits for room in the window; false when the run is stopping.
  bool Admit(uint64_t seq) {
    std::unique_lock lock(mu_);
    if (seq < written_ + window_ || abort_) return !abort_;
    // (Room for a run of stories: seq + run_ - 1 < written_ + window_; run_ <= window_.)
    source_needs_ = seq + run_ - window_;
    room_.wait(lock, [&] { return written_ >= source_needs_ || abort_; });
    source_needs_ = kNone;
    return !abort_;
  }
  void PushInput(Work w) {
    std::lock_guard lock(mu_);
    if (w.skip || !w.item.doc) {
      done_.emplace(w.seq, std::move(w));  // nothing to code
      ready_.notify_all();
    } else {
      input_.push_back(std::move(w));
      work_.notify_one();
    }
  }
  void CloseInput(uint64_t total) {
    std::lock_guard lock(mu_);
    closed_ = true;
    total_ = total;
    work_.notify_all();
    ready_.notify_all();
  }
  // Coder: the next item to code; nullopt when the source is done and the queue empty.
  std::optional<Work> PopInput() {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return !input_.empty() || closed_ || abort_; });
    if (input_.empty() || abort_) return std::nullopt;
    Work w = std::move(input_.front());
    input_.pop_front();
    return w;
  }
  void PushDone(Work w) {
    std::lock_guard lock(mu_);
    done_.emplace(w.seq, std::move(w));
    if (writer_wants_ == kNone || !done_.count(writer_wants_)) return;
    size_t finished = 1;  // items finished from the one the writer waits for
    while (finished < run_ && done_.count(writer_wants_ + finished)) ++finished;
    if (finished >= run_ || input_.empty() || closed_ || abort_) ready_.notify_all();
  }
  // Writer: waits until the item `seq` is finished (or there will be none) or `until`;
  // whether it is ready.
  bool WaitDone(uint64_t seq, std::chrono::steady_clock::time_point until) {
    std::unique_lock lock(mu_);
    writer_wants_ = seq;
    bool ready = ready_.wait_until(lock, until, [&] { return done_.count(seq) || (closed_ && seq >= total_) || abort_; });
    writer_wants_ = kNone;
    return ready;
  }
  // Writer: the item `seq` once finished; nullopt when there will be none.
  std::optional<Work> PopDone(uint64_t seq) {
    std::unique_lock lock(mu_);
    writer_wants_ = seq;
    ready_.wait(lock, [&] { return done_.count(seq) || (closed_ && seq >= total_); });
    writer_wants_ = kNone;
    auto it = done_.find(seq);
    if (it == done_.end()) return std::nullopt;
    Work w = std::move(it->second);
    done_.erase(it);
    return w;
  }
  void Written(uint64_t count) {
    std::lock_guard lock(mu_);
    written_ = count;
    if (source_needs_ != kNone && written_ >= source_needs_) room_.notify_all();
  }
  void Abort() {
    std::lock_guard lock(mu_);
    abort_ = true;
    room_.notify_all();
    work_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable room_, work_, ready_;
  std::deque<Work> input_;
  std::map<uint64_t, Work> done_;
  size_t window_;
  size_t run_;  // the stories a waiting source or writer is woken for (a quarter window)
  static constexpr uint64_t kNone = ~uint64_t{0};
  uint64_t source_needs_ = kNone;  // the `written_` a waiting source waits for
  uint64_t writer_wants_ = kNone;  // the item a waiting writer waits for
  uint64_t written_ = 0, total_ = 0;
  bool closed_ = false, abort_ = false;
};

}  // namespace

Stats Run(const Coder& coder, Store& store, const Options& options, const Callbacks& cb) {
  const auto start = std::chrono::steady_clock::now();
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  size_t window = options.window ? options.window : 8 * static_cast<size_t>(threads);
  Shared shared(window);
  Stats stats;

  std::thread source([&] {
    uint64_t seq = 0;
    if (cb.source) {
      cb.source([&](Item item) {
        if (options.stop && options.stop->load()) return false;
        if (!shared.Admit(seq)) return false;
        Work w;
        w.seq = seq++;
        w.item = std::move(item);
        if (w.item.doc && options.lookup) {
          auto stored = options.lookup->Contains(*w.item.doc);
          w.skip = stored.ok() && *stored;  // a failed look-up only costs the coding
        }
        shared.PushInput(std::move(w));
        return !(options.stop && options.stop->load());
      });
    }
    shared.CloseInput(seq);
  });

  std::vector<std::thread> coders;
  for (int t = 0; t < threads; ++t)
    coders.emplace_back([&] {
      while (auto w = shared.PopInput()) {
        w->events = coder.Code(*w->item.doc);
        shared.PushDone(std::move(*w));
      }
    });

  auto report = [&](bool final) {
    if (!cb.progress) return;
    if (cb.bytes) std::tie(stats.bytes_read, stats.bytes_total) = cb.bytes();
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    cb.progress(stats, final);
  };

  // The writer stores finished items in order, in batches of one transaction: a batch
  // ends after kBatchItems items, or when the next item is not finished kBatchSeconds
  // after the batch began; only then are its items reported stored (a worker
  // acknowledges them). (Ending a batch whenever the next item was not ready yet made a
  // transaction of nearly every story, the writer being faster than the coders.)
  constexpr size_t kBatchItems = 256;
  constexpr double kBatchSeconds = 0.5;
  struct Written {
    Item item;
    bool ok;
    uint64_t* counted = nullptr;  // the stats counter the Put added to (stored, replaced)
    size_t events = 0;
  };
  std::vector<Written> batch;
  auto batch_start = std::chrono::steady_clock::now();
  bool in_batch = false;
  auto end_batch = [&] {
    if (in_batch) {
      if (Status s = store.EndBatch(); !s) {
        // Nothing of the batch is stored: its items failed.
        for (auto& b : batch) {
          if (b.counted) {
            --*b.counted;
            stats.events -= b.events;
            ++stats.failed;
            if (cb.error) cb.error((b.item.doc ? b.item.doc->origin + ": " : std::string()) + s.message());
            b.ok = false;
          }
        }
      }
      in_batch = false;
    }
    if (cb.stored)
      for (auto& b : batch) cb.stored(b.item, b.ok);
    batch.clear();
    report(false);
  };
  uint64_t seq = 0;
  while (true) {
    if (!batch.empty() &&
        (batch.size() >= kBatchItems ||
         !shared.WaitDone(seq, batch_start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                 std::chrono::duration<double>(kBatchSeconds)))))
      end_batch();
    auto w = shared.PopDone(seq);
    if (!w) break;
    ++seq;
    ++stats.read;
    bool ok = true;
    uint64_t* counted = nullptr;
    if (!w->item.doc) {
      ++stats.failed;
      if (cb.error) cb.error(w->item.doc.error());
    } else if (w->skip) {
      ++stats.skipped;
    } else {
      const Document& doc = *w->item.doc;
      stats.sentences += doc.sentences.size();
      if (!in_batch) {
        batch_start = std::chrono::steady_clock::now();
        in_batch = store.BeginBatch().ok();  // (without a batch, each Put commits)
      }
      auto r = store.Put(doc, w->events);
      if (!r) {
        ok = false;
        ++stats.failed;
        if (cb.error) cb.error(r.error());
      } else if (*r == Store::PutResult::kUnchanged) {
        ++stats.unchanged;
      } else {
        counted = *r == Store::PutResult::kStored ? &stats.stored : &stats.replaced;
        ++*counted;
        stats.events += w->events.size();
      }
    }
    if (batch.empty()) batch_start = std::chrono::steady_clock::now();
    batch.push_back({std::move(w->item), ok, counted, counted ? w->events.size() : 0});
    shared.Written(seq);
  }
  end_batch();
  shared.Abort();  // releases a source blocked on the window, if it is still there
  source.join();
  for (auto& t : coders) t.join();
  report(true);
  return stats;
}

}  // namespace dyad::pipeline
