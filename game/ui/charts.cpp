#include "game/ui/charts.hpp"

#include <algorithm>
#include <cmath>

namespace tarikh::ui::charts {

namespace {

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

}  // namespace

Civil civil_from_days(std::int64_t z) {
  // Walk whole years, then months, from 1970-01-01 (dates near the present: a few dozen steps).
  Civil c;
  while (z < 0) {
    --c.year;
    z += leap(c.year) ? 366 : 365;
  }
  while (z >= (leap(c.year) ? 366 : 365)) {
    z -= leap(c.year) ? 366 : 365;
    ++c.year;
  }
  static constexpr int kLen[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (c.month = 1; c.month <= 12; ++c.month) {
    const int len = kLen[c.month - 1] + (c.month == 2 && leap(c.year) ? 1 : 0);
    if (z < len) break;
    z -= len;
  }
  c.day = static_cast<int>(z) + 1;
  return c;
}

int weekday(std::int64_t days) {
  const std::int64_t w = (days + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

HeatmapGrid heatmap_grid(std::int64_t last_day, int days) {
  HeatmapGrid g;
  if (days <= 0) return g;
  const std::int64_t first = last_day - days + 1;
  const std::int64_t week0 = first - weekday(first);  // the Sunday starting the first column
  g.cells.reserve(static_cast<std::size_t>(days));
  for (std::int64_t d = first; d <= last_day; ++d) {
    HeatCell c;
    c.day = d;
    c.column = static_cast<int>((d - week0) / 7);
    c.row = weekday(d);
    g.cells.push_back(c);
    if (civil_from_days(d).day == 1) g.months.push_back({c.column, civil_from_days(d).month});
  }
  g.columns = g.cells.back().column + 1;
  return g;
}

int heat_level(int count, int max_count, int levels) {
  if (count <= 0 || max_count <= 0 || levels < 2) return 0;
  const int top = levels - 1;
  const int l = static_cast<int>(std::ceil(static_cast<double>(count) * top / max_count));
  return std::clamp(l, 1, top);
}

int bar_length(double value, double max_value, int full) {
  if (value <= 0 || max_value <= 0 || full <= 0) return 0;
  const int px = static_cast<int>(std::lround(value / max_value * full));
  return std::clamp(px, 1, full);
}

int nice_ceiling(int max_value) {
  if (max_value <= 1) return 1;
  int base = 1;
  while (true) {
    for (int m : {1, 2, 5}) {
      if (base * m >= max_value) return base * m;
    }
    base *= 10;
  }
}

}  // namespace tarikh::ui::charts
