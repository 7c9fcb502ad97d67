// The deck the game plays when a learner database is open: the bank's questions, and for each
// the card of the current profile in LearnerDb. Every review is committed the moment it is given
// (LearnerDb::answer with the profile's scheduler: learning steps, desired retention, fuzz).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "game/session/deck.hpp"
#include "game/session/review.hpp"
#include "game/srs/scheduler.hpp"
#include "game/store/learner_db.hpp"

namespace tarikh::store {

class StoreDeck : public session::Deck, public session::ReviewSink {
 public:
  // Syncs the profile's cards with the questions' ids (new questions get cards, vanished ones are
  // suspended); profile 0: none yet (set_profile later). `db` must outlive the deck. Throws what
  // LearnerDb throws.
  StoreDeck(LearnerDb& db, std::int64_t profile, std::vector<session::Question> questions,
            std::int64_t now_ms);

  // Another profile (its cards synced, its scheduler settings read).
  void set_profile(std::int64_t profile, std::int64_t now_ms);
  // Another bank (after a rebuild): the cards synced with its questions.
  void set_questions(std::vector<session::Question> questions, std::int64_t now_ms);
  // Re-reads the profile's scheduler settings (after its desired retention changed).
  void reload_settings();
  std::int64_t profile() const { return profile_; }
  const SyncResult& last_sync() const { return sync_; }
  const srs::Scheduler& scheduler() const { return scheduler_; }

  const std::vector<session::Question>& questions() const override { return questions_; }
  std::optional<session::CardMemory> memory(const std::string& question_id) const override;
  session::DueCounts due_counts(std::int64_t now_ms) const override;
  std::vector<session::Question> study_cards(std::int64_t now_ms, int max_new) const override;
  std::optional<std::array<std::string, 4>> interval_texts(const std::string& question_id,
                                                           std::int64_t now_ms) const override;
  std::optional<std::int64_t> due_ms(const std::string& question_id) const override;

  // LearnerDb::answer for the card of `review.question_id` at review.time_ms, with its duration
  // and mode (review.source). A question without a card (not in the bank) is ignored.
  void record(const session::ReviewRecord& review) override;

 private:
  // Due cards (overdue first) and the new cards allowed today, flashcards only.
  void select(std::int64_t now_ms, int max_new, std::vector<const session::Question*>* due,
              std::vector<const session::Question*>* fresh) const;

  LearnerDb& db_;
  std::int64_t profile_ = 0;
  std::vector<session::Question> questions_;
  std::map<std::string, std::size_t> index_;  // question id -> questions_ index
  srs::Scheduler scheduler_;
  SyncResult sync_;
};

}  // namespace tarikh::store
