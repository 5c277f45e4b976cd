// dyad — the command line. One function per command; the library does the work.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/codebook.h"
#include "dyad/coder.h"
#include "dyad/eval.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/store.h"

namespace {

constexpr const char* kUsage = R"(dyad — political events from news text (CAMEO + PLOVER)

Usage:
  dyad code [FILE...] [--date YYYY-MM-DD] [--source NAME] [--id ID] [--format table|jsonl]
      Code stories and print their events. FILE is .txt, .html/.htm or .jsonl; "-" or no
      FILE reads text from standard input. Output is a table on a terminal, JSON lines
      otherwise (one event per line; see README "Output contract").
  dyad ingest INPUT... [--db PATH] [--threads N] [--no-resume] [--date D] [--source NAME]
      Code stories and store documents and events (default dyad.db). INPUT: files or
      directories of .txt, .html, .jsonl, .warc, optionally .gz/.zst. Runs on every core,
      shows progress; re-ingesting a stored document changes nothing, so an interrupted
      ingest run again resumes (stored documents are skipped without coding).
  dyad enqueue --queue redis://HOST[:PORT]/STREAM INPUT...
      Add the stories of INPUTs (as for ingest) to a Redis stream, for workers.
  dyad worker --queue redis://HOST[:PORT]/STREAM --db postgresql://... [--threads N] [--drain]
      Code stories from the stream into the store; any number of workers share the work,
      a story is acknowledged once stored, stories of a dead worker are taken over.
  dyad events [--db PATH] [--format table|jsonl] [--limit N]
      List stored events.
  dyad query [--db PATH] [--actor CODE] [--dyad A,B [--directed]] [--country ISO3]
             [--code C] [--root R] [--quad Q] [--from D] [--to D] [--reported-by CODE]
             [--text WORDS] [--limit N] [--format table|csv|jsonl]
      Merged events (mentions of the same source, target, CAMEO code and day are one event,
      with NumMentions, NumSources, NumArticles as in GDELT), newest first. Codes match by
      prefix (RUS matches RUSGOV); a dyad side matches a code prefix or a country; --text
      needs every word in one mention's evidence. jsonl includes every mention's evidence.
  dyad series [--db PATH] --dyad A,B [--by day|week|month] [filters] [--format table|csv|jsonl]
      Per period: events per quad class, mentions, Goldstein sum and mean, distinct sources.
      Only events dated at least as precisely as the period count; empty periods show zeros.
  dyad alerts [--db PATH] [--by day|week|month] [--window N] [--threshold Z] [--at D]
              [--min-events N] [--format table|csv|jsonl]
      Dyads (unordered country pairs) whose last period departs from their own history.
      For each dyad and period: the conflict count (quad class 3 and 4 events) and the
      Goldstein sum. z = (last - mean of the N trailing periods) / max(sd, 1), sd the
      population standard deviation over those N periods (default N 8, weeks). A dyad is
      listed when |z| of either measure >= Z (default 2) and it has at least --min-events
      events (default 3) in the window and last period. The last period is the one holding
      --at (default: the latest dated event). Sorted by the largest |z|.
  dyad export [--db PATH] --format gdelt|jsonl|plover [filters] [--header]
      gdelt: the 58 columns of the GDELT 1.0 event table (GLOBALEVENTID ... SOURCEURL),
      tab-separated, no header unless --header; columns dyad lacks are empty.
      jsonl: merged events with their mentions. plover: PLOVER/POLECAT-style records.
  dyad ingest ... --merge-days N   merge mentions whose dates are within N days (default 0)
  dyad explain "SENTENCE" [--date D]
      Show how a sentence is coded: tokens, parse, actors, patterns, dates, events.
      "-" reads a whole story from standard input and shows each of its sentences.
  dyad actor NAME [--date D]
      Show the code(s) a name resolves to on a date, and why.
  dyad eval --gold FILE [--errors]
      Code gold records (PETRARCH validation XML or dyad JSON lines) and report precision,
      recall and F1 for root, code, source, target and the whole triple. A PLOVER gold
      TSV (.tsv, or a header with sentence_id and gold_root, as PLV_train.tsv) is scored
      on PLOVER types and on the annotated source and target text spans instead.
  dyad serve [--db PATH] [--port 8080] [--host 127.0.0.1]
      Serve the JSON API (/api/events, /api/series, /api/code...) and the dashboard (/)
      of a database; dyad serve --help lists the limits. See README "dyad serve".

--db PATH is a SQLite file (default dyad.db) or a PostgreSQL URL, postgresql://user@host/db.

Options for every command that codes:
  --data DIR        dictionaries, patterns and codebook (default: built-in data folder)
  --model FILE      tagger/parser model (default: built-in model)
  --actors FILE     extra actor dictionary in dyad's format (repeatable)
  --petrarch-actors FILE, --petrarch-agents FILE   TABARI/PETRARCH dictionaries
  --dyads-only      only events with both a source and a target (PETRARCH's require_dyad)

Exit status: 0 when at least one document was processed (errors for the others are printed
on stderr, one line each), 1 when nothing could be processed, 2 for a usage error.
)";

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;
  std::string Get(const std::string& key, const std::string& def = "") const {
    auto it = options.find(key);
    return it == options.end() || it->second.empty() ? def : it->second.back();
  }
  std::vector<std::string> All(const std::string& key) const {
    auto it = options.find(key);
    return it == options.end() ? std::vector<std::string>{} : it->second;
  }
};

const std::vector<std::string> kValueOptions = {"--date", "--source", "--id", "--format", "--db",
                                                "--limit", "--data", "--model", "--actors",
                                                "--petrarch-actors", "--petrarch-agents", "--gold",
                                                "--actor", "--dyad", "--country", "--code", "--root",
                                                "--quad", "--from", "--to", "--reported-by", "--text",
                                                "--by", "--window", "--threshold", "--at",
                                                "--min-events", "--merge-days"};
const std::vector<std::string> kFlagOptions = {"--help", "--errors", "--directed", "--header", "--dyads-only"};

bool Parse(int argc, char** argv, int start, Args* args, std::string* error) {
  for (int i = start; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) == 0 && a.size() > 2) {
      std::string key = a, value;
      size_t eq = a.find('=');
      if (eq != std::string::npos) {
        key = a.substr(0, eq);
        value = a.substr(eq + 1);
      } else if (std::find(kValueOptions.begin(), kValueOptions.end(), key) != kValueOptions.end()) {
        if (i + 1 >= argc) { *error = key + " needs a value"; return false; }
        value = argv[++i];
      }
      if (std::find(kValueOptions.begin(), kValueOptions.end(), key) == kValueOptions.end() &&
          std::find(kFlagOptions.begin(), kFlagOptions.end(), key) == kFlagOptions.end()) {
        *error = "unknown option " + key;
        return false;
      }
      args->options[key].push_back(value);
    } else {
      args->positional.push_back(a);
    }
  }
  return true;
}

dyad::Result<std::unique_ptr<dyad::Coder>> MakeCoder(const Args& args) {
  dyad::CoderOptions o;
  o.data_dir = args.Get("--data");
  o.model_path = args.Get("--model");
  o.actor_files = args.All("--actors");
  o.petrarch_actor_files = args.All("--petrarch-actors");
  o.petrarch_agent_files = args.All("--petrarch-agents");
  o.require_target = args.options.count("--dyads-only") > 0;
  return dyad::Coder::Create(o);
}

dyad::ingest::Options IngestOptions(const Args& args) {
  dyad::ingest::Options o;
  o.date = args.Get("--date");
  o.source = args.Get("--source");
  o.id = args.Get("--id");
  return o;
}

// Reads every input and hands each good document to `each`; returns the exit status.
int ForEachDocument(const Args& args, const std::function<void(dyad::Document&)>& each) {
  std::vector<std::string> inputs = args.positional;
  if (inputs.empty()) inputs.push_back("-");
  auto options = IngestOptions(args);
  size_t good = 0, bad = 0;
  for (const auto& path : inputs) {
    dyad::Status s = dyad::ingest::ReadPath(path, options, [&](dyad::Result<dyad::Document> doc) {
      if (!doc) {
        std::cerr << "dyad: " << doc.error() << "\n";
        ++bad;
        return;
      }
      ++good;
      each(*doc);
    });
    if (!s) {
      std::cerr << "dyad: " << s.message() << "\n";
      ++bad;
    }
  }
  if (good == 0 && bad > 0) return 1;
  return 0;
}

int Code(const Args& args) {
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  std::string format = args.Get("--format", isatty(STDOUT_FILENO) ? "table" : "jsonl");
  if (format != "table" && format != "jsonl") {
    std::cerr << "dyad: unknown format '" << format << "' (table or jsonl)\n";
    return 2;
  }
  std::vector<dyad::Event> all;
  int status = ForEachDocument(args, [&](dyad::Document& doc) {
    auto events = (*coder)->Code(doc);
    if (format == "jsonl") {
      for (const auto& e : events) std::cout << dyad::output::ToJsonLine(e) << "\n";
    } else {
      all.insert(all.end(), events.begin(), events.end());
    }
  });
  if (format == "table") dyad::output::PrintTable(std::cout, all, isatty(STDOUT_FILENO));
  return status;
}

int Events(const Args& args) {
  std::string db_path = args.Get("--db", "dyad.db");
  if (db_path.find("://") == std::string::npos && access(db_path.c_str(), F_OK) != 0) {
    std::cerr << "dyad: " << db_path << ": no such database\n";
    return 1;
  }
  auto store = dyad::Store::Open(db_path);
  if (!store) { std::cerr << "dyad: " << store.error() << "\n"; return 1; }
  size_t limit = 0;
  try { limit = std::stoul(args.Get("--limit", "0")); } catch (...) {
    std::cerr << "dyad: --limit needs a number\n";
    return 2;
  }
  auto events = (*store)->Events(limit);
  if (!events) { std::cerr << "dyad: " << events.error() << "\n"; return 1; }
  std::string format = args.Get("--format", isatty(STDOUT_FILENO) ? "table" : "jsonl");
  if (format == "jsonl") {
    for (const auto& e : *events) std::cout << dyad::output::ToJsonLine(e) << "\n";
  } else {
    dyad::output::PrintTable(std::cout, *events, isatty(STDOUT_FILENO));
  }
  return 0;
}

int Explain(const Args& args) {
  if (args.positional.empty()) { std::cerr << "dyad explain: give a sentence\n"; return 2; }
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  std::string sentence;
  if (args.positional.size() == 1 && args.positional[0] == "-") {  // a whole story from standard input
    std::ostringstream in;
    in << std::cin.rdbuf();
    sentence = in.str();
  } else {
    for (const auto& p : args.positional) sentence += (sentence.empty() ? "" : " ") + p;
  }
  std::cout << (*coder)->Explain(sentence, args.Get("--date"));
  return 0;
}

// PLOVER gold sentences: malformed rows are reported on stderr too, and do not stop the run.
int EvalPlover(const Args& args, const std::string& gold_path, bool errors) {
  auto gold = dyad::eval::LoadPloverTsv(gold_path);
  if (!gold) { std::cerr << "dyad: " << gold.error() << "\n"; return 1; }
  for (const auto& s : gold->skipped) std::cerr << "dyad: " << s << "\n";
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  auto report = dyad::eval::EvaluatePlover(**coder, *gold);
  std::cout << dyad::eval::FormatPloverReport(report, errors);
  return 0;
}

int Eval(const Args& args) {
  std::string gold_path = args.Get("--gold");
  if (gold_path.empty()) { std::cerr << "dyad eval: give --gold FILE\n"; return 2; }
  bool errors = args.options.count("--errors") > 0;
  if (dyad::eval::IsPloverTsv(gold_path)) return EvalPlover(args, gold_path, errors);
  auto gold = dyad::eval::LoadGold(gold_path);
  if (!gold) { std::cerr << "dyad: " << gold.error() << "\n"; return 1; }
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  auto report = dyad::eval::Evaluate(**coder, *gold);
  std::cout << dyad::eval::FormatReport(report, errors);
  return 0;
}

int ActorCmd(const Args& args) {
  if (args.positional.empty()) { std::cerr << "dyad actor: give a name\n"; return 2; }
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  std::string name;
  for (const auto& p : args.positional) name += (name.empty() ? "" : " ") + p;
  std::string why;
  dyad::Actor actor = dyad::actors::ResolvePhrase((*coder)->dictionary(), name, args.Get("--date"), &why);
  if (actor.code.empty()) { std::cout << name << ": no actor\n"; return 1; }
  std::cout << actor.code << "\t" << actor.name << "\n";
  for (const auto& m : (*coder)->dictionary().Lookup(name, args.Get("--date")))
    std::cout << "  " << m.actor.code << "\t" << dyad::actors::KindName(m.kind) << "\t" << m.why << "\n";
  return 0;
}

// ---- query, series, alerts, export: the store's read side ----

// Opens an existing database (a file, or a postgresql:// URL); nullptr after a message.
std::unique_ptr<dyad::Store> OpenExisting(const Args& args) {
  std::string db_path = args.Get("--db", "dyad.db");
  if (db_path.find("://") == std::string::npos && access(db_path.c_str(), F_OK) != 0) {
    std::cerr << "dyad: " << db_path << ": no such database\n";
    return nullptr;
  }
  auto store = dyad::Store::Open(db_path);
  if (!store) { std::cerr << "dyad: " << store.error() << "\n"; return nullptr; }
  return std::move(*store);
}

bool ValidDate(const std::string& d) {
  int64_t day;
  return d.size() == 10 && dyad::dates::FirstDay(d, &day);
}

// The filters shared by query, series and export; false after a usage message.
bool ParseFilters(const Args& args, dyad::EventQuery* q) {
  q->actor = args.Get("--actor");
  q->country = args.Get("--country");
  q->code = args.Get("--code");
  q->root = args.Get("--root");
  q->reported_by = args.Get("--reported-by");
  q->text = args.Get("--text");
  q->directed = args.options.count("--directed") > 0;
  if (std::string dy = args.Get("--dyad"); !dy.empty()) {
    size_t comma = dy.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == dy.size()) {
      std::cerr << "dyad: --dyad needs two codes, A,B\n";
      return false;
    }
    q->dyad_a = dy.substr(0, comma);
    q->dyad_b = dy.substr(comma + 1);
  }
  if (std::string quad = args.Get("--quad"); !quad.empty()) {
    if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4') {
      std::cerr << "dyad: --quad is 1, 2, 3 or 4\n";
      return false;
    }
    q->quad = quad[0] - '0';
  }
  for (auto [key, field] : {std::pair{"--from", &q->from}, std::pair{"--to", &q->to}}) {
    *field = args.Get(key);
    if (!field->empty() && !ValidDate(*field)) {
      std::cerr << "dyad: " << key << " needs a date, YYYY-MM-DD\n";
      return false;
    }
  }
  if (std::string limit = args.Get("--limit"); !limit.empty()) {
    try { q->limit = std::stoul(limit); } catch (...) {
      std::cerr << "dyad: --limit needs a number\n";
      return false;
    }
  }
  return true;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Num(double v, int digits = 2) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// Prints rows as an aligned table (first row: header) or as CSV.
void PrintRows(const std::vector<std::vector<std::string>>& rows, bool csv) {
  if (csv) {
    for (const auto& r : rows) {
      for (size_t i = 0; i < r.size(); ++i) std::cout << (i ? "," : "") << CsvField(r[i]);
      std::cout << "\n";
    }
    return;
  }
  std::vector<size_t> width;
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], r[i].size());
    }
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(width[i] - r[i].size() + 2, ' ');
    }
    std::cout << line << "\n";
  }
}

std::string FormatOption(const Args& args, const std::string& tty_default, const std::string& pipe_default,
                         const std::vector<std::string>& allowed) {
  std::string f = args.Get("--format", isatty(STDOUT_FILENO) ? tty_default : pipe_default);
  if (std::find(allowed.begin(), allowed.end(), f) == allowed.end()) return "";
  return f;
}

int Query(const Args& args) {
  dyad::EventQuery q;
  if (!ParseFilters(args, &q)) return 2;
  std::string format = FormatOption(args, "table", "jsonl", {"table", "csv", "jsonl"});
  if (format.empty()) { std::cerr << "dyad query: --format is table, csv or jsonl\n"; return 2; }
  auto store = OpenExisting(args);
  if (!store) return 1;
  q.with_mentions = true;
  std::vector<std::vector<std::string>> rows;
  if (format == "csv")
    rows.push_back({"id", "date", "date_precision", "source_code", "source_name", "source_country",
                    "target_code", "target_name", "target_country", "cameo", "cameo_root", "quad_class",
                    "goldstein", "plover", "num_mentions", "num_sources", "num_articles", "first_doc",
                    "source_url", "evidence"});
  else if (format == "table")
    rows.push_back({"ID", "DATE", "SOURCE", "TARGET", "CAMEO", "Q", "GOLD", "MENT", "SRC", "ART", "EVIDENCE"});
  dyad::Status s = store->ForEach(q, [&](const dyad::StoredEvent& e) {
    std::string evidence = e.mentions.empty() ? "" : e.mentions.front().coded.evidence.text;
    if (format == "jsonl") {
      std::cout << dyad::exporter::JsonLine(e) << "\n";
    } else if (format == "csv") {
      rows.push_back({std::to_string(e.id), e.date, e.date_precision, e.source.code, e.source.name,
                      e.source.country, e.target.code, e.target.name, e.target.country, e.cameo,
                      e.cameo_root, std::to_string(e.quad_class), Num(e.goldstein, 1), e.plover,
                      std::to_string(e.num_mentions), std::to_string(e.num_sources),
                      std::to_string(e.num_articles), e.first_doc, e.source_url, evidence});
    } else {
      if (evidence.size() > 70) {
        size_t cut = 67;
        while (cut > 0 && (static_cast<unsigned char>(evidence[cut]) & 0xC0) == 0x80) --cut;
        evidence = evidence.substr(0, cut) + "...";
      }
      // (A side with no code, a name-only actor or a thing, shows its name in quotes, as
      // `dyad code` does.)
      auto side = [](const dyad::Actor& x) {
        return !x.code.empty() ? x.code : x.name.empty() ? std::string() : "\"" + x.name + "\"";
      };
      rows.push_back({std::to_string(e.id), e.date, side(e.source), side(e.target), e.cameo,
                      std::to_string(e.quad_class), Num(e.goldstein, 1), std::to_string(e.num_mentions),
                      std::to_string(e.num_sources), std::to_string(e.num_articles), evidence});
    }
  });
  if (!s) { std::cerr << "dyad: " << s.message() << "\n"; return 1; }
  if (format != "jsonl") PrintRows(rows, format == "csv");
  return 0;
}

int SeriesCmd(const Args& args) {
  dyad::EventQuery q;
  if (!ParseFilters(args, &q)) return 2;
  if (q.dyad_a.empty()) { std::cerr << "dyad series: give --dyad A,B\n"; return 2; }
  dyad::Period by;
  if (!dyad::ParsePeriod(args.Get("--by", "day"), &by)) {
    std::cerr << "dyad series: --by is day, week or month\n";
    return 2;
  }
  std::string format = FormatOption(args, "table", "csv", {"table", "csv", "jsonl"});
  if (format.empty()) { std::cerr << "dyad series: --format is table, csv or jsonl\n"; return 2; }
  auto store = OpenExisting(args);
  if (!store) return 1;
  auto series = store->Series(q, by);
  if (!series) { std::cerr << "dyad: " << series.error() << "\n"; return 1; }
  std::vector<std::vector<std::string>> rows = {{"period", "events", "quad1", "quad2", "quad3", "quad4",
                                                 "mentions", "goldstein_sum", "goldstein_mean", "sources"}};
  for (const auto& p : *series) {
    if (format == "jsonl") {
      std::cout << nlohmann::json{{"period", p.period}, {"events", p.events},
                                  {"quad1", p.quad[1]}, {"quad2", p.quad[2]}, {"quad3", p.quad[3]},
                                  {"quad4", p.quad[4]}, {"mentions", p.mentions},
                                  {"goldstein_sum", p.goldstein_sum}, {"goldstein_mean", p.goldstein_mean},
                                  {"sources", p.sources}}.dump()
                << "\n";
      continue;
    }
    rows.push_back({p.period, std::to_string(p.events), std::to_string(p.quad[1]), std::to_string(p.quad[2]),
                    std::to_string(p.quad[3]), std::to_string(p.quad[4]), std::to_string(p.mentions),
                    Num(p.goldstein_sum, 1), Num(p.goldstein_mean, 2), std::to_string(p.sources)});
  }
  if (format != "jsonl") PrintRows(rows, format == "csv");
  return 0;
}

int AlertsCmd(const Args& args) {
  dyad::AlertOptions o;
  if (!dyad::ParsePeriod(args.Get("--by", "week"), &o.by)) {
    std::cerr << "dyad alerts: --by is day, week or month\n";
    return 2;
  }
  try {
    o.window = std::stoi(args.Get("--window", "8"));
    o.threshold = std::stod(args.Get("--threshold", "2"));
    o.min_events = std::stoi(args.Get("--min-events", "3"));
  } catch (...) {
    std::cerr << "dyad alerts: --window, --threshold and --min-events need numbers\n";
    return 2;
  }
  if (o.window < 1) { std::cerr << "dyad alerts: --window must be at least 1\n"; return 2; }
  o.at = args.Get("--at");
  if (!o.at.empty() && !ValidDate(o.at)) { std::cerr << "dyad alerts: --at needs a date, YYYY-MM-DD\n"; return 2; }
  std::string format = FormatOption(args, "table", "csv", {"table", "csv", "jsonl"});
  if (format.empty()) { std::cerr << "dyad alerts: --format is table, csv or jsonl\n"; return 2; }
  auto store = OpenExisting(args);
  if (!store) return 1;
  auto alerts = store->Alerts(o);
  if (!alerts) { std::cerr << "dyad: " << alerts.error() << "\n"; return 1; }
  std::vector<std::vector<std::string>> rows = {{"dyad", "period", "conflict", "conflict_mean", "conflict_sd",
                                                 "conflict_z", "goldstein", "goldstein_mean", "goldstein_sd",
                                                 "goldstein_z", "events"}};
  for (const auto& a : *alerts) {
    std::string dy = a.side_a + "," + a.side_b;
    if (format == "jsonl") {
      std::cout << nlohmann::json{{"dyad", {a.side_a, a.side_b}}, {"period", a.period},
                                  {"conflict", a.conflict}, {"conflict_mean", a.conflict_mean},
                                  {"conflict_sd", a.conflict_sd}, {"conflict_z", a.conflict_z},
                                  {"goldstein", a.goldstein}, {"goldstein_mean", a.goldstein_mean},
                                  {"goldstein_sd", a.goldstein_sd}, {"goldstein_z", a.goldstein_z},
                                  {"events", a.events}}.dump()
                << "\n";
      continue;
    }
    rows.push_back({dy, a.period, std::to_string(a.conflict), Num(a.conflict_mean), Num(a.conflict_sd),
                    Num(a.conflict_z), Num(a.goldstein, 1), Num(a.goldstein_mean), Num(a.goldstein_sd),
                    Num(a.goldstein_z), std::to_string(a.events)});
  }
  if (format != "jsonl") PrintRows(rows, format == "csv");
  return 0;
}

int Export(const Args& args) {
  dyad::EventQuery q;
  if (!ParseFilters(args, &q)) return 2;
  std::string format = args.Get("--format");
  if (format != "gdelt" && format != "jsonl" && format != "plover") {
    std::cerr << "dyad export: --format is gdelt, jsonl or plover\n";
    return 2;
  }
  auto store = OpenExisting(args);
  if (!store) return 1;
  std::unique_ptr<dyad::Codebook> codebook;
  if (format == "plover") {
    const char* env = std::getenv("DYAD_DATA_DIR");
    std::string data = args.Get("--data", env && *env ? env : DYAD_DATA_DIR);
    auto cb = dyad::Codebook::Load(data + "/cameo/codebook.tsv");
    if (cb) codebook = std::make_unique<dyad::Codebook>(std::move(*cb));
    else std::cerr << "dyad: " << cb.error() << " (PLOVER mode and contexts left empty)\n";
  }
  q.with_mentions = format != "gdelt";
  if (format == "gdelt" && args.options.count("--header")) {
    const auto& cols = dyad::exporter::GdeltColumns();
    for (size_t i = 0; i < cols.size(); ++i) std::cout << (i ? "\t" : "") << cols[i];
    std::cout << "\n";
  }
  dyad::Status s = store->ForEach(q, [&](const dyad::StoredEvent& e) {
    if (format == "gdelt") std::cout << dyad::exporter::GdeltRow(e) << "\n";
    else if (format == "jsonl") std::cout << dyad::exporter::JsonLine(e) << "\n";
    else std::cout << dyad::exporter::PloverLine(e, codebook.get()) << "\n";
  });
  if (!s) { std::cerr << "dyad: " << s.message() << "\n"; return 1; }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  if (!strcmp(argv[1], "--version")) { std::cout << "dyad 0.1.0\n"; return 0; }
  std::string command = argv[1];
  // Commands with their own file (src/cli/<name>.cc) parse their own options.
  std::vector<std::string> rest(argv + 2, argv + argc);
  if (command == "ingest") return IngestCommand(rest);
  if (command == "worker") return WorkerCommand(rest);
  if (command == "enqueue") return EnqueueCommand(rest);
  if (command == "serve") return ServeCommand(rest);
  Args args;
  std::string error;
  if (!Parse(argc, argv, 2, &args, &error)) {
    std::cerr << "dyad " << command << ": " << error << "\n";
    return 2;
  }
  if (args.options.count("--help")) { std::cout << kUsage; return 0; }
  if (command == "code") return Code(args);
  if (command == "events") return Events(args);
  if (command == "explain") return Explain(args);
  if (command == "actor") return ActorCmd(args);
  if (command == "eval") return Eval(args);
  if (command == "query") return Query(args);
  if (command == "series") return SeriesCmd(args);
  if (command == "alerts") return AlertsCmd(args);
  if (command == "export") return Export(args);
  std::cerr << "dyad: unknown command '" << command << "'\n" << kUsage;
  return 2;
}
