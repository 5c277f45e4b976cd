// Helpers shared by the end-to-end tests: one Coder for the whole test binary, the
// shared reference folder, and running the dyad binary.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "dyad/coder.h"

namespace dyad::testing {

// The Coder built from the repository's data and model (loaded once).
inline const Coder& SharedCoder() {
  static std::unique_ptr<Coder> coder = [] {
    auto c = Coder::Create({});
    if (!c) {
      fprintf(stderr, "cannot build the coder: %s\n", c.error().c_str());
      std::abort();
    }
    return std::move(*c);
  }();
  return *coder;
}

// ../shared (or $DYAD_SHARED_DIR / $DYAD_REFERENCE_DIR); empty when absent.
inline std::string SharedDir() {
  for (const char* var : {"DYAD_REFERENCE_DIR", "DYAD_SHARED_DIR"}) {
    const char* v = std::getenv(var);
    if (v && *v && std::filesystem::is_directory(v)) return v;
  }
  std::string guess = std::string(DYAD_SOURCE_DIR) + "/../shared";
  return std::filesystem::is_directory(guess) ? guess : "";
}

struct RunResult {
  int status = -1;
  std::string out, err;
};

// Runs the dyad binary with arguments (a shell-quoted string), capturing output.
RunResult RunDyad(const std::string& args, const std::string& stdin_file = "");

}  // namespace dyad::testing
