// Page-debris removal. Works on lines: news pages put captions, promos and credits on
// lines of their own once extracted to text.
#include "dyad/clean.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>
#include <unordered_set>

namespace dyad::clean {
namespace {

std::string_view Trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (tolower(static_cast<unsigned char>(s[i])) != tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool IsPromo(std::string_view line) {
  static constexpr std::array<std::string_view, 16> kPrefixes = {
      "read more", "read also", "also read", "subscribers only", "subscriber only",
      "subscribe to", "sign up", "advertisement", "related:", "related articles",
      "click here", "follow us", "share this", "recommended:", "more on this story",
      "watch:"};
  for (auto p : kPrefixes)
    if (StartsWithNoCase(line, p)) return true;
  return false;
}

// Agencies and picture services that appear in photo credits and bylines.
constexpr std::array<std::string_view, 14> kAgencies = {
    "AP", "AFP", "Reuters", "REUTERS", "EPA", "Getty Images", "GETTY IMAGES", "Xinhua",
    "ANADOLU", "Anadolu", "SIPA", "AA", "DPA", "dpa"};

bool EndsWithAgency(std::string_view s, size_t* agency_start) {
  for (auto a : kAgencies) {
    if (s.size() >= a.size() && s.substr(s.size() - a.size()) == a) {
      size_t start = s.size() - a.size();
      if (start == 0 || !isalpha(static_cast<unsigned char>(s[start - 1]))) {
        *agency_start = start;
        return true;
      }
    }
  }
  return false;
}

// "RAMIL SITDIKOV / AP", "Photo: John Smith/Reuters": returns where the credit starts,
// or npos. The name part is written in capitals or introduced by "Photo".
size_t CreditStart(std::string_view line) {
  size_t agency = 0;
  if (!EndsWithAgency(line, &agency)) return std::string_view::npos;
  size_t slash = line.rfind('/', agency);
  if (slash == std::string_view::npos || agency - slash > 2) {
    // A bare agency line ("Getty Images") is a credit only if it is all the line is.
    return Trim(line.substr(0, agency)).empty() ? 0 : std::string_view::npos;
  }
  // Walk back over the photographer's name: words in capitals ("RAMIL SITDIKOV").
  size_t i = slash;
  while (i > 0 && line[i - 1] == ' ') --i;
  size_t name_end = i, name_start = i;
  while (i > 0) {
    size_t word_end = i, word_start = i;
    while (word_start > 0 && line[word_start - 1] != ' ') --word_start;
    bool caps = false, lower = false;
    for (size_t k = word_start; k < word_end; ++k) {
      unsigned char c = static_cast<unsigned char>(line[k]);
      if (isupper(c)) caps = true;
      if (islower(c) || isdigit(c)) lower = true;
    }
    if (!caps || lower) break;
    name_start = word_start;
    i = word_start;
    while (i > 0 && line[i - 1] == ' ') --i;
  }
  if (name_end - name_start < 3) return std::string_view::npos;
  i = name_start;
  return i;
}

// A caption written twice: "X. X." optionally followed by a credit. Captions are short:
// longer lines are paragraphs (one that repeats itself is not debris), and the search
// below is quadratic in the line's length.
constexpr size_t kMaxDoubledCaption = 1000;
bool IsDoubledCaption(std::string_view line) {
  size_t n = line.size();
  if (n > kMaxDoubledCaption) return false;
  for (size_t p = n / 2; p >= 20; --p) {
    if (p + 1 + p > n) continue;
    if (line[p] != ' ') continue;
    if (line.substr(0, p) == line.substr(p + 1, p)) return true;
  }
  return false;
}

struct Byline {
  std::string source, wire;
};

// "Le Monde with AFP", "AFP", "Reuters", "(Reporting by ...; Editing by ...)".
bool ParseByline(std::string_view line, Byline* out) {
  if (line.size() > 80) return false;
  for (auto a : kAgencies) {
    if (line == a) { out->wire = std::string(a); return true; }
  }
  size_t with = line.rfind(" with ");
  if (with != std::string_view::npos) {
    std::string_view agency = Trim(line.substr(with + 6));
    for (auto a : kAgencies) {
      if (agency == a) {
        out->source = std::string(Trim(line.substr(0, with)));
        out->wire = std::string(a);
        return true;
      }
    }
  }
  if (StartsWithNoCase(line, "(reporting by") || StartsWithNoCase(line, "reporting by") ||
      StartsWithNoCase(line, "(editing by")) {
    out->wire = "Reuters";
    return true;
  }
  return false;
}

// Whether a line ends a sentence: a full stop, "!" or "?" (before closing quotes or
// brackets), unless the last word is an abbreviation ("U.S.", "Inc.", "Mr.").
bool EndsSentence(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && (line[end - 1] == '"' || line[end - 1] == '\'' || line[end - 1] == ')')) --end;
  if (end == 0 || (line[end - 1] != '.' && line[end - 1] != '!' && line[end - 1] != '?')) return false;
  if (line[end - 1] != '.') return true;
  size_t start = line.find_last_of(" \t", end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string_view word = line.substr(start, end - start);
  if (word.find('.') < word.size() - 1) return false;  // "U.S.", "a.m."
  for (std::string_view abbreviation : {"Mr.", "Mrs.", "Ms.", "Dr.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "Gen.",
                                        "Sen.", "Rep.", "Gov.", "Jr.", "No.", "Lt.", "Col.", "Capt.", "Prof."})
    if (word == abbreviation) return false;
  return true;
}

}  // namespace

std::vector<Removal> Clean(Document& doc) {
  std::vector<Removal> removed;
  const std::string& raw = doc.raw;
  struct Line { uint32_t start, end; };  // the kept part of a raw line
  std::vector<Line> lines;
  std::unordered_set<std::string_view> seen;

  // Index of the last non-blank line: the byline, if there is one, is there.
  size_t last_start = std::string::npos;
  for (size_t pos = 0; pos < raw.size();) {
    size_t nl = raw.find('\n', pos);
    if (nl == std::string::npos) nl = raw.size();
    if (!Trim(std::string_view(raw).substr(pos, nl - pos)).empty()) last_start = pos;
    pos = nl + 1;
  }

  for (size_t pos = 0; pos <= raw.size();) {
    size_t nl = raw.find('\n', pos);
    if (nl == std::string::npos) nl = raw.size();
    std::string_view full(raw.data() + pos, nl - pos);
    std::string_view line = Trim(full);
    uint32_t start = static_cast<uint32_t>(line.data() - raw.data());
    uint32_t end = start + static_cast<uint32_t>(line.size());
    auto drop = [&](const char* why) { removed.push_back({start, end, why}); };
    Byline byline;
    if (line.empty()) {
      lines.push_back({start, start});
    } else if (pos == last_start && ParseByline(line, &byline)) {
      if (doc.source.empty()) doc.source = byline.source;
      doc.wire = byline.wire;
      drop("byline");
    } else if (IsPromo(line)) {
      drop("promo");
    } else if (IsDoubledCaption(line)) {
      drop("duplicate caption");
    } else if (CreditStart(line) == 0) {
      drop("photo credit");
    } else if (line.size() >= 30 && !seen.insert(line).second) {
      drop("repeated");
    } else {
      size_t credit = CreditStart(line);
      if (credit != std::string_view::npos) {
        removed.push_back({start + static_cast<uint32_t>(credit), end, "photo credit"});
        end = start + static_cast<uint32_t>(Trim(line.substr(0, credit)).size());
      }
      lines.push_back({start, end});
    }
    if (nl >= raw.size()) break;
    pos = nl + 1;
  }

  // Hard-wrapped text (wire copy and mail cut into lines of 60-80 characters: Reuters) is
  // one paragraph over several lines, and a line break in it ends no sentence. A run of
  // lines no longer than kMaxWrapWidth is wrapped where a line fills most of the widest
  // one, or where its sentence plainly goes on (it ends in a small letter or a comma, or
  // the next line opens with a small letter), and does not end a sentence; such a line
  // joins the next with a space (the sentence splitter then finds the sentences in the
  // paragraph). These stay lines of their own: a line with no lower-case letter (a
  // headline), a line before a list's item ("- ", "* ", a bullet), the lines of tables,
  // shorter than kMinWrapWidth, and text written a paragraph to a line, whose lines are
  // longer than kMaxWrapWidth.
  constexpr uint32_t kMinWrapWidth = 40, kMaxWrapWidth = 100;
  std::vector<char> joins_next(lines.size(), 0);
  for (size_t b = 0; b < lines.size();) {
    if (lines[b].start == lines[b].end) { ++b; continue; }
    size_t e = b;
    uint32_t width = 0;
    while (e < lines.size() && lines[e].start != lines[e].end) {
      width = std::max(width, lines[e].end - lines[e].start);
      ++e;
    }
    if (e - b >= 2 && width >= kMinWrapWidth && width <= kMaxWrapWidth)
      for (size_t i = b; i + 1 < e; ++i) {
        const std::string_view text(raw.data() + lines[i].start, lines[i].end - lines[i].start);
        const char next = raw[lines[i + 1].start];
        // (A list's items stay lines: "- Raised the income-tax threshold", "* ...".)
        const std::string_view next_line(raw.data() + lines[i + 1].start, lines[i + 1].end - lines[i + 1].start);
        if (next_line.size() >= 2 && (next == '-' || next == '*' || next == '+') && next_line[1] == ' ') continue;
        if (next_line.rfind("\u2022", 0) == 0) continue;
        auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
        const bool lower = std::any_of(text.begin(), text.end(), is_lower);
        // (A short line is wrapped too where its sentence goes on: "president of the".)
        joins_next[i] = lower && !EndsSentence(text) &&
                        (10 * text.size() >= 6 * static_cast<size_t>(width) || is_lower(text.back()) ||
                         text.back() == ',' || text.back() == ';' || is_lower(next));
      }
    b = e;
  }

  // Copy kept lines, one per line; blank lines stay as paragraph breaks.
  doc.text.clear();
  doc.clean_to_raw.clear();
  doc.text.reserve(raw.size());
  doc.clean_to_raw.reserve(raw.size() + 1);
  bool pending_break = false, soft_break = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.start == l.end) {
      pending_break = !doc.text.empty();
      continue;
    }
    if (!doc.text.empty()) {
      doc.text += pending_break ? "\n\n" : (soft_break ? " " : "\n");
      doc.clean_to_raw.push_back(l.start);
      if (pending_break) doc.clean_to_raw.push_back(l.start);
    }
    pending_break = false;
    soft_break = joins_next[i];
    // (The line whole: a byte at a time cost a capacity test per byte, twice.)
    doc.text.append(raw, l.start, l.end - l.start);
    const size_t at = doc.clean_to_raw.size();
    doc.clean_to_raw.resize(at + (l.end - l.start));
    std::iota(doc.clean_to_raw.begin() + at, doc.clean_to_raw.end(), l.start);
  }
  uint32_t tail = lines.empty() ? 0 : lines.back().end;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it)
    if (it->start != it->end) { tail = it->end; break; }
  doc.clean_to_raw.push_back(tail);
  return removed;
}

}  // namespace dyad::clean
