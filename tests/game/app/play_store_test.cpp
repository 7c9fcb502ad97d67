// The learner database through the real binary: progress, settings and profiles last from one
// run to the next; a damaged database stops the game with one line and is left as it was.
#include <gtest/gtest.h>
#include <png.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace fs = std::filesystem;
using tarikh::testing::count_lines;
using tarikh::testing::read_file;
using tarikh::testing::run_tarikh;

namespace {

std::vector<unsigned char> pixels(const fs::path& p, int* w = nullptr) {
  png_image img{};
  img.version = PNG_IMAGE_VERSION;
  std::vector<unsigned char> out;
  if (!png_image_begin_read_from_file(&img, p.c_str())) return out;
  img.format = PNG_FORMAT_RGBA;
  out.resize(PNG_IMAGE_SIZE(img));
  if (!png_image_finish_read(&img, nullptr, out.data(), 0, nullptr)) {
    png_image_free(&img);
    return {};
  }
  if (w) *w = static_cast<int>(img.width);
  return out;
}

// One integer or text from a query on the learner database (read-only, its own connection).
class Db {
 public:
  explicit Db(const fs::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << "cannot open " << file;
    }
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  std::string text(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    std::string out = "(error)";
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      const auto* t = sqlite3_column_text(st, 0);
      out = t ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_finalize(st);
    return out;
  }
  long integer(const std::string& sql) { return std::stol("0" + text(sql)); }

 private:
  sqlite3* db_ = nullptr;
};

class PlayStore : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-play-store-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  tarikh::testing::ProcessResult play(const char* script) {
    return run_tarikh({"play", "--headless", "--script",
                       std::string(TARIKH_TEST_DATA) + "/scripts/" + script, "--shots",
                       (dir_ / "shots").string(), "--data", (dir_ / "data").string()});
  }
  fs::path shot(const char* name) const { return dir_ / "shots" / (std::string(name) + ".png"); }
  fs::path db_file() const { return dir_ / "data" / "learner.db"; }

  fs::path dir_;
};

}  // namespace

TEST_F(PlayStore, TenCardsStudiedAreRememberedAndComeDueAfterTheirStep) {
  const auto first = play("store_study.play");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(first.err.empty()) << first.err;
  // The default bank was built from the bundled documents into the data folder.
  EXPECT_TRUE(fs::exists(dir_ / "data" / "bank.sqlite"));
  {
    Db db(db_file());
    EXPECT_EQ(db.integer("SELECT count(*) FROM profiles"), 1);
    EXPECT_EQ(db.integer("SELECT count(*) FROM review_log"), 10);
    EXPECT_EQ(db.integer("SELECT count(*) FROM review_log WHERE mode = 'study'"), 10);
    EXPECT_EQ(db.integer("SELECT count(*) FROM review_log WHERE state_before = 0"), 10);
    EXPECT_EQ(db.integer("SELECT count(*) FROM cards WHERE state != 0"), 10);
    // Good on a new card: the second learning step (10 minutes).
    EXPECT_EQ(db.integer("SELECT count(*) FROM cards WHERE state = 1"), 10);
  }

  const auto second = play("store_home.play");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(second.err.empty()) << second.err;
  const auto before = pixels(shot("home-before")), after = pixels(shot("home-after"));
  ASSERT_FALSE(before.empty());
  ASSERT_FALSE(after.empty());
  EXPECT_NE(before, after);  // the new count went down: the ten are no longer new
  {
    Db db(db_file());
    EXPECT_EQ(db.integer("SELECT count(*) FROM review_log"), 10);
    EXPECT_EQ(db.integer("SELECT count(*) FROM cards WHERE state = 0 AND suspended = 0") > 0, 1);
  }

  const auto third = play("store_due.play");
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_TRUE(third.err.empty()) << third.err;
  EXPECT_NE(pixels(shot("home-due")), after);
  Db db(db_file());
  EXPECT_EQ(db.integer("SELECT count(*) FROM review_log"), 11);
  // The card studied was one of the ten, due again (learning), not a new one.
  EXPECT_EQ(db.integer("SELECT state_before FROM review_log ORDER BY id DESC LIMIT 1"), 1);
  EXPECT_EQ(db.integer("SELECT count(*) FROM review_log GROUP BY card_id ORDER BY count(*) DESC "
                       "LIMIT 1"),
            2);
}

TEST_F(PlayStore, EnglishChosenInTheSettingsIsTheLanguageOfTheNextRun) {
  const auto first = play("store_english.play");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  {
    Db db(db_file());
    EXPECT_EQ(db.text("SELECT value FROM settings WHERE key = 'language'"), "en");
  }
  const auto second = play("store_home.play");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  int w = 0;
  const auto home = pixels(shot("home-after"), &w);
  ASSERT_EQ(w, 1280);
  // In English the focused Study button is the leftmost (Arabic mirrors it to the right).
  const unsigned char* left = &home[(390u * 1280u + 57u) * 4u];
  const unsigned char* right = &home[(390u * 1280u + 1222u) * 4u];
  EXPECT_NEAR(left[0], 255, 12);
  EXPECT_NEAR(left[1], 196, 12);
  EXPECT_NEAR(left[2], 61, 12);
  EXPECT_FALSE(right[0] > 240 && right[1] > 180 && right[2] < 80);
}

TEST_F(PlayStore, ANewLearnerIsMadeFromATypedNameAndIsTheLastProfileNextTime) {
  const auto first = play("store_profiles.play");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(first.err.empty()) << first.err;
  {
    Db db(db_file());
    EXPECT_EQ(db.integer("SELECT count(*) FROM profiles"), 2);
    EXPECT_EQ(db.integer("SELECT count(*) FROM profiles WHERE name = 'سلمى'"), 1);
  }
  EXPECT_NE(pixels(shot("home-salma")), pixels(shot("profiles")));
  // The next run plays سلمى's cards: what it studies goes to her profile.
  const auto second = play("store_study.play");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  Db db(db_file());
  EXPECT_EQ(db.integer("SELECT count(*) FROM review_log WHERE profile_id = "
                       "(SELECT id FROM profiles WHERE name = 'سلمى')"),
            10);
}

TEST_F(PlayStore, ADamagedDatabaseExitsTwoWithOneLineAndIsKept) {
  fs::create_directories(dir_ / "data");
  {
    std::ofstream out(db_file(), std::ios::binary);
    for (int i = 0; i < 200; ++i) out << "not a database at all ";
  }
  const std::string bytes = read_file(db_file());
  const auto r = play("store_home.play");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("learner.db"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(db_file()), bytes);  // untouched, not moved aside
  for (const auto& e : fs::directory_iterator(dir_ / "data")) {
    EXPECT_EQ(e.path().filename().string().find("broken"), std::string::npos) << e.path();
  }
  EXPECT_FALSE(fs::exists(shot("home-after")));
}
