// The SQLite store: schema migrations, idempotent ingest with merging, query, series,
// alerts. Every value reaches SQL as a bound parameter.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <unordered_set>
#include <variant>

#include "dyad/store.h"
#include "store/store_internal.h"

namespace dyad {
namespace {

constexpr int kSchemaVersion = 5;

// Migrations, in order; migration i brings the schema from version i to i+1.
const char* kMigrations[] = {
    R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source TEXT, wire TEXT, url TEXT, title TEXT, date TEXT,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT,
  reported_by_code TEXT, reported_by_country TEXT, reported_by_role TEXT, reported_by_name TEXT,
  evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER,
  trigger_start INTEGER, trigger_end INTEGER,
  pattern TEXT
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_code ON events(cameo_root, cameo);
)sql",
    // v2: the v1 per-document events become mentions; merged events, actors, full-text
    // search. Migrated mentions get their merged event when the store opens.
    R"sql(
ALTER TABLE documents ADD COLUMN outlet TEXT;
UPDATE documents SET outlet = coalesce(nullif(source, ''), nullif(wire, ''), id);
DROP INDEX events_doc;
DROP INDEX events_date;
DROP INDEX events_dyad;
DROP INDEX events_code;
ALTER TABLE events RENAME TO mentions_v1;
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  date TEXT, date_precision TEXT,
  day INTEGER,
  source_code TEXT, source_country TEXT, source_role TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_doc TEXT, first_sentence INTEGER,
  date_added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d','now'))
);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER REFERENCES events(id),
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  source_code TEXT, source_country TEXT, source_role TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT,
  reported_by_code TEXT, reported_by_country TEXT, reported_by_role TEXT, reported_by_name TEXT,
  evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER,
  trigger_text TEXT, trigger_start INTEGER, trigger_end INTEGER,
  pattern TEXT
);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  country TEXT, role TEXT, name TEXT,
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d','now'))
);
%FTS%
INSERT INTO mentions(doc_id, sentence, date, date_precision,
  source_code, source_country, source_role, source_name,
  target_code, target_country, target_role, target_name,
  cameo, cameo_root, goldstein, quad_class, plover,
  reported_by_code, reported_by_country, reported_by_role, reported_by_name,
  evidence_text, evidence_start, evidence_end, trigger_start, trigger_end, pattern)
SELECT doc_id, sentence, date, date_precision,
  source_code, source_country, source_role, source_name,
  target_code, target_country, target_role, target_name,
  cameo, cameo_root, goldstein, quad_class, plover,
  reported_by_code, reported_by_country, reported_by_role, reported_by_name,
  evidence_text, evidence_start, evidence_end, trigger_start, trigger_end, pattern
FROM mentions_v1 ORDER BY id;
DROP TABLE mentions_v1;
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_reported_by ON mentions(reported_by_code);
CREATE INDEX mentions_pending ON mentions(id) WHERE event_id IS NULL;
CREATE INDEX events_merge ON events(cameo, source_code, target_code, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source_code ON events(source_code, target_code, target_country, day);
CREATE INDEX events_target_code ON events(target_code, source_code, source_country, day);
CREATE INDEX events_source_country ON events(source_country, target_country, target_code, day);
CREATE INDEX events_target_country ON events(target_country, source_country, source_code, day);
CREATE INDEX events_root ON events(cameo_root, day);
)sql",
    // v3: event locations (dyad/places.h), on mentions and merged events.
    R"sql(
ALTER TABLE mentions ADD COLUMN location_name TEXT;
ALTER TABLE mentions ADD COLUMN location_country TEXT;
ALTER TABLE mentions ADD COLUMN location_admin1 TEXT;
ALTER TABLE mentions ADD COLUMN location_lat REAL;
ALTER TABLE mentions ADD COLUMN location_lon REAL;
ALTER TABLE mentions ADD COLUMN location_precision TEXT;
ALTER TABLE mentions ADD COLUMN location_text TEXT;
ALTER TABLE events ADD COLUMN location_name TEXT;
ALTER TABLE events ADD COLUMN location_country TEXT;
ALTER TABLE events ADD COLUMN location_admin1 TEXT;
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
ALTER TABLE events ADD COLUMN location_precision TEXT;
ALTER TABLE events ADD COLUMN location_text TEXT;
CREATE INDEX events_location_country ON events(location_country, day);
)sql",
    // v4: events merge on actor keys (internal::ActorKey: the code, else "name:" and the
    // folded name), so different name-only actors no longer share an event. Mentions that
    // were merged on codes into an event of another name-only actor are detached (their
    // event loses them) and merged again when the store opens (MergePending).
    // dyad_actor_key() is internal::ActorKey, registered on the connection (Init).
    R"sql(
ALTER TABLE events ADD COLUMN source_key TEXT;
ALTER TABLE events ADD COLUMN target_key TEXT;
UPDATE events SET source_key = dyad_actor_key(source_code, source_name),
                  target_key = dyad_actor_key(target_code, target_name);
UPDATE mentions SET event_id = NULL WHERE id IN (
  SELECT m.id FROM mentions m JOIN events e ON e.id = m.event_id
  WHERE (e.source_code IS NULL OR e.target_code IS NULL)
    AND (e.source_key IS NOT dyad_actor_key(m.source_code, m.source_name)
         OR e.target_key IS NOT dyad_actor_key(m.target_code, m.target_name)));
UPDATE events SET
  num_mentions = (SELECT count(*) FROM mentions WHERE event_id = events.id),
  num_articles = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = events.id),
  num_sources = (SELECT count(DISTINCT d.outlet) FROM mentions m JOIN documents d ON d.id = m.doc_id
                 WHERE m.event_id = events.id),
  first_doc = coalesce((SELECT doc_id FROM mentions WHERE event_id = events.id ORDER BY id LIMIT 1), first_doc),
  first_sentence = coalesce((SELECT sentence FROM mentions WHERE event_id = events.id ORDER BY id LIMIT 1),
                            first_sentence)
  WHERE source_code IS NULL OR target_code IS NULL;
DELETE FROM events WHERE num_mentions = 0 AND (source_code IS NULL OR target_code IS NULL);
DROP INDEX events_merge;
CREATE INDEX events_merge ON events(cameo, source_key, target_key, day);
)sql",
    // v5: the store indexes new mentions' evidence itself, a batch at a time
    // (SqliteStore::IndexPending), instead of a trigger row by row: FTS5 writes its pending
    // rows out as a new segment at every savepoint and statement journal, so the trigger
    // made one segment (and merge work) per mention, a third of the writer's time.
    R"sql(
DROP TRIGGER IF EXISTS mentions_fts_insert;
)sql",
};

// Full-text index of the evidence, kept in step with `mentions`: deletions by a trigger;
// insertions by the store (from schema 5 on the insert trigger is dropped: see v5).
const char* kFtsSql = R"sql(
CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence_text, content='mentions', content_rowid='id');
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO mentions_fts(rowid, evidence_text) VALUES (new.id, new.evidence_text);
END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
  INSERT INTO mentions_fts(mentions_fts, rowid, evidence_text) VALUES ('delete', old.id, old.evidence_text);
END;
)sql";

class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) {
    // Statements are prepared for reuse: they live in the store's cache.
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &s_, nullptr);
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  void Reset() { sqlite3_reset(s_); sqlite3_clear_bindings(s_); }
  int Step() { return sqlite3_step(s_); }
  // Empty strings are stored as NULL.
  void Text(int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  void Bind(const std::vector<internal::SqlValue>& params) {
    for (size_t k = 0; k < params.size(); ++k) {
      int i = static_cast<int>(k + 1);
      if (auto* s = std::get_if<std::string>(&params[k])) Text(i, *s);
      else if (auto* n = std::get_if<int64_t>(&params[k])) Int(i, *n);
      else Real(i, std::get<double>(params[k]));
    }
  }
  std::string Col(int i) {
    auto* p = sqlite3_column_text(s_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }
  long long ColInt(int i) { return sqlite3_column_int64(s_, i); }
  double ColReal(int i) { return sqlite3_column_double(s_, i); }
  bool ColNull(int i) { return sqlite3_column_type(s_, i) == SQLITE_NULL; }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
};

// Binds an event's location from parameter `i` on (kLocationColumnCount parameters).
void BindLocation(Stmt& st, int& i, const Location& l) {
  for (const auto& v : internal::LocationValues(l)) {
    if (auto* t = std::get_if<std::string>(&v)) st.Text(i, *t);
    else if (auto* n = std::get_if<int64_t>(&v)) st.Int(i, *n);
    else st.Real(i, std::get<double>(v));
    ++i;
  }
}


// dyad_actor_key(code, name): internal::ActorKey in SQL, for the migration to schema 4.
void ActorKeyFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto text = [](sqlite3_value* v) {
    const unsigned char* t = sqlite3_value_text(v);
    return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_value_bytes(v)) : std::string();
  };
  std::string key = internal::ActorKey(text(argv[0]), text(argv[1]));
  if (key.empty()) sqlite3_result_null(ctx);
  else sqlite3_result_text(ctx, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

Status Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error("database: " + m);
  }
  return Status::Ok();
}

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, StoreOptions options) : db_(db), options_(options) {}
  ~SqliteStore() override {
    cache_.clear();
    Exec(db_, "PRAGMA optimize");
    sqlite3_close(db_);
  }

  Status Init(const std::string& path);

  Result<PutResult> Put(const Document& doc, const std::vector<Event>& events) override;
  Status BeginBatch() override {
    if (batch_) return Status::Ok();
    if (Status s = Exec(db_, "BEGIN IMMEDIATE"); !s) return s;
    batch_ = true;
    return Status::Ok();
  }
  Status EndBatch() override {
    if (!batch_) return Status::Ok();
    batch_ = false;
    if (Status s = IndexPending(); !s) {
      Exec(db_, "ROLLBACK");
      fts_pending_ = 0;
      actors_known_.clear();
      return s;
    }
    Status s = Exec(db_, "COMMIT");
    if (!s) actors_known_.clear();
    return s;
  }
  Result<bool> Contains(const Document& doc) const override {
    Stmt st(db_, "SELECT hash FROM documents WHERE id = ?");
    st.Text(1, doc.id);
    int rc = st.Step();
    if (rc == SQLITE_ROW) return st.Col(0) == ContentHash(doc.raw);
    if (rc == SQLITE_DONE) return false;
    return Error("look up document " + doc.id);
  }
  Result<std::vector<Event>> Events(size_t limit) const override;
  Result<size_t> DocumentCount() const override { return Count("SELECT count(*) FROM documents"); }
  Result<size_t> EventCount() const override { return Count("SELECT count(*) FROM events"); }
  Result<size_t> MentionCount() const override { return Count("SELECT count(*) FROM mentions"); }
  Status ForEach(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) const override;
  Result<std::vector<SeriesPoint>> Series(const EventQuery& q, Period by) const override;
  Result<std::vector<Alert>> Alerts(const AlertOptions& options) const override;

 private:
  Status Error(const std::string& what) const {
    return Status::Error("database: " + what + ": " + sqlite3_errmsg(db_));
  }
  Result<size_t> Count(const char* sql) const {
    Stmt st(db_, sql);
    if (!st.ok() || st.Step() != SQLITE_ROW) return Error("count");
    return static_cast<size_t>(st.ColInt(0));
  }
  // Finds or creates the merged event of a mention; returns its id (0 on error).
  // `created`, when given, tells whether the event is new.
  int64_t Attach(const Event& e, const std::string& doc_id, bool* created = nullptr);
  Status AddMention(const Event& e, const std::string& doc_id, int64_t event_id);
  Status Recompute(const std::set<int64_t>& touched);
  Status MergePending();
  // Adds the mentions from fts_pending_ on to the full-text index, in one statement (one
  // FTS5 segment), inside the open transaction.
  Status IndexPending();
  internal::Where BuildWhere(const EventQuery& q) const;
  bool batch_ = false;  // inside BeginBatch: a Put is a savepoint of the open transaction

  // A prepared statement kept for the life of the store, reset and unbound.
  Stmt& Cached(const char* sql) {
    auto& slot = cache_[sql];
    if (!slot) slot = std::make_unique<Stmt>(db_, sql);
    else slot->Reset();
    return *slot;
  }

  sqlite3* db_;
  StoreOptions options_;
  bool fts_ = false;
  // The first mention not yet in the full-text index, 0 when all are. Mentions get ids in
  // increasing order and none is deleted while some are pending (a replaced document's
  // mentions are indexed before they are deleted, for the delete trigger), so the pending
  // ones are exactly those with ids from here on.
  int64_t fts_pending_ = 0;
  // Actor codes this connection has seen in the actors table (inserted or already there):
  // a mention's actors are mostly known ones, and the insert that does nothing still
  // looks the code up. Forgotten whenever a write is rolled back (the insert may be undone).
  std::unordered_set<std::string> actors_known_;
  std::map<const char*, std::unique_ptr<Stmt>> cache_;  // keyed by the literal's address
};

Status SqliteStore::Init(const std::string& path) {
  sqlite3_busy_timeout(db_, 5000);
  // (temp_store=MEMORY: the statement journals of a batch's statements stay in memory;
  // on disk they were written page by page, twenty writes a story on a news corpus.)
  if (Status s = Exec(db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                           "PRAGMA temp_store=MEMORY;");
      !s)
    return Status::Error(path + ": " + s.message());
  int version = 0;
  {
    Stmt st(db_, "PRAGMA user_version");
    if (st.Step() == SQLITE_ROW) version = static_cast<int>(st.ColInt(0));
  }
  if (version > kSchemaVersion)
    return Status::Error(path + ": database schema version " + std::to_string(version) +
                         " is newer than this dyad (" + std::to_string(kSchemaVersion) + ")");
  bool can_fts = sqlite3_compileoption_used("ENABLE_FTS5") != 0;
  if (sqlite3_create_function_v2(db_, "dyad_actor_key", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                 ActorKeyFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
    return Status::Error(path + ": " + sqlite3_errmsg(db_));
  for (int v = version; v < kSchemaVersion; ++v) {
    // Table rebuilds with foreign keys on would cascade; they are switched off meanwhile.
    Exec(db_, "PRAGMA foreign_keys=OFF");
    if (Status s = Exec(db_, "BEGIN"); !s) return Status::Error(path + ": " + s.message());
    std::string sql = kMigrations[v];
    if (size_t at = sql.find("%FTS%"); at != std::string::npos) sql.replace(at, 5, can_fts ? kFtsSql : "");
    Status s = Exec(db_, sql);
    if (s) s = Exec(db_, "PRAGMA user_version=" + std::to_string(v + 1));
    if (!s) {
      Exec(db_, "ROLLBACK");
      Exec(db_, "PRAGMA foreign_keys=ON");
      return Status::Error(path + ": migration to schema " + std::to_string(v + 1) + " failed: " + s.message());
    }
    if (Status c = Exec(db_, "COMMIT"); !c) return Status::Error(path + ": " + c.message());
    Exec(db_, "PRAGMA foreign_keys=ON");
  }
  {
    Stmt st(db_, "SELECT 1 FROM sqlite_master WHERE name = 'mentions_fts'");
    fts_ = st.Step() == SQLITE_ROW;
  }
  if (Status s = MergePending(); !s) return Status::Error(path + ": " + s.message());
  return Status::Ok();
}

int64_t SqliteStore::Attach(const Event& e, const std::string& doc_id, bool* created) {
  if (created) *created = false;
  int64_t day = 0;
  bool has_day = dates::FirstDay(e.date, &day);
  bool tolerant = has_day && (e.date_precision == "day" || e.date_precision == "week");
  std::string source_key = internal::ActorKey(e.source), target_key = internal::ActorKey(e.target);
  {
    // The event nearest in days, then the first made (a NULL distance first, as SQL orders
    // it), is picked below from the few rows found: an ORDER BY here built a temporary
    // b-tree for every mention stored.
    static const char* kByDay =
        "SELECT id, day FROM events WHERE cameo = ?1 AND source_key IS ?2 AND target_key IS ?3 "
        "AND date_precision IS ?4 AND day BETWEEN ?5 AND ?6";
    static const char* kByDate =
        "SELECT id, day FROM events WHERE cameo = ?1 AND source_key IS ?2 AND target_key IS ?3 "
        "AND date_precision IS ?4 AND date IS ?5";
    Stmt& st = Cached(tolerant ? kByDay : kByDate);
    if (!st.ok()) return 0;
    st.Text(1, e.cameo);
    st.Text(2, source_key);
    st.Text(3, target_key);
    st.Text(4, e.date_precision);
    if (tolerant) {
      st.Int(5, day - options_.merge_tolerance_days);
      st.Int(6, day + options_.merge_tolerance_days);
    } else {
      st.Text(5, e.date);
    }
    int64_t found = 0;
    bool found_null = false;  // the distance of `found` is NULL (no day on one side)
    int64_t found_distance = 0;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      const int64_t id = st.ColInt(0);
      const bool null = !has_day || st.ColNull(1);
      const int64_t distance = null ? 0 : std::llabs(st.ColInt(1) - day);
      const bool better = !found || (null && !found_null) ||
                          (null == found_null && (distance < found_distance ||
                                                  (distance == found_distance && id < found)));
      if (better) found = id, found_null = null, found_distance = distance;
    }
    st.Reset();
    if (rc != SQLITE_DONE) return 0;
    if (found) return found;
  }
  static const char* kInsert = R"sql(INSERT INTO events(date, date_precision, day,
      source_key, target_key,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover, first_doc, first_sentence,
      location_name, location_country, location_admin1, location_lat, location_lon,
      location_precision, location_text)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql";
  Stmt& ins = Cached(kInsert);
  if (!ins.ok()) return 0;
  int i = 1;
  ins.Text(i++, e.date); ins.Text(i++, e.date_precision);
  if (has_day) ins.Int(i++, day); else ins.Null(i++);
  ins.Text(i++, source_key); ins.Text(i++, target_key);
  for (const Actor* a : {&e.source, &e.target}) {
    ins.Text(i++, a->code); ins.Text(i++, a->country); ins.Text(i++, a->role); ins.Text(i++, a->name);
  }
  ins.Text(i++, e.cameo); ins.Text(i++, e.cameo_root); ins.Real(i++, e.goldstein);
  ins.Int(i++, e.quad_class); ins.Text(i++, e.plover); ins.Text(i++, doc_id); ins.Int(i++, e.sentence);
  BindLocation(ins, i, e.location);
  if (ins.Step() != SQLITE_DONE) return 0;
  if (created) *created = true;
  return sqlite3_last_insert_rowid(db_);
}

Status SqliteStore::AddMention(const Event& e, const std::string& doc_id, int64_t event_id) {
  static const char* kInsert = R"sql(INSERT INTO mentions(event_id, doc_id, sentence, date, date_precision,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover,
      reported_by_code, reported_by_country, reported_by_role, reported_by_name,
      evidence_text, evidence_start, evidence_end, trigger_text, trigger_start, trigger_end, pattern,
      location_name, location_country, location_admin1, location_lat, location_lon,
      location_precision, location_text)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql";
  Stmt& ins = Cached(kInsert);
  if (!ins.ok()) return Error("prepare mention");
  int i = 1;
  ins.Int(i++, event_id); ins.Text(i++, doc_id); ins.Int(i++, e.sentence);
  ins.Text(i++, e.date); ins.Text(i++, e.date_precision);
  for (const Actor* a : {&e.source, &e.target}) {
    ins.Text(i++, a->code); ins.Text(i++, a->country); ins.Text(i++, a->role); ins.Text(i++, a->name);
  }
  ins.Text(i++, e.cameo); ins.Text(i++, e.cameo_root); ins.Real(i++, e.goldstein);
  ins.Int(i++, e.quad_class); ins.Text(i++, e.plover);
  ins.Text(i++, e.reported_by.code); ins.Text(i++, e.reported_by.country);
  ins.Text(i++, e.reported_by.role); ins.Text(i++, e.reported_by.name);
  ins.Text(i++, e.evidence.text); ins.Int(i++, e.evidence.start); ins.Int(i++, e.evidence.end);
  ins.Text(i++, e.trigger); ins.Int(i++, e.trigger_start); ins.Int(i++, e.trigger_end);
  ins.Text(i++, e.pattern);
  BindLocation(ins, i, e.location);
  if (ins.Step() != SQLITE_DONE) return Error("insert mention");
  if (fts_ && !fts_pending_) fts_pending_ = sqlite3_last_insert_rowid(db_);
  static const char* kActor = "INSERT INTO actors(code, country, role, name) VALUES (?,?,?,?) ON CONFLICT(code) DO NOTHING";
  Stmt& act = Cached(kActor);
  for (const Actor* a : {&e.source, &e.target, &e.reported_by}) {
    if (a->code.empty() || actors_known_.count(a->code)) continue;
    act.Reset();
    act.Text(1, a->code); act.Text(2, a->country); act.Text(3, a->role); act.Text(4, a->name);
    if (act.Step() != SQLITE_DONE) return Error("insert actor");
    actors_known_.insert(a->code);
  }
  return Status::Ok();
}

Status SqliteStore::Recompute(const std::set<int64_t>& touched) {
  static const char* kUpdate = R"sql(UPDATE events SET
      num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),
      num_articles = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = ?1),
      num_sources = (SELECT count(DISTINCT d.outlet) FROM mentions m JOIN documents d ON d.id = m.doc_id
                     WHERE m.event_id = ?1),
      first_doc = coalesce((SELECT doc_id FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), first_doc),
      first_sentence = coalesce((SELECT sentence FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), first_sentence)
      WHERE id = ?1)sql";
  static const char* kDelete = "DELETE FROM events WHERE id = ?1 AND num_mentions = 0";
  Stmt& up = Cached(kUpdate);
  Stmt& del = Cached(kDelete);
  if (!up.ok() || !del.ok()) return Error("prepare recompute");
  for (int64_t id : touched) {
    up.Reset();
    up.Int(1, id);
    if (up.Step() != SQLITE_DONE) return Error("recompute event");
    del.Reset();
    del.Int(1, id);
    if (del.Step() != SQLITE_DONE) return Error("delete event");
  }
  return Status::Ok();
}

Status SqliteStore::IndexPending() {
  if (!fts_pending_) return Status::Ok();
  Stmt& st = Cached("INSERT INTO mentions_fts(rowid, evidence_text) SELECT id, evidence_text FROM mentions WHERE id >= ?");
  st.Int(1, fts_pending_);
  if (st.Step() != SQLITE_DONE) return Error("index evidence");
  fts_pending_ = 0;
  return Status::Ok();
}

// Mentions without a merged event (migrated from schema 1, or detached by the migration
// to schema 4) get one.
Status SqliteStore::MergePending() {
  {
    Stmt any(db_, "SELECT 1 FROM mentions WHERE event_id IS NULL LIMIT 1");
    if (any.Step() != SQLITE_ROW) return Status::Ok();
  }
  if (Status s = Exec(db_, "BEGIN IMMEDIATE"); !s) return s;
  std::vector<Mention> pending;
  {
    Stmt st(db_, std::string("SELECT ") + internal::kMentionColumns +
                     " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id IS NULL ORDER BY m.id");
    while (st.Step() == SQLITE_ROW) pending.push_back(internal::ReadMention(st));
  }
  std::set<int64_t> touched;
  Stmt set(db_, "UPDATE mentions SET event_id = ? WHERE id = ?");
  for (const Mention& m : pending) {
    int64_t ev = Attach(m.coded, m.coded.doc_id);
    if (!ev) { Status s = Error("merge"); Exec(db_, "ROLLBACK"); return s; }
    set.Reset();
    set.Int(1, ev);
    set.Int(2, m.id);
    if (set.Step() != SQLITE_DONE) { Status s = Error("merge"); Exec(db_, "ROLLBACK"); return s; }
    touched.insert(ev);
  }
  if (Status s = Recompute(touched); !s) { Exec(db_, "ROLLBACK"); return s; }
  return Exec(db_, "COMMIT");
}

Result<Store::PutResult> SqliteStore::Put(const Document& doc, const std::vector<Event>& events) {
  using R = Result<PutResult>;
  std::string hash = ContentHash(doc.raw);
  PutResult result = PutResult::kStored;
  // Alone, a Put is a transaction; in a batch, a savepoint of the batch's transaction.
  const char* begin = batch_ ? "SAVEPOINT put" : "BEGIN IMMEDIATE";
  const char* undo = batch_ ? "ROLLBACK TO put; RELEASE put" : "ROLLBACK";
  const char* done = batch_ ? "RELEASE put" : "COMMIT";
  // (Prepared once: sqlite3_exec compiled them again for every document.)
  auto run = [&](const char* sql) {
    Stmt& st = Cached(sql);
    int rc = st.Step();
    st.Reset();
    return rc == SQLITE_DONE ? Status::Ok() : Error(sql);
  };
  if (Status s = run(begin); !s) return R(s);
  const int64_t fts_pending = fts_pending_;  // (what the undo brings back)
  auto fail = [&](const std::string& what) {
    std::string m = what + ": " + sqlite3_errmsg(db_);
    Exec(db_, undo);
    fts_pending_ = fts_pending;
    actors_known_.clear();
    return R::Error(doc.origin + ": database: " + m);
  };
  {
    Stmt& st = Cached("SELECT hash FROM documents WHERE id = ?");
    st.Text(1, doc.id);
    if (st.Step() == SQLITE_ROW) {
      bool same = st.Col(0) == hash;
      st.Reset();
      if (same) {
        Exec(db_, undo);
        return PutResult::kUnchanged;
      }
      result = PutResult::kReplaced;
    }
  }
  std::set<int64_t> touched;
  if (result == PutResult::kReplaced) {
    if (Status s = IndexPending(); !s) return fail("index evidence");
    {
      Stmt st(db_, "SELECT DISTINCT event_id FROM mentions WHERE doc_id = ? AND event_id IS NOT NULL");
      st.Text(1, doc.id);
      while (st.Step() == SQLITE_ROW) touched.insert(st.ColInt(0));
    }
    Stmt del(db_, "DELETE FROM mentions WHERE doc_id = ?");
    del.Text(1, doc.id);
    if (del.Step() != SQLITE_DONE) return fail("delete mentions");
    Stmt deld(db_, "DELETE FROM documents WHERE id = ?");
    deld.Text(1, doc.id);
    if (deld.Step() != SQLITE_DONE) return fail("delete document");
  }
  {
    Stmt& ins = Cached("INSERT INTO documents(id, source, wire, url, title, date, text, hash, outlet) VALUES (?,?,?,?,?,?,?,?,?)");
    ins.Text(1, doc.id); ins.Text(2, doc.source); ins.Text(3, doc.wire); ins.Text(4, doc.url);
    ins.Text(5, doc.title); ins.Text(6, doc.date); ins.Text(7, doc.text.empty() ? doc.raw : doc.text);
    ins.Text(8, hash); ins.Text(9, internal::Outlet(doc));
    int rc = ins.Step();
    ins.Reset();
    if (rc != SQLITE_DONE) return fail("insert document");
  }
  // The events this document creates have only its mentions: their counts are known
  // here, without Recompute's queries (its first mention made first_doc and
  // first_sentence when the event was inserted).
  std::map<int64_t, int64_t> created_mentions;
  for (const Event& e : events) {
    bool created = false;
    int64_t ev = Attach(e, doc.id, &created);
    if (!ev) return fail("merge event");
    if (Status s = AddMention(e, doc.id, ev); !s) return fail("insert mention");
    if (created) created_mentions[ev] = 1;
    else if (auto it = created_mentions.find(ev); it != created_mentions.end()) ++it->second;
    else touched.insert(ev);
  }
  if (Status s = Recompute(touched); !s) return fail("recompute events");
  if (!created_mentions.empty()) {
    Stmt& up = Cached("UPDATE events SET num_mentions = ?2, num_articles = 1, num_sources = ?3 WHERE id = ?1");
    const int64_t sources = internal::Outlet(doc).empty() ? 0 : 1;  // (an empty outlet is stored NULL)
    for (const auto& [id, mentions] : created_mentions) {
      up.Reset();
      up.Int(1, id);
      up.Int(2, mentions);
      up.Int(3, sources);
      if (up.Step() != SQLITE_DONE) return fail("count event mentions");
    }
  }
  // (In a batch, the evidence is indexed when the batch ends.)
  if (!batch_)
    if (Status s = IndexPending(); !s) return fail("index evidence");
  if (Status s = run(done); !s) return fail("commit");
  return result;
}

Result<std::vector<Event>> SqliteStore::Events(size_t limit) const {
  std::string sql = std::string("SELECT ") + internal::kMentionColumns +
                    " FROM mentions m JOIN documents d ON d.id = m.doc_id"
                    " ORDER BY m.date DESC, m.doc_id, m.sentence, m.id";
  if (limit) sql += " LIMIT ?";
  Stmt st(db_, sql);
  if (!st.ok()) return Error("events");
  if (limit) st.Int(1, static_cast<long long>(limit));
  std::vector<Event> out;
  while (st.Step() == SQLITE_ROW) out.push_back(internal::ReadMention(st).coded);
  return out;
}

internal::Where SqliteStore::BuildWhere(const EventQuery& q) const {
  internal::Where w;
  w.text_sql = fts_
      ? "e.id IN (SELECT m.event_id FROM mentions_fts f JOIN mentions m ON m.id = f.rowid "
        "WHERE mentions_fts MATCH ?)"
      : "";
  internal::BuildWhere(q, &w);
  return w;
}

Status SqliteStore::ForEach(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) const {
  internal::Where w = BuildWhere(q);
  std::string sql = std::string("SELECT ") + internal::kEventColumns +
                    " FROM events e LEFT JOIN documents d ON d.id = e.first_doc" + w.Sql() +
                    " ORDER BY e.day DESC, e.id DESC";
  if (q.limit || q.offset) {
    sql += " LIMIT ?";
    w.params.push_back(q.limit ? static_cast<int64_t>(q.limit) : int64_t{-1});
  }
  if (q.offset) {
    sql += " OFFSET ?";
    w.params.push_back(static_cast<int64_t>(q.offset));
  }
  Stmt st(db_, sql);
  if (!st.ok()) return Error("query");
  st.Bind(w.params);
  Stmt ms(db_, std::string("SELECT ") + internal::kMentionColumns +
                   " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.id");
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredEvent e = internal::ReadEvent(st);
    if (q.with_mentions) {
      ms.Reset();
      ms.Int(1, e.id);
      while (ms.Step() == SQLITE_ROW) e.mentions.push_back(internal::ReadMention(ms));
    }
    fn(e);
  }
  if (rc != SQLITE_DONE) return Error("query");
  return Status::Ok();
}

Result<std::vector<SeriesPoint>> SqliteStore::Series(const EventQuery& q, Period by) const {
  internal::Where w = BuildWhere(q);
  std::string sql =
      "SELECT e.id, e.day, e.date_precision, e.quad_class, e.goldstein, e.num_mentions, d.outlet"
      " FROM events e JOIN mentions m ON m.event_id = e.id JOIN documents d ON d.id = m.doc_id" +
      w.Sql() + (w.empty() ? " WHERE" : " AND") + " e.day IS NOT NULL ORDER BY e.id";
  Stmt st(db_, sql);
  if (!st.ok()) return Error("series");
  st.Bind(w.params);
  internal::SeriesBuilder b(by);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    b.Add(st.ColInt(0), st.ColInt(1), st.Col(2), static_cast<int>(st.ColInt(3)), st.ColReal(4),
          static_cast<int>(st.ColInt(5)), st.Col(6));
  }
  if (rc != SQLITE_DONE) return Error("series");
  return b.Finish();
}

Result<std::vector<Alert>> SqliteStore::Alerts(const AlertOptions& o) const {
  internal::AlertBuilder b(o);
  int64_t at = 0;
  if (!o.at.empty()) {
    if (!dates::FirstDay(o.at, &at)) return Status::Error("alerts: bad date '" + o.at + "'");
  } else {
    std::string sql = "SELECT max(day) FROM events WHERE date_precision IN (" + b.PrecisionList() + ")";
    Stmt st(db_, sql);
    if (!st.ok() || st.Step() != SQLITE_ROW) return Error("alerts");
    if (st.ColNull(0)) return std::vector<Alert>{};
    at = st.ColInt(0);
  }
  b.SetLast(at);
  Stmt st(db_, "SELECT source_code, source_country, target_code, target_country, day, date_precision,"
               " quad_class, goldstein FROM events WHERE target_code IS NOT NULL AND day BETWEEN ? AND ?");
  if (!st.ok()) return Error("alerts");
  st.Int(1, b.first_day());
  st.Int(2, b.last_day());
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    b.Add(st.Col(0), st.Col(1), st.Col(2), st.Col(3), st.ColInt(4), st.Col(5),
          static_cast<int>(st.ColInt(6)), st.ColReal(7));
  }
  if (rc != SQLITE_DONE) return Error("alerts");
  return b.Finish();
}

}  // namespace

std::string ContentHash(const std::string& text) {
  unsigned long long h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", h);
  return buf;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, StoreOptions options) {
  using R = Result<std::unique_ptr<Store>>;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return R::Error(path + ": " + m);
  }
  auto store = std::make_unique<SqliteStore>(db, options);
  if (Status s = store->Init(path); !s) return R(s);
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad
