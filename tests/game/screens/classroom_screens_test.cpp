// The classroom screens driven with input events on a manual clock, drawn through a recording
// text drawer: answers lock without showing the choice, Esc keeps the competition (paused) until
// the host ends it with two presses, automatic pacing moves on by itself, the leaderboard's
// top-three option, and the Arabic layout mirrored.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "game/app/input.hpp"
#include "game/screens/classroom_room.hpp"
#include "game/session/sample_questions.hpp"
#include "game/ui/sounds.hpp"

using namespace tarikh;
using ui::Action;
using ui::InputEvent;

namespace {

class Recorder : public ui::TextDrawer {
 public:
  struct Call {
    std::string text;
    int x, y, width;
  };
  ui::TextSize measure(std::string_view text, int size, bool, int) override {
    return {static_cast<int>(text.size()) * size / 3, size};
  }
  int draw(SDL_Renderer*, std::string_view text, int x, int y, int width, const ui::TextStyle& st,
           bool) override {
    calls.push_back({std::string(text), x, y, width});
    return st.size;
  }
  const Call* find(const std::string& text) const {
    for (const auto& c : calls) {
      if (c.text.find(text) != std::string::npos) return &c;
    }
    return nullptr;
  }
  int count(const std::string& text) const {
    int n = 0;
    for (const auto& c : calls) n += c.text.find(text) != std::string::npos;
    return n;
  }
  std::vector<Call> calls;
};

class ClassroomScreens : public ::testing::Test {
 protected:
  ClassroomScreens()
      : deck_(session::sample_questions()), clock_(1'000'000), ctx_(deck_, deck_, clock_, stack_) {
    ctx_.settings.language = ui::Language::English;
  }
  void SetUp() override {
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
    ASSERT_NE(surface_, nullptr);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    ASSERT_NE(renderer_, nullptr);
    stack_.push(screens::make_screen("home", ctx_));
    stack_.push(screens::make_screen("classroom-setup", ctx_));
    stack_.apply();
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
  // A key as the game's input mapper delivers it.
  void key(SDL_Keycode sym) {
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = sym;
    for (const auto& ie : mapper_.map(e, 1280, 720)) send(ie);
  }
  void send(const InputEvent& e) {
    if (e.kind == InputEvent::Kind::Action && e.action == Action::Back &&
        !stack_.top()->takes_back(e)) {
      stack_.pop();  // as the loop does with Esc
    } else {
      stack_.top()->handle(e, view());
    }
    stack_.apply();
  }
  void wait(int ms) {
    for (int t = 0; t < ms; t += 10) {
      clock_.advance(10);
      stack_.top()->update(10);
    }
    stack_.apply();
  }
  Recorder& draw() {
    rec_.calls.clear();
    ui::Canvas canvas(renderer_, rec_, view(), ctx_.settings);
    stack_.top()->draw(canvas);
    return rec_;
  }
  std::string top() const { return std::string(stack_.top()->name()); }
  screens::ClassroomRoom& room() { return screens::room_of(ctx_); }
  void start() {
    ASSERT_TRUE(screens::start_competition(ctx_));
    stack_.push(screens::make_screen("classroom-question", ctx_));
    stack_.apply();
  }

  session::InMemoryDeck deck_;
  session::ManualClock clock_;
  ui::ScreenStack stack_;
  screens::GameContext ctx_;
  app::InputMapper mapper_;
  Recorder rec_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
};

}  // namespace

TEST_F(ClassroomScreens, AnswersLockWithoutShowingTheChoiceUntilTheReveal) {
  start();
  EXPECT_EQ(top(), "classroom-question");
  EXPECT_EQ(draw().count("Thinking"), 2);
  wait(3000);
  key(SDLK_3);  // team 1 picks the third choice
  const auto& c = *room().competition;
  EXPECT_TRUE(c.has_answered(0));
  EXPECT_EQ(c.answers()[0].choice, 2);
  EXPECT_NE(draw().find("Locked in"), nullptr);
  EXPECT_EQ(rec_.find("3 ✗"), nullptr);
  EXPECT_EQ(rec_.find("3 ✓"), nullptr);
  EXPECT_EQ(rec_.count("Thinking"), 1);
  key(SDLK_3);  // a second press changes nothing
  EXPECT_EQ(c.answers()[0].time_ms, 3000);
  key(SDLK_8);  // team 2: the second choice; every team has answered: the reveal
  EXPECT_EQ(c.phase(), session::classroom::Phase::Reveal);
  draw();
  // The right answer of the first sample question is its second choice (1944).
  EXPECT_NE(rec_.find("2 ✓"), nullptr);
  EXPECT_NE(rec_.find("3 ✗"), nullptr);
  EXPECT_NE(rec_.find("بدأت العلاقات الدبلوماسية"), nullptr);  // the cited sentence
  key(SDLK_SPACE);
  EXPECT_EQ(top(), "leaderboard");
  key(SDLK_SPACE);
  EXPECT_EQ(top(), "classroom-question");
  EXPECT_EQ(room().competition->question_index(), 1);
}

TEST_F(ClassroomScreens, EscKeepsTheCompetitionPausedUntilEndedWithTwoPresses) {
  start();
  wait(2000);
  key(SDLK_ESCAPE);
  EXPECT_EQ(top(), "classroom-setup");
  ASSERT_TRUE(room().competition);
  EXPECT_TRUE(room().competition->paused());
  EXPECT_NE(draw().find("A competition is in progress"), nullptr);
  wait(10000);  // the clock stays stopped
  EXPECT_EQ(room().competition->remaining(clock_.now_ms()), 18000);
  key(SDLK_RETURN);  // resume: back to the question, still paused
  EXPECT_EQ(top(), "classroom-question");
  EXPECT_NE(draw().find("Paused"), nullptr);
  key(SDLK_p);
  EXPECT_FALSE(room().competition->paused());
  wait(1000);
  EXPECT_EQ(room().competition->remaining(clock_.now_ms()), 17000);
  key(SDLK_ESCAPE);
  key(SDLK_DOWN);
  key(SDLK_RETURN);  // "End the competition": asks again
  EXPECT_TRUE(room().competition);
  EXPECT_NE(draw().find("Press again"), nullptr);
  key(SDLK_RETURN);
  EXPECT_FALSE(room().competition);
  EXPECT_EQ(top(), "classroom-setup");
}

TEST_F(ClassroomScreens, AutomaticPacingMovesOnAfterTheTimeAndTheReveal) {
  room().setup.pacing = session::classroom::Pacing::Automatic;
  room().setup.seconds = 5;
  start();
  wait(5000);
  EXPECT_EQ(room().competition->phase(), session::classroom::Phase::Reveal);
  EXPECT_EQ(top(), "classroom-question");
  wait(5000);  // the reveal stays up 5 s
  EXPECT_EQ(top(), "leaderboard");
  wait(5000);
  EXPECT_EQ(top(), "classroom-question");
  EXPECT_EQ(room().competition->question_index(), 1);
}

TEST_F(ClassroomScreens, TheLastSecondsTickAndTheEndOfTheTimeSounds) {
  ui::RecordingSoundSink sounds;
  ctx_.sounds.set_sink(&sounds);
  room().setup.seconds = 5;
  start();
  wait(1900);
  EXPECT_TRUE(sounds.played.empty());  // 3.1 s left: not yet
  wait(200);
  EXPECT_EQ(sounds.played, std::vector<ui::Sound>{ui::Sound::Tick});  // 3 s left
  // A pause keeps the countdown silent.
  key(SDLK_p);
  wait(3000);
  EXPECT_EQ(sounds.played.size(), 1u);
  key(SDLK_p);
  wait(3000);
  EXPECT_EQ(sounds.played, (std::vector<ui::Sound>{ui::Sound::Tick, ui::Sound::Tick,
                                                   ui::Sound::Tick, ui::Sound::TimeUp}));
  EXPECT_EQ(room().competition->phase(), session::classroom::Phase::Reveal);
  // Every team answering in time: no time-up sound.
  sounds.played.clear();
  key(SDLK_SPACE);  // to the leaderboard
  key(SDLK_SPACE);  // the next question
  ASSERT_EQ(top(), "classroom-question");
  key(SDLK_1);
  key(SDLK_7);
  wait(6000);
  EXPECT_TRUE(sounds.played.empty());
  ctx_.sounds.set_sink(nullptr);
}

TEST_F(ClassroomScreens, BuzzerRoundGivesTheFloorAndTheHostJudges) {
  room().setup.mode = session::classroom::Mode::Buzzer;
  start();
  wait(1000);
  key(SDLK_9);  // team 2 buzzes
  ASSERT_TRUE(room().competition->buzzed_team());
  EXPECT_EQ(*room().competition->buzzed_team(), 1);
  EXPECT_NE(draw().find("Team 2 has the floor"), nullptr);
  key(SDLK_1);  // team 1 cannot buzz while team 2 has the floor
  EXPECT_EQ(*room().competition->buzzed_team(), 1);
  key(SDLK_n);
  EXPECT_FALSE(room().competition->buzzed_team());
  key(SDLK_1);
  key(SDLK_y);
  EXPECT_EQ(room().competition->phase(), session::classroom::Phase::Reveal);
  EXPECT_TRUE(room().competition->answers()[0].correct);
  EXPECT_FALSE(room().competition->answers()[1].correct);
}

TEST_F(ClassroomScreens, TopThreeOnlyHidesTheOtherPlaces) {
  room().set_teams(5);
  room().setup.top_three_only = true;
  start();
  key(SDLK_2);  // team 1 right
  key(SDLK_8);  // team 2 right
  key(SDLK_w);  // team 3 right
  key(SDLK_j);  // team 4 wrong
  key(SDLK_a);  // team 5 wrong; all answered
  key(SDLK_SPACE);
  ASSERT_EQ(top(), "leaderboard");
  draw();
  EXPECT_NE(rec_.find("Team 1"), nullptr);
  EXPECT_NE(rec_.find("Team 2"), nullptr);
  EXPECT_NE(rec_.find("Team 3"), nullptr);
  EXPECT_EQ(rec_.find("Team 4"), nullptr);
  EXPECT_EQ(rec_.find("Team 5"), nullptr);
}

TEST_F(ClassroomScreens, ArabicPutsTheFirstChoiceOnTheRight) {
  start();
  const auto& q = room().questions.front();
  const auto* en = draw().find(q.choices[0]);
  ASSERT_NE(en, nullptr);
  const int x_en = en->x;
  ctx_.settings.language = ui::Language::Arabic;
  const auto* ar = draw().find(q.choices[0]);
  ASSERT_NE(ar, nullptr);
  EXPECT_LT(x_en, 640);
  EXPECT_GT(ar->x, 640);
  // Team chips mirror too: team 1 (named when the competition began) at the right.
  const auto* t1 = rec_.find("Team 1");
  const auto* t2 = rec_.find("Team 2");
  ASSERT_NE(t1, nullptr);
  ASSERT_NE(t2, nullptr);
  EXPECT_GT(t1->x, t2->x);
}

TEST_F(ClassroomScreens, ATeamsGamepadNeitherLeavesNorPausesTheHostsDoes) {
  room().buzzers.bind_pad(4);  // team 1's gamepad; gamepad 6 is bound to no team: the host's
  start();
  // B and Back of a team's gamepad are the screen's (dropped), not the loop's "go back"; the
  // host's gamepad and the keyboard still go back.
  EXPECT_TRUE(stack_.top()->takes_back(InputEvent::act(Action::Back, 4)));
  EXPECT_FALSE(stack_.top()->takes_back(InputEvent::act(Action::Back, 6)));
  EXPECT_FALSE(stack_.top()->takes_back(InputEvent::act(Action::Back)));
  send(InputEvent::act(Action::Back, 4));
  EXPECT_EQ(top(), "classroom-question");
  EXPECT_FALSE(room().competition->paused());
  // Start: a team's does nothing, the host's pauses and resumes.
  const auto& c = *room().competition;
  send(InputEvent::act(Action::Menu, 4));
  EXPECT_FALSE(c.paused());
  send(InputEvent::act(Action::Menu, 6));
  EXPECT_TRUE(c.paused());
  send(InputEvent::act(Action::Menu, 6));
  EXPECT_FALSE(c.paused());
  // The host's gamepad leaves.
  send(InputEvent::act(Action::Back, 6));
  EXPECT_NE(top(), "classroom-question");
  // Off the classroom screens a team's gamepad navigates as any other.
  stack_.clear();
  stack_.push(screens::make_screen("home", ctx_));
  stack_.apply();
  EXPECT_FALSE(stack_.top()->takes_back(InputEvent::act(Action::Back, 4)));
}

TEST_F(ClassroomScreens, ThePodiumNamesEveryTiedTeam) {
  room().set_teams(8);
  room().setup.question_count = 1;
  start();
  key(SDLK_SPACE);  // nobody answers: eight teams tied on 0
  key(SDLK_SPACE);
  ASSERT_EQ(top(), "leaderboard");
  key(SDLK_SPACE);
  ASSERT_EQ(top(), "podium");
  draw();
  for (int t = 1; t <= 8; ++t) {
    EXPECT_NE(rec_.find("Team " + std::to_string(t)), nullptr) << t;
  }
}
