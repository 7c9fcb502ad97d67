#include "game/session/study_session.hpp"

#include <algorithm>

namespace tarikh::session {

StudySession::StudySession(std::vector<Question> cards, const Deck& deck, ReviewSink& sink,
                           const Clock& clock, const srs::Fsrs& fsrs)
    : deck_(deck), shown_ms_(clock.now_ms()), sink_(sink), clock_(clock), fsrs_(fsrs) {
  for (auto& q : cards) {
    auto m = deck.memory(q.id);
    queue_.push_back(Entry{std::move(q), m, false});
  }
  phase_ = queue_.empty() ? Phase::Done : Phase::Question;
}

void StudySession::reveal() {
  if (phase_ == Phase::Question) phase_ = Phase::Answer;
}

std::array<srs::MemoryState, 4> StudySession::outcomes(const Entry& e, long today) const {
  if (!e.memory) return fsrs_.next_states(std::nullopt, 0);
  const long elapsed = std::max(0L, today - e.memory->last_review_day);
  return fsrs_.next_states(e.memory->state, elapsed);
}

std::array<int, 4> StudySession::intervals() const {
  std::array<int, 4> out{};
  if (phase_ == Phase::Done) return out;
  const auto states = outcomes(queue_.at(pos_), day_of(clock_.now_ms()));
  for (int i = 0; i < 4; ++i) out[i] = fsrs_.next_interval(states[i].stability);
  return out;
}

std::optional<std::array<std::string, 4>> StudySession::interval_texts() const {
  if (phase_ == Phase::Done) return std::nullopt;
  return deck_.interval_texts(queue_.at(pos_).question.id, clock_.now_ms());
}

void StudySession::grade(srs::Rating rating) {
  if (phase_ != Phase::Answer) return;
  const int r = static_cast<int>(rating);
  if (r < 1 || r > 4) return;
  const std::int64_t now = clock_.now_ms();
  const long today = day_of(now);
  Entry& e = queue_.at(pos_);
  const auto after = outcomes(e, today)[r - 1];
  ReviewRecord rec;
  rec.question_id = e.question.id;
  rec.rating = rating;
  rec.time_ms = now;
  rec.after = after;
  rec.interval_days = fsrs_.next_interval(after.stability);
  rec.source = "study";
  rec.duration_ms = static_cast<int>(std::clamp<std::int64_t>(now - shown_ms_, 0, kMaxDurationMs));
  ++reviewed_;
  ++counts_[r - 1];
  const bool plain_again = rating == srs::Rating::Again && !e.requeued;
  Entry again{e.question, CardMemory{after, today, today + rec.interval_days}, true};
  sink_.record(rec);
  if (const auto due = deck_.due_ms(rec.question_id)) {
    // The deck's scheduler decides: a card still in its (re)learning steps comes back.
    if (*due - now <= kLearnAheadMs) {
      again.memory = deck_.memory(rec.question_id);
      queue_.push_back(std::move(again));
    }
  } else if (plain_again) {
    queue_.push_back(std::move(again));
  }
  ++pos_;
  shown_ms_ = now;
  phase_ = pos_ < queue_.size() ? Phase::Question : Phase::Done;
}

}  // namespace tarikh::session
