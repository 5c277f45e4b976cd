#include "dyad/output.h"

#include <nlohmann/json.hpp>

namespace dyad::output {
namespace {

using json = nlohmann::ordered_json;

json ActorJson(const Actor& a) {
  if (a.empty() && a.name.empty()) return nullptr;
  json j;
  j["code"] = a.code.empty() ? json(nullptr) : json(a.code);
  j["country"] = a.country.empty() ? json(nullptr) : json(a.country);
  j["role"] = a.role.empty() ? json(nullptr) : json(a.role);
  j["name"] = a.name;
  return j;
}

json LocationJson(const Location& l) {
  if (l.empty()) return nullptr;
  json j;
  j["name"] = l.name;
  j["country"] = l.country.empty() ? json(nullptr) : json(l.country);
  j["admin1"] = l.admin1.empty() ? json(nullptr) : json(l.admin1);
  j["lat"] = l.lat;
  j["lon"] = l.lon;
  j["precision"] = l.precision;
  j["text"] = l.text.empty() ? json(nullptr) : json(l.text);
  return j;
}

std::string Fit(const std::string& s, size_t width) {
  // Cut on a UTF-8 boundary and pad by display characters.
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < s.size() && chars < width;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (chars + 1 == width && i + len < s.size()) { out += "\u2026"; ++chars; break; }
    out.append(s, i, len);
    i += len;
    ++chars;
  }
  while (chars++ < width) out += ' ';
  return out;
}

}  // namespace

std::string ToJsonLine(const Event& e) {
  json j;
  j["doc_id"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["date"] = e.date.empty() ? json(nullptr) : json(e.date);
  j["date_precision"] = e.date_precision.empty() ? "unknown" : e.date_precision;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["cameo_root"] = e.cameo_root;
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  j["plover"] = e.plover;
  j["reported_by"] = ActorJson(e.reported_by);
  j["negated"] = e.negated;
  j["evidence"] = {{"text", e.evidence.text}, {"start", e.evidence.start}, {"end", e.evidence.end}};
  j["trigger"] = {{"text", e.trigger}, {"start", e.trigger_start}, {"end", e.trigger_end}};
  j["pattern"] = e.pattern;
  j["location"] = LocationJson(e.location);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

void PrintTable(std::ostream& os, const std::vector<Event>& events, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* reset = color ? "\033[0m" : "";
  auto quad_color = [&](int q) -> const char* {
    if (!color) return "";
    return q == 1 ? "\033[32m" : q == 2 ? "\033[36m" : q == 3 ? "\033[33m" : "\033[31m";
  };
  os << bold << Fit("DATE", 11) << "  " << Fit("SOURCE", 10) << "  " << Fit("TARGET", 10) << "  "
     << Fit("CAMEO", 5) << "  " << Fit("GOLD", 5) << "  " << Fit("PLOVER", 10) << "  "
     << Fit("REPORTED BY", 16) << "  " << Fit("WHERE", 12) << "  " << "TRIGGER / EVIDENCE" << reset << "\n";
  for (const Event& e : events) {
    char gold[16];
    snprintf(gold, sizeof gold, "%+.1f", e.goldstein);
    std::string evidence = e.evidence.text;
    for (auto& c : evidence) if (c == '\n') c = ' ';
    // (A name-only actor, with no code, shows its name in quotes.)
    auto side = [](const Actor& x) {
      return !x.code.empty() ? x.code : x.name.empty() ? std::string("-") : "\"" + x.name + "\"";
    };
    os << Fit(e.date.empty() ? "?" : e.date, 11) << "  " << Fit(side(e.source), 10) << "  "
       << Fit(side(e.target), 10) << "  " << quad_color(e.quad_class)
       << Fit(e.cameo, 5) << reset << "  " << Fit(gold, 5) << "  " << Fit(e.plover, 10) << "  "
       << Fit(e.reported_by.name.empty() ? "-" : e.reported_by.name, 16) << "  "
       << Fit(e.location.empty() ? "-" : e.location.precision == "country" && e.location.text.empty()
                                             ? "(" + e.location.country + ")"
                                             : e.location.name, 12)
       << "  " << bold
       << e.trigger << reset << "  " << dim << Fit(evidence, 70) << reset << "\n";
  }
  os << events.size() << (events.size() == 1 ? " event\n" : " events\n");
}

}  // namespace dyad::output
