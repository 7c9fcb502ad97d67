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
