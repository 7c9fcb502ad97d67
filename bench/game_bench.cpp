// The game's figures (issue #7 "Measure"): startup to first frame (goal <= 150 ms), frame time of
// the quiz screen on the software renderer, CPU at idle (goal 0 %) and peak memory (goal
// <= 60 MB).
//
//   BM_StartupInProcess/headless|window/sample|bank: a new learner database opened, GameLoop
//     constructed (SDL, window, renderer, fonts, the deck's cards synced), first frame presented,
//     in this process (the window on SDL_VIDEODRIVER, offscreen unless set).
//   BM_StartupProcess/...: the whole `tarikh` program, spawned by path (it hands the game to
//     tarikh-game), playing a one-line script: start, first frame, exit.
//   BM_QuizFrame/asking|feedback/sample|bank: one frame of the quiz screen at 1280x720.
//   BM_IdleCpu/offscreen|dummy|x11: the real game (`tarikh`, in a window) sitting on the home
//     screen: its CPU time over 2 s after a settling second, from /proc/PID/task/*/schedstat, and
//     the whole run's from wait4's rusage. x11 needs DISPLAY (run the bench under xvfb-run).
//   BM_PeakMemory/bank|classroom: ru_maxrss of `tarikh play --headless` playing a script through
//     every screen (the default bank), and the classroom end-to-end script at 1920x1080 (the
//     sample bank). Programs are timed and measured by a fresh copy of the bench (see
//     run_measured).
//
// Run from a Release build: build/<dir>/bench/game_bench. The benches set SDL_VIDEODRIVER and
// SDL_AUDIODRIVER for themselves and their children (offscreen, dummy) unless told otherwise.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "game/app/loop.hpp"
#include "game/app/script.hpp"
#include "game/session/sample_questions.hpp"
#include "game/store/learner_db.hpp"
#include "questions/bank/bank.hpp"
#include "questions/bank/build.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using namespace tarikh;
using Clock = std::chrono::steady_clock;

const std::string kSource = TARIKH_SOURCE_DIR;
const std::string kBinary = TARIKH_BINARY;  // the command-line front, `tarikh`

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What every bench shares, made once: a temporary folder with a bank of the sample questions, the
// default bank built from the bundled documents (as the game builds it on first run), and data
// folders whose learner database and bank are already made.
struct Fixture {
  fs::path dir;
  fs::path sample_bank;
  fs::path data;  // learner.db + bank.sqlite (the default bank), warmed up
  std::vector<questions::Question> bank_questions;

  Fixture() {
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    setenv("TARIKH_ASSETS", (kSource + "/assets").c_str(), 0);
    char tmpl[] = "/tmp/tarikh-game-bench-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    dir = tmpl;
    questions::BankContent content;
    content.questions = session::sample_questions();
    sample_bank = dir / "sample.sqlite";
    questions::write_bank(sample_bank, content);
    data = dir / "data";
    fs::create_directories(data);
    write(dir / "home.play", "expect-screen home\n");
    // The first run builds the default bank into the data folder (not timed).
    run({kBinary, "play", "--headless", "--script", (dir / "home.play").string(), "--data",
         data.string()});
    bank_questions = questions::read_bank(data / "bank.sqlite");
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  struct Child {
    pid_t pid = -1;
  };
  // Starts `args` (args[0] a path) with `env` added to this process's environment, output to
  // /dev/null (or standard output to `out_fd`).
  static Child spawn(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                     int out_fd = -1) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (out_fd >= 0) {
      posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<std::string> env_strings = env;
    std::vector<char*> envp;
    for (auto& e : env_strings) envp.push_back(e.data());
    for (char** e = environ; *e; ++e) {
      const std::string entry = *e;
      const std::string key = entry.substr(0, entry.find('=') + 1);
      bool overridden = false;
      for (const auto& o : env) overridden = overridden || o.rfind(key, 0) == 0;
      if (!overridden) envp.push_back(*e);
    }
    envp.push_back(nullptr);
    Child c;
    const int rc = posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
    return c;
  }
  // Waits for a child: its exit status (-1: killed by a signal) and resource use.
  static int wait(Child c, rusage* usage) {
    int status = 0;
    if (wait4(c.pid, &status, 0, usage) < 0) throw std::runtime_error("wait4 failed");
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  static int run(const std::vector<std::string>& args, rusage* usage = nullptr,
                 const std::vector<std::string>& env = {}) {
    rusage ignored;
    return wait(spawn(args, env), usage ? usage : &ignored);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// A program's exit status, wall time and peak resident memory. Linux counts into a child's
// ru_maxrss the memory of the process it was spawned from (the high-water mark of the address
// space it leaves at exec), and this bench is large once it has opened windows itself. So the
// program is started by a fresh copy of this bench (`--tarikh-measure`, see main), which times it
// and reads its rusage; the copy's own peak, a few MB, is the floor of the figure.
struct Measured {
  int rc = -1;
  double wall_ms = 0;
  long maxrss_kb = 0;
  long floor_kb = 0;  // the measuring copy's own peak
};

constexpr const char* kMeasureFlag = "--tarikh-measure";

Measured run_measured(const std::vector<std::string>& args,
                      const std::vector<std::string>& env = {}) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> all = {"/proc/self/exe", kMeasureFlag};
  all.insert(all.end(), args.begin(), args.end());
  const auto child = Fixture::spawn(all, env, fds[1]);
  close(fds[1]);
  std::string out;
  char buf[256];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  rusage ignored;
  Fixture::wait(child, &ignored);
  Measured m;
  std::istringstream in(out);
  if (!(in >> m.rc >> m.wall_ms >> m.maxrss_kb >> m.floor_kb)) m.rc = -1;
  return m;
}

// The measuring copy: runs argv[2..], prints "status wall_ms maxrss_kb own_peak_kb".
int measure_main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 2, argv + argc);
  rusage usage{};
  const auto start = Clock::now();
  const int rc = Fixture::run(args, &usage);
  const double wall = ms_since(start);
  // The copy's own peak is VmHWM: its ru_maxrss holds the bench's (it was spawned from it).
  long own_kb = 0;
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) own_kb = std::stol(line.substr(6));
  }
  std::printf("%d %.3f %ld %ld\n", rc, wall, usage.ru_maxrss, own_kb);
  return 0;
}

std::vector<questions::Question> questions_for(int which) {
  return which == 0 ? session::sample_questions() : fixture().bank_questions;
}

void BM_StartupInProcess(benchmark::State& state) {
  const bool window = state.range(0) == 1;
  const int which = static_cast<int>(state.range(1));
  auto& f = fixture();
  for (auto _ : state) {
    // The learner database opens as `tarikh` opens it (with the bank's cards synced in the
    // loop's constructor); its folder is made afresh each time (not timed).
    state.PauseTiming();
    const fs::path data = f.dir / "startup";
    fs::remove_all(data);
    fs::create_directories(data);
    auto qs = questions_for(which);
    state.ResumeTiming();
    const auto start = Clock::now();
    auto db = std::make_unique<store::LearnerDb>(data / "learner.db");
    app::LoopConfig config;
    config.headless = !window;
    config.data = data;
    config.db = db.get();
    auto loop = std::make_unique<app::GameLoop>(config, std::move(qs));
    loop->run_script({});  // draws and presents the first frame
    state.SetIterationTime(ms_since(start) / 1000);
    state.PauseTiming();
    loop.reset();
    db.reset();
    state.ResumeTiming();
  }
  state.SetLabel(std::string(window ? "window" : "headless") + "/" +
                 (which == 0 ? "sample" : "default bank"));
}
BENCHMARK(BM_StartupInProcess)
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

// The whole program: 0 headless with the default bank (hashing the bundled documents to check it
// is up to date), 1 headless with --bank, then in a window with the default bank on SDL's video
// driver 2 offscreen (which loads EGL and Mesa for its renderer), 3 dummy, 4 x11 (with DISPLAY).
void BM_StartupProcess(benchmark::State& state) {
  auto& f = fixture();
  const int mode = static_cast<int>(state.range(0));
  static const char* kDrivers[] = {"offscreen", "offscreen", "offscreen", "dummy", "x11"};
  const std::string driver = kDrivers[mode];
  if (driver == "x11" && !std::getenv("DISPLAY")) {
    state.SkipWithError("no DISPLAY (run under xvfb-run for x11)");
    for (auto _ : state) {
    }
    return;
  }
  std::vector<std::string> args = {kBinary, "play"};
  if (mode < 2) args.push_back("--headless");
  for (const std::string& a : {std::string("--script"), (f.dir / "home.play").string(),
                               std::string("--data"), f.data.string()}) {
    args.push_back(a);
  }
  if (mode == 1) {
    args.push_back("--bank");
    args.push_back(f.sample_bank.string());
  }
  long maxrss = 0, floor = 0;
  for (auto _ : state) {
    const auto m = run_measured(args, {"SDL_VIDEODRIVER=" + driver});
    state.SetIterationTime(m.wall_ms / 1000);
    if (m.rc != 0) {
      state.SkipWithError("tarikh play failed");
      break;
    }
    maxrss = std::max(maxrss, m.maxrss_kb);
    floor = std::max(floor, m.floor_kb);
  }
  state.counters["maxrss_MB"] = static_cast<double>(maxrss) / 1024;
  state.counters["floor_MB"] = static_cast<double>(floor) / 1024;
  state.SetLabel(mode == 0   ? "headless/default bank"
                 : mode == 1 ? "headless/--bank"
                             : "window/default bank/" + driver);
}
BENCHMARK(BM_StartupProcess)
    ->DenseRange(0, 4)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(15);

void BM_QuizFrame(benchmark::State& state) {
  const bool feedback = state.range(0) == 1;
  const int which = static_cast<int>(state.range(1));
  app::LoopConfig config;
  config.headless = true;
  config.first_screen = "quiz";
  app::GameLoop loop(config, questions_for(which));
  // The first question answered (typed or the first choice): the feedback with the cited
  // sentence.
  if (feedback) loop.run_script(app::parse_script("text 1944\nkey Return\nkey 1\n"));
  loop.render_frame();  // glyphs rasterized once, as after the first frame of a game
  for (auto _ : state) loop.render_frame();
  state.SetLabel(std::string(feedback ? "feedback" : "asking") + "/" +
                 (which == 0 ? "sample" : "default bank"));
}
BENCHMARK(BM_QuizFrame)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMicrosecond);

// CPU time of a process so far, in seconds, to the nanosecond: the time on a CPU of each of its
// threads (/proc/PID/task/TID/schedstat, first field). -1 when the process is gone.
double process_cpu_seconds(pid_t pid) {
  std::error_code ec;
  fs::directory_iterator tasks("/proc/" + std::to_string(pid) + "/task", ec);
  if (ec) return -1;
  double total = 0;
  for (const auto& task : tasks) {
    std::ifstream in(task.path() / "schedstat");
    long long ns = 0;
    if (in >> ns) total += static_cast<double>(ns) / 1e9;
  }
  return total;
}

void BM_IdleCpu(benchmark::State& state) {
  static const char* kDrivers[] = {"offscreen", "dummy", "x11"};
  const char* driver = kDrivers[state.range(0)];
  if (std::string(driver) == "x11" && !std::getenv("DISPLAY")) {
    state.SkipWithError("no DISPLAY (run under xvfb-run for x11)");
    for (auto _ : state) {
    }
    return;
  }
  auto& f = fixture();
  double idle_percent = 0, total_cpu_ms = 0;
  for (auto _ : state) {
    const auto child = Fixture::spawn({kBinary, "--data", f.data.string()},
                                      {std::string("SDL_VIDEODRIVER=") + driver});
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));  // started and settled
    const double before = process_cpu_seconds(child.pid);
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    const double after = process_cpu_seconds(child.pid);
    const double wall = ms_since(start) / 1000;
    kill(child.pid, SIGTERM);  // SDL turns it into a quit event: the game closes as usual
    rusage usage{};
    const int rc = Fixture::wait(child, &usage);
    if (before < 0 || after < 0 || rc != 0) state.SkipWithError("the game did not run");
    idle_percent = 100 * (after - before) / wall;
    total_cpu_ms =
        1000.0 * (static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                  static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6);
    state.SetIterationTime(wall);
  }
  state.counters["idle_cpu_percent"] = idle_percent;
  state.counters["run_cpu_ms"] = total_cpu_ms;  // start, 3 s on the home screen, quit
  state.SetLabel(driver);
}
BENCHMARK(BM_IdleCpu)->DenseRange(0, 2)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(1);

// Every screen, with something done on each; at 1280x720, then the classroom at 1920x1080.
const char* kEveryScreen = R"(expect-screen home
goto study
key Space
key 3
key Space
key 1
key Escape
goto quiz
text 1944
key Return
key Return
key 1
key Return
key Escape
goto timeline
key Return
wait 1000
key Escape
goto stats
key Escape
goto settings
key Return
key Escape
goto documents
key Escape
goto profiles
key Escape
goto settings
key Return
key Escape
goto stats
key Escape
resize 1920 1080
# Down to the button to the teams page (the focus stops at the last row).
goto classroom-setup
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Down
key Return
key 3
key 0
key Return
expect-screen classroom-question
wait 2000
key 2
wait 1000
key 7
key Space
expect-screen leaderboard
key Space
wait 1000
key 1
wait 1000
key 9
key Space
key Space
goto podium
expect-screen podium
goto home
expect-screen home
)";

void BM_PeakMemory(benchmark::State& state) {
  auto& f = fixture();
  const bool classroom = state.range(0) == 1;
  const fs::path script = classroom ? fs::path(kSource) / "tests/data/scripts/classroom_game.play"
                                    : f.dir / "every-screen.play";
  if (!classroom) Fixture::write(script, kEveryScreen);
  long maxrss = 0, floor = 0;
  for (auto _ : state) {
    // A fresh copy of the warmed data folder: the same start for each run.
    state.PauseTiming();
    const fs::path data = f.dir / "memory";
    fs::remove_all(data);
    fs::copy(f.data, data, fs::copy_options::recursive);
    state.ResumeTiming();
    std::vector<std::string> args = {kBinary,         "play",   "--headless", "--script",
                                     script.string(), "--data", data.string()};
    if (classroom) {
      args.push_back("--bank");
      args.push_back(f.sample_bank.string());
    }
    const auto m = run_measured(args);
    state.SetIterationTime(m.wall_ms / 1000);
    if (m.rc != 0) {
      state.SkipWithError("the script failed");
      break;
    }
    maxrss = std::max(maxrss, m.maxrss_kb);
    floor = std::max(floor, m.floor_kb);
  }
  state.counters["maxrss_MB"] = static_cast<double>(maxrss) / 1024;
  state.counters["floor_MB"] = static_cast<double>(floor) / 1024;
  state.SetLabel(classroom ? "classroom_game.play, sample bank" : "every screen, default bank");
}
BENCHMARK(BM_PeakMemory)
    ->DenseRange(0, 1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == kMeasureFlag) return measure_main(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
