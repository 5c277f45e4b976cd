#include <sqlite3.h>

#include <cstdio>

#include "dyad/store.h"

namespace dyad {
namespace {

constexpr int kSchemaVersion = 1;

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
};

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  void Text(int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  std::string Col(int i) {
    auto* p = sqlite3_column_text(s_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
};

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error("database: " + m);
  }
  return Status::Ok();
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

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  using R = Result<std::unique_ptr<Store>>;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return R::Error(path + ": " + m);
  }
  std::unique_ptr<Store> store(new Store(db));
  sqlite3_busy_timeout(db, 5000);
  if (Status s = Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"); !s)
    return R::Error(path + ": " + s.message());
  int version = 0;
  {
    Stmt st(db, "PRAGMA user_version");
    if (sqlite3_step(st.get()) == SQLITE_ROW) version = sqlite3_column_int(st.get(), 0);
  }
  if (version > kSchemaVersion)
    return R::Error(path + ": database schema version " + std::to_string(version) +
                    " is newer than this dyad (" + std::to_string(kSchemaVersion) + ")");
  for (int v = version; v < kSchemaVersion; ++v) {
    if (Status s = Exec(db, "BEGIN"); !s) return R::Error(path + ": " + s.message());
    Status s = Exec(db, kMigrations[v]);
    if (s) s = Exec(db, ("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
    if (!s) {
      Exec(db, "ROLLBACK");
      return R::Error(path + ": migration to schema " + std::to_string(v + 1) + " failed: " + s.message());
    }
    if (Status c = Exec(db, "COMMIT"); !c) return R::Error(path + ": " + c.message());
  }
  return store;
}

Store::~Store() { sqlite3_close(db_); }

Result<Store::PutResult> Store::Put(const Document& doc, const std::vector<Event>& events) {
  using R = Result<PutResult>;
  std::string hash = ContentHash(doc.raw);
  PutResult result = PutResult::kStored;
  {
    Stmt st(db_, "SELECT hash FROM documents WHERE id = ?");
    st.Text(1, doc.id);
    if (sqlite3_step(st.get()) == SQLITE_ROW) {
      if (st.Col(0) == hash) return PutResult::kUnchanged;
      result = PutResult::kReplaced;
    }
  }
  if (Status s = Exec(db_, "BEGIN IMMEDIATE"); !s) return R(s);
  auto fail = [&](const std::string& what) {
    std::string m = what + ": " + sqlite3_errmsg(db_);
    Exec(db_, "ROLLBACK");
    return R::Error(doc.origin + ": " + m);
  };
  {
    Stmt del(db_, "DELETE FROM documents WHERE id = ?");
    del.Text(1, doc.id);
    if (sqlite3_step(del.get()) != SQLITE_DONE) return fail("delete");
  }
  {
    Stmt ins(db_, "INSERT INTO documents(id, source, wire, url, title, date, text, hash) VALUES (?,?,?,?,?,?,?,?)");
    ins.Text(1, doc.id); ins.Text(2, doc.source); ins.Text(3, doc.wire); ins.Text(4, doc.url);
    ins.Text(5, doc.title); ins.Text(6, doc.date); ins.Text(7, doc.text.empty() ? doc.raw : doc.text);
    ins.Text(8, hash);
    if (sqlite3_step(ins.get()) != SQLITE_DONE) return fail("insert document");
  }
  Stmt ev(db_, R"sql(INSERT INTO events(doc_id, sentence, date, date_precision,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover,
      reported_by_code, reported_by_country, reported_by_role, reported_by_name,
      evidence_text, evidence_start, evidence_end, trigger_start, trigger_end, pattern)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql");
  if (!ev.ok()) return fail("prepare");
  for (const Event& e : events) {
    sqlite3_reset(ev.get());
    int i = 1;
    ev.Text(i++, doc.id); ev.Int(i++, e.sentence); ev.Text(i++, e.date); ev.Text(i++, e.date_precision);
    for (const Actor* a : {&e.source, &e.target}) {
      ev.Text(i++, a->code); ev.Text(i++, a->country); ev.Text(i++, a->role); ev.Text(i++, a->name);
    }
    ev.Text(i++, e.cameo); ev.Text(i++, e.cameo_root); ev.Real(i++, e.goldstein);
    ev.Int(i++, e.quad_class); ev.Text(i++, e.plover);
    ev.Text(i++, e.reported_by.code); ev.Text(i++, e.reported_by.country);
    ev.Text(i++, e.reported_by.role); ev.Text(i++, e.reported_by.name);
    ev.Text(i++, e.evidence.text); ev.Int(i++, e.evidence.start); ev.Int(i++, e.evidence.end);
    ev.Int(i++, e.trigger_start); ev.Int(i++, e.trigger_end); ev.Text(i++, e.pattern);
    if (sqlite3_step(ev.get()) != SQLITE_DONE) return fail("insert event");
  }
  if (Status s = Exec(db_, "COMMIT"); !s) return fail("commit");
  return result;
}

Result<std::vector<Event>> Store::Events(size_t limit) const {
  std::string sql = R"sql(SELECT doc_id, sentence, date, date_precision,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover,
      reported_by_code, reported_by_country, reported_by_role, reported_by_name,
      evidence_text, evidence_start, evidence_end, trigger_start, trigger_end, pattern
      FROM events ORDER BY date DESC, doc_id, sentence, id)sql";
  if (limit) sql += " LIMIT " + std::to_string(limit);
  Stmt st(db_, sql.c_str());
  if (!st.ok()) return Result<std::vector<Event>>::Error(std::string("database: ") + sqlite3_errmsg(db_));
  std::vector<Event> out;
  while (sqlite3_step(st.get()) == SQLITE_ROW) {
    Event e;
    int i = 0;
    e.doc_id = st.Col(i++); e.sentence = sqlite3_column_int(st.get(), i++);
    e.date = st.Col(i++); e.date_precision = st.Col(i++);
    for (Actor* a : {&e.source, &e.target}) {
      a->code = st.Col(i++); a->country = st.Col(i++); a->role = st.Col(i++); a->name = st.Col(i++);
    }
    e.cameo = st.Col(i++); e.cameo_root = st.Col(i++);
    e.goldstein = sqlite3_column_double(st.get(), i++);
    e.quad_class = sqlite3_column_int(st.get(), i++);
    e.plover = st.Col(i++);
    e.reported_by.code = st.Col(i++); e.reported_by.country = st.Col(i++);
    e.reported_by.role = st.Col(i++); e.reported_by.name = st.Col(i++);
    e.evidence.text = st.Col(i++);
    e.evidence.start = static_cast<uint32_t>(sqlite3_column_int64(st.get(), i++));
    e.evidence.end = static_cast<uint32_t>(sqlite3_column_int64(st.get(), i++));
    e.trigger_start = static_cast<uint32_t>(sqlite3_column_int64(st.get(), i++));
    e.trigger_end = static_cast<uint32_t>(sqlite3_column_int64(st.get(), i++));
    e.pattern = st.Col(i++);
    out.push_back(std::move(e));
  }
  return out;
}

Result<size_t> Store::DocumentCount() const {
  Stmt st(db_, "SELECT count(*) FROM documents");
  if (sqlite3_step(st.get()) != SQLITE_ROW) return Result<size_t>::Error("database: count failed");
  return static_cast<size_t>(sqlite3_column_int64(st.get(), 0));
}

}  // namespace dyad
