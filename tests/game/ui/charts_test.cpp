#include "game/ui/charts.hpp"

#include <gtest/gtest.h>

using namespace tarikh::ui::charts;

TEST(Charts, CivilDatesAndWeekdays) {
  const Civil epoch = civil_from_days(0);
  EXPECT_EQ(epoch.year, 1970);
  EXPECT_EQ(epoch.month, 1);
  EXPECT_EQ(epoch.day, 1);
  EXPECT_EQ(weekday(0), 4);  // a Thursday
  // 2024-02-29 is day 19782, a Thursday; 2026-11-25 is day 20782, a Wednesday.
  const Civil leap = civil_from_days(19782);
  EXPECT_EQ(leap.year, 2024);
  EXPECT_EQ(leap.month, 2);
  EXPECT_EQ(leap.day, 29);
  EXPECT_EQ(weekday(19782), 4);
  const Civil c = civil_from_days(20782);
  EXPECT_EQ(c.year, 2026);
  EXPECT_EQ(c.month, 11);
  EXPECT_EQ(c.day, 25);
  EXPECT_EQ(weekday(20782), 3);
  EXPECT_EQ(civil_from_days(-1).year, 1969);
  EXPECT_EQ(civil_from_days(-1).day, 31);
  EXPECT_EQ(weekday(-1), 3);
}

TEST(Charts, HeatmapGridPutsDaysInCalendarWeeks) {
  const std::int64_t today = 20782;  // Wednesday 2026-11-25
  const HeatmapGrid g = heatmap_grid(today, 365);
  ASSERT_EQ(g.cells.size(), 365u);
  EXPECT_EQ(g.cells.front().day, today - 364);
  EXPECT_EQ(g.cells.back().day, today);
  // The first day (2025-11-26, a Wednesday) sits in row 3 of column 0; today in row 3 of the
  // last column; 365 days from a Wednesday to a Wednesday span 53 weeks.
  EXPECT_EQ(g.cells.front().column, 0);
  EXPECT_EQ(g.cells.front().row, 3);
  EXPECT_EQ(g.cells.back().row, 3);
  EXPECT_EQ(g.columns, 53);
  EXPECT_EQ(g.cells.back().column, 52);
  // Every column goes Sunday to Saturday: consecutive days go down a row, and after Saturday to
  // the top of the next column.
  for (std::size_t i = 1; i < g.cells.size(); ++i) {
    const auto& a = g.cells[i - 1];
    const auto& b = g.cells[i];
    if (a.row == 6) {
      EXPECT_EQ(b.row, 0);
      EXPECT_EQ(b.column, a.column + 1);
    } else {
      EXPECT_EQ(b.row, a.row + 1);
      EXPECT_EQ(b.column, a.column);
    }
  }
  // Twelve months begin inside the year (Dec 2025 .. Nov 2026), in order, the first in the
  // column of 2025-12-01 (a Monday: the week starting Sunday 11-30).
  ASSERT_EQ(g.months.size(), 12u);
  EXPECT_EQ(g.months.front().month, 12);
  EXPECT_EQ(g.months.front().column, 1);
  EXPECT_EQ(g.months.back().month, 11);
  for (std::size_t i = 1; i < g.months.size(); ++i) {
    EXPECT_GT(g.months[i].column, g.months[i - 1].column);
  }
}

TEST(Charts, ShortGridsAndEmptyOnes) {
  const HeatmapGrid week = heatmap_grid(20782, 7);  // Thursday .. Wednesday
  EXPECT_EQ(week.columns, 2);
  EXPECT_EQ(week.cells.front().row, 4);
  EXPECT_EQ(week.cells.front().column, 0);
  EXPECT_EQ(week.cells.back().column, 1);
  EXPECT_TRUE(heatmap_grid(20782, 0).cells.empty());
}

TEST(Charts, HeatLevels) {
  EXPECT_EQ(heat_level(0, 10), 0);
  EXPECT_EQ(heat_level(1, 10), 1);   // any review shows
  EXPECT_EQ(heat_level(10, 10), 4);  // the busiest day is the darkest
  EXPECT_EQ(heat_level(5, 10), 2);
  EXPECT_EQ(heat_level(6, 10), 3);
  EXPECT_EQ(heat_level(50, 10), 4);  // clamped
  EXPECT_EQ(heat_level(3, 0), 0);
}

TEST(Charts, BarScaling) {
  EXPECT_EQ(bar_length(0, 10, 200), 0);
  EXPECT_EQ(bar_length(10, 10, 200), 200);
  EXPECT_EQ(bar_length(5, 10, 200), 100);
  EXPECT_EQ(bar_length(0.001, 10, 200), 1);  // a positive value never vanishes
  EXPECT_EQ(bar_length(20, 10, 200), 200);   // never past the scale
  EXPECT_EQ(bar_length(3, 0, 200), 0);
  EXPECT_EQ(bar_length(0.9, 1.0, 150), 135);
  EXPECT_EQ(nice_ceiling(0), 1);
  EXPECT_EQ(nice_ceiling(1), 1);
  EXPECT_EQ(nice_ceiling(3), 5);
  EXPECT_EQ(nice_ceiling(7), 10);
  EXPECT_EQ(nice_ceiling(11), 20);
  EXPECT_EQ(nice_ceiling(21), 50);
  EXPECT_EQ(nice_ceiling(100), 100);
  EXPECT_EQ(nice_ceiling(101), 200);
}
