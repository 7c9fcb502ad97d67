#include "game/srs/history.hpp"

#include <algorithm>
#include <optional>

#include "game/srs/fsrs.hpp"

namespace tarikh::srs {

namespace {

// SplitMix64: tiny, well-mixed, identical on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : x_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (x_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::int64_t below(std::int64_t n) { return n <= 1 ? 0 : static_cast<std::int64_t>(next() % n); }
  // True with probability percent / 100.
  bool percent(int p) { return below(100) < p; }

 private:
  std::uint64_t x_;
};

enum class Habit { Typical, AlwaysEasy, Leech, Crammer, Procrastinator };

int pick_rating(Rng& rng, Habit habit, bool late) {
  int again = 10, hard = 15, good = 60;  // easy: the rest
  switch (habit) {
    case Habit::AlwaysEasy:
      return rng.percent(95) ? 4 : 3;
    case Habit::Leech:
      again = 45, hard = 20, good = 30;
      break;
    case Habit::Crammer:
      again = 20, hard = 25, good = 45;
      break;
    case Habit::Procrastinator:
    case Habit::Typical:
      break;
  }
  if (late) again += 20, good -= 20;
  const std::int64_t roll = rng.below(100);
  if (roll < again) return 1;
  if (roll < again + hard) return 2;
  if (roll < again + hard + good) return 3;
  return 4;
}

}  // namespace

std::vector<HistoryReview> generate_history(const HistoryOptions& options) {
  const Fsrs fsrs(kDefaultParams, options.retention);
  Rng rng(options.seed);
  struct Keyed {
    HistoryReview review;
    std::int64_t order;
  };
  std::vector<Keyed> all;
  std::int64_t order = 0;
  for (int c = 0; c < options.cards; ++c) {
    const std::int64_t card = c + 1;
    const std::int64_t roll = rng.below(100);
    const Habit habit = roll < 5    ? Habit::AlwaysEasy
                        : roll < 12 ? Habit::Leech
                        : roll < 25 ? Habit::Crammer
                        : roll < 35 ? Habit::Procrastinator
                                    : Habit::Typical;
    const int reviews = habit == Habit::AlwaysEasy
                            ? 20 + static_cast<int>(rng.below(15))
                            : 1 + static_cast<int>(rng.below(options.max_reviews_per_card));
    std::int64_t day = options.first_day + rng.below(400);
    std::optional<MemoryState> state;
    std::int64_t previous_day = day;
    int interval = 0;
    for (int i = 0; i < reviews; ++i) {
      bool late = false;
      if (state) {
        const std::int64_t kind = rng.below(100);
        const int same_day = habit == Habit::Crammer ? 35 : 12;
        const int very_late = habit == Habit::Procrastinator ? 40 : 8;
        if (kind < same_day) {
          // same-day repeat: elapsed 0
        } else if (kind < same_day + 12 && interval > 1) {
          day += 1 + rng.below(interval - 1);  // early
        } else if (kind < same_day + 12 + very_late) {
          day += interval * (2 + rng.below(12)) + rng.below(200);  // very late
          late = true;
        } else if (kind < same_day + 12 + very_late + 10) {
          day += interval + 1 + rng.below(6);  // a little late
        } else {
          day += interval;  // on time
        }
      }
      const int rating = pick_rating(rng, habit, late);
      state = fsrs.next_state(state, static_cast<long>(day - previous_day),
                              static_cast<Rating>(rating));
      previous_day = day;
      all.push_back({{card, day, rating}, order++});
      interval = fsrs.next_interval(state->stability);
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Keyed& a, const Keyed& b) { return a.review.day < b.review.day; });
  std::vector<HistoryReview> out;
  out.reserve(all.size());
  for (const Keyed& k : all) out.push_back(k.review);
  return out;
}

std::string history_csv(const std::vector<HistoryReview>& reviews) {
  std::string out = "card,day,rating\n";
  for (const HistoryReview& r : reviews) {
    out += std::to_string(r.card);
    out += ',';
    out += std::to_string(r.day);
    out += ',';
    out += std::to_string(r.rating);
    out += '\n';
  }
  return out;
}

}  // namespace tarikh::srs
