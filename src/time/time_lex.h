// time/time_lex.h — private: the word scanner under FindTimeExpressions.
//
// A sentence is cut into tokens (words, numbers, single punctuation characters) with their
// byte offsets. Non-ASCII text is handled without decoding whole strings: typographic
// punctuation (“ ” ‘ ’ – — … and the no-break space) separates tokens, any other non-ASCII
// character is part of a word (so "Pétain" stays one word and never matches the lexicon).
// Each word is looked up once, case-insensitively, in a small fixed hash table of the words
// the time grammar and the tense cues use.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::time::internal {

enum class Kind : uint8_t {
  kWord,   // letters (possibly with non-ASCII letters)
  kNum,    // digits, optionally with an ordinal suffix (16th) or a plural s (1990s)
  kPunct,  // one punctuation character (typographic ones mapped to ASCII)
  kOther,  // a number that cannot be a date part: 2,000  3.5  F16
};

// Lexicon classes. `val` on the token carries the detail (month 1..12, weekday 0..6 with
// Sunday = 0, season 0..3, number word 1..12, unit plural flag, be-verb tense).
enum class W : uint8_t {
  kNone,
  kMonth, kMonthAbbr, kWeekday, kSeason, kNumWord, kA,
  // prepositions and connectors
  kOn, kIn, kDuring, kOver, kSince, kFrom, kBetween, kUntil, kTo, kAnd, kOr, kOf, kThe,
  kBy, kBefore, kAfter, kThroughout, kThrough, kAt, kInto,
  // modifiers
  kEarly, kLate, kMid, kEarlier, kLater,
  kLast, kNext, kThis, kPast, kPrevious, kComing, kRecent,
  // deictic words
  kToday, kTonight, kYesterday, kTomorrow, kOvernight,
  // units (val: 0 singular, 1 plural)
  kDayUnit, kWeekUnit, kMonthUnit, kYearUnit, kDecadeUnit, kHourUnit, kWeekend,
  kMorning, kAfternoon, kEvening, kNight,
  kAgo, kFew, kSeveral, kCouple,
  // tense cues
  kWill, kShall, kWon, kLl, kT, kScheduled, kUpcoming, kAhead, kPlan, kDue, kSet,
  kExpected, kGoing, kBe, kPastVerb, kNotCue,
  // exclusions
  kPrayers, kPaper, kHoliday, kUsa,
  kBoundary,  // end, beginning, start, middle: "the end of 2019"
  kDet,       // its, their, his...: an "-ed" word after a determiner is an adjective
};

struct Token {
  uint32_t b = 0, e = 0;   // byte offsets
  uint32_t num = 0;        // numeric value for kNum
  Kind kind = Kind::kWord;
  W w = W::kNone;
  uint8_t val = 0;
  uint8_t ndigits = 0;     // kNum: number of digits
  uint8_t suffix = 0;      // kNum: 0 none, 1 ordinal (st/nd/rd/th), 2 plural s
  char punct = 0;          // kPunct: the character ('-' for dashes, '\'' for ’, '"' for “”)
  bool cap = false;        // first letter upper case
  bool lower = false;      // no upper-case letter
  bool space_before = true;  // something (space, start of text) separates it from the previous
  bool ed = false;         // lower-case word of 5+ letters ending in "ed"
};

// Cuts `s` into tokens (appended to `out`, which is cleared first).
void Tokenize(std::string_view s, std::vector<Token>& out);

}  // namespace dyad::time::internal
