// The PostgreSQL store (`--db postgresql://...`), through libpq: the same tables, merging,
// queries, series and alerts as the SQLite store. Writers serialise on an advisory lock,
// so concurrent ingests merge correctly; values always travel as parameters.
#include "dyad/store.h"
#include "store/store_internal.h"

#ifndef DYAD_HAVE_LIBPQ

namespace dyad {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string&, StoreOptions) {
  return Result<std::unique_ptr<Store>>::Error(
      "postgresql: this dyad was built without libpq (install libpq-dev and rebuild)");
}

}  // namespace dyad

#else

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace dyad {
namespace {

constexpr int kSchemaVersion = 4;
constexpr long long kWriteLock = 0x64796164;  // "dyad"

const char* kSchema = R"sql(
CREATE TABLE dyad_schema (version INTEGER NOT NULL);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source TEXT, wire TEXT, url TEXT, title TEXT, date TEXT,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  outlet TEXT
);
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  date TEXT, date_precision TEXT,
  day BIGINT,
  source_code TEXT COLLATE "C", source_country TEXT COLLATE "C", source_role TEXT, source_name TEXT,
  target_code TEXT COLLATE "C", target_country TEXT COLLATE "C", target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  goldstein DOUBLE PRECISION, quad_class INTEGER, plover TEXT,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_doc TEXT, first_sentence INTEGER,
  date_added TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')
);
CREATE TABLE mentions (
  id BIGSERIAL PRIMARY KEY,
  event_id BIGINT REFERENCES events(id),
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  source_code TEXT COLLATE "C", source_country TEXT, source_role TEXT, source_name TEXT,
  target_code TEXT COLLATE "C", target_country TEXT, target_role TEXT, target_name TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  goldstein DOUBLE PRECISION, quad_class INTEGER, plover TEXT,
  reported_by_code TEXT COLLATE "C", reported_by_country TEXT, reported_by_role TEXT, reported_by_name TEXT,
  evidence_text TEXT, evidence_start BIGINT, evidence_end BIGINT,
  trigger_text TEXT, trigger_start BIGINT, trigger_end BIGINT,
  pattern TEXT
);
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  country TEXT, role TEXT, name TEXT,
  first_seen TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_reported_by ON mentions(reported_by_code);
CREATE INDEX mentions_text ON mentions USING gin (to_tsvector('simple', coalesce(evidence_text, '')));
CREATE INDEX events_merge ON events(cameo, source_code, target_code, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source_code ON events(source_code, target_code, target_country, day);
CREATE INDEX events_target_code ON events(target_code, source_code, source_country, day);
CREATE INDEX events_source_country ON events(source_country, target_country, target_code, day);
CREATE INDEX events_target_country ON events(target_country, source_country, source_code, day);
CREATE INDEX events_root ON events(cameo_root, day);
INSERT INTO dyad_schema(version) VALUES (2);
)sql";

// Schema 3: event locations (dyad/places.h), on mentions and merged events.
const char* kMigrationTo3 = R"sql(
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_name TEXT,
  ADD COLUMN IF NOT EXISTS location_country TEXT, ADD COLUMN IF NOT EXISTS location_admin1 TEXT,
  ADD COLUMN IF NOT EXISTS location_lat DOUBLE PRECISION, ADD COLUMN IF NOT EXISTS location_lon DOUBLE PRECISION,
  ADD COLUMN IF NOT EXISTS location_precision TEXT, ADD COLUMN IF NOT EXISTS location_text TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_name TEXT,
  ADD COLUMN IF NOT EXISTS location_country TEXT, ADD COLUMN IF NOT EXISTS location_admin1 TEXT,
  ADD COLUMN IF NOT EXISTS location_lat DOUBLE PRECISION, ADD COLUMN IF NOT EXISTS location_lon DOUBLE PRECISION,
  ADD COLUMN IF NOT EXISTS location_precision TEXT, ADD COLUMN IF NOT EXISTS location_text TEXT;
CREATE INDEX IF NOT EXISTS events_location_country ON events(location_country, day);
INSERT INTO dyad_schema(version) VALUES (3);
)sql";

// Schema 4: events merge on actor keys (internal::ActorKey: the code, else "name:" and the
// folded name). Keys of coded sides are filled here; name-only sides, and the mentions
// merged on codes into an event of another name-only actor, by SplitNameOnlyEvents.
const char* kMigrationTo4 = R"sql(
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_key TEXT COLLATE "C",
  ADD COLUMN IF NOT EXISTS target_key TEXT COLLATE "C";
UPDATE events SET source_key = source_code, target_key = target_code;
DROP INDEX IF EXISTS events_merge;
CREATE INDEX events_merge ON events(cameo, source_key, target_key, day);
)sql";

using internal::SqlValue;
using Params = std::vector<SqlValue>;

// `?` placeholders become $1, $2...; `?N` becomes $N.
std::string Dollars(const std::string& sql) {
  std::string out;
  int n = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != '?') { out += sql[i]; continue; }
    if (i + 1 < sql.size() && isdigit(static_cast<unsigned char>(sql[i + 1]))) {
      out += '$';
    } else {
      out += '$' + std::to_string(++n);
    }
  }
  return out;
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// One row of a result, with the accessors internal::ReadEvent/ReadMention expect.
struct Row {
  PGresult* r;
  int row;
  std::string Col(int i) { return PQgetisnull(r, row, i) ? "" : PQgetvalue(r, row, i); }
  long long ColInt(int i) { return PQgetisnull(r, row, i) ? 0 : std::strtoll(PQgetvalue(r, row, i), nullptr, 10); }
  double ColReal(int i) { return PQgetisnull(r, row, i) ? 0 : std::strtod(PQgetvalue(r, row, i), nullptr); }
  bool ColNull(int i) { return PQgetisnull(r, row, i); }
};

class PostgresStore : public Store {
 public:
  PostgresStore(PGconn* conn, StoreOptions options) : conn_(conn), options_(options) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Status Init();
  Result<PutResult> Put(const Document& doc, const std::vector<Event>& events) override;
  Result<bool> Contains(const Document& doc) const override {
    auto r = Run("SELECT hash FROM documents WHERE id = ?", {doc.id});
    if (!r) return r.status();
    return PQntuples(r->get()) > 0 && PQgetvalue(r->get(), 0, 0) == ContentHash(doc.raw);
  }
  Result<std::vector<Event>> Events(size_t limit) const override;
  Result<size_t> DocumentCount() const override { return Count("SELECT count(*) FROM documents"); }
  Result<size_t> EventCount() const override { return Count("SELECT count(*) FROM events"); }
  Result<size_t> MentionCount() const override { return Count("SELECT count(*) FROM mentions"); }
  Status ForEach(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) const override;
  Result<std::vector<SeriesPoint>> Series(const EventQuery& q, Period by) const override;
  Result<std::vector<Alert>> Alerts(const AlertOptions& options) const override;

 private:
  // Runs a statement with parameters (empty strings are NULL); the result or an error.
  Result<PgResult> Run(const std::string& sql, const Params& params = {}) const {
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      if (auto* s = std::get_if<std::string>(&params[i])) {
        text[i] = *s;
        values[i] = s->empty() ? nullptr : text[i].c_str();
      } else if (auto* n = std::get_if<int64_t>(&params[i])) {
        text[i] = std::to_string(*n);
        values[i] = text[i].c_str();
      } else {
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", std::get<double>(params[i]));
        text[i] = buf;
        values[i] = text[i].c_str();
      }
    }
    PgResult r(PQexecParams(conn_, Dollars(sql).c_str(), static_cast<int>(values.size()), nullptr,
                            values.data(), nullptr, nullptr, 0));
    ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string m = PQerrorMessage(conn_);
      while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
      return Result<PgResult>::Error("postgresql: " + m);
    }
    return r;
  }
  Result<size_t> Count(const char* sql) const {
    auto r = Run(sql);
    if (!r) return r.status();
    return static_cast<size_t>(std::strtoull(PQgetvalue(r->get(), 0, 0), nullptr, 10));
  }
  Result<int64_t> Attach(const Event& e, const std::string& doc_id);
  Status SplitNameOnlyEvents();
  Status AddMention(const Event& e, const std::string& doc_id, int64_t event_id);
  Status Recompute(const std::set<int64_t>& touched);
  internal::Where BuildWhere(const EventQuery& q) const {
    internal::Where w;
    w.text_sql =
        "e.id IN (SELECT event_id FROM mentions WHERE to_tsvector('simple', coalesce(evidence_text, '')) "
        "@@ plainto_tsquery('simple', ?))";
    w.text_plain = true;
    internal::BuildWhere(q, &w);
    return w;
  }

  PGconn* conn_;
  StoreOptions options_;
};

Status PostgresStore::Init() {
  auto quiet = Run("SET client_min_messages = warning");
  if (!quiet) return quiet.status();
  auto exists = Run("SELECT to_regclass('dyad_schema') IS NOT NULL");
  if (!exists) return exists.status();
  if (std::string(PQgetvalue(exists->get(), 0, 0)) != "t") {
    // Two processes may create the schema at once: the second finds it made.
    for (const char* sql : {"BEGIN", "SELECT pg_advisory_xact_lock(1685217636)"})
      if (auto r = Run(sql); !r) return r.status();
    auto again = Run("SELECT to_regclass('dyad_schema') IS NOT NULL");
    if (!again) { Run("ROLLBACK"); return again.status(); }
    if (std::string(PQgetvalue(again->get(), 0, 0)) != "t") {
      PgResult r(PQexec(conn_, kSchema));
      if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
        std::string m = PQerrorMessage(conn_);
        Run("ROLLBACK");
        return Status::Error("postgresql: creating the schema failed: " + m);
      }
    }
    if (auto r = Run("COMMIT"); !r) return r.status();
  }
  auto v = Run("SELECT max(version) FROM dyad_schema");
  if (!v) return v.status();
  int version = std::atoi(PQgetvalue(v->get(), 0, 0));
  if (version > kSchemaVersion)
    return Status::Error("postgresql: database schema version " + std::to_string(version) +
                         " is newer than this dyad (" + std::to_string(kSchemaVersion) + ")");
  if (version < kSchemaVersion) {
    // One transaction under the writers' lock: a concurrent writer or migrator waits.
    if (auto r = Run("BEGIN"); !r) return r.status();
    auto fail = [&](const std::string& what, const std::string& m) {
      Run("ROLLBACK");
      return Status::Error("postgresql: " + what + " failed: " + m);
    };
    if (auto r = Run("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLock) + ")"); !r)
      return fail("locking", r.error());
    auto again = Run("SELECT max(version) FROM dyad_schema");
    if (!again) return fail("reading the schema version", again.error());
    int now = std::atoi(PQgetvalue(again->get(), 0, 0));
    if (now < 3) {
      PgResult r(PQexec(conn_, kMigrationTo3));
      if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return fail("migration to schema 3", PQerrorMessage(conn_));
    }
    if (now < 4) {
      PgResult r(PQexec(conn_, kMigrationTo4));
      if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return fail("migration to schema 4", PQerrorMessage(conn_));
      if (Status s = SplitNameOnlyEvents(); !s) return fail("migration to schema 4", s.message());
      if (auto v4 = Run("INSERT INTO dyad_schema(version) VALUES (4)"); !v4)
        return fail("migration to schema 4", v4.error());
    }
    if (auto r = Run("COMMIT"); !r) return r.status();
  }
  return Status::Ok();
}

// Migration to schema 4, inside its transaction: events with a name-only side get their
// keys from their own names; a mention whose actors' keys differ from its event's (merged
// on codes before schema 4) is attached again, to an event of its own keys, and every
// event it leaves or joins is recomputed (an event left without mentions is deleted).
Status PostgresStore::SplitNameOnlyEvents() {
  auto events = Run("SELECT id, source_code, source_name, target_code, target_name FROM events "
                    "WHERE source_code IS NULL OR target_code IS NULL ORDER BY id");
  if (!events) return events.status();
  std::map<int64_t, std::pair<std::string, std::string>> keys;  // event -> its source, target keys
  for (int i = 0; i < PQntuples(events->get()); ++i) {
    Row row{events->get(), i};
    std::string sk = internal::ActorKey(row.Col(1), row.Col(2)), tk = internal::ActorKey(row.Col(3), row.Col(4));
    int64_t id = row.ColInt(0);
    keys[id] = {sk, tk};
    auto up = Run("UPDATE events SET source_key = ?, target_key = ? WHERE id = ?", {sk, tk, id});
    if (!up) return up.status();
  }
  if (keys.empty()) return Status::Ok();
  auto mentions = Run(std::string("SELECT ") + internal::kMentionColumns +
                      " FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN events e ON e.id = m.event_id"
                      " WHERE e.source_code IS NULL OR e.target_code IS NULL ORDER BY m.id");
  if (!mentions) return mentions.status();
  std::set<int64_t> touched;
  for (int i = 0; i < PQntuples(mentions->get()); ++i) {
    Row row{mentions->get(), i};
    Mention m = internal::ReadMention(row);
    const auto& own = keys[m.event_id];
    if (own.first == internal::ActorKey(m.coded.source) && own.second == internal::ActorKey(m.coded.target))
      continue;
    auto ev = Attach(m.coded, m.coded.doc_id);
    if (!ev) return ev.status();
    auto set = Run("UPDATE mentions SET event_id = ? WHERE id = ?", {*ev, m.id});
    if (!set) return set.status();
    touched.insert(m.event_id);
    touched.insert(*ev);
  }
  return Recompute(touched);
}

Result<int64_t> PostgresStore::Attach(const Event& e, const std::string& doc_id) {
  int64_t day = 0;
  bool has_day = dates::FirstDay(e.date, &day);
  bool tolerant = has_day && (e.date_precision == "day" || e.date_precision == "week");
  Result<PgResult> found = Status::Error("");
  std::string source_key = internal::ActorKey(e.source), target_key = internal::ActorKey(e.target);
  const char* same = "SELECT id FROM events WHERE cameo = ? AND source_key IS NOT DISTINCT FROM ? "
                     "AND target_key IS NOT DISTINCT FROM ? AND date_precision IS NOT DISTINCT FROM ? AND ";
  if (tolerant) {
    found = Run(std::string(same) + "day BETWEEN ? AND ? ORDER BY abs(day - ?), id LIMIT 1",
                {e.cameo, source_key, target_key, e.date_precision,
                 day - options_.merge_tolerance_days, day + options_.merge_tolerance_days, day});
  } else {
    found = Run(std::string(same) + "date IS NOT DISTINCT FROM ? ORDER BY id LIMIT 1",
                {e.cameo, source_key, target_key, e.date_precision, e.date});
  }
  if (!found) return found.status();
  if (PQntuples(found->get()) > 0) return static_cast<int64_t>(std::strtoll(PQgetvalue(found->get(), 0, 0), nullptr, 10));
  Params p = {e.date, e.date_precision};
  if (has_day) p.push_back(day); else p.push_back(std::string());
  p.push_back(source_key);
  p.push_back(target_key);
  for (const Actor* a : {&e.source, &e.target}) {
    p.push_back(a->code); p.push_back(a->country); p.push_back(a->role); p.push_back(a->name);
  }
  for (const SqlValue& v : Params{e.cameo, e.cameo_root, e.goldstein, static_cast<int64_t>(e.quad_class), e.plover,
                                  doc_id, static_cast<int64_t>(e.sentence)})
    p.push_back(v);
  for (const SqlValue& v : internal::LocationValues(e.location)) p.push_back(v);
  auto ins = Run(R"sql(INSERT INTO events(date, date_precision, day, source_key, target_key,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover, first_doc, first_sentence,
      location_name, location_country, location_admin1, location_lat, location_lon,
      location_precision, location_text)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id)sql", p);
  if (!ins) return ins.status();
  return static_cast<int64_t>(std::strtoll(PQgetvalue(ins->get(), 0, 0), nullptr, 10));
}

Status PostgresStore::AddMention(const Event& e, const std::string& doc_id, int64_t event_id) {
  Params p = {event_id, doc_id, static_cast<int64_t>(e.sentence), e.date, e.date_precision};
  for (const Actor* a : {&e.source, &e.target}) {
    p.push_back(a->code); p.push_back(a->country); p.push_back(a->role); p.push_back(a->name);
  }
  for (const SqlValue& v : Params{e.cameo, e.cameo_root, e.goldstein, static_cast<int64_t>(e.quad_class), e.plover,
                                  e.reported_by.code, e.reported_by.country, e.reported_by.role, e.reported_by.name,
                                  e.evidence.text, static_cast<int64_t>(e.evidence.start),
                                  static_cast<int64_t>(e.evidence.end), e.trigger,
                                  static_cast<int64_t>(e.trigger_start), static_cast<int64_t>(e.trigger_end),
                                  e.pattern})
    p.push_back(v);
  for (const SqlValue& v : internal::LocationValues(e.location)) p.push_back(v);
  auto ins = Run(R"sql(INSERT INTO mentions(event_id, doc_id, sentence, date, date_precision,
      source_code, source_country, source_role, source_name,
      target_code, target_country, target_role, target_name,
      cameo, cameo_root, goldstein, quad_class, plover,
      reported_by_code, reported_by_country, reported_by_role, reported_by_name,
      evidence_text, evidence_start, evidence_end, trigger_text, trigger_start, trigger_end, pattern,
      location_name, location_country, location_admin1, location_lat, location_lon,
      location_precision, location_text)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))sql", p);
  if (!ins) return ins.status();
  for (const Actor* a : {&e.source, &e.target, &e.reported_by}) {
    if (a->code.empty()) continue;
    auto r = Run("INSERT INTO actors(code, country, role, name) VALUES (?,?,?,?) ON CONFLICT (code) DO NOTHING",
                 {a->code, a->country, a->role, a->name});
    if (!r) return r.status();
  }
  return Status::Ok();
}

Status PostgresStore::Recompute(const std::set<int64_t>& touched) {
  for (int64_t id : touched) {
    auto up = Run(R"sql(UPDATE events SET
        num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),
        num_articles = (SELECT count(DISTINCT doc_id) FROM mentions WHERE event_id = ?1),
        num_sources = (SELECT count(DISTINCT d.outlet) FROM mentions m JOIN documents d ON d.id = m.doc_id
                       WHERE m.event_id = ?1),
        first_doc = coalesce((SELECT doc_id FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), first_doc),
        first_sentence = coalesce((SELECT sentence FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), first_sentence)
        WHERE id = ?1)sql", {id});
    if (!up) return up.status();
    auto del = Run("DELETE FROM events WHERE id = ?1 AND num_mentions = 0", {id});
    if (!del) return del.status();
  }
  return Status::Ok();
}

Result<Store::PutResult> PostgresStore::Put(const Document& doc, const std::vector<Event>& events) {
  using R = Result<PutResult>;
  std::string hash = ContentHash(doc.raw);
  PutResult result = PutResult::kStored;
  auto fail = [&](const Status& s) {
    Run("ROLLBACK");
    return R::Error(doc.origin + ": " + s.message());
  };
  if (auto r = Run("BEGIN"); !r) return r.status();
  if (auto r = Run("SELECT pg_advisory_xact_lock(?)", {static_cast<int64_t>(kWriteLock)}); !r) return fail(r.status());
  auto old = Run("SELECT hash FROM documents WHERE id = ?", {doc.id});
  if (!old) return fail(old.status());
  std::set<int64_t> touched;
  if (PQntuples(old->get()) > 0) {
    if (PQgetvalue(old->get(), 0, 0) == hash) {
      Run("ROLLBACK");
      return PutResult::kUnchanged;
    }
    result = PutResult::kReplaced;
    auto ids = Run("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ? AND event_id IS NOT NULL", {doc.id});
    if (!ids) return fail(ids.status());
    for (int i = 0; i < PQntuples(ids->get()); ++i) touched.insert(std::strtoll(PQgetvalue(ids->get(), i, 0), nullptr, 10));
    for (const char* sql : {"DELETE FROM mentions WHERE doc_id = ?", "DELETE FROM documents WHERE id = ?"})
      if (auto r = Run(sql, {doc.id}); !r) return fail(r.status());
  }
  auto ins = Run("INSERT INTO documents(id, source, wire, url, title, date, text, hash, outlet) VALUES (?,?,?,?,?,?,?,?,?)",
                 {doc.id, doc.source, doc.wire, doc.url, doc.title, doc.date, doc.text.empty() ? doc.raw : doc.text,
                  hash, internal::Outlet(doc)});
  if (!ins) return fail(ins.status());
  for (const Event& e : events) {
    auto ev = Attach(e, doc.id);
    if (!ev) return fail(ev.status());
    if (Status s = AddMention(e, doc.id, *ev); !s) return fail(s);
    touched.insert(*ev);
  }
  if (Status s = Recompute(touched); !s) return fail(s);
  if (auto r = Run("COMMIT"); !r) return fail(r.status());
  return result;
}

Result<std::vector<Event>> PostgresStore::Events(size_t limit) const {
  std::string sql = std::string("SELECT ") + internal::kMentionColumns +
                    " FROM mentions m JOIN documents d ON d.id = m.doc_id"
                    " ORDER BY m.date DESC NULLS LAST, m.doc_id, m.sentence, m.id";
  Params p;
  if (limit) {
    sql += " LIMIT ?";
    p.push_back(static_cast<int64_t>(limit));
  }
  auto r = Run(sql, p);
  if (!r) return r.status();
  std::vector<Event> out;
  for (int i = 0; i < PQntuples(r->get()); ++i) {
    Row row{r->get(), i};
    out.push_back(internal::ReadMention(row).coded);
  }
  return out;
}

Status PostgresStore::ForEach(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) const {
  internal::Where w = BuildWhere(q);
  std::string sql = std::string("SELECT ") + internal::kEventColumns +
                    " FROM events e LEFT JOIN documents d ON d.id = e.first_doc" + w.Sql() +
                    " ORDER BY e.day DESC NULLS LAST, e.id DESC";
  if (q.limit) {
    sql += " LIMIT ?";
    w.params.push_back(static_cast<int64_t>(q.limit));
  }
  if (q.offset) {
    sql += " OFFSET ?";
    w.params.push_back(static_cast<int64_t>(q.offset));
  }
  auto r = Run(sql, w.params);
  if (!r) return r.status();
  std::string msql = std::string("SELECT ") + internal::kMentionColumns +
                     " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY m.id";
  for (int i = 0; i < PQntuples(r->get()); ++i) {
    Row row{r->get(), i};
    StoredEvent e = internal::ReadEvent(row);
    if (q.with_mentions) {
      auto m = Run(msql, {e.id});
      if (!m) return m.status();
      for (int k = 0; k < PQntuples(m->get()); ++k) {
        Row mrow{m->get(), k};
        e.mentions.push_back(internal::ReadMention(mrow));
      }
    }
    fn(e);
  }
  return Status::Ok();
}

Result<std::vector<SeriesPoint>> PostgresStore::Series(const EventQuery& q, Period by) const {
  internal::Where w = BuildWhere(q);
  std::string sql =
      "SELECT e.id, e.day, e.date_precision, e.quad_class, e.goldstein, e.num_mentions, d.outlet"
      " FROM events e JOIN mentions m ON m.event_id = e.id JOIN documents d ON d.id = m.doc_id" +
      w.Sql() + (w.empty() ? " WHERE" : " AND") + " e.day IS NOT NULL ORDER BY e.id";
  auto r = Run(sql, w.params);
  if (!r) return r.status();
  internal::SeriesBuilder b(by);
  for (int i = 0; i < PQntuples(r->get()); ++i) {
    Row row{r->get(), i};
    b.Add(row.ColInt(0), row.ColInt(1), row.Col(2), static_cast<int>(row.ColInt(3)), row.ColReal(4),
          static_cast<int>(row.ColInt(5)), row.Col(6));
  }
  return b.Finish();
}

Result<std::vector<Alert>> PostgresStore::Alerts(const AlertOptions& o) const {
  internal::AlertBuilder b(o);
  int64_t at = 0;
  if (!o.at.empty()) {
    if (!dates::FirstDay(o.at, &at)) return Status::Error("alerts: bad date '" + o.at + "'");
  } else {
    auto r = Run("SELECT max(day) FROM events WHERE date_precision IN (" + b.PrecisionList() + ")");
    if (!r) return r.status();
    if (PQgetisnull(r->get(), 0, 0)) return std::vector<Alert>{};
    at = std::strtoll(PQgetvalue(r->get(), 0, 0), nullptr, 10);
  }
  b.SetLast(at);
  auto r = Run("SELECT source_code, source_country, target_code, target_country, day, date_precision,"
               " quad_class, goldstein FROM events WHERE target_code IS NOT NULL AND day BETWEEN ? AND ?",
               {b.first_day(), b.last_day()});
  if (!r) return r.status();
  for (int i = 0; i < PQntuples(r->get()); ++i) {
    Row row{r->get(), i};
    b.Add(row.Col(0), row.Col(1), row.Col(2), row.Col(3), row.ColInt(4), row.Col(5),
          static_cast<int>(row.ColInt(6)), row.ColReal(7));
  }
  return b.Finish();
}

// The URL without its password, for messages.
std::string Redacted(const std::string& url) {
  size_t scheme = url.find("://");
  size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, StoreOptions options) {
  using R = Result<std::unique_ptr<Store>>;
  PGconn* conn = PQconnectdb(url.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string m = conn ? PQerrorMessage(conn) : "out of memory";
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    PQfinish(conn);
    return R::Error(Redacted(url) + ": " + m);
  }
  auto store = std::make_unique<PostgresStore>(conn, options);
  if (Status s = store->Init(); !s) return R::Error(Redacted(url) + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad

#endif  // DYAD_HAVE_LIBPQ
