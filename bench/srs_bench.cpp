// FSRS-6 updates per second: the C++ scheduler against the reference ts-fsrs 5.4.2 in node, on
// the same generated history in the same run. C++ is timed twice: Fsrs::replay (the path of
// `tarikh srs replay`, eight cards at a time) and one next_state call at a time. The node figure
// times only the update loop inside node (tests/data/srs/ts_fsrs_replay.mjs --time), not node's
// start-up. ts-fsrs is looked for in
// $TARIKH_NODE_MODULES, else build/*/node/node_modules (the conformance test installs it there).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <vector>

#include "game/srs/fsrs.hpp"
#include "game/srs/history.hpp"
#include "game/srs/scheduler.hpp"
#include "tests/support/process.hpp"

using namespace tarikh::srs;
namespace fs = std::filesystem;

namespace {

const std::vector<HistoryReview>& history() {
  static const std::vector<HistoryReview> h = [] {
    HistoryOptions o;
    o.seed = 99;
    o.cards = 20000;
    return generate_history(o);
  }();
  return h;
}

double g_cpp_per_second = 0, g_replay_per_second = 0, g_node_per_second = 0;
double g_sched_cpp_per_second = 0, g_sched_node_per_second = 0;

void BM_FsrsUpdatesCpp(benchmark::State& state) {
  const Fsrs fsrs;
  const auto& h = history();
  struct Entry {
    MemoryState s;
    std::int64_t day;
  };
  long long checksum = 0;
  std::int64_t max_card = 0;
  for (const HistoryReview& r : h) max_card = std::max(max_card, r.card);
  for (auto _ : state) {
    // Card ids are dense (a database row id), so the per-card state is a flat array; node keeps
    // its states in a Map.
    std::vector<Entry> cards(static_cast<std::size_t>(max_card) + 1, Entry{{0, 0}, -1});
    for (const HistoryReview& r : h) {
      Entry& e = cards[static_cast<std::size_t>(r.card)];
      MemoryState next;
      if (e.day < 0) {
        next = fsrs.next_state(std::nullopt, 0, static_cast<Rating>(r.rating));
      } else {
        next =
            fsrs.next_state(e.s, static_cast<long>(r.day - e.day), static_cast<Rating>(r.rating));
      }
      e = {next, r.day};
      checksum += fsrs.next_interval(next.stability);
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(h.size()));
  state.counters["reviews"] = static_cast<double>(h.size());
}

// The same reviews through Fsrs::replay, which `tarikh srs replay` uses: each pass turns the
// history into steps (elapsed days from each card's previous review, inside the timing, as node
// does it per review) and runs them, four cards at a time where the processor has AVX2.
void BM_FsrsReplayCpp(benchmark::State& state) {
  const Fsrs fsrs;
  const auto& h = history();
  std::int64_t max_card = 0;
  for (const HistoryReview& r : h) max_card = std::max(max_card, r.card);
  std::vector<ReplayStep> steps(h.size());
  std::vector<ReplayResult> out(h.size());
  long long checksum = 0;
  for (auto _ : state) {
    std::vector<std::int64_t> last_day(static_cast<std::size_t>(max_card) + 1, -1);
    std::vector<MemoryState> cards(static_cast<std::size_t>(max_card) + 1);
    for (std::size_t i = 0; i < h.size(); ++i) {
      const HistoryReview& r = h[i];
      std::int64_t& last = last_day[static_cast<std::size_t>(r.card)];
      steps[i] = {static_cast<std::uint32_t>(r.card), static_cast<Rating>(r.rating),
                  last < 0 ? -1 : r.day - last};
      last = r.day;
    }
    fsrs.replay(steps, cards, out);
    for (const ReplayResult& r : out) checksum += r.interval;
    benchmark::DoNotOptimize(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(h.size()));
  state.counters["reviews"] = static_cast<double>(h.size());
}

std::optional<fs::path> find_ts_fsrs() {
  if (const char* env = std::getenv("TARIKH_NODE_MODULES")) return fs::path(env);
  std::error_code ec;
  for (const auto& dir : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "build", ec)) {
    const fs::path modules = dir.path() / "node" / "node_modules";
    if (fs::exists(modules / "ts-fsrs" / "package.json")) return modules;
  }
  return std::nullopt;
}

// Runs a tests/data/srs script with `--time` in node over `csv` once per iteration and reports
// the CPU time of node's best pass (the machine may be shared; wall time is in a counter).
void time_node_script(benchmark::State& state, const std::string& script,
                      std::vector<std::string> args, const std::string& csv, std::size_t reviews) {
  const auto modules = find_ts_fsrs();
  if (!modules) {
    state.SkipWithError(
        "ts-fsrs not found: run the conformance test once, or set TARIKH_NODE_MODULES");
    return;
  }
  args.insert(args.begin(),
              {"/usr/bin/env", "node", std::string(TARIKH_SOURCE_DIR) + "/tests/data/srs/" + script,
               modules->string()});
  args.push_back("--time");
  for (auto _ : state) {
    const auto r = tarikh::testing::run_process(args, csv);
    long long n = 0;
    double wall_ms = 0, cpu_ms = 0;
    if (r.exit_code != 0 ||
        std::sscanf(r.out.c_str(), "%lld %lf %lf", &n, &wall_ms, &cpu_ms) != 3) {
      state.SkipWithError(("node failed: " + r.err).c_str());
      return;
    }
    state.SetIterationTime(cpu_ms / 1000.0);
    state.counters["node_wall_ms"] = wall_ms;
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(reviews));
}

void BM_FsrsUpdatesTsFsrsNode(benchmark::State& state) {
  time_node_script(state, "ts_fsrs_replay.mjs", {"0.9"}, history_csv(history()), history().size());
}

// Card level: a whole answer as an app schedules it (learning and relearning steps 1m 10m / 10m,
// fuzz on, intervals and due times): Scheduler::schedule against ts-fsrs's FSRS.next on the same
// reviews. Reviews of 20,000 cards with realistic timing (on time, early, at once again, late, very
// late), made by the scheduler itself, then put in time order.
struct TimedReview {
  std::int64_t card, time;
  int rating;
};

const std::vector<TimedReview>& timed_history() {
  static const std::vector<TimedReview> h = [] {
    const Scheduler s;
    constexpr std::int64_t kDay = 86400, kStart = 1'700'000'000;
    std::uint64_t x = 2024;
    auto rnd = [&](std::uint64_t n) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      return n ? (x >> 33) % n : 0;
    };
    std::vector<TimedReview> out;
    for (std::int64_t id = 1; id <= 20000; ++id) {
      Card card;
      card.id = id;
      std::int64_t t = kStart + static_cast<std::int64_t>(rnd(200 * kDay));
      const int reviews = 1 + static_cast<int>(rnd(25));
      for (int i = 0; i < reviews; ++i) {
        const std::uint64_t r = rnd(100);
        const int g = r < 15 ? 1 : r < 30 ? 2 : r < 85 ? 3 : 4;
        out.push_back({id, t, g});
        card = s.schedule(card, t, static_cast<Rating>(g)).card;
        const std::int64_t wait = card.due - t;
        const std::uint64_t when = rnd(100);
        if (when < 50) {
          t = card.due + static_cast<std::int64_t>(rnd(3600));
        } else if (when < 65) {
          t += static_cast<std::int64_t>(rnd(static_cast<std::uint64_t>(wait) + 1));
        } else if (when < 72) {
          t += 30 + static_cast<std::int64_t>(rnd(120));
        } else if (when < 90) {
          t = card.due + static_cast<std::int64_t>(rnd(5 * kDay));
        } else {
          t = card.due + std::min<std::int64_t>(wait * 3, 3 * 365 * kDay);
        }
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimedReview& a, const TimedReview& b) { return a.time < b.time; });
    return out;
  }();
  return h;
}

void BM_SchedulerCpp(benchmark::State& state) {
  const Scheduler s;  // learning steps 1m 10m, relearning 10m, fuzz on, retention 0.9
  const auto& h = timed_history();
  long long checksum = 0;
  for (auto _ : state) {
    std::vector<Card> cards(20001);
    for (std::size_t i = 1; i < cards.size(); ++i) cards[i].id = static_cast<std::int64_t>(i);
    for (const TimedReview& r : h) {
      Card& c = cards[static_cast<std::size_t>(r.card)];
      c = s.schedule(c, r.time, static_cast<Rating>(r.rating)).card;
      checksum += c.scheduled_days;
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(h.size()));
  state.counters["reviews"] = static_cast<double>(h.size());
}

void BM_SchedulerTsFsrsNode(benchmark::State& state) {
  std::string csv;
  for (const TimedReview& r : timed_history()) {
    csv += std::to_string(r.card) + "," + std::to_string(r.time) + "," + std::to_string(r.rating) +
           "\n";
  }
  time_node_script(state, "ts_fsrs_cards.mjs", {"0.9", "1", "1,10", "10"}, csv,
                   timed_history().size());
}

}  // namespace

BENCHMARK(BM_FsrsUpdatesCpp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FsrsReplayCpp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SchedulerCpp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SchedulerTsFsrsNode)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FsrsUpdatesTsFsrsNode)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// Prints the C++ / node ratio after the table.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
      const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      if (!(single || median) || run.iterations == 0) continue;
      // CPU time for C++; for node its manual time, which is CPU time too.
      const bool node = run.benchmark_name().find("Node") != std::string::npos;
      const double seconds = (node ? run.GetAdjustedRealTime() : run.GetAdjustedCPUTime()) /
                             benchmark::GetTimeUnitMultiplier(run.time_unit);
      const bool card_level = run.benchmark_name().find("Scheduler") != std::string::npos;
      const double per_second =
          static_cast<double>(card_level ? timed_history().size() : history().size()) / seconds;
      const std::string name = run.benchmark_name();
      const bool cpp = name.find("Cpp") != std::string::npos;
      const bool replay = name.find("Replay") != std::string::npos;
      (card_level ? (cpp ? g_sched_cpp_per_second : g_sched_node_per_second)
                  : (replay ? g_replay_per_second : (cpp ? g_cpp_per_second : g_node_per_second))) =
          per_second;
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    // The goal is for the scheduler as the product runs it over a history (Fsrs::replay, used by
    // `tarikh srs replay`); one next_state call at a time is printed beside it.
    std::printf(
        "FSRS-6 updates/s (state + interval of each review): C++ Fsrs::replay %.3g, "
        "C++ one next_state at a time %.3g, ts-fsrs (node) %.3g",
        g_replay_per_second, g_cpp_per_second, g_node_per_second);
    if (g_node_per_second > 0) {
      std::printf(", ratio %.1fx (goal >= 20x), one at a time %.1fx",
                  g_replay_per_second / g_node_per_second, g_cpp_per_second / g_node_per_second);
    }
    std::printf(
        "\nCard answers/s (Scheduler::schedule vs FSRS.next): C++ %.3g, ts-fsrs (node) %.3g",
        g_sched_cpp_per_second, g_sched_node_per_second);
    if (g_sched_node_per_second > 0)
      std::printf(", ratio %.1fx", g_sched_cpp_per_second / g_sched_node_per_second);
    std::printf("\n");
  }
};

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
