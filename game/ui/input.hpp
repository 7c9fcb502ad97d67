// Player input as the screens see it: SDL events from keyboard, mouse, touch and gamepads are
// mapped (game/app/input.cpp) onto a few actions plus text and pointer positions.
#pragma once

#include <string>

namespace tarikh::ui {

enum class Action {
  None,
  Up,
  Down,
  Left,
  Right,
  MoveUp,    // Shift+Up / gamepad shoulder: move the focused item (timeline)
  MoveDown,  // Shift+Down
  Accept,    // Return, keypad Enter, gamepad A
  Reveal,    // Space
  Back,      // Escape, gamepad B
  Erase,     // Backspace
  Grade1,    // keys 1-4 (study grades, quiz choices)
  Grade2,
  Grade3,
  Grade4,
  Menu,  // gamepad Start: passed to the screen (e.g. pause a classroom round)
};

struct InputEvent {
  // Key: a key with no action of its own (a classroom buzzer key); `key` says which.
  // Editing: an input method's uncommitted text (SDL_TEXTEDITING), shown but not yet typed.
  enum class Kind { Action, Text, Click, DragStart, DragMove, DragEnd, Key, Editing };
  Kind kind = Kind::Action;
  Action action = Action::None;
  std::string text;  // Kind::Text (UTF-8)
  int x = 0, y = 0;  // pointer events, in window pixels
  int device = -1;   // gamepad instance id for gamepad actions, -1 for keyboard/mouse
  int key = 0;       // keyboard events: the SDL keycode pressed (0 otherwise)

  static InputEvent act(Action a, int device = -1) {
    InputEvent e;
    e.action = a;
    e.device = device;
    return e;
  }
};

}  // namespace tarikh::ui
