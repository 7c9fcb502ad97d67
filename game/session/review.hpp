// What a session hands to the learner store: one record per answered card, emitted the moment
// the player answers, so that closing the window at any time loses nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "game/srs/fsrs.hpp"

namespace tarikh::session {

struct ReviewRecord {
  std::string question_id;
  srs::Rating rating = srs::Rating::Good;
  std::int64_t time_ms = 0;  // when the answer was given (the session's clock)
  srs::MemoryState after;    // memory state after this review
  int interval_days = 0;     // days until the card is due again
  std::string source;        // "study" or "quiz"
  int duration_ms = 0;       // how long the player took to answer (0: not measured)
};

// The longest answer duration a review records (a player who walked away for longer).
inline constexpr std::int64_t kMaxDurationMs = 3'600'000;

// Receives reviews (the learner store implements this; tests record them).
class ReviewSink {
 public:
  virtual ~ReviewSink() = default;
  virtual void record(const ReviewRecord& review) = 0;
};

class RecordingSink : public ReviewSink {
 public:
  void record(const ReviewRecord& review) override { reviews.push_back(review); }
  std::vector<ReviewRecord> reviews;
};

}  // namespace tarikh::session
