// Pieces shared by the store back ends: query filters as SQL with bound parameters,
// series and alert aggregation.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "dyad/store.h"

namespace dyad {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, StoreOptions options);

namespace internal {

using SqlValue = std::variant<std::string, int64_t, double>;

// A WHERE clause over `events e` with `?` placeholders and their values, in order.
struct Where {
  std::vector<std::string> clauses;
  std::vector<SqlValue> params;
  // The clause for EventQuery::text with one `?` for the full-text query ("w1" "w2");
  // empty: each word is matched with instr() on the lower-cased evidence instead.
  std::string text_sql;
  bool text_plain = false;  // the text clause takes the words joined by spaces, unquoted
  bool empty() const { return clauses.empty(); }
  std::string Sql() const;  // " WHERE a AND b", or "" when there is no filter
};

void BuildWhere(const EventQuery& q, Where* w);

// The first string after every string that starts with `prefix` ("RUS" -> "RUT").
std::string PrefixEnd(const std::string& prefix);

// The words of a text query, lower-cased ASCII letters and digits (other bytes kept).
std::vector<std::string> QueryWords(const std::string& text);

// A document's outlet: source, else wire, else the URL's host, else its id.
std::string Outlet(const Document& doc);

// The merge key of an event's side (schema 4, columns events.source_key/target_key): the
// actor's code when it has one; for a name-only actor (no code, a name: docs/actors.md)
// "name:" and its name case-folded (ASCII and Latin-1 letters) with runs of white space
// (ASCII, no-break space) made one space and trimmed: "name:joseph kabila". A code never
// holds ':', so the two kinds cannot meet. Empty (NULL) when the side has neither.
// Stored keys depend on this function: changing it needs a schema migration.
std::string ActorKey(const std::string& code, const std::string& name);
inline std::string ActorKey(const Actor& a) { return ActorKey(a.code, a.name); }

// Whether an event of this date precision is counted in buckets of `by`.
bool Bucketed(const std::string& precision, Period by);

class SeriesBuilder {
 public:
  explicit SeriesBuilder(Period by) : by_(by) {}
  // One row per (event, outlet of one of its mentions), rows of an event consecutive.
  void Add(int64_t event_id, int64_t day, const std::string& precision, int quad, double goldstein,
           int mentions, const std::string& outlet);
  std::vector<SeriesPoint> Finish();

 private:
  struct Acc {
    SeriesPoint p;
    std::set<std::string> outlets;
  };
  Period by_;
  int64_t last_event_ = -1;
  Acc* current_ = nullptr;
  std::map<int64_t, Acc> acc_;
};

class AlertBuilder {
 public:
  explicit AlertBuilder(const AlertOptions& o) : o_(o) {}
  std::string PrecisionList() const;  // SQL list of the bucketed precisions: 'day','week'
  void SetLast(int64_t day);          // the last period is the one containing `day`
  int64_t first_day() const { return starts_.front(); }
  int64_t last_day() const { return end_; }
  void Add(const std::string& source_code, const std::string& source_country,
           const std::string& target_code, const std::string& target_country, int64_t day,
           const std::string& precision, int quad, double goldstein);
  std::vector<Alert> Finish();

 private:
  struct Acc {
    std::vector<int> conflict;
    std::vector<double> goldstein;
    int events = 0;
  };
  AlertOptions o_;
  std::vector<int64_t> starts_;  // window periods then the last one, oldest first
  int64_t end_ = 0;
  std::map<std::pair<std::string, std::string>, Acc> acc_;
};

// An event's location as stored: columns location_name, location_country,
// location_admin1, location_lat, location_lon, location_precision, location_text (schema
// 3) of mentions and events; NULL everywhere when the event has no location.
inline constexpr const char* kLocationColumnNames =
    "location_name, location_country, location_admin1, location_lat, location_lon, "
    "location_precision, location_text";
inline constexpr int kLocationColumnCount = 7;

inline std::vector<SqlValue> LocationValues(const Location& l) {
  if (l.empty()) return std::vector<SqlValue>(kLocationColumnCount, std::string());
  return {l.name, l.country, l.admin1, l.lat, l.lon, l.precision, l.text};
}

template <class Row>
Location ReadLocation(Row& st, int& i) {
  Location l;
  l.name = st.Col(i++);
  l.country = st.Col(i++);
  l.admin1 = st.Col(i++);
  l.lat = st.ColNull(i) ? 0 : st.ColReal(i);
  ++i;
  l.lon = st.ColNull(i) ? 0 : st.ColReal(i);
  ++i;
  l.precision = st.Col(i++);
  l.text = st.Col(i++);
  return l;
}

// Rows of mentions and merged events; Row has Col, ColInt, ColReal, ColNull by column.
// The columns of a mention, in the order ReadMention expects.
inline constexpr const char* kMentionColumns = R"sql(m.id, m.event_id, m.doc_id, m.sentence, m.date, m.date_precision,
      m.source_code, m.source_country, m.source_role, m.source_name,
      m.target_code, m.target_country, m.target_role, m.target_name,
      m.cameo, m.cameo_root, m.goldstein, m.quad_class, m.plover,
      m.reported_by_code, m.reported_by_country, m.reported_by_role, m.reported_by_name,
      m.evidence_text, m.evidence_start, m.evidence_end, m.trigger_text, m.trigger_start, m.trigger_end,
      m.pattern, d.outlet, d.url,
      m.location_name, m.location_country, m.location_admin1, m.location_lat, m.location_lon,
      m.location_precision, m.location_text)sql";

template <class Row>
Mention ReadMention(Row& st) {
  Mention mn;
  Event& e = mn.coded;
  int i = 0;
  mn.id = st.ColInt(i++);
  mn.event_id = st.ColInt(i++);
  e.doc_id = st.Col(i++);
  e.sentence = static_cast<int>(st.ColInt(i++));
  e.date = st.Col(i++);
  e.date_precision = st.Col(i++);
  for (Actor* a : {&e.source, &e.target}) {
    a->code = st.Col(i++); a->country = st.Col(i++); a->role = st.Col(i++); a->name = st.Col(i++);
  }
  e.cameo = st.Col(i++); e.cameo_root = st.Col(i++);
  e.goldstein = st.ColReal(i++);
  e.quad_class = static_cast<int>(st.ColInt(i++));
  e.plover = st.Col(i++);
  e.reported_by.code = st.Col(i++); e.reported_by.country = st.Col(i++);
  e.reported_by.role = st.Col(i++); e.reported_by.name = st.Col(i++);
  e.evidence.text = st.Col(i++);
  e.evidence.start = static_cast<uint32_t>(st.ColInt(i++));
  e.evidence.end = static_cast<uint32_t>(st.ColInt(i++));
  e.trigger = st.Col(i++);
  e.trigger_start = static_cast<uint32_t>(st.ColInt(i++));
  e.trigger_end = static_cast<uint32_t>(st.ColInt(i++));
  e.pattern = st.Col(i++);
  mn.outlet = st.Col(i++);
  mn.url = st.Col(i++);
  e.location = ReadLocation(st, i);
  return mn;
}

inline constexpr const char* kEventColumns = R"sql(e.id, e.date, e.date_precision,
      e.source_code, e.source_country, e.source_role, e.source_name,
      e.target_code, e.target_country, e.target_role, e.target_name,
      e.cameo, e.cameo_root, e.goldstein, e.quad_class, e.plover,
      e.num_mentions, e.num_sources, e.num_articles, e.first_doc, d.url, e.date_added,
      e.first_sentence,
      e.location_name, e.location_country, e.location_admin1, e.location_lat, e.location_lon,
      e.location_precision, e.location_text)sql";

template <class Row>
StoredEvent ReadEvent(Row& st) {
  StoredEvent e;
  int i = 0;
  e.id = st.ColInt(i++);
  e.date = st.Col(i++);
  e.date_precision = st.Col(i++);
  for (Actor* a : {&e.source, &e.target}) {
    a->code = st.Col(i++); a->country = st.Col(i++); a->role = st.Col(i++); a->name = st.Col(i++);
  }
  e.cameo = st.Col(i++); e.cameo_root = st.Col(i++);
  e.goldstein = st.ColReal(i++);
  e.quad_class = static_cast<int>(st.ColInt(i++));
  e.plover = st.Col(i++);
  e.num_mentions = static_cast<int>(st.ColInt(i++));
  e.num_sources = static_cast<int>(st.ColInt(i++));
  e.num_articles = static_cast<int>(st.ColInt(i++));
  e.first_doc = st.Col(i++);
  e.source_url = st.Col(i++);
  e.date_added = st.Col(i++);
  e.root_event = !st.ColNull(i) && st.ColInt(i) == 0;
  ++i;
  e.location = ReadLocation(st, i);
  return e;
}

}  // namespace internal
}  // namespace dyad
