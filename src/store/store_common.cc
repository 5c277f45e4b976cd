// Back-end independent parts of the store: opening by path or URL, filters, dates,
// series and alert arithmetic.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "dyad/store.h"
#include "store/store_internal.h"

namespace dyad {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, StoreOptions options);

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  if (path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0)
    return OpenPostgresStore(path, options);
  return OpenSqliteStore(path, options);
}

Result<std::vector<StoredEvent>> Store::Query(const EventQuery& q) const {
  std::vector<StoredEvent> out;
  Status s = ForEach(q, [&](const StoredEvent& e) { out.push_back(e); });
  if (!s) return s;
  return out;
}

bool ParsePeriod(const std::string& name, Period* out) {
  if (name == "day") *out = Period::kDay;
  else if (name == "week") *out = Period::kWeek;
  else if (name == "month") *out = Period::kMonth;
  else return false;
  return true;
}

namespace dates {
namespace {

// Days from 1970-01-01 of a civil date (proleptic Gregorian), after H. Hinnant.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (*m <= 2));
}

bool Digits(const std::string& s, size_t at, size_t n, int* out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool FirstDay(const std::string& date_in, int64_t* day) {
  std::string date = date_in.substr(0, date_in.find('/'));
  int y = 0, m = 1, d = 1;
  if (!Digits(date, 0, 4, &y)) return false;
  if (date.size() == 4) {
  } else if (date.size() == 7 && date[4] == '-' && Digits(date, 5, 2, &m)) {
  } else if (date.size() == 10 && date[4] == '-' && date[7] == '-' && Digits(date, 5, 2, &m) &&
             Digits(date, 8, 2, &d)) {
  } else {
    return false;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *day = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

std::string DayString(int64_t day) {
  int y;
  unsigned m, d;
  CivilFromDays(day, &y, &m, &d);
  char buf[48];
  snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

int64_t PeriodStart(int64_t day, Period by) {
  switch (by) {
    case Period::kDay: return day;
    case Period::kWeek: return day - (((day + 3) % 7) + 7) % 7;  // 1970-01-01 was a Thursday
    case Period::kMonth: {
      int y;
      unsigned m, d;
      CivilFromDays(day, &y, &m, &d);
      return DaysFromCivil(y, m, 1);
    }
  }
  return day;
}

std::string PeriodLabel(int64_t day, Period by) {
  std::string s = DayString(PeriodStart(day, by));
  return by == Period::kMonth ? s.substr(0, 7) : s;
}

int64_t NextPeriod(int64_t start, Period by) {
  switch (by) {
    case Period::kDay: return start + 1;
    case Period::kWeek: return start + 7;
    case Period::kMonth: return PeriodStart(start + 31, Period::kMonth);
  }
  return start + 1;
}

}  // namespace dates

namespace internal {

std::string Where::Sql() const {
  if (clauses.empty()) return "";
  std::string s = " WHERE ";
  for (size_t i = 0; i < clauses.size(); ++i) s += (i ? " AND (" : "(") + clauses[i] + ")";
  return s;
}

std::string PrefixEnd(const std::string& prefix) {
  std::string s = prefix;
  while (!s.empty() && static_cast<unsigned char>(s.back()) == 0xff) s.pop_back();
  if (s.empty()) return std::string(1, '\xff');
  s.back() = static_cast<char>(static_cast<unsigned char>(s.back()) + 1);
  return s;
}

std::vector<std::string> QueryWords(const std::string& text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      cur += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

std::string ActorKey(const std::string& code, const std::string& name) {
  if (!code.empty()) return code;
  std::string key;
  bool space = false;  // white space seen since the last word
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    unsigned char next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c == 0xC2 && next == 0xA0)) {
      if (c == 0xC2) ++i;
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c + 32);
    } else if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      // U+00C0..U+00DE, but the multiplication sign: the lower case is 0x20 further.
      key += static_cast<char>(c);
      key += static_cast<char>(next + 0x20);
      ++i;
    } else {
      key += static_cast<char>(c);
    }
  }
  return key.empty() ? key : "name:" + key;
}

std::string Outlet(const Document& doc) {
  if (!doc.source.empty()) return doc.source;
  if (!doc.wire.empty()) return doc.wire;
  if (!doc.url.empty()) {
    std::string u = doc.url;
    size_t at = u.find("://");
    u = at == std::string::npos ? u : u.substr(at + 3);
    u = u.substr(0, u.find_first_of("/?#"));
    if (u.rfind("www.", 0) == 0) u = u.substr(4);
    if (!u.empty()) return u;
  }
  return doc.id;
}

namespace {

// The day bounds of a query, repeated inside candidate subqueries so that each arm filters
// on the day column of its (covering) index.
struct DayBounds {
  std::string sql;
  std::vector<SqlValue> params;
};

// The ids of events whose `side` actor matches `a` (a code prefix or a country) and whose
// other actor matches `b`: one arm per way `side` can match, each led by an index.
std::string DyadArms(const std::string& side, const std::string& other, const std::string& a,
                     const std::string& b, const DayBounds& days, std::vector<SqlValue>* p) {
  std::string other_match = "((" + other + "_code >= ? AND " + other + "_code < ?) OR " + other + "_country = ?)";
  std::string s = "SELECT id FROM events WHERE " + side + "_code >= ? AND " + side + "_code < ? AND " + other_match +
                  days.sql + " UNION ALL SELECT id FROM events WHERE " + side + "_country = ? AND " + other_match +
                  days.sql;
  for (const SqlValue& v : std::vector<SqlValue>{a, PrefixEnd(a), b, PrefixEnd(b), b}) p->push_back(v);
  p->insert(p->end(), days.params.begin(), days.params.end());
  for (const SqlValue& v : std::vector<SqlValue>{a, b, PrefixEnd(b), b}) p->push_back(v);
  p->insert(p->end(), days.params.begin(), days.params.end());
  return s;
}

}  // namespace

void BuildWhere(const EventQuery& q, Where* w) {
  auto& p = w->params;
  DayBounds days;
  int64_t from_day = 0, to_day = 0;
  bool has_from = !q.from.empty() && dates::FirstDay(q.from, &from_day);
  bool has_to = !q.to.empty() && dates::FirstDay(q.to, &to_day);
  if (has_from) { days.sql += " AND day >= ?"; days.params.push_back(from_day); }
  if (has_to) { days.sql += " AND day <= ?"; days.params.push_back(to_day); }
  // Actors and dyads are selective: their events are found through the code and country
  // indexes, in subqueries, and the rest of the filters apply to those.
  if (!q.actor.empty()) {
    w->clauses.push_back("e.id IN (SELECT id FROM events WHERE source_code >= ? AND source_code < ?" + days.sql +
                         " UNION ALL SELECT id FROM events WHERE target_code >= ? AND target_code < ?" + days.sql + ")");
    for (int side = 0; side < 2; ++side) {
      p.push_back(q.actor);
      p.push_back(PrefixEnd(q.actor));
      p.insert(p.end(), days.params.begin(), days.params.end());
    }
  }
  if (!q.dyad_a.empty() && !q.dyad_b.empty()) {
    std::string c = "e.id IN (" + DyadArms("source", "target", q.dyad_a, q.dyad_b, days, &p);
    if (!q.directed) c += " UNION ALL " + DyadArms("target", "source", q.dyad_a, q.dyad_b, days, &p);
    w->clauses.push_back(c + ")");
  }
  if (!q.country.empty()) {
    w->clauses.push_back("e.source_country = ? OR e.target_country = ?");
    p.push_back(q.country); p.push_back(q.country);
  }
  if (q.id) { w->clauses.push_back("e.id = ?"); p.push_back(q.id); }
  if (!q.code.empty()) { w->clauses.push_back("e.cameo = ?"); p.push_back(q.code); }
  if (!q.root.empty()) { w->clauses.push_back("e.cameo_root = ?"); p.push_back(q.root); }
  if (q.quad) { w->clauses.push_back("e.quad_class = ?"); p.push_back(static_cast<int64_t>(q.quad)); }
  if (has_from) { w->clauses.push_back("e.day >= ?"); p.push_back(from_day); }
  if (has_to) { w->clauses.push_back("e.day <= ?"); p.push_back(to_day); }
  if (!q.reported_by.empty()) {
    w->clauses.push_back("e.id IN (SELECT event_id FROM mentions WHERE reported_by_code >= ? AND reported_by_code < ?)");
    p.push_back(q.reported_by); p.push_back(PrefixEnd(q.reported_by));
  }
  std::vector<std::string> words = QueryWords(q.text);
  if (!words.empty()) {
    if (!w->text_sql.empty()) {
      std::string match;
      for (const auto& word : words)
        match += w->text_plain ? (match.empty() ? "" : " ") + word : (match.empty() ? "\"" : " \"") + word + "\"";
      w->clauses.push_back(w->text_sql);
      p.push_back(match);
    } else {
      for (const auto& word : words) {
        w->clauses.push_back("e.id IN (SELECT event_id FROM mentions WHERE instr(lower(evidence_text), ?) > 0)");
        p.push_back(word);
      }
    }
  }
}

bool Bucketed(const std::string& precision, Period by) {
  if (precision == "day") return true;
  if (precision == "week") return by != Period::kDay;
  if (precision == "month") return by == Period::kMonth;
  return false;
}

void SeriesBuilder::Add(int64_t event_id, int64_t day, const std::string& precision, int quad,
                        double goldstein, int mentions, const std::string& outlet) {
  if (event_id != last_event_) {
    last_event_ = event_id;
    current_ = nullptr;
    if (!Bucketed(precision, by_)) return;
    current_ = &acc_[dates::PeriodStart(day, by_)];
    SeriesPoint& p = current_->p;
    ++p.events;
    if (quad >= 1 && quad <= 4) ++p.quad[quad];
    p.mentions += mentions;
    p.goldstein_sum += goldstein;
  }
  if (current_ && !outlet.empty()) current_->outlets.insert(outlet);
}

std::vector<SeriesPoint> SeriesBuilder::Finish() {
  std::vector<SeriesPoint> out;
  if (acc_.empty()) return out;
  int64_t last = acc_.rbegin()->first;
  for (int64_t p = acc_.begin()->first; p <= last; p = dates::NextPeriod(p, by_)) {
    SeriesPoint pt;
    if (auto it = acc_.find(p); it != acc_.end()) {
      pt = it->second.p;
      pt.sources = static_cast<int>(it->second.outlets.size());
      pt.goldstein_mean = pt.events ? pt.goldstein_sum / pt.events : 0;
    }
    pt.period = dates::PeriodLabel(p, by_);
    out.push_back(pt);
  }
  return out;
}

std::string AlertBuilder::PrecisionList() const {
  switch (o_.by) {
    case Period::kDay: return "'day'";
    case Period::kWeek: return "'day','week'";
    case Period::kMonth: return "'day','week','month'";
  }
  return "'day'";
}

void AlertBuilder::SetLast(int64_t day) {
  int64_t last = dates::PeriodStart(day, o_.by);
  starts_.assign(1, last);
  for (int k = 0; k < std::max(o_.window, 1); ++k) starts_.insert(starts_.begin(), dates::PeriodStart(starts_.front() - 1, o_.by));
  end_ = dates::NextPeriod(last, o_.by) - 1;
}

void AlertBuilder::Add(const std::string& source_code, const std::string& source_country,
                       const std::string& target_code, const std::string& target_country, int64_t day,
                       const std::string& precision, int quad, double goldstein) {
  if (!Bucketed(precision, o_.by) || day < starts_.front() || day > end_) return;
  std::string a = !source_country.empty() ? source_country : source_code.substr(0, 3);
  std::string b = !target_country.empty() ? target_country : target_code.substr(0, 3);
  if (a.empty() || b.empty()) return;
  if (b < a) std::swap(a, b);
  int64_t start = dates::PeriodStart(day, o_.by);
  size_t idx = std::lower_bound(starts_.begin(), starts_.end(), start) - starts_.begin();
  if (idx >= starts_.size()) return;
  Acc& acc = acc_[{a, b}];
  if (acc.conflict.empty()) {
    acc.conflict.assign(starts_.size(), 0);
    acc.goldstein.assign(starts_.size(), 0.0);
  }
  if (quad == 3 || quad == 4) ++acc.conflict[idx];
  acc.goldstein[idx] += goldstein;
  ++acc.events;
}

std::vector<Alert> AlertBuilder::Finish() {
  std::vector<Alert> out;
  size_t n = starts_.size() - 1;  // window periods; the last index is the last period
  auto stats = [n](auto const& v, double* mean, double* sd) {
    double s = 0, s2 = 0;
    for (size_t i = 0; i < n; ++i) s += v[i];
    *mean = s / n;
    for (size_t i = 0; i < n; ++i) s2 += (v[i] - *mean) * (v[i] - *mean);
    *sd = std::sqrt(s2 / n);
  };
  for (const auto& [dyad, acc] : acc_) {
    if (acc.events < o_.min_events) continue;
    Alert a;
    a.side_a = dyad.first;
    a.side_b = dyad.second;
    a.period = dates::PeriodLabel(starts_.back(), o_.by);
    a.events = acc.events;
    a.conflict = acc.conflict[n];
    stats(acc.conflict, &a.conflict_mean, &a.conflict_sd);
    a.conflict_z = (a.conflict - a.conflict_mean) / std::max(a.conflict_sd, 1.0);
    a.goldstein = acc.goldstein[n];
    stats(acc.goldstein, &a.goldstein_mean, &a.goldstein_sd);
    a.goldstein_z = (a.goldstein - a.goldstein_mean) / std::max(a.goldstein_sd, 1.0);
    if (std::fabs(a.conflict_z) >= o_.threshold || std::fabs(a.goldstein_z) >= o_.threshold) out.push_back(a);
  }
  std::stable_sort(out.begin(), out.end(), [](const Alert& x, const Alert& y) {
    return std::max(std::fabs(x.conflict_z), std::fabs(x.goldstein_z)) >
           std::max(std::fabs(y.conflict_z), std::fabs(y.goldstein_z));
  });
  return out;
}

}  // namespace internal
}  // namespace dyad
