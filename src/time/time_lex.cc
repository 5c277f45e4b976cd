#include "time/time_lex.h"

#include <array>
#include <cstring>

namespace dyad::time::internal {
namespace {

struct Entry {
  const char* word;
  W w;
  uint8_t val;
};

// clang-format off
constexpr Entry kLexicon[] = {
  {"january", W::kMonth, 1}, {"february", W::kMonth, 2}, {"march", W::kMonth, 3},
  {"april", W::kMonth, 4}, {"may", W::kMonth, 5}, {"june", W::kMonth, 6},
  {"july", W::kMonth, 7}, {"august", W::kMonth, 8}, {"september", W::kMonth, 9},
  {"october", W::kMonth, 10}, {"november", W::kMonth, 11}, {"december", W::kMonth, 12},
  {"jan", W::kMonthAbbr, 1}, {"feb", W::kMonthAbbr, 2}, {"mar", W::kMonthAbbr, 3},
  {"apr", W::kMonthAbbr, 4}, {"jun", W::kMonthAbbr, 6}, {"jul", W::kMonthAbbr, 7},
  {"aug", W::kMonthAbbr, 8}, {"sep", W::kMonthAbbr, 9}, {"sept", W::kMonthAbbr, 9},
  {"oct", W::kMonthAbbr, 10}, {"nov", W::kMonthAbbr, 11}, {"dec", W::kMonthAbbr, 12},
  {"sunday", W::kWeekday, 0}, {"monday", W::kWeekday, 1}, {"tuesday", W::kWeekday, 2},
  {"wednesday", W::kWeekday, 3}, {"thursday", W::kWeekday, 4}, {"friday", W::kWeekday, 5},
  {"saturday", W::kWeekday, 6},
  {"spring", W::kSeason, 0}, {"summer", W::kSeason, 1}, {"autumn", W::kSeason, 2},
  {"fall", W::kSeason, 2}, {"winter", W::kSeason, 3},
  {"one", W::kNumWord, 1}, {"two", W::kNumWord, 2}, {"three", W::kNumWord, 3},
  {"four", W::kNumWord, 4}, {"five", W::kNumWord, 5}, {"six", W::kNumWord, 6},
  {"seven", W::kNumWord, 7}, {"eight", W::kNumWord, 8}, {"nine", W::kNumWord, 9},
  {"ten", W::kNumWord, 10}, {"eleven", W::kNumWord, 11}, {"twelve", W::kNumWord, 12},
  {"a", W::kA, 1}, {"an", W::kA, 1},
  {"on", W::kOn, 0}, {"in", W::kIn, 0}, {"during", W::kDuring, 0}, {"over", W::kOver, 0},
  {"since", W::kSince, 0}, {"from", W::kFrom, 0}, {"between", W::kBetween, 0},
  {"until", W::kUntil, 0}, {"till", W::kUntil, 0}, {"to", W::kTo, 0}, {"and", W::kAnd, 0},
  {"or", W::kOr, 0}, {"of", W::kOf, 0}, {"the", W::kThe, 0}, {"by", W::kBy, 0},
  {"before", W::kBefore, 0}, {"after", W::kAfter, 0}, {"throughout", W::kThroughout, 0},
  {"through", W::kThrough, 0}, {"at", W::kAt, 0}, {"into", W::kInto, 0},
  {"early", W::kEarly, 0}, {"late", W::kLate, 0}, {"mid", W::kMid, 0},
  {"earlier", W::kEarlier, 0}, {"later", W::kLater, 0},
  {"last", W::kLast, 0}, {"next", W::kNext, 0}, {"this", W::kThis, 0}, {"past", W::kPast, 0},
  {"previous", W::kPrevious, 0}, {"coming", W::kComing, 0}, {"recent", W::kRecent, 0},
  {"today", W::kToday, 0}, {"tonight", W::kTonight, 0}, {"yesterday", W::kYesterday, 0},
  {"tomorrow", W::kTomorrow, 0}, {"overnight", W::kOvernight, 0},
  {"day", W::kDayUnit, 0}, {"days", W::kDayUnit, 1}, {"week", W::kWeekUnit, 0},
  {"weeks", W::kWeekUnit, 1}, {"month", W::kMonthUnit, 0}, {"months", W::kMonthUnit, 1},
  {"year", W::kYearUnit, 0}, {"years", W::kYearUnit, 1}, {"decade", W::kDecadeUnit, 0},
  {"decades", W::kDecadeUnit, 1}, {"hour", W::kHourUnit, 0}, {"hours", W::kHourUnit, 1},
  {"weekend", W::kWeekend, 0},
  {"morning", W::kMorning, 0}, {"afternoon", W::kAfternoon, 0}, {"evening", W::kEvening, 0},
  {"night", W::kNight, 0},
  {"ago", W::kAgo, 0}, {"few", W::kFew, 0}, {"several", W::kSeveral, 0},
  {"couple", W::kCouple, 0},
  // Future cues.
  {"will", W::kWill, 0}, {"shall", W::kShall, 0}, {"won", W::kWon, 0}, {"ll", W::kLl, 0},
  {"t", W::kT, 0}, {"scheduled", W::kScheduled, 0}, {"slated", W::kScheduled, 0},
  {"upcoming", W::kUpcoming, 0}, {"ahead", W::kAhead, 0},
  {"plan", W::kPlan, 0}, {"plans", W::kPlan, 0}, {"planned", W::kPlan, 1},
  {"planning", W::kPlan, 0}, {"intend", W::kPlan, 0}, {"intends", W::kPlan, 0},
  {"due", W::kDue, 0}, {"set", W::kSet, 0}, {"expected", W::kExpected, 0},
  {"going", W::kGoing, 0},
  // be: val 0 present, 1 past, 2 bare/participle.
  {"is", W::kBe, 0}, {"are", W::kBe, 0}, {"am", W::kBe, 0}, {"was", W::kBe, 1},
  {"were", W::kBe, 1}, {"be", W::kBe, 2}, {"been", W::kBe, 2}, {"being", W::kBe, 2},
  // Past cues: reporting verbs, auxiliaries and common irregular past forms.
  {"said", W::kPastVerb, 0}, {"told", W::kPastVerb, 0}, {"had", W::kPastVerb, 0},
  {"did", W::kPastVerb, 0}, {"met", W::kPastVerb, 0}, {"held", W::kPastVerb, 0},
  {"took", W::kPastVerb, 0}, {"came", W::kPastVerb, 0}, {"went", W::kPastVerb, 0},
  {"began", W::kPastVerb, 0}, {"struck", W::kPastVerb, 0}, {"fled", W::kPastVerb, 0},
  {"fought", W::kPastVerb, 0}, {"shot", W::kPastVerb, 0}, {"wrote", W::kPastVerb, 0},
  {"spoke", W::kPastVerb, 0}, {"sent", W::kPastVerb, 0}, {"led", W::kPastVerb, 0},
  {"fell", W::kPastVerb, 0}, {"rose", W::kPastVerb, 0}, {"broke", W::kPastVerb, 0},
  {"gave", W::kPastVerb, 0}, {"made", W::kPastVerb, 0}, {"saw", W::kPastVerb, 0},
  {"lost", W::kPastVerb, 0}, {"brought", W::kPastVerb, 0}, {"threw", W::kPastVerb, 0},
  // "-ed" words that are not past-tense cues.
  {"indeed", W::kNotCue, 0}, {"speed", W::kNotCue, 0}, {"proceed", W::kNotCue, 0},
  {"succeed", W::kNotCue, 0}, {"exceed", W::kNotCue, 0}, {"hundred", W::kNotCue, 0},
  {"alleged", W::kNotCue, 0}, {"called", W::kNotCue, 0}, {"united", W::kNotCue, 0},
  {"armed", W::kNotCue, 0}, {"based", W::kNotCue, 0}, {"related", W::kNotCue, 0},
  {"limited", W::kNotCue, 0}, {"concerned", W::kNotCue, 0}, {"advanced", W::kNotCue, 0},
  {"proposed", W::kNotCue, 0}, {"renewed", W::kNotCue, 0}, {"sacred", W::kNotCue, 0},
  {"need", W::kNotCue, 0}, {"injured", W::kNotCue, 0}, {"wounded", W::kNotCue, 0},
  {"detained", W::kNotCue, 0}, {"disputed", W::kNotCue, 0}, {"occupied", W::kNotCue, 0},
  {"embattled", W::kNotCue, 0}, {"displaced", W::kNotCue, 0},
  // Exclusions.
  {"prayers", W::kPrayers, 0}, {"prayer", W::kPrayers, 0}, {"sermon", W::kPrayers, 0},
  {"times", W::kPaper, 0}, {"telegraph", W::kPaper, 0}, {"mail", W::kPaper, 0},
  {"express", W::kPaper, 0}, {"herald", W::kPaper, 0}, {"independent", W::kPaper, 0},
  {"post", W::kPaper, 0}, {"mirror", W::kPaper, 0}, {"tribune", W::kPaper, 0},
  {"observer", W::kPaper, 0}, {"star", W::kPaper, 0}, {"people", W::kPaper, 0},
  {"sport", W::kPaper, 0},
  {"good", W::kHoliday, 0}, {"black", W::kHoliday, 0}, {"bloody", W::kHoliday, 0},
  {"ash", W::kHoliday, 0}, {"holy", W::kHoliday, 0}, {"super", W::kHoliday, 0},
  {"palm", W::kHoliday, 0}, {"easter", W::kHoliday, 0}, {"cyber", W::kHoliday, 0},
  {"maundy", W::kHoliday, 0}, {"shrove", W::kHoliday, 0}, {"great", W::kHoliday, 0},
  {"usa", W::kUsa, 0},
  {"its", W::kDet, 0}, {"their", W::kDet, 0}, {"his", W::kDet, 0}, {"her", W::kDet, 0},
  {"our", W::kDet, 0}, {"my", W::kDet, 0}, {"your", W::kDet, 0}, {"these", W::kDet, 0},
  {"those", W::kDet, 0}, {"some", W::kDet, 0}, {"many", W::kDet, 0},
  {"end", W::kBoundary, 0}, {"beginning", W::kBoundary, 0}, {"start", W::kBoundary, 0},
  {"middle", W::kBoundary, 0}, {"half", W::kBoundary, 0}, {"turn", W::kBoundary, 0},
};
// clang-format on

constexpr size_t kMaxWord = 12;
constexpr size_t kSlots = 1024;  // power of two, > 3x the lexicon

struct Slot {
  char key[kMaxWord + 1] = {};
  uint8_t len = 0;
  W w = W::kNone;
  uint8_t val = 0;
};

inline uint32_t Hash(const char* p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 16777619u;
  return h;
}

struct Table {
  std::array<Slot, kSlots> slots;
  Table() {
    for (const Entry& e : kLexicon) {
      size_t n = std::strlen(e.word);
      uint32_t h = Hash(e.word, n) & (kSlots - 1);
      while (slots[h].len != 0) {
        if (slots[h].len == n && std::memcmp(slots[h].key, e.word, n) == 0) break;  // dup
        h = (h + 1) & (kSlots - 1);
      }
      if (slots[h].len != 0) continue;  // first entry wins
      std::memcpy(slots[h].key, e.word, n);
      slots[h].len = static_cast<uint8_t>(n);
      slots[h].w = e.w;
      slots[h].val = e.val;
    }
  }
  const Slot* Find(const char* p, size_t n) const {
    uint32_t h = Hash(p, n) & (kSlots - 1);
    while (slots[h].len != 0) {
      if (slots[h].len == n && std::memcmp(slots[h].key, p, n) == 0) return &slots[h];
      h = (h + 1) & (kSlots - 1);
    }
    return nullptr;
  }
};

const Table& Lexicon() {
  static const Table table;
  return table;
}

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Length of the UTF-8 sequence at p[i] (1 for invalid bytes) and, when it is typographic
// punctuation or a space, the ASCII character it stands for in `as` (' ' for spaces).
size_t NonAscii(const unsigned char* p, size_t i, size_t n, char* as) {
  unsigned char c = p[i];
  *as = 0;
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i + len > n) return 1;
  for (size_t k = 1; k < len; ++k)
    if ((p[i + k] & 0xC0) != 0x80) return 1;
  uint32_t cp = 0;
  if (len == 2) cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
  else if (len == 3) cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
  else if (len == 1) { *as = ' '; return 1; }  // stray byte: treat as a separator
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0xFEFF) {
    *as = ' ';
  } else if (cp >= 0x2010 && cp <= 0x2015) {
    *as = '-';
  } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B) {
    *as = '\'';
  } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) {
    *as = '"';
  } else if (cp >= 0x2016 && cp <= 0x206F) {
    *as = '.';  // other general punctuation: ellipsis, bullets, daggers...
  }
  return len;
}

}  // namespace

void Tokenize(std::string_view s, std::vector<Token>& out) {
  out.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const Table& lex = Lexicon();
  size_t i = 0;
  bool gap = true;  // a separator precedes the next token
  while (i < n) {
    unsigned char c = p[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      gap = true;
      ++i;
      continue;
    }
    char as = 0;
    size_t clen = 1;
    if (c >= 0x80) clen = NonAscii(p, i, n, &as);
    if (as == ' ') { gap = true; i += clen; continue; }
    Token t;
    t.b = static_cast<uint32_t>(i);
    t.space_before = gap;
    gap = false;
    if (as != 0 || (c < 0x80 && !IsAlpha(c) && !IsDigit(c))) {
      t.kind = Kind::kPunct;
      t.punct = as != 0 ? as : static_cast<char>(c);
      i += clen;
      t.e = static_cast<uint32_t>(i);
      out.push_back(t);
      continue;
    }
    if (IsDigit(c)) {
      size_t j = i;
      uint64_t v = 0;
      while (j < n && IsDigit(p[j])) { if (v < 1000000000) v = v * 10 + (p[j] - '0'); ++j; }
      t.kind = Kind::kNum;
      t.ndigits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
      t.num = static_cast<uint32_t>(v);
      // 2,000 / 3.5 / 1,200,000: grouped or decimal numbers are never date parts.
      while (j + 1 < n && (p[j] == ',' || p[j] == '.') && IsDigit(p[j + 1])) {
        size_t k = j + 1;
        while (k < n && IsDigit(p[k])) ++k;
        if (p[j] == ',' && k - (j + 1) != 3) break;
        t.kind = Kind::kOther;
        j = k;
      }
      char sep = 0;
      if (j < n && p[j] >= 0x80) NonAscii(p, j, n, &sep);  // "2015–16": the dash separates
      if (j < n && (IsAlpha(p[j]) || (p[j] >= 0x80 && sep == 0))) {
        size_t k = j;
        while (k < n && (IsAlpha(p[k]) || IsDigit(p[k]))) ++k;
        size_t sl = k - j;
        bool plain_end = k >= n || p[k] < 0x80;
        char a = static_cast<char>(p[j] | 0x20), b = sl > 1 ? static_cast<char>(p[j + 1] | 0x20) : 0;
        if (plain_end && sl == 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                                     (a == 'r' && b == 'd') || (a == 't' && b == 'h'))) {
          t.suffix = 1;
        } else if (plain_end && sl == 1 && a == 's') {
          t.suffix = 2;
        } else {
          t.kind = Kind::kOther;
          while (k < n && (IsAlpha(p[k]) || IsDigit(p[k]) || p[k] >= 0x80)) {
            if (p[k] >= 0x80) {
              char as2;
              size_t l2 = NonAscii(p, k, n, &as2);
              if (as2 != 0) break;
              k += l2;
            } else {
              ++k;
            }
          }
        }
        j = k;
      }
      t.e = static_cast<uint32_t>(j);
      i = j;
      out.push_back(t);
      continue;
    }
    // A word: ASCII letters, digits and non-ASCII letters.
    size_t j = i;
    bool ascii_alpha = true;
    bool any_upper = false;
    while (j < n) {
      unsigned char d = p[j];
      if (IsAlpha(d)) { any_upper |= IsUpper(d); ++j; continue; }
      if (IsDigit(d)) { ascii_alpha = false; ++j; continue; }
      if (d >= 0x80) {
        char as2;
        size_t l2 = NonAscii(p, j, n, &as2);
        if (as2 != 0) break;
        ascii_alpha = false;
        j += l2;
        continue;
      }
      break;
    }
    t.kind = Kind::kWord;
    t.e = static_cast<uint32_t>(j);
    t.cap = IsUpper(c);
    t.lower = !any_upper;
    size_t len = j - i;
    if (ascii_alpha && len <= kMaxWord) {
      char buf[kMaxWord];
      for (size_t k = 0; k < len; ++k) buf[k] = static_cast<char>(p[i + k] | 0x20);
      if (const Slot* slot = lex.Find(buf, len)) {
        t.w = slot->w;
        t.val = slot->val;
      }
      t.ed = t.lower && len >= 5 && buf[len - 2] == 'e' && buf[len - 1] == 'd';
    }
    i = j;
    out.push_back(t);
  }
}

}  // namespace dyad::time::internal
