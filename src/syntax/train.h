// syntax/train.h — training and evaluating the tagger/parser model (private; used by
// tools/dyad-train.cc and the tests).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/syntax.h"
#include "syntax/conllu.h"

namespace dyad::syntax {

struct TrainOptions {
  std::string train_path, dev_path, out_path;
  int tagger_epochs = 8;
  int parser_epochs = 15;
  int folds = 5;        // jackknife folds for the parser's training tags (0: gold tags)
  int threads = 2;
  double explore = 0.9;  // from epoch 2, follow a wrong prediction with this probability
  double quant_quantile = 0.99999;  // |weight| at this quantile maps to 32767
  int min_weight = 1200;  // quantised weights below this are dropped (3.7% of full scale)
  bool case_augment = true;  // also train on capitals / title-case copies of some sentences
  uint64_t seed = 1;
};

Status Train(const TrainOptions& options, std::ostream& log);

// Rewrites a model file with the parser's and tagger's weights under `min_abs` (in
// quantised units) dropped. For measuring the size/accuracy trade-off.
Status PruneModelFile(const std::string& in, const std::string& out, int min_abs);

struct EvalReport {
  size_t sentences = 0, tokens = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // correct counts
  double seconds = 0;  // time spent in Annotate
  double Pct(size_t k) const { return tokens ? 100.0 * static_cast<double>(k) / static_cast<double>(tokens) : 0; }
  double SentencesPerSecond() const { return seconds > 0 ? static_cast<double>(sentences) / seconds : 0; }
};

// Annotates the sentences' forms and scores against the gold annotation. Punctuation is
// included in UAS/LAS; lemmas are compared lower-cased.
EvalReport Evaluate(const Parser& parser, const std::vector<ConllSentence>& gold);

// Speed on news-length sentences: annotates a built-in set of news-style sentences
// (about 25 tokens each, written for dyad) repeatedly for at least `min_seconds`.
struct BenchReport {
  size_t sentences = 0, tokens = 0;
  double seconds = 0;
  double SentencesPerSecond() const { return seconds > 0 ? static_cast<double>(sentences) / seconds : 0; }
  double TokensPerSentence() const { return sentences ? static_cast<double>(tokens) / static_cast<double>(sentences) : 0; }
};
BenchReport BenchmarkNews(const Parser& parser, double min_seconds);

}  // namespace dyad::syntax
