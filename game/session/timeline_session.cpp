#include "game/session/timeline_session.hpp"

#include <algorithm>

#include "game/session/matcher.hpp"

namespace tarikh::session {

namespace {

bool earlier(const TimelineEvent& a, const TimelineEvent& b) {
  return a.key < b.key;
}

}  // namespace

std::optional<TimelineSession> TimelineSession::from_question(const questions::Question& q,
                                                              std::uint32_t seed) {
  const std::size_t n = q.choices.size();
  if (n < 2 || q.facts.size() != n) return std::nullopt;
  // The bank's `order` (the choices' indexes from earliest to latest) is authoritative when it
  // is a permutation.
  std::vector<int> rank(n, -1);
  bool use_order = q.order.size() == n;
  for (std::size_t r = 0; use_order && r < n; ++r) {
    const int i = q.order[r];
    if (i < 0 || i >= static_cast<int>(n) || rank[static_cast<std::size_t>(i)] >= 0) {
      use_order = false;
    } else {
      rank[static_cast<std::size_t>(i)] = static_cast<int>(r);
    }
  }
  // Which fact dates which choice: the fact whose event is the choice's text; else (the bank's
  // layout) facts in time order, so choice order[r] has fact r; else the same index.
  std::vector<int> fact_of(n, -1);
  bool by_event = true;
  for (std::size_t i = 0; i < n && by_event; ++i) {
    for (std::size_t f = 0; f < n; ++f) {
      if (q.facts[f].event == q.choices[i] &&
          std::find(fact_of.begin(), fact_of.end(), static_cast<int>(f)) == fact_of.end()) {
        fact_of[i] = static_cast<int>(f);
        break;
      }
    }
    by_event = fact_of[i] >= 0;
  }
  for (std::size_t i = 0; i < n && !by_event; ++i) {
    fact_of[i] = use_order ? rank[i] : static_cast<int>(i);
  }
  std::vector<TimelineEvent> events;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& f = q.facts[static_cast<std::size_t>(fact_of[i])];
    const auto key = use_order ? std::optional<double>(rank[i]) : year_key(f.value);
    if (!key) return std::nullopt;
    events.push_back({q.choices[i], f.surface, f.value, *key, year_key(f.value)});
  }
  return TimelineSession(std::move(events), seed);
}

TimelineSession::TimelineSession(std::vector<TimelineEvent> events, std::uint32_t seed)
    : order_(std::move(events)) {
  // A small deterministic shuffle (xorshift32), independent of the standard library's
  // distributions so that a seed means the same order everywhere.
  std::uint32_t x = seed ? seed : 0x9E3779B9u;
  auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
  };
  for (std::size_t i = order_.size(); i > 1; --i) {
    std::swap(order_[i - 1], order_[next() % i]);
  }
  if (order_.size() >= 2 && std::is_sorted(order_.begin(), order_.end(), earlier)) {
    std::reverse(order_.begin(), order_.end());
  }
}

void TimelineSession::focus_up() {
  if (!checked_ && focus_ > 0) --focus_;
}

void TimelineSession::focus_down() {
  if (!checked_ && focus_ + 1 < static_cast<int>(order_.size())) ++focus_;
}

void TimelineSession::move_up() {
  if (checked_ || focus_ <= 0) return;
  std::swap(order_[focus_], order_[focus_ - 1]);
  --focus_;
}

void TimelineSession::move_down() {
  if (checked_ || focus_ + 1 >= static_cast<int>(order_.size())) return;
  std::swap(order_[focus_], order_[focus_ + 1]);
  ++focus_;
}

void TimelineSession::move(int from, int to) {
  const int n = static_cast<int>(order_.size());
  if (checked_ || from < 0 || from >= n || to < 0 || to >= n) return;
  auto e = order_[from];
  order_.erase(order_.begin() + from);
  order_.insert(order_.begin() + to, std::move(e));
  focus_ = to;
}

void TimelineSession::check() {
  checked_ = true;
}

std::vector<TimelineEvent> TimelineSession::true_order() const {
  auto sorted = order_;
  std::stable_sort(sorted.begin(), sorted.end(), earlier);
  return sorted;
}

std::vector<bool> TimelineSession::correct_slots() const {
  std::vector<bool> out(order_.size(), false);
  if (!checked_) return out;
  const auto truth = true_order();
  for (std::size_t i = 0; i < order_.size(); ++i) {
    // Events with the same date may stand in either order.
    out[i] = order_[i].key == truth[i].key;
  }
  return out;
}

int TimelineSession::correct_count() const {
  const auto slots = correct_slots();
  return static_cast<int>(std::count(slots.begin(), slots.end(), true));
}

}  // namespace tarikh::session
