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

// What a US keyboard types on the keys the tests use.
int us_key_of(int sc) {
  if (sc >= SDL_SCANCODE_A && sc <= SDL_SCANCODE_Z) return SDLK_a + (sc - SDL_SCANCODE_A);
  if (sc >= SDL_SCANCODE_1 && sc <= SDL_SCANCODE_9) return SDLK_1 + (sc - SDL_SCANCODE_1);
  if (sc >= SDL_SCANCODE_F1 && sc <= SDL_SCANCODE_F12) return SDLK_F1 + (sc - SDL_SCANCODE_F1);
  switch (sc) {
    case SDL_SCANCODE_0:
      return SDLK_0;
    case SDL_SCANCODE_SEMICOLON:
      return SDLK_SEMICOLON;
    case SDL_SCANCODE_COMMA:
      return SDLK_COMMA;
    case SDL_SCANCODE_PERIOD:
      return SDLK_PERIOD;
    case SDL_SCANCODE_SLASH:
      return SDLK_SLASH;
    default:
      return SDLK_UNKNOWN;
  }
}

// Two layouts besides the US one. French AZERTY: the letter row starts A Z E R, the home
// row Q S D F ... M, the bottom row W X C V B N , ; : ! (the digits stay digits in SDL).
int azerty_key_of(int sc) {
  switch (sc) {
    case SDL_SCANCODE_Q:
      return SDLK_a;
    case SDL_SCANCODE_W:
      return SDLK_z;
    case SDL_SCANCODE_A:
      return SDLK_q;
    case SDL_SCANCODE_Z:
      return SDLK_w;
    case SDL_SCANCODE_SEMICOLON:
      return SDLK_m;
    case SDL_SCANCODE_M:
      return SDLK_COMMA;
    case SDL_SCANCODE_COMMA:
      return SDLK_SEMICOLON;
    case SDL_SCANCODE_PERIOD:
      return SDLK_COLON;
    case SDL_SCANCODE_SLASH:
      return SDLK_EXCLAIM;
    default:
      return us_key_of(sc);
  }
}
// Arabic (PC): Q W E R type ض ص ث ق, A S D F ش س ي ب, J K L ; ت ن م ك.
int arabic_key_of(int sc) {
  switch (sc) {
    case SDL_SCANCODE_Q:
      return 0x0636;
    case SDL_SCANCODE_W:
      return 0x0635;
    case SDL_SCANCODE_E:
      return 0x062B;
    case SDL_SCANCODE_R:
      return 0x0642;
    case SDL_SCANCODE_A:
      return 0x0634;
    case SDL_SCANCODE_S:
      return 0x0633;
    case SDL_SCANCODE_D:
      return 0x064A;
    case SDL_SCANCODE_F:
      return 0x0628;
    case SDL_SCANCODE_J:
      return 0x062A;
    case SDL_SCANCODE_K:
      return 0x0646;
    case SDL_SCANCODE_L:
      return 0x0645;
    case SDL_SCANCODE_SEMICOLON:
      return 0x0643;
    case SDL_SCANCODE_P:
      return 0x062D;
    default:
      return us_key_of(sc);
  }
}
template <int (*KeyOf)(int)>
int scancode_from(int key) {
  for (int sc = 0; sc < SDL_NUM_SCANCODES; ++sc) {
    if (KeyOf(sc) == key) return sc;
  }
  return SDL_SCANCODE_UNKNOWN;
}
const screens::KeyLayout kAzerty{scancode_from<azerty_key_of>, azerty_key_of};
const screens::KeyLayout kArabic{scancode_from<arabic_key_of>, arabic_key_of};

// A key press of `sym` as SDL delivers it on a layout (the mapper reads only the keycode).
InputEvent typed(int sym) {
  InputEvent e;
  e.kind = InputEvent::Kind::Key;
  e.key = sym;
  return e;
}

}  // namespace

TEST(ClassroomBuzzers, EveryKeyBelongsToOneTeamAndNoneIsTheHosts) {
  std::set<int> seen;
  for (int t = 0; t < 8; ++t) {
    for (int k : screens::zone_scancodes(t)) EXPECT_TRUE(seen.insert(k).second) << k;
  }
  EXPECT_EQ(seen.size(), 32u);
  for (int host : {SDL_SCANCODE_SPACE, SDL_SCANCODE_RETURN, SDL_SCANCODE_ESCAPE, SDL_SCANCODE_P,
                   SDL_SCANCODE_Y, SDL_SCANCODE_N, SDL_SCANCODE_F11}) {
    EXPECT_EQ(seen.count(host), 0u) << host;
  }
  EXPECT_EQ(screens::zone_label(0), "1 2 3 4");
  EXPECT_EQ(screens::zone_label(1), "7 8 9 0");
  EXPECT_EQ(screens::zone_label(2), "Q W E R");
  EXPECT_EQ(screens::zone_label(3), "J K L ;");
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

TEST(ClassroomBuzzers, ZonesFollowThePhysicalKeysOnAzertyAndArabicLayouts) {
  Buzzers b(8);
  b.set_layout(kAzerty);
  // The key where a US keyboard has Q types "a" on AZERTY: still team 3's first key.
  auto p = b.press(typed(SDLK_a));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 2);
  EXPECT_EQ(p->choice, 0);
  p = b.press(typed(SDLK_q));  // where US has A: team 5
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 4);
  EXPECT_EQ(p->choice, 0);
  p = b.press(typed(SDLK_m));  // where US has ;: team 4's last key
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 3);
  EXPECT_EQ(p->choice, 3);
  p = b.press(typed(SDLK_EXCLAIM));  // where US has /: team 6's last key
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 5);
  EXPECT_EQ(p->choice, 3);
  p = b.press(typed(SDLK_w));  // where US has Z: team 7
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 6);
  EXPECT_EQ(screens::zone_label(2, kAzerty), "A Z E R");
  EXPECT_EQ(screens::zone_label(3, kAzerty), "J K L M");
  EXPECT_EQ(screens::zone_label(4, kAzerty), "Q S D F");
  EXPECT_EQ(screens::zone_label(5, kAzerty), ", ; : !");
  EXPECT_EQ(screens::zone_label(6, kAzerty), "W X C V");
  EXPECT_EQ(screens::zone_label(0, kAzerty), "1 2 3 4");

  b.set_layout(kArabic);
  p = b.press(typed(0x0635));  // ص, where US has W
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 2);
  EXPECT_EQ(p->choice, 1);
  p = b.press(typed(0x0643));  // ك, where US has ;
  ASSERT_TRUE(p);
  EXPECT_EQ(p->team, 3);
  EXPECT_EQ(p->choice, 3);
  // The labels are the Arabic letters, each followed by a left-to-right mark so that the row
  // reads in key order.
  const std::string lrm = "\u200E";
  EXPECT_EQ(screens::zone_label(2, kArabic), "ض" + lrm + " ص" + lrm + " ث" + lrm + " ق" + lrm);
  EXPECT_EQ(screens::zone_label(7, kArabic), "F1 F2 F3 F4");
  // The host's P is the key at P's place (it types ح here) or the key typing p.
  EXPECT_TRUE(screens::is_host_key(typed(0x062D), 'p', kArabic));
  EXPECT_TRUE(screens::is_host_key(typed(SDLK_p), 'p', kArabic));
  EXPECT_FALSE(screens::is_host_key(typed(0x0636), 'p', kArabic));
  EXPECT_FALSE(b.press(typed(0x062D)));
}
