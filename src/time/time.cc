// Temporal expressions: a hand-written scanner over the tokens of time_lex.h, a small
// recursive-descent grammar producing a Spec (what the text says), and a resolver that
// turns a Spec into a date range against the story date with <chrono> calendar types.
// See include/dyad/time.h for the conventions.
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "dyad/time.h"
#include "time/time_lex.h"

namespace dyad::time {

namespace chr = std::chrono;
using internal::Kind;
using internal::Token;
using internal::W;

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kDay: return "day";
    case Precision::kWeek: return "week";
    case Precision::kMonth: return "month";
    case Precision::kYear: return "year";
    case Precision::kSpan: return "span";
    case Precision::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

// ---------------------------------------------------------------------------------------
// What an expression says, before resolution.

enum class Mode : uint8_t { kPlain, kLast, kNext, kThis };
enum class Unit : uint8_t { kDay, kWeek, kMonth, kYear };

enum class SK : uint8_t {
  kAbsDay,        // y-m-d (d2 > d: a span of days in that month)
  kAbsMonth,      // y-m
  kAbsYear,       // y
  kAbsYears,      // y .. y2 (ranges, decades)
  kAbsSeason,     // season n of year y
  kMonthDay,      // m-d without a year (d2 > d: span)
  kMonth,         // m without a year, with mode
  kWeekday,       // wd, with mode
  kSeason,        // season n, with mode
  kOrdinalDay,    // "on the 16th"
  kWeekend,       // with mode
  kDayRel,        // anchor + n days (day)
  kWeekRel,       // week of anchor + 7n days (week)
  kMonthRel,      // month of anchor + n months (month)
  kYearRel,       // year of anchor + n (year)
  kMonthOfYearRel,  // month m of year(anchor) + n: "June last year"
  kBack,          // span anchor - n units .. anchor
  kForward,       // span anchor .. anchor + n units
  kAgoSpan,       // span anchor - y2 units .. anchor - n units ("a few days ago")
};

struct Spec {
  SK kind = SK::kAbsDay;
  Mode mode = Mode::kPlain;
  Unit unit = Unit::kDay;
  int y = 0, y2 = 0;
  unsigned m = 0, d = 0, d2 = 0;
  int wd = 0;  // weekday, Sunday = 0
  int n = 0;   // offsets, counts, season index (0 spring .. 3 winter)
};

bool NeedsAnchor(const Spec& s) {
  return !(s.kind == SK::kAbsDay || s.kind == SK::kAbsMonth || s.kind == SK::kAbsYear ||
           s.kind == SK::kAbsYears || s.kind == SK::kAbsSeason);
}

// Kinds that name a calendar position without saying which one: they resolve against
// the end of a span when they open one ("from March to May 2024").
bool Floating(const Spec& s) {
  return (s.kind == SK::kMonthDay || s.kind == SK::kOrdinalDay ||
          ((s.kind == SK::kMonth || s.kind == SK::kWeekday || s.kind == SK::kSeason) &&
           s.mode == Mode::kPlain));
}

// ---------------------------------------------------------------------------------------
// Resolution.

struct Range {
  chr::sys_days a, b;
  Precision p;
};

chr::year_month_day Ymd(chr::sys_days d) { return chr::year_month_day{d}; }

Range DayRange(chr::sys_days d) { return {d, d, Precision::kDay}; }

Range MonthRange(chr::year_month ym) {
  return {chr::sys_days{ym / chr::day{1}}, chr::sys_days{ym / chr::last}, Precision::kMonth};
}

Range YearRange(chr::year y) {
  return {chr::sys_days{y / chr::January / 1}, chr::sys_days{y / chr::December / 31},
          Precision::kYear};
}

chr::sys_days MondayOf(chr::sys_days d) { return d - (chr::weekday{d} - chr::Monday); }

Range WeekRange(chr::sys_days d) {
  chr::sys_days mon = MondayOf(d);
  return {mon, mon + chr::days{6}, Precision::kWeek};
}

// Meteorological seasons (northern hemisphere); winter y runs from December y to the end
// of February y+1.
Range SeasonRange(int season, chr::year y) {
  using namespace std::chrono;
  switch (season) {
    case 0: return {sys_days{y / March / 1}, sys_days{y / May / 31}, Precision::kSpan};
    case 1: return {sys_days{y / June / 1}, sys_days{y / August / 31}, Precision::kSpan};
    case 2: return {sys_days{y / September / 1}, sys_days{y / November / 30}, Precision::kSpan};
    default:
      return {sys_days{y / December / 1}, sys_days{(y + years{1}) / February / last},
              Precision::kSpan};
  }
}

// Adds n units to d, clamping the day to the end of the month (Mar 31 - 1 month = Feb 28).
chr::sys_days AddUnits(chr::sys_days d, int n, Unit u) {
  switch (u) {
    case Unit::kDay: return d + chr::days{n};
    case Unit::kWeek: return d + chr::days{7 * n};
    case Unit::kMonth:
    case Unit::kYear: {
      chr::year_month_day ymd = Ymd(d);
      chr::year_month ym = ymd.year() / ymd.month();
      ym = u == Unit::kMonth ? ym + chr::months{n} : ym + chr::years{n};
      chr::year_month_day r = ym / ymd.day();
      if (!r.ok()) r = chr::year_month_day{ym / chr::last};
      return chr::sys_days{r};
    }
  }
  return d;
}

std::optional<Range> Resolve(const Spec& s, std::optional<chr::sys_days> anchor_opt,
                             bool future) {
  using namespace std::chrono;
  switch (s.kind) {
    case SK::kAbsDay: {
      year_month_day ymd{year{s.y}, month{s.m}, day{s.d}};
      if (!ymd.ok()) return std::nullopt;
      if (s.d2 > s.d) {
        year_month_day e{year{s.y}, month{s.m}, day{s.d2}};
        if (!e.ok()) return std::nullopt;
        return Range{sys_days{ymd}, sys_days{e}, Precision::kSpan};
      }
      return DayRange(sys_days{ymd});
    }
    case SK::kAbsMonth: return MonthRange(year{s.y} / month{s.m});
    case SK::kAbsYear: return YearRange(year{s.y});
    case SK::kAbsYears:
      return Range{YearRange(year{s.y}).a, YearRange(year{s.y2}).b, Precision::kSpan};
    case SK::kAbsSeason: return SeasonRange(s.n, year{s.y});
    default: break;
  }
  if (!anchor_opt) return std::nullopt;
  const sys_days D = *anchor_opt;
  const year_month_day A = Ymd(D);
  const year_month AYM = A.year() / A.month();
  switch (s.kind) {
    case SK::kMonthDay: {
      // The nearest such date not after the anchor (on or after it in a future context);
      // Feb 29 looks up to 8 years away for a leap year.
      for (int k = 0; k <= 8; ++k) {
        year y = A.year() + years{future ? k : -k};
        year_month_day ymd{y, month{s.m}, day{s.d}};
        if (!ymd.ok()) continue;
        sys_days day0{ymd};
        if (future ? day0 < D : day0 > D) continue;
        if (s.d2 > s.d) {
          year_month_day e{y, month{s.m}, day{s.d2}};
          if (!e.ok()) return std::nullopt;
          return Range{day0, sys_days{e}, Precision::kSpan};
        }
        return DayRange(day0);
      }
      return std::nullopt;
    }
    case SK::kOrdinalDay: {
      year_month ym = AYM;
      for (int k = 0; k < 12; ++k) {
        year_month_day ymd = ym / day{s.d};
        if (ymd.ok() && (future ? sys_days{ymd} >= D : sys_days{ymd} <= D))
          return DayRange(sys_days{ymd});
        ym = future ? ym + months{1} : ym - months{1};
      }
      return std::nullopt;
    }
    case SK::kMonth: {
      month m{s.m};
      year y = A.year();
      switch (s.mode) {
        case Mode::kPlain:
          if (future) { if (m < A.month()) y += years{1}; }
          else if (m > A.month()) { y -= years{1}; }
          break;
        case Mode::kLast: if (m >= A.month()) y -= years{1}; break;
        case Mode::kNext: if (m <= A.month()) y += years{1}; break;
        case Mode::kThis: break;
      }
      return MonthRange(y / m);
    }
    case SK::kWeekday: {
      weekday target{static_cast<unsigned>(s.wd)};
      weekday cur{D};
      switch (s.mode) {
        case Mode::kPlain:
          return DayRange(future ? D + (target - cur) : D - (cur - target));
        case Mode::kLast: {
          days back = cur - target;
          if (back == days{0}) back = days{7};
          return DayRange(D - back);
        }
        case Mode::kNext: {
          days fwd = target - cur;
          if (fwd == days{0}) fwd = days{7};
          return DayRange(D + fwd);
        }
        case Mode::kThis: return DayRange(MondayOf(D) + (target - Monday));
      }
      return std::nullopt;
    }
    case SK::kWeekend: {
      weekday cur{D};
      sys_days sat;
      switch (s.mode) {
        case Mode::kPlain:
          if (future) sat = cur == Sunday ? D - days{1} : D + (Saturday - cur);
          else sat = D - (cur - Saturday);
          break;
        case Mode::kLast: {
          sys_days sun = D - (cur - Sunday);
          if (sun == D) sun -= days{7};
          sat = sun - days{1};
          break;
        }
        case Mode::kNext:
          sat = D + (Saturday - cur);
          if (sat == D) sat += days{7};
          break;
        case Mode::kThis: sat = MondayOf(D) + days{5}; break;
      }
      return Range{sat, sat + days{1}, Precision::kSpan};
    }
    case SK::kSeason: {
      int ay = static_cast<int>(A.year());
      std::optional<Range> pick;
      for (int y = ay - 2; y <= ay + 2; ++y) {
        Range r = SeasonRange(s.n, year{y});
        switch (s.mode) {
          case Mode::kPlain:
            if (future) { if (r.b >= D && !pick) pick = r; }
            else if (r.a <= D) { pick = r; }
            break;
          case Mode::kLast: if (r.b < D) pick = r; break;
          case Mode::kNext: if (r.a > D && !pick) pick = r; break;
          case Mode::kThis:
            if (r.a <= D && D <= r.b) return r;
            break;
        }
      }
      if (s.mode == Mode::kThis) return SeasonRange(s.n, A.year());
      return pick;
    }
    case SK::kDayRel: return DayRange(D + days{s.n});
    case SK::kWeekRel: return WeekRange(D + days{7 * s.n});
    case SK::kMonthRel: return MonthRange(AYM + months{s.n});
    case SK::kYearRel: return YearRange(A.year() + years{s.n});
    case SK::kMonthOfYearRel: return MonthRange((A.year() + years{s.n}) / month{s.m});
    case SK::kBack: return Range{AddUnits(D, -s.n, s.unit), D, Precision::kSpan};
    case SK::kForward: return Range{D, AddUnits(D, s.n, s.unit), Precision::kSpan};
    case SK::kAgoSpan:
      return Range{AddUnits(D, -s.y2, s.unit), AddUnits(D, -s.n, s.unit), Precision::kSpan};
    default: break;
  }
  return std::nullopt;
}

void FormatDay(chr::sys_days d, char* buf) {
  chr::year_month_day ymd{d};
  std::snprintf(buf, 16, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string FormatRange(const Range& r) {
  char a[16], b[16];
  FormatDay(r.a, a);
  switch (r.p) {
    case Precision::kDay:
    case Precision::kWeek: return a;
    case Precision::kMonth: return std::string(a, 7);
    case Precision::kYear: return std::string(a, 4);
    case Precision::kSpan:
      FormatDay(r.b, b);
      return std::string(a) + "/" + b;
    case Precision::kUnknown: break;
  }
  return "";
}

std::optional<chr::sys_days> ParseStoryDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (int j = 0; j < len[k]; ++j) {
      char c = s[start[k] + j];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  chr::year_month_day ymd{chr::year{v[0]}, chr::month{static_cast<unsigned>(v[1])},
                          chr::day{static_cast<unsigned>(v[2])}};
  if (!ymd.ok()) return std::nullopt;
  return chr::sys_days{ymd};
}

// ---------------------------------------------------------------------------------------
// The grammar.

class Scanner {
 public:
  Scanner(std::string_view s, const std::vector<Token>& t, std::optional<chr::sys_days> story)
      : s_(s), t_(t), n_(t.size()), story_(story) {}

  void Run(std::vector<TimeExpression>& out);

 private:
  // Token predicates; out-of-range indices are false.
  bool Is(size_t i, W w) const { return i < n_ && t_[i].w == w; }
  bool IsP(size_t i, char c) const {
    return i < n_ && t_[i].kind == Kind::kPunct && t_[i].punct == c;
  }
  bool Adj(size_t i) const { return i < n_ && !t_[i].space_before; }
  bool IsNum(size_t i) const { return i < n_ && t_[i].kind == Kind::kNum; }
  bool IsYear(size_t i) const {
    return IsNum(i) && t_[i].ndigits == 4 && t_[i].suffix == 0 && t_[i].num >= 1800 &&
           t_[i].num <= 2199;
  }
  bool IsDayNum(size_t i) const {
    return IsNum(i) && t_[i].ndigits <= 2 && t_[i].suffix != 2 && t_[i].num >= 1 &&
           t_[i].num <= 31;
  }
  bool IsCapWord(size_t i) const { return i < n_ && t_[i].kind == Kind::kWord && t_[i].cap; }
  bool IsMonthTok(size_t i) const {
    return i < n_ && (t_[i].w == W::kMonth || t_[i].w == W::kMonthAbbr) && t_[i].cap;
  }
  bool IsPartOfDay(size_t i) const {
    return i < n_ && t_[i].lower &&
           (t_[i].w == W::kMorning || t_[i].w == W::kAfternoon || t_[i].w == W::kEvening ||
            t_[i].w == W::kNight);
  }
  bool IsUnit(size_t i) const {
    return i < n_ && (t_[i].w == W::kDayUnit || t_[i].w == W::kWeekUnit ||
                      t_[i].w == W::kMonthUnit || t_[i].w == W::kYearUnit);
  }
  Unit UnitOf(size_t i) const {
    switch (t_[i].w) {
      case W::kWeekUnit: return Unit::kWeek;
      case W::kMonthUnit: return Unit::kMonth;
      case W::kYearUnit: return Unit::kYear;
      default: return Unit::kDay;
    }
  }

  // A year in running text: only after a word that introduces a time ("in 2019",
  // "since 2019", "by 2030", "the end of 2019") and not before a plural noun
  // ("in 2000 villages").
  bool YearContext(size_t i) const;
  bool PluralNounAfter(size_t i) const;

  // Parsers: on success set *sp and *end (one past the last token) and return true.
  bool Point(size_t i, bool ctx, Spec* sp, size_t* end) const;
  bool Core(size_t i, bool ctx, Spec* sp, size_t* end) const;
  bool Numeric(size_t i, bool ctx, Spec* sp, size_t* end) const;
  bool MonthExpr(size_t i, bool ctx, Mode mode, Spec* sp, size_t* end) const;
  bool DayMonth(size_t i, Spec* sp, size_t* end) const;
  bool WeekdayExpr(size_t i, Mode mode, Spec* sp, size_t* end) const;
  bool SeasonExpr(size_t i, bool ctx, Mode mode, Spec* sp, size_t* end) const;
  bool Relative(size_t i, Spec* sp, size_t* end) const;
  bool The(size_t i, bool ctx, Spec* sp, size_t* end) const;
  bool Quantity(size_t i, int* n, int* fuzzy_hi, size_t* end) const;
  bool Ago(size_t i, Spec* sp, size_t* end) const;
  bool Stretch(size_t k, bool back, bool singular_ok, Spec* sp, size_t* end) const;

  void ComputeCues();
  bool Future(size_t first, size_t last) const;
  void Emit(size_t first, size_t last, const Spec& spec, std::vector<TimeExpression>& out);
  void EmitRange(size_t first, size_t last, const std::optional<Range>& r, bool resolvable,
                 std::vector<TimeExpression>& out);

  std::string_view s_;
  const std::vector<Token>& t_;
  size_t n_;
  std::optional<chr::sys_days> story_;
  std::vector<std::pair<uint32_t, bool>> cues_;  // token index, future?
};

bool Scanner::PluralNounAfter(size_t i) const {
  size_t k = i + 1;
  if (k >= n_ || t_[k].kind != Kind::kWord || !t_[k].lower) return false;
  if (t_[k].w == W::kPaper) return true;  // "people"
  std::string_view w = s_.substr(t_[k].b, t_[k].e - t_[k].b);
  if (w.size() < 3 || w.back() != 's') return false;
  return !(w == "was" || w == "has" || w == "this" || w == "its" || w == "his" ||
           w == "thus" || w == "plus" || w == "across" || w == "versus" || w == "whereas");
}

bool Scanner::YearContext(size_t i) const {
  if (i == 0) return false;
  switch (t_[i - 1].w) {
    case W::kIn: case W::kSince: case W::kDuring: case W::kUntil: case W::kBy:
    case W::kBefore: case W::kAfter: case W::kThroughout: case W::kThrough:
    case W::kEarly: case W::kLate: case W::kMid: case W::kFrom: case W::kBetween:
      return true;
    case W::kOf: return i >= 2 && t_[i - 2].w == W::kBoundary;
    default: break;
  }
  // "mid-2019"
  return IsP(i - 1, '-') && Adj(i) && i >= 2 && t_[i - 2].w == W::kMid;
}

bool Scanner::Quantity(size_t i, int* n, int* fuzzy_hi, size_t* end) const {
  *fuzzy_hi = 0;
  if (i >= n_) return false;
  const Token& t = t_[i];
  if (t.kind == Kind::kNum && t.suffix == 0 && t.ndigits <= 3 && t.num > 0) {
    *n = static_cast<int>(t.num);
    *end = i + 1;
    return true;
  }
  switch (t.w) {
    case W::kNumWord: *n = t.val; *end = i + 1; return true;
    case W::kA:
      if (Is(i + 1, W::kFew)) { *n = 2; *fuzzy_hi = 4; *end = i + 2; return true; }
      if (Is(i + 1, W::kCouple) && Is(i + 2, W::kOf)) { *n = 2; *end = i + 3; return true; }
      *n = 1;
      *end = i + 1;
      return true;
    case W::kFew: *n = 2; *fuzzy_hi = 4; *end = i + 1; return true;
    case W::kSeveral: *n = 3; *fuzzy_hi = 7; *end = i + 1; return true;
    case W::kCouple:
      if (Is(i + 1, W::kOf)) { *n = 2; *end = i + 2; return true; }
      return false;
    default: return false;
  }
}

// "two days ago", "a week ago", "a few days ago", "three years ago".
bool Scanner::Ago(size_t i, Spec* sp, size_t* end) const {
  int n, hi;
  size_t k;
  if (!Quantity(i, &n, &hi, &k)) return false;
  if (k >= n_) return false;
  W u = t_[k].w;
  if (!(u == W::kDayUnit || u == W::kWeekUnit || u == W::kMonthUnit || u == W::kYearUnit ||
        u == W::kDecadeUnit || u == W::kHourUnit))
    return false;
  if (!Is(k + 1, W::kAgo)) return false;
  Spec s;
  if (u == W::kHourUnit) {
    s.kind = SK::kDayRel;
    s.n = hi ? 0 : -(n / 24);
  } else if (hi) {
    s.kind = SK::kAgoSpan;
    s.n = n;
    s.y2 = hi;
    s.unit = UnitOf(k);
    if (u == W::kDecadeUnit) { s.unit = Unit::kYear; s.n *= 10; s.y2 *= 10; }
  } else {
    switch (u) {
      case W::kDayUnit: s.kind = SK::kDayRel; s.n = -n; break;
      case W::kWeekUnit: s.kind = SK::kDayRel; s.n = -7 * n; break;
      case W::kMonthUnit: s.kind = SK::kMonthRel; s.n = -n; break;
      case W::kYearUnit: s.kind = SK::kYearRel; s.n = -n; break;
      default: s.kind = SK::kYearRel; s.n = -10 * n; break;
    }
  }
  *sp = s;
  *end = k + 2;
  return true;
}

// Numbers: 2026-01-16, 16/01/2026, 2019-2021, 1990s, 16 January [2026], years.
bool Scanner::Numeric(size_t i, bool ctx, Spec* sp, size_t* end) const {
  const Token& t = t_[i];
  if (t.kind != Kind::kNum) return false;
  // ISO 2026-01-16 (or 2026/01/16).
  if (t.ndigits == 4 && t.suffix == 0 && (IsP(i + 1, '-') || IsP(i + 1, '/')) && Adj(i + 1) &&
      IsNum(i + 2) && Adj(i + 2) && t_[i + 2].ndigits == 2 && t_[i + 2].suffix == 0 &&
      IsP(i + 3, t_[i + 1].punct) && Adj(i + 3) && IsNum(i + 4) && Adj(i + 4) &&
      t_[i + 4].ndigits <= 2 && t_[i + 4].suffix == 0) {
    chr::year_month_day ymd{chr::year{static_cast<int>(t.num)}, chr::month{t_[i + 2].num},
                            chr::day{t_[i + 4].num}};
    if (!ymd.ok()) return false;
    sp->kind = SK::kAbsDay;
    sp->y = static_cast<int>(t.num);
    sp->m = t_[i + 2].num;
    sp->d = t_[i + 4].num;
    *end = i + 5;
    return true;
  }
  // Slashed 16/01/2026: only when the day is unambiguous (> 12).
  if (t.ndigits <= 2 && t.suffix == 0 && IsP(i + 1, '/') && Adj(i + 1) && IsNum(i + 2) &&
      Adj(i + 2) && t_[i + 2].ndigits <= 2 && t_[i + 2].suffix == 0 && IsP(i + 3, '/') &&
      Adj(i + 3) && IsNum(i + 4) && Adj(i + 4) && t_[i + 4].ndigits == 4 &&
      t_[i + 4].suffix == 0) {
    unsigned a = t.num, b = t_[i + 2].num, d, m;
    if (a > 12 && b >= 1 && b <= 12) { d = a; m = b; }
    else if (b > 12 && a >= 1 && a <= 12) { m = a; d = b; }
    else return false;
    chr::year_month_day ymd{chr::year{static_cast<int>(t_[i + 4].num)}, chr::month{m},
                            chr::day{d}};
    if (!ymd.ok()) return false;
    sp->kind = SK::kAbsDay;
    sp->y = static_cast<int>(t_[i + 4].num);
    sp->m = m;
    sp->d = d;
    *end = i + 5;
    return true;
  }
  // Decades: 1990s.
  if (t.ndigits == 4 && t.suffix == 2 && t.num % 10 == 0 && t.num >= 1800 && t.num <= 2190) {
    sp->kind = SK::kAbsYears;
    sp->y = static_cast<int>(t.num);
    sp->y2 = sp->y + 9;
    *end = i + 1;
    return true;
  }
  if (IsYear(i)) {
    int y = static_cast<int>(t.num);
    // 2019-2021, 2019-21, 2019–2021.
    if (IsP(i + 1, '-') && Adj(i + 1) && IsNum(i + 2) && Adj(i + 2) && t_[i + 2].suffix == 0 &&
        (t_[i + 2].ndigits == 2 || t_[i + 2].ndigits == 4)) {
      int y2 = static_cast<int>(t_[i + 2].num);
      if (t_[i + 2].ndigits == 2) y2 += y / 100 * 100;
      if (y2 > y && y2 - y <= 100) {
        sp->kind = SK::kAbsYears;
        sp->y = y;
        sp->y2 = y2;
        *end = i + 3;
        return true;
      }
      return false;
    }
    if (ctx && !PluralNounAfter(i)) {
      sp->kind = SK::kAbsYear;
      sp->y = y;
      *end = i + 1;
      return true;
    }
    return false;
  }
  if (IsDayNum(i) && DayMonth(i, sp, end)) return true;
  return Ago(i, sp, end);
}

// "16 January", "16 Jan. 2026", "16th of January", "16 January, 2026".
bool Scanner::DayMonth(size_t i, Spec* sp, size_t* end) const {
  if (!IsDayNum(i)) return false;
  size_t k = i + 1;
  if (Is(k, W::kOf) && (t_[i].suffix == 1 || Is(i - 1, W::kThe))) ++k;
  if (!IsMonthTok(k)) return false;
  unsigned m = t_[k].val, d = t_[i].num;
  ++k;
  if (t_[k - 1].w == W::kMonthAbbr && IsP(k, '.') && Adj(k)) ++k;
  if (!chr::month_day{chr::month{m}, chr::day{d}}.ok()) return false;
  size_t ky = k;
  if (IsP(ky, ',') && IsYear(ky + 1)) ++ky;
  if (IsYear(ky)) {
    sp->kind = SK::kAbsDay;
    sp->y = static_cast<int>(t_[ky].num);
    k = ky + 1;
  } else {
    sp->kind = SK::kMonthDay;
  }
  sp->m = m;
  sp->d = d;
  *end = k;
  return true;
}

// "January 16", "Jan. 16, 2026", "June 2024", "in June", "June last year".
bool Scanner::MonthExpr(size_t i, bool ctx, Mode mode, Spec* sp, size_t* end) const {
  if (!IsMonthTok(i)) return false;
  const bool abbr = t_[i].w == W::kMonthAbbr;
  const unsigned m = t_[i].val;
  size_t k = i + 1;
  if (abbr && IsP(k, '.') && Adj(k)) ++k;
  if (mode == Mode::kPlain) {
    if (IsDayNum(k) && !(IsP(k + 1, ':') && Adj(k + 1))) {
      unsigned d = t_[k].num;
      if (!chr::month_day{chr::month{m}, chr::day{d}}.ok()) return false;
      size_t k2 = k + 1;
      unsigned d2 = 0;
      // "January 16-18"
      if (IsP(k2, '-') && IsDayNum(k2 + 1) && t_[k2 + 1].num > d &&
          chr::month_day{chr::month{m}, chr::day{t_[k2 + 1].num}}.ok()) {
        d2 = t_[k2 + 1].num;
        k2 += 2;
      }
      size_t ky = k2;
      if (IsP(ky, ',') && IsYear(ky + 1)) ++ky;
      if (IsYear(ky)) {
        sp->kind = SK::kAbsDay;
        sp->y = static_cast<int>(t_[ky].num);
        k2 = ky + 1;
      } else {
        sp->kind = SK::kMonthDay;
      }
      sp->m = m;
      sp->d = d;
      sp->d2 = d2;
      *end = k2;
      return true;
    }
    size_t ky = k;
    if (Is(ky, W::kOf) && IsYear(ky + 1)) ++ky;
    if (IsYear(ky) || (IsP(ky, ',') && IsYear(ky + 1) && !abbr && ++ky)) {
      sp->kind = SK::kAbsMonth;
      sp->y = static_cast<int>(t_[ky].num);
      sp->m = m;
      *end = ky + 1;
      return true;
    }
  }
  if (abbr) return false;
  if (mode == Mode::kPlain && !ctx) {
    // A bare month name needs a context word unless it cannot be a verb, a noun or a
    // name: never March or May; not first in the sentence; not before a capitalised word
    // ("June Carter").
    if (m == 3 || m == 5) return false;
    if (i == 0 || t_[i - 1].kind == Kind::kPunct) return false;
    if (IsCapWord(i + 1)) return false;
  }
  sp->kind = SK::kMonth;
  sp->mode = mode;
  sp->m = m;
  *end = i + 1;
  if (mode == Mode::kPlain && IsUnit(i + 2) && t_[i + 2].w == W::kYearUnit) {
    int off = Is(i + 1, W::kLast) ? -1 : Is(i + 1, W::kThis) ? 0 : Is(i + 1, W::kNext) ? 1 : 9;
    if (off != 9) {
      sp->kind = SK::kMonthOfYearRel;
      sp->n = off;
      *end = i + 3;
    }
  }
  return true;
}

// "Friday", "Tuesday night", "Friday, January 16".
bool Scanner::WeekdayExpr(size_t i, Mode mode, Spec* sp, size_t* end) const {
  if (i >= n_ || t_[i].w != W::kWeekday || !t_[i].cap) return false;
  if (i > 0 && t_[i - 1].w == W::kHoliday && t_[i - 1].cap) return false;  // Good Friday
  if (IsCapWord(i + 1) && t_[i + 1].w == W::kPaper) return false;         // Sunday Times
  if (Is(i + 1, W::kPrayers) && t_[i + 1].lower) return false;            // Friday prayers
  if (mode == Mode::kPlain) {
    size_t k = i + 1;
    if (IsP(k, ',')) ++k;
    if (MonthExpr(k, false, Mode::kPlain, sp, end) &&
        (sp->kind == SK::kAbsDay || sp->kind == SK::kMonthDay))
      return true;
    if (DayMonth(k, sp, end)) return true;
  }
  sp->kind = SK::kWeekday;
  sp->mode = mode;
  sp->wd = t_[i].val;
  *end = i + 1;
  if (IsPartOfDay(i + 1)) *end = i + 2;
  return true;
}

// "summer 2024", "the summer of 2024", "in the summer", "last spring".
bool Scanner::SeasonExpr(size_t i, bool ctx, Mode mode, Spec* sp, size_t* end) const {
  if (i >= n_ || t_[i].w != W::kSeason) return false;
  if (t_[i].cap && !ctx && mode == Mode::kPlain) return false;  // "Arab Spring"
  size_t k = i + 1;
  if (Is(k, W::kOf)) {
    if (!IsYear(k + 1)) return false;  // "the fall of Kabul"
    ++k;
  }
  if (IsYear(k)) {
    if (mode != Mode::kPlain) return false;
    sp->kind = SK::kAbsSeason;
    sp->y = static_cast<int>(t_[k].num);
    sp->n = t_[i].val;
    *end = k + 1;
    return true;
  }
  if (mode == Mode::kPlain && !ctx) return false;
  sp->kind = SK::kSeason;
  sp->mode = mode;
  sp->n = t_[i].val;
  *end = i + 1;
  return true;
}

// last/next/this/past/coming + unit, weekday, month, season.
bool Scanner::Relative(size_t i, Spec* sp, size_t* end) const {
  const W w = t_[i].w;
  Mode mode = w == W::kLast ? Mode::kLast : w == W::kNext ? Mode::kNext : Mode::kThis;
  size_t k = i + 1;
  if (k >= n_) return false;
  if (w == W::kThis && (Is(k, W::kPast) || Is(k, W::kComing)) && Is(k + 1, W::kWeekday)) {
    mode = Is(k, W::kPast) ? Mode::kLast : Mode::kNext;
    ++k;
  }
  if (w == W::kPast || w == W::kComing) {
    // "(in) past weeks", "(in) coming days", "past few days".
    return Stretch(k, w == W::kPast, true, sp, end);
  }
  const Token& t = t_[k];
  switch (t.w) {
    case W::kWeekday: return WeekdayExpr(k, mode, sp, end);
    case W::kMonth: return MonthExpr(k, true, mode, sp, end);
    case W::kSeason: return SeasonExpr(k, true, mode, sp, end);
    case W::kWeekend:
      sp->kind = SK::kWeekend;
      sp->mode = mode;
      *end = k + 1;
      return true;
    case W::kWeekUnit: case W::kMonthUnit: case W::kYearUnit: {
      if (t.val != 0) break;  // plural: "last weeks"
      if (Is(k + 1, W::kOf)) return false;  // "last week of December"
      int off = mode == Mode::kLast ? -1 : mode == Mode::kNext ? 1 : 0;
      sp->kind = t.w == W::kWeekUnit ? SK::kWeekRel
                 : t.w == W::kMonthUnit ? SK::kMonthRel : SK::kYearRel;
      sp->n = off;
      *end = k + 1;
      return true;
    }
    case W::kNight:
      if (mode == Mode::kNext) return false;
      sp->kind = SK::kDayRel;
      sp->n = mode == Mode::kLast ? -1 : 0;
      *end = k + 1;
      return true;
    case W::kMorning: case W::kAfternoon: case W::kEvening:
      if (mode != Mode::kThis) return false;
      sp->kind = SK::kDayRel;
      sp->n = 0;
      *end = k + 1;
      return true;
    default: break;
  }
  if (mode == Mode::kThis) return false;
  // "last few days", "next two weeks", "last 24 hours": only with a count.
  if (!IsNum(k) && !Is(k, W::kNumWord) && !Is(k, W::kFew) && !Is(k, W::kSeveral) &&
      !Is(k, W::kCouple))
    return false;
  return Stretch(k, mode == Mode::kLast, false, sp, end);
}

// After past/last/coming/next: [count] unit -> a stretch of time ending (back) or starting
// (forward) at the anchor. Counts: "few" 3, "several" 7, "a couple of" 2; a plural without
// a count is 7 days, 4 weeks, 3 months or 3 years. `singular_ok`: "the past week".
bool Scanner::Stretch(size_t k, bool back, bool singular_ok, Spec* sp, size_t* end) const {
  int n = 1, hi = 0;
  size_t k2 = k;
  bool qty = k < n_ && t_[k].w != W::kA && Quantity(k, &n, &hi, &k2);
  if (!qty) { n = 1; hi = 0; k2 = k; }
  if (hi) n = hi == 4 ? 3 : 7;
  sp->kind = back ? SK::kBack : SK::kForward;
  if (qty && Is(k2, W::kHourUnit)) {
    sp->n = (n + 23) / 24;
    sp->unit = Unit::kDay;
    *end = k2 + 1;
    return true;
  }
  if (!IsUnit(k2) || Is(k2 + 1, W::kOf)) return false;
  sp->unit = UnitOf(k2);
  if (!qty) {
    if (t_[k2].val == 0) {
      if (!singular_ok) return false;
    } else {
      switch (sp->unit) {
        case Unit::kDay: n = 7; break;
        case Unit::kWeek: n = 28; sp->unit = Unit::kDay; break;
        default: n = 3; break;
      }
    }
  }
  sp->n = n;
  *end = k2 + 1;
  return true;
}

// "the past week", "the last few days", "the coming weeks", "the weekend", "the summer",
// "the 1990s", "the 16th [of January]", "the day before yesterday".
bool Scanner::The(size_t i, bool ctx, Spec* sp, size_t* end) const {
  size_t k = i + 1;
  if (k >= n_) return false;
  const Token& t = t_[k];
  switch (t.w) {
    case W::kPast: case W::kLast: case W::kComing: case W::kNext:
      // "the next day" narrates relative to another event: "next" needs a plural or a
      // count; "the past week", "the coming week" are stretches from now.
      return Stretch(k + 1, t.w == W::kPast || t.w == W::kLast, t.w != W::kNext, sp, end);
    case W::kWeekend:
      sp->kind = SK::kWeekend;
      sp->mode = Mode::kPlain;
      *end = k + 1;
      return true;
    case W::kSeason: return SeasonExpr(k, ctx, Mode::kPlain, sp, end);
    case W::kDayUnit:
      if (t.val == 0 && Is(k + 1, W::kBefore) && Is(k + 2, W::kYesterday)) {
        sp->kind = SK::kDayRel;
        sp->n = -2;
        *end = k + 3;
        return true;
      }
      if (t.val == 0 && Is(k + 1, W::kAfter) && Is(k + 2, W::kTomorrow)) {
        sp->kind = SK::kDayRel;
        sp->n = 2;
        *end = k + 3;
        return true;
      }
      return false;
    default: break;
  }
  if (t.kind != Kind::kNum) return false;
  if (t.suffix == 2) return Numeric(k, true, sp, end);  // the 1990s
  if (t.suffix == 1 && IsDayNum(k)) {
    if (DayMonth(k, sp, end)) return true;
    if (i > 0 && t_[i - 1].w == W::kOn) {
      sp->kind = SK::kOrdinalDay;
      sp->d = t.num;
      *end = k + 1;
      return true;
    }
  }
  return false;
}

bool Scanner::Core(size_t i, bool ctx, Spec* sp, size_t* end) const {
  if (i >= n_) return false;
  const Token& t = t_[i];
  if (t.kind == Kind::kNum) return Numeric(i, ctx, sp, end);
  if (t.kind != Kind::kWord || t.w == W::kNone) return false;
  *sp = Spec{};
  switch (t.w) {
    case W::kMonth: case W::kMonthAbbr: return MonthExpr(i, ctx, Mode::kPlain, sp, end);
    case W::kWeekday: return WeekdayExpr(i, Mode::kPlain, sp, end);
    case W::kSeason: return SeasonExpr(i, ctx, Mode::kPlain, sp, end);
    case W::kNumWord: case W::kA: case W::kFew: case W::kSeveral: case W::kCouple:
      return Ago(i, sp, end);
    case W::kToday: case W::kTonight:
      if (t.cap && i > 0 && t_[i - 1].w == W::kUsa) return false;  // USA Today
      sp->kind = SK::kDayRel;
      sp->n = 0;
      *end = i + 1;
      return true;
    case W::kYesterday: case W::kTomorrow:
      sp->kind = SK::kDayRel;
      sp->n = t.w == W::kYesterday ? -1 : 1;
      *end = IsPartOfDay(i + 1) ? i + 2 : i + 1;
      return true;
    case W::kOvernight: {
      size_t k = i + 1;
      if (Is(k, W::kOn) || Is(k, W::kInto)) ++k;
      if (WeekdayExpr(k, Mode::kPlain, sp, end)) return true;
      *sp = Spec{};
      sp->kind = SK::kDayRel;
      sp->n = 0;
      *end = i + 1;
      return true;
    }
    case W::kLast: case W::kNext: case W::kThis: case W::kPast: case W::kComing:
      return Relative(i, sp, end);
    case W::kThe: return The(i, ctx, sp, end);
    case W::kRecent: {
      // "recent days/weeks/months/years": 7 days, 4 weeks, 3 months, 3 years.
      size_t k = i + 1;
      if (!IsUnit(k) || t_[k].val != 1) return false;
      sp->kind = SK::kBack;
      switch (t_[k].w) {
        case W::kDayUnit: sp->n = 7; sp->unit = Unit::kDay; break;
        case W::kWeekUnit: sp->n = 28; sp->unit = Unit::kDay; break;
        case W::kMonthUnit: sp->n = 3; sp->unit = Unit::kMonth; break;
        default: sp->n = 3; sp->unit = Unit::kYear; break;
      }
      *end = k + 1;
      return true;
    }
    default: return false;
  }
}

// Optional modifier (early, late, mid-, earlier, later) + Core.
bool Scanner::Point(size_t i, bool ctx, Spec* sp, size_t* end) const {
  if (i >= n_) return false;
  const W w = t_[i].w;
  if (w == W::kEarly || w == W::kLate || w == W::kMid || w == W::kEarlier ||
      w == W::kLater) {
    size_t k = i + 1;
    if (w == W::kMid) {
      if (IsP(k, '-') && Adj(k)) ++k;
    } else if ((Is(k, W::kOn) || Is(k, W::kIn)) && w != W::kLater) {
      ++k;  // "late on Thursday", "early in 2019"
    }
    Spec s;
    size_t e;
    if (Core(k, true, &s, &e)) {
      *sp = s;
      *end = e;
      return true;
    }
    if (w == W::kMid) return false;
  }
  *sp = Spec{};
  return Core(i, ctx, sp, end);
}

void Scanner::ComputeCues() {
  cues_.clear();
  for (size_t j = 0; j < n_; ++j) {
    const Token& t = t_[j];
    if (t.kind != Kind::kWord) continue;
    int cue = 0;  // 1 future, -1 past
    switch (t.w) {
      case W::kWill: if (t.lower) cue = 1; break;
      case W::kShall: case W::kUpcoming: case W::kScheduled: case W::kNext: cue = 1; break;
      case W::kLl: if (IsP(j - 1, '\'') && !t.space_before) cue = 1; break;
      case W::kWon:
        cue = (IsP(j + 1, '\'') && Adj(j + 1) && Is(j + 2, W::kT)) ? 1 : -1;
        break;
      case W::kAhead: if (Is(j + 1, W::kOf)) cue = 1; break;
      case W::kPlan: if (t.val == 1 || Is(j + 1, W::kTo)) cue = 1; break;
      case W::kDue:
        if (j > 0 && (t_[j - 1].w == W::kBe || (t_[j - 1].kind == Kind::kWord &&
                                                  s_.substr(t_[j - 1].b, 1) == "s" &&
                                                  IsP(j - 2, '\''))))
          cue = 1;
        break;
      case W::kSet: case W::kGoing:
        if (j > 0 && t_[j - 1].w == W::kBe && Is(j + 1, W::kTo)) cue = 1;
        break;
      case W::kExpected: if (Is(j + 1, W::kTo)) cue = 1; break;
      case W::kBe: if (t.val == 1) cue = -1; break;
      case W::kPastVerb:
        if (!(j > 0 && t_[j - 1].w == W::kBe)) cue = -1;  // "will be held"
        break;
      case W::kNone:
        // A lower-case "-ed" word is a past verb, except after be ("will be delayed":
        // a passive) or a determiner ("visit the flooded region": an adjective).
        if (t.ed && !(j > 0 && (t_[j - 1].w == W::kBe || t_[j - 1].w == W::kThe ||
                                t_[j - 1].w == W::kA || t_[j - 1].w == W::kDet)))
          cue = -1;
        break;
      default: break;
    }
    if (cue != 0) cues_.emplace_back(static_cast<uint32_t>(j), cue > 0);
  }
}

// Whether the expression on tokens [first, last) speaks of the future: the nearest tense
// cue before it decides, else the nearest one after it; none means past (news default).
bool Scanner::Future(size_t first, size_t last) const {
  const std::pair<uint32_t, bool>* before = nullptr;
  for (const auto& c : cues_) {
    if (c.first < first) { before = &c; continue; }
    if (c.first >= last) return before ? before->second : c.second;
  }
  return before ? before->second : false;
}

void Scanner::EmitRange(size_t first, size_t last, const std::optional<Range>& r,
                        bool resolvable, std::vector<TimeExpression>& out) {
  if (!r && resolvable) return;  // an impossible date: not an expression
  TimeExpression e;
  e.start = t_[first].b;
  e.end = t_[last - 1].e;
  e.text.assign(s_.substr(e.start, e.end - e.start));
  if (r) {
    e.value = FormatRange(*r);
    e.precision = r->p;
  }
  out.push_back(std::move(e));
}

void Scanner::Emit(size_t first, size_t last, const Spec& spec,
                   std::vector<TimeExpression>& out) {
  bool resolvable = story_.has_value() || !NeedsAnchor(spec);
  EmitRange(first, last, Resolve(spec, story_, Future(first, last)), resolvable, out);
}

bool IsSpanEnd(W w) { return w == W::kTo || w == W::kUntil || w == W::kThrough; }

void Scanner::Run(std::vector<TimeExpression>& out) {
  ComputeCues();
  size_t last_end = static_cast<size_t>(-1);  // token after the last expression emitted
  size_t i = 0;
  while (i < n_) {
    const Token& t = t_[i];
    if (t.kind == Kind::kPunct || (t.kind == Kind::kWord && t.w == W::kNone) ||
        t.kind == Kind::kOther) {
      ++i;
      continue;
    }
    Spec x, y;
    size_t e, e2;
    const W w = t.w;
    if (w == W::kSince && Point(i + 1, true, &x, &e)) {
      // since X: span from the first day of X to the story date.
      std::optional<Range> rx = Resolve(x, story_, false);
      bool ok = story_.has_value() && rx;
      std::optional<Range> r;
      if (ok) r = Range{rx->a, *story_, Precision::kSpan};
      if (rx || !story_ || !NeedsAnchor(x)) EmitRange(i, e, r, story_.has_value() && rx, out);
      last_end = i = e;
      continue;
    }
    if ((w == W::kFrom || w == W::kBetween) && Point(i + 1, true, &x, &e)) {
      bool conn = w == W::kFrom ? (e < n_ && (IsSpanEnd(t_[e].w) || IsP(e, '-')))
                                : Is(e, W::kAnd);
      bool have_y = conn && Point(e + 1, true, &y, &e2);
      if (conn && !have_y && (x.kind == SK::kMonthDay || x.kind == SK::kAbsDay) &&
          x.d2 == 0 && IsDayNum(e + 1) && t_[e + 1].num > x.d) {
        // "from January 5 to 9"
        x.d2 = t_[e + 1].num;
        Emit(i, e + 2, x, out);
        last_end = i = e + 2;
        continue;
      }
      if (have_y) {
        bool fut = Future(i, e2);
        std::optional<Range> ry = Resolve(y, story_, fut);
        std::optional<Range> rx =
            Floating(x) && ry ? Resolve(x, ry->b, false) : Resolve(x, story_, fut);
        if (rx && ry && rx->a <= ry->b) {
          EmitRange(i, e2, Range{rx->a, ry->b, Precision::kSpan}, true, out);
          last_end = i = e2;
          continue;
        }
        if (!story_ && (NeedsAnchor(x) || NeedsAnchor(y))) {
          EmitRange(i, e2, std::nullopt, false, out);
          last_end = i = e2;
          continue;
        }
      }
      Emit(i + 1, e, x, out);
      last_end = i = e;
      continue;
    }
    if ((w == W::kOn || w == W::kIn || w == W::kDuring || w == W::kOver ||
         w == W::kThroughout) && Point(i + 1, true, &x, &e)) {
      Emit(i, e, x, out);
      last_end = i = e;
      continue;
    }
    bool ctx = false;
    if (i > 0) {
      W p = t_[i - 1].w;
      ctx = p == W::kUntil || p == W::kBy || p == W::kBefore || p == W::kAfter ||
            p == W::kOf || p == W::kThrough || p == W::kAt ||
            (last_end == i - 1 && (p == W::kAnd || p == W::kOr || p == W::kTo ||
                                   IsP(i - 1, ',') || IsP(i - 1, '-')));
      if (t.kind == Kind::kNum && (p == W::kOf || p == W::kAt || p == W::kAnd ||
                                   p == W::kOr || p == W::kTo || IsP(i - 1, ','))) {
        ctx = YearContext(i) || (last_end == i - 1 && p != W::kOf && p != W::kAt);
      }
    }
    if (Point(i, ctx, &x, &e)) {
      Emit(i, e, x, out);
      last_end = i = e;
      continue;
    }
    ++i;
  }
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence,
                                                std::string_view story_date) {
  thread_local std::vector<Token> tokens;
  std::vector<TimeExpression> out;
  internal::Tokenize(sentence, tokens);
  // Fast exit: no word of the lexicon that can start an expression and no number.
  bool any = false;
  for (const Token& t : tokens) {
    if (t.kind == Kind::kNum) { any = true; break; }
    if (t.kind != Kind::kWord) continue;
    switch (t.w) {
      case W::kMonth: case W::kMonthAbbr: case W::kWeekday: case W::kSeason:
      case W::kToday: case W::kTonight: case W::kYesterday: case W::kTomorrow:
      case W::kOvernight: case W::kLast: case W::kNext: case W::kThis: case W::kPast:
      case W::kComing: case W::kRecent: case W::kAgo: case W::kWeekend:
        any = true;
        break;
      default: break;
    }
    if (any) break;
  }
  if (!any) return out;
  Scanner scanner(sentence, tokens, ParseStoryDate(story_date));
  scanner.Run(out);
  return out;
}

}  // namespace dyad::time
