#include "serve/highlight.h"

#include <algorithm>

#include "dyad/time.h"

namespace dyad::serve {
namespace {

struct Span {
  size_t start, end;
  std::string kind;
};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// First occurrence of `needle` in `hay`, ignoring ASCII case; npos when absent.
size_t FindNoCase(const std::string& hay, const std::string& needle) {
  if (needle.empty() || needle.size() > hay.size()) return std::string::npos;
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return Lower(a) == Lower(b); });
  return it == hay.end() ? std::string::npos : static_cast<size_t>(it - hay.begin());
}

bool Overlaps(const std::vector<Span>& spans, size_t start, size_t end) {
  for (const auto& s : spans)
    if (start < s.end && s.start < end) return true;
  return false;
}

}  // namespace

std::vector<Segment> EvidenceSegments(const Event& e) {
  const std::string& text = e.evidence.text;
  std::vector<Span> spans;
  auto add = [&](size_t start, size_t end, const char* kind) {
    if (start < end && end <= text.size() && !Overlaps(spans, start, end)) spans.push_back({start, end, kind});
  };
  if (e.trigger_end > e.trigger_start && e.trigger_start >= e.evidence.start)
    add(e.trigger_start - e.evidence.start, e.trigger_end - e.evidence.start, "trigger");
  for (auto [actor, kind] : {std::pair{&e.source, "source"}, std::pair{&e.target, "target"}}) {
    size_t at = FindNoCase(text, actor->name);
    if (at != std::string::npos) add(at, at + actor->name.size(), kind);
  }
  if (!e.date.empty()) {
    std::string story = e.date_precision == "day" ? e.date : "";
    auto found = time::FindTimeExpressions(text, story);
    bool any_exact = std::any_of(found.begin(), found.end(), [&](const auto& t) { return t.value == e.date; });
    for (const auto& t : found)
      if (!any_exact || t.value == e.date) add(t.start, t.end, "date");
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<Segment> out;
  size_t at = 0;
  for (const auto& s : spans) {
    if (s.start > at) out.push_back({text.substr(at, s.start - at), ""});
    out.push_back({text.substr(s.start, s.end - s.start), s.kind});
    at = s.end;
  }
  if (at < text.size()) out.push_back({text.substr(at), ""});
  return out;
}

}  // namespace dyad::serve
