// The run-time tagger, lemmatizer and parser behind dyad::syntax::Parser.
#include <chrono>
#include <fstream>

#include "dyad/syntax.h"
#include "syntax/features.h"
#include "syntax/model.h"
#include "syntax/parser_impl.h"

namespace dyad::syntax {
namespace {

// Per-thread scratch space, grown to the longest sentence seen and then reused, so the
// hot path allocates nothing.
struct Workspace {
  std::vector<WordInfo> words;
  std::vector<int> tags;
  std::vector<uint64_t> word_hash;
  std::vector<uint64_t> allowed;  // per word, two masks of the tag classes it may take
  std::vector<int32_t> scores;
  std::string scratch;
  ParseState state;
};

class ModelParser final : public Parser {
 public:
  explicit ModelParser(Model m) : m_(std::move(m)) {}

  void Annotate(std::vector<Token>& tokens) const override {
    thread_local Workspace ws;
    const int n = static_cast<int>(tokens.size());
    if (n == 0) return;
    if (static_cast<int>(ws.words.size()) < n) {
      ws.words.resize(n);
      ws.tags.resize(n);
      ws.word_hash.resize(n);
    }
    size_t ncls = std::max(m_.tagger.num_classes(), m_.parser.num_classes());
    if (ws.scores.size() < ncls) ws.scores.resize(ncls);
    for (int i = 0; i < n; ++i) DescribeWord(tokens[i].text, i == 0, ws.scratch, &ws.words[i]);
    // A lower-case word the treebank saw is no proper noun unless it was one there
    // (Model::seen_classes).
    ws.allowed.assign(2 * n, 0);
    for (int i = 0; i < n; ++i) {
      const std::string& text = tokens[i].text;
      if (text.empty() || !(text[0] >= 'a' && text[0] <= 'z')) continue;
      if (const auto* seen = m_.seen_classes.Find(ws.words[i].lower)) {
        ws.allowed[2 * i] = seen->first;
        ws.allowed[2 * i + 1] = seen->second;
      }
    }
    TagSentence(m_.tagger, m_.tagdict, ws.words.data(), n, ws.tags.data(), ws.scores.data(), ws.allowed.data(),
                m_.after_modal);
    for (int i = 0; i < n; ++i) ws.word_hash[i] = ws.words[i].lower;
    ParseInput in{ws.word_hash.data(), ws.tags.data(), m_.tagger.num_classes()};
    const int L = static_cast<int>(m_.labels.size());
    ParseSentence(m_.parser, ws.state, in, n, L, m_.root_label, ws.scores.data());
    for (int i = 0; i < n; ++i) {
      Token& t = tokens[i];
      int c = ws.tags[i];
      t.xpos = m_.class_xpos[c];
      t.upos = m_.class_upos[c];
      int xid = m_.class_xpos_id[c];
      if (const uint32_t* e = m_.lemmas.Find(LemmaKey(ws.words[i].lower, xid))) {
        t.lemma = m_.lemma_entries[*e - 1].lemma;
      } else {
        t.lemma = Lemmatize(t.text, t.xpos);
      }
      int h = ws.state.head[i];
      t.head = (h == n || h < 0) ? -1 : h;
      int l = ws.state.label[i];
      if (t.head < 0) t.deprel = "root";
      else t.deprel = m_.labels[l];
    }
  }

  const Model& model() const { return m_; }

 private:
  Model m_;
};

}  // namespace

std::shared_ptr<const Parser> MakeParser(Model model) {
  return std::make_shared<const ModelParser>(std::move(model));
}

Result<std::shared_ptr<const Parser>> Parser::Load(const std::string& path) {
  using R = Result<std::shared_ptr<const Parser>>;
  std::ifstream in(path, std::ios::binary);
  if (!in) return R::Error(path + ": cannot open parser model (train one with `make models`)");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return R::Error(path + ": cannot determine the file size");
  std::string data(static_cast<size_t>(size), '\0');
  if (!in.read(data.data(), size)) return R::Error(path + ": read error");
  Result<Model> m = Model::Deserialize(data);
  if (!m.ok()) return R::Error(path + ": " + m.error());
  return R(MakeParser(std::move(m).value()));
}

}  // namespace dyad::syntax
