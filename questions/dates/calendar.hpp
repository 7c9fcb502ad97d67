// Calendar arithmetic for the recognizer: proleptic Gregorian day numbers and the arithmetic
// (tabular) Islamic calendar.
#pragma once

#include <string>

namespace tarikh::questions::calendar {

// Days since 1970-01-01 of a proleptic Gregorian date (negative before; year 0 is 1 BC).
long days_from_civil(int year, int month, int day);
// The inverse.
void civil_from_days(long days, int& year, int& month, int& day);
int days_in_month(int year, int month);

// A day as historians write it: the Julian calendar before the Gregorian reform of 15 October
// 1582, the Gregorian after.
void written_from_days(long days, int& year, int& month, int& day);
// The day number a written date stands for in this program's ordering (its numbers read as a
// proleptic Gregorian date, as every date found in a document is): written_from_days then
// days_from_civil.
long as_written(long days);

// First day of Hijri date (year, month, day) as days since 1970-01-01, by the arithmetic
// Islamic calendar (30-year cycle, epoch 16 July 622 Julian).
long days_from_hijri(int year, int month, int day);
// Number of days in a Hijri month of the arithmetic calendar.
int hijri_month_length(int year, int month);

// Gregorian years a Hijri year overlaps: "1516/1517", or "2019" when it lies in one year. The
// first and last days are given as written (see as_written).
std::string hijri_year_gregorian(int hijri_year, long* first_day = nullptr,
                                 long* last_day = nullptr);

// "2008", "0622", "-0043" (astronomical years before 1 AD).
std::string format_year(int year);

}  // namespace tarikh::questions::calendar
