// dyad-train — trains and evaluates the tagger/lemmatizer/parser model.
//
//   dyad-train --train TRAIN.conllu --dev DEV.conllu --out MODEL [--epochs N]
//              [--tagger-epochs N] [--folds K] [--threads T] [--seed S]
//   dyad-train --eval TEST.conllu --model MODEL
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <string>

#include "dyad/syntax.h"
#include "syntax/conllu.h"
#include "syntax/train.h"

namespace {

int Usage() {
  std::cerr << "usage:\n"
               "  dyad-train --train TRAIN.conllu --dev DEV.conllu --out MODEL [--epochs N]\n"
               "             [--tagger-epochs N] [--folds K] [--threads T] [--seed S]\n"
               "  dyad-train --eval TEST.conllu --model MODEL\n"
               "  dyad-train --model MODEL --prune MIN --prune-out OUT   (drop weights under MIN)\n";
  return 2;
}

bool ParseInt(const char* s, int* out) {
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (!end || *end || v < 0 || v > 1000000) return false;
  *out = static_cast<int>(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  dyad::syntax::TrainOptions opt;
  std::string eval_path, model_path, prune_out;
  int prune_min = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--train" && (v = value())) opt.train_path = v;
    else if (a == "--dev" && (v = value())) opt.dev_path = v;
    else if (a == "--out" && (v = value())) opt.out_path = v;
    else if (a == "--eval" && (v = value())) eval_path = v;
    else if (a == "--model" && (v = value())) model_path = v;
    else if (a == "--epochs" && (v = value())) { if (!ParseInt(v, &opt.parser_epochs) || opt.parser_epochs < 1) return Usage(); }
    else if (a == "--tagger-epochs" && (v = value())) { if (!ParseInt(v, &opt.tagger_epochs) || opt.tagger_epochs < 1) return Usage(); }
    else if (a == "--folds" && (v = value())) { if (!ParseInt(v, &opt.folds)) return Usage(); }
    else if (a == "--threads" && (v = value())) { if (!ParseInt(v, &opt.threads) || opt.threads < 1) return Usage(); }
    else if (a == "--seed" && (v = value())) { int s; if (!ParseInt(v, &s)) return Usage(); opt.seed = s; }
    else if (a == "--prune" && (v = value())) { if (!ParseInt(v, &prune_min)) return Usage(); }
    else if (a == "--prune-out" && (v = value())) prune_out = v;
    else if (a == "-h" || a == "--help") { Usage(); return 0; }
    else {
      std::cerr << "dyad-train: unknown or incomplete argument: " << a << "\n";
      return Usage();
    }
  }
  std::cout << std::fixed << std::setprecision(2);
  if (!prune_out.empty()) {  // dyad-train --model IN --prune MIN --prune-out OUT
    auto st = dyad::syntax::PruneModelFile(model_path, prune_out, prune_min);
    if (!st.ok()) {
      std::cerr << "dyad-train: " << st.message() << "\n";
      return 1;
    }
    std::cout << "wrote " << prune_out << "\n";
    return 0;
  }
  if (!eval_path.empty()) {
    if (model_path.empty()) return Usage();
    auto t0 = std::chrono::steady_clock::now();
    auto parser = dyad::syntax::Parser::Load(model_path);
    double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!parser.ok()) {
      std::cerr << "dyad-train: " << parser.error() << "\n";
      return 1;
    }
    auto gold = dyad::syntax::ReadConllu(eval_path);
    if (!gold.ok()) {
      std::cerr << "dyad-train: " << gold.error() << "\n";
      return 1;
    }
    auto r = dyad::syntax::Evaluate(**parser, *gold);
    std::cout << "model " << model_path << " loaded in " << std::setprecision(3) << load << " s\n"
              << std::setprecision(2) << "evaluated on " << eval_path << ": " << r.sentences << " sentences, "
              << r.tokens << " tokens (gold tokenisation)\n"
              << "UPOS   " << r.Pct(r.upos) << "%\n"
              << "XPOS   " << r.Pct(r.xpos) << "%\n"
              << "Lemma  " << r.Pct(r.lemma) << "% (lower-cased gold)\n"
              << "UAS    " << r.Pct(r.uas) << "% (punctuation included)\n"
              << "LAS    " << r.Pct(r.las) << "% (punctuation included, full labels with subtypes)\n"
              << "speed  " << std::setprecision(0) << r.SentencesPerSecond() << " sentences/s, "
              << (r.seconds > 0 ? r.tokens / r.seconds : 0) << " tokens/s on this file (one thread, tag+lemma+parse)\n";
    auto b = dyad::syntax::BenchmarkNews(**parser, 3.0);
    std::cout << "speed  " << b.SentencesPerSecond() << " sentences/s on news-length sentences ("
              << std::setprecision(1) << b.TokensPerSentence() << " tokens each; built-in benchmark, one thread)\n";
    return 0;
  }
  if (opt.train_path.empty() || opt.dev_path.empty() || opt.out_path.empty()) return Usage();
  auto st = dyad::syntax::Train(opt, std::cout);
  if (!st.ok()) {
    std::cerr << "dyad-train: " << st.message() << "\n";
    return 1;
  }
  return 0;
}
