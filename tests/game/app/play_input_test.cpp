// Input mapping: keys, mouse clicks and drags, touch, gamepad buttons and sticks -> actions.
#include <gtest/gtest.h>

#include "game/app/input.hpp"

using tarikh::app::action_for_button;
using tarikh::app::action_for_key;
using tarikh::app::InputMapper;
using tarikh::ui::Action;
using Kind = tarikh::ui::InputEvent::Kind;

namespace {

SDL_Event mouse(Uint32 type, int x, int y, Uint32 which = 0) {
  SDL_Event e;
  SDL_zero(e);
  e.type = type;
  if (type == SDL_MOUSEMOTION) {
    e.motion.x = x;
    e.motion.y = y;
    e.motion.which = which;
  } else {
    e.button.x = x;
    e.button.y = y;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.which = which;
  }
  return e;
}

SDL_Event finger(Uint32 type, float x, float y) {
  SDL_Event e;
  SDL_zero(e);
  e.type = type;
  e.tfinger.x = x;
  e.tfinger.y = y;
  return e;
}

}  // namespace

TEST(PlayInput, KeysMapToActions) {
  EXPECT_EQ(action_for_key(SDLK_RETURN, 0), Action::Accept);
  EXPECT_EQ(action_for_key(SDLK_KP_ENTER, 0), Action::Accept);
  EXPECT_EQ(action_for_key(SDLK_ESCAPE, 0), Action::Back);
  EXPECT_EQ(action_for_key(SDLK_SPACE, 0), Action::Reveal);
  EXPECT_EQ(action_for_key(SDLK_UP, 0), Action::Up);
  EXPECT_EQ(action_for_key(SDLK_UP, KMOD_LSHIFT), Action::MoveUp);
  EXPECT_EQ(action_for_key(SDLK_DOWN, KMOD_RSHIFT), Action::MoveDown);
  EXPECT_EQ(action_for_key(SDLK_3, 0), Action::Grade3);
  EXPECT_EQ(action_for_key(SDLK_KP_4, 0), Action::Grade4);
  EXPECT_EQ(action_for_key(SDLK_q, 0), Action::None);
  EXPECT_EQ(action_for_button(SDL_CONTROLLER_BUTTON_A), Action::Accept);
  EXPECT_EQ(action_for_button(SDL_CONTROLLER_BUTTON_B), Action::Back);
  EXPECT_EQ(action_for_button(SDL_CONTROLLER_BUTTON_DPAD_LEFT), Action::Left);
  EXPECT_EQ(action_for_button(SDL_CONTROLLER_BUTTON_LEFTSHOULDER), Action::MoveUp);
}

TEST(PlayInput, PressAndReleaseIsAClickAndMovingFarIsADrag) {
  InputMapper m;
  EXPECT_TRUE(m.map(mouse(SDL_MOUSEBUTTONDOWN, 100, 100), 1280, 720).empty());
  EXPECT_TRUE(m.map(mouse(SDL_MOUSEMOTION, 103, 102), 1280, 720).empty());  // a small wobble
  auto up = m.map(mouse(SDL_MOUSEBUTTONUP, 104, 102), 1280, 720);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].kind, Kind::Click);
  EXPECT_EQ(up[0].x, 104);

  m.map(mouse(SDL_MOUSEBUTTONDOWN, 100, 100), 1280, 720);
  auto moved = m.map(mouse(SDL_MOUSEMOTION, 100, 160), 1280, 720);
  ASSERT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[0].kind, Kind::DragStart);
  EXPECT_EQ(moved[0].y, 100);  // where the press began
  EXPECT_EQ(moved[1].kind, Kind::DragMove);
  auto end = m.map(mouse(SDL_MOUSEBUTTONUP, 100, 300), 1280, 720);
  ASSERT_FALSE(end.empty());
  EXPECT_EQ(end.back().kind, Kind::DragEnd);
  EXPECT_EQ(end.back().y, 300);

  // A release without a press does nothing.
  EXPECT_TRUE(m.map(mouse(SDL_MOUSEBUTTONUP, 5, 5), 1280, 720).empty());
}

TEST(PlayInput, HiDpiScalesPointerPositions) {
  InputMapper m;
  m.map(mouse(SDL_MOUSEBUTTONDOWN, 100, 50), 2560, 1440, 2.0, 2.0);
  auto up = m.map(mouse(SDL_MOUSEBUTTONUP, 100, 50), 2560, 1440, 2.0, 2.0);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].x, 200);
  EXPECT_EQ(up[0].y, 100);
}

TEST(PlayInput, TouchesAreClicksAndTheirMouseEchoIsIgnored) {
  InputMapper m;
  m.map(finger(SDL_FINGERDOWN, 0.5f, 0.25f), 1280, 720);
  // SDL's synthetic mouse events for the same touch are skipped.
  EXPECT_TRUE(m.map(mouse(SDL_MOUSEBUTTONDOWN, 640, 180, SDL_TOUCH_MOUSEID), 1280, 720).empty());
  EXPECT_TRUE(m.map(mouse(SDL_MOUSEBUTTONUP, 640, 180, SDL_TOUCH_MOUSEID), 1280, 720).empty());
  auto up = m.map(finger(SDL_FINGERUP, 0.5f, 0.25f), 1280, 720);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].kind, Kind::Click);
  EXPECT_EQ(up[0].x, 640);
  EXPECT_EQ(up[0].y, 180);
}

TEST(PlayInput, GamepadButtonsAndStickPushes) {
  InputMapper m;
  SDL_Event b;
  SDL_zero(b);
  b.type = SDL_CONTROLLERBUTTONDOWN;
  b.cbutton.which = 3;
  b.cbutton.button = SDL_CONTROLLER_BUTTON_A;
  auto a = m.map(b, 1280, 720);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].action, Action::Accept);
  EXPECT_EQ(a[0].device, 3);

  SDL_Event s;
  SDL_zero(s);
  s.type = SDL_CONTROLLERAXISMOTION;
  s.caxis.which = 3;
  s.caxis.axis = SDL_CONTROLLER_AXIS_LEFTY;
  s.caxis.value = 30000;
  auto down = m.map(s, 1280, 720);
  ASSERT_EQ(down.size(), 1u);
  EXPECT_EQ(down[0].action, Action::Down);
  s.caxis.value = 31000;  // still held: no repeat
  EXPECT_TRUE(m.map(s, 1280, 720).empty());
  s.caxis.value = 0;
  EXPECT_TRUE(m.map(s, 1280, 720).empty());
  s.caxis.value = -30000;
  auto up = m.map(s, 1280, 720);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].action, Action::Up);
}
