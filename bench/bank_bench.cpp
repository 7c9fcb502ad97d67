// `bank build` throughput on a >= 10 MB corpus (the bundled documents repeated), against
// `wc -m` on the same file in the same run. Goal: within 4x of wc -m (>= 20 MB/s).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "questions/bank/build.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kCorpusBytes = 12ull << 20;

struct Corpus {
  fs::path dir;
  fs::path file;
  std::uint64_t bytes = 0;
  Corpus() {
    char tmpl[] = "/tmp/tarikh-bench-XXXXXX";
    dir = mkdtemp(tmpl);
    fs::create_directories(dir / "docs");
    file = dir / "docs" / "corpus.txt";
    std::string all;
    for (const auto& e :
         fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "assets" / "documents")) {
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      all += s.str();
      all += "\n";
    }
    std::ofstream out(file, std::ios::binary);
    while (bytes < kCorpusBytes) {
      out << all;
      bytes += all.size();
    }
  }
  ~Corpus() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

Corpus& corpus() {
  static Corpus c;
  return c;
}

double best_wc = 0, best_build = 0, best_cli = 0;

void keep_best(double& best, double seconds) {
  if (best == 0 || seconds < best) best = seconds;
}

void BM_WcM(benchmark::State& state) {
  const std::string cmd = "wc -m '" + corpus().file.string() + "' > /dev/null";
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    if (std::system(cmd.c_str()) != 0) state.SkipWithError("wc -m failed");
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    state.SetIterationTime(dt.count());
    keep_best(best_wc, dt.count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}

void BM_BankBuild(benchmark::State& state) {
  tarikh::questions::BuildOptions o;
  o.inputs = {corpus().dir / "docs"};
  o.out = corpus().dir / "bank.db";
  for (auto _ : state) {
    std::error_code ec;
    fs::remove(o.out, ec);  // a full build every time (no unchanged documents to reuse)
    const auto t0 = std::chrono::steady_clock::now();
    const auto summary = tarikh::questions::build_bank(o);
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    benchmark::DoNotOptimize(summary.questions);
    state.SetIterationTime(dt.count());
    keep_best(best_build, dt.count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}

void BM_TarikhBankBuildCommand(benchmark::State& state) {
  const std::string cmd = std::string("'") + TARIKH_BINARY + "' bank build --out '" +
                          (corpus().dir / "cli.db").string() + "' '" +
                          (corpus().dir / "docs").string() + "' > /dev/null";
  for (auto _ : state) {
    std::error_code ec;
    fs::remove(corpus().dir / "cli.db", ec);
    const auto t0 = std::chrono::steady_clock::now();
    if (std::system(cmd.c_str()) != 0) state.SkipWithError("tarikh bank build failed");
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    state.SetIterationTime(dt.count());
    keep_best(best_cli, dt.count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}

BENCHMARK(BM_WcM)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_BankBuild)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_TarikhBankBuildCommand)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  const double mb = static_cast<double>(corpus().bytes) / 1e6;
  if (best_wc > 0)
    std::printf("corpus %.1f MB; wc -m best %.3f s (%.1f MB/s)\n", mb, best_wc, mb / best_wc);
  if (best_build > 0 && best_wc > 0) {
    std::printf("build_bank best %.3f s (%.1f MB/s), %.2fx wc -m\n", best_build, mb / best_build,
                best_build / best_wc);
  }
  if (best_cli > 0 && best_wc > 0) {
    std::printf("tarikh bank build best %.3f s (%.1f MB/s), %.2fx wc -m\n", best_cli, mb / best_cli,
                best_cli / best_wc);
  }
  return 0;
}
