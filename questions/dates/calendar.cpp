#include "questions/dates/calendar.hpp"

#include <cstdio>

namespace tarikh::questions::calendar {

long days_from_civil(int year, int month, int day) {
  // Shift the year to start in March so the leap day is last; count 400-year eras.
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(long days, int& year, int& month, int& day) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 30;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

void written_from_days(long days, int& year, int& month, int& day) {
  static const long reform = days_from_civil(1582, 10, 15);
  if (days >= reform) {
    civil_from_days(days, year, month, day);
    return;
  }
  // Julian calendar from the Julian day number.
  const long jdn = days + 2440588;
  const long c = jdn + 32082;
  const long d = (4 * c + 3) / 1461;
  const long e = c - 1461 * d / 4;
  const long m = (5 * e + 2) / 153;
  day = static_cast<int>(e - (153 * m + 2) / 5 + 1);
  month = static_cast<int>(m + 3 - 12 * (m / 10));
  year = static_cast<int>(d - 4800 + m / 10);
}

long as_written(long days) {
  int y, m, d;
  written_from_days(days, y, m, d);
  return days_from_civil(y, m, d);
}

namespace {
// 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
long hijri_epoch() {
  return days_from_civil(622, 7, 19);
}
bool hijri_leap(long year) {
  return ((11 * year + 14) % 30 + 30) % 30 < 11;
}
}  // namespace

int hijri_month_length(int year, int month) {
  if (month == 12 && hijri_leap(year)) return 30;
  return month % 2 == 1 ? 30 : 29;
}

long days_from_hijri(int year, int month, int day) {
  const long y = year - 1;
  // Days before the year: 354 per year plus the leap days of the 30-year cycle.
  const long before_year = y * 354 + (3 + 11 * y) / 30;
  long before_month = 0;
  for (int m = 1; m < month && m <= 12; ++m) before_month += m % 2 == 1 ? 30 : 29;
  return hijri_epoch() + before_year + before_month + (day - 1);
}

std::string hijri_year_gregorian(int hijri_year, long* first_day, long* last_day) {
  const long first = as_written(days_from_hijri(hijri_year, 1, 1));
  const long last = as_written(days_from_hijri(hijri_year + 1, 1, 1) - 1);
  if (first_day) *first_day = first;
  if (last_day) *last_day = last;
  int y1, m1, d1, y2, m2, d2;
  civil_from_days(first, y1, m1, d1);
  civil_from_days(last, y2, m2, d2);
  if (y1 == y2) return format_year(y1);
  return format_year(y1) + "/" + format_year(y2);
}

std::string format_year(int year) {
  char buf[16];
  if (year < 0) {
    std::snprintf(buf, sizeof buf, "-%04d", -year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

}  // namespace tarikh::questions::calendar
