#include "game/session/timeline_session.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "game/session/sample_questions.hpp"

using namespace tarikh::session;

namespace {

std::vector<TimelineEvent> events() {
  std::vector<TimelineEvent> out;
  for (int i = 0; i < 5; ++i) {
    const int year = 1900 + 10 * i;
    out.push_back({std::string(1, static_cast<char>('a' + i)), std::to_string(year),
                   std::to_string(year), static_cast<double>(year), static_cast<double>(year)});
  }
  return out;
}

std::string labels(const std::vector<TimelineEvent>& v) {
  std::string s;
  for (const auto& e : v) s += e.label;
  return s;
}

// Sorts by keyboard only: selection sort with focus moves and move_up.
void sort_by_keyboard(TimelineSession& t) {
  const int n = static_cast<int>(t.order().size());
  for (int slot = 0; slot < n; ++slot) {
    // find the earliest among slot..n-1
    int best = slot;
    for (int i = slot; i < n; ++i) {
      if (t.order()[i].key < t.order()[best].key) best = i;
    }
    while (t.focus() < best) t.focus_down();
    while (t.focus() > best) t.focus_up();
    while (t.focus() > slot) t.move_up();
  }
}

}  // namespace

TEST(TimelineSession, ShuffleIsDeterministicAndNeverSorted) {
  for (std::uint32_t seed = 0; seed < 50; ++seed) {
    TimelineSession a(events(), seed), b(events(), seed);
    EXPECT_EQ(labels(a.order()), labels(b.order()));
    EXPECT_NE(labels(a.order()), "abcde") << seed;
  }
}

TEST(TimelineSession, KeyboardMovesAndCheck) {
  TimelineSession t(events(), 7);
  EXPECT_EQ(t.focus(), 0);
  t.focus_up();  // at the top: stays
  EXPECT_EQ(t.focus(), 0);
  const std::string before = labels(t.order());
  t.move_down();
  EXPECT_EQ(t.focus(), 1);
  EXPECT_EQ(labels(t.order())[1], before[0]);
  EXPECT_EQ(labels(t.order())[0], before[1]);
  sort_by_keyboard(t);
  EXPECT_EQ(labels(t.order()), "abcde");
  EXPECT_EQ(t.correct_count(), 0);  // nothing is marked before checking
  t.check();
  EXPECT_EQ(t.correct_count(), 5);
  t.move_up();  // locked after check
  EXPECT_EQ(labels(t.order()), "abcde");
}

TEST(TimelineSession, CheckMarksEachSlot) {
  TimelineSession t(events(), 3);
  // Put it in the order e a b c d (by drags).
  for (const char* want : {"e", "a", "b", "c", "d"}) {
    const auto& o = t.order();
    const int from = static_cast<int>(
        std::find_if(o.begin(), o.end(), [&](const auto& e) { return e.label == want; }) -
        o.begin());
    const int to = static_cast<int>(std::string("eabcd").find(want));
    t.move(from, to);
  }
  EXPECT_EQ(labels(t.order()), "eabcd");
  t.move(9, 0);  // out of range: ignored
  t.check();
  EXPECT_EQ(t.correct_slots(), (std::vector<bool>{false, false, false, false, false}));
  EXPECT_EQ(labels(t.true_order()), "abcde");
}

TEST(TimelineSession, FromQuestionUsesTheBankOrder) {
  const auto qs = sample_questions();
  const auto it =
      std::find_if(qs.begin(), qs.end(), [](const auto& q) { return q.type == "timeline"; });
  ASSERT_NE(it, qs.end());
  auto t = TimelineSession::from_question(*it, 1);
  ASSERT_TRUE(t.has_value());
  const auto truth = t->true_order();
  ASSERT_EQ(truth.size(), it->choices.size());
  for (std::size_t r = 0; r < truth.size(); ++r) {
    EXPECT_EQ(truth[r].label, it->choices[static_cast<std::size_t>(it->order[r])]);
    // The bank lists facts in time order: the r-th event carries the r-th date.
    EXPECT_EQ(truth[r].surface, it->facts[r].surface) << r;
  }
  // Without a bank order, the fact values date the events (the same order here).
  auto q = *it;
  q.order.clear();
  auto by_value = TimelineSession::from_question(q, 1);
  ASSERT_TRUE(by_value.has_value());
  EXPECT_EQ(labels(by_value->true_order()), labels(truth));
  q.facts.pop_back();
  EXPECT_FALSE(TimelineSession::from_question(q, 1).has_value());
}

TEST(TimelineSession, FactsAttachByOrderWhenEventsDoNotNameTheChoices) {
  const auto qs = sample_questions();
  auto q = *std::find_if(qs.begin(), qs.end(), [](const auto& x) { return x.type == "timeline"; });
  for (auto& f : q.facts) f.event = "shortened";
  const auto t = TimelineSession::from_question(q, 5);
  ASSERT_TRUE(t.has_value());
  const auto truth = t->true_order();
  for (std::size_t r = 0; r < truth.size(); ++r) {
    EXPECT_EQ(truth[r].label, q.choices[static_cast<std::size_t>(q.order[r])]);
    EXPECT_EQ(truth[r].surface, q.facts[r].surface);
  }
}
