// Option parsing shared by the commands of src/cli/ that have their own file, and the
// options of every command that codes (--data, --model, --actors, ...).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::cli {

struct Parsed {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;
  std::string Get(const std::string& key, const std::string& def = "") const;
  std::vector<std::string> All(const std::string& key) const;
  bool Has(const std::string& key) const { return options.count(key) > 0; }
};

// --key VALUE, --key=VALUE and flags; anything else starting with "--" is an error. The
// coder options are always accepted.
Result<Parsed> ParseOptions(const std::vector<std::string>& args, std::vector<std::string> value_options,
                            std::vector<std::string> flags);

// A Coder from --data, --model, --actors, --petrarch-actors, --petrarch-agents.
Result<std::unique_ptr<Coder>> MakeCoder(const Parsed& p);

// A non-negative integer option; false (after a message naming it) when it is not one.
bool IntOption(const Parsed& p, const std::string& key, long def, long* out, const char* command);

}  // namespace dyad::cli
