// Maps SDL events (keyboard, mouse, touch, gamepads) onto the screens' InputEvents, and keeps
// the gamepads that are plugged in open (hot-plug).
#pragma once

#include <SDL.h>

#include <map>
#include <memory>
#include <vector>

#include "game/ui/input.hpp"

namespace tarikh::app {

class InputMapper {
 public:
  // `scale_x/scale_y`: drawable pixels per window coordinate (HiDPI).
  std::vector<ui::InputEvent> map(const SDL_Event& e, int view_w, int view_h, double scale_x = 1,
                                  double scale_y = 1);
  // Opens every gamepad already plugged in (the added events cover later ones).
  void open_all_gamepads();
  std::size_t gamepads() const { return pads_.size(); }

  // A pointer press that moves farther than this (pixels) is a drag, not a click.
  static constexpr int kDragThreshold = 10;

 private:
  struct PadCloser {
    void operator()(SDL_GameController* c) const { SDL_GameControllerClose(c); }
  };
  void pointer_down(int x, int y);
  void pointer_move(int x, int y, std::vector<ui::InputEvent>& out);
  void pointer_up(int x, int y, std::vector<ui::InputEvent>& out);

  std::map<SDL_JoystickID, std::unique_ptr<SDL_GameController, PadCloser>> pads_;
  std::map<std::pair<SDL_JoystickID, int>, int> stick_;  // last direction per stick axis
  bool down_ = false;
  bool dragging_ = false;
  int down_x_ = 0, down_y_ = 0;
};

// The action of a key press (with its modifiers); None for keys the game does not use.
ui::Action action_for_key(SDL_Keycode key, Uint16 mods);
// The action of a gamepad button.
ui::Action action_for_button(SDL_GameControllerButton button);

}  // namespace tarikh::app
