// Classroom buzzers: keyboard zones per team, gamepads joining the next team, and the host's
// keys staying out of every zone.
#include <gtest/gtest.h>

#include <set>

#include "game/app/input.hpp"
#include "game/screens/classroom_room.hpp"

using namespace tarikh;
using screens::Buzzers;
using ui::Action;
using ui::InputEvent;

namespace {

InputEvent key(int sym) {
  SDL_Event e;
  SDL_zero(e);
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = sym;
  app::InputMapper m;
  const auto out = m.map(e, 1280, 720);
  EXPECT_EQ(out.size(), 1u) << sym;
  return out.empty() ? InputEvent{} : out.front();
}

InputEvent pad(int device, Action a) {
  return InputEvent::act(a, device);
}

}  // namespace

TEST(ClassroomBuzzers, EveryKeyBelongsToOneTeamAndNoneIsTheHosts) {
  std::set<int> seen;
  for (int t = 0; t < 8; ++t) {
    for (int k : screens::zone_keys(t)) EXPECT_TRUE(seen.insert(k).second) << k;
  }
  EXPECT_EQ(seen.size(), 32u);
  for (int host : {SDLK_SPACE, SDLK_RETURN, SDLK_ESCAPE, SDLK_p, SDLK_y, SDLK_n, SDLK_F11}) {
    EXPECT_EQ(seen.count(host), 0u) << host;
  }
  EXPECT_EQ(screens::zone_label(0), "1 2 3 4");
  EXPECT_EQ(screens::zone_label(1), "7 8 9 0");
  EXPECT_EQ(screens::zone_label(2), "Q W E R");
  EXPECT_EQ(screens::zone_label(7), "F1 F2 F3 F4");
}

TEST(ClassroomBuzzers, KeysThroughTheRealInputMapperFindTheirTeamAndChoice) {
  Buzzers b(4);
  // 1..4 are also the quiz's grade actions: the keycode still says which key it was.
  const InputEvent one = key(SDLK_1);
  EXPECT_EQ(one.kind, InputEvent::Kind::Action);
  auto p = b.press(one);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 0);
  EXPECT_EQ(p->choice, 0);
  // Keys without an action of their own arrive as Key events.
  const InputEvent nine = key(SDLK_9);
  EXPECT_EQ(nine.kind, InputEvent::Kind::Key);
  p = b.press(nine);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 1);
  EXPECT_EQ(p->choice, 2);
  p = b.press(key(SDLK_r));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 2);
  EXPECT_EQ(p->choice, 3);
  p = b.press(key(SDLK_SEMICOLON));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 3);
  // A zone beyond the number of teams, the host's keys and arrows are nobody's.
  EXPECT_FALSE(b.press(key(SDLK_a)));  // team 5's zone, 4 teams playing
  EXPECT_FALSE(b.press(key(SDLK_p)));
  EXPECT_FALSE(b.press(key(SDLK_SPACE)));
  EXPECT_FALSE(b.press(key(SDLK_UP)));
  EXPECT_TRUE(screens::is_host_key(key(SDLK_p), 'p'));
  EXPECT_TRUE(screens::is_host_next(key(SDLK_SPACE)));
  EXPECT_TRUE(screens::is_host_next(key(SDLK_RETURN)));
  EXPECT_FALSE(screens::is_host_next(pad(3, Action::Accept)));  // a team's pad is not the host
}

TEST(ClassroomBuzzers, GamepadsJoinTheNextTeamAndAnswerWithTheDpad) {
  Buzzers b(3);
  EXPECT_FALSE(b.press(pad(5, Action::Up)));  // not bound yet
  EXPECT_EQ(b.bind_pad(5), 0);
  EXPECT_EQ(b.bind_pad(5), 0);  // the same pad again: the same team
  EXPECT_EQ(b.bind_pad(9), 1);
  EXPECT_EQ(b.pad_of(1), 9);
  EXPECT_EQ(b.team_of_pad(9), 1);
  EXPECT_EQ(b.pad_of(2), -1);
  auto p = b.press(pad(9, Action::Right));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 1);
  EXPECT_EQ(p->choice, 1);
  p = b.press(pad(5, Action::Left));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->choice, 3);
  p = b.press(pad(5, Action::Accept));  // A buzzes without a choice
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 0);
  EXPECT_EQ(p->choice, -1);
  EXPECT_FALSE(b.press(pad(5, Action::Back)));
  EXPECT_EQ(b.bind_pad(11), 2);
  EXPECT_EQ(b.bind_pad(12), -1);  // every team has a pad
  // Fewer teams: the pads of the teams that left are forgotten.
  b.resize(2);
  EXPECT_EQ(b.team_of_pad(11), -1);
  EXPECT_EQ(b.team_of_pad(9), 1);
}

TEST(ClassroomBuzzers, NewTeamsGetColoursNoOtherTeamHas) {
  screens::ClassroomRoom room;
  room.colours = {1, 0};
  room.set_teams(5);
  ASSERT_EQ(room.colours.size(), 5u);
  EXPECT_EQ(std::set<int>(room.colours.begin(), room.colours.end()).size(), 5u);
  EXPECT_EQ(room.tested.size(), 5u);
  EXPECT_EQ(room.buzzers.teams(), 5);
  room.set_teams(1);  // clamped to two
  EXPECT_EQ(room.setup.teams, 2);
  EXPECT_EQ(room.colours, (std::vector<int>{1, 0}));
  std::set<std::uint32_t> palette;
  for (int i = 0; i < screens::kTeamColours; ++i) palette.insert(screens::team_colour(i));
  EXPECT_EQ(palette.size(), 8u);
}
