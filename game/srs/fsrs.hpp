// FSRS-6 as pure functions over a parameter array (the fsrs-rs model). No fuzz, no learning
// steps here: those belong to the card scheduler built on top. `../shared/SRS_CONTRACT.md` gives
// every rule; the reference implementation is ts-fsrs 5.4.2.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace tarikh::srs {

inline constexpr int kParamCount = 21;
using Params = std::array<double, kParamCount>;

// FSRS-6 default weights w0..w20.
inline constexpr Params kDefaultParams = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                          0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                          1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct MemoryState {
  double stability = 0;
  double difficulty = 0;
};

// Rounds to 8 decimals, halves upward, as ts-fsrs does at every step.
double round8(double x);

// One review in a run of reviews (`Fsrs::replay`): which card, how many whole days since that
// card's previous review (negative: its first review) and the grade.
struct ReplayStep {
  std::uint32_t card = 0;  // index into the state array
  Rating rating = Rating::Good;
  std::int64_t elapsed_days = -1;
};

struct ReplayResult {
  MemoryState state;
  int interval = 0;
};

class Fsrs {
 public:
  explicit Fsrs(const Params& w = kDefaultParams, double desired_retention = 0.9,
                int maximum_interval = 36500);

  // The state after a review. `previous` empty: the card's first review (elapsed plays no
  // part). `elapsed_days` is whole days since the previous review (0: a same-day review).
  MemoryState next_state(const std::optional<MemoryState>& previous, long elapsed_days,
                         Rating rating) const;

  // All four outcomes at once, indexed by rating - 1.
  std::array<MemoryState, 4> next_states(const std::optional<MemoryState>& previous,
                                         long elapsed_days) const;

  // Whole days until the next review for a stability, between 1 and the maximum interval.
  int next_interval(double stability) const;

  // Runs `steps` in order over per-card states (`states[step.card]`, read before and replaced
  // after each review) and writes each review's state and interval to `out` (as long as `steps`).
  // The results are next_state + next_interval's, bit for bit; where the processor has AVX2,
  // eight cards are computed at once with glibc's vector log and exp (fsrs_batch.cpp). `vector`
  // false: one review at a time. Ratings must be 1-4 and cards below states.size().
  void replay(std::span<const ReplayStep> steps, std::span<MemoryState> states,
              std::span<ReplayResult> out, bool vector = true) const;

  // Probability of recall after `elapsed_days` at `stability`.
  double retrievability(double elapsed_days, double stability) const;

  double desired_retention() const { return retention_; }
  const Params& params() const { return w_; }

 private:
  double init_difficulty(Rating rating) const;
  double next_difficulty(double d, Rating rating) const;
  double same_day_stability(double s, Rating rating) const;
  double lapse_stability(double s, double d, double r) const;
  double success_stability(double s, double d, double r, Rating rating) const;

  friend struct ReplayKernel;  // fsrs_batch.cpp: four reviews at once

  Params w_;
  double retention_;
  int maximum_interval_;
  double decay_;
  double factor_;
  double interval_modifier_;
  // Constants of the formulas, computed once with the very same expressions (so every result is
  // bit-identical to computing them inline).
  std::array<double, 4> init_difficulty_;  // round8(w4 - exp((g - 1) * w5) + 1), unclamped
  std::array<double, 4> short_term_gain_;  // exp(w17 * (g - 3 + w18))
  double exp_w8_;                          // exp(w8)
  double lapse_floor_divisor_;             // exp(w17 * w18)
};

}  // namespace tarikh::srs
