#include "game/store/store_deck.hpp"

#include <gtest/gtest.h>

#include "game/session/clock.hpp"
#include "game/session/study_session.hpp"
#include "game/store/learner_db.hpp"
#include "tests/game/store/temp_dir.hpp"

using namespace tarikh;
using session::Question;
using srs::CardState;
using srs::Rating;
using store::LearnerDb;
using store::StoreDeck;

namespace {

// 2026-01-15 12:00 UTC, in ms.
constexpr std::int64_t kNoon = 1768478400LL * 1000;
constexpr std::int64_t kMinute = 60'000;

Question card(const std::string& id, const std::string& type = "cloze") {
  Question q;
  q.id = id;
  q.type = type;
  q.prompt = "prompt " + id;
  q.answer = type == "timeline" ? "" : "1944";
  return q;
}

std::vector<Question> bank(int n) {
  std::vector<Question> qs;
  for (int i = 0; i < n; ++i) qs.push_back(card("q" + std::to_string(i)));
  return qs;
}

class StoreDeckTest : public ::testing::Test {
 protected:
  tarikh::testing::TempDir dir_;
  LearnerDb db_{dir_ / "learner.db"};
  std::int64_t profile_ = db_.create_profile("Amal", kNoon / 1000);
};

}  // namespace

TEST_F(StoreDeckTest, SyncsCardsAndCountsNewOnesWithinTheDailyLimit) {
  db_.set_setting(profile_, "new_per_day", "4");
  auto qs = bank(6);
  qs.push_back(card("t", "timeline"));  // not a flashcard: never counted for study
  StoreDeck deck(db_, profile_, qs, kNoon);
  EXPECT_EQ(deck.last_sync().added, 7);
  const auto counts = deck.due_counts(kNoon);
  EXPECT_EQ(counts.due, 0);
  EXPECT_EQ(counts.fresh, 4);
  const auto study = deck.study_cards(kNoon, 10);
  ASSERT_EQ(study.size(), 4u);
  EXPECT_EQ(study[0].id, "q0");
  EXPECT_EQ(deck.study_cards(kNoon, 2).size(), 2u);
  EXPECT_FALSE(deck.memory("q0"));  // new
}

TEST_F(StoreDeckTest, EveryReviewIsCommittedWithItsDurationAndMode) {
  StoreDeck deck(db_, profile_, bank(3), kNoon);
  session::ReviewRecord r;
  r.question_id = "q1";
  r.rating = Rating::Good;
  r.time_ms = kNoon;
  r.duration_ms = 4200;
  r.source = "quiz";
  deck.record(r);
  r.question_id = "not-in-the-bank";
  deck.record(r);  // ignored
  const auto row = db_.card(profile_, "q1");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->card.state, CardState::Learning);
  const auto log = db_.review_log(row->card.id);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].duration_ms, 4200);
  EXPECT_EQ(log[0].mode, "quiz");
  EXPECT_EQ(log[0].grade, 3);
  EXPECT_EQ(db_.review_count(profile_), 1);

  // Read back by a second connection: committed already.
  LearnerDb other(dir_ / "learner.db");
  EXPECT_EQ(other.review_count(profile_), 1);

  // The card is learning: due in 10 minutes, not counted as new any more.
  ASSERT_TRUE(deck.due_ms("q1"));
  EXPECT_EQ(*deck.due_ms("q1"), kNoon + 10 * kMinute);
  EXPECT_TRUE(deck.memory("q1"));
  EXPECT_EQ(deck.due_counts(kNoon).due, 0);
  EXPECT_EQ(deck.due_counts(kNoon + 11 * kMinute).due, 1);
}

TEST_F(StoreDeckTest, IntervalTextsComeFromTheSchedulersPreview) {
  StoreDeck deck(db_, profile_, bank(1), kNoon);
  const auto texts = deck.interval_texts("q0", kNoon);
  ASSERT_TRUE(texts);
  EXPECT_EQ((*texts)[0], "1m");   // Again: the first learning step
  EXPECT_EQ((*texts)[2], "10m");  // Good: the second step
  EXPECT_FALSE(deck.interval_texts("missing", kNoon));
}

TEST_F(StoreDeckTest, StudySessionBringsBackACardAfterItsLearningStep) {
  StoreDeck deck(db_, profile_, bank(2), kNoon);
  session::ManualClock clock(kNoon);
  srs::Fsrs fsrs;
  session::StudySession s(deck.study_cards(kNoon, 10), deck, deck, clock, fsrs);
  ASSERT_EQ(s.total(), 2);
  s.reveal();
  clock.advance(3000);
  s.grade(Rating::Again);  // q0: back after 1 minute
  s.reveal();
  s.grade(Rating::Easy);  // q1: graduates to days, not back today
  ASSERT_EQ(s.total(), 3);
  ASSERT_EQ(s.phase(), session::StudySession::Phase::Question);
  EXPECT_EQ(s.current().id, "q0");
  const auto log = db_.review_log(db_.card(profile_, "q0")->card.id);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].duration_ms, 3000);
  EXPECT_EQ(log[0].mode, "study");
  EXPECT_EQ(db_.card(profile_, "q1")->card.state, CardState::Review);
}

TEST_F(StoreDeckTest, VanishedQuestionsAreSuspendedNotDeletedAndProfilesAreSeparate) {
  {
    StoreDeck deck(db_, profile_, bank(3), kNoon);
    session::ReviewRecord r;
    r.question_id = "q2";
    r.time_ms = kNoon;
    deck.record(r);
  }
  StoreDeck deck(db_, profile_, bank(2), kNoon + kMinute);
  EXPECT_EQ(deck.last_sync().suspended, 1);
  const auto gone = db_.card(profile_, "q2");
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->suspended, store::Suspension::QuestionGone);
  EXPECT_EQ(db_.review_count(profile_), 1);

  const std::int64_t other = db_.create_profile("Omar", kNoon / 1000);
  deck.set_profile(other, kNoon + kMinute);
  EXPECT_EQ(deck.profile(), other);
  EXPECT_EQ(deck.due_counts(kNoon + kMinute).fresh, 2);
  EXPECT_EQ(db_.review_count(other), 0);
}

TEST_F(StoreDeckTest, RetentionFromTheProfileReachesTheScheduler) {
  db_.set_setting(profile_, "retention", "0.80");
  StoreDeck deck(db_, profile_, bank(1), kNoon);
  EXPECT_DOUBLE_EQ(deck.scheduler().config().desired_retention, 0.80);
  db_.set_setting(profile_, "retention", "0.95");
  deck.reload_settings();
  EXPECT_DOUBLE_EQ(deck.scheduler().config().desired_retention, 0.95);
}
