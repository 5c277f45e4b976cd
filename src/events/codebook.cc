#include "dyad/codebook.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace dyad {

Result<Codebook> Codebook::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Result<Codebook>::Error(path + ": cannot open the CAMEO codebook");
  Codebook book;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#' || line.rfind("code\t", 0) == 0) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() < 4)
      return Result<Codebook>::Error(path + ":" + std::to_string(number) + ": expected at least 4 fields");
    // CAMEO codes are 2 to 4 digits ("01", "010", "0211").
    bool digits = f[0].size() >= 2 && f[0].size() <= 4 &&
                  f[0].find_first_not_of("0123456789") == std::string::npos;
    if (!digits)
      return Result<Codebook>::Error(path + ":" + std::to_string(number) + ": code '" + f[0] +
                                     "' is not 2 to 4 digits");
    CodeInfo c;
    c.code = f[0];
    c.name = f[1];
    try {
      c.goldstein = std::stod(f[2]);
      c.quad_class = std::stoi(f[3]);
    } catch (...) {
      return Result<Codebook>::Error(path + ":" + std::to_string(number) + ": bad number");
    }
    if (!(c.goldstein >= -10 && c.goldstein <= 10) || c.quad_class < 1 || c.quad_class > 4)
      return Result<Codebook>::Error(path + ":" + std::to_string(number) +
                                     ": Goldstein outside -10..10 or quad class outside 1..4");
    if (f.size() > 4) c.plover_event = f[4];
    if (f.size() > 5) c.plover_mode = f[5];
    if (f.size() > 6) c.plover_context = f[6];
    book.codes_[c.code] = c;
  }
  if (book.codes_.empty()) return Result<Codebook>::Error(path + ": no codes");
  return book;
}

const CodeInfo* Codebook::Find(const std::string& code) const {
  std::string c = code;
  while (c.size() >= 2) {
    auto it = codes_.find(c);
    if (it != codes_.end()) return &it->second;
    c.pop_back();
  }
  return nullptr;
}

}  // namespace dyad
