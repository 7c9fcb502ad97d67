// A classroom competition end to end through the real binary: tests/data/scripts/
// classroom_game.play plays 2 teams x 5 questions (Arabic, everyone answers) and then a buzzer
// round with 4 teams (English); the podium writes each competition's CSV into DATA/results.
// The game plays a bank the test writes from the sample questions (--bank), so the questions and
// their order are known. The expected points are worked out by hand from the rules and the script's
// wait times: a right answer at t ms of a 20 s question earns round((1 - t/20000/2) x 1000), plus
// 100 per consecutive right answer before it (up to 500).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "game/session/sample_questions.hpp"
#include "questions/bank/bank.hpp"
#include "support/csv.hpp"
#include "support/process.hpp"

using tarikh::testing::parse_csv;

namespace fs = std::filesystem;
using tarikh::testing::read_file;
using tarikh::testing::run_tarikh;

namespace {

struct Row {
  std::string answer, verdict, time_ms, points;
};

class PlayClassroom : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-classroom-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    // Hand-computed points on known questions: a bank of the sample ones, not the default bank.
    tarikh::questions::BankContent content;
    content.questions = tarikh::session::sample_questions();
    tarikh::questions::write_bank(bank(), content);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path bank() const { return dir_ / "sample.sqlite"; }
  fs::path dir_;
};

}  // namespace

TEST_F(PlayClassroom, TwoTeamsFiveQuestionsExportTheHandComputedPoints) {
  const auto r = run_tarikh({"play", "--headless", "--script",
                             std::string(TARIKH_TEST_DATA) + "/scripts/classroom_game.play",
                             "--shots", (dir_ / "shots").string(), "--data",
                             (dir_ / "data").string(), "--bank", bank().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;

  // Two competitions, two files; tell them apart by their team names.
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir_ / "data" / "results")) {
    files.push_back(e.path());
    EXPECT_EQ(e.path().extension(), ".csv");
    EXPECT_EQ(e.path().filename().string().rfind("competition-", 0), 0u) << e.path();
  }
  ASSERT_EQ(files.size(), 2u);
  std::string arabic, english;
  for (const auto& f : files) {
    const std::string text = read_file(f);
    (text.find("الفريق 1") != std::string::npos ? arabic : english) = text;
  }
  ASSERT_FALSE(arabic.empty());
  ASSERT_FALSE(english.empty());

  const auto rows = parse_csv(arabic);
  ASSERT_EQ(rows.size(), 1u + 10u + 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"question", "team", "answer", "correct", "time_ms",
                                               "points"}));
  std::map<std::pair<std::string, std::string>, Row> got;
  for (std::size_t i = 1; i <= 10; ++i) {
    ASSERT_EQ(rows[i].size(), 6u) << i;
    got[{rows[i][0], rows[i][1]}] = {rows[i][2], rows[i][3], rows[i][4], rows[i][5]};
  }
  const std::string t1 = "الفريق 1", t2 = "الفريق 2";
  auto expect = [&](const char* q, const std::string& team, const std::string& answer,
                    const std::string& verdict, const std::string& time, const std::string& pts) {
    const auto it = got.find({q, team});
    ASSERT_NE(it, got.end()) << q << " " << team;
    EXPECT_EQ(it->second.answer, answer) << q << " " << team;
    EXPECT_EQ(it->second.verdict, verdict) << q << " " << team;
    EXPECT_EQ(it->second.time_ms, time) << q << " " << team;
    EXPECT_EQ(it->second.points, pts) << q << " " << team;
  };
  // Question 1: team 1 right at 2 s: 1 - 0.1/2 -> 950; team 2 wrong.
  expect("sample-01", t1, "1944", "right", "2000", "950");
  expect("sample-01", t2, "1933", "wrong", "5000", "0");
  // Question 2: team 2 right at 1 s -> 975; team 1 right at 5 s -> 875 + streak 100.
  expect("sample-02", t2, "8 أكتوبر 1980", "right", "1000", "975");
  expect("sample-02", t1, "8 أكتوبر 1980", "right", "5000", "975");
  // Question 3: team 1 right at 10 s -> 750 + streak 200; team 2 lets the time run out.
  expect("sample-03", t1, "2011", "right", "10000", "950");
  expect("sample-03", t2, "", "no answer", "", "0");
  // Question 4: 5 s away on the setup screen and 2 s paused do not count: team 2 right at
  // 4 s of play -> 900 (its streak broke on question 3); team 1 wrong at 6 s.
  expect("sample-04", t2, "30 سبتمبر 2015", "right", "4000", "900");
  expect("sample-04", t1, "يوليو 1944", "wrong", "6000", "0");
  // Question 5: team 1 right at 0.5 s -> 987.5 rounds to 988 (streak broke on 4); team 2 right
  // at 19.99 s -> 500.25 rounds to 500, + streak 100.
  expect("sample-05", t1, "توقيع اتفاقية إلغاء تأشيرات الدخول", "right", "500", "988");
  expect("sample-05", t2, "توقيع اتفاقية إلغاء تأشيرات الدخول", "right", "19990", "600");
  // Totals, best first: 950 + 975 + 950 + 0 + 988 and 0 + 975 + 0 + 900 + 600.
  EXPECT_EQ(rows[11], (std::vector<std::string>{"total", t1, "", "place 1", "", "3863"}));
  EXPECT_EQ(rows[12], (std::vector<std::string>{"total", t2, "", "place 2", "", "2475"}));

  // The buzzer round (team 1 renamed Falcons on the setup screen): team 3 buzzes at 3 s and is
  // judged wrong; team 1's gamepad buzzes at 4 s and is right (900); on question 2 team 4 buzzes at
  // 2 s (950). Teams 2 and 3 tie on 0 and share third place.
  const auto b = parse_csv(english);
  ASSERT_EQ(b.size(), 1u + 8u + 4u);
  EXPECT_EQ(b[1], (std::vector<std::string>{"sample-01", "Falcons", "(judged by host)", "right",
                                            "4000", "900"}));
  EXPECT_EQ(b[3], (std::vector<std::string>{"sample-01", "Team 3", "(judged by host)", "wrong",
                                            "3000", "0"}));
  EXPECT_EQ(b[8], (std::vector<std::string>{"sample-02", "Team 4", "(judged by host)", "right",
                                            "2000", "950"}));
  EXPECT_EQ(b[9], (std::vector<std::string>{"total", "Team 4", "", "place 1", "", "950"}));
  EXPECT_EQ(b[10], (std::vector<std::string>{"total", "Falcons", "", "place 2", "", "900"}));
  EXPECT_EQ(b[11][3], "place 3");
  EXPECT_EQ(b[12][3], "place 3");

  // Both competitions are in the learner database too, finished, with the same points per team.
  sqlite3* db = nullptr;
  ASSERT_EQ(
      sqlite3_open_v2((dir_ / "data" / "learner.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
      SQLITE_OK);
  auto scalar = [&](const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
    long long v = -1;
    if (st && sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM competitions WHERE finished_at IS NOT NULL"), 2);
  EXPECT_EQ(scalar("SELECT SUM(points) FROM competition_answers WHERE team = '" + t1 + "'"), 3863);
  EXPECT_EQ(scalar("SELECT SUM(points) FROM competition_answers WHERE team = '" + t2 + "'"), 2475);
  EXPECT_EQ(scalar("SELECT SUM(points) FROM competition_answers WHERE team = 'Team 4'"), 950);
  sqlite3_close(db);

  // Every screen was shot at 1920x1080.
  for (const char* shot :
       {"setup-ar", "teams-tested-ar", "question-ar", "reveal-ar", "leaderboard-ar", "podium-ar",
        "setup-en", "question-en", "buzz-en", "reveal-en", "leaderboard-en", "podium-en"}) {
    const fs::path p = dir_ / "shots" / (std::string(shot) + ".png");
    EXPECT_TRUE(fs::exists(p)) << shot;
    // PNG header: the width and height are big-endian at bytes 16..23.
    const std::string png = read_file(p);
    ASSERT_GE(png.size(), 24u) << shot;
    auto be32 = [&](std::size_t at) {
      return (static_cast<unsigned char>(png[at]) << 24) |
             (static_cast<unsigned char>(png[at + 1]) << 16) |
             (static_cast<unsigned char>(png[at + 2]) << 8) |
             static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), 1920) << shot;
    EXPECT_EQ(be32(20), 1080) << shot;
  }
}

// A team's gamepad never leaves the question or pauses it; the host's gamepad and keyboard do
// (tests/data/scripts/classroom-pads.play).
TEST_F(PlayClassroom, TeamGamepadsOnlyAnswerTheHostsGamepadPausesAndGoesBack) {
  const auto r = run_tarikh({"play", "--headless", "--script",
                             std::string(TARIKH_TEST_DATA) + "/scripts/classroom-pads.play",
                             "--data", (dir_ / "data").string(), "--bank", bank().string()});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir_ / "data" / "results")) files.push_back(e.path());
  ASSERT_EQ(files.size(), 1u);
  const auto rows = parse_csv(read_file(files[0]));
  ASSERT_EQ(rows.size(), 1u + 2u + 2u);
  // Team 2 at 2 s (the team pad's Start paused nothing): 950; team 1's pad at 3 s of play (the
  // host's 5 s pause excluded): 925.
  EXPECT_EQ(rows[1],
            (std::vector<std::string>{"sample-01", "Team 1", "1944", "right", "3000", "925"}));
  EXPECT_EQ(rows[2],
            (std::vector<std::string>{"sample-01", "Team 2", "1944", "right", "2000", "950"}));
}

// A competition feeding the game's profile records one review per question in the learner
// database's review log, graded by the majority rule (tests/data/scripts/classroom-feed.play).
TEST_F(PlayClassroom, FeedsOneReviewPerQuestionToTheChosenProfile) {
  const auto r = run_tarikh({"play", "--headless", "--script",
                             std::string(TARIKH_TEST_DATA) + "/scripts/classroom-feed.play",
                             "--data", (dir_ / "data").string(), "--bank", bank().string()});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  sqlite3* db = nullptr;
  ASSERT_EQ(
      sqlite3_open_v2((dir_ / "data" / "learner.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
      SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT c.question_id, r.grade, r.mode, r.duration_ms, "
                               "r.profile_id = c.profile_id, "
                               "(SELECT COUNT(*) FROM profiles) FROM review_log r "
                               "JOIN cards c ON c.id = r.card_id ORDER BY r.id",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::vector<std::vector<std::string>> rows;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < 6; ++i) {
      row.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
    }
    rows.push_back(row);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  ASSERT_EQ(rows.size(), 2u);
  // Two of three teams right: Good (3); one of three: Again (1). The mean answer times.
  EXPECT_EQ(rows[0], (std::vector<std::string>{"sample-01", "3", "classroom", "3000", "1", "1"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"sample-02", "1", "classroom", "3000", "1", "1"}));
}
