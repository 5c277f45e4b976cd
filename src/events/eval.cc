#include "dyad/eval.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string_view>

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

// "20080804" and PETRARCH's short story dates "121108" (YYMMDD; years 00-69 are 20xx,
// 70-99 19xx) as ISO dates; anything else is kept as written.
std::string IsoFromCompact(const std::string& d) {
  for (char c : d)
    if (!isdigit(static_cast<unsigned char>(c))) return d;
  if (d.size() == 8) return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  if (d.size() == 6)
    return (d.compare(0, 2, "70") < 0 ? "20" : "19") + d.substr(0, 2) + "-" + d.substr(2, 2) + "-" + d.substr(4, 2);
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
  // PETRARCH's dictionaries write Islam MUS (IMGMUSISI, IMGMUSALQ); the CAMEO manual's
  // religion table and dyad write MOS (IMGMOSISI). Only after the first trio: MUS alone
  // is Mauritius.
  for (size_t i = 3; i + 3 <= c.size(); i += 3)
    if (c.compare(i, 3, "MUS") == 0) c.replace(i, 3, "MOS");
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

// ---- PLOVER gold sentences ----

namespace {

constexpr const char* kPloverColumns[] = {"sentence_id", "sentence", "source", "target", "gold_root"};

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words of a name or span, case folded, "the" dropped. Periods are deleted rather than
// split on, so "U.S." and "US" are the same word; other punctuation separates ("Iran's"
// is "iran" and "s"). Bytes of multi-byte UTF-8 letters are word bytes.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && w != "the") out.push_back(w);
    w.clear();
  };
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '.') continue;
    if (isalnum(c) || c >= 0x80) w += static_cast<char>(tolower(c));
    else flush();
  }
  flush();
  return out;
}

// An actor name without what dyad appends in brackets: a composed actor is written
// "journalists (Cairo)", "worker (company (Somalia))", the bracket naming where its country
// came from, not the mention. Only a closing group goes: brackets inside the text quoted
// ("the Indian Space Research Organization (ISRO) because of ...") stay.
std::string Mention(const std::string& name) {
  if (name.empty() || name.back() != ')') return name;
  int depth = 0;
  for (size_t i = name.size(); i-- > 0;) {
    if (name[i] == ')') depth++;
    else if (name[i] == '(' && --depth == 0) {
      std::string head = Trim(name.substr(0, i));
      return head.empty() ? name : head;
    }
  }
  return name;
}

// Two words are the same, or one begins the other and the shorter has four letters or
// more: a demonym against its country ("egypt", "egyptian"), a plural ("rebel", "rebels").
bool SameWord(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 4 && longer.compare(0, shorter.size(), shorter) == 0;
}

// Every word of `part` is a word of `whole`.
bool WordsWithin(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  for (const auto& w : part)
    if (std::none_of(whole.begin(), whole.end(), [&](const std::string& x) { return SameWord(w, x); }))
      return false;
  return true;
}

// Cuts at `max` bytes without splitting a UTF-8 character.
std::string Truncate(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

// Column index of each required name, or the names the header lacks.
Result<std::map<std::string, size_t>> HeaderColumns(const std::string& path, const std::string& line) {
  std::vector<std::string> names = SplitTabs(line);
  if (!names.empty() && names[0].rfind("\xEF\xBB\xBF", 0) == 0) names[0].erase(0, 3);  // BOM
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < names.size(); ++i) at.emplace(Trim(names[i]), i);
  std::map<std::string, size_t> out;
  std::string missing;
  for (const char* c : kPloverColumns) {
    auto it = at.find(c);
    if (it == at.end()) missing += std::string(missing.empty() ? "" : ", ") + c;
    else out[c] = it->second;
  }
  if (!missing.empty())
    return Result<std::map<std::string, size_t>>::Error(path + ":1: header lacks column(s) " + missing);
  out["#fields"] = names.size();
  return out;
}

// A row as a gold event, or why it is skipped.
Result<PloverGoldEvent> ParseRow(const std::vector<std::string>& f, const std::map<std::string, size_t>& col,
                                 std::string* id, std::string* text) {
  if (f.size() != col.at("#fields"))
    return Result<PloverGoldEvent>::Error(std::to_string(f.size()) + " fields, the header has " +
                                          std::to_string(col.at("#fields")));
  PloverGoldEvent e;
  *id = Trim(f[col.at("sentence_id")]);
  *text = Trim(f[col.at("sentence")]);
  e.root = Upper(Trim(f[col.at("gold_root")]));
  e.source = Trim(f[col.at("source")]);
  e.target = Trim(f[col.at("target")]);
  for (auto [name, value] : {std::pair<const char*, const std::string*>{"sentence_id", id},
                             {"sentence", text}, {"gold_root", &e.root}})
    if (value->empty()) return Result<PloverGoldEvent>::Error(std::string("empty ") + name);
  return e;
}

// A coded PLOVER type as the gold writes it: upper case, and CONCEDE and RETREAT under
// their older common name YIELD when the gold uses that name.
std::string GoldType(const std::string& plover, bool yield_vocabulary) {
  std::string t = Upper(plover);
  if (yield_vocabulary && (t == "CONCEDE" || t == "RETREAT")) return "YIELD";
  return t;
}

bool ContainsFolded(const std::string& hay, const std::string& needle) {
  return !needle.empty() && Lower(hay).find(Lower(needle)) != std::string::npos;
}

std::string CodedList(const std::vector<Event>& events) {
  if (events.empty()) return "nothing";
  std::string out;
  for (const auto& e : events)
    out += (out.empty() ? "" : "; ") + (e.plover.empty() ? std::string("-") : Upper(e.plover)) + " " + e.cameo +
           " \"" + e.source.name + "\" -> \"" + e.target.name + "\"";
  return out;
}

}  // namespace

bool IsPloverTsv(const std::string& path) {
  if (path.size() >= 4 && Lower(path.substr(path.size() - 4)) == ".tsv") return true;
  std::ifstream in(path);
  std::string first;
  if (!in || !std::getline(in, first)) return false;
  std::vector<std::string> names = SplitTabs(first);
  auto has = [&](const char* n) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& x) { return Trim(x) == n; });
  };
  return has("sentence_id") && has("gold_root");
}

Result<PloverGold> ParsePloverTsv(const std::string& path, const std::string& content) {
  std::istringstream in(content);
  std::string line;
  if (!std::getline(in, line)) return Result<PloverGold>::Error(path + ": empty file");
  auto col = HeaderColumns(path, line);
  if (!col) return col.status();
  PloverGold gold;
  std::map<std::string, size_t> record_of;  // sentence_id + tab + sentence -> index
  int number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string id, text;
    auto row = ParseRow(SplitTabs(line), *col, &id, &text);
    if (!row) {
      gold.skipped.push_back(path + ":" + std::to_string(number) + ": " + row.error() + "; row skipped");
      continue;
    }
    row->line = number;
    // Several rows for one sentence are several gold events of it (one per actor pair).
    auto [it, fresh] = record_of.emplace(id + "\t" + text, gold.records.size());
    if (fresh) gold.records.push_back({id, text, {}});
    gold.yield_vocabulary |= row->root == "YIELD";
    gold.records[it->second].events.push_back(std::move(*row));
    gold.rows++;
  }
  if (gold.records.empty()) return Result<PloverGold>::Error(path + ": no gold rows");
  return gold;
}

Result<PloverGold> LoadPloverTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<PloverGold>::Error(path + ": cannot open gold file");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParsePloverTsv(path, ss.str());
}

bool ActorMatchesSpan(const Actor& actor, const std::string& span, const std::string& sentence) {
  // (A name-only actor, with a name and no code, is an actor: it matches by its name.)
  const bool none = actor.empty() && actor.name.empty();
  if (!ContainsFolded(sentence, span)) return none;
  if (none) return false;
  std::vector<std::string> name = Words(Mention(actor.name)), words = Words(span);
  if (name.empty() || words.empty()) return false;
  return WordsWithin(name, words) || WordsWithin(words, name);
}

PloverReport EvaluatePlover(const Coder& coder, const PloverGold& gold) {
  PloverReport rep;
  rep.skipped = gold.skipped;
  rep.skipped_rows = gold.skipped.size();
  rep.yield_vocabulary = gold.yield_vocabulary;
  for (const auto& r : gold.records) {
    rep.records++;
    Document doc;
    doc.id = r.id;
    doc.date = kPloverStoryDate;
    doc.raw = r.text;
    std::vector<Event> events = coder.Code(doc);
    std::set<std::string> coded_types, gold_types;
    for (const auto& e : events)
      if (!e.plover.empty()) coded_types.insert(GoldType(e.plover, gold.yield_vocabulary));
    for (const auto& g : r.events) gold_types.insert(g.root);
    Count(rep.pairs, std::vector<std::string>(coded_types.begin(), coded_types.end()),
          std::vector<std::string>(gold_types.begin(), gold_types.end()));
    bool every_root = true;
    for (const auto& g : r.events) {
      rep.rows++;
      bool root = false, source = false, target = false, full = false, as_written = false;
      for (const auto& e : events) {
        as_written |= Upper(e.plover) == g.root;
        if (GoldType(e.plover, gold.yield_vocabulary) != g.root) continue;
        root = true;
        bool s = ActorMatchesSpan(e.source, g.source, r.text), t = ActorMatchesSpan(e.target, g.target, r.text);
        source |= s;
        target |= t;
        full |= s && t;
      }
      every_root &= root;
      rep.rows_root += root;
      rep.rows_root_as_written += as_written;
      rep.rows_source += source;
      rep.rows_target += target;
      rep.rows_full += full;
      if (full) continue;
      std::string wrong = !root                ? "root"
                          : !source && !target ? "source+target"
                          : !source            ? "source"
                          : !target            ? "target"
                                               : "source and target only in different events";
      rep.errors.push_back(r.id + ": gold " + g.root + " \"" + g.source + "\" -> \"" + g.target + "\" | coded " +
                           CodedList(events) + " | wrong: " + wrong + " | " + Truncate(r.text, 160));
    }
    rep.records_root += every_root;
  }
  return rep;
}

std::string FormatPloverReport(const PloverReport& r, bool with_errors) {
  std::ostringstream os;
  char buf[200];
  auto share = [&](const char* name, size_t n, size_t of) {
    snprintf(buf, sizeof buf, "  %-28s %5zu/%zu  %5.1f%%\n", name, n, of, of ? 100.0 * n / of : 0.0);
    os << buf;
  };
  os << "PLOVER gold: " << r.records << " sentences, " << r.rows << " gold events (rows; rows sharing a "
     << "sentence_id are one sentence), " << r.skipped_rows << " malformed rows skipped\n";
  os << "each sentence is coded alone with story date " << kPloverStoryDate << " (the records carry no date)\n";
  os << "a coded actor matches a gold span when the words of its name (less dyad's bracketed additions,\n"
        "\"journalists (Cairo)\") lie within the span's, or the span's within its name's (words case folded,\n"
        "\"the\" and periods dropped; a word of 4+ letters also matches one it begins: \"Egypt\",\n"
        "\"Egyptian\"); a span absent from the sentence (\"An actor\", \"a recipient\") is matched only\n"
        "by no actor\n";
  if (r.yield_vocabulary)
    os << "the gold's YIELD is PLOVER 2021's CONCEDE + RETREAT: a coded CONCEDE or RETREAT counts as YIELD\n";
  // The first few malformed rows are enough to find the fault; all go to stderr.
  for (size_t i = 0; i < r.skipped.size() && i < 10; ++i) os << "  " << r.skipped[i] << "\n";
  if (r.skipped.size() > 10) os << "  ... and " << r.skipped.size() - 10 << " more\n";
  os << "root, per sentence:\n";
  share("every gold root coded", r.records_root, r.records);
  snprintf(buf, sizeof buf,
           "  (sentence, type) pairs       precision %.1f%%  recall %.1f%%  F1 %.1f%%  (%zu/%zu/%zu)\n",
           100 * r.pairs.precision(), 100 * r.pairs.recall(), 100 * r.pairs.f1(), r.pairs.matched,
           r.pairs.predicted, r.pairs.gold);
  os << buf;
  os << "per gold event (row): a coded event of its root (root), one with the gold source (source),\n"
        "with the gold target (target), with both (full):\n";
  share("root", r.rows_root, r.rows);
  share("source", r.rows_source, r.rows);
  share("target", r.rows_target, r.rows);
  share("full (root+source+target)", r.rows_full, r.rows);
  if (r.yield_vocabulary) share("root, YIELD only as written", r.rows_root_as_written, r.rows);
  if (with_errors && !r.errors.empty()) {
    os << "\nerrors (id: gold ROOT \"source\" -> \"target\" | coded PLOVER CAMEO \"source\" -> \"target\"; ... | "
          "wrong | sentence):\n";
    for (const auto& e : r.errors) os << "  " << e << "\n";
  }
  return os.str();
}

}  // namespace dyad::eval
