#include "game/text/engine_text_drawer.hpp"

#include <gtest/gtest.h>

#include "tests/game/text/text_test_util.hpp"

namespace tarikh::text {
namespace {

class DrawerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    surface = SDL_CreateRGBSurfaceWithFormat(0, 800, 300, 32, SDL_PIXELFORMAT_RGBA32);
    ASSERT_NE(surface, nullptr);
    renderer = SDL_CreateSoftwareRenderer(surface);
    ASSERT_NE(renderer, nullptr);
  }
  void TearDown() override {
    drawer.release_renderer();
    if (renderer) SDL_DestroyRenderer(renderer);
    if (surface) SDL_FreeSurface(surface);
  }
  void clear() {
    SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
    SDL_RenderClear(renderer);
  }
  // Leftmost and rightmost ink columns.
  std::pair<int, int> ink() {
    std::vector<std::uint8_t> px(static_cast<std::size_t>(surface->w * surface->h * 4));
    SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, px.data(), surface->w * 4);
    int lo = surface->w, hi = -1;
    for (int y = 0; y < surface->h; ++y) {
      for (int x = 0; x < surface->w; ++x) {
        if (px[static_cast<std::size_t>((y * surface->w + x) * 4)] < 128) {
          lo = std::min(lo, x);
          hi = std::max(hi, x);
        }
      }
    }
    return {lo, hi};
  }
  EngineTextDrawer drawer{testing::assets()};
  SDL_Surface* surface = nullptr;
  SDL_Renderer* renderer = nullptr;
};

TEST_F(DrawerTest, MeasureAndDrawAgree) {
  const auto size = drawer.measure("في 8 تشرين الأول 1980", 24, false, 0);
  EXPECT_GT(size.w, 100);
  EXPECT_GT(size.h, 24);
  const auto bold = drawer.measure("في 8 تشرين الأول 1980", 24, true, 0);
  EXPECT_NE(bold.w, size.w);
  const auto wrapped = drawer.measure("في 8 تشرين الأول 1980", 24, false, 120);
  EXPECT_GE(wrapped.h, size.h * 2);
  clear();
  ui::TextStyle style;
  style.size = 24;
  const int h = drawer.draw(renderer, "في 8 تشرين الأول 1980", 10, 10, 600, style, false);
  EXPECT_EQ(h, size.h);
  const auto [lo, hi] = ink();
  EXPECT_NEAR(hi - lo, size.w, 6);
}

TEST_F(DrawerTest, AlignmentPlacesTextInTheBox) {
  ui::TextStyle style;
  style.size = 24;
  for (const bool wrap : {false, true}) {
    style.align = ui::Align::Right;
    clear();
    drawer.draw(renderer, "Hello عالم", 100, 10, 500, style, wrap);
    EXPECT_NEAR(ink().second, 600, 4) << wrap;
    style.align = ui::Align::Left;
    clear();
    drawer.draw(renderer, "مرحبا Hello", 100, 10, 500, style, wrap);
    EXPECT_NEAR(ink().first, 100, 4) << wrap;
    style.align = ui::Align::Center;
    clear();
    drawer.draw(renderer, "مرحبا", 100, 10, 500, style, wrap);
    const auto [lo, hi] = ink();
    EXPECT_NEAR((lo + hi) / 2, 350, 4) << wrap;
  }
  drawer.end_frame();
}

}  // namespace
}  // namespace tarikh::text
