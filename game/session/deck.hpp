// The questions the game plays and what the learner remembers of each: the interface between
// the sessions and whatever provides them (the bank reader and learner store once they stand,
// an in-memory deck for tests and headless play until then).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "game/session/review.hpp"
#include "game/srs/fsrs.hpp"
#include "questions/bank/question.hpp"

namespace tarikh::session {

using questions::Question;

// What the scheduler knows of one card (absent: a new card).
struct CardMemory {
  srs::MemoryState state;
  long last_review_day = 0;  // days since 1970-01-01
  long due_day = 0;
};

struct DueCounts {
  int due = 0;    // reviewed before and due today or earlier
  int fresh = 0;  // never reviewed
};

class Deck {
 public:
  virtual ~Deck() = default;
  virtual const std::vector<Question>& questions() const = 0;
  virtual std::optional<CardMemory> memory(const std::string& question_id) const = 0;

  // What a deck with its own card scheduler (learning steps, minutes: the learner store) adds.
  // The defaults work in whole days from memory(): count_due and select_study_cards below.
  // Today's due and new counts at `now_ms`.
  virtual DueCounts due_counts(std::int64_t now_ms) const;
  // The cards to study at `now_ms`: due ones first, then up to `max_new` new ones (a deck with
  // its own per-day limit may give fewer).
  virtual std::vector<Question> study_cards(std::int64_t now_ms, int max_new) const;
  // The next interval of each grade (Again, Hard, Good, Easy) as a short text ("1m", "10m",
  // "2d"), or nothing when the deck has no scheduler of its own.
  virtual std::optional<std::array<std::string, 4>> interval_texts(
      const std::string& /*question_id*/, std::int64_t /*now_ms*/) const {
    return std::nullopt;
  }
  // When a card is due (ms), or nothing when unknown: a session shows a card again when it comes
  // due within its learning steps.
  virtual std::optional<std::int64_t> due_ms(const std::string& /*question_id*/) const {
    return std::nullopt;
  }
};

// A deck held in memory that also records reviews (updating each card's memory). Stands in for
// the learner store until that exists; tests use it as a fake.
class InMemoryDeck : public Deck, public ReviewSink {
 public:
  explicit InMemoryDeck(std::vector<Question> questions) : questions_(std::move(questions)) {}
  const std::vector<Question>& questions() const override { return questions_; }
  std::optional<CardMemory> memory(const std::string& question_id) const override;
  void record(const ReviewRecord& review) override;
  const std::vector<ReviewRecord>& reviews() const { return reviews_; }

 private:
  std::vector<Question> questions_;
  std::map<std::string, CardMemory> memory_;
  std::vector<ReviewRecord> reviews_;
};

DueCounts count_due(const Deck& deck, long today);

// True for question types that can be studied as a flashcard (one prompt, one answer).
bool is_flashcard(const Question& q);

// The cards to study today: due cards (most overdue first), then up to `max_new` new ones, in
// deck order.
std::vector<Question> select_study_cards(const Deck& deck, long today, int max_new);

}  // namespace tarikh::session
