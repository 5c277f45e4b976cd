// dyad/store.h — documents and their events in SQLite.
//
// Ingest is idempotent by document id and content hash: storing a document whose id is
// already stored with the same text changes nothing; with different text, its events are
// replaced. Each document is written in one transaction, so a crash mid-batch leaves every
// document either fully stored or absent.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

struct sqlite3;

namespace dyad {

class Store {
 public:
  // Opens (creating if needed) the database and brings its schema up to date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();

  enum class PutResult { kStored, kUnchanged, kReplaced };
  Result<PutResult> Put(const Document& doc, const std::vector<Event>& events);

  // Stored events, newest story first; `limit` 0 means all.
  Result<std::vector<Event>> Events(size_t limit = 0) const;
  Result<size_t> DocumentCount() const;

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// 64-bit FNV-1a of the text, as hex: the content hash of a document.
std::string ContentHash(const std::string& text);

}  // namespace dyad
