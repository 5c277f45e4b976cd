#include "serve/params.h"

#include <chrono>
#include <cstdlib>

namespace dyad::serve {
namespace {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool CodeChars(const std::string& s) {
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

const std::set<std::string>& FilterNames() {
  static const std::set<std::string> names = {"actor", "dyad", "directed", "country", "code", "root",
                                              "quad", "from", "to", "reported_by", "text"};
  return names;
}

}  // namespace

bool ValidDay(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::atoi(s.substr(0, 4).c_str());
  unsigned m = static_cast<unsigned>(std::atoi(s.substr(5, 2).c_str()));
  unsigned d = static_cast<unsigned>(std::atoi(s.substr(8, 2).c_str()));
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}.ok();
}

std::string Get(const Params& params, const std::string& key) {
  auto range = params.equal_range(key);
  std::string v;
  for (auto it = range.first; it != range.second; ++it) v = it->second;
  return v;
}

Result<size_t> ParseCount(const Params& params, const std::string& key, size_t def, size_t min, size_t max) {
  std::string v = Get(params, key);
  if (v.empty()) return def;
  if (!AllDigits(v) || v.size() > 12)
    return Result<size_t>::Error(key + " must be a whole number, not '" + v + "'");
  size_t n = std::stoull(v);
  if (n < min || n > max)
    return Result<size_t>::Error(key + " must be between " + std::to_string(min) + " and " + std::to_string(max));
  return n;
}

Status ParseEventQuery(const Params& params, const std::set<std::string>& extra, EventQuery* q) {
  for (const auto& [key, value] : params)
    if (!FilterNames().count(key) && !extra.count(key)) return Status::Error("unknown parameter '" + key + "'");
  auto code_param = [&](const std::string& key, std::string* out) -> Status {
    std::string v = Get(params, key);
    if (v.size() > 32 || !CodeChars(v)) return Status::Error(key + " must be an actor code (letters and digits), not '" + v + "'");
    *out = Upper(v);
    return Status::Ok();
  };
  if (Status s = code_param("actor", &q->actor); !s) return s;
  if (Status s = code_param("reported_by", &q->reported_by); !s) return s;
  if (std::string dy = Get(params, "dyad"); !dy.empty()) {
    size_t comma = dy.find(',');
    std::string a = comma == std::string::npos ? "" : dy.substr(0, comma);
    std::string b = comma == std::string::npos ? "" : dy.substr(comma + 1);
    if (a.empty() || b.empty() || !CodeChars(a) || !CodeChars(b) || dy.size() > 65)
      return Status::Error("dyad must be two codes, A,B, not '" + dy + "'");
    q->dyad_a = Upper(a);
    q->dyad_b = Upper(b);
  }
  if (std::string d = Get(params, "directed"); !d.empty()) {
    if (d != "1" && d != "0" && d != "true" && d != "false")
      return Status::Error("directed must be 1 or 0, not '" + d + "'");
    q->directed = d == "1" || d == "true";
    if (q->directed && q->dyad_a.empty()) return Status::Error("directed needs dyad=A,B");
  }
  if (std::string c = Get(params, "country"); !c.empty()) {
    if (c.size() != 3 || !CodeChars(c)) return Status::Error("country must be an ISO 3166 alpha-3 code, not '" + c + "'");
    q->country = Upper(c);
  }
  if (std::string c = Get(params, "code"); !c.empty()) {
    if (!AllDigits(c) || c.size() < 2 || c.size() > 4) return Status::Error("code must be a CAMEO code (2-4 digits), not '" + c + "'");
    q->code = c;
  }
  if (std::string r = Get(params, "root"); !r.empty()) {
    if (!AllDigits(r) || r.size() != 2) return Status::Error("root must be a CAMEO root (2 digits), not '" + r + "'");
    q->root = r;
  }
  if (std::string quad = Get(params, "quad"); !quad.empty()) {
    if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4') return Status::Error("quad must be 1, 2, 3 or 4, not '" + quad + "'");
    q->quad = quad[0] - '0';
  }
  for (auto [key, field] : {std::pair{"from", &q->from}, std::pair{"to", &q->to}}) {
    *field = Get(params, key);
    if (!field->empty() && !ValidDay(*field))
      return Status::Error(std::string(key) + " must be a date, YYYY-MM-DD, not '" + *field + "'");
  }
  if (!q->from.empty() && !q->to.empty() && q->from > q->to) return Status::Error("from is after to");
  q->text = Get(params, "text");
  if (q->text.size() > 500) return Status::Error("text is too long (500 bytes at most)");
  return Status::Ok();
}

}  // namespace dyad::serve
