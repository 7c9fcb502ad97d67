// The edit line the quiz and the profile screen type into, on the real text engine: the caret
// walks what is shown in Arabic and mixed text, backspace removes whole grapheme clusters, a click
// places the caret, an input method's composition is shown until committed, and the caret bar is
// drawn where the engine puts the caret.
#include "game/ui/edit_line.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "game/text/engine_text_drawer.hpp"
#include "game/ui/settings.hpp"
#include "tests/game/text/text_test_util.hpp"

namespace tarikh::ui {
namespace {

InputEvent typed(const std::string& s) {
  InputEvent e;
  e.kind = InputEvent::Kind::Text;
  e.text = s;
  return e;
}

class EditLineTest : public ::testing::Test {
 protected:
  EditLineTest() {
    look.box = {100, 50, 600, 0};
    look.size = 32;
    look.align = Align::Right;
  }
  void type(const std::string& s) { ASSERT_TRUE(line.handle(typed(s), &drawer, look)); }
  void act(Action a) { line.handle(InputEvent::act(a), &drawer, look); }
  std::size_t caret() const { return line.field().caret(); }
  // The x of the text's left edge (right-aligned in the box).
  int left() { return 700 - drawer.measure(line.field().display_text(), 32, false, 0).w; }

  text::EngineTextDrawer drawer{text::testing::assets()};
  EditLine line{128};
  EditLineLook look;
};

TEST_F(EditLineTest, ArrowsWalkWhatIsShownInArabic) {
  type("مرحبا");
  EXPECT_EQ(caret(), line.field().text().size());  // after the last letter: its left end
  act(Action::Left);                               // already leftmost
  EXPECT_EQ(caret(), line.field().text().size());
  act(Action::Right);  // one letter back in reading order
  EXPECT_EQ(caret(), line.field().text().size() - 2);
  act(Action::Left);
  EXPECT_EQ(caret(), line.field().text().size());
}

TEST_F(EditLineTest, ASweepAcrossMixedTextVisitsEveryPlaceOnce) {
  type("في عام 1980 (Treaty)");
  const std::string& t = line.field().text();
  const auto bounds = text::grapheme_boundaries(t);
  // From the right end of the line to the left end, one step at a time.
  for (int i = 0; i < 40; ++i) act(Action::Right);
  std::set<std::size_t> seen = {caret()};
  int x = drawer.caret_x(t, 32, false, caret());
  for (int i = 0; i < 40; ++i) {
    act(Action::Left);
    const int nx = drawer.caret_x(t, 32, false, caret());
    if (seen.count(caret())) break;  // the left end
    EXPECT_LE(nx, x) << "caret moved right at byte " << caret();
    x = nx;
    seen.insert(caret());
  }
  // Every place on screen is visited: where the direction changes, two positions in reading
  // order share one x ("1980" ends where "(" begins), and one stop serves both.
  std::set<int> places;
  for (std::size_t b : bounds) places.insert(drawer.caret_x(t, 32, false, b));
  EXPECT_EQ(seen.size(), places.size());
  EXPECT_GE(seen.size(), bounds.size() - 3);
}

TEST_F(EditLineTest, BackspaceRemovesWholeClustersAndAClickPlacesTheCaret) {
  type("السَّلَام");
  const std::size_t size = line.field().text().size();
  act(Action::Erase);  // م
  act(Action::Erase);  // ا
  act(Action::Erase);  // لَ with its fatha
  EXPECT_EQ(line.field().text(), "السَّ");
  EXPECT_LT(line.field().text().size(), size);
  // A click near the right end of the text puts the caret at its start (Arabic reads from the
  // right); near the left end, at its end.
  InputEvent click;
  click.kind = InputEvent::Kind::Click;
  click.y = 60;
  click.x = 699;
  EXPECT_TRUE(line.handle(click, &drawer, look));
  EXPECT_EQ(caret(), 0u);
  click.x = left() + 1;
  EXPECT_TRUE(line.handle(click, &drawer, look));
  EXPECT_EQ(caret(), line.field().text().size());
  // Clicks away from the line are not the line's.
  click.y = 400;
  EXPECT_FALSE(line.handle(click, &drawer, look));
}

TEST_F(EditLineTest, CompositionIsShownUntilCommitted) {
  type("عام ");
  InputEvent edit;
  edit.kind = InputEvent::Kind::Editing;
  edit.text = "١٩";
  EXPECT_TRUE(line.handle(edit, &drawer, look));
  EXPECT_EQ(line.field().display_text(), "عام ١٩");
  EXPECT_EQ(line.field().text(), "عام ");
  type("١٩٤٤");
  EXPECT_EQ(line.field().text(), "عام ١٩٤٤");
  EXPECT_EQ(line.field().display_text(), "عام ١٩٤٤");
}

TEST_F(EditLineTest, WithoutADrawerOnlyTypingAndErasing) {
  EXPECT_TRUE(line.handle(typed("ab"), nullptr, look));
  EXPECT_FALSE(line.handle(InputEvent::act(Action::Left), nullptr, look));
  EXPECT_TRUE(line.handle(InputEvent::act(Action::Erase), nullptr, look));
  EXPECT_EQ(line.field().text(), "a");
}

TEST_F(EditLineTest, TheCaretBarIsDrawnWhereTheEngineSaysTheCaretIs) {
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 800, 120, 32, SDL_PIXELFORMAT_ARGB8888);
  ASSERT_NE(surface, nullptr);
  SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
  ASSERT_NE(renderer, nullptr);
  type("سنة 1980");
  act(Action::Right);
  act(Action::Right);  // into the digits, which run left to right inside the Arabic
  const std::string t = line.field().text();
  const int expected = left() + drawer.caret_x(t, 32, false, caret());
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  Settings settings;
  View view;
  view.w = 800;
  view.h = 120;
  {
    Canvas canvas(renderer, drawer, view, settings);
    line.draw(canvas, look, Color{255, 0, 0, 255});
  }
  SDL_RenderPresent(renderer);
  // A pure red column (the bar; anti-aliased glyph edges are never pure red over white) at the
  // caret's x, none far from it.
  auto red_at = [&](int x) {
    int n = 0;
    for (int y = 50; y < 100; ++y) {
      const auto* row = static_cast<const Uint32*>(surface->pixels) + y * surface->pitch / 4;
      Uint8 r, g, b;
      SDL_GetRGB(row[x], surface->format, &r, &g, &b);
      n += r == 255 && g == 0 && b == 0;
    }
    return n;
  };
  EXPECT_GT(red_at(expected), 10);
  drawer.release_renderer();
  SDL_DestroyRenderer(renderer);
  SDL_FreeSurface(surface);
}

}  // namespace
}  // namespace tarikh::ui
