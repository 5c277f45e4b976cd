// dyad/time.h — temporal expressions in a sentence, normalised against the story date.
//
// FindTimeExpressions scans one sentence and returns every temporal expression it finds,
// in text order, each resolved against the story date:
//   "on Friday, January 16" (story 2026-01-16)  -> 2026-01-16, day
//   "Sunday"                (story 2026-01-16)  -> 2026-01-11, day (the most recent
//                                                  Sunday not after the story date,
//                                                  unless the sentence speaks of the
//                                                  future: "will meet on Sunday")
//   "in June"               (story 2026-01-16)  -> 2025-06, month (the last June before)
//   "overnight", "yesterday", "two days ago", "last week", "earlier this month",
//   "since October 7, 2023" (span), "2026-01-16", "Jan. 16", "16 January 2026" ...
// Calendar arithmetic uses C++20 <chrono> calendar types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::time {

enum class Precision { kDay, kWeek, kMonth, kYear, kSpan, kUnknown };

// "day", "week", "month", "year", "span", "unknown"
const char* PrecisionName(Precision p);

struct TimeExpression {
  uint32_t start = 0;   // byte offsets into the sentence text given
  uint32_t end = 0;
  std::string text;     // the expression as written
  // Normalised value: "2026-01-16" (day), "2026-W02" is not used: a week resolves to its
  // first day with kWeek precision; "2025-06" (month), "2025" (year),
  // "2023-10-07/2026-01-16" (span: first/last day); "" when unknown.
  std::string value;
  Precision precision = Precision::kUnknown;
};

// REQUIRES: story_date is YYYY-MM-DD or empty (then only absolute dates resolve).
std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence,
                                                std::string_view story_date);

}  // namespace dyad::time
