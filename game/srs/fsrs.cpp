#include "game/srs/fsrs.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tarikh::srs {

namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;

double clamp(double x, double lo, double hi) {
  return std::min(std::max(x, lo), hi);
}
int grade(Rating r) {
  return static_cast<int>(r);
}

}  // namespace

double round8(double x) {
  return std::floor(x * 1e8 + 0.5) / 1e8;
}

Fsrs::Fsrs(const Params& w, double desired_retention, int maximum_interval)
    : w_(w), retention_(desired_retention), maximum_interval_(maximum_interval) {
  if (!(desired_retention > 0.0 && desired_retention <= 1.0)) {
    throw std::invalid_argument("desired retention must be above 0 and at most 1");
  }
  if (maximum_interval < 1) throw std::invalid_argument("maximum interval must be at least 1");
  decay_ = -w_[20];
  factor_ = round8(std::pow(0.9, 1.0 / decay_) - 1.0);
  interval_modifier_ = round8((std::pow(retention_, 1.0 / decay_) - 1.0) / factor_);
  for (int g = 1; g <= 4; ++g) {
    init_difficulty_[g - 1] = round8(w_[4] - std::exp((g - 1) * w_[5]) + 1.0);
    short_term_gain_[g - 1] = std::exp(w_[17] * (g - 3 + w_[18]));
  }
  exp_w8_ = std::exp(w_[8]);
  lapse_floor_divisor_ = std::exp(w_[17] * w_[18]);
}

double Fsrs::retrievability(double elapsed_days, double stability) const {
  return round8(std::pow(1.0 + factor_ * elapsed_days / stability, decay_));
}

double Fsrs::init_difficulty(Rating rating) const {
  return init_difficulty_[grade(rating) - 1];
}

double Fsrs::next_difficulty(double d, Rating rating) const {
  // For "good" the step is round8(-0.0) = 0 exactly: skip the arithmetic (a division and a
  // rounding on every good answer; the result is bit-identical).
  const double step =
      rating == Rating::Good ? 0.0 : round8(-w_[6] * (grade(rating) - 3) * (10.0 - d) / 9.0);
  const double easy0 = init_difficulty(Rating::Easy);  // not clamped: the reversion target
  return clamp(round8(w_[7] * easy0 + (1.0 - w_[7]) * (d + step)), 1.0, 10.0);
}

double Fsrs::same_day_stability(double s, Rating rating) const {
  double sinc = std::pow(s, -w_[19]) * short_term_gain_[grade(rating) - 1];
  if (grade(rating) >= 2) sinc = std::max(sinc, 1.0);
  return round8(clamp(s * sinc, kMinStability, kMaxStability));
}

double Fsrs::lapse_stability(double s, double d, double r) const {
  const double forget =
      round8(clamp(w_[11] * std::pow(d, -w_[12]) * (std::pow(s + 1.0, w_[13]) - 1.0) *
                       std::exp((1.0 - r) * w_[14]),
                   kMinStability, kMaxStability));
  const double floor = round8(s / lapse_floor_divisor_);
  return std::min(std::max(floor, kMinStability), forget);
}

double Fsrs::success_stability(double s, double d, double r, Rating rating) const {
  double bonus = exp_w8_ * (11.0 - d) * std::pow(s, -w_[9]) * (std::exp((1.0 - r) * w_[10]) - 1.0);
  if (rating == Rating::Hard) bonus *= w_[15];
  if (rating == Rating::Easy) bonus *= w_[16];
  return round8(clamp(s * (1.0 + bonus), kMinStability, kMaxStability));
}

MemoryState Fsrs::next_state(const std::optional<MemoryState>& previous, long elapsed_days,
                             Rating rating) const {
  if (grade(rating) < 1 || grade(rating) > 4) throw std::invalid_argument("rating must be 1-4");
  if (!previous) {
    return {std::max(w_[grade(rating) - 1], 0.1), clamp(init_difficulty(rating), 1.0, 10.0)};
  }
  if (elapsed_days < 0) throw std::invalid_argument("elapsed days must not be negative");
  const double s = previous->stability;
  const double d = previous->difficulty;
  double next_s;
  if (elapsed_days == 0) {
    next_s = same_day_stability(s, rating);
  } else {
    const double r = retrievability(static_cast<double>(elapsed_days), s);
    next_s =
        rating == Rating::Again ? lapse_stability(s, d, r) : success_stability(s, d, r, rating);
  }
  return {next_s, next_difficulty(d, rating)};
}

std::array<MemoryState, 4> Fsrs::next_states(const std::optional<MemoryState>& previous,
                                             long elapsed_days) const {
  return {next_state(previous, elapsed_days, Rating::Again),
          next_state(previous, elapsed_days, Rating::Hard),
          next_state(previous, elapsed_days, Rating::Good),
          next_state(previous, elapsed_days, Rating::Easy)};
}

int Fsrs::next_interval(double stability) const {
  const double days = std::floor(stability * interval_modifier_ + 0.5);
  return static_cast<int>(clamp(days, 1.0, static_cast<double>(maximum_interval_)));
}

}  // namespace tarikh::srs
