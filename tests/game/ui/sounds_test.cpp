// Sounds without hearing them: which sound each event asks for, the switch, the countdown, the
// tones' shape, and the SDL audio sink on the dummy driver and with no driver at all.
#include "game/ui/sounds.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace tarikh::ui;

namespace {

using Played = std::vector<Sound>;

// Sets an environment variable for one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (had_) {
      setenv(name_, old_.c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

}  // namespace

TEST(Sounds, PlaysThroughTheSinkOnlyWhileTheSettingIsOn) {
  Settings settings;
  Sounds sounds(settings);
  sounds.play(Sound::Right);  // no sink: nothing, no crash
  RecordingSoundSink sink;
  sounds.set_sink(&sink);
  sounds.answer(true);
  sounds.answer(false);
  EXPECT_EQ(sink.played, (Played{Sound::Right, Sound::Wrong}));
  settings.sounds = false;
  sounds.answer(true);
  sounds.play(Sound::Tick);
  sounds.countdown(3000);
  sounds.countdown(0);
  EXPECT_EQ(sink.played, (Played{Sound::Right, Sound::Wrong}));
}

TEST(Sounds, CountdownTicksInTheLastSecondsThenTimeUpOnce) {
  Settings settings;
  Sounds sounds(settings);
  RecordingSoundSink sink;
  sounds.set_sink(&sink);
  for (int left = 10'000; left >= 3010; left -= 10) sounds.countdown(left);
  EXPECT_TRUE(sink.played.empty());  // 10 s .. 3.01 s: silent
  sounds.countdown(3000);
  EXPECT_EQ(sink.played, Played{Sound::Tick});
  for (int left = 2990; left >= -50; left -= 10) sounds.countdown(left);
  EXPECT_EQ(sink.played, (Played{Sound::Tick, Sound::Tick, Sound::Tick, Sound::TimeUp}));
  sounds.countdown(0);  // stays over: nothing more
  EXPECT_EQ(sink.played.size(), 4u);
  // A new question: the time left grows, which starts a new countdown without a sound; a
  // paused clock repeats the same time and plays nothing; a big step plays one tick.
  sink.played.clear();
  sounds.countdown(20'000);
  sounds.countdown(20'000);
  EXPECT_TRUE(sink.played.empty());
  sounds.countdown(2500);
  EXPECT_EQ(sink.played, Played{Sound::Tick});
  // Forgotten: the next call only starts following.
  sink.played.clear();
  sounds.reset_countdown();
  sounds.countdown(0);
  EXPECT_TRUE(sink.played.empty());
}

TEST(Sounds, TonesAreShortSoftEdgedAndDistinct) {
  std::vector<std::vector<std::int16_t>> all;
  for (auto s : {Sound::Right, Sound::Wrong, Sound::Tick, Sound::TimeUp}) {
    const auto samples = synthesize(s, 44100);
    SCOPED_TRACE(std::string(sound_name(s)));
    ASSERT_GT(samples.size(), 44100u / 50);  // at least 20 ms
    EXPECT_LT(samples.size(), 44100u / 2);   // under half a second
    int peak = 0;
    for (auto v : samples) peak = std::max(peak, std::abs(static_cast<int>(v)));
    EXPECT_GT(peak, 32767 / 8);       // audible
    EXPECT_LT(peak, 32767 * 9 / 10);  // with headroom, never clipped
    // No click: the first and last samples are near silence.
    EXPECT_LT(std::abs(static_cast<int>(samples.front())), 32767 / 50);
    EXPECT_LT(std::abs(static_cast<int>(samples.back())), 32767 / 50);
    for (const auto& other : all) EXPECT_NE(samples, other);
    all.push_back(samples);
  }
  // The same sound at another rate has as many samples per second.
  EXPECT_NEAR(static_cast<double>(synthesize(Sound::Wrong, 48000).size()) / 48000,
              static_cast<double>(synthesize(Sound::Wrong, 44100).size()) / 44100, 0.001);
}

TEST(SdlAudio, QueuesOnTheDummyDriverWithoutBlockingAndClosesWhenSilent) {
  ScopedEnv driver("SDL_AUDIODRIVER", "dummy");
  SdlAudio audio;
  EXPECT_FALSE(audio.open());  // nothing opened before the first sound
  const Uint64 before = SDL_GetTicks64();
  audio.play(Sound::Right);
  EXPECT_LT(SDL_GetTicks64() - before, 500u);  // queued, not played through
  ASSERT_TRUE(audio.available());
  ASSERT_TRUE(audio.open());
  EXPECT_GT(audio.queued(), 0u);
  audio.update(SDL_GetTicks64());
  EXPECT_TRUE(audio.open());
  // The dummy device consumes the sound in real time (a third of a second).
  for (int i = 0; i < 300 && audio.queued() > 0; ++i) SDL_Delay(10);
  EXPECT_EQ(audio.queued(), 0u);
  const Uint64 drained = SDL_GetTicks64();
  audio.update(drained + SdlAudio::kCloseAfterMs / 2);
  EXPECT_TRUE(audio.open());  // silent, but not for long enough yet
  audio.update(drained + SdlAudio::kCloseAfterMs + 10);
  EXPECT_FALSE(audio.open());  // closed: no audio thread at idle
  audio.play(Sound::Tick);     // opens again
  EXPECT_TRUE(audio.open());
}

TEST(SdlAudio, WithoutAnyAudioSoundsAreDroppedSilently) {
  ScopedEnv driver("SDL_AUDIODRIVER", "no-such-driver");
  SdlAudio audio;
  ::testing::internal::CaptureStderr();
  const Uint64 before = SDL_GetTicks64();
  audio.play(Sound::Wrong);
  audio.play(Sound::Right);
  audio.update(SDL_GetTicks64());
  EXPECT_LT(SDL_GetTicks64() - before, 500u);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");  // nothing noisy
  EXPECT_FALSE(audio.available());
  EXPECT_FALSE(audio.open());
  EXPECT_EQ(audio.queued(), 0u);
}

TEST(SdlAudio, AlsaAndSndioAreNotTriedWithoutSoundDevices) {
  const std::vector<std::string> compiled = {"pulseaudio", "alsa", "sndio", "disk", "dummy"};
  EXPECT_EQ(audio_drivers(compiled, true), "pulseaudio,alsa,sndio");
  EXPECT_EQ(audio_drivers(compiled, false), "pulseaudio");
  EXPECT_EQ(audio_drivers({"alsa", "dummy"}, false), "");
}

TEST(SdlAudio, NoDriverNamedOnAMachineWithoutSoundIsQuiet) {
  std::error_code ec;
  if (std::filesystem::exists("/dev/snd", ec)) GTEST_SKIP() << "this machine has sound devices";
  const char* old = std::getenv("SDL_AUDIODRIVER");
  const std::string saved = old ? old : "";
  unsetenv("SDL_AUDIODRIVER");
  {
    SdlAudio audio;
    ::testing::internal::CaptureStderr();
    audio.play(Sound::Tick);
    audio.update(SDL_GetTicks64() + SdlAudio::kCloseAfterMs + 10);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");  // no page of ALSA errors
  }
  if (old) setenv("SDL_AUDIODRIVER", saved.c_str(), 1);
}
