// Text engine benchmarks: laying out a quiz screen (a 200-character Arabic question and four
// short choices) cold and warm, and `tarikh render` against pango-view as whole processes.
// Goals: warm < 50 us, cold < 1 ms, render/pango ratio <= 0.5.
#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "game/text/raster.hpp"
#include "game/text/text_engine.hpp"
#include "questions/arabic/utf8.hpp"

extern char** environ;

namespace {

using tarikh::text::TextEngine;

const std::string kAssets = std::string(TARIKH_SOURCE_DIR) + "/assets";

const std::string kQuestion =
    "في أي عام وقّعت بريطانيا وفرنسا اتفاقية سايكس بيكو التي قسّمت المشرق العربي بين "
    "الدولتين، وذلك قبل أن يعلن الشريف حسين الثورة العربية الكبرى في 10 حزيران من العام "
    "نفسه، بحسب ما ورد في نص الوثيقة الأولى؟";
const std::vector<std::string> kChoices = {"1916", "1918", "١٩٢٠", "10 حزيران 1916"};

void layout_quiz(TextEngine& engine) {
  benchmark::DoNotOptimize(engine.layout(kQuestion, 30, 900));
  for (const auto& c : kChoices) benchmark::DoNotOptimize(engine.layout(c, 26, 400));
}

// Cold: the shaped-paragraph cache and glyph atlas are empty (sized font faces stay loaded, as
// they do in a running game after the first frame).
void BM_QuizLayoutCold(benchmark::State& state) {
  TextEngine engine(tarikh::text::bundled_font_chain(kAssets));
  layout_quiz(engine);
  for (auto _ : state) {
    state.PauseTiming();
    engine.set_layout_budget(0);
    engine.trim();
    engine.set_layout_budget(8u << 20);
    state.ResumeTiming();
    layout_quiz(engine);
  }
  state.counters["question_chars"] = static_cast<double>(tarikh::text::decode(kQuestion).size());
}
BENCHMARK(BM_QuizLayoutCold)->Unit(benchmark::kMicrosecond);

// Coldest: every cache dropped, font faces included.
void BM_QuizLayoutColdFaces(benchmark::State& state) {
  TextEngine engine(tarikh::text::bundled_font_chain(kAssets));
  for (auto _ : state) {
    state.PauseTiming();
    engine.clear_caches();
    state.ResumeTiming();
    layout_quiz(engine);
  }
}
BENCHMARK(BM_QuizLayoutColdFaces)->Unit(benchmark::kMicrosecond);

// Warm: every frame after the first (cache hits).
void BM_QuizLayoutWarm(benchmark::State& state) {
  TextEngine engine(tarikh::text::bundled_font_chain(kAssets));
  layout_quiz(engine);
  for (auto _ : state) layout_quiz(engine);
}
BENCHMARK(BM_QuizLayoutWarm)->Unit(benchmark::kMicrosecond);

// Drawing the quiz screen's text into a CPU image with a warm glyph atlas.
void BM_QuizDrawCpuWarm(benchmark::State& state) {
  TextEngine engine(tarikh::text::bundled_font_chain(kAssets));
  tarikh::text::Image image(1000, 600, {255, 255, 255, 255});
  auto q = engine.layout(kQuestion, 30, 900);
  engine.draw(image, *q, 10, 10, {17, 17, 17, 255});
  for (auto _ : state) {
    engine.draw(image, *q, 10, 10, {17, 17, 17, 255});
    float y = 300;
    for (const auto& c : kChoices) {
      engine.draw(image, *engine.layout(c, 26, 400), 10, y, {17, 17, 17, 255});
      y += 60;
    }
  }
}
BENCHMARK(BM_QuizDrawCpuWarm)->Unit(benchmark::kMicrosecond);

// Runs a program (no shell in between, output thrown away) and returns its wall time in seconds,
// or -1 when it fails.
double time_process(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  const auto t0 = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return -1;
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Whole process: `tarikh render` and `pango-view` on the same paragraph (32 px: pango's 24 pt at
// 96 dpi), run alternately so that both see the same machine load; medians of 21 runs each.
void BM_RenderVsPango(benchmark::State& state) {
  if (std::system("command -v pango-view >/dev/null 2>&1") != 0) {
    state.SkipWithError("pango-view is not installed (Debian: pango1.0-tools)");
    return;
  }
  setenv("TARIKH_ASSETS", kAssets.c_str(), 1);
  const std::string paragraph = kQuestion + " " + kQuestion;
  const std::vector<std::string> ours = {
      TARIKH_BINARY, "render",  "--text", paragraph, "--font-size",
      "32",          "--width", "800",    "--out",   "/tmp/tarikh-bench-ours.png"};
  const std::vector<std::string> pango = {
      "pango-view", "-q", "--font=Noto Sans Arabic 24", "--width=800", "--align=right", "--text",
      paragraph,    "-o", "/tmp/tarikh-bench-pango.png"};
  std::vector<double> ours_s, pango_s;
  for (auto _ : state) {
    for (int i = 0; i < 21; ++i) {
      ours_s.push_back(time_process(ours));
      pango_s.push_back(time_process(pango));
      if (ours_s.back() < 0 || pango_s.back() < 0) {
        state.SkipWithError("a command failed");
        return;
      }
    }
  }
  state.counters["tarikh_ms"] = median(ours_s) * 1000;
  state.counters["pango_ms"] = median(pango_s) * 1000;
  state.counters["ratio"] = median(ours_s) / median(pango_s);
}
BENCHMARK(BM_RenderVsPango)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
