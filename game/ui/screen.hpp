// A screen of the game (the SuperTux Screen/ScreenManager model): the loop calls enter when it
// comes on top, leave when it stops being on top, handle for each input, update on a fixed time
// step, and draw, which must not change state. Screens ask for switches through the
// ScreenStack, which applies them between frames.
#pragma once

#include <string_view>

#include "game/ui/canvas.hpp"
#include "game/ui/input.hpp"

namespace tarikh::ui {

class Screen {
 public:
  virtual ~Screen() = default;
  // The screen's name for scripts (`goto`, `expect-screen`): home, study, quiz, ...
  virtual std::string_view name() const = 0;
  virtual void enter() {}
  virtual void leave() {}
  // One input; `view` is the window size the last frame was laid out for (hit-testing).
  virtual void handle(const InputEvent& event, const View& view) = 0;
  // Advances timers and animations by one fixed step.
  virtual void update(int step_ms) { (void)step_ms; }
  // True while something moves (the loop then keeps drawing frames at a capped rate).
  virtual bool animating() const { return false; }
  // True when the screen takes typed text (the loop turns SDL text input on).
  virtual bool wants_text() const { return false; }
  // True when this Back (Esc, a gamepad's B or Back) is the screen's to handle rather than the
  // loop's "go back" (the classroom keeps a team's gamepad from leaving the competition).
  virtual bool takes_back(const InputEvent& event) const {
    (void)event;
    return false;
  }
  virtual void draw(Canvas& canvas) const = 0;
};

}  // namespace tarikh::ui
