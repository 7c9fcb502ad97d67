#include "game/app/loop.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <stdexcept>

#include "game/app/paths.hpp"
#include "game/app/png.hpp"
#include "game/screens/profiles.hpp"
#include "game/text/engine_text_drawer.hpp"
#include "game/ui/ttf_text_drawer.hpp"
#include "questions/arabic/utf8.hpp"
#include "questions/bank/bank.hpp"

namespace tarikh::app {

namespace {

std::int64_t wall_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

[[noreturn]] void sdl_fail(const std::string& what) {
  throw std::runtime_error(what + ": " + SDL_GetError());
}

}  // namespace

LoopClock::LoopClock(bool is_virtual) : virtual_(is_virtual), start_ms_(wall_ms()) {}

std::int64_t LoopClock::now_ms() const {
  return virtual_ ? start_ms_ + virtual_ms_ : wall_ms();
}

GameLoop::SdlSession::SdlSession(bool headless) {
  // Headless play needs no video device: it draws on a surface with the software renderer and
  // feeds its input through SDL's event queue.
  const Uint32 flags = headless ? SDL_INIT_EVENTS : (SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER);
  if (SDL_Init(flags) != 0) sdl_fail("cannot start SDL");
}

GameLoop::SdlSession::~SdlSession() {
  SDL_Quit();
}

GameLoop::GameLoop(const LoopConfig& config, std::vector<questions::Question> questions)
    : config_(config),
      sdl_(config.headless),
      clock_(config.headless),
      store_deck_(
          config.db ? std::make_unique<store::StoreDeck>(*config.db, 0, questions, clock_.now_ms())
                    : nullptr),
      deck_(config.db ? std::vector<questions::Question>{} : std::move(questions)),
      ctx_(store_deck_ ? static_cast<session::Deck&>(*store_deck_) : deck_,
           store_deck_ ? static_cast<session::ReviewSink&>(*store_deck_) : deck_, clock_, stack_) {
  if (config_.headless) {
    make_target(config_.width, config_.height);
  } else {
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    window_.reset(SDL_CreateWindow("Tarikh — تاريخ", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   config_.width, config_.height,
                                   SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI));
    if (!window_) sdl_fail("cannot open the window");
    renderer_.reset(SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_ACCELERATED));
    if (!renderer_) renderer_.reset(SDL_CreateRenderer(window_.get(), -1, SDL_RENDERER_SOFTWARE));
    if (!renderer_) sdl_fail("cannot create a renderer");
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    native_wait_ =
        driver == "x11" || driver == "wayland" || driver == "windows" || driver == "cocoa";
    SDL_StopTextInput();  // on only while a screen takes typed text
    input_.open_all_gamepads();
    // The audio device opens with the first sound (not before the first frame), and a machine
    // without one plays silently.
    audio_ = std::make_unique<ui::SdlAudio>();
    ctx_.sounds.set_sink(audio_.get());
  }
  // The game's text engine (bidi, HarfBuzz shaping, line breaking); TARIKH_TEXT_DRAWER=ttf
  // selects the older SDL_ttf stand-in, for comparison.
  const char* which = SDL_getenv("TARIKH_TEXT_DRAWER");
  if (which && std::string(which) == "ttf") {
    text_ = std::make_unique<ui::TtfTextDrawer>(assets_dir() / "fonts");
  } else {
    text_ = std::make_unique<text::EngineTextDrawer>(assets_dir());
  }
  ctx_.text = text_.get();
  ctx_.seed = 1;
  ctx_.data_dir = config_.data;
  if (config_.db) {
    ctx_.db = config_.db;
    // After the documents screen rebuilt the bank: its questions, the cards synced.
    ctx_.reload_bank = [this] {
      try {
        store_deck_->set_questions(questions::read_bank(default_bank_path(config_.data)),
                                   clock_.now_ms());
      } catch (const std::exception& e) {
        std::cerr << "tarikh: " << e.what() << "\n";
      }
    };
    screens::use_profile(ctx_, screens::last_profile(*config_.db, clock_.now_ms() / 1000,
                                                     std::string(ctx_.tr(ui::Str::Profile))));
  }
  auto first = screens::make_screen(config_.first_screen, ctx_);
  if (!first) first = screens::make_screen("home", ctx_);
  stack_.push(std::move(first));
  stack_.apply();
}

GameLoop::~GameLoop() {
  stack_.clear();  // screens hold references into the context: they go first
  ctx_.sounds.set_sink(nullptr);
  audio_.reset();
  if (text_) text_->release_renderer();
  text_.reset();
}

void GameLoop::make_target(int w, int h) {
  if (text_) text_->release_renderer();
  renderer_.reset();
  surface_.reset(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
  if (!surface_) sdl_fail("cannot create the offscreen surface");
  renderer_.reset(SDL_CreateSoftwareRenderer(surface_.get()));
  if (!renderer_) sdl_fail("cannot create the software renderer");
}

ui::View GameLoop::view() const {
  ui::View v;
  int w = 0, h = 0;
  if (SDL_GetRendererOutputSize(renderer_.get(), &w, &h) == 0 && w > 0 && h > 0) {
    v.w = w;
    v.h = h;
  }
  v.rtl = ctx_.settings.rtl();
  v.font_scale = ctx_.settings.font_scale;
  return v;
}

std::string GameLoop::top_name() const {
  const ui::Screen* top = stack_.top();
  return top ? std::string(top->name()) : std::string("(none)");
}

void GameLoop::toggle_fullscreen() {
  if (!window_) return;
  const bool full = (SDL_GetWindowFlags(window_.get()) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  SDL_SetWindowFullscreen(window_.get(), full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
  dirty_ = true;
}

void GameLoop::dispatch(const SDL_Event& e) {
  switch (e.type) {
    case SDL_QUIT:
      running_ = false;
      return;
    case SDL_WINDOWEVENT:
      dirty_ = true;
      return;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
      text_->release_renderer();
      dirty_ = true;
      return;
    case SDL_KEYDOWN:
      if (e.key.keysym.sym == SDLK_F11) {
        toggle_fullscreen();
        return;
      }
      break;
    default:
      break;
  }
  const ui::View v = view();
  double sx = 1, sy = 1;
  if (window_) {
    int ww = 0, wh = 0;
    SDL_GetWindowSize(window_.get(), &ww, &wh);
    if (ww > 0 && wh > 0) {
      sx = static_cast<double>(v.w) / ww;
      sy = static_cast<double>(v.h) / wh;
    }
  }
  for (const auto& ie : input_.map(e, v.w, v.h, sx, sy)) {
    dirty_ = true;
    if (ie.kind == ui::InputEvent::Kind::Action && ie.action == ui::Action::Back) {
      ui::Screen* top = stack_.top();
      if (top && top->takes_back(ie)) {
        top->handle(ie, v);
        continue;
      }
      if (stack_.size() > 1 && !stack_.pending()) stack_.pop();  // Esc goes back
      continue;
    }
    if (ui::Screen* top = stack_.top()) top->handle(ie, v);
  }
}

void GameLoop::pump() {
  SDL_Event e;
  while (running_ && SDL_PollEvent(&e)) dispatch(e);
}

void GameLoop::end_of_frame_changes() {
  if (stack_.apply()) dirty_ = true;
  const ui::Screen* top = stack_.top();
  const bool want = top && top->wants_text();
  if (window_ && want != text_input_) {
    if (want) {
      SDL_StartTextInput();
    } else {
      SDL_StopTextInput();
    }
  }
  text_input_ = want;
}

void GameLoop::advance(int ms) {
  // Virtual time, in fixed steps.
  ms += step_remainder_;
  while (ms >= kStepMs) {
    clock_.advance(kStepMs);
    if (ui::Screen* top = stack_.top()) {
      if (top->animating()) dirty_ = true;
      top->update(kStepMs);
    }
    ms -= kStepMs;
  }
  step_remainder_ = ms;
}

void GameLoop::render(bool present) {
  // The viewport follows the window even when the size event has not come through yet (a
  // fullscreen switch without a window manager).
  if (window_) SDL_RenderSetViewport(renderer_.get(), nullptr);
  const ui::View v = view();
  ui::Canvas canvas(renderer_.get(), *text_, v, ctx_.settings);
  if (const ui::Screen* top = stack_.top()) {
    top->draw(canvas);
  } else {
    canvas.clear(ui::theme::kBackground);
  }
  text_->end_frame();
  if (window_ && present) SDL_RenderPresent(renderer_.get());
  dirty_ = false;
}

void GameLoop::save_shot(const std::string& name) {
  if (config_.shots.empty()) return;
  const ui::View v = view();
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(v.w) * v.h * 4);
  if (SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_RGBA32, pixels.data(),
                           v.w * 4) != 0) {
    sdl_fail("cannot read the frame");
  }
  write_png_rgba(config_.shots / (name + ".png"), v.w, v.h, pixels.data(), v.w * 4);
}

void GameLoop::resize(int w, int h) {
  if (window_) {
    SDL_SetWindowFullscreen(window_.get(), 0);
    SDL_SetWindowSize(window_.get(), w, h);
  } else {
    make_target(w, h);
  }
  dirty_ = true;
}

int GameLoop::run() {
  SDL_Event e;
  Uint64 last = SDL_GetTicks64();
  Uint64 last_frame = last;
  int acc = 0;
  while (running_) {
    const ui::Screen* top = stack_.top();
    const bool animating = top && top->animating();
    if (animating) {
      const int since = static_cast<int>(SDL_GetTicks64() - last_frame);
      if (wait_event(e, std::max(1, kFrameMs - since))) dispatch(e);
    } else if (!dirty_) {
      // Nothing moves: sleep until something happens (no busy loop at idle). While the audio
      // device is open, wake now and then to close it once it is silent.
      if (wait_event(e, audio_ && audio_->open() ? kAudioCheckMs : -1)) dispatch(e);
      last = SDL_GetTicks64();
      acc = 0;
    }
    pump();
    end_of_frame_changes();
    const Uint64 now = SDL_GetTicks64();
    acc += static_cast<int>(std::min<Uint64>(250, now - last));
    last = now;
    while (acc >= kStepMs) {
      if (ui::Screen* t = stack_.top()) {
        if (t->animating()) dirty_ = true;
        t->update(kStepMs);
      }
      acc -= kStepMs;
    }
    if (dirty_ && (!animating || SDL_GetTicks64() - last_frame >= static_cast<Uint64>(kFrameMs))) {
      render();
      last_frame = SDL_GetTicks64();
    }
    if (audio_) audio_->update(SDL_GetTicks64());
  }
  return 0;
}

bool GameLoop::wait_event(SDL_Event& e, int timeout_ms) {
  // SDL blocks in the video driver's own wait where it has one (x11, wayland, windows, cocoa),
  // unless a joystick is open; otherwise SDL_WaitEvent polls every millisecond (2 % of a core at
  // idle). The loop then polls in coarser slices: kIdlePollMs of input latency at most, and
  // kIdlePollLongMs once nothing has happened for a second.
  if (native_wait_ && SDL_NumJoysticks() == 0) {
    return timeout_ms < 0 ? SDL_WaitEvent(&e) == 1 : SDL_WaitEventTimeout(&e, timeout_ms) == 1;
  }
  const Uint64 start = SDL_GetTicks64();
  for (;;) {
    if (SDL_PollEvent(&e)) return true;
    const Uint64 waited = SDL_GetTicks64() - start;
    if (timeout_ms >= 0 && waited >= static_cast<Uint64>(timeout_ms)) return false;
    Uint64 slice = waited < 1000 ? kIdlePollMs : kIdlePollLongMs;
    if (timeout_ms >= 0) slice = std::min<Uint64>(slice, static_cast<Uint64>(timeout_ms) - waited);
    SDL_Delay(static_cast<Uint32>(slice));
  }
}

void GameLoop::wait_real(int ms) {
  // A script in a real window: let real time pass so that a person can watch.
  const Uint64 end = SDL_GetTicks64() + static_cast<Uint64>(ms);
  SDL_Event e;
  while (running_) {
    const Uint64 now = SDL_GetTicks64();
    if (now >= end) break;
    if (SDL_WaitEventTimeout(&e, static_cast<int>(std::min<Uint64>(kFrameMs, end - now)))) {
      dispatch(e);
    }
    pump();
    end_of_frame_changes();
    advance(kFrameMs);
    if (dirty_) render();
    if (audio_) audio_->update(SDL_GetTicks64());
  }
}

void GameLoop::push_script_input(const ScriptCommand& c) {
  using Kind = ScriptCommand::Kind;
  const Uint32 window_id = window_ ? SDL_GetWindowID(window_.get()) : 0;
  SDL_Event e;
  auto mouse_button = [&](Uint32 type, int x, int y) {
    SDL_zero(e);
    e.type = type;
    e.button.windowID = window_id;
    e.button.which = 0;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = x;
    e.button.y = y;
    SDL_PushEvent(&e);
  };
  auto mouse_motion = [&](int x, int y, bool held) {
    SDL_zero(e);
    e.type = SDL_MOUSEMOTION;
    e.motion.windowID = window_id;
    e.motion.which = 0;
    e.motion.state = held ? SDL_BUTTON_LMASK : 0;
    e.motion.x = x;
    e.motion.y = y;
    SDL_PushEvent(&e);
  };
  switch (c.kind) {
    case Kind::Key:
      for (Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) {
        SDL_zero(e);
        e.type = type;
        e.key.windowID = window_id;
        e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.keysym.sym = static_cast<SDL_Keycode>(c.a);
        e.key.keysym.scancode = SDL_GetScancodeFromKey(static_cast<SDL_Keycode>(c.a));
        e.key.keysym.mod = static_cast<Uint16>(c.b);
        SDL_PushEvent(&e);
      }
      break;
    case Kind::Text: {
      // SDL_TEXTINPUT holds at most 31 bytes: split on code point boundaries.
      std::size_t pos = 0;
      while (pos < c.text.size()) {
        std::string chunk;
        while (pos < c.text.size()) {
          std::size_t next = pos;
          text::next_code_point(c.text, next);
          if (chunk.size() + (next - pos) > sizeof(e.text.text) - 1) break;
          chunk.append(c.text, pos, next - pos);
          pos = next;
        }
        SDL_zero(e);
        e.type = SDL_TEXTINPUT;
        e.text.windowID = window_id;
        SDL_memcpy(e.text.text, chunk.data(), chunk.size());
        SDL_PushEvent(&e);
      }
      break;
    }
    case Kind::Click:
      mouse_motion(c.a, c.b, false);
      mouse_button(SDL_MOUSEBUTTONDOWN, c.a, c.b);
      mouse_button(SDL_MOUSEBUTTONUP, c.a, c.b);
      break;
    case Kind::Drag: {
      mouse_motion(c.a, c.b, false);
      mouse_button(SDL_MOUSEBUTTONDOWN, c.a, c.b);
      constexpr int kSteps = 8;
      for (int i = 1; i <= kSteps; ++i) {
        mouse_motion(c.a + (c.c - c.a) * i / kSteps, c.b + (c.d - c.b) * i / kSteps, true);
      }
      mouse_button(SDL_MOUSEBUTTONUP, c.c, c.d);
      break;
    }
    case Kind::Pad:
      for (Uint32 type : {SDL_CONTROLLERBUTTONDOWN, SDL_CONTROLLERBUTTONUP}) {
        SDL_zero(e);
        e.type = type;
        e.cbutton.which = c.a;
        e.cbutton.button = static_cast<Uint8>(c.b);
        e.cbutton.state = type == SDL_CONTROLLERBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        SDL_PushEvent(&e);
      }
      break;
    case Kind::Quit:
      SDL_zero(e);
      e.type = SDL_QUIT;
      SDL_PushEvent(&e);
      break;
    default:
      break;
  }
}

int GameLoop::run_script(const std::vector<ScriptCommand>& script) {
  using Kind = ScriptCommand::Kind;
  pump();
  end_of_frame_changes();
  render();
  for (const auto& c : script) {
    if (!running_) break;
    switch (c.kind) {
      case Kind::Wait:
        if (config_.headless) {
          advance(c.a);
        } else {
          wait_real(c.a);
        }
        break;
      case Kind::Resize:
        resize(c.a, c.b);
        break;
      case Kind::Shot:
        // Read the frame before presenting it: after a swap the back buffer is undefined.
        render(false);
        save_shot(c.text);
        if (window_) SDL_RenderPresent(renderer_.get());
        break;
      case Kind::ExpectScreen: {
        const std::string top = top_name();
        if (top != c.text) {
          std::cerr << "tarikh: line " << c.line << ": expect-screen " << c.text
                    << " failed: " << top << " is on top\n";
          return 1;
        }
        break;
      }
      case Kind::Goto:
        if (c.text == "home") {
          stack_.reset(screens::make_screen("home", ctx_));
        } else {
          stack_.push(screens::make_screen(c.text, ctx_));
        }
        break;
      default:
        push_script_input(c);
        break;
    }
    pump();
    end_of_frame_changes();
    if (running_ && dirty_) render();
  }
  return 0;
}

}  // namespace tarikh::app
