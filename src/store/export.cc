// Merged events as GDELT 1.0 rows, JSON lines and PLOVER/POLECAT-style records.
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "dyad/codebook.h"
#include "dyad/store.h"

namespace dyad::exporter {
namespace {

using nlohmann::json;

// No tabs or line breaks inside a field.
std::string Field(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string Upper(const std::string& s) {
  std::string out = Field(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string Compact(const std::string& date) {  // 2026-01-16 -> 20260116
  std::string out;
  for (char c : date)
    if (c != '-') out += c;
  return out;
}

// (A name-only actor, with a name and no code, has a null code: see docs/actors.md.)
json ActorJson(const Actor& a) {
  if (a.code.empty() && a.name.empty()) return nullptr;
  return {{"code", a.code.empty() ? json(nullptr) : json(a.code)},
          {"country", a.country.empty() ? json(nullptr) : json(a.country)},
          {"role", a.role.empty() ? json(nullptr) : json(a.role)},
          {"name", a.name}};
}

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json LocationJson(const Location& l) {
  if (l.empty()) return nullptr;
  return {{"name", l.name},       {"country", OrNull(l.country)}, {"admin1", OrNull(l.admin1)},
          {"lat", l.lat},         {"lon", l.lon},                 {"precision", l.precision},
          {"text", OrNull(l.text)}};
}

json MentionJson(const Mention& m) {
  const Event& e = m.coded;
  return {{"doc_id", e.doc_id},
          {"outlet", m.outlet},
          {"url", OrNull(m.url)},
          {"sentence", e.sentence},
          {"date", OrNull(e.date)},
          {"date_precision", e.date_precision},
          {"source", ActorJson(e.source)},
          {"target", ActorJson(e.target)},
          {"reported_by", ActorJson(e.reported_by)},
          {"evidence", {{"text", e.evidence.text}, {"start", e.evidence.start}, {"end", e.evidence.end}}},
          {"trigger", {{"text", e.trigger}, {"start", e.trigger_start}, {"end", e.trigger_end}}},
          {"pattern", e.pattern},
          {"location", LocationJson(e.location)}};
}

}  // namespace

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(a) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(f);
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(g) + f);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return cols;
}

std::string GdeltRow(const StoredEvent& e) {
  std::vector<std::string> f;
  f.reserve(58);
  f.push_back(std::to_string(e.id));
  int64_t day = 0;
  if (dates::FirstDay(e.date, &day)) {
    std::string d = dates::DayString(day);  // coarser dates: their first day
    int y = std::stoi(d.substr(0, 4));
    int64_t jan1 = 0;
    dates::FirstDay(d.substr(0, 4), &jan1);
    char frac[32];
    snprintf(frac, sizeof frac, "%.4f", y + static_cast<double>(day - jan1 + 1) / 365.0);
    f.push_back(Compact(d));
    f.push_back(Compact(d.substr(0, 7)));
    f.push_back(d.substr(0, 4));
    f.push_back(frac);
  } else {
    for (int i = 0; i < 4; ++i) f.push_back("");
  }
  for (const Actor* a : {&e.source, &e.target}) {
    f.push_back(Field(a->code));
    f.push_back(Upper(a->name));
    f.push_back(Field(a->country));
    f.push_back("");  // known group
    f.push_back("");  // ethnic
    f.push_back("");  // religion 1
    f.push_back("");  // religion 2
    f.push_back(Field(a->role));
    f.push_back("");
    f.push_back("");
  }
  f.push_back(e.root_event ? "1" : "0");
  f.push_back(e.cameo);
  f.push_back(e.cameo.substr(0, 3));
  f.push_back(e.cameo_root);
  f.push_back(std::to_string(e.quad_class));
  char g[32];
  snprintf(g, sizeof g, "%.1f", e.goldstein);
  f.push_back(g);
  f.push_back(std::to_string(e.num_mentions));
  f.push_back(std::to_string(e.num_sources));
  f.push_back(std::to_string(e.num_articles));
  f.push_back("");  // AvgTone
  for (int i = 0; i < 14; ++i) f.push_back("");  // Actor1Geo_*, Actor2Geo_*: not coded
  // ActionGeo_*: the event's location. Type as GDELT numbers it (1 country, 2 US state,
  // 3 US city, 4 world city, 5 world state); country codes are ISO 3166 alpha-3 (GDELT
  // 1.0 used FIPS 10-4), ADM1Code the region's name.
  const Location& l = e.location;
  if (l.empty()) {
    for (int i = 0; i < 7; ++i) f.push_back("");
  } else {
    bool us = l.country == "USA";
    int type = l.precision == "country" ? 1
               : l.precision == "city"  ? (us ? 3 : 4)
                                        : (us ? 2 : 5);
    std::string full = l.name;
    if (!l.admin1.empty() && l.admin1 != l.name) full += ", " + l.admin1;
    f.push_back(std::to_string(type));
    f.push_back(Field(full));
    f.push_back(Field(l.country));
    f.push_back(Field(l.admin1));
    char c[32];
    snprintf(c, sizeof c, "%.4f", l.lat);
    f.push_back(c);
    snprintf(c, sizeof c, "%.4f", l.lon);
    f.push_back(c);
    f.push_back("");  // FeatureID: GeoNames ids are not kept
  }
  f.push_back(Compact(e.date_added));
  f.push_back(Field(e.source_url));
  std::string row;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) row += '\t';
    row += f[i];
  }
  return row;
}

std::string JsonLine(const StoredEvent& e) {
  json j = {{"id", e.id},
            {"date", OrNull(e.date)},
            {"date_precision", e.date_precision},
            {"source", ActorJson(e.source)},
            {"target", ActorJson(e.target)},
            {"cameo", e.cameo},
            {"cameo_root", e.cameo_root},
            {"goldstein", e.goldstein},
            {"quad_class", e.quad_class},
            {"plover", e.plover},
            {"num_mentions", e.num_mentions},
            {"num_sources", e.num_sources},
            {"num_articles", e.num_articles},
            {"first_doc", e.first_doc},
            {"source_url", OrNull(e.source_url)},
            {"date_added", e.date_added},
            {"location", LocationJson(e.location)}};
  json ms = json::array();
  for (const Mention& m : e.mentions) ms.push_back(MentionJson(m));
  j["mentions"] = ms;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string PloverLine(const StoredEvent& e, const Codebook* codebook) {
  std::string mode, context;
  if (codebook) {
    if (const CodeInfo* info = codebook->Find(e.cameo)) {
      mode = info->plover_mode;
      context = info->plover_context;
    }
  }
  json contexts = json::array();
  for (size_t at = 0; !context.empty() && at <= context.size();) {
    size_t end = context.find_first_of(",;", at);
    if (end == std::string::npos) end = context.size();
    std::string c = context.substr(at, end - at);
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    while (!c.empty() && c.back() == ' ') c.pop_back();
    if (!c.empty()) contexts.push_back(c);
    at = end + 1;
  }
  auto actor = [](const Actor& a) -> json {
    if (a.code.empty() && a.name.empty()) return nullptr;
    return {{"name", a.name}, {"code", OrNull(a.code)}, {"country", OrNull(a.country)}, {"sector", OrNull(a.role)}};
  };
  json sources = json::array(), evidence = json::array();
  for (const Mention& m : e.mentions) {
    if (std::find(sources.begin(), sources.end(), json(m.outlet)) == sources.end()) sources.push_back(m.outlet);
    evidence.push_back({{"doc_id", m.coded.doc_id},
                        {"url", OrNull(m.url)},
                        {"text", m.coded.evidence.text},
                        {"start", m.coded.evidence.start},
                        {"end", m.coded.evidence.end},
                        {"reported_by", actor(m.coded.reported_by)}});
  }
  json j = {{"event_id", std::to_string(e.id)},
            {"event_date", OrNull(e.date)},
            {"date_precision", e.date_precision},
            {"event_type", e.plover},
            {"mode", OrNull(mode)},
            {"contexts", contexts},
            {"actor", actor(e.source)},
            {"recipient", actor(e.target)},
            {"location", LocationJson(e.location)},
            {"cameo", e.cameo},
            {"goldstein", e.goldstein},
            {"quad_class", e.quad_class},
            {"num_mentions", e.num_mentions},
            {"num_sources", e.num_sources},
            {"num_articles", e.num_articles},
            {"sources", sources},
            {"source_url", OrNull(e.source_url)},
            {"evidence", evidence}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dyad::exporter
