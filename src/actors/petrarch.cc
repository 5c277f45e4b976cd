// Importers for TABARI/PETRARCH actor and agent dictionaries, so users keep theirs.
// Formats: ../shared/reference/petrarch2/dictionaries-format.rst (PETRARCH docs).
//   Actors:  PHRASE [CODE]        a name and its default code
//            +PHRASE               a synonym of the record above
//            \t[CODE restriction]  a dated code: <date, >date, date-date (inclusive)
//   Agents:  PHRASE {PLURALS} [~ROLE]; "!SET! = A, B" substitution sets.
// Phrases use underscores for spaces; a trailing "_" stops plural generation.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

#include "dyad/actor.h"

namespace dyad::actors {
namespace {

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

std::string Phrase(std::string p) {
  p = Trim(p);
  while (!p.empty() && p.back() == '_') p.pop_back();
  for (auto& c : p)
    if (c == '_') c = ' ';
  return Trim(p);
}

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return s;
}

// PETRARCH writes every name in capitals, so capitals there say nothing of how the news
// writes a name. dyad's rule that short all-capital names match only in capitals (FORMAT.md,
// up to 4 letters) is kept for imports only up to 3 letters, as before ("US", "IS" must not
// match "us", "is"); names of 4 letters ("IRAN", "CUBA", "ARMY") are given in lower case so
// that they match as written in the news ("Iran", "army").
std::string ImportedName(const std::string& name) {
  size_t letters = 0;
  for (char c : name) {
    if (c == '.') continue;
    if (!isupper(static_cast<unsigned char>(c))) return name;
    ++letters;
  }
  if (letters != 4) return name;
  std::string lower = name;
  for (auto& c : lower) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return lower;
}

// YYYYMMDD or YYMMDD -> YYYY-MM-DD; `days` shifts the result (for inclusive ends).
std::string IsoDate(const std::string& d, int days = 0) {
  std::string digits;
  for (char c : d)
    if (isdigit(static_cast<unsigned char>(c))) digits += c;
  if (digits.size() == 6) digits = (std::stoi(digits.substr(0, 2)) > 30 ? "19" : "20") + digits;
  if (digits.size() != 8) return "";
  using namespace std::chrono;
  year_month_day ymd{year{std::stoi(digits.substr(0, 4))},
                     month{static_cast<unsigned>(std::stoi(digits.substr(4, 2)))},
                     day{static_cast<unsigned>(std::stoi(digits.substr(6, 2)))}};
  if (!ymd.ok()) return "";
  ymd = year_month_day{sys_days{ymd} + std::chrono::days{days}};
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
           static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// IsoDate for dates as found in real dictionaries: a stray digit ("1920030320",
// ">201005011") is dropped when the first or last eight digits make a date in 1900-2099.
std::string LenientIsoDate(const std::string& d, int days = 0) {
  std::string digits;
  for (char c : d) {
    if (isdigit(static_cast<unsigned char>(c))) digits += c;
    else return "";
  }
  if (digits.size() == 6 || digits.size() == 8) return IsoDate(digits, days);
  if (digits.size() < 9 || digits.size() > 10) return "";
  for (const std::string& cand : {digits.substr(digits.size() - 8), digits.substr(0, 8)}) {
    std::string iso = IsoDate(cand, days);
    if (!iso.empty() && (iso.rfind("19", 0) == 0 || iso.rfind("20", 0) == 0)) return iso;
  }
  return "";
}

// Splits "NAME [CODE] # comment" into name and code.
void SplitRecord(const std::string& line, std::string* name, std::string* code) {
  std::string body = line.substr(0, line.find('#'));
  size_t semi = body.find(';');
  if (semi != std::string::npos) body = body.substr(0, semi);
  size_t open = body.find('['), close = body.find(']');
  size_t brace = body.find('{');
  size_t name_end = std::min(open, brace);
  *name = Phrase(body.substr(0, name_end));
  code->clear();
  if (open != std::string::npos && close != std::string::npos && close > open)
    *code = Trim(body.substr(open + 1, close - open - 1));
}

}  // namespace

Status Dictionary::LoadPetrarchActors(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open PETRARCH actor dictionary");
  std::string line;
  int number = 0, current = -1;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t = Trim(line);
    // Comments: "#", and XML-style lines ("<!--", "<! --" as PETRARCH's own files write).
    if (t.empty() || t[0] == '#' || t.rfind("<!", 0) == 0) continue;
    if (t[0] == '[' && (line[0] == '\t' || line[0] == ' ')) {
      // Date restriction of the current record.
      if (current < 0) return Status::Error(path + ":" + std::to_string(number) + ": date restriction outside a record");
      std::string inner = t.substr(1, t.find(']') == std::string::npos ? std::string::npos : t.find(']') - 1);
      std::istringstream ss(inner);
      std::string code, restriction, part;
      ss >> code;
      while (ss >> part) restriction += part;  // "> 140608" is written with a space too
      DatedRole role;
      role.code = Upper(code);
      if (restriction.empty()) {
        // "\t[CODE]" alone is the record's default code ("SOME_GROUP_" then "\t[XYZREB]").
        entries_[current].other = role.code;
        if (entries_[current].kind != Kind::kPerson && entries_[current].code.empty())
          entries_[current].code = role.code;
        continue;
      }
      // A restriction whose dates cannot be read (a seven-digit date, as in Phoenix's files) is
      // skipped: the record keeps its other codes, and one typo does not lose the file.
      if (restriction[0] == '<') {
        role.to = LenientIsoDate(restriction.substr(1), 1);
        if (role.to.empty()) continue;
      } else if (restriction[0] == '>') {
        role.from = LenientIsoDate(restriction.substr(1));
        if (role.from.empty()) continue;
      } else {
        size_t dash = restriction.find('-');
        // A bare date (Phoenix writes "[XYZGOV 20121204]" for an office still held when
        // the file was made): the code applies from that date on.
        role.from = LenientIsoDate(restriction.substr(0, dash));
        if (dash != std::string::npos) role.to = LenientIsoDate(restriction.substr(dash + 1), 1);
        if (role.from.empty() || (dash != std::string::npos && role.to.empty())) continue;
      }
      entries_[current].kind = Kind::kPerson;
      entries_[current].roles.push_back(role);
      continue;
    }
    if (t[0] == '+') {
      if (current < 0) return Status::Error(path + ":" + std::to_string(number) + ": synonym outside a record");
      std::string name, code;
      SplitRecord(t.substr(1), &name, &code);
      if (!name.empty()) AddName(current, ImportedName(name));
      continue;
    }
    std::string name, code;
    SplitRecord(t, &name, &code);
    if (name.empty()) continue;
    Entry e;
    e.kind = Kind::kOrg;
    e.code = Upper(code);
    e.other = e.code;
    e.canonical = name;
    e.file = path;
    e.line = number;
    current = NewEntry(e);
    AddName(current, ImportedName(name));
  }
  // Records that got no code and no dated roles would code to nothing: drop their names
  // by leaving them codeless (Find skips empty codes).
  return Status::Ok();
}

Status Dictionary::LoadPetrarchAgents(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open PETRARCH agent dictionary");
  std::map<std::string, std::vector<std::string>> sets;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string t = Trim(line.substr(0, line.find('#')));
    if (t.empty() || t.rfind("<!--", 0) == 0) continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {
      std::string key = Trim(t.substr(0, t.find('=')));
      std::stringstream ss(t.substr(t.find('=') + 1));
      std::string item;
      while (std::getline(ss, item, ',')) sets[key].push_back(Phrase(item));
      continue;
    }
    std::string name, code;
    SplitRecord(t, &name, &code);
    if (name.empty() || code.empty()) continue;
    std::string role = Upper(code);
    role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
    Entry e;
    e.kind = Kind::kAgent;
    e.code = role;
    e.canonical = name;
    e.file = path;
    e.line = number;
    int id = NewEntry(e);
    // Expand substitution sets ("!PERSON!") and add regular plurals of the last word.
    std::vector<std::string> names{name};
    for (const auto& [key, values] : sets) {
      std::string k = Phrase(key);
      std::vector<std::string> expanded;
      for (const auto& n : names) {
        size_t at = n.find(k);
        if (at == std::string::npos) { expanded.push_back(n); continue; }
        for (const auto& v : values) expanded.push_back(n.substr(0, at) + v + n.substr(at + k.size()));
      }
      names.swap(expanded);
    }
    bool stop_plurals = Trim(t.substr(0, t.find_first_of("[{"))).back() == '_';
    for (const auto& n : names) {
      AddName(id, ImportedName(n));
      if (!stop_plurals) {
        std::string last = n.substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1);
        if (!last.empty() && isalpha(static_cast<unsigned char>(last.back())))
          AddName(id, ImportedName(n + (last.back() == 'Y' || last.back() == 'y' ? "" : "S")));
      }
    }
    size_t brace = t.find('{'), close = t.find('}');
    if (brace != std::string::npos && close != std::string::npos && close > brace + 1) {
      std::stringstream ss(t.substr(brace + 1, close - brace - 1));
      std::string plural;
      while (ss >> plural) AddName(id, ImportedName(Phrase(plural)));
    }
  }
  return Status::Ok();
}

}  // namespace dyad::actors
