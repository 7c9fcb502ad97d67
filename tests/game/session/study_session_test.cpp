#include "game/session/study_session.hpp"

#include <gtest/gtest.h>

#include "game/session/sample_questions.hpp"

using namespace tarikh::session;
using tarikh::srs::Fsrs;
using tarikh::srs::Rating;

namespace {

constexpr std::int64_t kDay20000 = 20000 * kMsPerDay + 9 * 3600 * 1000;

Question card(const std::string& id, const std::string& answer = "1944") {
  Question q;
  q.id = id;
  q.type = "cloze";
  q.prompt = "prompt " + id;
  q.answer = answer;
  return q;
}

}  // namespace

TEST(StudySession, RevealThenGradeEmitsOneReviewPerAnswer) {
  InMemoryDeck deck({card("a"), card("b")});
  RecordingSink sink;
  ManualClock clock(kDay20000);
  Fsrs fsrs;
  StudySession s(deck.questions(), deck, sink, clock, fsrs);
  ASSERT_EQ(s.phase(), StudySession::Phase::Question);
  EXPECT_EQ(s.current().id, "a");
  s.grade(Rating::Good);  // ignored: the answer is not shown yet
  EXPECT_TRUE(sink.reviews.empty());
  s.reveal();
  ASSERT_EQ(s.phase(), StudySession::Phase::Answer);
  s.grade(Rating::Good);
  ASSERT_EQ(sink.reviews.size(), 1u);
  EXPECT_EQ(sink.reviews[0].question_id, "a");
  EXPECT_EQ(sink.reviews[0].rating, Rating::Good);
  EXPECT_EQ(sink.reviews[0].time_ms, kDay20000);
  EXPECT_EQ(sink.reviews[0].source, "study");
  EXPECT_EQ(s.phase(), StudySession::Phase::Question);
  EXPECT_EQ(s.current().id, "b");
  clock.advance(5000);
  s.reveal();
  s.grade(Rating::Easy);
  ASSERT_EQ(sink.reviews.size(), 2u);
  EXPECT_EQ(sink.reviews[1].time_ms, kDay20000 + 5000);
  EXPECT_EQ(s.phase(), StudySession::Phase::Done);
  EXPECT_EQ(s.reviewed(), 2);
  EXPECT_EQ(s.rating_counts()[2], 1);
  EXPECT_EQ(s.rating_counts()[3], 1);
}

TEST(StudySession, IntervalsComeFromFsrsNextStates) {
  InMemoryDeck deck({card("a")});
  RecordingSink sink;
  ManualClock clock(kDay20000);
  Fsrs fsrs;
  StudySession s(deck.questions(), deck, sink, clock, fsrs);
  s.reveal();
  const auto states = fsrs.next_states(std::nullopt, 0);
  const auto iv = s.intervals();
  for (int i = 0; i < 4; ++i) EXPECT_EQ(iv[i], fsrs.next_interval(states[i].stability)) << i;
  // FSRS-6 defaults: a new card's intervals grow with the grade.
  EXPECT_LE(iv[0], iv[1]);
  EXPECT_LT(iv[1], iv[2]);
  EXPECT_LT(iv[2], iv[3]);
  s.grade(Rating::Hard);
  EXPECT_DOUBLE_EQ(sink.reviews[0].after.stability, states[1].stability);
  EXPECT_EQ(sink.reviews[0].interval_days, iv[1]);
}

TEST(StudySession, UsesTheCardsMemoryAndElapsedDays) {
  InMemoryDeck deck({card("a")});
  Fsrs fsrs;
  ManualClock clock(kDay20000);
  // A first review ten days ago.
  const auto first = fsrs.next_state(std::nullopt, 0, Rating::Good);
  deck.record(ReviewRecord{"a", Rating::Good, kDay20000 - 10 * kMsPerDay, first, 3, "study"});
  RecordingSink sink;
  StudySession s({deck.questions()[0]}, deck, sink, clock, fsrs);
  s.reveal();
  const auto expected = fsrs.next_states(first, 10);
  EXPECT_EQ(s.intervals()[2], fsrs.next_interval(expected[2].stability));
  s.grade(Rating::Good);
  EXPECT_DOUBLE_EQ(sink.reviews[0].after.stability, expected[2].stability);
}

TEST(StudySession, AgainBringsTheCardBackOnceAtTheEnd) {
  InMemoryDeck deck({card("a"), card("b")});
  RecordingSink sink;
  ManualClock clock(kDay20000);
  Fsrs fsrs;
  StudySession s(deck.questions(), deck, sink, clock, fsrs);
  s.reveal();
  s.grade(Rating::Again);
  EXPECT_EQ(s.total(), 3);
  s.reveal();
  s.grade(Rating::Good);  // b
  ASSERT_EQ(s.phase(), StudySession::Phase::Question);
  EXPECT_EQ(s.current().id, "a");
  s.reveal();
  s.grade(Rating::Again);  // not requeued a second time
  EXPECT_EQ(s.phase(), StudySession::Phase::Done);
  EXPECT_EQ(sink.reviews.size(), 3u);
}

TEST(StudySession, EmptySessionIsDone) {
  InMemoryDeck deck({});
  RecordingSink sink;
  ManualClock clock;
  Fsrs fsrs;
  StudySession s({}, deck, sink, clock, fsrs);
  EXPECT_EQ(s.phase(), StudySession::Phase::Done);
  s.reveal();
  s.grade(Rating::Good);
  EXPECT_TRUE(sink.reviews.empty());
  EXPECT_EQ(s.intervals(), (std::array<int, 4>{0, 0, 0, 0}));
}

TEST(Deck, CountsAndSelectsDueAndNewCards) {
  InMemoryDeck deck({card("a"), card("b"), card("c"), card("d")});
  const long today = 20000;
  Fsrs fsrs;
  const auto st = fsrs.next_state(std::nullopt, 0, Rating::Good);
  // a: due in 5 days; b: due yesterday (reviewed 3 days ago with a 2-day interval).
  deck.record({"a", Rating::Good, today * kMsPerDay, st, 5, "study"});
  deck.record({"b", Rating::Good, (today - 3) * kMsPerDay, st, 2, "study"});
  const auto counts = count_due(deck, today);
  EXPECT_EQ(counts.due, 1);
  EXPECT_EQ(counts.fresh, 2);
  const auto cards = select_study_cards(deck, today, 1);
  ASSERT_EQ(cards.size(), 2u);
  EXPECT_EQ(cards[0].id, "b");
  EXPECT_EQ(cards[1].id, "c");
  EXPECT_EQ(deck.memory("a")->due_day, today + 5);
  EXPECT_FALSE(deck.memory("d").has_value());
}

TEST(SampleQuestions, AreLabelledAndPlayable) {
  const auto qs = sample_questions();
  ASSERT_GE(qs.size(), 6u);
  for (const auto& q : qs) {
    EXPECT_EQ(q.id.rfind("sample-", 0), 0u) << q.id;
    EXPECT_FALSE(q.facts.empty()) << q.id;
    if (q.type == "mcq" || q.type == "which_first") {
      EXPECT_NE(std::find(q.choices.begin(), q.choices.end(), q.answer), q.choices.end()) << q.id;
    }
  }
}
