#include "game/session/study_session.hpp"

namespace tarikh::session {

StudySession::StudySession(std::vector<Question> cards, const Deck& deck, ReviewSink& sink,
                           const Clock& clock, const srs::Fsrs& fsrs)
    : sink_(sink), clock_(clock), fsrs_(fsrs) {
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
  ++reviewed_;
  ++counts_[r - 1];
  if (rating == srs::Rating::Again && !e.requeued) {
    Entry again{e.question, CardMemory{after, today, today + rec.interval_days}, true};
    queue_.push_back(std::move(again));
  }
  sink_.record(rec);
  ++pos_;
  phase_ = pos_ < queue_.size() ? Phase::Question : Phase::Done;
}

}  // namespace tarikh::session
