#include "syntax/conllu.h"

#include <charconv>
#include <fstream>

namespace dyad::syntax {

Result<std::vector<ConllSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<std::vector<ConllSentence>>::Error(path + ": cannot open file");
  std::vector<ConllSentence> out;
  ConllSentence cur;
  std::string line;
  size_t lineno = 0;
  auto fail = [&](const std::string& why) {
    return Result<std::vector<ConllSentence>>::Error(path + ":" + std::to_string(lineno) + ": " + why);
  };
  auto finish = [&]() -> bool {
    if (cur.words.empty()) return true;
    for (const ConllWord& w : cur.words)
      if (w.head >= static_cast<int>(cur.words.size())) return false;
    out.push_back(std::move(cur));
    cur = ConllSentence();
    return true;
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!finish()) return fail("head index out of range in the sentence ending here");
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string_view> f;
    std::string_view rest(line);
    while (true) {
      size_t t = rest.find('\t');
      f.push_back(rest.substr(0, t));
      if (t == std::string_view::npos) break;
      rest.remove_prefix(t + 1);
    }
    if (f.size() != 10) return fail("expected 10 tab-separated fields, found " + std::to_string(f.size()));
    if (f[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword token / empty node
    int id = 0, head = 0;
    auto r1 = std::from_chars(f[0].data(), f[0].data() + f[0].size(), id);
    auto r2 = std::from_chars(f[6].data(), f[6].data() + f[6].size(), head);
    if (r1.ec != std::errc() || r2.ec != std::errc() || id != static_cast<int>(cur.words.size()) + 1 || head < 0)
      return fail("bad word id or head");
    ConllWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.head = head - 1;
    w.deprel = f[7];
    cur.words.push_back(std::move(w));
  }
  if (!finish()) return fail("head index out of range in the last sentence");
  return out;
}

}  // namespace dyad::syntax
