// The TEMPORARY SDL_ttf drawer: run splitting and real drawing on a software renderer.
#include "game/ui/ttf_text_drawer.hpp"

#include <gtest/gtest.h>

#include "game/app/paths.hpp"

using tarikh::ui::TtfTextDrawer;
using Script = TtfTextDrawer::Script;

TEST(TtfTextDrawer, SplitsRunsByScript) {
  EXPECT_TRUE(TtfTextDrawer::is_rtl("في عام 1944"));
  EXPECT_TRUE(TtfTextDrawer::is_rtl("1944 عام"));
  EXPECT_FALSE(TtfTextDrawer::is_rtl("Card 1"));
  EXPECT_FALSE(TtfTextDrawer::is_rtl("١٩٤٤"));

  const auto runs = TtfTextDrawer::split_runs("في عام 1944", true);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].script, Script::Arabic);
  EXPECT_EQ(runs[0].text, "في عام ");
  EXPECT_EQ(runs[1].script, Script::Latin);
  EXPECT_EQ(runs[1].text, "1944");

  // Arabic-Indic digits: the Arabic font, but their own (left-to-right) run.
  const auto ai = TtfTextDrawer::split_runs("عام ١٩٤٤", true);
  ASSERT_EQ(ai.size(), 2u);
  EXPECT_EQ(ai[1].script, Script::ArabicDigits);

  // Punctuation the Arabic font lacks is swapped inside Arabic runs.
  const auto q = TtfTextDrawer::split_runs("متى؟ لماذا?", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "متى؟ لماذا؟");
}

TEST(TtfTextDrawer, MeasuresWrapsAndDraws) {
  TtfTextDrawer drawer(tarikh::app::assets_dir() / "fonts");
  const auto one = drawer.measure("Tarikh", 32, false, 0);
  EXPECT_GT(one.w, 50);
  EXPECT_GT(one.h, 20);
  const auto bigger = drawer.measure("Tarikh", 64, false, 0);
  EXPECT_GT(bigger.w, one.w);
  const std::string long_text = "بدأت العلاقات الدبلوماسية بين الاتحاد السوفيتي وسوريا في يوليو";
  const auto wide = drawer.measure(long_text, 30, false, 0);
  const auto wrapped = drawer.measure(long_text, 30, false, wide.w / 2);
  EXPECT_GE(wrapped.h, 2 * one.h * 30 / 32);
  EXPECT_LE(wrapped.w, wide.w / 2);

  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 400, 100, 32, SDL_PIXELFORMAT_ARGB8888);
  ASSERT_NE(surface, nullptr);
  SDL_Renderer* r = SDL_CreateSoftwareRenderer(surface);
  ASSERT_NE(r, nullptr);
  SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
  SDL_RenderClear(r);
  tarikh::ui::TextStyle style;
  style.size = 40;
  style.color = {255, 255, 255, 255};
  style.align = tarikh::ui::Align::Right;
  const int h = drawer.draw(r, "تاريخ 1944", 0, 0, 400, style);
  EXPECT_GT(h, 30);
  // White pixels appeared on the right half (right-aligned), none on the far left.
  int left = 0, right = 0;
  const auto* px = static_cast<const Uint32*>(surface->pixels);
  for (int y = 0; y < 100; ++y) {
    for (int x = 0; x < 400; ++x) {
      const Uint32 p = px[y * surface->pitch / 4 + x];
      if ((p & 0xFF) > 128) (x < 100 ? left : right)++;
    }
  }
  EXPECT_GT(right, 100);
  EXPECT_EQ(left, 0);
  drawer.release_renderer();
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(surface);
}
