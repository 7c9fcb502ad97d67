// The play script format of DESIGN.md: every command, comments, and malformed lines.
#include <gtest/gtest.h>

#include <SDL.h>

#include "game/app/script.hpp"

using tarikh::app::parse_script;
using tarikh::app::ScriptCommand;
using tarikh::app::ScriptError;
using Kind = ScriptCommand::Kind;

namespace {

// The error text for a script that must fail.
std::string error_of(const std::string& script) {
  try {
    parse_script(script);
  } catch (const ScriptError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(PlayScript, ParsesEveryCommand) {
  const auto s = parse_script(
      "# a comment\n"
      "\n"
      "wait 250\n"
      "key Return\n"
      "key Shift+Up   # moves the focused event\n"
      "text ١٩٤٤ # not a comment\n"
      "click 10 20\n"
      "drag 1 2 3 4\n"
      "pad 1 dpup\n"
      "resize 800 600\n"
      "shot home-ar_1\n"
      "expect-screen classroom-question\n"
      "goto timeline\n"
      "  quit  \n");
  ASSERT_EQ(s.size(), 12u);
  EXPECT_EQ(s[0].kind, Kind::Wait);
  EXPECT_EQ(s[0].a, 250);
  EXPECT_EQ(s[0].line, 3);
  EXPECT_EQ(s[1].kind, Kind::Key);
  EXPECT_EQ(s[1].a, SDLK_RETURN);
  EXPECT_EQ(s[1].b, KMOD_NONE);
  EXPECT_EQ(s[2].a, SDLK_UP);
  EXPECT_NE(s[2].b & KMOD_SHIFT, 0);
  EXPECT_EQ(s[3].kind, Kind::Text);
  EXPECT_EQ(s[3].text, "١٩٤٤ # not a comment");
  EXPECT_EQ(s[4].kind, Kind::Click);
  EXPECT_EQ(s[4].a, 10);
  EXPECT_EQ(s[4].b, 20);
  EXPECT_EQ(s[5].kind, Kind::Drag);
  EXPECT_EQ((std::vector<int>{s[5].a, s[5].b, s[5].c, s[5].d}), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(s[6].kind, Kind::Pad);
  EXPECT_EQ(s[6].a, 1);
  EXPECT_EQ(s[6].b, SDL_CONTROLLER_BUTTON_DPAD_UP);
  EXPECT_EQ(s[7].kind, Kind::Resize);
  EXPECT_EQ(s[7].a, 800);
  EXPECT_EQ(s[7].b, 600);
  EXPECT_EQ(s[8].kind, Kind::Shot);
  EXPECT_EQ(s[8].text, "home-ar_1");
  EXPECT_EQ(s[9].kind, Kind::ExpectScreen);
  EXPECT_EQ(s[9].text, "classroom-question");
  EXPECT_EQ(s[10].kind, Kind::Goto);
  EXPECT_EQ(s[10].text, "timeline");
  EXPECT_EQ(s[11].kind, Kind::Quit);
  EXPECT_EQ(s[11].line, 14);
}

TEST(PlayScript, KeyNamesFollowSdl) {
  const auto s =
      parse_script("key Escape\nkey Space\nkey 1\nkey F11\nkey Left\nkey Keypad Enter\n");
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0].a, SDLK_ESCAPE);
  EXPECT_EQ(s[1].a, SDLK_SPACE);
  EXPECT_EQ(s[2].a, SDLK_1);
  EXPECT_EQ(s[3].a, SDLK_F11);
  EXPECT_EQ(s[4].a, SDLK_LEFT);
  EXPECT_EQ(s[5].a, SDLK_KP_ENTER);
}

TEST(PlayScript, EmptyScriptAndWindowsLineEndings) {
  EXPECT_TRUE(parse_script("").empty());
  EXPECT_TRUE(parse_script("# only comments\n\n   \n").empty());
  const auto s = parse_script("wait 5\r\nkey Return\r\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].a, SDLK_RETURN);
}

TEST(PlayScript, MalformedLinesNameTheirLine) {
  EXPECT_EQ(error_of("wait 10\nfly away\n"), "line 2: unknown command 'fly'");
  EXPECT_EQ(error_of("\n\nwait\n").rfind("line 3: ", 0), 0u);
  EXPECT_EQ(error_of("wait -5").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("wait 12ms").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("wait 99999999999").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("wait 1 2").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("key Nonsense"), "line 1: unknown key name 'Nonsense'");
  EXPECT_EQ(error_of("key").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("text").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("click 10").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("click a b").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("drag 1 2 3").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("pad 0 jump"), "line 1: unknown gamepad button 'jump'");
  EXPECT_EQ(error_of("pad 99 a").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("resize 0 600").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("resize 800").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("shot ../escape").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("shot a b").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("expect-screen lobby"), "line 1: unknown screen 'lobby'");
  EXPECT_EQ(error_of("goto").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("quit now").rfind("line 1: ", 0), 0u);
  EXPECT_EQ(error_of("text \xff\xfe").rfind("line 1: ", 0), 0u);
}

TEST(PlayScript, MissingFileIsAnError) {
  EXPECT_THROW(tarikh::app::load_script("/nonexistent/tarikh/script.play"), ScriptError);
  try {
    tarikh::app::load_script("/nonexistent/tarikh/script.play");
  } catch (const ScriptError& e) {
    EXPECT_EQ(e.line(), 0);
  }
}

TEST(PlayScript, EveryScreenNameIsAccepted) {
  for (const char* name : {"home", "study", "quiz", "timeline", "stats", "settings", "documents",
                           "classroom-setup", "classroom-question", "leaderboard", "podium"}) {
    const auto s = parse_script(std::string("goto ") + name + "\nexpect-screen " + name + "\n");
    ASSERT_EQ(s.size(), 2u) << name;
    EXPECT_EQ(s[1].text, name);
  }
}
