#include "patterns.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace dyad::events {
namespace {

const std::set<std::string>& Prepositions() {
  static const std::set<std::string> kPreps = {
      "with", "on", "against", "to", "at", "from", "for", "of", "in", "into", "toward",
      "towards", "over", "about", "by", "upon", "onto", "between", "among", "across",
      "near", "after", "under", "within", "through", "regarding", "like", "as", "inside",
      "outside", "off", "out", "around", "behind", "beyond", "during", "amid", "along",
      "alongside", "beside"};
  return kPreps;
}

std::vector<std::string> Choices(const std::string& word) {
  std::string w = word;
  if (w.size() >= 2 && w.front() == '{' && w.back() == '}') w = w.substr(1, w.size() - 2);
  std::vector<std::string> out;
  std::stringstream ss(w);
  std::string part;
  while (std::getline(ss, part, ',')) {
    part.erase(0, part.find_first_not_of(' '));
    while (!part.empty() && part.back() == ' ') part.pop_back();
    for (auto& c : part) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

}  // namespace

Status PatternSet::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open pattern file");
  std::string file = std::filesystem::path(path).filename().string();
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    auto error = [&](const std::string& why) {
      return Status::Error(path + ":" + std::to_string(number) + ": " + why);
    };
    Pattern p;
    p.file = file;
    p.line = number;
    size_t bar = line.find('|');
    std::string body = line.substr(0, bar);
    if (bar != std::string::npos) {
      p.example = line.substr(bar + 1);
      p.example.erase(0, p.example.find_first_not_of(" \t"));
      while (!p.example.empty() && isspace(static_cast<unsigned char>(p.example.back())))
        p.example.pop_back();
    }
    std::stringstream ss(body);
    std::vector<std::string> words;
    std::string w;
    ss >> p.code;
    while (ss >> w) words.push_back(w);
    if (p.code.empty() || !std::all_of(p.code.begin(), p.code.end(), ::isdigit))
      return error("a pattern line starts with a CAMEO code");
    if (words.empty()) return error("empty pattern");
    size_t k = 0;
    if (words[0] == "SRC") {
      k = 1;
    } else {
      p.noun = true;
    }
    if (k >= words.size()) return error("pattern has no head word");
    p.heads = Choices(words[k]);
    for (auto& h : p.heads)
      if (!h.empty() && h.back() == '*') h.pop_back();
    std::erase(p.heads, std::string());
    if (p.heads.empty()) return error("pattern head '" + words[k] + "' has no word");
    ++k;
    const size_t after_head = k;
    for (; k < words.size(); ++k) {
      const std::string& word = words[k];
      if (word == "SRC") continue;  // SRC elsewhere than first: source found generically
      PatternItem item;
      // ("SRC tip off TGT": right after the head, "off" and "out" are its particle, a word
      // the pattern needs, and TGT its object; read as "off TGT", the pattern was "SRC tip".)
      const bool particle = k == after_head && (word == "off" || word == "out");
      if (word == "TGT" || word == "TGT!") {
        item.kind = PatternItem::Kind::kTarget;
        item.required = word == "TGT!";
        p.has_target = true;
      } else if (k + 1 < words.size() && (words[k + 1] == "TGT" || words[k + 1] == "TGT!") &&
                 Prepositions().count(word) && !particle) {
        item.kind = PatternItem::Kind::kTarget;
        item.prep = word;
        item.required = words[k + 1] == "TGT!";
        p.has_target = true;
        ++k;
      } else if (word == "OBJ") {
        item.any_object = true;
      } else {
        item.lemmas = Choices(word);
        for (auto& l : item.lemmas)
          if (!l.empty() && l.back() == '*') { l.pop_back(); item.prefix = true; }
        std::erase(item.lemmas, std::string());
        if (item.lemmas.empty()) return error("pattern word '" + word + "' has no word");
      }
      p.items.push_back(std::move(item));
    }
    p.text = body;
    while (!p.text.empty() && isspace(static_cast<unsigned char>(p.text.back()))) p.text.pop_back();
    p.text.erase(0, p.text.find_first_not_of(" \t"));
    patterns_.push_back(std::move(p));
    Index(static_cast<int>(patterns_.size()) - 1);
  }
  BuildHeadTable();
  return Status::Ok();
}

void PatternSet::Index(int id) {
  const Pattern& p = patterns_[id];
  auto& index = p.noun ? noun_index_ : verb_index_;
  for (const auto& h : p.heads) index[h].push_back(id);
  // For CouldMatch: the words the pattern needs. A prefix ("peace*") cannot be checked by
  // id, so it is taken as present.
  // (Index is called once per pattern, in order: its words are appended to the pool.)
  std::vector<std::vector<int>> needs;
  for (const auto& h : p.heads) {
    auto& list = headed_by_[Intern(h)];
    if (list.empty() || list.back() != id) list.push_back(id);
  }
  for (const PatternItem& item : p.items) {
    if (item.kind == PatternItem::Kind::kTarget) {
      // A required target's preposition must be there too ("said to").
      if (item.required && !item.prep.empty()) needs.push_back({Intern(TargetPrepWord(item.prep))});
      continue;
    }
    if (item.prefix || item.any_object) continue;
    std::vector<int> alternatives;
    for (const auto& l : item.lemmas) alternatives.push_back(Intern(l));
    needs.push_back(std::move(alternatives));
  }
  for (const auto& alternatives : needs) {
    need_pool_.push_back(static_cast<int>(alternatives.size()));
    need_pool_.insert(need_pool_.end(), alternatives.begin(), alternatives.end());
  }
  need_at_.push_back(static_cast<uint32_t>(need_pool_.size()));
  if (needs.empty())
    for (const auto& h : p.heads) heads_free_pattern_[Intern(h)] = 1;
}

namespace {
// FNV-1a of the lemma, then whether a noun; never 0 (an empty slot).
uint64_t HeadHash(const std::string& lemma, bool noun) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : lemma) h = (h ^ c) * 0x100000001b3ULL;
  h = (h ^ (noun ? 0x9eu : 0x5bu)) * 0x100000001b3ULL;
  return h ? h : 1;
}
}  // namespace

void PatternSet::BuildHeadTable() {
  head_entries_.clear();
  for (bool noun : {false, true})
    for (const auto& [lemma, list] : noun ? noun_index_ : verb_index_) head_entries_.push_back({lemma, noun, list});
  size_t cap = 16;
  while (cap < head_entries_.size() * 2 + 2) cap <<= 1;  // at most half full
  head_hashes_.assign(cap, 0);
  head_slots_.assign(cap, 0);
  for (uint32_t e = 0; e < head_entries_.size(); ++e) {
    uint64_t h = HeadHash(head_entries_[e].lemma, head_entries_[e].noun);
    size_t i = h & (cap - 1);
    while (head_hashes_[i]) i = (i + 1) & (cap - 1);
    head_hashes_[i] = h;
    head_slots_[i] = e;
  }
  head_table_patterns_ = patterns_.size();
  size_t wcap = 16;
  while (wcap < words_.size() * 2 + 2) wcap <<= 1;  // at most half full
  word_hashes_.assign(wcap, 0);
  word_slots_.assign(wcap, -1);
  for (size_t id = 0; id < words_.size(); ++id) {
    uint64_t h = HeadHash(words_[id], false);
    size_t i = h & (wcap - 1);
    while (word_hashes_[i]) i = (i + 1) & (wcap - 1);
    word_hashes_[i] = h;
    word_slots_[i] = static_cast<int>(id);
  }
  word_table_words_ = words_.size();
}

int PatternSet::WordId(const std::string& lemma) const {
  if (word_table_words_ != word_ids_.size() || word_hashes_.empty()) {
    auto it = word_ids_.find(lemma);
    return it == word_ids_.end() ? -1 : it->second;
  }
  const uint64_t h = HeadHash(lemma, false);
  const size_t mask = word_hashes_.size() - 1;
  for (size_t i = h & mask; word_hashes_[i]; i = (i + 1) & mask)
    if (word_hashes_[i] == h && words_[word_slots_[i]] == lemma) return word_slots_[i];
  return -1;
}

const std::vector<int>* PatternSet::ForHead(const std::string& lemma, bool noun) const {
  if (head_table_patterns_ != patterns_.size() || head_hashes_.empty()) {
    const auto& index = noun ? noun_index_ : verb_index_;
    auto it = index.find(lemma);
    return it == index.end() ? nullptr : &it->second;
  }
  const uint64_t h = HeadHash(lemma, noun);
  const size_t mask = head_hashes_.size() - 1;
  for (size_t i = h & mask; head_hashes_[i]; i = (i + 1) & mask) {
    if (head_hashes_[i] != h) continue;
    const HeadEntry& e = head_entries_[head_slots_[i]];
    if (e.noun == noun && e.lemma == lemma) return &e.patterns;
  }
  return nullptr;
}

int PatternSet::Intern(const std::string& word) {
  auto [it, added] = word_ids_.emplace(word, static_cast<int>(word_ids_.size()));
  if (added) {
    words_.push_back(word);
    headed_by_.emplace_back();
    heads_free_pattern_.push_back(0);
    target_prep_.push_back(word.size() > 1 && word[0] == '@');
  }
  return it->second;
}

bool PatternSet::CouldMatch(const std::vector<int>& ids) const {
  for (int w : ids)
    if (heads_free_pattern_[w]) return true;
  thread_local WordIdBits bits;
  bits.Assign(ids);
  for (int w : ids)
    for (int p : headed_by_[w])
      if (Complete(p, bits)) return true;
  return false;
}

bool PatternSet::Complete(int p, const std::vector<int>& ids) const {
  const int* w = need_pool_.data() + need_at_[p];
  const int* end = need_pool_.data() + need_at_[p + 1];
  while (w < end) {
    const int count = *w++;
    bool any = false;
    for (int k = 0; k < count && !any; ++k) any = std::binary_search(ids.begin(), ids.end(), w[k]);
    if (!any) return false;
    w += count;
  }
  return true;
}

bool PatternSet::Complete(int p, const WordIdBits& ids) const {
  const int* w = need_pool_.data() + need_at_[p];
  const int* end = need_pool_.data() + need_at_[p + 1];
  while (w < end) {
    const int count = *w++;
    bool any = false;
    for (int k = 0; k < count && !any; ++k) any = ids.Has(w[k]);
    if (!any) return false;
    w += count;
  }
  return true;
}

Result<PatternSet> PatternSet::LoadDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  PatternSet set;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Result<PatternSet>::Error(dir + ": pattern folder not found");
  std::vector<std::string> files;
  for (const auto& f : fs::directory_iterator(dir, ec))
    if (f.path().extension() == ".patterns") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (Status s = set.LoadFile(f); !s) return s;
  return set;
}

}  // namespace dyad::events
