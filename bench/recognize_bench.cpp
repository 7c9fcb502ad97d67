// Throughput of the recognizer: split_sentences() + recognize() over a corpus of at least 10 MB
// made by repeating the bundled documents. Reports bytes per second.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "questions/dates/mention.hpp"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& documents() {
  static const std::vector<std::string> docs = [] {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "assets/documents"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return docs;
}

// The documents repeated, one after another, up to `min_bytes`.
const std::string& corpus(std::size_t min_bytes) {
  static std::string text;
  if (text.size() < min_bytes) {
    text.clear();
    while (text.size() < min_bytes)
      for (const auto& d : documents()) text += d + "\n\n";
  }
  return text;
}

void BM_RecognizeCorpus(benchmark::State& state) {
  const std::string& text = corpus(10u << 20);
  std::size_t mentions = 0, sentences = 0;
  for (auto _ : state) {
    const auto s = tarikh::questions::split_sentences(text);
    const auto m = tarikh::questions::recognize(text);
    sentences = s.size();
    mentions = m.size();
    benchmark::DoNotOptimize(s.data());
    benchmark::DoNotOptimize(m.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_RecognizeCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Document by document, as `bank build` calls it.
void BM_RecognizePerDocument(benchmark::State& state) {
  const auto& docs = documents();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto s = tarikh::questions::split_sentences(d);
      auto m = tarikh::questions::recognize(d);
      benchmark::DoNotOptimize(s.data());
      benchmark::DoNotOptimize(m.data());
      bytes += d.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_RecognizePerDocument);

}  // namespace

BENCHMARK_MAIN();
