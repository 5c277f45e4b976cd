// dyad/pipeline.h — coding a stream of documents on several threads into one store.
//
//   source (one thread) --> coder threads (Coder::Code) --> writer (the calling thread)
//
// The source hands documents in; `threads` coder threads code them; the caller's thread
// writes each coded document to the store, in the order the source gave them (so a run
// is reproducible whatever the number of threads), in transactions of up to 256
// documents or half a second (Store::BeginBatch), and then calls `stored` for each
// document of the committed transaction. At most
// `window` documents are between the source and the writer at any time: memory stays
// bounded whatever the size of the corpus, and a slow store slows the source down.
//
// Resumption: with a `lookup` store (a second connection to the same database, used by
// the source thread only), a document whose id is already stored with the same raw text
// is skipped before coding (counted in Stats::skipped); an interrupted ingest run again
// over the same inputs only codes what is missing. Without it, the store's own check
// still makes a repeated document a no-op (Stats::unchanged), after coding it.
//
// Errors: a bad document (a per-document error from the source) or a store failure is
// reported through `error` with its message and counted in Stats::failed; the run goes
// on. Stop early by setting *options.stop: documents already read are finished and
// stored, then Run returns.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::pipeline {

struct Stats {
  uint64_t read = 0;        // documents and per-document errors taken from the source
  uint64_t skipped = 0;     // already stored with the same text (resume), not coded
  uint64_t stored = 0;      // new documents stored
  uint64_t replaced = 0;    // stored documents whose text changed
  uint64_t unchanged = 0;   // coded, then found already stored
  uint64_t failed = 0;      // bad documents and store errors
  uint64_t sentences = 0;   // sentences of the coded documents
  uint64_t events = 0;      // events of the stored (or replaced) documents
  uint64_t bytes_read = 0, bytes_total = 0;  // source progress, when the source knows it
  double seconds = 0;       // since Run started
};

// One item from the source: a document or the error that replaced it, and a tag that
// comes back to `stored` (a queue's message id; may be empty).
struct Item {
  Result<Document> doc = Status::Error("no document");
  std::string tag;
};

struct Options {
  int threads = 0;          // coder threads; 0: one per core
  size_t window = 0;        // documents in flight; 0: 8 per thread
  Store* lookup = nullptr;  // resume check (see above); null: none
  const std::atomic<bool>* stop = nullptr;
};

struct Callbacks {
  // Feeds items to `push` until the source is exhausted or `push` returns false (the run
  // is stopping). Runs on its own thread.
  std::function<void(const std::function<bool(Item)>& push)> source;
  // After an item is finished: its document committed (or skipped as already stored), or
  // it failed for good (a bad document). `ok` is false when the store failed: the item
  // was not stored and may be retried later. On the writer thread.
  std::function<void(const Item& item, bool ok)> stored;
  // Error messages, one line each, naming the document. On the writer thread.
  std::function<void(const std::string& message)> error;
  // Called on the writer thread after every item (rate-limit on your side) and at the
  // end with final = true. `stats.bytes_*` are filled by `bytes` when given.
  std::function<void(const Stats& stats, bool final)> progress;
  std::function<std::pair<uint64_t, uint64_t>()> bytes;  // (read, total)
};

Stats Run(const Coder& coder, Store& store, const Options& options, const Callbacks& callbacks);

// A progress display: on a terminal, one line redrawn in place (documents/s, sentences/s,
// events/s, percent and ETA when the total is known); otherwise a log line every
// `log_every` seconds. Call Update from one thread.
class Progress {
 public:
  Progress(FILE* out, bool terminal, double log_every_seconds = 10.0);
  void Update(const Stats& stats, bool final);
  static std::string Line(const Stats& stats);  // the text of one update

 private:
  FILE* out_;
  bool terminal_;
  double every_;
  double last_ = -1;
  size_t width_ = 0;
};

}  // namespace dyad::pipeline
