// Plain text through ingest checks, clean and sentence/token splitting (no parser: fast).
// Invariants (dyad/document.h, dyad/text.h): clean_to_raw has one entry per clean byte plus
// one, non-decreasing, within the raw text; removals lie inside the raw text; sentences
// and tokens lie inside the clean text in order, and never split a UTF-8 character.
#include <string>

#include "dyad/clean.h"
#include "dyad/ingest.h"
#include "dyad/text.h"
#include "fuzz_support.h"

using dyad::fuzz::Require;

namespace {
bool Boundary(const std::string& s, uint32_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::ingest::Options options;
  auto doc = dyad::ingest::FromText(std::string(reinterpret_cast<const char*>(data), size),
                                    "story.txt", options);
  if (!doc) {
    Require(doc.error().rfind("story.txt: ", 0) == 0, "error names the document");
    return 0;
  }
  dyad::Document& d = *doc;
  for (const auto& r : dyad::clean::Clean(d))
    Require(r.raw_start <= r.raw_end && r.raw_end <= d.raw.size(), "removal inside raw");
  Require(d.clean_to_raw.size() == d.text.size() + 1, "clean_to_raw size");
  for (size_t i = 0; i < d.clean_to_raw.size(); ++i) {
    Require(d.clean_to_raw[i] <= d.raw.size(), "clean_to_raw within raw");
    Require(i == 0 || d.clean_to_raw[i - 1] <= d.clean_to_raw[i], "clean_to_raw ordered");
  }
  Require(dyad::ingest::IsValidUtf8(d.text), "clean text is UTF-8");
  dyad::text::Segment(d);
  uint32_t last = 0;
  for (const auto& s : d.sentences) {
    Require(last <= s.start && s.start <= s.end && s.end <= d.text.size(), "sentence bounds");
    Require(Boundary(d.text, s.start) && Boundary(d.text, s.end), "sentence on characters");
    last = s.end;
    uint32_t tlast = s.start;
    for (const auto& t : s.tokens) {
      Require(tlast <= t.start && t.start < t.end && t.end <= s.end, "token bounds");
      Require(Boundary(d.text, t.start) && Boundary(d.text, t.end), "token on characters");
      Require(t.text == d.text.substr(t.start, t.end - t.start), "token text");
      tlast = t.end;
    }
  }
  return 0;
}
