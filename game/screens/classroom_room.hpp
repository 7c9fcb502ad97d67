// The classroom competition as its screens share it (classroom-setup, classroom-question,
// leaderboard, podium): the setup, the teams and their buzzers, and the Competition of the core
// (game/session/classroom.hpp), kept in the GameContext while the screens come and go, so that
// leaving a question with Esc loses nothing until the host ends the competition.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game/screens/game_context.hpp"
#include "game/session/classroom.hpp"
#include "game/ui/canvas.hpp"
#include "game/ui/input.hpp"

namespace tarikh::screens {

namespace cr = session::classroom;

// ---- Buzzers ----

// What a keyboard layout puts where: the physical key (SDL scancode) that types a keycode, and
// the keycode a physical key types. sdl_layout() asks SDL (the layout in use), falling back to
// the US layout for the zones' keys when SDL knows none (before its video is up); tests pass
// other layouts.
struct KeyLayout {
  int (*scancode_of)(int keycode);
  int (*key_of)(int scancode);
};
const KeyLayout& sdl_layout();

// The keyboard zone of each team: four physical keys (SDL scancodes) in choice order, where a US
// keyboard has team 1 1 2 3 4, team 2 7 8 9 0, team 3 Q W E R, team 4 J K L ;, team 5 A S D F,
// team 6 M , . /, team 7 Z X C V, team 8 F1 F2 F3 F4. Zones follow positions, not characters, so
// that on an AZERTY or Arabic layout every team keeps the same block of keys. Space, Return, Esc
// and the letters P, Y and N stay the host's.
const std::array<int, 4>& zone_scancodes(int team);
// The zone's keys as the setup screen shows them: what each key types on `layout` ("Q W E R" on
// a US layout, "A Z E R" on AZERTY, "ض ص ث ق" on an Arabic one, kept in key order).
std::string zone_label(int team, const KeyLayout& layout = sdl_layout());

// A team's press: `choice` 0..3 for an answer key (or d-pad direction), -1 for a button that
// only buzzes.
struct BuzzerPress {
  int team = -1;
  int choice = -1;
};

// Which team an input belongs to. Every team has its keyboard zone; a gamepad bound to a team
// answers with the d-pad or stick (up, right, down, left = 1, 2, 3, 4) and buzzes with A or X.
class Buzzers {
 public:
  explicit Buzzers(int teams = cr::kMinTeams) { resize(teams); }
  // The layout that keycodes are read with (sdl_layout() unless a test says otherwise); it must
  // outlive the buzzers.
  void set_layout(const KeyLayout& layout) { layout_ = &layout; }
  void resize(int teams);
  int teams() const { return static_cast<int>(pads_.size()); }

  // The team (and choice) of an input, or nullopt when it is nobody's buzzer. A key counts by the
  // physical key that typed it (the layout's scancode_of).
  std::optional<BuzzerPress> press(const ui::InputEvent& e) const;
  // Binds gamepad `device` to the first team without one. Returns its team (the same team when
  // the pad is bound already), or -1 when every team has a gamepad.
  int bind_pad(int device);
  // The gamepad of `team` (-1: keyboard only).
  int pad_of(int team) const;
  int team_of_pad(int device) const;

 private:
  std::vector<int> pads_;
  const KeyLayout* layout_ = &sdl_layout();
};

// ---- The room ----

inline constexpr int kTeamColours = 8;
// Eight distinct team colours, 0xRRGGBBAA.
std::uint32_t team_colour(int index);

struct ClassroomRoom {
  cr::Setup setup;
  std::vector<int> colours = {0, 1};  // palette index per team
  Buzzers buzzers;
  std::vector<bool> tested = {false, false};  // pressed its buzzer on the teams page
  std::vector<std::string> names = {"", ""};  // typed by the host; empty: the default name
  std::vector<cr::RoomQuestion> questions;
  std::unique_ptr<cr::Competition> competition;
  std::int64_t started_ms = 0;         // when the competition began (the game clock)
  std::filesystem::path results_file;  // written on the podium
  std::string save_error;
  bool saved = false;
  // The scheduler feed (setup.feed_profile): how many questions have been recorded as reviews
  // (closed questions are recorded in order, once), and how many reviews were recorded.
  int fed = 0;
  int reviews_fed = 0;
  std::string feed_name;  // the fed profile's name

  // Sets the number of teams, keeping the first ones and giving new ones unused colours.
  void set_teams(int n);

  ClassroomRoom() = default;
  ClassroomRoom(const ClassroomRoom&) = delete;
  ClassroomRoom& operator=(const ClassroomRoom&) = delete;
};

// The room of `ctx` (made on first use).
ClassroomRoom& room_of(GameContext& ctx);

// True for the classroom screens' names: classroom-setup, classroom-question, leaderboard, podium.
bool is_classroom_screen(std::string_view name);

// During a competition a team's gamepad only buzzes and answers: its B and Back (a Back action
// from a gamepad bound to a team) are the classroom screen's to drop (Screen::takes_back), not
// the loop's "go back". The host's keyboard (Esc) and a gamepad bound to no team still go back.
bool is_team_pad_back(const ClassroomRoom& room, const ui::InputEvent& e);

// The host pauses or resumes: P on the keyboard, or Start on a gamepad bound to no team (a
// team's Start does nothing).
bool is_host_pause(const ClassroomRoom& room, const ui::InputEvent& e);

// A team's name: the one the host typed, else the default in the UI language ("Team 1" /
// "الفريق 1").
std::string team_name(const GameContext& ctx, int team);

// Starts a competition with the room's setup on the deck. Returns false (and starts nothing)
// when the deck has no question of the chosen types. With a profile to feed (and a learner
// database), syncs that profile's cards with the deck first.
bool start_competition(GameContext& ctx);

// The screen name for the competition's phase: classroom-question, leaderboard or podium.
std::string_view screen_for(const cr::Competition& c);

// Writes the results CSV once the competition is on the podium: into DATA/results/
// competition-YYYYMMDD-HHMMSS.csv (local time; -2, -3... when taken), DATA being the context's
// data folder or, when unknown, the user's. Sets results_file or save_error.
void save_results(GameContext& ctx);

// Records each question that has closed since the last call as one review of the fed profile's
// card (cr::class_review, cr::feed_review), when the setup names a profile and the game has a
// learner database. A failure goes to save_error.
void feed_scheduler(GameContext& ctx);

// What a classroom screen does after an update step or an input: feeds the scheduler, then,
// once the phase has moved on, replaces itself with the phase's screen (once). Returns true when
// it did.
bool follow_phase(GameContext& ctx, std::string_view my_name, bool& switching);

// The host's keys on the keyboard (not a team's buzzer).
bool is_host_next(const ui::InputEvent& e);  // Space or Return
// A host's letter ('p', 'y', 'n'): the key that types it, or the key at its place on a US
// keyboard (an Arabic layout types other letters there). The question screen gives a key in an
// active team zone to the team first.
bool is_host_key(const ui::InputEvent& e, char letter, const KeyLayout& layout = sdl_layout());

// 0xRRGGBBAA as a drawing colour (opaque).
ui::Color rgba_colour(std::uint32_t rgba);

// One line of text centred vertically in `box`, aligned horizontally by `align`.
void centred_line(ui::Canvas& c, std::string_view s, const SDL_Rect& box, int size, ui::Color col,
                  ui::Align align, bool bold);

// "+850" kept left to right inside Arabic text.
std::string signed_points(int points, const ui::Settings& s);

}  // namespace tarikh::screens
