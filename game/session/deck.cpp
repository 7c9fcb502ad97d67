#include "game/session/deck.hpp"

#include <algorithm>

#include "game/session/clock.hpp"

namespace tarikh::session {

std::optional<CardMemory> InMemoryDeck::memory(const std::string& question_id) const {
  const auto it = memory_.find(question_id);
  if (it == memory_.end()) return std::nullopt;
  return it->second;
}

void InMemoryDeck::record(const ReviewRecord& review) {
  const long day = day_of(review.time_ms);
  memory_[review.question_id] = CardMemory{review.after, day, day + review.interval_days};
  reviews_.push_back(review);
}

DueCounts Deck::due_counts(std::int64_t now_ms) const {
  return count_due(*this, day_of(now_ms));
}

std::vector<Question> Deck::study_cards(std::int64_t now_ms, int max_new) const {
  return select_study_cards(*this, day_of(now_ms), max_new);
}

DueCounts count_due(const Deck& deck, long today) {
  DueCounts counts;
  for (const auto& q : deck.questions()) {
    if (!is_flashcard(q)) continue;
    const auto m = deck.memory(q.id);
    if (!m) {
      ++counts.fresh;
    } else if (m->due_day <= today) {
      ++counts.due;
    }
  }
  return counts;
}

bool is_flashcard(const Question& q) {
  return q.type != "timeline" && !q.answer.empty();
}

std::vector<Question> select_study_cards(const Deck& deck, long today, int max_new) {
  std::vector<std::pair<long, const Question*>> due;
  std::vector<const Question*> fresh;
  for (const auto& q : deck.questions()) {
    if (!is_flashcard(q)) continue;
    const auto m = deck.memory(q.id);
    if (!m) {
      if (static_cast<int>(fresh.size()) < max_new) fresh.push_back(&q);
    } else if (m->due_day <= today) {
      due.emplace_back(m->due_day, &q);
    }
  }
  std::stable_sort(due.begin(), due.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Question> out;
  for (const auto& [day, q] : due) out.push_back(*q);
  for (const auto* q : fresh) out.push_back(*q);
  return out;
}

}  // namespace tarikh::session
