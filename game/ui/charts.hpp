// Pure layout helpers for the stats charts (no SDL): the calendar grid of a review heatmap
// (weeks x weekdays, month labels), heat levels, and bar scaling.
#pragma once

#include <cstdint>
#include <vector>

namespace tarikh::ui::charts {

// A civil date from a day number (days since 1970-01-01).
struct Civil {
  int year = 1970, month = 1, day = 1;  // month 1..12
};
Civil civil_from_days(std::int64_t days);
// 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday).
int weekday(std::int64_t days);

struct HeatCell {
  std::int64_t day = 0;
  int column = 0;  // week, 0 = the oldest
  int row = 0;     // weekday, 0 = Sunday
};

struct MonthLabel {
  int column = 0;  // the week in which the month's first day falls
  int month = 1;   // 1..12
};

struct HeatmapGrid {
  int columns = 0;                 // weeks shown
  std::vector<HeatCell> cells;     // one per day, oldest first, ending with `last_day`
  std::vector<MonthLabel> months;  // months that begin inside the grid, oldest first
};

// The days [last_day - days + 1, last_day] laid out in calendar weeks (columns, Sunday to
// Saturday top to bottom); a month label where each month begins.
HeatmapGrid heatmap_grid(std::int64_t last_day, int days = 365);

// 0 (no reviews) .. levels - 1 (the busiest days), scaled to `max_count`.
int heat_level(int count, int max_count, int levels = 5);

// The length in pixels of a bar for `value` on a scale whose top is `max_value` drawn in `full`
// pixels: proportional, clamped to [0, full], at least 1 pixel for any positive value.
int bar_length(double value, double max_value, int full);

// A round top for an axis holding `max_value` (1, 2, 5, 10, 20, 50 ...; at least 1).
int nice_ceiling(int max_value);

}  // namespace tarikh::ui::charts
