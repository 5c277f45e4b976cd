// Option parsing for the commands of src/cli/ that have their own file.
#include "cli_options.h"

#include <algorithm>
#include <iostream>

namespace dyad::cli {

std::string Parsed::Get(const std::string& key, const std::string& def) const {
  auto it = options.find(key);
  return it == options.end() || it->second.empty() ? def : it->second.back();
}

std::vector<std::string> Parsed::All(const std::string& key) const {
  auto it = options.find(key);
  return it == options.end() ? std::vector<std::string>{} : it->second;
}

Result<Parsed> ParseOptions(const std::vector<std::string>& args, std::vector<std::string> values,
                            std::vector<std::string> flags) {
  for (const char* o : {"--data", "--model", "--actors", "--petrarch-actors", "--petrarch-agents"}) values.push_back(o);
  flags.push_back("--help");
  auto in = [](const std::vector<std::string>& v, const std::string& k) { return std::find(v.begin(), v.end(), k) != v.end(); };
  Parsed p;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0 || a.size() == 2) {
      p.positional.push_back(a);
      continue;
    }
    std::string key = a, value;
    size_t eq = a.find('=');
    if (eq != std::string::npos) {
      key = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    if (in(values, key)) {
      if (eq == std::string::npos) {
        if (i + 1 >= args.size()) return Result<Parsed>::Error(key + " needs a value");
        value = args[++i];
      }
    } else if (!in(flags, key)) {
      return Result<Parsed>::Error("unknown option " + key);
    }
    p.options[key].push_back(value);
  }
  return p;
}

Result<std::unique_ptr<Coder>> MakeCoder(const Parsed& p) {
  CoderOptions o;
  o.data_dir = p.Get("--data");
  o.model_path = p.Get("--model");
  o.actor_files = p.All("--actors");
  o.petrarch_actor_files = p.All("--petrarch-actors");
  o.petrarch_agent_files = p.All("--petrarch-agents");
  return Coder::Create(o);
}

bool IntOption(const Parsed& p, const std::string& key, long def, long* out, const char* command) {
  std::string v = p.Get(key);
  if (v.empty()) { *out = def; return true; }
  char* end = nullptr;
  long n = strtol(v.c_str(), &end, 10);
  if (end == v.c_str() || *end || n < 0) {
    std::cerr << "dyad " << command << ": " << key << " needs a non-negative number\n";
    return false;
  }
  *out = n;
  return true;
}

}  // namespace dyad::cli
