// A self-test quiz: multiple choice, typed answer, which came first and numeric estimate, with
// immediate feedback, score and streak, and results at the end. Every answer also goes through
// the scheduler as a review (correct: Good, wrong: Again). Pure; clock injected.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "game/session/clock.hpp"
#include "game/session/deck.hpp"
#include "game/session/review.hpp"
#include "game/srs/fsrs.hpp"

namespace tarikh::session {

enum class QuizKind { Choice, Typed, WhichFirst, Estimate };

// How a question is asked; nullopt for types a quiz does not ask (timeline).
std::optional<QuizKind> quiz_kind(const Question& q);

// The true number of a numeric question (its `number`, else the number in its answer).
std::optional<double> numeric_truth(const Question& q);

// Closeness of an estimate to the truth, 0..1: dates lose 1/50 per year off, other quantities
// lose in proportion to the relative error.
double estimate_closeness(double estimate, double truth, bool is_date);

inline constexpr int kPointsPerAnswer = 100;
inline constexpr int kStreakBonusStep = 10;  // per consecutive correct answer before this one
inline constexpr int kStreakBonusCap = 50;
inline constexpr double kEstimateCorrect = 0.9;  // closeness counted as a correct estimate

struct QuizOutcome {
  std::string question_id;
  bool correct = false;
  int points = 0;
  std::string given;     // the answer as the player gave it
  std::string expected;  // the correct answer as displayed
  double closeness = 0;  // estimates only
  std::int64_t time_ms = 0;
  std::int64_t answer_ms = 0;  // time from question to answer
};

struct QuizResults {
  int asked = 0;
  int correct = 0;
  int score = 0;
  int best_streak = 0;
  std::vector<QuizOutcome> outcomes;
};

class QuizSession {
 public:
  enum class Phase { Asking, Feedback, Done };

  // Questions of types a quiz cannot ask are skipped. `deck` and `sink` may be null (no
  // scheduling). References must outlive the session.
  QuizSession(std::vector<Question> questions, const Clock& clock, const srs::Fsrs& fsrs,
              const Deck* deck = nullptr, ReviewSink* sink = nullptr);

  Phase phase() const { return phase_; }
  const Question& current() const { return questions_.at(pos_); }
  QuizKind kind() const { return *quiz_kind(current()); }
  int position() const { return static_cast<int>(pos_); }
  int total() const { return static_cast<int>(questions_.size()); }
  int score() const { return results_.score; }
  int streak() const { return streak_; }
  // The outcome of the last answer (valid in Feedback and Done after one answer).
  const QuizOutcome& last() const { return results_.outcomes.back(); }
  const QuizResults& results() const { return results_; }

  // Choice / WhichFirst: picks choice `index`. Ignored out of range or in another phase.
  void choose(int index);
  // Typed / Estimate: submits the typed text. Ignored when empty or in another phase. An
  // estimate that holds no number is wrong.
  void submit_text(const std::string& text);
  // Feedback -> the next question (or Done).
  void next();

 private:
  void finish(bool correct, const std::string& given, double closeness, int base_points);

  std::vector<Question> questions_;
  std::size_t pos_ = 0;
  Phase phase_ = Phase::Done;
  int streak_ = 0;
  std::int64_t asked_at_ = 0;
  QuizResults results_;
  const Clock& clock_;
  const srs::Fsrs& fsrs_;
  const Deck* deck_;
  ReviewSink* sink_;
};

}  // namespace tarikh::session
