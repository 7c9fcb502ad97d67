// `tarikh play --headless` end to end, through the real binary.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "game/session/sample_questions.hpp"
#include "questions/bank/bank.hpp"
#include "support/png_image.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using tarikh::testing::count_lines;
using tarikh::testing::Image;
using tarikh::testing::read_png;
using tarikh::testing::run_tarikh;

namespace {

std::string script(const char* name) {
  return std::string(TARIKH_TEST_DATA) + "/scripts/" + name;
}

class PlayHeadless : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-play-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  // The scripts that need known questions play a bank of the sample ones (--bank) instead of
  // the default bank.
  void use_sample_questions() {
    tarikh::questions::BankContent content;
    content.questions = tarikh::session::sample_questions();
    bank_ = dir_ / "sample.sqlite";
    tarikh::questions::write_bank(bank_, content);
  }
  tarikh::testing::ProcessResult play(const char* name) {
    std::vector<std::string> args = {"play",     "--headless",
                                     "--script", script(name),
                                     "--shots",  (dir_ / "shots").string(),
                                     "--data",   (dir_ / "data").string()};
    if (!bank_.empty()) {
      args.push_back("--bank");
      args.push_back(bank_.string());
    }
    return run_tarikh(args);
  }
  fs::path shot(const char* name) const { return dir_ / "shots" / (std::string(name) + ".png"); }
  fs::path dir_;
  fs::path bank_;  // empty: the default bank
};

bool near(const unsigned char* px, int r, int g, int b) {
  return std::abs(px[0] - r) < 12 && std::abs(px[1] - g) < 12 && std::abs(px[2] - b) < 12;
}

}  // namespace

TEST_F(PlayHeadless, StudiesCardsAndTakesShotsOfTheRightSize) {
  const auto r = play("study.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  for (const char* name : {"home", "answer", "study"}) {
    const Image img = read_png(shot(name));
    EXPECT_EQ(img.w, 1280) << name;
    EXPECT_EQ(img.h, 720) << name;
  }
  const Image small = read_png(shot("home-small"));
  EXPECT_EQ(small.w, 800);
  EXPECT_EQ(small.h, 600);
  // The answer shot differs from the home shot (the study screen was drawn).
  EXPECT_NE(read_png(shot("home")).rgba, read_png(shot("answer")).rgba);
  // The data folder given with --data exists.
  EXPECT_TRUE(fs::is_directory(dir_ / "data"));
}

TEST_F(PlayHeadless, FailedExpectScreenExitsOneWithOneLine) {
  const auto r = play("expect_fails.play");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("quiz"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("home is on top"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(shot("never")));
}

TEST_F(PlayHeadless, MalformedScriptExitsTwoBeforeRunning) {
  const auto r = play("malformed.play");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("line 3: "), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(shot("before")));  // checked before anything ran
}

TEST_F(PlayHeadless, MissingScriptExitsTwo) {
  const auto r = run_tarikh({"play", "--headless", "--script", (dir_ / "none.play").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("none.play"), std::string::npos) << r.err;
}

TEST_F(PlayHeadless, QuizFeedbackIsGreenWhenRightAndRedWhenWrong) {
  use_sample_questions();  // the script types the first question's answer
  const auto r = play("quiz_wrong.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The feedback banner spans the width under the prompt.
  const Image right = read_png(shot("right"));
  const Image wrong = read_png(shot("wrong"));
  ASSERT_EQ(right.w, 1280);
  ASSERT_EQ(wrong.w, 1280);
  EXPECT_TRUE(near(right.at(70, 215), 30, 96, 56));
  EXPECT_TRUE(near(wrong.at(70, 215), 120, 36, 44));
}

TEST_F(PlayHeadless, TimelineOrderedByDragAndKeyboard) {
  use_sample_questions();  // the script knows the order the events open in
  const auto r = play("timeline_keyboard.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Image checked = read_png(shot("checked"));
  ASSERT_EQ(checked.w, 1280);
  // Every event row is green (in its right place) after checking.
  for (int row = 0; row < 5; ++row) {
    const int y = 115 + row * 70;
    EXPECT_TRUE(near(checked.at(145, y), 30, 96, 56)) << "row " << row;
  }
}

TEST_F(PlayHeadless, MouseGamepadAndEscNavigateAndQuitEndsTheScript) {
  const auto r = play("navigate.play");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(shot("home-en")));
}

TEST_F(PlayHeadless, LanguageSwitchesToEnglishAndBack) {
  const auto r = play("language.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Image ar = read_png(shot("home-ar"));
  const Image en = read_png(shot("home-en"));
  const Image again = read_png(shot("home-ar-again"));
  ASSERT_EQ(ar.w, 1280);
  EXPECT_NE(ar.rgba, en.rgba);
  EXPECT_EQ(ar.rgba, again.rgba);
  // Mirrored: the focused first button (study) has its focus ring on the right in Arabic and
  // on the left in English.
  EXPECT_TRUE(near(ar.at(1222, 390), 255, 196, 61));
  EXPECT_TRUE(near(en.at(57, 390), 255, 196, 61));
}

TEST_F(PlayHeadless, EveryAnswerIsLoggedWithItsDurationOnTheGameClock) {
  use_sample_questions();  // the script types the first quiz question's answer
  const auto r = play("answer_durations.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  sqlite3* db = nullptr;
  ASSERT_EQ(
      sqlite3_open_v2((dir_ / "data" / "learner.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
      SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT mode, duration_ms, grade FROM review_log ORDER BY id",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::vector<std::pair<std::string, int>> log;
  std::vector<int> grades;
  while (sqlite3_step(st) == SQLITE_ROW) {
    log.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                     sqlite3_column_int(st, 1));
    grades.push_back(sqlite3_column_int(st, 2));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  const std::vector<std::pair<std::string, int>> expected = {
      {"quiz", 1500}, {"quiz", 2300}, {"study", 3500}, {"study", 1200}};
  EXPECT_EQ(log, expected);
  // The quiz's right answer went in as Good, its wrong one as Again; the study grades as given.
  EXPECT_EQ(grades, (std::vector<int>{3, 1, 3, 3}));
}
