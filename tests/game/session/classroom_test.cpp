// The classroom scoring rules against hand-computed cases, and the competition state machine.
#include "game/session/classroom.hpp"

#include <gtest/gtest.h>

using namespace tarikh::session::classroom;

TEST(ClassroomScoring, FastestAndSlowestCorrectAnswers) {
  const ScoringRules rules;
  EXPECT_EQ(points_for(true, 0, 20000, 1, rules), 1000);
  EXPECT_EQ(points_for(true, 20000, 20000, 1, rules), 500);
  EXPECT_EQ(points_for(true, 5000, 20000, 1, rules), 875);   // 1 - 0.25/2
  EXPECT_EQ(points_for(true, 3333, 10000, 1, rules), 833);   // 833.35 rounds down
  EXPECT_EQ(points_for(true, 1, 2000, 1, rules), 1000);      // 999.75 rounds up
  EXPECT_EQ(points_for(true, 99999, 20000, 1, rules), 500);  // late answers clamp to T
}

TEST(ClassroomScoring, WrongAnswersEarnNothing) {
  EXPECT_EQ(points_for(false, 0, 20000, 0, ScoringRules{}), 0);
}

TEST(ClassroomScoring, StreakBonusGrowsByAHundredAndCapsAtFiveHundred) {
  const ScoringRules rules;
  EXPECT_EQ(points_for(true, 0, 20000, 2, rules), 1100);
  EXPECT_EQ(points_for(true, 0, 20000, 4, rules), 1300);
  EXPECT_EQ(points_for(true, 0, 20000, 6, rules), 1500);
  EXPECT_EQ(points_for(true, 0, 20000, 11, rules), 1500);
}

TEST(ClassroomScoring, RulesSwitchOff) {
  ScoringRules accuracy_only;
  accuracy_only.speed = false;
  accuracy_only.streak = false;
  EXPECT_EQ(points_for(true, 19000, 20000, 5, accuracy_only), 1000);
  ScoringRules no_streak;
  no_streak.streak = false;
  EXPECT_EQ(points_for(true, 10000, 20000, 5, no_streak), 750);
}

namespace {

std::vector<QuestionSpec> two_questions() {
  return {{"q1", {"1916", "1918", "1920", "1922"}, 1}, {"q2", {"أ", "ب", "ج", "د"}, 3}};
}

Settings ten_seconds() {
  Settings s;
  s.time_limit_ms = 10000;
  return s;
}

}  // namespace

TEST(Competition, RejectsBadSetups) {
  EXPECT_THROW(Competition({{"A"}}, two_questions(), ten_seconds(), 0), std::invalid_argument);
  EXPECT_THROW(Competition({{"A"}, {""}}, two_questions(), ten_seconds(), 0),
               std::invalid_argument);
  EXPECT_THROW(Competition({{"A"}, {"B"}}, {}, ten_seconds(), 0), std::invalid_argument);
  Settings too_short;
  too_short.time_limit_ms = 4000;
  EXPECT_THROW(Competition({{"A"}, {"B"}}, two_questions(), too_short, 0), std::invalid_argument);
  std::vector<Team> nine(9, Team{"T"});
  EXPECT_THROW(Competition(nine, two_questions(), ten_seconds(), 0), std::invalid_argument);
}

TEST(Competition, EveryoneAnswersThenRevealLeaderboardAndPodium) {
  Competition c({{"الصقور"}, {"النسور"}}, two_questions(), ten_seconds(), 1000);
  EXPECT_EQ(c.phase(), Phase::Question);
  EXPECT_EQ(c.remaining(3000), 8000);
  EXPECT_TRUE(c.answer(0, 1, 3000));   // right after 2 s: 900
  EXPECT_FALSE(c.answer(0, 2, 3500));  // locked once given
  EXPECT_EQ(c.phase(), Phase::Question);
  EXPECT_TRUE(c.answer(1, 0, 4000));    // wrong
  EXPECT_EQ(c.phase(), Phase::Reveal);  // everyone answered
  EXPECT_EQ(c.answers()[0].points, 900);
  EXPECT_EQ(c.answers()[1].points, 0);
  c.next(5000);
  EXPECT_EQ(c.phase(), Phase::Leaderboard);
  c.next(6000);
  EXPECT_EQ(c.phase(), Phase::Question);
  EXPECT_EQ(c.question_index(), 1);
  EXPECT_TRUE(c.answer(0, 3, 6000));  // right at once, second in a row: 1000 + 100
  c.tick(15999);
  EXPECT_EQ(c.phase(), Phase::Question);
  c.tick(16000);  // time is up for team 1
  EXPECT_EQ(c.phase(), Phase::Reveal);
  EXPECT_FALSE(c.answers()[1].answered);
  const auto st = c.standings();
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].team, 0);
  EXPECT_EQ(st[0].score, 2000);
  EXPECT_EQ(st[1].score, 0);
  EXPECT_EQ(st[1].place, 2);
  c.next(17000);
  c.next(18000);
  EXPECT_EQ(c.phase(), Phase::Podium);
}

TEST(Competition, AMissedQuestionBreaksTheStreak) {
  Competition c({{"A"}, {"B"}},
                {{"q1", {"x", "y"}, 0}, {"q2", {"x", "y"}, 0}, {"q3", {"x", "y"}, 0}},
                ten_seconds(), 0);
  c.answer(0, 0, 0);
  c.answer(1, 0, 0);
  c.next(1), c.next(2);
  c.answer(1, 0, 2);  // team 0 lets the time run out
  c.tick(10002);
  c.next(10003), c.next(10004);
  c.answer(0, 0, 10004);
  c.answer(1, 0, 10004);
  EXPECT_EQ(c.answers()[0].points, 1000);  // streak restarted
  EXPECT_EQ(c.answers()[1].points, 1200);  // third in a row
}

TEST(Competition, PauseStopsTheClock) {
  Competition c({{"A"}, {"B"}}, two_questions(), ten_seconds(), 0);
  c.pause(2000);
  EXPECT_FALSE(c.answer(0, 1, 3000));  // no answers while paused
  c.tick(50000);
  EXPECT_EQ(c.phase(), Phase::Question);
  EXPECT_EQ(c.remaining(50000), 8000);
  c.resume(50000);
  EXPECT_TRUE(c.answer(0, 1, 52000));
  EXPECT_EQ(c.answers()[0].time_ms, 4000);
  EXPECT_EQ(c.answers()[0].points, 800);
}

TEST(Competition, BuzzerRoundLocksOutAWrongTeam) {
  Settings s = ten_seconds();
  s.mode = Mode::Buzzer;
  Competition c({{"A"}, {"B"}, {"C"}}, {{"q1", {}, -1}}, s, 0);
  EXPECT_FALSE(c.answer(0, 0, 100));  // no choices in a buzzer round
  EXPECT_TRUE(c.buzz(1, 2000));
  EXPECT_FALSE(c.buzz(0, 2100));       // the floor is taken
  EXPECT_EQ(c.remaining(9000), 8000);  // the clock stops while B answers aloud
  EXPECT_TRUE(c.judge(false, 6000));
  EXPECT_FALSE(c.buzz(1, 6500));  // B is locked out
  EXPECT_TRUE(c.buzz(2, 7000));   // 3 s of play time so far
  EXPECT_TRUE(c.judge(true, 8000));
  EXPECT_EQ(c.phase(), Phase::Reveal);
  EXPECT_EQ(c.answers()[1].points, 0);
  EXPECT_EQ(c.answers()[2].time_ms, 3000);
  EXPECT_EQ(c.answers()[2].points, 850);
  EXPECT_FALSE(c.answers()[0].answered);
}

TEST(Competition, AutomaticPacingMovesOnAfterTheReveal) {
  Settings s = ten_seconds();
  s.pacing = Pacing::Automatic;
  s.reveal_ms = 3000;
  Competition c({{"A"}, {"B"}}, two_questions(), s, 0);
  c.tick(10000);
  EXPECT_EQ(c.phase(), Phase::Reveal);
  c.tick(12999);
  EXPECT_EQ(c.phase(), Phase::Reveal);
  c.tick(13000);
  EXPECT_EQ(c.phase(), Phase::Leaderboard);
  c.tick(16000);
  EXPECT_EQ(c.phase(), Phase::Question);
  EXPECT_EQ(c.question_index(), 1);
}

TEST(Competition, TiesShareAPlaceAndTopThreeHidesTheRest) {
  Settings s = ten_seconds();
  s.top_three_only = true;
  s.scoring.speed = false;
  s.scoring.streak = false;
  Competition c({{"A"}, {"B"}, {"C"}, {"D"}, {"E"}}, {{"q1", {"x", "y"}, 0}}, s, 0);
  c.answer(0, 0, 0);
  c.answer(1, 0, 0);
  c.answer(2, 1, 0);
  c.answer(3, 1, 0);
  c.tick(10000);
  const auto st = c.standings();
  std::vector<int> places;
  for (const auto& x : st) places.push_back(x.place);
  EXPECT_EQ(places, (std::vector<int>{1, 1, 3, 3, 3}));
  EXPECT_EQ(c.leaderboard().size(), 5u);  // everyone tied at 3rd still shows
  c.answer(4, 0, 0);                      // too late: the question closed
  EXPECT_EQ(c.standings()[2].score, 0);
}

TEST(Competition, ResultsCsvHasEveryAnswerAndTotals) {
  Competition c({{"Team, One"}, {"B"}}, two_questions(), ten_seconds(), 0);
  c.answer(0, 1, 1000);
  c.answer(1, 2, 2000);
  c.next(3000), c.next(3000);
  c.answer(1, 3, 3000);
  c.next(4000), c.next(4000), c.next(4000);
  EXPECT_EQ(c.phase(), Phase::Podium);
  EXPECT_EQ(c.results_csv(),
            "question,team,answer,correct,time_ms,points\n"
            "q1,\"Team, One\",1918,right,1000,950\n"
            "q1,B,1920,wrong,2000,0\n"
            "q2,\"Team, One\",,no answer,,0\n"
            "q2,B,د,right,0,1000\n"
            "total,B,,place 1,,1000\n"
            "total,\"Team, One\",,place 2,,950\n");
}

// The class's answers as one review of the fed profile's card.
TEST(ClassroomFeed, TheCardIsRememberedWhenMostTeamsAnsweredRight) {
  auto team = [](int t, bool answered, bool correct, Millis ms) {
    Answer a;
    a.team = t;
    a.answered = answered;
    a.correct = correct;
    a.time_ms = ms;
    a.choice = answered ? 0 : -1;
    return a;
  };
  // Two of three right: remembered; the duration is the mean of the three answer times.
  auto r = class_review(
      {team(0, true, true, 2000), team(1, true, true, 4000), team(2, true, false, 9000)},
      Mode::Everyone);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Good);
  EXPECT_EQ(r.duration_ms, 5000);
  // One of two right is not a majority.
  r = class_review({team(0, true, true, 1000), team(1, true, false, 3000)}, Mode::Everyone);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Again);
  EXPECT_EQ(r.duration_ms, 2000);
  // A team that did not answer counts as not right: 2 of 4 is not more than half, 2 of 3 is.
  r = class_review({team(0, true, true, 1000), team(1, true, true, 1000), team(2, false, false, 0),
                    team(3, false, false, 0)},
                   Mode::Everyone);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Again);
  EXPECT_EQ(r.duration_ms, 1000);
  r = class_review({team(0, true, true, 1000), team(1, true, true, 3000), team(2, false, false, 0)},
                   Mode::Everyone);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Good);
  // Nobody answered: forgotten, no duration.
  r = class_review({team(0, false, false, 0), team(1, false, false, 0)}, Mode::Everyone);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Again);
  EXPECT_EQ(r.duration_ms, 0);
  // A buzzer round: remembered when a team was judged right, even after another's wrong answer.
  r = class_review({team(0, true, false, 3000), team(1, true, true, 5000), team(2, false, false, 0),
                    team(3, false, false, 0)},
                   Mode::Buzzer);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Good);
  EXPECT_EQ(r.duration_ms, 4000);
  r = class_review({team(0, true, false, 3000), team(1, false, false, 0), team(2, false, false, 0)},
                   Mode::Buzzer);
  EXPECT_EQ(r.rating, tarikh::srs::Rating::Again);
}
