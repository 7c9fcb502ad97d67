// Short sounds for right, wrong and the countdown of a timed question, made in code (no sound
// files). Screens ask for a sound through Sounds (GameContext::sounds); the player's "sounds"
// setting silences them; a SoundSink plays them: SdlAudio on the audio device, RecordingSoundSink
// in tests, none at all in headless play (its virtual clock never waits on audio).
#pragma once

#include <SDL.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "game/ui/settings.hpp"

namespace tarikh::ui {

enum class Sound {
  Right,   // a right answer: two rising notes
  Wrong,   // a wrong answer: a low falling tone
  Tick,    // each of the last seconds of a timed question
  TimeUp,  // the time of a timed question is over
};
inline constexpr int kSoundCount = 4;

std::string_view sound_name(Sound s);

// Where sounds go.
class SoundSink {
 public:
  virtual ~SoundSink() = default;
  virtual void play(Sound sound) = 0;
};

// Keeps every sound asked for (tests).
class RecordingSoundSink : public SoundSink {
 public:
  void play(Sound sound) override { played.push_back(sound); }
  std::vector<Sound> played;
};

// What screens call. Plays nothing while the settings say no sounds or no sink is set.
class Sounds {
 public:
  // The countdown ticks in the last kCountdownSeconds seconds.
  static constexpr int kCountdownSeconds = 3;

  explicit Sounds(const Settings& settings) : settings_(settings) {}
  Sounds(const Sounds&) = delete;
  Sounds& operator=(const Sounds&) = delete;

  void set_sink(SoundSink* sink) { sink_ = sink; }
  SoundSink* sink() const { return sink_; }

  void play(Sound sound);
  // Right or Wrong.
  void answer(bool correct) { play(correct ? Sound::Right : Sound::Wrong); }
  // Follows the time left on a timed question; call it whenever that time is known (each update
  // step, say). Plays Tick as the time left passes each of the last kCountdownSeconds whole
  // seconds (3, 2, 1) and TimeUp as it reaches 0, each once. A time left that grows (a new
  // question) starts a new countdown without a sound; a paused clock plays nothing.
  void countdown(std::int64_t remaining_ms);
  // Forgets the countdown followed so far (the next call starts a new one).
  void reset_countdown() { last_second_ = -1; }

 private:
  const Settings& settings_;
  SoundSink* sink_ = nullptr;
  std::int64_t last_second_ = -1;  // whole seconds left (rounded up) at the last countdown call
};

// A sound's samples: mono, signed 16 bit, at `rate` samples per second, with soft edges.
std::vector<std::int16_t> synthesize(Sound sound, int rate);

// The audio drivers SDL may try, in its order, when none is named (SDL_AUDIODRIVER): all it was
// built with but dummy and disk, and without ALSA and sndio (which falls back on ALSA) when the
// machine has no sound devices (/dev/snd), where ALSA's library would print errors.
// Comma-separated, for SDL_AUDIODRIVER.
std::string audio_drivers(const std::vector<std::string>& compiled, bool have_sound_devices);

// The audio device through plain SDL audio (SDL_QueueAudio). The device opens when the first
// sound is asked for (never delaying the first frame) and closes again once it has been silent
// for kCloseAfterMs (no audio thread running at idle). Without audio (no device, no driver, a
// failed open) sounds are dropped silently and opening is not tried again. Never blocks.
class SdlAudio : public SoundSink {
 public:
  static constexpr int kCloseAfterMs = 2000;
  static constexpr int kRate = 44100;

  SdlAudio() = default;
  ~SdlAudio() override;
  SdlAudio(const SdlAudio&) = delete;
  SdlAudio& operator=(const SdlAudio&) = delete;

  void play(Sound sound) override;
  // True while the device is open (the loop then wakes to call update).
  bool open() const { return device_ != 0; }
  // Closes the device once it has been silent for kCloseAfterMs. `now_ms`: SDL_GetTicks64.
  void update(std::uint64_t now_ms);
  // Bytes still queued on the device (0 when closed).
  std::uint32_t queued() const;
  // False once opening failed (sounds are then dropped).
  bool available() const { return !failed_; }

 private:
  bool ensure_open();
  void close();

  SDL_AudioDeviceID device_ = 0;
  bool subsystem_ = false;
  bool failed_ = false;
  int rate_ = kRate;
  std::uint64_t last_busy_ms_ = 0;
  std::array<std::vector<std::int16_t>, kSoundCount> samples_;
};

}  // namespace tarikh::ui
