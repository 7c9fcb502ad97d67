// Ordering 4-5 events in time: the player moves a focused event up and down the list (keyboard,
// gamepad, or by dragging one to a slot), then checks; each slot is then right or wrong and the
// true order is known. Pure and deterministic (the shuffle seed is given).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "questions/bank/question.hpp"

namespace tarikh::session {

struct TimelineEvent {
  std::string label;           // what happened
  std::string surface;         // the date as the document writes it
  std::string value;           // normalized date value
  double key = 0;              // position in time: the bank's rank, or year_key
  std::optional<double> year;  // year_key of the date, when it has one (for a drawn axis)
};

class TimelineSession {
 public:
  // Events of a `timeline` question (choices[i] dated by facts[i]); nullopt unless it has 2+
  // events with dates.
  static std::optional<TimelineSession> from_question(const questions::Question& q,
                                                      std::uint32_t seed);
  // `events` in any order; shown in an order shuffled by `seed` that is never already sorted
  // (for 2+ events with distinct dates).
  TimelineSession(std::vector<TimelineEvent> events, std::uint32_t seed);

  const std::vector<TimelineEvent>& order() const { return order_; }  // as placed now
  int focus() const { return focus_; }
  bool checked() const { return checked_; }

  void focus_up();
  void focus_down();
  // Moves the focused event one slot earlier / later (the focus follows it).
  void move_up();
  void move_down();
  // Moves the event at `from` to slot `to` (a drag); focus goes to it.
  void move(int from, int to);
  // Locks the order and marks each slot.
  void check();
  // After check: whether slot i holds the event that belongs there.
  std::vector<bool> correct_slots() const;
  int correct_count() const;
  // The events in true order (earliest first).
  std::vector<TimelineEvent> true_order() const;

 private:
  std::vector<TimelineEvent> order_;
  int focus_ = 0;
  bool checked_ = false;
};

}  // namespace tarikh::session
