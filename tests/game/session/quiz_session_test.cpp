#include "game/session/quiz_session.hpp"

#include <gtest/gtest.h>

using namespace tarikh::session;
using tarikh::srs::Fsrs;
using tarikh::srs::Rating;

namespace {

Question make(const std::string& id, const std::string& type, const std::string& answer,
              std::vector<std::string> choices = {}, const std::string& kind = "date") {
  Question q;
  q.id = id;
  q.type = type;
  q.prompt = "p";
  q.answer = answer;
  q.choices = std::move(choices);
  q.facts.push_back({kind, answer, answer, "doc.txt", "sentence", "event"});
  return q;
}

}  // namespace

TEST(QuizSession, KindsFollowQuestionTypes) {
  EXPECT_EQ(quiz_kind(make("a", "mcq", "x", {"x", "y"})), QuizKind::Choice);
  EXPECT_EQ(quiz_kind(make("a", "which_first", "x", {"x", "y"})), QuizKind::WhichFirst);
  EXPECT_EQ(quiz_kind(make("a", "cloze", "1944")), QuizKind::Typed);
  EXPECT_EQ(quiz_kind(make("a", "numeric", "97")), QuizKind::Estimate);
  EXPECT_FALSE(quiz_kind(make("a", "timeline", "")).has_value());
  EXPECT_FALSE(quiz_kind(make("a", "mcq", "x")).has_value());  // no choices
}

TEST(QuizSession, ScoresStreaksAndFeedback) {
  ManualClock clock(1000);
  Fsrs fsrs;
  RecordingSink sink;
  QuizSession quiz({make("m", "mcq", "1980", {"1944", "1980"}), make("t", "cloze", "1944"),
                    make("skip", "timeline", ""), make("w", "which_first", "A", {"B", "A"})},
                   clock, fsrs, nullptr, &sink);
  ASSERT_EQ(quiz.total(), 3);  // the timeline is skipped
  ASSERT_EQ(quiz.phase(), QuizSession::Phase::Asking);
  quiz.submit_text("1980");  // wrong kind of answer for a choice: ignored
  EXPECT_EQ(quiz.phase(), QuizSession::Phase::Asking);
  clock.advance(2500);
  quiz.choose(1);
  ASSERT_EQ(quiz.phase(), QuizSession::Phase::Feedback);
  EXPECT_TRUE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, kPointsPerAnswer);
  EXPECT_EQ(quiz.last().answer_ms, 2500);
  EXPECT_EQ(quiz.streak(), 1);
  quiz.choose(0);  // already answered: ignored
  EXPECT_EQ(quiz.results().asked, 1);
  clock.advance(700);  // the feedback is read: not part of the next answer's time
  quiz.next();
  clock.advance(1200);
  quiz.submit_text("١٩٤٤");
  EXPECT_TRUE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, kPointsPerAnswer + kStreakBonusStep);
  EXPECT_EQ(quiz.streak(), 2);
  quiz.next();
  quiz.choose(0);  // B: wrong
  EXPECT_FALSE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, 0);
  EXPECT_EQ(quiz.last().expected, "A");
  EXPECT_EQ(quiz.streak(), 0);
  quiz.next();
  EXPECT_EQ(quiz.phase(), QuizSession::Phase::Done);
  const auto& r = quiz.results();
  EXPECT_EQ(r.asked, 3);
  EXPECT_EQ(r.correct, 2);
  EXPECT_EQ(r.best_streak, 2);
  EXPECT_EQ(r.score, 2 * kPointsPerAnswer + kStreakBonusStep);
  // Every answer went through the scheduler: Good when right, Again when wrong.
  ASSERT_EQ(sink.reviews.size(), 3u);
  EXPECT_EQ(sink.reviews[0].rating, Rating::Good);
  EXPECT_EQ(sink.reviews[2].rating, Rating::Again);
  EXPECT_EQ(sink.reviews[2].source, "quiz");
  // Each review carries the time from its question being shown to the answer.
  EXPECT_EQ(sink.reviews[0].duration_ms, 2500);
  EXPECT_EQ(sink.reviews[1].duration_ms, 1200);
  EXPECT_EQ(sink.reviews[2].duration_ms, 0);
  EXPECT_DOUBLE_EQ(sink.reviews[2].after.stability,
                   fsrs.next_state(std::nullopt, 0, Rating::Again).stability);
}

TEST(QuizSession, StreakBonusIsCapped) {
  ManualClock clock;
  Fsrs fsrs;
  std::vector<Question> qs;
  for (int i = 0; i < 8; ++i) qs.push_back(make("q" + std::to_string(i), "cloze", "1944"));
  QuizSession quiz(qs, clock, fsrs);
  int last_points = 0;
  while (quiz.phase() != QuizSession::Phase::Done) {
    quiz.submit_text("1944");
    last_points = quiz.last().points;
    quiz.next();
  }
  EXPECT_EQ(last_points, kPointsPerAnswer + kStreakBonusCap);
  EXPECT_EQ(quiz.results().best_streak, 8);
}

TEST(QuizSession, EstimatesScoreByCloseness) {
  EXPECT_DOUBLE_EQ(estimate_closeness(1980, 1980, true), 1.0);
  EXPECT_DOUBLE_EQ(estimate_closeness(1970, 1980, true), 0.8);
  EXPECT_DOUBLE_EQ(estimate_closeness(1900, 1980, true), 0.0);
  EXPECT_DOUBLE_EQ(estimate_closeness(75, 100, false), 0.75);
  EXPECT_DOUBLE_EQ(estimate_closeness(300, 100, false), 0.0);

  ManualClock clock;
  Fsrs fsrs;
  QuizSession quiz(
      {make("n", "numeric", "100", {}, "quantity"), make("n2", "numeric", "100", {}, "quantity"),
       make("n3", "numeric", "100", {}, "quantity")},
      clock, fsrs);
  quiz.submit_text("٩٥");  // 95: closeness 0.95 -> correct
  EXPECT_TRUE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, 95);
  quiz.next();
  quiz.submit_text("50");  // 0.5: wrong, but half the points for being close
  EXPECT_FALSE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, 50);
  EXPECT_DOUBLE_EQ(quiz.last().closeness, 0.5);
  quiz.next();
  quiz.submit_text("no idea");  // no number: wrong, no points
  EXPECT_FALSE(quiz.last().correct);
  EXPECT_EQ(quiz.last().points, 0);
  quiz.next();
  EXPECT_EQ(quiz.results().score, 145);
}

TEST(QuizSession, EmptyInputIsIgnored) {
  ManualClock clock;
  Fsrs fsrs;
  QuizSession quiz({make("t", "cloze", "1944")}, clock, fsrs);
  quiz.submit_text("   ");
  EXPECT_EQ(quiz.phase(), QuizSession::Phase::Asking);
  quiz.next();  // no answer yet: ignored
  EXPECT_EQ(quiz.phase(), QuizSession::Phase::Asking);
}
