// Normalized values (DESIGN.md's TIMEX3 style) read back, shifted and written out in the style of
// a document: the raw material of distractors and of typed-answer checking.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questions/dates/calendar.hpp"

namespace tarikh::questions {

// How a surface writes dates and numbers.
struct Style {
  int digits = 0;        // 0 ASCII, 1 Arabic-Indic, 2 Extended Arabic-Indic
  int months = 0;        // first (or only) month-name set: 0 Levantine, 1 Egyptian, 2 Maghrebi
  bool doubled = false;  // both sets, the second in parentheses: "آب (أغسطس)"
};
Style style_of(std::string_view surface);

// One point of a temporal value: a year, month or day; a decade (197X) or century (18XX); a
// Hijri year, month or day (922AH, 922-09AH, 922-12-29AH: year, month and day in the Hijri
// calendar).
struct TimePoint {
  enum class Unit {
    Year,
    Month,
    Day,
    Decade,
    Century,
    HijriYear,
    HijriMonth,
    HijriDay
  } unit = Unit::Year;
  int year = 0;  // for Decade: the first year (1970); Century: the first year (1801 -> 1800)
  int month = 0;
  int day = 0;
  bool bc = false;  // before the Christian era ("BC0332"): `year` counts back from it
};

// A temporal value: one point or a range of two.
struct TimeValue {
  TimePoint first;
  std::optional<TimePoint> last;
};

bool is_hijri(TimePoint::Unit unit);

// The Hijri month names as written after a day or في (ذي الحجة, not ذو الحجة); month 1..12.
std::string_view hijri_month_name(int month);

std::optional<TimeValue> parse_time_value(std::string_view value);
std::string format_time_value(const TimeValue& v);  // back to the normalized form
std::string render_time_value(const TimeValue& v, const Style& style);

// The inclusive span of years a value covers (for the giveaway filter and forbidden values).
std::pair<int, int> year_range(const TimeValue& v);

// Durations: P15Y, P6M, P3D, P2W, P4C, P1.5Y; hours and minutes PT5H, PT38M.
struct DurationValue {
  double amount = 0;
  char unit = 'Y';  // Y M W D C (C: centuries, as DESIGN.md writes P4C), H hours, I minutes
};
std::optional<DurationValue> parse_duration(std::string_view value);
std::string format_duration(const DurationValue& d);
std::string render_duration(const DurationValue& d, const Style& style);

// The number as written in a surface: its byte range and value ("2.11" in "2.11 بليون").
struct WrittenNumber {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
  int decimals = 0;
  int script = 0;
  char32_t decimal = 0;    // the decimal separator written ('.', ',' or U+066B), 0 if none
  char32_t thousands = 0;  // the thousands separator written (',' or U+066C), 0 if none
};
std::optional<WrittenNumber> written_number(std::string_view surface);
// `surface` with its written number replaced by `value` in the same digits and decimals.
std::string replace_number(std::string_view surface, const WrittenNumber& n, double value);

// Days since 1970-01-01 of a proleptic Gregorian date, and back (the recognizer's calendar).
using calendar::civil_from_days;
using calendar::days_from_civil;
// Days in a month, 0 for a month outside 1..12.
int days_in_month(int y, int m);

// FNV-1a 64-bit, and a small deterministic generator (splitmix64).
std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);
std::string hex64(std::uint64_t v);
struct SeededRandom {
  std::uint64_t state;
  explicit SeededRandom(std::uint64_t seed) : state(seed) {}
  std::uint64_t next();
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }
};

}  // namespace tarikh::questions
