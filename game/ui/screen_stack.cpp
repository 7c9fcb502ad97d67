#include "game/ui/screen_stack.hpp"

namespace tarikh::ui {

ScreenStack::~ScreenStack() {
  clear();
}

void ScreenStack::clear() {
  requests_.clear();
  if (!screens_.empty()) screens_.back()->leave();
  while (!screens_.empty()) screens_.pop_back();  // top first
}

void ScreenStack::push(std::unique_ptr<Screen> screen) {
  if (screen) requests_.push_back({Request::Kind::Push, std::move(screen)});
}

void ScreenStack::pop() {
  requests_.push_back({Request::Kind::Pop, nullptr});
}

void ScreenStack::replace(std::unique_ptr<Screen> screen) {
  if (screen) requests_.push_back({Request::Kind::Replace, std::move(screen)});
}

void ScreenStack::reset(std::unique_ptr<Screen> screen) {
  if (screen) requests_.push_back({Request::Kind::Reset, std::move(screen)});
}

bool ScreenStack::apply() {
  if (requests_.empty()) return false;
  Screen* const before = top();
  // Requests made by enter()/leave() during this apply wait for the next one.
  std::vector<Request> todo;
  todo.swap(requests_);
  std::vector<std::unique_ptr<Screen>> removed;  // destroyed after leave() has run
  bool left = false;
  auto leave_top = [&] {
    if (!left && before) before->leave();
    left = true;
  };
  for (auto& r : todo) {
    switch (r.kind) {
      case Request::Kind::Push:
        leave_top();
        screens_.push_back(std::move(r.screen));
        break;
      case Request::Kind::Pop:
        if (!screens_.empty()) {
          leave_top();
          removed.push_back(std::move(screens_.back()));
          screens_.pop_back();
        }
        break;
      case Request::Kind::Replace:
        leave_top();
        if (!screens_.empty()) {
          removed.push_back(std::move(screens_.back()));
          screens_.pop_back();
        }
        screens_.push_back(std::move(r.screen));
        break;
      case Request::Kind::Reset:
        leave_top();
        for (auto& s : screens_) removed.push_back(std::move(s));
        screens_.clear();
        screens_.push_back(std::move(r.screen));
        break;
    }
  }
  removed.clear();  // the screens that went are gone before the new top enters
  Screen* const after = top();
  if (after != before && after) after->enter();
  if (after == before && left && after) after->enter();  // it left, then came back on top
  return true;
}

}  // namespace tarikh::ui
