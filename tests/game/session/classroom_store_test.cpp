// A finished competition saved into the learner database's competition tables.
#include <gtest/gtest.h>

#include "game/session/classroom.hpp"
#include "game/store/learner_db.hpp"
#include "game/store/temp_dir.hpp"

using namespace tarikh::session::classroom;

TEST(ClassroomStore, SavesEveryAnswerAndTheTeamsTotals) {
  tarikh::testing::TempDir dir;
  tarikh::store::LearnerDb db(dir / "learner.db");
  const std::vector<QuestionSpec> qs = {{"q1", {"1944", "1948"}, 0}, {"q2", {"a", "b"}, 1}};
  Competition c({{"red"}, {"blue"}}, qs, Settings{}, 0);
  c.answer(0, 0, 2000);   // red right at 2 s: 950
  c.answer(1, 1, 4000);   // blue wrong
  c.next(4000);           // leaderboard
  c.next(4000);           // question 2 opens at 4 s
  c.answer(1, 1, 14000);  // blue right at 10 s: 750
  c.next(14000);          // red never answers
  c.next(14000);
  c.next(14000);
  ASSERT_EQ(c.phase(), Phase::Podium);
  const auto id = save_competition(db, c, "class 8", 1000, 2000);
  const auto scores = db.competition_scores(id);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].team, "red");
  EXPECT_EQ(scores[0].points, 950);
  EXPECT_EQ(scores[0].correct, 1);
  EXPECT_EQ(scores[0].answers, 1);  // no row for the question it let pass
  EXPECT_EQ(scores[1].team, "blue");
  EXPECT_EQ(scores[1].points, 750);
  EXPECT_EQ(scores[1].correct, 1);
  EXPECT_EQ(scores[1].answers, 2);
}

TEST(ClassroomStore, FeedsTheChosenProfilesCardThroughItsScheduler) {
  tarikh::testing::TempDir dir;
  tarikh::store::LearnerDb db(dir / "learner.db");
  const std::int64_t t0 = 1'750'000'000;  // seconds
  const auto sara = db.create_profile("Sara", t0);
  const auto other = db.create_profile("Other", t0);
  db.sync_cards(sara, {"q1", "q2"}, t0);
  db.sync_cards(other, {"q1", "q2"}, t0);
  EXPECT_TRUE(feed_review(db, sara, "q1", {tarikh::srs::Rating::Good, 2500}, t0 * 1000 + 500));
  EXPECT_TRUE(feed_review(db, sara, "q2", {tarikh::srs::Rating::Again, 0}, t0 * 1000 + 900));
  EXPECT_FALSE(feed_review(db, sara, "not-in-the-bank", {tarikh::srs::Rating::Good, 0}, t0 * 1000));

  // The card as the profile's scheduler leaves it after a Good answer from new, and its log row.
  const tarikh::srs::Scheduler scheduler(db.scheduler_config(sara));
  tarikh::srs::Card before;
  const auto q1 = db.card(sara, "q1");
  ASSERT_TRUE(q1);
  before.id = q1->card.id;
  before.due = t0;
  const auto expected = scheduler.schedule(before, t0, tarikh::srs::Rating::Good);
  EXPECT_EQ(q1->card.state, expected.card.state);
  EXPECT_EQ(q1->card.due, expected.card.due);
  EXPECT_DOUBLE_EQ(q1->card.stability, expected.card.stability);
  const auto log = db.review_log(q1->card.id);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].grade, 3);
  EXPECT_EQ(log[0].mode, "classroom");
  EXPECT_EQ(log[0].duration_ms, 2500);
  EXPECT_EQ(log[0].time, t0);
  EXPECT_EQ(log[0].state_before, tarikh::srs::CardState::New);
  const auto q2 = db.card(sara, "q2");
  ASSERT_TRUE(q2);
  EXPECT_EQ(db.review_log(q2->card.id).at(0).grade, 1);
  EXPECT_EQ(db.review_count(sara), 2);
  EXPECT_EQ(db.review_count(other), 0);  // only the chosen profile
}
