// What every screen shares: the settings, the sounds, the deck and where reviews go, the clock, the
// scheduler, and the screen stack to ask for switches. Owned by the loop (game/app/loop.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "game/session/clock.hpp"
#include "game/session/deck.hpp"
#include "game/session/review.hpp"
#include "game/srs/fsrs.hpp"
#include "game/ui/screen.hpp"
#include "game/ui/screen_stack.hpp"
#include "game/ui/settings.hpp"
#include "game/ui/sounds.hpp"
#include "game/ui/strings.hpp"

namespace tarikh::store {
class LearnerDb;  // game/store/learner_db.hpp
}

namespace tarikh::screens {

struct ClassroomRoom;  // the classroom competition's setup and state (classroom_room.hpp)

struct GameContext {
  GameContext(session::Deck& d, session::ReviewSink& s, const session::Clock& c,
              ui::ScreenStack& st)
      : deck(d), sink(s), clock(c), stack(st) {}

  ui::Settings settings;
  // Right, wrong and countdown sounds, silent while settings.sounds is off (or no sink is set:
  // headless play, most tests). The loop sets the sink.
  ui::Sounds sounds{settings};
  session::Deck& deck;
  session::ReviewSink& sink;
  const session::Clock& clock;
  ui::ScreenStack& stack;
  srs::Fsrs fsrs;
  std::string profile_name;                  // empty: the catalog's default
  std::uint32_t seed = 1;                    // for shuffles (deterministic in tests)
  std::filesystem::path data_dir;            // --data or the user's data folder (empty: not known)
  std::shared_ptr<ClassroomRoom> classroom;  // kept while its screens come and go
  store::LearnerDb* db = nullptr;            // the learner database (nullptr: none opened)
  ui::TextDrawer* text = nullptr;  // what draws the screens' text (set by the loop; for edit lines)
  std::int64_t profile_id = 0;     // the current profile in db (0: none)
  // Set by the loop: reads the rebuilt bank into the deck (the documents screen calls it).
  std::function<void()> reload_bank;

  std::string_view tr(ui::Str key) const { return ui::tr(key, settings.language); }
  long today() const { return session::day_of(clock.now_ms()); }
};

// Every screen name scripts may use, in DESIGN.md's order.
const std::vector<std::string_view>& screen_names();
bool is_screen_name(std::string_view name);

// A new screen by name (nullptr for an unknown name).
std::unique_ptr<ui::Screen> make_screen(std::string_view name, GameContext& ctx);

}  // namespace tarikh::screens
