// Actor dictionaries: dyad's format, compiled into a token trie.
#include <algorithm>
#include <cstring>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/actor.h"
#include "dyad/text.h"

namespace dyad::actors {
namespace {

namespace fs = std::filesystem;

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

std::vector<std::string> SplitAlternatives(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t bar = s.find('|', pos);
    if (bar == std::string::npos) bar = s.size();
    std::string part = Trim(s.substr(pos, bar - pos));
    if (!part.empty()) out.push_back(part);
    pos = bar + 1;
  }
  return out;
}

std::string StripComment(const std::string& line) {
  size_t hash = line.find('#');
  return hash == std::string::npos ? line : line.substr(0, hash);
}

bool IsDate(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && isdigit((unsigned char)s[0]);
}

std::string Today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{now};
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
           static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// Regular English plurals of the last word of a multi-word agent name.
std::vector<std::string> Plurals(const std::string& name) {
  size_t sp = name.rfind(' ');
  std::string head = name.substr(0, sp == std::string::npos ? 0 : sp + 1);
  std::string last = name.substr(sp == std::string::npos ? 0 : sp + 1);
  if (last.empty() || !isalpha((unsigned char)last.back())) return {};
  std::vector<std::string> out;
  auto ends = [&](const char* suf) {
    size_t n = strlen(suf);
    return last.size() > n && last.compare(last.size() - n, n, suf) == 0;
  };
  if (ends("man") && !ends("human")) {
    out.push_back(head + last.substr(0, last.size() - 3) + "men");
  } else if (ends("y") && !ends("ay") && !ends("ey") && !ends("oy") && !ends("uy")) {
    out.push_back(head + last.substr(0, last.size() - 1) + "ies");
  } else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) {
    if (!ends("ss") && ends("s")) return {};  // already plural ("forces", "police")
    out.push_back(head + last + "es");
  } else if (ends("f") && !ends("ff")) {
    out.push_back(head + last + "s");
  } else {
    out.push_back(head + last + "s");
  }
  return out;
}

bool AllCapitalsShort(const std::vector<Token>& toks) {
  size_t letters = 0;
  for (const auto& t : toks)
    for (char c : t.text) {
      if (c == '.') continue;
      if (!isupper(static_cast<unsigned char>(c))) return false;
      ++letters;
    }
  return letters > 0 && letters <= 3;
}

bool TokenIsCapitals(const std::string& t) {
  bool any = false;
  for (char c : t) {
    if (c == '.') continue;
    if (!isupper(static_cast<unsigned char>(c))) return false;
    any = true;
  }
  return any;
}

int KindPriority(Kind k) {
  switch (k) {
    case Kind::kPerson: return 7;
    case Kind::kOrg: return 6;
    case Kind::kSeat: return 5;
    case Kind::kCountry: return 4;
    case Kind::kCapital: return 3;
    case Kind::kAdjective: return 2;
    case Kind::kAgent: return 1;
  }
  return 0;
}

}  // namespace

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kCountry: return "country";
    case Kind::kAdjective: return "adjective";
    case Kind::kCapital: return "capital";
    case Kind::kSeat: return "seat";
    case Kind::kPerson: return "person";
    case Kind::kOrg: return "org";
    case Kind::kAgent: return "agent";
  }
  return "?";
}

std::string NormalizeToken(const std::string& token) {
  std::string out;
  out.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c == '.') continue;
    if (c == 0xE2 && i + 2 < token.size() && (unsigned char)token[i + 1] == 0x80 &&
        ((unsigned char)token[i + 2] == 0x99 || (unsigned char)token[i + 2] == 0x98)) {
      out += '\'';  // ’ ‘ -> '
      i += 2;
      continue;
    }
    out += static_cast<char>(c < 0x80 ? tolower(c) : c);
  }
  if (out.empty()) out = token;  // "." stays "."
  return out;
}

int Dictionary::NewEntry(Entry e) {
  entries_.push_back(std::move(e));
  return static_cast<int>(entries_.size()) - 1;
}

void Dictionary::AddName(int entry, const std::string& raw_name, bool surname) {
  std::vector<Token> toks = text::Tokenize(raw_name);
  if (!toks.empty()) {
    std::string first = NormalizeToken(toks.front().text);
    if (first == "the" && toks.size() > 1) toks.erase(toks.begin());
  }
  if (toks.empty()) return;
  uint32_t node = 0;
  for (const auto& t : toks) {
    std::string key = NormalizeToken(t.text);
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) {
      nodes_.push_back(Node{});
      uint32_t id = static_cast<uint32_t>(nodes_.size() - 1);
      nodes_[node].next.emplace(key, id);
      node = id;
    } else {
      node = it->second;
    }
  }
  auto& list = surname ? nodes_[node].surnames
               : AllCapitalsShort(toks) ? nodes_[node].capitals
                                        : nodes_[node].exact;
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  ++name_count_;
}

Status Dictionary::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open actor dictionary");
  std::string file = fs::path(path).filename().string();
  std::string line;
  int number = 0;
  int current = -1;  // entry the indented lines belong to
  std::string current_country;
  auto error = [&](const std::string& why) {
    return Status::Error(path + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    std::string body = StripComment(line);
    if (Trim(body).empty()) continue;
    bool indented = body[0] == ' ' || body[0] == '\t';
    std::istringstream words(Trim(body));
    std::string keyword;
    words >> keyword;
    std::string rest;
    std::getline(words, rest);
    rest = Trim(rest);
    if (!indented) {
      current = -1;
      current_country.clear();
      Entry e;
      e.file = file;
      e.line = number;
      if (keyword == "agent") {
        std::istringstream r(rest);
        std::string role;
        r >> role;
        std::string names;
        std::getline(r, names);
        if (role.empty() || Trim(names).empty()) return error("agent needs a role and names");
        e.kind = Kind::kAgent;
        e.code = role;
        auto alts = SplitAlternatives(names);
        e.canonical = alts.front();
        int id = NewEntry(e);
        for (const auto& n : alts) {
          AddName(id, n);
          for (const auto& p : Plurals(n)) AddName(id, p);
        }
        continue;
      }
      std::istringstream r(rest);
      std::string code;
      r >> code;
      std::string name;
      std::getline(r, name);
      name = Trim(name);
      if (keyword == "person") {
        // A person's line holds only the name: "person Vladimir Putin".
        e.kind = Kind::kPerson;
        e.canonical = rest;
        current = NewEntry(e);
        AddName(current, rest);
        continue;
      }
      if (code.empty() || name.empty()) return error("'" + keyword + "' needs a code and a name");
      e.code = code;
      e.canonical = name;
      if (keyword == "country") {
        e.kind = Kind::kCountry;
        current_country = code;
        country_codes_[code] = name;
      } else if (keyword == "org") {
        e.kind = Kind::kOrg;
      } else {
        return error("unknown entry kind '" + keyword + "'");
      }
      current = NewEntry(e);
      if (e.kind == Kind::kCountry) country_entry_[code] = current;
      AddName(current, name);
      continue;
    }
    if (current < 0) return error("indented line outside an entry");
    Entry& owner = entries_[current];
    auto sub_entry = [&](Kind kind, const std::string& code, const std::string& names) {
      Entry e;
      e.kind = kind;
      e.code = code;
      e.file = file;
      e.line = number;
      auto alts = SplitAlternatives(names);
      if (alts.empty()) return;
      e.canonical = alts.front();
      e.country = current_country;
      int id = NewEntry(e);
      for (const auto& n : alts) AddName(id, n);
    };
    if (keyword == "name" || keyword == "alias") {
      for (const auto& n : SplitAlternatives(rest)) AddName(current, n);
    } else if (keyword == "adj" && owner.kind == Kind::kCountry) {
      sub_entry(Kind::kAdjective, owner.code, rest);
    } else if (keyword == "capital" && owner.kind == Kind::kCountry) {
      sub_entry(Kind::kCapital, owner.code, rest);
    } else if (keyword == "seat" && owner.kind == Kind::kCountry) {
      std::istringstream r(rest);
      std::string role, names;
      r >> role;
      std::getline(r, names);
      if (role.empty() || Trim(names).empty()) return error("seat needs a role and names");
      sub_entry(Kind::kSeat, owner.code + role, names);
    } else if (keyword == "role" && owner.kind == Kind::kPerson) {
      std::istringstream r(rest);
      DatedRole role;
      std::string from, to;
      r >> role.code >> from >> to;
      std::getline(r, role.title);
      role.title = Trim(role.title);
      if (role.code.empty() || (from != "-" && !IsDate(from)) || (to != "-" && !IsDate(to)))
        return error("role needs CODE FROM TO with dates as YYYY-MM-DD or '-'");
      role.from = from == "-" ? "" : from;
      role.to = to == "-" ? "" : to;
      entries_[current].roles.push_back(role);
    } else if (keyword == "other" && owner.kind == Kind::kPerson) {
      entries_[current].other = rest;
    } else if (keyword == "country") {
      entries_[current].country = rest;
    } else if (keyword == "code") {
      entries_[current].code = rest;
    } else {
      return error("unknown field '" + keyword + "' for " + KindName(owner.kind));
    }
  }
  return Status::Ok();
}

void Dictionary::Finish() {
  // Surnames: the last word of each person's canonical name, when it is a real name.
  surname_count_.clear();
  for (int id = 0; id < static_cast<int>(entries_.size()); ++id) {
    const Entry& e = entries_[id];
    if (e.kind != Kind::kPerson) continue;
    std::vector<Token> toks = text::Tokenize(e.canonical);
    if (toks.size() < 2) continue;
    const std::string& last = toks.back().text;
    if (last.size() < 3 || !isupper(static_cast<unsigned char>(last[0]))) continue;
    surname_count_[NormalizeToken(last)]++;
    AddName(id, last, /*surname=*/true);
  }
}

Result<std::shared_ptr<Dictionary>> Dictionary::LoadDirectory(const std::string& dir) {
  auto dict = std::make_shared<Dictionary>();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Result<std::shared_ptr<Dictionary>>::Error(dir + ": actor dictionary folder not found");
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(dir, ec))
    if (f.path().extension() == ".actors") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (Status s = dict->LoadFile(f); !s) return s;
  dict->Finish();
  return dict;
}

void Dictionary::SplitCode(const std::string& code, std::string* country,
                           std::string* role) const {
  country->clear();
  role->clear();
  if (code.size() >= 3 && country_codes_.count(code.substr(0, 3))) {
    *country = code.substr(0, 3);
    if (code.size() >= 6) *role = code.substr(3, 3);
  } else if (code.size() >= 3) {
    *role = code.substr(0, 3);
  }
}

Actor Dictionary::ResolvePerson(const Entry& e, const std::string& date_in,
                                std::string* why) const {
  std::string date = date_in.empty() ? Today() : date_in;
  const DatedRole* best = nullptr;
  for (const auto& r : e.roles) {
    bool started = r.from.empty() || r.from <= date;
    bool ended = !r.to.empty() && r.to <= date;
    if (started && !ended && (!best || r.from > best->from)) best = &r;
  }
  Actor a;
  std::string country, role;
  if (best) {
    a.code = best->code;
    if (why)
      *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical + ": " +
             (best->title.empty() ? best->code : best->title) + " " +
             (best->from.empty() ? "" : "from " + best->from) +
             (best->to.empty() ? "" : " to " + best->to);
  } else if (!e.other.empty()) {
    a.code = e.other;
    if (why) *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical +
                    ": no office on " + date + ", " + e.other;
  } else {
    // Out of office: the country of the nearest role in time.
    const DatedRole* nearest = nullptr;
    for (const auto& r : e.roles) {
      if (!nearest) { nearest = &r; continue; }
      bool before = !r.to.empty() && r.to <= date;
      if (before && (nearest->to.empty() || r.to > nearest->to)) nearest = &r;
    }
    if (nearest) {
      SplitCode(nearest->code, &country, &role);
      a.code = country;
    }
    if (why) *why = e.file + ":" + std::to_string(e.line) + " " + e.canonical +
                    ": no office on " + date;
  }
  SplitCode(a.code, &a.country, &a.role);
  return a;
}

std::vector<Match> Dictionary::Find(const std::vector<Token>& tokens, const std::string& date,
                                    StoryMemory* memory) const {
  std::vector<Match> out;
  std::vector<std::string> keys(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) keys[i] = NormalizeToken(tokens[i].text);
  size_t i = 0;
  while (i < tokens.size()) {
    uint32_t node = 0;
    int best_entry = -1;
    size_t best_end = i;
    bool best_surname = false;
    for (size_t j = i; j < tokens.size(); ++j) {
      auto it = nodes_[node].next.find(keys[j]);
      if (it == nodes_[node].next.end()) break;
      node = it->second;
      const Node& n = nodes_[node];
      int chosen = -1;
      auto consider = [&](int id) {
        const Entry& e = entries_[id];
        // A dictionary name written with a capital needs a capital in the text.
        bool needs_capital = e.kind != Kind::kAgent;
        if (needs_capital && !isupper(static_cast<unsigned char>(tokens[i].text[0])) &&
            isalpha(static_cast<unsigned char>(tokens[i].text[0])) &&
            isupper(static_cast<unsigned char>(e.canonical[0])))
          return;
        if (chosen < 0 || KindPriority(e.kind) > KindPriority(entries_[chosen].kind))
          chosen = id;
      };
      for (int id : n.exact) consider(id);
      bool capitals = true;
      for (size_t k = i; k <= j && capitals; ++k) capitals = TokenIsCapitals(tokens[k].text);
      if (capitals)
        for (int id : n.capitals) consider(id);
      bool surname = false;
      if (chosen < 0 && !n.surnames.empty() && j == i &&
          isupper(static_cast<unsigned char>(tokens[i].text[0]))) {
        auto known = memory ? memory->surname_to_entry.find(keys[i])
                            : std::unordered_map<std::string, int>::iterator{};
        if (memory && known != memory->surname_to_entry.end()) {
          chosen = known->second;
          surname = true;
        } else if (n.surnames.size() == 1 && surname_count_.count(keys[i]) &&
                   surname_count_.at(keys[i]) == 1) {
          chosen = n.surnames.front();
          surname = true;
        }
      }
      if (chosen >= 0) {
        best_entry = chosen;
        best_end = j + 1;
        best_surname = surname;
      }
    }
    if (best_entry < 0) {
      ++i;
      continue;
    }
    const Entry& e = entries_[best_entry];
    Match m;
    m.begin = static_cast<uint32_t>(i);
    m.end = static_cast<uint32_t>(best_end);
    m.kind = e.kind;
    m.entry = best_entry;
    for (size_t k = i; k < best_end; ++k) {
      if (k > i) m.actor.name += (tokens[k].start > tokens[k - 1].end) ? " " : "";
      m.actor.name += tokens[k].text;
    }
    if (e.kind == Kind::kPerson) {
      Actor a = ResolvePerson(e, date, &m.why);
      a.name = m.actor.name;
      m.actor = a;
      if (best_surname) m.why += " (surname)";
      if (memory && !best_surname) {
        std::vector<Token> toks = text::Tokenize(e.canonical);
        if (toks.size() >= 2) memory->surname_to_entry[NormalizeToken(toks.back().text)] = best_entry;
      }
    } else {
      m.actor.code = e.code;
      if (e.kind == Kind::kAgent) {
        m.actor.role = e.code;
      } else {
        SplitCode(e.code, &m.actor.country, &m.actor.role);
        if (!e.country.empty()) m.actor.country = e.country;
      }
      m.why = e.file + ":" + std::to_string(e.line) + " " + KindName(e.kind) + " " + e.code +
              " (" + e.canonical + ")";
    }
    if (m.actor.code.empty()) {  // a name with no code on this date (e.g. an empty record)
      i = best_end;
      continue;
    }
    out.push_back(std::move(m));
    i = best_end;
  }
  return out;
}

std::vector<Match> Dictionary::Lookup(const std::string& text, const std::string& date) const {
  std::vector<Token> toks = text::Tokenize(text);
  StoryMemory memory;
  return Find(toks, date, &memory);
}

}  // namespace dyad::actors
