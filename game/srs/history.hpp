// Synthetic review histories: realistic `card,day,rating` sequences for the conformance test
// against ts-fsrs and for the benchmarks. Deterministic for a seed (own generator, no
// implementation-defined std distributions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tarikh::srs {

struct HistoryReview {
  std::int64_t card = 0;
  std::int64_t day = 0;
  int rating = 3;
};

struct HistoryOptions {
  std::uint64_t seed = 1;
  int cards = 1000;
  int max_reviews_per_card = 24;
  double retention = 0.9;  // the intervals the simulated learner follows (or not)
  std::int64_t first_day = 20000;
};

// Each card gets its own habits: mostly on time, sometimes early, very late, repeated the same
// day, lapsing; all four grades; a few "always easy" cards that reach the maximum interval and a
// few leeches that lapse again and again. The result is in time order, cards interleaved, each
// card's own reviews in order.
std::vector<HistoryReview> generate_history(const HistoryOptions& options);

// The history as `card,day,rating` lines, the input of `tarikh srs replay`.
std::string history_csv(const std::vector<HistoryReview>& reviews);

}  // namespace tarikh::srs
