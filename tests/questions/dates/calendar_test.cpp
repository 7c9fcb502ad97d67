#include "questions/dates/calendar.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace tarikh::questions::calendar;

TEST(Calendar, CivilDaysRoundTrip) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
  EXPECT_EQ(days_from_civil(1969, 12, 31), -1);
  std::mt19937 rng(7);
  std::uniform_int_distribution<long> d(-800000, 200000);
  for (int i = 0; i < 2000; ++i) {
    const long days = d(rng);
    int y, m, dd;
    civil_from_days(days, y, m, dd);
    EXPECT_EQ(days_from_civil(y, m, dd), days);
  }
}

TEST(Calendar, HijriYearsOverlapTheRightGregorianYears) {
  EXPECT_EQ(hijri_year_gregorian(922), "1516/1517");
  EXPECT_EQ(hijri_year_gregorian(1440), "2018/2019");
  EXPECT_EQ(hijri_year_gregorian(1), "0622/0623");
  EXPECT_EQ(hijri_year_gregorian(1446), "2024/2025");
}

TEST(Calendar, HijriDaysMatchKnownDates) {
  int y, m, d;
  // 1 Ramadan 1440 = 6 May 2019 (arithmetic calendar gives the 6th or the 7th).
  civil_from_days(days_from_hijri(1440, 9, 1), y, m, d);
  EXPECT_EQ(y, 2019);
  EXPECT_EQ(m, 5);
  EXPECT_NEAR(d, 6, 1);
  // 1 Muharram 1 AH = 16 July 622 (Julian), as historians write it.
  written_from_days(days_from_hijri(1, 1, 1), y, m, d);
  EXPECT_EQ(y, 622);
  EXPECT_EQ(m, 7);
  EXPECT_NEAR(d, 16, 1);
  // 25 Rajab 922 = 24 August 1516 (Julian): the battle of Marj Dabiq.
  written_from_days(days_from_hijri(922, 7, 25), y, m, d);
  EXPECT_EQ(y, 1516);
  EXPECT_EQ(m, 8);
  EXPECT_NEAR(d, 24, 1);
}

TEST(Calendar, FormatsYears) {
  EXPECT_EQ(format_year(2008), "2008");
  EXPECT_EQ(format_year(711), "0711");
  EXPECT_EQ(format_year(-43), "-0043");
}
