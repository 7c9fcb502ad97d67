// The game loop (DESIGN.md "Game loop"): one window (or, headless, an offscreen surface), a
// screen stack whose switches are applied between frames, a fixed time step for timers and
// animations, and input from keyboard, mouse, touch and gamepads. The same loop runs
// interactively (waiting on events when nothing moves, capping the frame rate when something
// does) and from a `play` script (headless: a virtual clock, no real sleeping).
#pragma once

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "game/app/input.hpp"
#include "game/app/script.hpp"
#include "game/screens/game_context.hpp"
#include "game/session/deck.hpp"
#include "game/store/store_deck.hpp"
#include "game/ui/screen_stack.hpp"
#include "game/ui/sounds.hpp"
#include "game/ui/text_drawer.hpp"

namespace tarikh::app {

struct LoopConfig {
  bool headless = false;
  int width = 1280;
  int height = 720;
  std::filesystem::path shots;  // where `shot NAME` writes NAME.png (empty: shots are skipped)
  std::string first_screen = "home";
  std::filesystem::path data;  // the data folder (--data): where the game writes its files
  // The learner database (owned by the caller; nullptr: an in-memory deck, nothing kept). With
  // one, the game plays the last used profile's cards and settings.
  store::LearnerDb* db = nullptr;
};

// The clock the sessions see: wall time, or (headless) a start time moved only by the loop.
class LoopClock : public session::Clock {
 public:
  explicit LoopClock(bool is_virtual);
  std::int64_t now_ms() const override;
  void advance(std::int64_t ms) { virtual_ms_ += ms; }

 private:
  bool virtual_;
  std::int64_t start_ms_;
  std::int64_t virtual_ms_ = 0;
};

class GameLoop {
 public:
  static constexpr int kStepMs = 10;          // fixed update step
  static constexpr int kFrameMs = 16;         // frame-rate cap while animating (~60 fps)
  static constexpr int kAudioCheckMs = 250;   // idle wake-ups while the audio device is open
  static constexpr int kIdlePollMs = 15;      // polling slice where SDL cannot block on events
  static constexpr int kIdlePollLongMs = 50;  // the same after a second without any

  // Opens SDL (video only when not headless), the window or offscreen target, fonts and the
  // first screen. Throws std::runtime_error when any of them fails.
  GameLoop(const LoopConfig& config, std::vector<questions::Question> questions);
  ~GameLoop();
  GameLoop(const GameLoop&) = delete;
  GameLoop& operator=(const GameLoop&) = delete;

  // Runs until the window closes. Returns the exit status (0).
  int run();
  // Runs a parsed script: 0 at its end (or when the window closes), 1 when an expect-screen
  // fails (after one line on stderr).
  int run_script(const std::vector<ScriptCommand>& script);

  std::string top_name() const;

  // Draws the top screen once and presents it (benchmarks time frames with it).
  void render_frame() { render(); }

 private:
  struct SdlSession {
    explicit SdlSession(bool headless);
    ~SdlSession();
  };
  struct WindowDestroyer {
    void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
  };
  struct RendererDestroyer {
    void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
  };
  struct SurfaceFreer {
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
  };

  void make_target(int w, int h);
  ui::View view() const;
  void dispatch(const SDL_Event& e);
  void pump();
  void end_of_frame_changes();
  void advance(int ms);
  void wait_real(int ms);
  // Waits for an event up to `timeout_ms` (-1: for ever) without a busy loop; true with one.
  bool wait_event(SDL_Event& e, int timeout_ms);
  // Draws the top screen; presents it unless `present` is false (a shot reads the frame first).
  void render(bool present = true);
  void save_shot(const std::string& name);
  void resize(int w, int h);
  void toggle_fullscreen();
  void push_script_input(const ScriptCommand& c);

  LoopConfig config_;
  SdlSession sdl_;
  std::unique_ptr<SDL_Window, WindowDestroyer> window_;
  std::unique_ptr<SDL_Surface, SurfaceFreer> surface_;  // headless target
  std::unique_ptr<SDL_Renderer, RendererDestroyer> renderer_;
  std::unique_ptr<ui::TextDrawer> text_;
  std::unique_ptr<ui::SdlAudio> audio_;  // in a window only: headless play is silent
  LoopClock clock_;
  std::unique_ptr<store::StoreDeck> store_deck_;  // with a learner database
  session::InMemoryDeck deck_;                    // without one (empty when there is one)
  ui::ScreenStack stack_;
  screens::GameContext ctx_;
  InputMapper input_;
  bool running_ = true;
  bool dirty_ = true;
  bool text_input_ = false;
  bool native_wait_ = false;  // the video driver blocks in SDL_WaitEvent (see wait_event)
  int step_remainder_ = 0;
};

}  // namespace tarikh::app
