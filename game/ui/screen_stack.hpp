// The stack of screens. Requests (push, pop, replace, reset) are queued and applied between
// frames by apply(), so a screen never disappears while it is handling an event or drawing.
#pragma once

#include <memory>
#include <vector>

#include "game/ui/screen.hpp"

namespace tarikh::ui {

class ScreenStack {
 public:
  ScreenStack() = default;
  ScreenStack(const ScreenStack&) = delete;
  ScreenStack& operator=(const ScreenStack&) = delete;
  ~ScreenStack();

  void push(std::unique_ptr<Screen> screen);
  void pop();
  // Pops the top screen and pushes `screen`.
  void replace(std::unique_ptr<Screen> screen);
  // Empties the stack, then pushes `screen`.
  void reset(std::unique_ptr<Screen> screen);

  // Applies the queued requests in order; calls leave() on a screen that stops being on top and
  // enter() on the new top. Returns true when anything changed.
  bool apply();

  // Removes every screen at once (the top one leaves first) and drops queued requests.
  void clear();

  Screen* top() const { return screens_.empty() ? nullptr : screens_.back().get(); }
  std::size_t size() const { return screens_.size(); }
  bool empty() const { return screens_.empty(); }
  bool pending() const { return !requests_.empty(); }

 private:
  struct Request {
    enum class Kind { Push, Pop, Replace, Reset } kind;
    std::unique_ptr<Screen> screen;
  };
  std::vector<std::unique_ptr<Screen>> screens_;
  std::vector<Request> requests_;
};

}  // namespace tarikh::ui
