// The learner database at scale: the due-cards query on 100,000 cards with 1,000,000 review-log
// rows (goal <= 2 ms), the new-cards query, opening (with its quick_check), and committed reviews
// per second with synchronous=FULL.
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "game/store/learner_db.hpp"

using namespace tarikh;
using namespace tarikh::store;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;
constexpr std::int64_t kDay = 86400;
constexpr int kCards = 100'000;
constexpr int kLogRows = 1'000'000;

struct Fixture {
  fs::path dir;
  fs::path file;
  std::unique_ptr<LearnerDb> db;
  std::int64_t due_today = 0;
  Fixture() {
    char tmpl[] = "/tmp/tarikh-store-bench-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    dir = tmpl;
    file = dir / "learner.db";
    db = std::make_unique<LearnerDb>(file);
    const auto profile = db->create_profile("bench", kNow);
    db->create_profile("other", kNow);
    std::vector<std::string> ids;
    for (int i = 0; i < kCards; ++i) {
      std::string id = "doc";  // appended piecewise (GCC 12 warns falsely on "a" + string)
      id += std::to_string(i % 40);
      id += ":q";
      id += std::to_string(i);
      ids.push_back(std::move(id));
    }
    db->sync_cards(profile, ids, kNow - 400 * kDay);
    Database& d = db->db();
    Transaction tx(d);
    // 75% review cards due from 10 days ago to 300 days ahead, 5% (re)learning, 20% new.
    std::uint64_t x = 12345;
    auto rnd = [&](std::uint64_t n) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::int64_t>((x >> 33) % n);
    };
    {
      Statement up(d,
                   "UPDATE cards SET state = ?, stability = ?, difficulty = ?, due = ?, "
                   "last_review = ?, scheduled_days = ?, reps = ? WHERE id = ?");
      for (int id = 1; id <= kCards; ++id) {
        const auto kind = rnd(100);
        if (kind >= 80) continue;  // new
        const int state = kind < 75 ? 2 : (kind < 78 ? 1 : 3);
        const double stability = 0.5 + static_cast<double>(rnd(30000)) / 100.0;
        const std::int64_t due =
            state == 2 ? kNow - 10 * kDay + rnd(310 * kDay) : kNow - 3600 + rnd(7200);
        up.bind(1, state).bind(2, stability).bind(3, 1.0 + static_cast<double>(rnd(900)) / 100.0);
        up.bind(4, due).bind(5, due - static_cast<std::int64_t>(stability * kDay)).bind(6, 10);
        up.bind(7, 10).bind(8, static_cast<std::int64_t>(id)).run();
        up.reset();
      }
    }
    {
      Statement log(d,
                    "INSERT INTO review_log(card_id, profile_id, time, grade, elapsed_days, "
                    "state_before, state_after, stability_after, difficulty_after, "
                    "scheduled_days, duration_ms, mode) VALUES(?, ?, ?, ?, ?, 2, 2, 10, 5, 10, "
                    "3000, 'study')");
      for (int i = 0; i < kLogRows; ++i) {
        log.bind(1, 1 + rnd(kCards)).bind(2, profile).bind(3, kNow - rnd(400 * kDay));
        log.bind(4, 1 + rnd(4)).bind(5, rnd(60)).run();
        log.reset();
      }
    }
    tx.commit();
    d.exec("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)");
    due_today = static_cast<std::int64_t>(db->due_cards(profile, kNow, 1'000'000).size());
    if (std::getenv("TARIKH_BENCH_PLAN")) {
      Statement plan(d, std::string("EXPLAIN QUERY PLAN ") + LearnerDb::due_cards_sql());
      while (plan.step()) std::cerr << "plan: " << plan.column_text(3) << "\n";
    }
  }
  ~Fixture() {
    db.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_DueCards(benchmark::State& state) {
  Fixture& f = fixture();
  const int limit = static_cast<int>(state.range(0));
  std::size_t n = 0;
  for (auto _ : state) {
    const auto due = f.db->due_cards(1, kNow, limit);
    n = due.size();
    benchmark::DoNotOptimize(due.data());
  }
  state.counters["returned"] = static_cast<double>(n);
  state.counters["due_today"] = static_cast<double>(f.due_today);
}
BENCHMARK(BM_DueCards)->Arg(200)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_NewCards(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(f.db->new_cards(1, kNow, 20).size());
}
BENCHMARK(BM_NewCards)->Unit(benchmark::kMillisecond);

void BM_ReviewsPerDayHeatmap(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(f.db->reviews_per_day(1, kNow, 365).size());
}
BENCHMARK(BM_ReviewsPerDayHeatmap)->Unit(benchmark::kMillisecond);

void BM_OpenWithQuickCheck(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    LearnerDb again(f.file);
    benchmark::DoNotOptimize(&again);
  }
}
BENCHMARK(BM_OpenWithQuickCheck)->Unit(benchmark::kMillisecond)->Iterations(5);

// One answer = card update + log row in one transaction, committed (synchronous=FULL, WAL).
void BM_CommittedReviews(benchmark::State& state) {
  char tmpl[] = "/tmp/tarikh-commit-bench-XXXXXX";
  if (!mkdtemp(tmpl)) {
    state.SkipWithError("mkdtemp failed");
    return;
  }
  const fs::path dir = tmpl;
  {
    LearnerDb db(dir / "learner.db");
    const auto p = db.create_profile("p", kNow);
    std::vector<std::string> ids;
    for (int i = 0; i < 1000; ++i) ids.push_back(std::string(1, 'q').append(std::to_string(i)));
    db.sync_cards(p, ids, kNow);
    const srs::Scheduler sched;
    std::int64_t i = 0;
    for (auto _ : state) {
      db.answer(sched, 1 + i % 1000, kNow + i * 10, static_cast<srs::Rating>(1 + i % 4), 1500,
                "study");
      ++i;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["synchronous"] = static_cast<double>(db.db().query_int("PRAGMA synchronous"));
  }
  fs::remove_all(dir);
}
BENCHMARK(BM_CommittedReviews)
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(2.0)
    ->UseRealTime();  // fsync is wall time

}  // namespace

BENCHMARK_MAIN();
