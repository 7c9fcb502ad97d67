// The stats and documents screens end to end, through the real binary: reviews studied in a
// script appear on the stats heatmap; a document added by typing its path is copied into the
// data folder and its questions are in the rebuilt bank.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "game/store/learner_db.hpp"
#include "questions/bank/bank.hpp"
#include "support/png_image.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using tarikh::testing::Image;
using tarikh::testing::read_png;
using tarikh::testing::run_tarikh;

namespace {

// The runs of consecutive rows holding a pixel of exactly (r, g, b), and on which half of the
// window those pixels lie (-1 left, +1 right, 0 both).
struct Bands {
  int runs = 0;
  int side = 0;
};
Bands bands_of(const Image& img, int r, int g, int b) {
  Bands out;
  bool prev = false, left = false, right = false;
  for (int y = 0; y < img.h; ++y) {
    bool row = false;
    for (int x = 0; x < img.w; ++x) {
      const unsigned char* p = &img.rgba[(static_cast<std::size_t>(y) * img.w + x) * 4];
      if (p[0] == r && p[1] == g && p[2] == b) {
        row = true;
        (x < img.w / 2 ? left : right) = true;
      }
    }
    if (row && !prev) ++out.runs;
    prev = row;
  }
  out.side = left && right ? 0 : (left ? -1 : 1);
  return out;
}

class PlayStatsDocuments : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-playsd-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  tarikh::testing::ProcessResult play(const fs::path& script) {
    return run_tarikh({"play", "--headless", "--script", script.string(), "--shots",
                       (dir_ / "shots").string(), "--data", (dir_ / "data").string()});
  }
  fs::path shot(const std::string& name) const { return dir_ / "shots" / (name + ".png"); }
  fs::path dir_;
};

const fs::path kScripts = fs::path(TARIKH_TEST_DATA) / "scripts";

}  // namespace

TEST_F(PlayStatsDocuments, StudiedReviewsShowOnTheHeatmap) {
  const auto r = play(kScripts / "stats_after_study.play");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"stats-ar", "stats-en"}) {
    const Image img = read_png(shot(name));
    EXPECT_EQ(img.w, 1280) << name;
    EXPECT_EQ(img.h, 720) << name;
  }
  for (const char* name : {"stats-ar-800", "stats-en-800"}) {
    const Image img = read_png(shot(name));
    EXPECT_EQ(img.w, 800) << name;
    EXPECT_EQ(img.h, 600) << name;
  }
  // The three answers are in the learner database of the data folder...
  const fs::path file = dir_ / "data" / "learner.db";
  {
    tarikh::store::LearnerDb db(file);
    const auto profiles = db.profiles();
    ASSERT_FALSE(profiles.empty());
    EXPECT_EQ(db.review_count(profiles.front().id), 3);
  }
  // ... and today's cell takes the heatmap's busiest colour: two bands of it (the cell and the
  // legend's square), on the right in English and on the left in Arabic.
  const Bands en = bands_of(read_png(shot("stats-en")), 120, 224, 140);
  EXPECT_EQ(en.runs, 2);
  EXPECT_EQ(en.side, 1);
  const Bands ar = bands_of(read_png(shot("stats-ar")), 120, 224, 140);
  EXPECT_EQ(ar.runs, 2);
  EXPECT_EQ(ar.side, -1);
}

TEST_F(PlayStatsDocuments, WithoutReviewsOnlyTheLegendIsBusy) {
  const fs::path script = dir_ / "stats_only.play";
  std::ofstream(script) << "goto stats\nexpect-screen stats\nshot empty\n";
  const auto r = play(script);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(bands_of(read_png(shot("empty")), 120, 224, 140).runs, 1);
}

TEST_F(PlayStatsDocuments, ADocumentAddedByItsPathIsInTheRebuiltBank) {
  // The script names the fixture folder as @FIXTURE@.
  std::ifstream in(kScripts / "documents_add.play");
  std::stringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  const std::string fixture = (fs::path(TARIKH_TEST_DATA) / "documents-fixture").string();
  for (auto at = s.find("@FIXTURE@"); at != std::string::npos; at = s.find("@FIXTURE@")) {
    s.replace(at, 9, fixture);
  }
  const fs::path script = dir_ / "documents_add.play";
  std::ofstream(script) << s;
  const auto r = play(script);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The good document was copied into the learner's documents; the broken one was refused.
  EXPECT_TRUE(fs::exists(dir_ / "data" / "documents" / "andalus.txt"));
  EXPECT_FALSE(fs::exists(dir_ / "data" / "documents" / "broken.txt"));
  // The bank in the data folder holds its questions, and the built-in documents' too.
  const auto qs = tarikh::questions::read_bank(dir_ / "data" / "bank.sqlite");
  std::set<std::string> docs;
  int from_fixture = 0;
  for (const auto& q : qs) {
    for (const auto& f : q.facts) docs.insert(f.doc);
    for (const auto& f : q.facts) {
      if (f.doc == "andalus.txt") {
        ++from_fixture;
        break;
      }
    }
  }
  EXPECT_GE(from_fixture, 3);
  // The game's deck took the rebuilt bank: the learner has a card for each new question.
  {
    tarikh::store::LearnerDb db(dir_ / "data" / "learner.db");
    const auto profiles = db.profiles();
    ASSERT_FALSE(profiles.empty());
    int cards = 0;
    for (const auto& q : qs) {
      for (const auto& f : q.facts) {
        if (f.doc == "andalus.txt") {
          EXPECT_TRUE(db.card(profiles.front().id, q.id)) << q.prompt;
          ++cards;
          break;
        }
      }
    }
    EXPECT_EQ(cards, from_fixture);
  }
  // The folder's document was added too, and its disagreement with a built-in document is in
  // the bank's conflicts.
  EXPECT_TRUE(fs::exists(dir_ / "data" / "documents" / "syria_1946.txt"));
  const auto conflicts = tarikh::questions::read_bank_conflicts(dir_ / "data" / "bank.sqlite");
  ASSERT_EQ(conflicts.size(), 1u);
  std::set<std::string> sides;
  for (const auto& side : conflicts[0].sides) sides.insert(side.value);
  EXPECT_EQ(sides, (std::set<std::string>{"1944", "1946"}));
  EXPECT_GT(docs.size(), 1u);
  for (const char* name : {"documents-ar", "documents-missing-ar", "documents-not-utf8-ar",
                           "documents-added-ar", "documents-en"}) {
    EXPECT_EQ(read_png(shot(name)).w, 1280) << name;
  }
  EXPECT_EQ(read_png(shot("documents-en-800")).w, 800);
  // The error shots differ from the first one (a red message is on screen), and the message
  // after the build is green.
  const Image missing = read_png(shot("documents-missing-ar"));
  const Image added = read_png(shot("documents-added-ar"));
  EXPECT_GT(bands_of(missing, 120, 36, 44).runs, 0);
  EXPECT_EQ(bands_of(added, 120, 36, 44).runs, 0);
  EXPECT_GT(bands_of(added, 30, 96, 56).runs, 0);
}
