// Plain text through the whole pipeline: ingest checks -> clean -> sentences/tokens ->
// actors -> parser -> patterns -> events -> JSON output, with the built-in data and model.
// Invariants (dyad/document.h, dyad/event.h): clean_to_raw has one entry per clean byte
// plus one, non-decreasing, within the raw text; sentences and tokens lie inside the
// clean text in order; evidence and trigger offsets lie inside the raw text; every event
// serialises to a JSON line (valid UTF-8).
#include <memory>
#include <string>

#include "dyad/coder.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "fuzz_support.h"

using dyad::fuzz::Require;

namespace {
const dyad::Coder& TheCoder() {
  static std::unique_ptr<dyad::Coder> coder = [] {
    auto c = dyad::Coder::Create({});
    Require(c.ok(), "the built-in data and model load");
    return std::move(*c);
  }();
  return *coder;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheCoder();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // `dyad explain "SENTENCE"` takes its argument unchecked: any bytes but NUL.
  if (size <= 400) {
    std::string sentence(reinterpret_cast<const char*>(data), size);
    std::erase(sentence, '\0');
    TheCoder().Explain(sentence, "2026-03-06");
  }
  dyad::ingest::Options options;
  options.date = "2026-03-06";
  auto doc = dyad::ingest::FromText(std::string(reinterpret_cast<const char*>(data), size),
                                    "story.txt", options);
  if (!doc) {
    Require(doc.error().rfind("story.txt: ", 0) == 0, "error names the document");
    return 0;
  }
  std::vector<dyad::Event> events = TheCoder().Code(*doc);
  const dyad::Document& d = *doc;
  Require(d.clean_to_raw.size() == d.text.size() + 1, "clean_to_raw size");
  for (size_t i = 0; i < d.clean_to_raw.size(); ++i) {
    Require(d.clean_to_raw[i] <= d.raw.size(), "clean_to_raw within raw");
    Require(i == 0 || d.clean_to_raw[i - 1] <= d.clean_to_raw[i], "clean_to_raw ordered");
  }
  uint32_t last = 0;
  for (const auto& s : d.sentences) {
    Require(last <= s.start && s.start <= s.end && s.end <= d.text.size(), "sentence bounds");
    last = s.end;
    for (const auto& t : s.tokens) {
      Require(s.start <= t.start && t.start <= t.end && t.end <= s.end, "token bounds");
      Require(t.head >= -1 && t.head < static_cast<int>(s.tokens.size()), "token head");
    }
  }
  for (const auto& e : events) {
    Require(e.sentence >= 0 && e.sentence < static_cast<int>(d.sentences.size()), "event sentence");
    Require(e.evidence.start <= e.evidence.end && e.evidence.end <= d.raw.size(), "evidence bounds");
    Require(e.trigger_start <= e.trigger_end && e.trigger_end <= d.raw.size(), "trigger bounds");
    // (A source is coded, or a name-only actor: a name with no code; two name-only sides
    // make no event, see docs/actors.md.)
    Require(!e.cameo.empty() && (!e.source.code.empty() || !e.source.name.empty()), "event has a code and a source");
    Require(!(e.source.code.empty() && e.target.code.empty() && !e.target.name.empty()),
            "no event between two name-only actors");
    Require(!dyad::output::ToJsonLine(e).empty(), "event serialises");
  }
  return 0;
}
