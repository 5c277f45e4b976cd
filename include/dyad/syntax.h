// dyad/syntax.h — part-of-speech tagging, lemmas and dependency parsing.
//
// A Parser is loaded once from a model file (trained by `dyad-train` on the UD English
// EWT treebank; see `make models`) and is immutable afterwards: one instance may be shared
// by any number of threads.
//
// Annotate() reads each token's `text` and fills `upos`, `xpos`, `lemma`, `head` and
// `deprel` (Universal Dependencies v2 labels, with subtypes such as nmod:poss, obl:agent,
// nsubj:pass, compound:prt). Exactly one token gets head == -1 and deprel "root".
// Tokenisation must follow the treebank's conventions (split "n't", "'s", punctuation),
// which is what dyad/text.h produces.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::syntax {

class Parser {
 public:
  // Loads a model file; fails with a message naming the file and the reason.
  static Result<std::shared_ptr<const Parser>> Load(const std::string& path);
  virtual ~Parser() = default;

  // Tags, lemmatises and parses one sentence in place. Thread-safe.
  virtual void Annotate(std::vector<Token>& tokens) const = 0;
  struct Options {
    // Parse only if this (shown the tagged, lemmatised tokens) says so: tagging is a small
    // part of the cost, so a caller that needs the parse only around some parts of speech
    // saves the rest.
    std::function<bool(const std::vector<Token>&)> parse_if;
    // Per token, 1 for a name the caller knows (a dictionary match): it is tagged as a
    // proper noun whatever its word ("Human Rights Watch", "Theresa May"); 2 for a common
    // noun the caller knows (a word for people, "refugees", "militants"): a word the
    // treebank never saw is then tagged as a noun, not as a verb in -s; 3 for a word the
    // caller knows only as a noun ("airstrikes"): tagged as a noun if the treebank never saw
    // it, as the treebank saw it otherwise; 4 for a word the caller knows as a verb ("ease",
    // "boycott"): after "to" and a verb or adjective that takes an infinitive ("decided to
    // ease"), tagged as a base verb.
    const std::vector<char>* names = nullptr;
  };
  // The same with options; returns whether the sentence was parsed (when not, heads and
  // relations are left unset).
  virtual bool Annotate(std::vector<Token>& tokens, const Options& options) const = 0;
};

// Lemma of a word given its Penn tag, by suffix rules and a built-in list of irregular
// English forms ("went" -> "go", "children" -> "child"). Used by Annotate for words the
// model's lemma table does not know, and by the event patterns to generate inflections.
std::string Lemmatize(const std::string& word, const std::string& xpos);

}  // namespace dyad::syntax
