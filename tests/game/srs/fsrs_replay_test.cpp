// Fsrs::replay, the many-reviews path `tarikh srs replay` runs: one review at a time it is exactly
// next_state + next_interval; eight cards at a time (AVX2, glibc's vector log and exp) it must
// give the very same bits, with each card's reviews in their order.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include "game/srs/fsrs.hpp"
#include "game/srs/history.hpp"

using namespace tarikh::srs;

namespace {

struct Steps {
  std::vector<ReplayStep> steps;
  std::size_t cards = 0;
};

// Steps from a history: card ids mapped to dense indices, elapsed days from each card's
// previous review.
Steps steps_of(const std::vector<HistoryReview>& history) {
  Steps run;
  std::map<std::int64_t, std::pair<std::uint32_t, std::int64_t>> seen;  // index, last day
  for (const HistoryReview& r : history) {
    auto it = seen.find(r.card);
    std::int64_t elapsed = -1;
    if (it == seen.end()) {
      it = seen.emplace(r.card, std::pair{static_cast<std::uint32_t>(run.cards++), r.day}).first;
    } else {
      elapsed = r.day - it->second.second;
      it->second.second = r.day;
    }
    run.steps.push_back({it->second.first, static_cast<Rating>(r.rating), elapsed});
  }
  return run;
}

// next_state + next_interval one review at a time, the reference of both paths.
std::vector<ReplayResult> one_by_one(const Fsrs& fsrs, const Steps& run) {
  std::vector<std::optional<MemoryState>> states(run.cards);
  std::vector<ReplayResult> out;
  for (const ReplayStep& step : run.steps) {
    auto& state = states[step.card];
    state = fsrs.next_state(step.elapsed_days < 0 ? std::nullopt : state,
                            static_cast<long>(std::max<std::int64_t>(step.elapsed_days, 0)),
                            step.rating);
    out.push_back({*state, fsrs.next_interval(state->stability)});
  }
  return out;
}

std::vector<ReplayResult> replayed(const Fsrs& fsrs, const Steps& run, bool vector) {
  std::vector<MemoryState> states(run.cards);
  std::vector<ReplayResult> out(run.steps.size());
  fsrs.replay(run.steps, states, out, vector);
  return out;
}

// How many results differ in any bit.
std::size_t differences(const std::vector<ReplayResult>& a, const std::vector<ReplayResult>& b) {
  EXPECT_EQ(a.size(), b.size());
  std::size_t different = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    const bool same = a[i].state.stability == b[i].state.stability &&
                      a[i].state.difficulty == b[i].state.difficulty &&
                      a[i].interval == b[i].interval;
    if (!same && different++ == 0) {
      ADD_FAILURE() << "review " << i << ": " << a[i].state.stability << " "
                    << a[i].state.difficulty << " " << a[i].interval << " against "
                    << b[i].state.stability << " " << b[i].state.difficulty << " " << b[i].interval;
    }
  }
  return different;
}

}  // namespace

TEST(FsrsReplay, OneAtATimeIsNextStateExactly) {
  HistoryOptions o;
  o.seed = 7;
  o.cards = 500;
  const Steps run = steps_of(generate_history(o));
  const Fsrs fsrs;
  EXPECT_EQ(differences(replayed(fsrs, run, false), one_by_one(fsrs, run)), 0u);
}

TEST(FsrsReplay, EightAtATimeGivesTheSameBits) {
  for (const double retention : {0.7, 0.9, 0.97}) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      HistoryOptions o;
      o.seed = seed;
      o.cards = 3000;
      o.retention = retention;
      const Steps run = steps_of(generate_history(o));
      const Fsrs fsrs(kDefaultParams, retention);
      EXPECT_EQ(differences(replayed(fsrs, run, true), one_by_one(fsrs, run)), 0u)
          << "retention " << retention << ", seed " << seed;
    }
  }
}

TEST(FsrsReplay, OtherWeightsToo) {
  // Every weight moved by up to 30% (a learner's optimised parameters differ from the defaults).
  Params w = kDefaultParams;
  for (int i = 0; i < kParamCount; ++i) w[i] *= 1.0 + 0.3 * std::sin(i * 1.7);
  const Fsrs fsrs(w, 0.85, 3650);
  HistoryOptions o;
  o.seed = 11;
  o.cards = 3000;
  const Steps run = steps_of(generate_history(o));
  EXPECT_EQ(differences(replayed(fsrs, run, true), one_by_one(fsrs, run)), 0u);
}

TEST(FsrsReplay, EachCardsReviewsStayInOrder) {
  // Runs of one card, pairs, then many cards interleaved: groups must skip a card whose earlier
  // review is still waiting.
  Steps run;
  run.cards = 12;
  const Rating grades[] = {Rating::Good, Rating::Again, Rating::Hard, Rating::Easy};
  std::vector<std::int64_t> seen(run.cards, 0);
  auto add = [&](std::uint32_t card, std::int64_t elapsed, int grade) {
    run.steps.push_back({card, grades[grade % 4], seen[card]++ == 0 ? -1 : elapsed});
  };
  for (int i = 0; i < 20; ++i) add(0, i % 3, i);
  for (int i = 0; i < 30; ++i) add(1 + i % 2, 1 + i % 5, i + 1);
  for (int i = 0; i < 200; ++i) add(static_cast<std::uint32_t>((i * 7) % 12), i % 4, i * 3 + 1);
  const Fsrs fsrs;
  const auto expected = one_by_one(fsrs, run);
  const auto got = replayed(fsrs, run, true);
  EXPECT_EQ(differences(got, expected), 0u);
  // The last state of every card is its last review's.
  std::vector<MemoryState> states(run.cards);
  std::vector<ReplayResult> out(run.steps.size());
  fsrs.replay(run.steps, states, out, true);
  for (std::size_t i = 0; i < run.steps.size(); ++i) {
    const auto& last = states[run.steps[i].card];
    bool later = false;
    for (std::size_t j = i + 1; j < run.steps.size(); ++j)
      later |= run.steps[j].card == run.steps[i].card;
    if (!later) {
      EXPECT_EQ(last.stability, out[i].state.stability) << "card " << run.steps[i].card;
    }
  }
}

TEST(FsrsReplay, RejectsBadSteps) {
  const Fsrs fsrs;
  std::vector<MemoryState> states(2);
  std::vector<ReplayResult> out(1);
  const std::vector<ReplayStep> bad_card = {{2, Rating::Good, -1}};
  EXPECT_THROW(fsrs.replay(bad_card, states, out), std::invalid_argument);
  const std::vector<ReplayStep> bad_rating = {{0, static_cast<Rating>(5), -1}};
  EXPECT_THROW(fsrs.replay(bad_rating, states, out), std::invalid_argument);
  const std::vector<ReplayStep> two = {{0, Rating::Good, -1}, {1, Rating::Good, -1}};
  EXPECT_THROW(fsrs.replay(two, states, out), std::invalid_argument);
}
