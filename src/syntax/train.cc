// Training: joint XPOS/UPOS tagger (averaged perceptron, jackknifed for the parser's
// training input), lemma table, and the arc-hybrid parser (averaged perceptron, dynamic
// oracle with exploration).
#include "syntax/train.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <iterator>
#include <fstream>
#include <map>
#include <mutex>
#include <ostream>
#include <random>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "syntax/avg_weights.h"
#include "syntax/features.h"
#include "syntax/model.h"
#include "syntax/parser_impl.h"

namespace dyad::syntax {
namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Prepared {
  std::vector<WordInfo> words;
  std::vector<uint64_t> lower;
  std::vector<int> tag;        // gold tag class
  std::vector<int> auto_tag;   // jackknifed tag class
  std::vector<int> head;       // gold head, projectivised; n = root
  std::vector<int> label;      // gold label id
};

Prepared Prepare(const ConllSentence& s, const std::map<std::pair<std::string, std::string>, int>& classes,
                 const std::map<std::string, int>& labels, int* lifted) {
  Prepared p;
  const int n = static_cast<int>(s.words.size());
  std::string scratch;
  p.words.resize(n);
  std::vector<int> heads;
  for (int i = 0; i < n; ++i) {
    const ConllWord& w = s.words[i];
    DescribeWord(w.form, i == 0, scratch, &p.words[i]);
    p.lower.push_back(p.words[i].lower);
    auto c = classes.find({w.xpos, w.upos});
    p.tag.push_back(c == classes.end() ? 0 : c->second);
    auto l = labels.find(w.deprel);
    p.label.push_back(l == labels.end() ? 0 : l->second);
    heads.push_back(w.head);
  }
  int k = Projectivize(heads);
  if (lifted) *lifted += k;
  for (int i = 0; i < n; ++i) p.head.push_back(heads[i] < 0 ? n : heads[i]);
  p.auto_tag = p.tag;
  return p;
}

std::string UpperAscii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

std::string TitleCase(std::string s) {
  static const char* const kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and",
                                       "or", "but", "with", "from", "as", "'s", "n't"};
  for (const char* w : kSmall)
    if (s == w) return s;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

double TagAccuracy(const FrozenWeights& W, const FlatMap64<uint16_t>& dict, const std::vector<Prepared>& data,
                   const Model& m, double* upos_acc) {
  size_t total = 0, ok = 0, ok_upos = 0;
  std::vector<int> tags;
  std::vector<int32_t> scores(W.num_classes());
  for (const Prepared& p : data) {
    tags.resize(p.words.size());
    TagSentence(W, dict, p.words.data(), static_cast<int>(p.words.size()), tags.data(), scores.data());
    for (size_t i = 0; i < tags.size(); ++i) {
      ++total;
      ok += m.class_xpos[tags[i]] == m.class_xpos[p.tag[i]];
      ok_upos += m.class_upos[tags[i]] == m.class_upos[p.tag[i]];
    }
  }
  if (upos_acc) *upos_acc = total ? 100.0 * ok_upos / total : 0;
  return total ? 100.0 * ok / total : 0;
}

// Trains a tagger on `train` (indices into data); returns the quantised averaged weights.
FrozenWeights TrainTagger(const std::vector<Prepared>& data, const std::vector<size_t>& train,
                          const FlatMap64<uint16_t>& dict, int num_classes, const TrainOptions& opt,
                          uint64_t seed, const std::vector<Prepared>* dev, const Model* m, std::ostream* log,
                          std::mutex* log_mu) {
  AvgWeights W(num_classes);
  std::vector<size_t> order = train;
  std::mt19937_64 rng(seed);
  std::vector<float> scores(num_classes);
  std::vector<int> tags;
  uint32_t f[kMaxFeatures];
  auto freeze = [&]() {
    FrozenWeights fw;
    double scale = 32767.0 / W.AbsQuantile(opt.quant_quantile);
    fw.Build(num_classes, W.Average(scale, opt.min_weight));
    return fw;
  };
  for (int epoch = 1; epoch <= opt.tagger_epochs; ++epoch) {
    auto t0 = Clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    size_t total = 0, ok = 0;
    for (size_t si : order) {
      const Prepared& p = data[si];
      const int n = static_cast<int>(p.words.size());
      tags.assign(n, 0);
      for (int i = 0; i < n; ++i) {
        if (const uint16_t* d = dict.Find(p.words[i].form)) {
          tags[i] = *d - 1;
          continue;
        }
        int nf = TaggerFeatures(p.words.data(), n, i, i > 0 ? tags[i - 1] : num_classes,
                                i > 1 ? tags[i - 2] : num_classes, f);
        W.Score(f, nf, scores.data());
        int pred = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        W.Tick();
        if (pred != p.tag[i]) {
          W.Update(f, nf, p.tag[i], 1.0f);
          W.Update(f, nf, pred, -1.0f);
        } else {
          ++ok;
        }
        ++total;
        tags[i] = pred;
      }
    }
    if (dev && log) {
      FrozenWeights fw = freeze();
      double upos = 0, xpos = TagAccuracy(fw, dict, *dev, *m, &upos);
      std::lock_guard<std::mutex> lock(*log_mu);
      *log << "tagger epoch " << epoch << ": train " << (total ? 100.0 * ok / total : 0.0)
           << "% (model-tagged words), dev XPOS " << xpos << "% UPOS " << upos << "% (" << Since(t0) << " s)\n"
           << std::flush;
    }
  }
  return freeze();
}

}  // namespace

Status Train(const TrainOptions& opt, std::ostream& log) {
  auto t_start = Clock::now();
  auto train_r = ReadConllu(opt.train_path);
  if (!train_r.ok()) return train_r.status();
  auto dev_r = ReadConllu(opt.dev_path);
  if (!dev_r.ok()) return dev_r.status();
  const auto& train = *train_r;
  const auto& dev = *dev_r;
  if (train.empty()) return Status::Error(opt.train_path + ": no sentences");

  // Tag classes and labels, most frequent first.
  std::map<std::pair<std::string, std::string>, int> class_count;
  std::map<std::string, int> label_count;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      ++class_count[{w.xpos, w.upos}];
      ++label_count[w.deprel];
    }
  label_count["root"] += 0;
  std::vector<std::pair<int, std::pair<std::string, std::string>>> cs;
  for (auto& [k, v] : class_count) cs.push_back({-v, k});
  std::sort(cs.begin(), cs.end());
  std::vector<std::pair<int, std::string>> ls;
  for (auto& [k, v] : label_count) ls.push_back({-v, k});
  std::sort(ls.begin(), ls.end());
  if (cs.size() > 255) return Status::Error(opt.train_path + ": more than 255 XPOS/UPOS pairs");
  if (ls.size() > 63) return Status::Error(opt.train_path + ": more than 63 dependency labels");

  Model m;
  std::map<std::pair<std::string, std::string>, int> classes;
  std::map<std::string, int> labels;
  for (auto& [c, k] : cs) {
    classes[k] = static_cast<int>(m.class_xpos.size());
    m.class_xpos.push_back(k.first);
    m.class_upos.push_back(k.second);
  }
  for (auto& [c, k] : ls) {
    labels[k] = static_cast<int>(m.labels.size());
    m.labels.push_back(k);
  }
  const int num_tags = static_cast<int>(m.class_xpos.size());
  const int L = static_cast<int>(m.labels.size());

  // Tag dictionary: frequent words (exact form) with one dominant tag.
  {
    std::unordered_map<std::string, std::map<int, int>> counts;
    for (const auto& s : train)
      for (const auto& w : s.words) ++counts[NormalizeForm(w.form, false)][classes[{w.xpos, w.upos}]];
    for (auto& [form, cc] : counts) {
      int total = 0, best = 0, best_c = 0;
      for (auto [c, k] : cc) {
        total += k;
        if (k > best) { best = k; best_c = c; }
      }
      if (total >= 20 && best >= 0.97 * total) m.tagdict_entries.emplace_back(HashBytes(form), best_c);
    }
    std::sort(m.tagdict_entries.begin(), m.tagdict_entries.end());
  }
  // Lemma table: most frequent lower-cased lemma of each (lower-cased form, XPOS).
  {
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> counts;
    for (const auto& s : train)
      for (const auto& w : s.words) {
        if (w.lemma == "_") continue;
        ++counts[{NormalizeForm(w.form, true), w.xpos}][NormalizeForm(w.lemma, true)];
      }
    size_t same_as_rules = 0;
    for (auto& [k, lc] : counts) {
      std::string best;
      int bc = 0;
      for (auto& [l, c] : lc)
        if (c > bc) { bc = c; best = l; }
      if (Lemmatize(k.first, k.second) == best) ++same_as_rules;
      m.lemma_entries.push_back(LemmaEntry{k.first, k.second, best});
    }
    log << "lemma table: " << m.lemma_entries.size() << " (form, XPOS) entries, " << same_as_rules
        << " of them agree with the rules\n";
  }
  m.Finish();
  log << "train: " << train.size() << " sentences, dev: " << dev.size() << " sentences; " << num_tags
      << " tag classes, " << L << " labels, " << m.tagdict_entries.size() << " tag-dictionary words\n";

  // Headline casing: every 10th sentence is also trained in capitals, and every 10th
  // (offset 5) in title case, each copy next to its original so jackknife folds keep
  // them together. Gold annotation unchanged; tag dictionary and lemmas use originals.
  int lifted = 0, upper_copies = 0, title_copies = 0;
  std::vector<Prepared> tr, dv;
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& s = train[i];
    tr.push_back(Prepare(s, classes, labels, &lifted));
    if (opt.case_augment && (i % 10 == 0 || i % 10 == 5)) {
      ConllSentence copy = s;
      for (auto& w : copy.words) w.form = i % 10 == 0 ? UpperAscii(w.form) : TitleCase(w.form);
      tr.push_back(Prepare(copy, classes, labels, nullptr));
      ++(i % 10 == 0 ? upper_copies : title_copies);
    }
  }
  log << "headline-case copies: " << upper_copies << " in capitals, " << title_copies << " in title case\n";
  for (const auto& s : dev) dv.push_back(Prepare(s, classes, labels, nullptr));
  log << "projectivised training trees: " << lifted << " arcs lifted\n" << std::flush;

  // Taggers: the final one (with dev reports) and one per jackknife fold.
  std::mutex log_mu;
  const int folds = opt.folds >= 2 ? opt.folds : 0;
  std::vector<std::vector<int>> fold_tags(tr.size());
  {
    auto t0 = Clock::now();
    std::vector<std::function<void()>> jobs;
    jobs.push_back([&]() {
      std::vector<size_t> all(tr.size());
      for (size_t i = 0; i < all.size(); ++i) all[i] = i;
      m.tagger = TrainTagger(tr, all, m.tagdict, num_tags, opt, opt.seed, &dv, &m, &log, &log_mu);
    });
    for (int k = 0; k < folds; ++k) {
      jobs.push_back([&, k]() {
        size_t lo = tr.size() * k / folds, hi = tr.size() * (k + 1) / folds;
        std::vector<size_t> part;
        for (size_t i = 0; i < tr.size(); ++i)
          if (i < lo || i >= hi) part.push_back(i);
        FrozenWeights w = TrainTagger(tr, part, m.tagdict, num_tags, opt, opt.seed + 1 + k, nullptr, nullptr,
                                      nullptr, nullptr);
        std::vector<int32_t> scores(num_tags);
        for (size_t i = lo; i < hi; ++i) {
          fold_tags[i].resize(tr[i].words.size());
          TagSentence(w, m.tagdict, tr[i].words.data(), static_cast<int>(tr[i].words.size()), fold_tags[i].data(),
                      scores.data());
        }
        std::lock_guard<std::mutex> lock(log_mu);
        log << "jackknife fold " << k + 1 << "/" << folds << " tagged\n" << std::flush;
      });
    }
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, opt.threads); ++t)
      pool.emplace_back([&]() {
        for (size_t j; (j = next++) < jobs.size();) jobs[j]();
      });
    for (auto& th : pool) th.join();
    if (folds) {
      size_t total = 0, ok = 0;
      for (size_t i = 0; i < tr.size(); ++i) {
        tr[i].auto_tag = fold_tags[i];
        for (size_t j = 0; j < fold_tags[i].size(); ++j, ++total) ok += fold_tags[i][j] == tr[i].tag[j];
      }
      log << "jackknifed training tags: " << 100.0 * ok / total << "% joint-tag accuracy\n";
    }
    log << "taggers trained in " << Since(t0) << " s\n" << std::flush;
  }

  // Parser.
  {
    auto t0 = Clock::now();
    const int C = 1 + 2 * L;
    AvgWeights W(C);
    std::vector<size_t> order(tr.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(opt.seed * 7919 + 13);
    std::uniform_real_distribution<double> coin(0, 1);
    std::vector<float> scores(C);
    std::vector<int> cost(C);
    ParseState s;
    uint32_t f[kMaxFeatures];
    double best_las = -1;
    int best_epoch = 0;
    FrozenWeights best;
    for (int epoch = 1; epoch <= opt.parser_epochs; ++epoch) {
      auto te = Clock::now();
      std::shuffle(order.begin(), order.end(), rng);
      size_t steps = 0, errors = 0;
      for (size_t si : order) {
        const Prepared& p = tr[si];
        const int n = static_cast<int>(p.words.size());
        ParseInput in{p.lower.data(), p.auto_tag.data(), num_tags};
        s.Init(n, L, m.root_label);
        while (!s.Terminal()) {
          int nf = ParserFeatures(s, in, f);
          W.Score(f, nf, scores.data());
          OracleCosts(s, p.head.data(), p.label.data(), cost.data());
          int pred = BestValid(s, scores.data(), C);
          int min_cost = 1 << 30;
          for (int c = 0; c < C; ++c)
            if (cost[c] >= 0 && cost[c] < min_cost) min_cost = cost[c];
          int gold = -1;
          for (int c = 0; c < C; ++c)
            if (cost[c] == min_cost && (gold < 0 || scores[c] > scores[gold])) gold = c;
          W.Tick();
          ++steps;
          int next = gold;
          if (cost[pred] != min_cost) {
            ++errors;
            W.Update(f, nf, gold, 1.0f);
            W.Update(f, nf, pred, -1.0f);
            if (epoch > 1 && coin(rng) < opt.explore) next = pred;
          } else {
            next = pred;
          }
          s.Apply(next);
        }
      }
      // Dev evaluation with the quantised averaged weights.
      FrozenWeights fw;
      double scale = 32767.0 / W.AbsQuantile(opt.quant_quantile);
      fw.Build(C, W.Average(scale, opt.min_weight));
      Model dm = m;
      dm.parser = fw;
      EvalReport r = Evaluate(*MakeParser(std::move(dm)), dev);
      log << "parser epoch " << epoch << ": train transition accuracy "
          << 100.0 * (steps - errors) / std::max<size_t>(1, steps) << "%, dev UAS " << r.Pct(r.uas) << "% LAS "
          << r.Pct(r.las) << "% (" << fw.num_features() << " features, " << fw.num_entries() << " weights, "
          << Since(te) << " s)\n"
          << std::flush;
      if (r.Pct(r.las) > best_las) {
        best_las = r.Pct(r.las);
        best_epoch = epoch;
        best = std::move(fw);
      }
    }
    log << "parser: keeping epoch " << best_epoch << " (dev LAS " << best_las << "%), trained in " << Since(t0)
        << " s\n";
    m.parser = std::move(best);
  }

  std::string bytes = m.Serialize();
  {
    std::ofstream out(opt.out_path, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Error(opt.out_path + ": cannot write model");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::Error(opt.out_path + ": write failed");
  }
  log << "wrote " << opt.out_path << " (" << bytes.size() << " bytes; tagger " << m.tagger.num_features()
      << " features/" << m.tagger.num_entries() << " weights, parser " << m.parser.num_features() << " features/"
      << m.parser.num_entries() << " weights) in " << Since(t_start) << " s total\n";
  return Status::Ok();
}

Status PruneModelFile(const std::string& in_path, const std::string& out_path, int min_abs) {
  std::ifstream in(in_path, std::ios::binary);
  if (!in) return Status::Error(in_path + ": cannot open");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto m = Model::Deserialize(data);
  if (!m.ok()) return Status::Error(in_path + ": " + m.error());
  m->tagger.Prune(min_abs);
  m->parser.Prune(min_abs);
  std::string bytes = m->Serialize();
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return Status::Error(out_path + ": write failed");
  return Status::Ok();
}

BenchReport BenchmarkNews(const Parser& parser, double min_seconds) {
  // Written for this benchmark (not treebank text); tokenised the way dyad/text.h does.
  static const char* const kSentences[] = {
      "Iranian security forces killed dozens of protesters in the western city of Sanandaj on Saturday , a "
      "human rights group said .",
      "The talks were hosted by Qatar and brought together senior officials from Washington and Tehran for the "
      "first time since 2018 .",
      "Kremlin spokesman Dmitry Peskov said Moscow was ready to resume negotiations with Kyiv but accused Western "
      "governments of prolonging the conflict .",
      "Turkey 's foreign minister met leaders of Israel and Iran in Ankara on Tuesday , offering mediation to end "
      "the week - long crisis .",
      "Police in Nairobi fired tear gas at thousands of opposition supporters who had gathered outside parliament "
      "to protest against new taxes .",
      "The United Nations Security Council condemned the attack on a peacekeeping base in Mali that left three "
      "soldiers dead and eight wounded .",
      "China did n't respond to the Philippine protest , but its coast guard said the vessels had entered Chinese "
      "waters without permission .",
      "Hundreds of workers went on strike at the country 's largest oil refinery on Monday , demanding higher "
      "wages and better conditions .",
      "President Emmanuel Macron will travel to Algeria next month to sign an agreement on energy cooperation , "
      "his office said in a statement .",
      "Rebels held the town for nearly two weeks before government troops , backed by air strikes , forced them "
      "to retreat into the mountains .",
      "The European Union imposed new sanctions on Belarus after the government refused to release jailed "
      "opposition leaders and journalists .",
      "Israeli Prime Minister Benjamin Netanyahu rejected calls for a ceasefire , saying the military operation "
      "in Gaza would continue until Hamas is defeated .",
  };
  std::vector<std::vector<Token>> base;
  for (const char* s : kSentences) {
    std::vector<Token> toks;
    std::string_view v(s);
    while (!v.empty()) {
      size_t sp = v.find(' ');
      Token t;
      t.text = std::string(v.substr(0, sp));
      toks.push_back(std::move(t));
      if (sp == std::string_view::npos) break;
      v.remove_prefix(sp + 1);
    }
    base.push_back(std::move(toks));
  }
  BenchReport r;
  std::vector<std::vector<Token>> work = base;
  for (auto& t : work) parser.Annotate(t);  // warm up
  auto t0 = Clock::now();
  do {
    for (size_t i = 0; i < work.size(); ++i) {
      parser.Annotate(work[i]);
      ++r.sentences;
      r.tokens += work[i].size();
    }
  } while (Since(t0) < min_seconds);
  r.seconds = Since(t0);
  return r;
}

EvalReport Evaluate(const Parser& parser, const std::vector<ConllSentence>& gold) {
  EvalReport r;
  std::vector<std::vector<Token>> sents;
  sents.reserve(gold.size());
  for (const auto& s : gold) {
    std::vector<Token> toks;
    for (const auto& w : s.words) {
      Token t;
      t.text = w.form;
      toks.push_back(std::move(t));
    }
    sents.push_back(std::move(toks));
  }
  auto t0 = Clock::now();
  for (auto& toks : sents) parser.Annotate(toks);
  r.seconds = Since(t0);
  for (size_t i = 0; i < gold.size(); ++i) {
    ++r.sentences;
    for (size_t j = 0; j < gold[i].words.size(); ++j) {
      const ConllWord& g = gold[i].words[j];
      const Token& t = sents[i][j];
      ++r.tokens;
      r.upos += t.upos == g.upos;
      r.xpos += t.xpos == g.xpos;
      r.lemma += t.lemma == NormalizeForm(g.lemma, true);
      if (t.head == g.head) {
        ++r.uas;
        r.las += t.deprel == g.deprel;
      }
    }
  }
  return r;
}

}  // namespace dyad::syntax
