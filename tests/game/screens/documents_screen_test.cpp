// The documents screen: the built-in documents listed with their counts, errors for a missing
// path and a file that is not UTF-8, and adding a document, which rebuilds the bank in the data
// folder (run to its end within update() here: no video subsystem) and reloads the deck.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "game/screens/game_context.hpp"
#include "game/session/sample_questions.hpp"
#include "questions/bank/bank.hpp"
#include "support/text_recorder.hpp"

using namespace tarikh;
namespace fs = std::filesystem;
using ui::Action;
using ui::InputEvent;

namespace {

using Recorder = tarikh::testing::TextRecorder;

const fs::path kFixture = fs::path(TARIKH_TEST_DATA) / "documents-fixture";

class DocumentsScreenTest : public ::testing::Test {
 protected:
  DocumentsScreenTest()
      : deck_(session::sample_questions()),
        clock_(20782 * session::kMsPerDay),
        ctx_(deck_, deck_, clock_, stack_) {
    ctx_.settings.language = ui::Language::English;
  }
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-docs-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    ctx_.data_dir = dir_;
    ctx_.reload_bank = [this] { ++reloads_; };
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    ASSERT_NE(renderer_, nullptr);
    stack_.push(screens::make_screen("documents", ctx_));
    stack_.apply();
  }
  void TearDown() override {
    stack_.clear();
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
    fs::remove_all(dir_);
  }
  ui::Screen& screen() { return *stack_.top(); }
  void type(const std::string& s) {
    InputEvent e;
    e.kind = InputEvent::Kind::Text;
    e.text = s;
    screen().handle(e, ui::View{});
  }
  void enter() { screen().handle(InputEvent::act(Action::Accept), ui::View{}); }
  void run_build() {
    for (int i = 0; i < 100000 && screen().animating(); ++i) screen().update(10);
  }
  Recorder& draw() {
    rec_.texts.clear();
    ui::Canvas canvas(renderer_, rec_, ui::View{}, ctx_.settings);
    screen().draw(canvas);
    return rec_;
  }

  fs::path dir_;
  int reloads_ = 0;
  session::InMemoryDeck deck_;
  session::ManualClock clock_;
  ui::ScreenStack stack_;
  screens::GameContext ctx_;
  Recorder rec_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
};

}  // namespace

TEST_F(DocumentsScreenTest, ListsTheBuiltInDocumentsAndTakesText) {
  EXPECT_EQ(screen().name(), "documents");
  EXPECT_TRUE(screen().wants_text());
  auto& r = draw();
  const auto builtin =
      std::distance(fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "assets" / "documents"),
                    fs::directory_iterator());
  EXPECT_TRUE(r.has("Built-in documents (" + std::to_string(builtin) + ")"));
  EXPECT_TRUE(r.has("Your documents (0)"));
  EXPECT_TRUE(r.has("No question bank in the data folder yet"));
}

TEST_F(DocumentsScreenTest, AMissingPathIsAnErrorOnScreen) {
  type((dir_ / "nowhere.txt").string());
  enter();
  EXPECT_FALSE(screen().animating());
  EXPECT_TRUE(draw().has("No file or folder at this path"));
  EXPECT_FALSE(fs::exists(dir_ / "documents"));
}

TEST_F(DocumentsScreenTest, AFileThatIsNotUtf8IsRefused) {
  type((kFixture / "bad" / "broken.txt").string());
  enter();
  EXPECT_FALSE(screen().animating());
  auto& r = draw();
  EXPECT_TRUE(r.has("not valid UTF-8"));
  EXPECT_TRUE(r.has("broken.txt:1"));
  EXPECT_FALSE(fs::exists(dir_ / "documents" / "broken.txt"));
}

TEST_F(DocumentsScreenTest, AddingADocumentRebuildsTheBankWithItsQuestions) {
  type((kFixture / "andalus.txt").string());
  enter();
  EXPECT_TRUE(screen().animating());    // the build runs
  EXPECT_FALSE(screen().wants_text());  // and the field waits
  // The progress bar and its label are drawn while it runs (the result waits for update()).
  EXPECT_TRUE(draw().has("Rebuilding the question bank"));
  run_build();
  ASSERT_FALSE(screen().animating());
  EXPECT_TRUE(fs::exists(dir_ / "documents" / "andalus.txt"));
  const auto qs = questions::read_bank(dir_ / "bank.sqlite");
  int from_fixture = 0;
  for (const auto& q : qs) {
    for (const auto& f : q.facts) {
      if (f.doc == "andalus.txt") {
        ++from_fixture;
        break;
      }
    }
  }
  EXPECT_GT(from_fixture, 0);
  EXPECT_EQ(reloads_, 1);
  auto& r = draw();
  EXPECT_TRUE(r.has("The question bank was rebuilt"));
  EXPECT_TRUE(r.has("Your documents (1)"));
  EXPECT_TRUE(r.has(std::to_string(from_fixture) + " questions"));
  EXPECT_TRUE(r.has(std::to_string(qs.size()) + " questions"));  // the header's total
  EXPECT_TRUE(screen().wants_text());
}

TEST_F(DocumentsScreenTest, AFolderIsAddedAndItsConflictIsListed) {
  type((kFixture / "conflict").string());
  enter();
  run_build();
  ASSERT_FALSE(screen().animating());
  EXPECT_TRUE(fs::exists(dir_ / "documents" / "syria_1946.txt"));
  auto& r = draw();
  EXPECT_TRUE(r.has("Conflicts between documents (1)"));
  // The event, then both values with their documents and lines.
  EXPECT_TRUE(r.has("اعترفت باستقلال سوريا"));
  bool sides = false;
  for (const auto& t : r.texts) {
    sides = sides || (t.find("1944") != std::string::npos && t.find("1946") != std::string::npos &&
                      t.find("syria_1946.txt:1") != std::string::npos &&
                      t.find("001_082cf362c546dc2a.txt:1") != std::string::npos);
  }
  EXPECT_TRUE(sides);
}
