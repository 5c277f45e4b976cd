#include "serve/aggregate.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dyad::serve {
namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

double Round2(double v) { return static_cast<double>(static_cast<long long>(v * 100 + (v < 0 ? -0.5 : 0.5))) / 100; }

}  // namespace

std::string DyadSide(const Actor& a) {
  if (!a.country.empty()) return a.country;
  return a.code.substr(0, std::min<size_t>(3, a.code.size()));
}

Result<Json> TopDyads(const Store& store, const EventQuery& q, size_t limit) {
  struct Acc {
    int events = 0, conflict = 0, cooperation = 0;
    double goldstein = 0;
  };
  std::map<std::pair<std::string, std::string>, Acc> acc;
  Status s = store.ForEach(q, [&](const StoredEvent& e) {
    std::string a = DyadSide(e.source), b = DyadSide(e.target);
    if (a.empty() || b.empty()) return;
    if (b < a) std::swap(a, b);
    Acc& x = acc[{a, b}];
    ++x.events;
    if (e.quad_class >= 3) ++x.conflict;
    else if (e.quad_class >= 1) ++x.cooperation;
    x.goldstein += e.goldstein;
  });
  if (!s) return s;
  using Row = std::pair<std::pair<std::string, std::string>, Acc>;
  std::vector<Row> rows(acc.begin(), acc.end());
  auto json_rows = [&](std::vector<Row> list) {
    Json out = Json::array();
    for (size_t i = 0; i < list.size() && i < limit; ++i) {
      const auto& [k, x] = list[i];
      out.push_back({{"a", k.first}, {"b", k.second}, {"events", x.events}, {"conflict", x.conflict},
                     {"cooperation", x.cooperation}, {"goldstein_sum", Round2(x.goldstein)},
                     {"goldstein_mean", Round2(x.goldstein / x.events)}});
    }
    return out;
  };
  std::vector<Row> volume = rows;
  std::stable_sort(volume.begin(), volume.end(), [](const Row& l, const Row& r) { return l.second.events > r.second.events; });
  std::vector<Row> conflict;
  for (const auto& r : rows)
    if (r.second.conflict > 0) conflict.push_back(r);
  std::stable_sort(conflict.begin(), conflict.end(), [](const Row& l, const Row& r) {
    return std::tie(r.second.conflict, l.second.goldstein) < std::tie(l.second.conflict, r.second.goldstein);
  });
  return Json{{"by_volume", json_rows(volume)}, {"by_conflict", json_rows(conflict)}};
}

Result<Json> ActorNetwork(const Store& store, const EventQuery& q, size_t max_edges) {
  struct Node {
    std::string name, country;
    int events = 0;
  };
  struct Edge {
    int events = 0, conflict = 0;
    double goldstein = 0;
  };
  std::map<std::string, Node> nodes;
  std::map<std::pair<std::string, std::string>, Edge> edges;
  Status s = store.ForEach(q, [&](const StoredEvent& e) {
    if (e.source.code.empty() || e.target.code.empty() || e.source.code == e.target.code) return;
    for (const Actor* a : {&e.source, &e.target}) {
      Node& n = nodes[a->code];
      if (n.name.empty()) n.name = a->name;
      n.country = a->country;
      ++n.events;
    }
    Edge& x = edges[{e.source.code, e.target.code}];
    ++x.events;
    if (e.quad_class >= 3) ++x.conflict;
    x.goldstein += e.goldstein;
  });
  if (!s) return s;
  std::vector<std::pair<std::pair<std::string, std::string>, Edge>> list(edges.begin(), edges.end());
  std::stable_sort(list.begin(), list.end(), [](const auto& l, const auto& r) { return l.second.events > r.second.events; });
  if (list.size() > max_edges) list.resize(max_edges);
  std::set<std::string> used;
  Json jedges = Json::array();
  for (const auto& [k, x] : list) {
    used.insert(k.first);
    used.insert(k.second);
    jedges.push_back({{"source", k.first}, {"target", k.second}, {"events", x.events},
                      {"goldstein_mean", Round2(x.goldstein / x.events)}, {"conflict", x.conflict}});
  }
  Json jnodes = Json::array();
  for (const auto& code : used) {
    const Node& n = nodes[code];
    jnodes.push_back({{"id", code}, {"name", n.name}, {"country", n.country.empty() ? Json(nullptr) : Json(n.country)},
                      {"events", n.events}});
  }
  return Json{{"nodes", jnodes}, {"edges", jedges}};
}

namespace {

// The location in one event's export JSON (the event's own, else its first mention's) when
// it has coordinates; null otherwise. Cheap when the JSON has no location at all.
Json LocationOf(const std::string& line) {
  if (line.find("\"location\"") == std::string::npos) return nullptr;
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded()) return nullptr;
  Json loc = j.contains("location") ? j["location"] : Json(nullptr);
  if (!loc.is_object() && j.contains("mentions") && j["mentions"].is_array() && !j["mentions"].empty() &&
      j["mentions"][0].contains("location"))
    loc = j["mentions"][0]["location"];
  if (!loc.is_object() || !loc.contains("lat") || !loc.contains("lon") || !loc["lat"].is_number() ||
      !loc["lon"].is_number())
    return nullptr;
  return loc;
}

}  // namespace

Result<Json> EventPlaces(const Store& store, EventQuery q, size_t max_events) {
  q.limit = max_events;
  q.offset = 0;
  // Mentions are read only when they carry locations the events themselves do not.
  bool mention_locations = false;
  {
    EventQuery probe = q;
    probe.limit = 1;
    probe.with_mentions = true;
    Status s = store.ForEach(probe, [&](const StoredEvent& e) {
      if (e.mentions.empty()) return;
      StoredEvent bare = e;
      bare.mentions.clear();
      // By the fields the export writes, not by one event's values.
      mention_locations = exporter::JsonLine(bare).find("\"location\"") == std::string::npos &&
                          exporter::JsonLine(e).find("\"location\"") != std::string::npos;
    });
    if (!s) return s;
  }
  q.with_mentions = mention_locations;
  std::map<std::string, int> countries;
  std::map<std::tuple<std::string, std::string, double, double>, std::pair<Json, int>> points;
  int count = 0;
  Status s = store.ForEach(q, [&](const StoredEvent& e) {
    ++count;
    std::set<std::string> seen;
    for (const Actor* a : {&e.source, &e.target})
      if (a->country.size() == 3 && seen.insert(a->country).second) ++countries[a->country];
    Json loc = LocationOf(exporter::JsonLine(e));
    if (loc.is_null()) return;
    std::string name = loc.value("name", "");
    std::string country = loc.contains("country") && loc["country"].is_string() ? loc["country"].get<std::string>() : "";
    double lat = loc["lat"].get<double>(), lon = loc["lon"].get<double>();
    auto& slot = points[{name, country, lat, lon}];
    if (slot.second == 0)
      slot.first = {{"name", name}, {"country", country.empty() ? Json(nullptr) : Json(country)}, {"lat", lat},
                    {"lon", lon}, {"precision", loc.contains("precision") ? loc["precision"] : Json(nullptr)}};
    ++slot.second;
  });
  if (!s) return s;
  Json jc = Json::array();
  std::vector<std::pair<std::string, int>> cl(countries.begin(), countries.end());
  std::stable_sort(cl.begin(), cl.end(), [](const auto& l, const auto& r) { return l.second > r.second; });
  for (const auto& [iso, n] : cl) jc.push_back({{"iso3", iso}, {"events", n}});
  Json jp = Json::array();
  for (auto& [k, v] : points) {
    v.first["events"] = v.second;
    jp.push_back(v.first);
  }
  return Json{{"events", count}, {"countries", jc}, {"points", jp}};
}

Result<Json> StoredActors(const Store& store, const std::string& query, size_t limit) {
  struct Acc {
    std::string name, country;
    int events = 0;
  };
  std::string needle = Lower(query), code_prefix;
  for (char c : query) code_prefix += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  std::map<std::string, Acc> acc;
  Status s = store.ForEach(EventQuery{}, [&](const StoredEvent& e) {
    for (const Actor* a : {&e.source, &e.target}) {
      if (a->code.empty()) continue;
      if (!needle.empty() && a->code.rfind(code_prefix, 0) != 0 && Lower(a->name).find(needle) == std::string::npos)
        continue;
      Acc& x = acc[a->code];
      if (x.name.empty()) x.name = a->name;
      x.country = a->country;
      ++x.events;
    }
  });
  if (!s) return s;
  std::vector<std::pair<std::string, Acc>> list(acc.begin(), acc.end());
  std::stable_sort(list.begin(), list.end(), [](const auto& l, const auto& r) { return l.second.events > r.second.events; });
  Json out = Json::array();
  for (size_t i = 0; i < list.size() && i < limit; ++i)
    out.push_back({{"code", list[i].first}, {"name", list[i].second.name},
                   {"country", list[i].second.country.empty() ? Json(nullptr) : Json(list[i].second.country)},
                   {"events", list[i].second.events}});
  return out;
}

}  // namespace dyad::serve
