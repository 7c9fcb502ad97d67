// Conformance with the reference FSRS-6: thousands of generated review histories replayed through
// `tarikh srs replay` and through ts-fsrs 5.4.2 in node (tests/data/srs/ts_fsrs_replay.mjs), line
// by line: stability and difficulty within 1e-4 relative (1e-4 absolute below 1), intervals
// exactly equal. Needs node and npm (the reference is installed into the build tree); without
// them this test fails, it never skips.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "game/srs/history.hpp"
#include "game/srs/ts_fsrs_support.hpp"

using namespace tarikh;

namespace {

struct Line {
  long long card = 0, day = 0, rating = 0;
  double stability = 0, difficulty = 0;
  long long interval = 0;
};

std::vector<Line> parse(const std::string& text, std::string& error) {
  std::vector<Line> lines;
  std::istringstream in(text);
  std::string s;
  while (std::getline(in, s)) {
    Line l;
    if (std::sscanf(s.c_str(), "%lld,%lld,%lld,%lf,%lf,%lld", &l.card, &l.day, &l.rating,
                    &l.stability, &l.difficulty, &l.interval) != 6) {
      error = "unparsable line " + std::to_string(lines.size() + 1) + ": " + s;
      return lines;
    }
    lines.push_back(l);
  }
  return lines;
}

bool close_enough(double ours, double reference) {
  const double diff = std::fabs(ours - reference);
  if (std::fabs(reference) < 1.0) return diff <= 1e-4;
  return diff <= 1e-4 * std::fabs(reference);
}

struct Totals {
  long compared = 0;
  long identical = 0;
};
Totals g_totals;

void expect_conforms(double retention, std::uint64_t seed, int cards) {
  std::string error;
  const auto modules = tarikh::testing::ensure_ts_fsrs(error);
  ASSERT_FALSE(modules.empty()) << "the reference ts-fsrs is not available: " << error;

  srs::HistoryOptions options;
  options.seed = seed;
  options.cards = cards;
  options.retention = retention;
  const auto history = srs::generate_history(options);
  const std::string csv = srs::history_csv(history);
  char r_text[32];
  std::snprintf(r_text, sizeof r_text, "%.4g", retention);

  const auto ours = tarikh::testing::run_tarikh({"srs", "replay", "--retention", r_text}, csv);
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  const auto ref = tarikh::testing::run_node(
      std::string(TARIKH_TEST_DATA) + "/srs/ts_fsrs_replay.mjs", {modules.string(), r_text}, csv);
  ASSERT_EQ(ref.exit_code, 0) << "node failed: " << ref.err;

  const auto a = parse(ours.out, error);
  ASSERT_TRUE(error.empty()) << "tarikh: " << error;
  const auto b = parse(ref.out, error);
  ASSERT_TRUE(error.empty()) << "ts-fsrs: " << error;
  ASSERT_EQ(a.size(), history.size());
  ASSERT_EQ(b.size(), history.size());

  std::istringstream ours_lines(ours.out), ref_lines(ref.out);
  std::string ol, rl;
  int failures = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::getline(ours_lines, ol);
    std::getline(ref_lines, rl);
    const Line& x = a[i];
    const Line& y = b[i];
    const bool ok = x.card == y.card && x.day == y.day && x.rating == y.rating &&
                    close_enough(x.stability, y.stability) &&
                    close_enough(x.difficulty, y.difficulty) && x.interval == y.interval;
    if (!ok && ++failures <= 10) {
      ADD_FAILURE() << "retention " << r_text << ", review " << i + 1 << "\n  tarikh:  " << ol
                    << "\n  ts-fsrs: " << rl;
    }
    g_totals.compared += 1;
    g_totals.identical += ol == rl;
  }
  EXPECT_EQ(failures, 0) << "of " << a.size() << " reviews at retention " << r_text;
  std::cout << "[ts-fsrs 5.4.2] retention " << r_text << ": " << a.size() << " reviews compared, "
            << cards << " cards; running total " << g_totals.compared << " compared, "
            << g_totals.identical << " byte-identical lines\n";
}

}  // namespace

TEST(TsFsrsConformance, ReplayMatchesAtRetention090) {
  expect_conforms(0.9, 101, 1500);
}

TEST(TsFsrsConformance, ReplayMatchesAtRetention085) {
  expect_conforms(0.85, 202, 1000);
}

TEST(TsFsrsConformance, ReplayMatchesAtRetention095) {
  expect_conforms(0.95, 303, 1000);
}

TEST(TsFsrsConformance, ReplayMatchesAtTheProfileLimits) {
  expect_conforms(0.7, 404, 400);
  expect_conforms(0.99, 505, 400);
}

TEST(SyntheticHistory, IsDeterministicInTimeOrderAndVaried) {
  srs::HistoryOptions options;
  options.seed = 7;
  options.cards = 300;
  const auto a = srs::generate_history(options);
  const auto b = srs::generate_history(options);
  ASSERT_EQ(srs::history_csv(a), srs::history_csv(b));
  options.seed = 8;
  EXPECT_NE(srs::history_csv(srs::generate_history(options)), srs::history_csv(a));
  int grades[5] = {0, 0, 0, 0, 0};
  long same_day = 0, very_late = 0;
  std::map<std::int64_t, std::int64_t> last;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i > 0) {
      ASSERT_LE(a[i - 1].day, a[i].day);
    }
    ASSERT_GE(a[i].rating, 1);
    ASSERT_LE(a[i].rating, 4);
    grades[a[i].rating] += 1;
    auto it = last.find(a[i].card);
    if (it != last.end()) {
      same_day += a[i].day == it->second;
      very_late += a[i].day - it->second > 365;
    }
    last[a[i].card] = a[i].day;
  }
  for (int g = 1; g <= 4; ++g) EXPECT_GT(grades[g], 50) << "grade " << g;
  EXPECT_GT(same_day, 100);
  EXPECT_GT(very_late, 10);
}
