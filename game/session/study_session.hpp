// A flashcard study session: show the question, reveal the answer with its source sentence,
// grade 1-4 (each grade showing its next interval from FSRS), next card. Pure and deterministic:
// the clock is injected, reviews go to a ReviewSink the moment they are given.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/session/clock.hpp"
#include "game/session/deck.hpp"
#include "game/session/review.hpp"
#include "game/srs/fsrs.hpp"

namespace tarikh::session {

class StudySession {
 public:
  enum class Phase { Question, Answer, Done };

  // `cards` in study order (see select_study_cards); `deck` gives their memory; `sink` receives
  // every review. All references must outlive the session.
  StudySession(std::vector<Question> cards, const Deck& deck, ReviewSink& sink, const Clock& clock,
               const srs::Fsrs& fsrs);

  Phase phase() const { return phase_; }
  // The card on show (valid unless Done).
  const Question& current() const { return queue_.at(pos_).question; }
  // Position in the queue and its length (the queue grows when a card is failed).
  int position() const { return static_cast<int>(pos_); }
  int total() const { return static_cast<int>(queue_.size()); }
  int reviewed() const { return reviewed_; }
  // Per rating, how many cards were graded with it.
  const std::array<int, 4>& rating_counts() const { return counts_; }

  // Question -> Answer. Ignored in other phases.
  void reveal();
  // The four next intervals in days (Again, Hard, Good, Easy) for the card on show.
  std::array<int, 4> intervals() const;
  // The same from the deck's own scheduler as short texts ("1m", "10m", "2d"), when it has one.
  std::optional<std::array<std::string, 4>> interval_texts() const;
  // Answer -> the next card's Question (or Done). Emits one ReviewRecord (with the time since
  // the card was shown). Ignored unless the answer is shown. A card graded Again comes back once
  // more at the end of the session; with a deck that knows due times (learning steps), every card
  // whose next due time falls within kLearnAheadMs comes back (after the cards still waiting).
  void grade(srs::Rating rating);

  static constexpr std::int64_t kLearnAheadMs = 20 * 60 * 1000;

 private:
  struct Entry {
    Question question;
    std::optional<CardMemory> memory;  // as known when the session reached it
    bool requeued = false;
  };
  std::array<srs::MemoryState, 4> outcomes(const Entry& e, long today) const;

  std::vector<Entry> queue_;
  const Deck& deck_;
  std::int64_t shown_ms_ = 0;  // when the card on show was shown
  std::size_t pos_ = 0;
  Phase phase_ = Phase::Done;
  int reviewed_ = 0;
  std::array<int, 4> counts_{};
  ReviewSink& sink_;
  const Clock& clock_;
  const srs::Fsrs& fsrs_;
};

}  // namespace tarikh::session
