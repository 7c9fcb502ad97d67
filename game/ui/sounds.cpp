#include "game/ui/sounds.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace tarikh::ui {

std::string_view sound_name(Sound s) {
  switch (s) {
    case Sound::Right:
      return "right";
    case Sound::Wrong:
      return "wrong";
    case Sound::Tick:
      return "tick";
    case Sound::TimeUp:
      return "time-up";
  }
  return "?";
}

void Sounds::play(Sound sound) {
  if (settings_.sounds && sink_) sink_->play(sound);
}

void Sounds::countdown(std::int64_t remaining_ms) {
  const std::int64_t second = (std::max<std::int64_t>(0, remaining_ms) + 999) / 1000;
  const std::int64_t before = last_second_;
  last_second_ = second;
  if (before < 0 || second >= before) return;  // a new countdown, or no second passed
  if (second == 0) {
    play(Sound::TimeUp);
  } else if (second <= kCountdownSeconds) {
    play(Sound::Tick);
  }
}

namespace {

constexpr double kPi = 3.14159265358979323846;

// Adds a tone to `out` from `start_s` for `length_s` seconds: frequency gliding from f0 to f1,
// a few harmonics, a short attack and an exponential decay.
void add_tone(std::vector<double>& out, int rate, double start_s, double length_s, double f0,
              double f1, double gain, double decay, std::initializer_list<double> harmonics) {
  const auto first = static_cast<std::size_t>(start_s * rate);
  const auto n = static_cast<std::size_t>(length_s * rate);
  if (out.size() < first + n) out.resize(first + n, 0.0);
  double phase = 0;
  const double attack = 0.004 * rate;
  const double release = 0.012 * rate;
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / rate;
    const double f = f0 + (f1 - f0) * (static_cast<double>(i) / static_cast<double>(n));
    phase += 2 * kPi * f / rate;
    double v = 0;
    double k = 1;
    for (double h : harmonics) v += h * std::sin(phase * k++);
    double env = std::exp(-decay * t);
    env *= std::min(1.0, static_cast<double>(i) / attack);       // attack
    env *= std::min(1.0, static_cast<double>(n - i) / release);  // no click at the end
    out[first + i] += gain * env * v;
  }
}

}  // namespace

std::vector<std::int16_t> synthesize(Sound sound, int rate) {
  std::vector<double> mix;
  switch (sound) {
    case Sound::Right:  // E5 then B5, bright
      add_tone(mix, rate, 0.000, 0.110, 659.26, 659.26, 0.32, 9, {1.0, 0.25, 0.08});
      add_tone(mix, rate, 0.090, 0.220, 987.77, 987.77, 0.32, 8, {1.0, 0.25, 0.08});
      break;
    case Sound::Wrong:  // a low falling tone, a little buzzy
      add_tone(mix, rate, 0.000, 0.300, 220.0, 155.0, 0.34, 5, {1.0, 0.0, 0.30, 0.0, 0.12});
      break;
    case Sound::Tick:  // a short wooden tick
      add_tone(mix, rate, 0.000, 0.050, 1320.0, 1320.0, 0.28, 60, {1.0, 0.15});
      break;
    case Sound::TimeUp:  // two falling beeps
      add_tone(mix, rate, 0.000, 0.160, 880.0, 880.0, 0.30, 6, {1.0, 0.3});
      add_tone(mix, rate, 0.180, 0.300, 587.33, 587.33, 0.30, 5, {1.0, 0.3});
      break;
  }
  std::vector<std::int16_t> out(mix.size());
  for (std::size_t i = 0; i < mix.size(); ++i) {
    out[i] = static_cast<std::int16_t>(std::lround(std::clamp(mix[i], -1.0, 1.0) * 32767.0));
  }
  return out;
}

std::string audio_drivers(const std::vector<std::string>& compiled, bool have_sound_devices) {
  std::string list;
  for (const auto& d : compiled) {
    // dummy and disk are never chosen unless asked for by name (SDL does the same).
    if (d == "dummy" || d == "disk") continue;
    // Both end in ALSA's library without a sound server (sndio falls back on it).
    if ((d == "alsa" || d == "sndio") && !have_sound_devices) continue;
    if (!list.empty()) list += ",";
    list += d;
  }
  return list;
}

SdlAudio::~SdlAudio() {
  close();
  if (subsystem_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool SdlAudio::ensure_open() {
  if (device_ != 0) return true;
  if (failed_) return false;
  if (!subsystem_) {
    // Unless told which driver to use, SDL tries each in turn; ALSA's library prints a page of
    // errors on a machine without a sound card. So without one, ALSA (and sndio, which falls
    // back on it) is not tried.
    const char* chosen = SDL_GetHint(SDL_HINT_AUDIODRIVER);
    if (!chosen || !*chosen) {
      std::vector<std::string> drivers;
      for (int i = 0; i < SDL_GetNumAudioDrivers(); ++i) drivers.push_back(SDL_GetAudioDriver(i));
      std::error_code ec;
      const std::string list = audio_drivers(drivers, std::filesystem::exists("/dev/snd", ec));
      if (list.empty()) {
        failed_ = true;
        return false;
      }
      SDL_SetHint(SDL_HINT_AUDIODRIVER, list.c_str());
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
      failed_ = true;  // no audio driver at all: play silently from now on
      return false;
    }
    subsystem_ = true;
  }
  SDL_AudioSpec want;
  SDL_zero(want);
  want.freq = kRate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  SDL_AudioSpec have;
  SDL_zero(have);
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (device_ == 0) {
    failed_ = true;  // no device: play silently from now on
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    subsystem_ = false;
    return false;
  }
  if (have.freq != rate_) {
    rate_ = have.freq;
    for (auto& s : samples_) s.clear();
  }
  SDL_PauseAudioDevice(device_, 0);
  return true;
}

void SdlAudio::close() {
  if (device_ == 0) return;
  SDL_CloseAudioDevice(device_);
  device_ = 0;
}

void SdlAudio::play(Sound sound) {
  if (!ensure_open()) return;
  auto& samples = samples_[static_cast<std::size_t>(sound)];
  if (samples.empty()) samples = synthesize(sound, rate_);
  // The newest sound plays at once: whatever is left of the previous one is dropped.
  SDL_ClearQueuedAudio(device_);
  SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(samples[0])));
  last_busy_ms_ = SDL_GetTicks64();
}

std::uint32_t SdlAudio::queued() const {
  return device_ != 0 ? SDL_GetQueuedAudioSize(device_) : 0;
}

void SdlAudio::update(std::uint64_t now_ms) {
  if (device_ == 0) return;
  if (queued() > 0) {
    last_busy_ms_ = now_ms;
  } else if (now_ms >= last_busy_ms_ + kCloseAfterMs) {
    close();
  }
}

}  // namespace tarikh::ui
