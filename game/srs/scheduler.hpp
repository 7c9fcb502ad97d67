// The card scheduler on top of FSRS-6 (the Anki/ts-fsrs model): one small value type per card,
// states new -> learning -> review -> relearning with learning steps, same-day reviews by FSRS-6's
// short-term rule, desired retention, a maximum interval and deterministic fuzz. Pure: the clock
// and the learner's time zone come in as arguments.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "game/srs/fsrs.hpp"

namespace tarikh::srs {

enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

const char* to_string(CardState state);

// A card's scheduling state. Times are Unix seconds (UTC).
struct Card {
  std::int64_t id = 0;  // seeds the fuzz with the review count
  CardState state = CardState::New;
  double stability = 0;   // 0 while new
  double difficulty = 0;  // 0 while new
  int step = 0;           // index into the (re)learning steps
  std::int64_t due = 0;
  std::int64_t last_review = 0;  // 0: never reviewed
  int scheduled_days = 0;        // the interval given at the last review, 0 inside steps
  int reps = 0;
  int lapses = 0;

  bool operator==(const Card&) const = default;
};

struct SchedulerConfig {
  Params w = kDefaultParams;
  double desired_retention = 0.9;             // per profile: 0.70 .. 0.99
  int maximum_interval = 36500;               // days
  std::vector<int> learning_steps = {1, 10};  // minutes
  std::vector<int> relearning_steps = {10};   // minutes
  bool enable_fuzz = true;
  // The learner's day: local time = UTC + utc_offset_minutes, a new day starts at
  // rollover_hour o'clock local time (4 am by default).
  int utc_offset_minutes = 0;
  int rollover_hour = 4;
};

struct Outcome {
  Rating rating = Rating::Good;
  Card card;                          // the card after this answer
  std::int64_t elapsed_days = 0;      // learner days since the previous review (0 for a new card)
  std::int64_t interval_seconds = 0;  // card.due - now
  std::string interval_text;          // preview() only: "1m", "10m", "3h", "2d", "1.5mo", "2.3y"
};

class Scheduler {
 public:
  // Throws std::invalid_argument on a retention outside 0.70..0.99, a negative or empty-duration
  // step, a maximum interval below 1 or a rollover hour outside 0..23.
  explicit Scheduler(SchedulerConfig config = {});

  // The card after answering `rating` at `now`.
  Outcome schedule(const Card& card, std::int64_t now, Rating rating) const;

  // All four outcomes, indexed by rating - 1 (for the study screen's buttons).
  std::array<Outcome, 4> preview(const Card& card, std::int64_t now) const;

  // The learner's day number for a time (days since 1970-01-01 in local time, shifted by the
  // rollover hour), and the Unix time at which that day starts.
  std::int64_t day_of(std::int64_t unix_seconds) const;
  std::int64_t day_start(std::int64_t day) const;

  // Probability of recall of a reviewed card at `now` (1 for a new card).
  double retrievability(const Card& card, std::int64_t now) const;

  const SchedulerConfig& config() const { return config_; }
  const Fsrs& fsrs() const { return fsrs_; }

 private:
  SchedulerConfig config_;
  Fsrs fsrs_;
};

// This machine's offset from UTC in minutes at a given time (from the C library's local time
// zone), for SchedulerConfig::utc_offset_minutes.
int local_utc_offset_minutes(std::int64_t unix_seconds);

// "1m", "10m", "3h", "2d", "1.5mo", "2.3y": a short text for a duration in seconds.
std::string interval_text(std::int64_t seconds);

// The interval after ts-fsrs's fuzz for `interval` days (a pure helper: `fraction` in [0, 1)).
int fuzzed_interval(int interval, std::int64_t elapsed_days, int maximum_interval, double fraction);

// The fuzz fraction for a seed string: ts-fsrs's Alea generator (Baagøe's Alea), first draw.
double alea_first(const std::string& seed);

}  // namespace tarikh::srs
