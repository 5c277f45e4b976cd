// dyad/queue.h — a work queue of stories on a Redis stream, shared by any number of
// workers on any number of machines (`dyad enqueue`, `dyad worker`).
//
// A story is one stream entry with a single field, "story": the story as one JSON line
// of dyad's JSON-lines format (id, date, source, url, title, text; see dyad/ingest.h).
// Workers read through one consumer group (default "dyad"), each under its own consumer
// name, so every entry goes to one worker:
//
//   Claim()  first takes over entries another consumer read but has not acknowledged for
//            `claim_after_ms` (its worker died, or hangs): XAUTOCLAIM, Redis >= 6.2;
//   Read()   then new entries: XREADGROUP ... STREAMS key >, waiting up to block_ms;
//   Ack()    once the story's events are committed: XACK, then XDEL, so the stream holds
//            only the stories not yet done (what `dyad enqueue` throttles on).
//
// A worker killed at any point leaves its unacknowledged entries pending; another worker
// claims them after claim_after_ms, and the store's idempotence (same id and text: no
// change) makes a story whose events were committed just before the kill a no-op.
// So every story is coded and stored exactly once, whoever dies.
//
// A RedisQueue is one connection and is not thread-safe; open one per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::queue {

struct Address {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string stream;  // the stream's key
};
// "redis://HOST[:PORT]/STREAM"; an error saying what is wrong otherwise.
Result<Address> ParseUrl(const std::string& url);

struct Entry {
  std::string id;     // the stream entry id, "1712345678901-0"
  std::string story;  // the JSON line
};

struct Pending {
  uint64_t total = 0;   // entries read by some consumer and not acknowledged
  uint64_t others = 0;  // of those, held by other consumers than this one
};

class RedisQueue {
 public:
  // Connects (timeout 5 s). `group` and `consumer` matter only to workers.
  static Result<std::unique_ptr<RedisQueue>> Connect(const std::string& url, const std::string& group = "dyad",
                                                     const std::string& consumer = "");
  ~RedisQueue();

  // Producer: appends one story (a JSON line). Returns its entry id.
  Result<std::string> Add(const std::string& story);
  // Entries in the stream (not yet acknowledged and deleted).
  Result<uint64_t> Length();

  // Worker side. Creates the consumer group if needed (from the start of the stream).
  Status EnsureGroup();
  // Up to `count` entries pending for longer than `min_idle_ms`, now ours.
  Result<std::vector<Entry>> Claim(uint64_t min_idle_ms, size_t count);
  // Up to `count` new entries, waiting at most `block_ms` (0: do not wait).
  Result<std::vector<Entry>> Read(size_t count, int block_ms);
  // Acknowledges and deletes entries.
  Status Ack(const std::vector<std::string>& ids);
  Result<Pending> PendingSummary();

  const std::string& consumer() const { return consumer_; }
  const Address& address() const { return address_; }

  // A JSON line of dyad's format from a document as read (raw text, not cleaned), and back.
  static std::string StoryLine(const Document& doc);

 private:
  struct Conn;
  RedisQueue(std::unique_ptr<Conn> conn, Address address, std::string group, std::string consumer);
  std::unique_ptr<Conn> conn_;
  Address address_;
  std::string group_, consumer_;
  std::string claim_cursor_ = "0-0";
};

}  // namespace dyad::queue
