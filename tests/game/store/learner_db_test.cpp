#include "game/store/learner_db.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "game/store/temp_dir.hpp"

using namespace tarikh;
using namespace tarikh::store;
using srs::CardState;
using srs::Rating;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;  // 2025-06-15 15:06:40 UTC
constexpr std::int64_t kDay = 86400;

std::vector<std::string> ids(int n, const std::string& prefix = "q") {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

srs::Scheduler no_fuzz() {
  srs::SchedulerConfig c;
  c.enable_fuzz = false;
  return srs::Scheduler(c);
}

class LearnerDbTest : public ::testing::Test {
 protected:
  tarikh::testing::TempDir dir;
  std::filesystem::path file = dir / "learner.db";
};

}  // namespace

TEST_F(LearnerDbTest, CreatesTheSchemaWithDurablePragmas) {
  LearnerDb db(file);
  EXPECT_EQ(db.db().user_version(), LearnerDb::kSchemaVersion);
  EXPECT_EQ(db.db().query_text("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(db.db().query_int("PRAGMA synchronous"), 2);  // FULL
  EXPECT_EQ(db.db().query_int("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(db.db().query_int("PRAGMA busy_timeout"), 5000);
  for (const char* table :
       {"profiles", "cards", "review_log", "settings", "competitions", "competition_answers"}) {
    EXPECT_EQ(db.db().query_int(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                                table + "'"),
              1)
        << table;
  }
}

TEST_F(LearnerDbTest, ProfilesAndSettings) {
  LearnerDb db(file);
  const auto a = db.create_profile("سارة", kNow);
  const auto b = db.create_profile("Omar", kNow + 1);
  const auto all = db.profiles();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].name, "سارة");
  EXPECT_EQ(all[1].id, b);
  EXPECT_THROW(db.create_profile("Omar", kNow), SqliteError);  // names are unique
  EXPECT_THROW(db.create_profile("", kNow), std::invalid_argument);

  EXPECT_DOUBLE_EQ(db.desired_retention(a), 0.9);
  EXPECT_EQ(db.new_per_day(a), 20);
  db.set_setting(a, "retention", "0.85");
  db.set_setting(a, "new_per_day", "5");
  db.set_setting(a, "language", "ar");
  db.set_setting(a, "language", "en");
  EXPECT_DOUBLE_EQ(db.desired_retention(a), 0.85);
  EXPECT_EQ(db.new_per_day(a), 5);
  EXPECT_EQ(db.setting(a, "language"), "en");
  EXPECT_EQ(db.setting(b, "language"), std::nullopt);
  db.set_setting(b, "retention", "1.5");
  EXPECT_DOUBLE_EQ(db.desired_retention(b), 0.99);  // clamped to the allowed range
  db.set_setting(b, "retention", "lots");
  EXPECT_DOUBLE_EQ(db.desired_retention(b), 0.9);
  const auto config = db.scheduler_config(a);
  EXPECT_DOUBLE_EQ(config.desired_retention, 0.85);
  EXPECT_EQ(config.rollover_hour, 4);
  EXPECT_NO_THROW(srs::Scheduler{config});
}

TEST_F(LearnerDbTest, TheDayFollowsTheOptions) {
  LearnerDb::Options o;
  o.utc_offset_minutes = 180;
  o.rollover_hour = 5;
  LearnerDb db(file, o);
  const auto config = db.scheduler_config(db.create_profile("p", kNow));
  EXPECT_EQ(config.utc_offset_minutes, 180);
  EXPECT_EQ(config.rollover_hour, 5);
  const srs::Scheduler s(config);
  for (std::int64_t t : {kNow, kNow + 7200, kNow + 40000}) EXPECT_EQ(db.day_of(t), s.day_of(t));
  EXPECT_EQ(db.day_start(db.day_of(kNow)) % 3600, 0);
  o.rollover_hour = 24;
  EXPECT_THROW(LearnerDb(dir / "other.db", o), std::invalid_argument);
}

TEST_F(LearnerDbTest, SyncKeepsProgressSuspendsVanishedAndRestoresReturning) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  const auto first = db.sync_cards(p, {"a", "b", "c"}, kNow);
  EXPECT_EQ(first.added, 3);
  EXPECT_EQ(first.kept, 0);
  const auto sched = no_fuzz();
  const auto b = db.card(p, "b");
  ASSERT_TRUE(b);
  db.answer(sched, b->card.id, kNow, Rating::Good, 1200, "study");
  const auto learned = db.card(p, "b")->card;
  EXPECT_EQ(learned.state, CardState::Learning);

  // A rebuilt bank: "a" is gone, "d" is new, "b" and "c" stay.
  const auto second = db.sync_cards(p, {"b", "c", "d"}, kNow + 10);
  EXPECT_EQ(second.added, 1);
  EXPECT_EQ(second.kept, 2);
  EXPECT_EQ(second.suspended, 1);
  EXPECT_EQ(db.card(p, "b")->card, learned);  // progress kept
  EXPECT_EQ(db.card(p, "a")->suspended, Suspension::QuestionGone);
  EXPECT_EQ(db.card(p, "d")->suspended, Suspension::None);

  const auto third = db.sync_cards(p, {"a", "b", "c", "d"}, kNow + 20);
  EXPECT_EQ(third.restored, 1);
  EXPECT_EQ(third.added, 0);
  EXPECT_EQ(db.card(p, "a")->suspended, Suspension::None);
  // Never deleted: four cards, one review.
  EXPECT_EQ(db.db().query_int("SELECT count(*) FROM cards"), 4);
  EXPECT_EQ(db.review_count(p), 1);
  // A learner's own suspension survives a sync.
  db.set_suspended(db.card(p, "c")->card.id, true);
  db.sync_cards(p, {"a", "b", "c", "d"}, kNow + 30);
  EXPECT_EQ(db.card(p, "c")->suspended, Suspension::ByLearner);
}

TEST_F(LearnerDbTest, RecordReviewStoresCardAndLogTogether) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  db.sync_cards(p, {"q"}, kNow);
  const auto id = db.card(p, "q")->card.id;
  const auto sched = no_fuzz();
  const auto o1 = db.answer(sched, id, kNow, Rating::Good, 2500, "study");
  const auto o2 = db.answer(sched, id, kNow + 600, Rating::Good, 1800, "quiz");
  EXPECT_EQ(db.card(id)->card, o2.card);
  EXPECT_EQ(o2.card.state, CardState::Review);
  const auto log = db.review_log(id);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].time, kNow);
  EXPECT_EQ(log[0].grade, 3);
  EXPECT_EQ(log[0].state_before, CardState::New);
  EXPECT_EQ(log[0].state_after, CardState::Learning);
  EXPECT_DOUBLE_EQ(log[0].stability_after, o1.card.stability);
  EXPECT_EQ(log[0].duration_ms, 2500);
  EXPECT_EQ(log[0].mode, "study");
  EXPECT_EQ(log[1].state_before, CardState::Learning);
  EXPECT_EQ(log[1].state_after, CardState::Review);
  EXPECT_EQ(log[1].mode, "quiz");
  EXPECT_EQ(log[1].scheduled_days, o2.card.scheduled_days);
  EXPECT_THROW(db.answer(sched, 999, kNow, Rating::Good, 0, "study"), std::invalid_argument);
  EXPECT_EQ(db.review_count(p), 2);
}

TEST_F(LearnerDbTest, DueCardsOverdueFirstThenByRetrievability) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  db.sync_cards(p, ids(6), kNow);
  auto set = [&](const std::string& q, CardState state, double stability, std::int64_t last,
                 std::int64_t due) {
    db.db().exec("UPDATE cards SET state = " + std::to_string(static_cast<int>(state)) +
                 ", stability = " + std::to_string(stability) +
                 ", difficulty = 5, last_review = " + std::to_string(last) +
                 ", due = " + std::to_string(due) + " WHERE question_id = '" + q + "'");
  };
  // Today starts at 04:00 UTC (offset 0, rollover 4).
  const std::int64_t today = db.day_start(db.day_of(kNow));
  set("q0", CardState::Review, 10, kNow - 12 * kDay, kNow - 2 * kDay);   // overdue, R lower
  set("q1", CardState::Review, 100, kNow - 90 * kDay, kNow - 3 * kDay);  // overdue, R higher
  set("q2", CardState::Review, 3, kNow - 3 * kDay, today + 3600);        // due today, later
  set("q3", CardState::Review, 5, kNow - 5 * kDay, today + 30 * 3600);   // due tomorrow
  set("q4", CardState::Learning, 1, kNow - 600, kNow - 1);               // learning, due
  set("q5", CardState::Learning, 1, kNow - 60, kNow + 300);              // learning, not yet
  const auto due = db.due_cards(p, kNow);
  std::vector<std::string> order;
  for (const auto& c : due) order.push_back(c.question_id);
  // Overdue (due before today) first; then the rest by retrievability ascending.
  ASSERT_EQ(order.size(), 4u);
  EXPECT_EQ(order[0], "q0");
  EXPECT_EQ(order[1], "q1");
  EXPECT_TRUE(std::find(order.begin(), order.end(), "q2") != order.end());
  EXPECT_TRUE(std::find(order.begin(), order.end(), "q4") != order.end());
  const auto sched = no_fuzz();
  for (std::size_t i = 2; i + 1 < due.size(); ++i) {
    EXPECT_LE(sched.retrievability(due[i].card, kNow), sched.retrievability(due[i + 1].card, kNow));
  }
  // Suspended cards are never due.
  db.set_suspended(due[0].card.id, true);
  EXPECT_EQ(db.due_cards(p, kNow).size(), 3u);
  EXPECT_EQ(db.due_cards(p, kNow, 1).size(), 1u);
  // Learn ahead: the learning card due in 5 minutes.
  const auto ahead = db.learn_ahead(p, kNow, 20);
  ASSERT_EQ(ahead.size(), 1u);
  EXPECT_EQ(ahead[0].question_id, "q5");
  EXPECT_TRUE(db.learn_ahead(p, kNow, 4).empty());
}

TEST_F(LearnerDbTest, TheDueQueryUsesTheCoveringIndex) {
  LearnerDb db(file);
  Statement st(db.db(), std::string("EXPLAIN QUERY PLAN ") + LearnerDb::due_cards_sql());
  std::string plan;
  while (st.step()) plan += st.column_text(3) + "\n";
  // Each of the three parts is a range search of the covering index; no full scan of cards.
  std::size_t searches = 0;
  for (std::size_t at = 0;
       (at = plan.find("SEARCH cards USING COVERING INDEX cards_due", at)) != std::string::npos;
       ++at) {
    ++searches;
  }
  EXPECT_EQ(searches, 3u) << plan;
  EXPECT_EQ(plan.find("SCAN cards"), std::string::npos) << plan;
}

TEST_F(LearnerDbTest, NewCardsRespectTheDailyLimitInBankOrder) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  db.sync_cards(p, ids(30), kNow);
  auto fresh = db.new_cards(p, kNow, 10);
  ASSERT_EQ(fresh.size(), 10u);
  EXPECT_EQ(fresh[0].question_id, "q0");
  EXPECT_EQ(fresh[9].question_id, "q9");
  const auto sched = no_fuzz();
  for (int i = 0; i < 4; ++i)
    db.answer(sched, fresh[i].card.id, kNow + i, Rating::Good, 0, "study");
  fresh = db.new_cards(p, kNow + 100, 10);
  ASSERT_EQ(fresh.size(), 6u);  // 4 introduced today
  EXPECT_EQ(fresh[0].question_id, "q4");
  // Tomorrow (after 4 am) the allowance is back.
  EXPECT_EQ(db.new_cards(p, kNow + kDay, 10).size(), 10u);
  EXPECT_TRUE(db.new_cards(p, kNow, 0).empty());
}

TEST_F(LearnerDbTest, StatsHeatmapForecastRetentionMastery) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  const auto other = db.create_profile("other", kNow);
  db.sync_cards(p, ids(4), kNow);
  db.sync_cards(other, ids(4), kNow);
  const auto sched = no_fuzz();
  const std::int64_t start = kNow - 40 * kDay;
  // Card q0 studied over 40 days; q1 once; q2, q3 new.
  auto id0 = db.card(p, "q0")->card.id;
  std::int64_t t = start;
  int reviews = 0;
  for (int i = 0; i < 8; ++i) {
    const auto o = db.answer(sched, id0, t, i == 3 ? Rating::Again : Rating::Good, 1000, "study");
    ++reviews;
    t = std::min(o.card.due, kNow - 100);
  }
  db.answer(sched, db.card(p, "q1")->card.id, kNow - 50, Rating::Easy, 1000, "study");
  ++reviews;
  db.answer(sched, db.card(other, "q0")->card.id, kNow, Rating::Good, 1000, "study");

  const auto heat = db.reviews_per_day(p, kNow, 365);
  int total = 0;
  for (const auto& d : heat) {
    total += d.count;
    EXPECT_LE(d.day, db.day_of(kNow));
    EXPECT_GT(d.day, db.day_of(kNow) - 365);
  }
  EXPECT_EQ(total, reviews);  // the other profile's review is not counted
  EXPECT_EQ(heat.back().day, db.day_of(kNow));
  EXPECT_EQ(db.reviews_per_day(p, kNow, 1).size(), 1u);

  const auto forecast = db.due_forecast(p, kNow, 30);
  ASSERT_EQ(forecast.size(), 30u);
  int in_forecast = 0;
  for (int n : forecast) in_forecast += n;
  const auto c0 = db.card(p, "q0")->card;
  const auto c1 = db.card(p, "q1")->card;
  int expected = 0;
  for (const auto& c : {c0, c1}) expected += db.day_of(c.due) - db.day_of(kNow) < 30;
  EXPECT_EQ(in_forecast, expected);
  EXPECT_EQ(forecast[static_cast<std::size_t>(
                std::max<std::int64_t>(0, db.day_of(c1.due) - db.day_of(kNow)))] >= 1,
            true);

  const auto buckets = db.retention_by_interval(p);
  int reviewed = 0, recalled = 0;
  for (const auto& b : buckets) reviewed += b.reviews, recalled += b.recalled;
  const auto log = db.review_log(id0);
  int expect_reviewed = 0, expect_recalled = 0;
  for (const auto& r : log) {
    if (r.state_before == CardState::Review && r.elapsed_days >= 1) {
      ++expect_reviewed;
      expect_recalled += r.grade > 1;
    }
  }
  EXPECT_GT(expect_reviewed, 0);
  EXPECT_EQ(reviewed, expect_reviewed);
  EXPECT_EQ(recalled, expect_recalled);
  EXPECT_LT(recalled, reviewed);  // the lapse

  const auto mastery =
      db.document_mastery(p, {{"q0", "a.txt"}, {"q1", "a.txt"}, {"q2", "b.txt"}, {"q3", "b.txt"}});
  ASSERT_EQ(mastery.size(), 2u);
  EXPECT_EQ(mastery[0].document, "a.txt");
  EXPECT_EQ(mastery[0].cards, 2);
  EXPECT_EQ(mastery[0].fresh, 0);
  EXPECT_EQ(mastery[1].document, "b.txt");
  EXPECT_EQ(mastery[1].fresh, 2);
  EXPECT_DOUBLE_EQ(mastery[1].mastery(), 0.0);
}

TEST_F(LearnerDbTest, CompetitionsScoreTeams) {
  LearnerDb db(file);
  const auto c = db.create_competition("الصف الثامن", kNow);
  db.record_competition_answer(c, {"red", "q1", "1948", true, 3000, 10});
  db.record_competition_answer(c, {"blue", "q1", "1949", false, 2000, 0});
  db.record_competition_answer(c, {"blue", "q2", "1517", true, 1500, 15});
  db.record_competition_answer(c, {"red", "q2", "1516", false, 4000, 0});
  db.finish_competition(c, kNow + 600);
  const auto scores = db.competition_scores(c);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].team, "blue");
  EXPECT_EQ(scores[0].points, 15);
  EXPECT_EQ(scores[0].correct, 1);
  EXPECT_EQ(scores[0].answers, 2);
  EXPECT_EQ(scores[1].points, 10);
  EXPECT_THROW(db.record_competition_answer(999, {"x", "q", "a", true, 1, 1}), SqliteError);
}

TEST_F(LearnerDbTest, DailyBackupKeepsTheLastSeven) {
  LearnerDb db(file);
  const auto p = db.create_profile("p", kNow);
  db.sync_cards(p, ids(3), kNow);
  const auto first = db.daily_backup(kNow);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->parent_path(), dir / "backups");
  EXPECT_FALSE(db.daily_backup(kNow + 60));  // once a day
  {
    Database copy(*first);
    EXPECT_EQ(copy.query_int("SELECT count(*) FROM cards"), 3);
    EXPECT_EQ(copy.user_version(), LearnerDb::kSchemaVersion);
    EXPECT_EQ(copy.query_text("PRAGMA integrity_check"), "ok");
  }
  for (int d = 1; d <= 9; ++d) ASSERT_TRUE(db.daily_backup(kNow + d * kDay));
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir / "backups")) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 7u);
  EXPECT_EQ(names.front(), "learner-2025-06-18.db");
  EXPECT_EQ(names.back(), "learner-2025-06-24.db");
}

TEST_F(LearnerDbTest, MigratesFromEveryOldVersionKeepingData) {
  for (int from = 0; from < LearnerDb::kSchemaVersion; ++from) {
    const auto path = dir / ("v" + std::to_string(from) + ".db");
    {
      Database old(path);
      LearnerDb::migrate(old, from);
      ASSERT_EQ(old.user_version(), from);
      if (from >= 1) {
        old.exec("INSERT INTO profiles(name, created_at) VALUES('old', 1)");
        old.exec(
            "INSERT INTO cards(profile_id, question_id, state, stability, difficulty, due) "
            "VALUES(1, 'q-old', 2, 12.5, 4.25, 99)");
        old.exec(
            "INSERT INTO review_log(card_id, profile_id, time, grade, elapsed_days, "
            "state_before, state_after, stability_after, difficulty_after, scheduled_days) "
            "VALUES(1, 1, 50, 3, 4, 1, 2, 12.5, 4.25, 13)");
      }
    }
    LearnerDb db(path);
    EXPECT_EQ(db.db().user_version(), LearnerDb::kSchemaVersion) << "from " << from;
    EXPECT_EQ(db.db().query_text("PRAGMA foreign_key_check"), "") << "from " << from;
    if (from >= 1) {
      const auto c = db.card(1, "q-old");
      ASSERT_TRUE(c) << "from " << from;
      EXPECT_DOUBLE_EQ(c->card.stability, 12.5);
      EXPECT_EQ(c->suspended, Suspension::None);
      const auto log = db.review_log(c->card.id);
      ASSERT_EQ(log.size(), 1u);
      EXPECT_EQ(log[0].mode, "study");  // default for rows from before version 2
      EXPECT_EQ(db.profiles().at(0).name, "old");
    }
    // Every table of the current schema works after migrating.
    const auto comp = db.create_competition("c", 1);
    db.record_competition_answer(comp, {"t", "q", "a", true, 1, 1});
    EXPECT_EQ(db.competition_scores(comp).size(), 1u);
  }
}
