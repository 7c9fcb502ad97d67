// Time as the sessions see it: injected, so that tests and headless play control it.
#pragma once

#include <cstdint>

namespace tarikh::session {

// Milliseconds since 1970-01-01 UTC (wall clock) or since start (virtual clock).
class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t now_ms() const = 0;
};

// A clock that moves only when told to: tests and `play --headless`.
class ManualClock : public Clock {
 public:
  explicit ManualClock(std::int64_t start_ms = 0) : now_(start_ms) {}
  std::int64_t now_ms() const override { return now_; }
  void advance(std::int64_t ms) { now_ += ms; }
  void set(std::int64_t ms) { now_ = ms; }

 private:
  std::int64_t now_;
};

inline constexpr std::int64_t kMsPerDay = 86'400'000;

// Whole days since 1970-01-01 for a time in ms (floor, also before 1970).
inline long day_of(std::int64_t ms) {
  return static_cast<long>(ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay));
}

}  // namespace tarikh::session
