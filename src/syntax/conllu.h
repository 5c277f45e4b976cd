// syntax/conllu.h — reading CoNLL-U treebank files (private; training and evaluation).
#pragma once

#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

struct ConllWord {
  std::string form, lemma, upos, xpos, deprel;
  int head = -1;  // 0-based index of the head word; -1 for the root
};

struct ConllSentence {
  std::vector<ConllWord> words;  // syntactic words; multiword-token lines and empty nodes skipped
};

// Reads every sentence of a CoNLL-U file. Errors name the file and line.
Result<std::vector<ConllSentence>> ReadConllu(const std::string& path);

}  // namespace dyad::syntax
