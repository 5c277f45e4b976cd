#include "dyad/eval.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dyad::eval {
namespace {

std::string Attr(const std::string& tag, const std::string& name) {
  std::string key = name + "=\"";
  size_t at = tag.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  size_t end = tag.find('"', at);
  return end == std::string::npos ? "" : tag.substr(at, end - at);
}

std::string IsoFromCompact(const std::string& d) {
  if (d.size() == 8) return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  return d;
}

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (auto [from, to] : kEntities) {
    size_t at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
      s.replace(at, strlen(from), to);
      at += strlen(to);
    }
  }
  return s;
}

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<std::vector<GoldRecord>> LoadXml(const std::string& path, const std::string& xml) {
  std::vector<GoldRecord> out;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t tag_end = xml.find('>', pos);
    if (tag_end == std::string::npos) break;
    std::string tag = xml.substr(pos, tag_end - pos);
    size_t next = xml.find("<Sentence ", tag_end);
    std::string body = xml.substr(tag_end, (next == std::string::npos ? xml.size() : next) - tag_end);
    GoldRecord r;
    r.id = Attr(tag, "id");
    r.date = IsoFromCompact(Attr(tag, "date"));
    r.evaluate = Attr(tag, "evaluate") != "false";
    size_t ec = 0;
    while ((ec = body.find("<EventCoding", ec)) != std::string::npos) {
      size_t ee = body.find('>', ec);
      std::string etag = body.substr(ec, ee - ec);
      if (Attr(etag, "noevents").empty() && !Attr(etag, "eventcode").empty())
        r.events.push_back({Attr(etag, "sourcecode"), Attr(etag, "targetcode"), Attr(etag, "eventcode")});
      ec = ee;
    }
    size_t ts = body.find("<Text>"), te = body.find("</Text>");
    if (ts != std::string::npos && te != std::string::npos)
      r.text = Collapse(Unescape(body.substr(ts + 6, te - ts - 6)));
    if (!r.text.empty()) out.push_back(std::move(r));
    pos = tag_end;
  }
  if (out.empty()) return Result<std::vector<GoldRecord>>::Error(path + ": no <Sentence> records");
  return out;
}

Result<std::vector<GoldRecord>> LoadJsonLines(const std::string& path, std::istream& in) {
  using json = nlohmann::json;
  std::vector<GoldRecord> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Result<std::vector<GoldRecord>>::Error(path + ":" + std::to_string(number) + ": malformed JSON");
    GoldRecord r;
    r.id = j.value("id", std::to_string(number));
    r.date = j.value("date", "");
    r.text = j.value("text", "");
    if (j.contains("events") && j["events"].is_array())
      for (const auto& e : j["events"])
        r.events.push_back({e.value("source", ""), e.value("target", ""), e.value("cameo", "")});
    out.push_back(std::move(r));
  }
  return out;
}

void Count(Score& s, const std::vector<std::string>& pred, const std::vector<std::string>& gold) {
  std::map<std::string, int> g;
  for (const auto& x : gold) g[x]++;
  for (const auto& x : pred)
    if (g[x]-- > 0) s.matched++;
  s.predicted += pred.size();
  s.gold += gold.size();
}

}  // namespace

std::string NormalizeActorCode(const std::string& code) {
  std::string c = code;
  while (c.rfind("---", 0) == 0) c = c.substr(3);
  for (auto& ch : c) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
  // PETRARCH's dictionaries put a region between IGO and the organisation (IGOEUREEC,
  // IGOWSTNAT); the CAMEO manual's table and dyad write IGOEEC, IGONAT.
  static const char* kRegions[] = {"EUR", "WST", "AFR", "ASA", "MEA", "LAM", "SAM", "NAM",
                                   "CAS", "SAS", "SEA", "WAF", "EAF", "SAF", "CAF", "NAF",
                                   "BLK", "BAL", "CRB", "PGS", "MDT", "SCN", "EEU"};
  if (c.size() >= 9 && c.rfind("IGO", 0) == 0)
    for (const char* r : kRegions)
      if (c.compare(3, 3, r) == 0) { c.erase(3, 3); break; }
  return c;
}

Result<std::vector<GoldRecord>> LoadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Result<std::vector<GoldRecord>>::Error(path + ": cannot open gold file");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string content = ss.str();
  if (content.find("<Sentence ") != std::string::npos) return LoadXml(path, content);
  std::istringstream lines(content);
  return LoadJsonLines(path, lines);
}

Report Evaluate(const Coder& coder, const std::vector<GoldRecord>& gold) {
  Report rep;
  for (const auto& r : gold) {
    if (!r.evaluate) continue;
    rep.records++;
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.raw = r.text;
    std::vector<Event> events = coder.Code(doc);
    std::vector<std::string> pr, pc, ps, pt, pp, gr, gc, gs, gt, gp;
    for (const auto& e : events) {
      std::string s = NormalizeActorCode(e.source.code), t = NormalizeActorCode(e.target.code);
      pr.push_back(e.cameo_root); pc.push_back(e.cameo); ps.push_back(s); pt.push_back(t);
      pp.push_back(s + " " + t + " " + e.cameo);
    }
    for (const auto& e : r.events) {
      std::string s = NormalizeActorCode(e.source), t = NormalizeActorCode(e.target);
      gr.push_back(e.cameo.substr(0, 2)); gc.push_back(e.cameo); gs.push_back(s); gt.push_back(t);
      gp.push_back(s + " " + t + " " + e.cameo);
    }
    Count(rep.root, pr, gr);
    Count(rep.code, pc, gc);
    Count(rep.source, ps, gs);
    Count(rep.target, pt, gt);
    size_t before = rep.triple.matched;
    Count(rep.triple, pp, gp);
    size_t matched = rep.triple.matched - before;
    bool ok;
    if (r.events.empty()) {
      rep.no_event_records++;
      ok = events.empty();
      if (ok) rep.no_event_correct++;
    } else {
      rep.records_with_gold++;
      ok = matched == gp.size();
      if (ok) rep.records_all_triples++;
    }
    if (!ok) {
      std::string line = r.id + ": gold [";
      for (size_t i = 0; i < gp.size(); ++i) line += (i ? "; " : "") + gp[i];
      line += "] coded [";
      for (size_t i = 0; i < pp.size(); ++i) line += (i ? "; " : "") + pp[i];
      line += "]  " + r.text.substr(0, 140);
      rep.errors.push_back(line);
    }
  }
  return rep;
}

std::string FormatReport(const Report& r, bool with_errors) {
  std::ostringstream os;
  char buf[160];
  os << "records: " << r.records << " (" << r.records_with_gold << " with gold events, "
     << r.no_event_records << " with none)\n";
  os << "             precision  recall     F1   (matched/predicted/gold)\n";
  auto row = [&](const char* name, const Score& s) {
    snprintf(buf, sizeof buf, "  %-9s  %8.1f%%  %6.1f%%  %5.1f%%  (%zu/%zu/%zu)\n", name, 100 * s.precision(),
             100 * s.recall(), 100 * s.f1(), s.matched, s.predicted, s.gold);
    os << buf;
  };
  row("root", r.root);
  row("code", r.code);
  row("source", r.source);
  row("target", r.target);
  row("triple", r.triple);
  snprintf(buf, sizeof buf, "records with every gold triple coded: %zu/%zu (%.1f%%)\n", r.records_all_triples,
           r.records_with_gold, r.records_with_gold ? 100.0 * r.records_all_triples / r.records_with_gold : 0.0);
  os << buf;
  snprintf(buf, sizeof buf, "no-event records left without events: %zu/%zu\n", r.no_event_correct, r.no_event_records);
  os << buf;
  if (with_errors && !r.errors.empty()) {
    os << "\nerrors (source target code):\n";
    for (const auto& e : r.errors) os << "  " << e << "\n";
  }
  return os.str();
}

}  // namespace dyad::eval
