// Event patterns (data/patterns/*.patterns, format in data/patterns/FORMAT.md), compiled
// into an index by head lemma. Private to the events module.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::events {

struct PatternItem {
  enum class Kind { kWord, kTarget } kind = Kind::kWord;
  std::vector<std::string> lemmas;  // kWord: any of these lemmas
  bool prefix = false;              // kWord: lemmas are prefixes ("peace*")
  bool any_object = false;          // kWord written OBJ: any direct object of the head (no lemmas)
  std::string prep;                 // kTarget: introducing preposition, or "" for the object
  bool required = false;            // kTarget written TGT!: the pattern needs an actor there
};

struct Pattern {
  std::string code;
  bool noun = false;                // a nominal event (head is a noun)
  std::vector<std::string> heads;   // head lemmas
  std::vector<PatternItem> items;
  bool has_target = false;
  std::string text;                 // the pattern as written
  std::string example;
  std::string file;
  int line = 0;
  std::string where() const { return file + ":" + std::to_string(line); }
};

// A sentence's word ids as bits, for Complete: the coder tests one sentence's ids against
// hundreds of patterns' required words, and a bit is cheaper than a binary search each.
class WordIdBits {
 public:
  // Makes the set `ids` (forgetting the previous one: only its own bits are cleared).
  void Assign(const std::vector<int>& ids) {
    for (int id : set_) bits_[id >> 6] = 0;
    set_.clear();
    for (int id : ids) {
      if (id < 0) continue;
      if (static_cast<size_t>(id >> 6) >= bits_.size()) bits_.resize((id >> 6) + 1, 0);
      bits_[id >> 6] |= uint64_t{1} << (id & 63);
      set_.push_back(id);
    }
  }
  bool Has(int id) const {
    return static_cast<size_t>(id >> 6) < bits_.size() && (bits_[id >> 6] >> (id & 63) & 1);
  }

 private:
  std::vector<uint64_t> bits_;
  std::vector<int> set_;
};

class PatternSet {
 public:
  // Loads every *.patterns file in `dir`. Errors name file and line.
  static Result<PatternSet> LoadDirectory(const std::string& dir);
  Status LoadFile(const std::string& path);
  // Patterns whose head is `lemma`, verbs or nouns; null when none.
  const std::vector<int>* ForHead(const std::string& lemma, bool noun) const;
  const std::vector<Pattern>& patterns() const { return patterns_; }
  bool IsHead(const std::string& lemma) const {
    return verb_index_.count(lemma) || noun_index_.count(lemma);
  }
  // The id of a word some pattern needs (a head or a required word), or -1.
  int WordId(const std::string& lemma) const;
  // Whether some pattern could match a sentence whose words (lower-cased forms and the
  // lemmas they may have) have the ids `ids` (sorted, unique): the pattern's head and every
  // word it requires are among them. The coder's cheap test before it tags and parses:
  // "have" alone is not "have talks with", "take" alone not "take TGT hostage".
  bool CouldMatch(const std::vector<int>& ids) const;
  // Whether pattern `p` (an index of patterns()) could match given the ids: every word it
  // requires is among them. A required target's preposition counts by the id of
  // TargetPrepWord(prep), so that a caller that knows more (the word is tagged a
  // preposition, an actor follows it) can leave it out.
  bool Complete(int p, const std::vector<int>& ids) const;
  bool Complete(int p, const WordIdBits& ids) const;  // the same, the ids as bits
  static std::string TargetPrepWord(const std::string& prep) { return "@" + prep; }
  bool IsTargetPrepId(int id) const { return id >= 0 && static_cast<size_t>(id) < target_prep_.size() && target_prep_[id]; }

 private:
  void Index(int id);
  void BuildHeadTable();
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<int>> verb_index_, noun_index_;
  // ForHead's table, built from the two maps when a file is loaded: open addressing on a
  // 64-bit hash of the lemma (and whether a noun), the entries' keys and lists in one
  // vector. ForHead runs for every noun and verb of every sentence tagged; the maps cost
  // a division, a string hash and a chain of nodes each time. (Used when it is current:
  // head_table_patterns_ == patterns_.size().)
  struct HeadEntry {
    std::string lemma;
    bool noun = false;
    std::vector<int> patterns;
  };
  std::vector<HeadEntry> head_entries_;
  std::vector<uint64_t> head_hashes_;  // per slot: the hash, 0 when empty
  std::vector<uint32_t> head_slots_;   // per slot: the index of its entry
  size_t head_table_patterns_ = 0;
  int Intern(const std::string& word);
  std::unordered_map<std::string, int> word_ids_;
  // WordId's table, built with ForHead's (the coder asks it for every word and each lemma
  // it may have of every sentence with an actor): open addressing on the same 64-bit hash;
  // per slot the hash (0 when empty) and the word's id. (Used when word_table_words_ ==
  // word_ids_.size().)
  std::vector<std::string> words_;  // id -> word
  std::vector<uint64_t> word_hashes_;
  std::vector<int> word_slots_;
  size_t word_table_words_ = 0;
  std::vector<std::vector<int>> headed_by_;            // word id -> patterns it heads
  std::vector<char> heads_free_pattern_;               // word id -> heads one that needs nothing else
  std::vector<char> target_prep_;                      // word id -> is a TargetPrepWord
  // Pattern -> per required word, its ids, flattened for Complete (called for every
  // pattern of every head the coder tries: nested vectors cost a cache miss or two per
  // pattern): the words of pattern p are need_pool_[need_at_[p] .. need_at_[p + 1]), each
  // written as its number of ids, then the ids.
  std::vector<uint32_t> need_at_{0};
  std::vector<int> need_pool_;
};

}  // namespace dyad::events
