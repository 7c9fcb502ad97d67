#include "game/srs/scheduler.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <utility>

namespace tarikh::srs {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// ECMAScript ToUint32 for the non-negative values Mash produces.
double to_uint32(double x) {
  return static_cast<double>(static_cast<std::uint32_t>(static_cast<std::uint64_t>(x)));
}

// Baagøe's Mash hash, as ts-fsrs seeds its Alea generator: state carried across calls.
class Mash {
 public:
  double operator()(const std::string& data) {
    for (unsigned char ch : data) {
      n_ += ch;
      double h = 0.02519603282416938 * n_;
      n_ = to_uint32(h);
      h -= n_;
      h *= n_;
      n_ = to_uint32(h);
      h -= n_;
      n_ += h * 4294967296.0;
    }
    return to_uint32(n_) * 2.3283064365386963e-10;
  }

 private:
  double n_ = 4022871197.0;
};

// What the (re)learning steps say for an answer: minutes until due and the next step, or
// nothing (the card graduates to review).
struct StepPlan {
  int minutes = 0;
  int next_step = 0;
};

std::optional<StepPlan> step_plan(const SchedulerConfig& config, CardState state, int cur_step,
                                  Rating rating) {
  const bool relearn = state == CardState::Relearning || state == CardState::Review;
  const std::vector<int>& steps = relearn ? config.relearning_steps : config.learning_steps;
  const int n = static_cast<int>(steps.size());
  if (n == 0 || cur_step >= n) return std::nullopt;
  if (state == CardState::Review) {
    if (rating != Rating::Again) return std::nullopt;
    return StepPlan{steps[static_cast<std::size_t>(std::max(0, cur_step))], 0};
  }
  switch (rating) {
    case Rating::Again:
      return StepPlan{steps[0], 0};
    case Rating::Hard: {
      const double m = n == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0;
      return StepPlan{static_cast<int>(std::floor(m + 0.5)), cur_step};
    }
    case Rating::Good:
      if (cur_step + 1 < n && steps[static_cast<std::size_t>(cur_step + 1)] > 0) {
        return StepPlan{steps[static_cast<std::size_t>(cur_step + 1)], cur_step + 1};
      }
      return std::nullopt;
    case Rating::Easy:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(CardState state) {
  switch (state) {
    case CardState::New:
      return "new";
    case CardState::Learning:
      return "learning";
    case CardState::Review:
      return "review";
    case CardState::Relearning:
      return "relearning";
  }
  return "?";
}

double alea_first(const std::string& seed) {
  // Alea seeds s0, s1, s2 from mashes of " " (the same every time) and of the seed; its first
  // number depends on s0 alone, so one mash of the seed after the three of " " is enough.
  static const std::pair<Mash, double> start = [] {
    Mash m;
    const double s0 = m(" ");
    m(" ");
    m(" ");
    return std::pair<Mash, double>{m, s0};
  }();
  Mash mash = start.first;
  double s0 = start.second - mash(seed);
  if (s0 < 0) s0 += 1;
  const double t = 2091639.0 * s0 + 2.3283064365386963e-10;  // c = 1
  return t - std::trunc(t);                                  // s2 after one step
}

int fuzzed_interval(int interval, std::int64_t elapsed_days, int maximum_interval,
                    double fraction) {
  if (interval < 2.5) return interval;
  struct Range {
    double start, end, factor;
  };
  static constexpr Range kRanges[] = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, 1e300, 0.05}};
  double delta = 1;
  for (const Range& r : kRanges) {
    delta += r.factor * std::max(std::min<double>(interval, r.end) - r.start, 0.0);
  }
  const double ivl = std::min(interval, maximum_interval);
  double min_ivl = std::max(2.0, std::floor(ivl - delta + 0.5));
  const double max_ivl = std::min(std::floor(ivl + delta + 0.5), double(maximum_interval));
  if (ivl > static_cast<double>(elapsed_days)) {
    min_ivl = std::max(min_ivl, static_cast<double>(elapsed_days + 1));
  }
  min_ivl = std::min(min_ivl, max_ivl);
  return static_cast<int>(std::floor(fraction * (max_ivl - min_ivl + 1) + min_ivl));
}

int local_utc_offset_minutes(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  if (!localtime_r(&t, &tm)) return 0;
  return static_cast<int>(tm.tm_gmtoff / 60);
}

std::string interval_text(std::int64_t seconds) {
  char buf[32];
  auto one_decimal = [&](double v, const char* unit) {
    const double r = std::floor(v * 10 + 0.5) / 10;
    if (r == std::floor(r)) {
      std::snprintf(buf, sizeof buf, "%.0f%s", r, unit);
    } else {
      std::snprintf(buf, sizeof buf, "%.1f%s", r, unit);
    }
    return std::string(buf);
  };
  seconds = std::max<std::int64_t>(seconds, 0);
  if (seconds < 60) return std::to_string(seconds) + "s";
  if (seconds < 3600) return std::to_string((seconds + 30) / 60) + "m";
  if (seconds < kDay) return one_decimal(seconds / 3600.0, "h");
  const double days = seconds / double(kDay);
  if (days < 30) return std::to_string(static_cast<long>(std::floor(days + 0.5))) + "d";
  if (days < 365) return one_decimal(days / 30.0, "mo");
  return one_decimal(days / 365.0, "y");
}

Scheduler::Scheduler(SchedulerConfig config)
    : config_(std::move(config)),
      fsrs_(config_.w, config_.desired_retention, config_.maximum_interval) {
  if (!(config_.desired_retention >= 0.70 && config_.desired_retention <= 0.99)) {
    throw std::invalid_argument("desired retention must be between 0.70 and 0.99");
  }
  if (config_.rollover_hour < 0 || config_.rollover_hour > 23) {
    throw std::invalid_argument("the day's rollover hour must be 0..23");
  }
  for (const auto* steps : {&config_.learning_steps, &config_.relearning_steps}) {
    for (int m : *steps) {
      if (m <= 0) throw std::invalid_argument("learning steps must be positive minutes");
    }
  }
}

std::int64_t Scheduler::day_of(std::int64_t t) const {
  return floor_div(t + config_.utc_offset_minutes * 60LL - config_.rollover_hour * 3600LL, kDay);
}

std::int64_t Scheduler::day_start(std::int64_t day) const {
  return day * kDay - config_.utc_offset_minutes * 60LL + config_.rollover_hour * 3600LL;
}

double Scheduler::retrievability(const Card& card, std::int64_t now) const {
  if (card.state == CardState::New || card.stability <= 0) return 1.0;
  const double days = std::max<std::int64_t>(0, now - card.last_review) / double(kDay);
  return fsrs_.retrievability(days, card.stability);
}

Outcome Scheduler::schedule(const Card& card, std::int64_t now, Rating rating) const {
  if (static_cast<int>(rating) < 1 || static_cast<int>(rating) > 4) {
    throw std::invalid_argument("rating must be 1 (again) to 4 (easy)");
  }
  Outcome out;
  out.rating = rating;
  std::int64_t elapsed = 0;
  if (card.state != CardState::New && card.last_review != 0) {
    elapsed = std::max<std::int64_t>(0, day_of(now) - day_of(card.last_review));
  }
  out.elapsed_days = elapsed;
  Card next = card;
  next.last_review = now;
  next.reps = card.reps + 1;
  const double fraction = alea_first(std::to_string(card.id + next.reps));
  auto interval = [&](double stability) {
    const int ivl = fsrs_.next_interval(stability);
    return config_.enable_fuzz ? fuzzed_interval(ivl, elapsed, config_.maximum_interval, fraction)
                               : ivl;
  };
  auto to_review = [&](int days) {
    next.state = CardState::Review;
    next.step = 0;
    next.scheduled_days = days;
    next.due = now + days * kDay;
  };
  // (Re)learning steps for new, learning, relearning cards and a review card's lapse.
  auto apply_steps = [&](CardState to_state) {
    const auto plan = step_plan(config_, card.state, card.step, rating);
    if (plan && plan->minutes < 1440) {
      next.state = to_state;
      next.step = plan->next_step;
      next.scheduled_days = 0;
      next.due = now + plan->minutes * 60LL;
    } else if (plan) {
      to_review(plan->minutes / 1440);
      next.step = plan->next_step;
      next.due = now + plan->minutes * 60LL;
    } else {
      to_review(interval(next.stability));
    }
  };

  const std::optional<MemoryState> previous =
      card.state == CardState::New ? std::nullopt
                                   : std::optional<MemoryState>({card.stability, card.difficulty});
  if (card.state != CardState::Review) {
    const MemoryState m = fsrs_.next_state(previous, static_cast<long>(elapsed), rating);
    next.stability = m.stability;
    next.difficulty = m.difficulty;
    apply_steps(card.state == CardState::New ? CardState::Learning : card.state);
  } else {
    const auto all = fsrs_.next_states(previous, static_cast<long>(elapsed));
    const MemoryState& m = all[static_cast<std::size_t>(static_cast<int>(rating) - 1)];
    next.stability = m.stability;
    next.difficulty = m.difficulty;
    if (rating == Rating::Again) {
      next.lapses = card.lapses + 1;
      apply_steps(CardState::Relearning);
    } else {
      int hard = interval(all[1].stability);
      int good = interval(all[2].stability);
      hard = std::min(hard, good);
      good = std::max(good, hard + 1);
      int easy = std::max(interval(all[3].stability), good + 1);
      // ts-fsrs lets "good > hard" and "easy > good" push past the maximum interval; a maximum
      // is a maximum here (the only place this scheduler departs from ts-fsrs).
      const int cap = config_.maximum_interval;
      hard = std::min(hard, cap), good = std::min(good, cap), easy = std::min(easy, cap);
      to_review(rating == Rating::Hard ? hard : rating == Rating::Good ? good : easy);
    }
  }
  out.card = next;
  out.interval_seconds = next.due - now;
  return out;
}

std::array<Outcome, 4> Scheduler::preview(const Card& card, std::int64_t now) const {
  std::array<Outcome, 4> all = {
      schedule(card, now, Rating::Again), schedule(card, now, Rating::Hard),
      schedule(card, now, Rating::Good), schedule(card, now, Rating::Easy)};
  for (Outcome& o : all) o.interval_text = interval_text(o.interval_seconds);
  return all;
}

}  // namespace tarikh::srs
