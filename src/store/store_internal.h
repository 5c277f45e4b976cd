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

}  // namespace internal
}  // namespace dyad
