#include "game/store/store_deck.hpp"

namespace tarikh::store {

namespace {

std::int64_t seconds(std::int64_t ms) {
  return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

}  // namespace

StoreDeck::StoreDeck(LearnerDb& db, std::int64_t profile, std::vector<session::Question> questions,
                     std::int64_t now_ms)
    : db_(db), profile_(profile) {
  set_questions(std::move(questions), now_ms);
}

void StoreDeck::set_questions(std::vector<session::Question> questions, std::int64_t now_ms) {
  questions_ = std::move(questions);
  index_.clear();
  for (std::size_t i = 0; i < questions_.size(); ++i) index_.emplace(questions_[i].id, i);
  if (profile_ != 0) set_profile(profile_, now_ms);
}

void StoreDeck::set_profile(std::int64_t profile, std::int64_t now_ms) {
  profile_ = profile;
  std::vector<std::string> ids;
  ids.reserve(questions_.size());
  for (const auto& q : questions_) ids.push_back(q.id);
  sync_ = db_.sync_cards(profile_, ids, seconds(now_ms));
  reload_settings();
}

void StoreDeck::reload_settings() {
  scheduler_ = srs::Scheduler(db_.scheduler_config(profile_));
}

std::optional<session::CardMemory> StoreDeck::memory(const std::string& question_id) const {
  const auto row = db_.card(profile_, question_id);
  if (!row || row->card.state == srs::CardState::New) return std::nullopt;
  session::CardMemory m;
  m.state = srs::MemoryState{row->card.stability, row->card.difficulty};
  m.last_review_day = static_cast<long>(scheduler_.day_of(row->card.last_review));
  m.due_day = static_cast<long>(scheduler_.day_of(row->card.due));
  return m;
}

void StoreDeck::select(std::int64_t now_ms, int max_new, std::vector<const session::Question*>* due,
                       std::vector<const session::Question*>* fresh) const {
  const std::int64_t now = seconds(now_ms);
  auto flashcard = [&](const CardRow& r) -> const session::Question* {
    const auto it = index_.find(r.question_id);
    if (it == index_.end()) return nullptr;
    const auto& q = questions_[it->second];
    return session::is_flashcard(q) ? &q : nullptr;
  };
  if (due) {
    for (const auto& r : db_.due_cards(profile_, now)) {
      if (const auto* q = flashcard(r)) due->push_back(q);
    }
  }
  if (fresh) {
    // The profile's per-day limit counts the new cards already introduced today.
    const int allowed =
        static_cast<int>(db_.new_cards(profile_, now, db_.new_per_day(profile_)).size());
    const int limit = std::min(allowed, max_new);
    if (limit <= 0) return;
    for (const auto& r : db_.new_cards(profile_, now, 1 << 30)) {
      if (static_cast<int>(fresh->size()) >= limit) break;
      if (const auto* q = flashcard(r)) fresh->push_back(q);
    }
  }
}

session::DueCounts StoreDeck::due_counts(std::int64_t now_ms) const {
  std::vector<const session::Question*> due, fresh;
  select(now_ms, 1 << 30, &due, &fresh);
  return {static_cast<int>(due.size()), static_cast<int>(fresh.size())};
}

std::vector<session::Question> StoreDeck::study_cards(std::int64_t now_ms, int max_new) const {
  std::vector<const session::Question*> due, fresh;
  select(now_ms, max_new, &due, &fresh);
  std::vector<session::Question> out;
  out.reserve(due.size() + fresh.size());
  for (const auto* q : due) out.push_back(*q);
  for (const auto* q : fresh) out.push_back(*q);
  return out;
}

std::optional<std::array<std::string, 4>> StoreDeck::interval_texts(const std::string& question_id,
                                                                    std::int64_t now_ms) const {
  const auto row = db_.card(profile_, question_id);
  if (!row) return std::nullopt;
  const auto outcomes = scheduler_.preview(row->card, seconds(now_ms));
  std::array<std::string, 4> out;
  for (std::size_t i = 0; i < 4; ++i) out[i] = outcomes[i].interval_text;
  return out;
}

std::optional<std::int64_t> StoreDeck::due_ms(const std::string& question_id) const {
  const auto row = db_.card(profile_, question_id);
  if (!row || row->card.state == srs::CardState::New) return std::nullopt;
  return row->card.due * 1000;
}

void StoreDeck::record(const session::ReviewRecord& review) {
  const auto row = db_.card(profile_, review.question_id);
  if (!row) return;
  db_.answer(scheduler_, row->card.id, seconds(review.time_ms), review.rating, review.duration_ms,
             review.source.empty() ? "study" : review.source);
}

}  // namespace tarikh::store
