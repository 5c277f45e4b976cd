// dyad/codebook.h — the CAMEO event codebook as data (data/cameo/codebook.tsv): every
// code's name, Goldstein value, quad class and PLOVER event type, mode and context.
#pragma once

#include <map>
#include <string>

#include "dyad/status.h"

namespace dyad {

struct CodeInfo {
  std::string code, name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_event, plover_mode, plover_context;
};

class Codebook {
 public:
  static Result<Codebook> Load(const std::string& path);
  // The entry for a code; falls back to its parent ("0413" -> "041" -> "04").
  const CodeInfo* Find(const std::string& code) const;
  const std::map<std::string, CodeInfo>& codes() const { return codes_; }

 private:
  std::map<std::string, CodeInfo> codes_;
};

}  // namespace dyad
