// dyad — the command line. One function per command; the library does the work.
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

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
  dyad ingest FILE... [--db PATH] [--date D] [--source NAME]
      Code stories and store documents and events in SQLite (default dyad.db).
      Re-ingesting a stored document changes nothing.
  dyad events [--db PATH] [--format table|jsonl] [--limit N]
      List stored events.
  dyad explain "SENTENCE" [--date D]
      Show how a sentence is coded: tokens, parse, actors, patterns, dates, events.
  dyad actor NAME [--date D]
      Show the code(s) a name resolves to on a date, and why.
  dyad eval --gold FILE [--errors]
      Code gold records (PETRARCH validation XML or dyad JSON lines) and report precision,
      recall and F1 for root, code, source, target and the whole triple.

Options for every command that codes:
  --data DIR        dictionaries, patterns and codebook (default: built-in data folder)
  --model FILE      tagger/parser model (default: built-in model)
  --actors FILE     extra actor dictionary in dyad's format (repeatable)
  --petrarch-actors FILE, --petrarch-agents FILE   TABARI/PETRARCH dictionaries

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
                                                "--petrarch-actors", "--petrarch-agents", "--gold"};

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
          key != "--help" && key != "--errors") {
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

int Ingest(const Args& args) {
  if (args.positional.empty()) { std::cerr << "dyad ingest: give at least one FILE\n"; return 2; }
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  std::string db_path = args.Get("--db", "dyad.db");
  auto store = dyad::Store::Open(db_path);
  if (!store) { std::cerr << "dyad: " << store.error() << "\n"; return 1; }
  size_t stored = 0, unchanged = 0, events = 0, failed = 0;
  int status = ForEachDocument(args, [&](dyad::Document& doc) {
    auto evs = (*coder)->Code(doc);
    auto r = (*store)->Put(doc, evs);
    if (!r) { std::cerr << "dyad: " << r.error() << "\n"; ++failed; return; }
    if (*r == dyad::Store::PutResult::kUnchanged) ++unchanged;
    else { ++stored; events += evs.size(); }
  });
  std::cerr << "dyad: " << stored << " document(s) stored with " << events << " event(s), "
            << unchanged << " unchanged, in " << db_path << "\n";
  if (failed && !stored && !unchanged) return 1;
  return status;
}

int Events(const Args& args) {
  std::string db_path = args.Get("--db", "dyad.db");
  if (access(db_path.c_str(), F_OK) != 0) { std::cerr << "dyad: " << db_path << ": no such database\n"; return 1; }
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
  for (const auto& p : args.positional) sentence += (sentence.empty() ? "" : " ") + p;
  std::cout << (*coder)->Explain(sentence, args.Get("--date"));
  return 0;
}

int Eval(const Args& args) {
  std::string gold_path = args.Get("--gold");
  if (gold_path.empty()) { std::cerr << "dyad eval: give --gold FILE\n"; return 2; }
  auto gold = dyad::eval::LoadGold(gold_path);
  if (!gold) { std::cerr << "dyad: " << gold.error() << "\n"; return 1; }
  auto coder = MakeCoder(args);
  if (!coder) { std::cerr << "dyad: " << coder.error() << "\n"; return 1; }
  auto report = dyad::eval::Evaluate(**coder, *gold);
  std::cout << dyad::eval::FormatReport(report, args.options.count("--errors") > 0);
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  if (!strcmp(argv[1], "--version")) { std::cout << "dyad 0.1.0\n"; return 0; }
  std::string command = argv[1];
  Args args;
  std::string error;
  if (!Parse(argc, argv, 2, &args, &error)) {
    std::cerr << "dyad " << command << ": " << error << "\n";
    return 2;
  }
  if (args.options.count("--help")) { std::cout << kUsage; return 0; }
  if (command == "code") return Code(args);
  if (command == "ingest") return Ingest(args);
  if (command == "events") return Events(args);
  if (command == "explain") return Explain(args);
  if (command == "actor") return ActorCmd(args);
  if (command == "eval") return Eval(args);
  std::cerr << "dyad: unknown command '" << command << "'\n" << kUsage;
  return 2;
}
