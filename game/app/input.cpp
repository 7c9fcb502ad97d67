#include "game/app/input.hpp"

#include <cmath>
#include <cstdlib>

namespace tarikh::app {

using ui::Action;
using ui::InputEvent;

ui::Action action_for_key(SDL_Keycode key, Uint16 mods) {
  const bool shift = (mods & KMOD_SHIFT) != 0;
  switch (key) {
    case SDLK_UP:
      return shift ? Action::MoveUp : Action::Up;
    case SDLK_DOWN:
      return shift ? Action::MoveDown : Action::Down;
    case SDLK_LEFT:
      return Action::Left;
    case SDLK_RIGHT:
      return Action::Right;
    case SDLK_RETURN:
    case SDLK_RETURN2:
    case SDLK_KP_ENTER:
      return Action::Accept;
    case SDLK_SPACE:
      return Action::Reveal;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
      return Action::Back;
    case SDLK_BACKSPACE:
      return Action::Erase;
    case SDLK_1:
    case SDLK_KP_1:
      return Action::Grade1;
    case SDLK_2:
    case SDLK_KP_2:
      return Action::Grade2;
    case SDLK_3:
    case SDLK_KP_3:
      return Action::Grade3;
    case SDLK_4:
    case SDLK_KP_4:
      return Action::Grade4;
    default:
      return Action::None;
  }
}

ui::Action action_for_button(SDL_GameControllerButton button) {
  switch (button) {
    case SDL_CONTROLLER_BUTTON_A:
      return Action::Accept;
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_BACK:
      return Action::Back;
    case SDL_CONTROLLER_BUTTON_X:
      return Action::Reveal;
    case SDL_CONTROLLER_BUTTON_DPAD_UP:
      return Action::Up;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
      return Action::Down;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT:
      return Action::Left;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT:
      return Action::Right;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER:
      return Action::MoveUp;
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER:
      return Action::MoveDown;
    case SDL_CONTROLLER_BUTTON_START:
      return Action::Menu;
    default:
      return Action::None;
  }
}

void InputMapper::open_all_gamepads() {
  for (int i = 0; i < SDL_NumJoysticks(); ++i) {
    if (!SDL_IsGameController(i)) continue;
    if (SDL_GameController* c = SDL_GameControllerOpen(i)) {
      const SDL_JoystickID id = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c));
      if (pads_.count(id)) {
        SDL_GameControllerClose(c);  // already open: drop the extra reference
      } else {
        pads_[id].reset(c);
      }
    }
  }
}

void InputMapper::pointer_down(int x, int y) {
  down_ = true;
  dragging_ = false;
  down_x_ = x;
  down_y_ = y;
}

void InputMapper::pointer_move(int x, int y, std::vector<InputEvent>& out) {
  if (!down_) return;
  if (!dragging_ &&
      (std::abs(x - down_x_) > kDragThreshold || std::abs(y - down_y_) > kDragThreshold)) {
    dragging_ = true;
    InputEvent s;
    s.kind = InputEvent::Kind::DragStart;
    s.x = down_x_;
    s.y = down_y_;
    out.push_back(s);
  }
  if (dragging_) {
    InputEvent m;
    m.kind = InputEvent::Kind::DragMove;
    m.x = x;
    m.y = y;
    out.push_back(m);
  }
}

void InputMapper::pointer_up(int x, int y, std::vector<InputEvent>& out) {
  if (!down_) return;
  pointer_move(x, y, out);
  InputEvent e;
  e.kind = dragging_ ? InputEvent::Kind::DragEnd : InputEvent::Kind::Click;
  e.x = x;
  e.y = y;
  out.push_back(e);
  down_ = false;
  dragging_ = false;
}

std::vector<InputEvent> InputMapper::map(const SDL_Event& e, int view_w, int view_h, double scale_x,
                                         double scale_y) {
  std::vector<InputEvent> out;
  auto px = [&](int x) { return static_cast<int>(std::lround(x * scale_x)); };
  auto py = [&](int y) { return static_cast<int>(std::lround(y * scale_y)); };
  switch (e.type) {
    case SDL_KEYDOWN: {
      const Action a = action_for_key(e.key.keysym.sym, e.key.keysym.mod);
      InputEvent k = InputEvent::act(a);
      k.key = static_cast<int>(e.key.keysym.sym);
      if (a == Action::None) k.kind = InputEvent::Kind::Key;  // buzzer keys, etc.
      if (a != Action::None || !e.key.repeat) out.push_back(k);
      break;
    }
    case SDL_TEXTINPUT: {
      InputEvent t;
      t.kind = InputEvent::Kind::Text;
      t.text = e.text.text;
      out.push_back(t);
      break;
    }
    case SDL_TEXTEDITING: {
      InputEvent t;
      t.kind = InputEvent::Kind::Editing;
      t.text = e.edit.text;
      out.push_back(t);
      break;
    }
    // Mouse events that SDL makes up from touches are skipped: fingers are handled below.
    case SDL_MOUSEBUTTONDOWN:
      if (e.button.which != SDL_TOUCH_MOUSEID && e.button.button == SDL_BUTTON_LEFT) {
        pointer_down(px(e.button.x), py(e.button.y));
      }
      break;
    case SDL_MOUSEMOTION:
      if (e.motion.which != SDL_TOUCH_MOUSEID) pointer_move(px(e.motion.x), py(e.motion.y), out);
      break;
    case SDL_MOUSEBUTTONUP:
      if (e.button.which != SDL_TOUCH_MOUSEID && e.button.button == SDL_BUTTON_LEFT) {
        pointer_up(px(e.button.x), py(e.button.y), out);
      }
      break;
    case SDL_FINGERDOWN:
      pointer_down(static_cast<int>(e.tfinger.x * view_w), static_cast<int>(e.tfinger.y * view_h));
      break;
    case SDL_FINGERMOTION:
      pointer_move(static_cast<int>(e.tfinger.x * view_w), static_cast<int>(e.tfinger.y * view_h),
                   out);
      break;
    case SDL_FINGERUP:
      pointer_up(static_cast<int>(e.tfinger.x * view_w), static_cast<int>(e.tfinger.y * view_h),
                 out);
      break;
    case SDL_CONTROLLERDEVICEADDED:
      if (SDL_GameController* c = SDL_GameControllerOpen(e.cdevice.which)) {
        const SDL_JoystickID id = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c));
        if (pads_.count(id)) {
          SDL_GameControllerClose(c);
        } else {
          pads_[id].reset(c);
        }
      }
      break;
    case SDL_CONTROLLERDEVICEREMOVED:
      pads_.erase(e.cdevice.which);  // an instance id
      break;
    case SDL_CONTROLLERBUTTONDOWN: {
      const Action a = action_for_button(static_cast<SDL_GameControllerButton>(e.cbutton.button));
      if (a != Action::None) out.push_back(InputEvent::act(a, e.cbutton.which));
      break;
    }
    case SDL_CONTROLLERAXISMOTION: {
      // The left stick acts as the d-pad, once per push past the dead zone.
      const int axis = e.caxis.axis;
      if (axis != SDL_CONTROLLER_AXIS_LEFTX && axis != SDL_CONTROLLER_AXIS_LEFTY) break;
      const int dir = e.caxis.value > 16000 ? 1 : (e.caxis.value < -16000 ? -1 : 0);
      int& last = stick_[{e.caxis.which, axis}];
      if (dir != 0 && dir != last) {
        const Action a = axis == SDL_CONTROLLER_AXIS_LEFTX
                             ? (dir > 0 ? Action::Right : Action::Left)
                             : (dir > 0 ? Action::Down : Action::Up);
        out.push_back(InputEvent::act(a, e.caxis.which));
      }
      last = dir;
      break;
    }
    default:
      break;
  }
  return out;
}

}  // namespace tarikh::app
