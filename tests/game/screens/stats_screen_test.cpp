// The stats screen drawn on a software renderer: its empty state without a learner database,
// its figures from one, and its heatmap mirrored in Arabic.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "game/screens/game_context.hpp"
#include "game/session/sample_questions.hpp"
#include "game/srs/scheduler.hpp"
#include "game/store/learner_db.hpp"
#include "support/text_recorder.hpp"

using namespace tarikh;
namespace fs = std::filesystem;

namespace {

using Recorder = tarikh::testing::TextRecorder;

class StatsScreenTest : public ::testing::Test {
 protected:
  StatsScreenTest()
      : deck_(session::sample_questions()),
        clock_(20782 * session::kMsPerDay + 12 * 3600 * 1000LL),  // 2026-11-25 noon UTC
        ctx_(deck_, deck_, clock_, stack_) {
    ctx_.settings.language = ui::Language::English;
  }
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-stats-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    ASSERT_NE(renderer_, nullptr);
  }
  void TearDown() override {
    stack_.clear();
    db_.reset();
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
    fs::remove_all(dir_);
  }
  void open_db() {
    db_ = std::make_unique<store::LearnerDb>(dir_ / "learner.db");
    const std::int64_t now = clock_.now_ms() / 1000;
    ctx_.profile_id = db_->create_profile("Test", now);
    std::vector<std::string> ids;
    for (const auto& q : deck_.questions()) ids.push_back(q.id);
    db_->sync_cards(ctx_.profile_id, ids, now);
    ctx_.db = db_.get();
  }
  // Answers the first `n` sample cards "good" now.
  void review(int n) {
    const std::int64_t now = clock_.now_ms() / 1000;
    srs::Scheduler scheduler(db_->scheduler_config(ctx_.profile_id));
    for (int i = 0; i < n; ++i) {
      const auto card = db_->card(ctx_.profile_id, deck_.questions()[i].id);
      ASSERT_TRUE(card);
      db_->answer(scheduler, card->card.id, now, srs::Rating::Good, 3000, "study");
    }
  }
  Recorder& draw() {
    rec_.texts.clear();
    stack_.clear();
    stack_.push(screens::make_screen("stats", ctx_));
    stack_.apply();
    ui::View v;
    v.rtl = ctx_.settings.rtl();
    ui::Canvas canvas(renderer_, rec_, v, ctx_.settings);
    stack_.top()->draw(canvas);
    return rec_;
  }
  // The x of every pixel of colour c.
  std::vector<int> xs_of(ui::Color c) const {
    std::vector<int> out;
    const auto* px = static_cast<const Uint32*>(surface_->pixels);
    const Uint32 want = SDL_MapRGB(surface_->format, c.r, c.g, c.b);
    for (int y = 0; y < surface_->h; ++y) {
      for (int x = 0; x < surface_->w; ++x) {
        if ((px[y * surface_->pitch / 4 + x] & 0xFFFFFFu) == (want & 0xFFFFFFu)) out.push_back(x);
      }
    }
    return out;
  }

  fs::path dir_;
  session::InMemoryDeck deck_;
  session::ManualClock clock_;
  ui::ScreenStack stack_;
  screens::GameContext ctx_;
  std::unique_ptr<store::LearnerDb> db_;
  Recorder rec_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
};

constexpr ui::Color kBusiest{120, 224, 140};  // the heatmap's darkest level

}  // namespace

TEST_F(StatsScreenTest, WithoutADatabaseEveryChartIsEmpty) {
  auto& r = draw();
  EXPECT_EQ(stack_.top()->name(), "stats");
  EXPECT_TRUE(r.has("Statistics"));
  EXPECT_TRUE(r.has("Reviews in the past year"));
  EXPECT_TRUE(r.has("Due in the next 30 days"));
  EXPECT_TRUE(r.has("True retention by interval"));
  EXPECT_TRUE(r.has("Mastery per document"));
  EXPECT_TRUE(r.has("No review history"));
  EXPECT_TRUE(r.has("No data yet"));
  EXPECT_TRUE(r.has("Nov"));  // month labels
  EXPECT_TRUE(r.has("Less"));
  // Only the legend's square has the busiest colour.
  const auto legend = xs_of(kBusiest).size();
  EXPECT_GT(legend, 0u);
}

TEST_F(StatsScreenTest, ShowsTheLearnersReviewsForecastAndMastery) {
  const auto legend_only = (draw(), xs_of(kBusiest).size());
  open_db();
  review(3);
  auto& r = draw();
  EXPECT_TRUE(r.has("3 reviews"));
  EXPECT_TRUE(r.has("3 due"));  // the three cards reviewed are scheduled within 30 days
  EXPECT_FALSE(r.has("No review history"));
  // The sample's documents are listed with their mastery.
  EXPECT_TRUE(r.has(deck_.questions()[0].facts.front().doc));
  EXPECT_TRUE(r.has("0%"));
  // Today's cell is now the busiest: twice the legend square's pixels.
  EXPECT_EQ(xs_of(kBusiest).size(), 2 * legend_only);
}

TEST_F(StatsScreenTest, ArabicMirrorsTheHeatmapAndUsesItsDigits) {
  open_db();
  review(2);
  draw();
  for (int x : xs_of(kBusiest)) EXPECT_GT(x, 640);  // today at the right end in English
  ctx_.settings.language = ui::Language::Arabic;
  ctx_.settings.digits = ui::Digits::ArabicIndic;
  auto& r = draw();
  for (int x : xs_of(kBusiest)) EXPECT_LT(x, 640);  // and at the left end in Arabic
  EXPECT_TRUE(r.has("٢ مراجعة"));
  EXPECT_TRUE(r.has("المراجعات في السنة الماضية"));
}

TEST_F(StatsScreenTest, RetentionBarsShowPercentagesPerInterval) {
  open_db();
  // A history written straight into the log: in the 2-7 day bucket, 3 of 4 answers recalled.
  const std::int64_t now = clock_.now_ms() / 1000;
  const auto card = db_->card(ctx_.profile_id, deck_.questions()[0].id);
  ASSERT_TRUE(card);
  for (int grade : {3, 3, 1, 4}) {
    db_->db().exec(
        "INSERT INTO review_log(card_id, profile_id, time, grade, elapsed_days, state_before, "
        "state_after, stability_after, difficulty_after, scheduled_days) VALUES (" +
        std::to_string(card->card.id) + ", " + std::to_string(ctx_.profile_id) + ", " +
        std::to_string(now - 86400) + ", " + std::to_string(grade) + ", 5, 2, 2, 10, 5, 5)");
  }
  auto& r = draw();
  EXPECT_TRUE(r.has("75%"));
  EXPECT_TRUE(r.has("2–7"));
  EXPECT_TRUE(r.has("4 reviews"));
  // Arabic-Indic digits in an English line keep the range in order with left-to-right marks.
  ctx_.settings.digits = ui::Digits::ArabicIndic;
  EXPECT_TRUE(draw().has("٢\u200E–\u200E٧"));
}
