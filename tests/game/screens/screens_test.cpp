// Screens driven directly with input events, drawn through a recording text drawer on a
// software renderer: navigation, sessions fed by screens, right-to-left mirroring.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "game/screens/game_context.hpp"
#include "game/session/sample_questions.hpp"

using namespace tarikh;
using ui::Action;
using ui::InputEvent;

namespace {

// Records what is drawn instead of rasterizing it.
class RecordingDrawer : public ui::TextDrawer {
 public:
  struct Call {
    std::string text;
    int x, y, width;
    ui::Align align;
  };
  ui::TextSize measure(std::string_view text, int size, bool, int) override {
    return {static_cast<int>(text.size()) * size / 3, size};
  }
  int draw(SDL_Renderer*, std::string_view text, int x, int y, int width,
           const ui::TextStyle& style, bool) override {
    calls.push_back({std::string(text), x, y, width, style.align});
    return style.size;
  }
  const Call* find(const std::string& text) const {
    for (const auto& c : calls) {
      if (c.text.find(text) != std::string::npos) return &c;
    }
    return nullptr;
  }
  std::vector<Call> calls;
};

class ScreensTest : public ::testing::Test {
 protected:
  ScreensTest()
      : deck_(session::sample_questions()),
        clock_(20000 * session::kMsPerDay),
        ctx_(deck_, deck_, clock_, stack_) {}
  void SetUp() override {
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
    ASSERT_NE(surface_, nullptr);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    ASSERT_NE(renderer_, nullptr);
    open("home");
  }
  void TearDown() override {
    stack_.clear();
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
  }
  ui::View view() const {
    ui::View v;
    v.rtl = ctx_.settings.rtl();
    return v;
  }
  void open(const char* name) {
    stack_.push(screens::make_screen(name, ctx_));
    stack_.apply();
  }
  void act(Action a) {
    stack_.top()->handle(InputEvent::act(a), view());
    stack_.apply();
  }
  void type(const std::string& text) {
    InputEvent e;
    e.kind = InputEvent::Kind::Text;
    e.text = text;
    stack_.top()->handle(e, view());
  }
  RecordingDrawer& draw() {
    drawer_.calls.clear();
    ui::Canvas canvas(renderer_, drawer_, view(), ctx_.settings);
    stack_.top()->draw(canvas);
    return drawer_;
  }
  std::string top() const { return std::string(stack_.top()->name()); }

  session::InMemoryDeck deck_;
  session::ManualClock clock_;
  ui::ScreenStack stack_;
  screens::GameContext ctx_;
  RecordingDrawer drawer_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
};

}  // namespace

TEST_F(ScreensTest, EveryNameMakesAScreenOfThatName) {
  for (auto name : screens::screen_names()) {
    auto s = screens::make_screen(name, ctx_);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->name(), name);
  }
  EXPECT_EQ(screens::make_screen("lobby", ctx_), nullptr);
}

TEST_F(ScreensTest, HomeOpensStudyWhichRecordsReviews) {
  EXPECT_EQ(top(), "home");
  act(Action::Accept);
  ASSERT_EQ(top(), "study");
  act(Action::Grade3);  // the answer is not shown yet: no review
  EXPECT_TRUE(deck_.reviews().empty());
  act(Action::Reveal);
  EXPECT_NE(draw().find("1944"), nullptr);  // the first card's answer is on screen
  act(Action::Grade3);
  ASSERT_EQ(deck_.reviews().size(), 1u);
  EXPECT_EQ(deck_.reviews()[0].question_id, "sample-01");
  EXPECT_EQ(deck_.reviews()[0].rating, srs::Rating::Good);
  EXPECT_EQ(deck_.reviews()[0].time_ms, clock_.now_ms());
}

TEST_F(ScreensTest, HomeCountsRefreshWhenItComesBack) {
  ctx_.settings.language = ui::Language::English;
  EXPECT_NE(draw().find("7"), nullptr);  // seven new flashcards in the sample
  act(Action::Accept);
  act(Action::Reveal);
  act(Action::Grade4);
  stack_.pop();
  stack_.apply();
  ASSERT_EQ(top(), "home");
  const auto& d = draw();
  EXPECT_NE(d.find("6"), nullptr);
  EXPECT_EQ(d.find("7"), nullptr);
}

TEST_F(ScreensTest, QuizTypedAnswerInArabicIndicDigits) {
  open("quiz");
  ASSERT_EQ(top(), "quiz");
  EXPECT_TRUE(stack_.top()->wants_text());  // the first sample question is typed
  type("١٩");
  type("٤٤");
  act(Action::Accept);
  EXPECT_FALSE(stack_.top()->wants_text());
  ctx_.settings.language = ui::Language::English;
  EXPECT_NE(draw().find("Correct"), nullptr);
  ASSERT_EQ(deck_.reviews().size(), 1u);
  EXPECT_EQ(deck_.reviews()[0].source, "quiz");
  act(Action::Accept);  // next: a multiple-choice question
  act(Action::Grade2);  // a wrong choice
  const auto& d = draw();
  EXPECT_NE(d.find("Wrong"), nullptr);
  // The cited sentence is shown.
  EXPECT_NE(d.find("معاهدة الصداقة والتعاون السوفيتية السورية الأساسية"), nullptr);
}

TEST_F(ScreensTest, ArabicMirrorsTheLayout) {
  // Arabic (the default): the first home button (study) is on the right.
  const auto* ar = draw().find(std::string(ui::tr(ui::Str::Study, ui::Language::Arabic)));
  ASSERT_NE(ar, nullptr);
  EXPECT_GT(ar->x, 640);
  ctx_.settings.language = ui::Language::English;
  const auto* en = draw().find("Study");
  ASSERT_NE(en, nullptr);
  EXPECT_LT(en->x, 640);
}

TEST_F(ScreensTest, SettingsChangeLanguageDigitsAndFontSize) {
  open("settings");
  act(Action::Accept);  // language row
  EXPECT_EQ(ctx_.settings.language, ui::Language::English);
  act(Action::Down);
  act(Action::Right);
  EXPECT_EQ(ctx_.settings.digits, ui::Digits::ArabicIndic);
  act(Action::Down);
  act(Action::Right);
  EXPECT_DOUBLE_EQ(ctx_.settings.font_scale, 1.1);
  act(Action::Down);
  act(Action::Accept);
  EXPECT_FALSE(ctx_.settings.sounds);
  EXPECT_NE(draw().find("١١٠%"), nullptr);
}

TEST_F(ScreensTest, TimelineChecksAndAnimatesOnTheFixedStep) {
  open("timeline");
  ASSERT_EQ(top(), "timeline");
  EXPECT_FALSE(stack_.top()->animating());
  act(Action::Accept);  // check as shuffled
  EXPECT_TRUE(stack_.top()->animating());
  for (int i = 0; i < 100 && stack_.top()->animating(); ++i) stack_.top()->update(10);
  EXPECT_FALSE(stack_.top()->animating());
}

TEST_F(ScreensTest, NoScreenIsAPlaceholderAnyMore) {
  ctx_.settings.language = ui::Language::English;
  for (auto name : screens::screen_names()) {
    open(std::string(name).c_str());
    EXPECT_EQ(top(), name);
    EXPECT_EQ(draw().find("not built yet"), nullptr) << name;
  }
}

TEST_F(ScreensTest, QuizAnswersAskForTheRightAndWrongSounds) {
  ui::RecordingSoundSink sounds;
  ctx_.sounds.set_sink(&sounds);
  open("quiz");
  type("1944");
  EXPECT_TRUE(sounds.played.empty());  // typing makes no sound
  act(Action::Accept);                 // right
  act(Action::Accept);                 // next: a multiple-choice question
  EXPECT_EQ(sounds.played, std::vector<ui::Sound>{ui::Sound::Right});
  act(Action::Grade2);  // wrong
  act(Action::Grade1);  // already answered: no second sound
  EXPECT_EQ(sounds.played, (std::vector<ui::Sound>{ui::Sound::Right, ui::Sound::Wrong}));
  ctx_.sounds.set_sink(nullptr);
}

TEST_F(ScreensTest, SoundsSettingOffPlaysNothing) {
  ui::RecordingSoundSink sounds;
  ctx_.sounds.set_sink(&sounds);
  open("settings");
  act(Action::Down);
  act(Action::Down);
  act(Action::Down);
  act(Action::Accept);  // sounds off: silent
  EXPECT_FALSE(ctx_.settings.sounds);
  EXPECT_TRUE(sounds.played.empty());
  act(Action::Accept);  // on again: a sample of what is heard
  EXPECT_TRUE(ctx_.settings.sounds);
  EXPECT_EQ(sounds.played, std::vector<ui::Sound>{ui::Sound::Right});
  act(Action::Accept);  // off
  sounds.played.clear();
  stack_.pop();
  stack_.apply();
  open("quiz");
  type("1944");
  act(Action::Accept);
  act(Action::Accept);
  act(Action::Grade2);
  ASSERT_EQ(deck_.reviews().size(), 2u);  // both answered
  EXPECT_TRUE(sounds.played.empty());     // and nothing heard
  open("timeline");
  act(Action::Accept);
  EXPECT_TRUE(sounds.played.empty());
  ctx_.sounds.set_sink(nullptr);
}

TEST_F(ScreensTest, TimelineCheckSoundsRightOnlyWhenEveryEventIsInPlace) {
  ui::RecordingSoundSink sounds;
  ctx_.sounds.set_sink(&sounds);
  open("timeline");
  act(Action::Accept);  // checked as shuffled (never already in order): wrong
  EXPECT_EQ(sounds.played, std::vector<ui::Sound>{ui::Sound::Wrong});
  stack_.pop();
  stack_.apply();
  sounds.played.clear();
  // The sample timeline (seed 1) opens as 1980, 2011, 2015, 1944, 2004: 1944 up three places,
  // 2004 up two.
  open("timeline");
  for (auto a : {Action::Down, Action::Down, Action::Down, Action::MoveUp, Action::MoveUp,
                 Action::MoveUp, Action::Down, Action::Down, Action::Down, Action::Down,
                 Action::MoveUp, Action::MoveUp, Action::Accept}) {
    act(a);
  }
  EXPECT_EQ(sounds.played, std::vector<ui::Sound>{ui::Sound::Right});
  ctx_.sounds.set_sink(nullptr);
}
