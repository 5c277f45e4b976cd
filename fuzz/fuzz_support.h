// Helpers shared by the libFuzzer targets of fuzz/ (see fuzz/README.md).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace dyad::fuzz {

// Writes the input to a file of this process (one per extension, rewritten each time) and
// returns its path: the dictionary and treebank loaders read files, not bytes.
inline std::string WriteTemp(const uint8_t* data, size_t size, const std::string& ext) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/dyad-fuzz-" +
                     std::to_string(getpid()) + ext;
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  return path;
}

// Aborts (a finding for libFuzzer) when an invariant the public headers promise fails.
inline void Require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

}  // namespace dyad::fuzz
