#include "game/session/quiz_session.hpp"

#include <algorithm>
#include <cmath>

#include "game/session/matcher.hpp"

namespace tarikh::session {

std::optional<double> numeric_truth(const Question& q) {
  if (q.number != 0 || !q.unit.empty()) return q.number;
  return parse_number(q.answer);
}

std::optional<QuizKind> quiz_kind(const Question& q) {
  if (q.type == "mcq" && !q.choices.empty()) return QuizKind::Choice;
  if (q.type == "which_first" && q.choices.size() >= 2) return QuizKind::WhichFirst;
  if (q.type == "cloze" && !q.answer.empty()) return QuizKind::Typed;
  if (q.type == "numeric" && numeric_truth(q)) return QuizKind::Estimate;
  return std::nullopt;
}

double estimate_closeness(double estimate, double truth, bool is_date) {
  const double off = std::fabs(estimate - truth);
  const double scale = is_date ? 50.0 : std::max(std::fabs(truth), 1.0);
  return std::clamp(1.0 - off / scale, 0.0, 1.0);
}

QuizSession::QuizSession(std::vector<Question> questions, const Clock& clock, const srs::Fsrs& fsrs,
                         const Deck* deck, ReviewSink* sink)
    : clock_(clock), fsrs_(fsrs), deck_(deck), sink_(sink) {
  for (auto& q : questions) {
    if (quiz_kind(q)) questions_.push_back(std::move(q));
  }
  phase_ = questions_.empty() ? Phase::Done : Phase::Asking;
  asked_at_ = clock_.now_ms();
}

void QuizSession::choose(int index) {
  if (phase_ != Phase::Asking) return;
  const auto k = kind();
  if (k != QuizKind::Choice && k != QuizKind::WhichFirst) return;
  const auto& q = current();
  if (index < 0 || index >= static_cast<int>(q.choices.size())) return;
  const std::string& given = q.choices[static_cast<std::size_t>(index)];
  finish(given == q.answer, given, 0, kPointsPerAnswer);
}

void QuizSession::submit_text(const std::string& text) {
  if (phase_ != Phase::Asking) return;
  const auto k = kind();
  if (k != QuizKind::Typed && k != QuizKind::Estimate) return;
  if (normalize_answer(text).empty()) return;
  const auto& q = current();
  if (k == QuizKind::Typed) {
    finish(answers_match(text, q.answer), text, 0, kPointsPerAnswer);
    return;
  }
  const auto guess = parse_number(text);
  const double truth = *numeric_truth(q);
  const bool is_date =
      !q.facts.empty() && q.facts.front().kind != "quantity" && q.facts.front().kind != "duration";
  const double c = guess ? estimate_closeness(*guess, truth, is_date) : 0.0;
  finish(c >= kEstimateCorrect, text, c, static_cast<int>(std::lround(kPointsPerAnswer * c)));
}

void QuizSession::finish(bool correct, const std::string& given, double closeness,
                         int base_points) {
  const auto& q = current();
  const std::int64_t now = clock_.now_ms();
  QuizOutcome o;
  o.question_id = q.id;
  o.correct = correct;
  o.given = given;
  o.expected = q.answer;
  o.closeness = closeness;
  o.time_ms = now;
  o.answer_ms = now - asked_at_;
  if (correct) {
    o.points = base_points + std::min(kStreakBonusStep * streak_, kStreakBonusCap);
    ++streak_;
    ++results_.correct;
  } else {
    o.points = kind() == QuizKind::Estimate ? base_points : 0;
    streak_ = 0;
  }
  results_.best_streak = std::max(results_.best_streak, streak_);
  results_.score += o.points;
  ++results_.asked;
  results_.outcomes.push_back(o);

  if (sink_) {
    const auto rating = correct ? srs::Rating::Good : srs::Rating::Again;
    const long today = day_of(now);
    std::optional<CardMemory> m = deck_ ? deck_->memory(q.id) : std::nullopt;
    const auto after =
        m ? fsrs_.next_state(m->state, std::max(0L, today - m->last_review_day), rating)
          : fsrs_.next_state(std::nullopt, 0, rating);
    ReviewRecord rec{q.id, rating, now, after, fsrs_.next_interval(after.stability), "quiz"};
    rec.duration_ms = static_cast<int>(std::clamp<std::int64_t>(o.answer_ms, 0, kMaxDurationMs));
    sink_->record(rec);
  }
  phase_ = Phase::Feedback;
}

void QuizSession::next() {
  if (phase_ != Phase::Feedback) return;
  ++pos_;
  if (pos_ >= questions_.size()) {
    phase_ = Phase::Done;
  } else {
    phase_ = Phase::Asking;
    asked_at_ = clock_.now_ms();
  }
}

}  // namespace tarikh::session
