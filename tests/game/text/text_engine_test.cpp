#include "game/text/text_engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "game/text/text_field.hpp"
#include "tests/game/text/text_test_util.hpp"

namespace tarikh::text {
namespace {

class EngineTest : public ::testing::Test {
 protected:
  TextEngine engine{testing::bundled()};
};

float mid_y(const Layout& l, int line = 0) {
  return (static_cast<float>(line) + 0.5f) * l.line_height;
}

TEST_F(EngineTest, MeasureMatchesLayout) {
  const auto m = engine.measure("في 8 تشرين الأول 1980", 32, 0);
  const auto l = engine.layout("في 8 تشرين الأول 1980", 32, 0);
  EXPECT_EQ(m.lines, 1);
  EXPECT_FLOAT_EQ(m.width, l->width);
  EXPECT_FLOAT_EQ(m.height, l->line_height);
  const auto wrapped = engine.measure("في 8 تشرين الأول 1980", 32, 150);
  EXPECT_GE(wrapped.lines, 2);
  EXPECT_LE(wrapped.width, 150);
  EXPECT_FLOAT_EQ(wrapped.height, l->line_height * static_cast<float>(wrapped.lines));
  EXPECT_GT(engine.measure("Hello", 40, 0).width, engine.measure("Hello", 20, 0).width * 1.8f);
}

TEST_F(EngineTest, LayoutCacheHitsAndTrims) {
  const auto a = engine.layout("سؤال", 24, 500);
  const auto b = engine.layout("سؤال", 24, 500);
  EXPECT_EQ(a.get(), b.get());  // same key: the cached layout
  const auto c = engine.layout("سؤال", 24, 400);
  EXPECT_NE(a.get(), c.get());  // width is part of the key
  const auto d = engine.layout("سؤال", 24, 500, Direction::Ltr);
  EXPECT_NE(a.get(), d.get());  // and so is the direction
  auto s = engine.stats();
  EXPECT_EQ(s.layouts, 3u);
  EXPECT_EQ(s.layout_hits, 1u);
  EXPECT_EQ(s.layout_misses, 3u);
  EXPECT_GT(s.layout_bytes, 0u);
  engine.set_layout_budget(0);
  engine.trim();
  s = engine.stats();
  EXPECT_EQ(s.layouts, 0u);
  EXPECT_EQ(s.layout_bytes, 0u);
  EXPECT_EQ(a->lines.size(), 1u);  // what a caller holds stays valid
  // Budget bounds the cache: many layouts, a small budget.
  engine.set_layout_budget(64 * 1024);
  for (int i = 0; i < 500; ++i) engine.layout("سؤال رقم " + std::to_string(i), 24, 500);
  engine.trim();
  EXPECT_LE(engine.stats().layout_bytes, 64u * 1024);
  EXPECT_GT(engine.stats().layouts, 10u);
}

TEST_F(EngineTest, CaretInArabicStartsAtTheRight) {
  const std::string s = "مرحبا";
  const auto l = engine.layout(s, 32, 0);
  const Line& line = l->lines[0];
  EXPECT_NEAR(caret_at(*l, 0).x, line.x + line.width, 0.01);
  EXPECT_NEAR(caret_at(*l, s.size()).x, line.x, 0.01);
  // Each next character moves the caret left.
  float prev = caret_at(*l, 0).x;
  for (std::size_t b = 2; b <= s.size(); b += 2) {
    const float x = caret_at(*l, b).x;
    EXPECT_LT(x, prev);
    prev = x;
  }
}

TEST_F(EngineTest, CaretInEnglishStartsAtTheLeft) {
  const std::string s = "Hello";
  const auto l = engine.layout(s, 32, 0);
  EXPECT_NEAR(caret_at(*l, 0).x, 0, 0.01);
  EXPECT_NEAR(caret_at(*l, s.size()).x, l->lines[0].width, 0.01);
  EXPECT_GT(caret_at(*l, 1).x, 0);
}

TEST_F(EngineTest, HitTestRoundTripsCarets) {
  for (const std::string s : {"مرحبا بالعالم", "Hello world", "١٩٨٠"}) {
    const auto l = engine.layout(s, 32, 0);
    const auto bounds = grapheme_boundaries(s);
    for (std::size_t b : bounds) {
      const Caret c = caret_at(*l, b);
      EXPECT_EQ(hit_test(*l, c.x, mid_y(*l)), b) << s << " at " << b;
    }
    // Clicks beyond the ends.
    const bool rtl = l->rtl;
    EXPECT_EQ(hit_test(*l, -100, mid_y(*l)), rtl ? s.size() : 0u) << s;
    EXPECT_EQ(hit_test(*l, 5000, mid_y(*l)), rtl ? 0u : s.size()) << s;
  }
}

// Lam-alef is one glyph for two letters: a click on its right half puts the caret between them
// (given the text), and every grapheme boundary round-trips, harakat kept with their letter.
TEST_F(EngineTest, HitTestInsideLamAlefLigature) {
  // (Arabic-only texts: at a direction change two boundaries share one x, as in any editor.)
  for (const std::string s : {"سلام", "لا", "السَّلَام عليكم", "فلان ولاية"}) {
    const auto l = engine.layout(s, 32, 0);
    for (std::size_t b : grapheme_boundaries(s)) {
      const Caret c = caret_at(*l, b);
      EXPECT_EQ(hit_test(*l, c.x, mid_y(*l), s), b) << s << " at " << b;
    }
  }
  const std::string la = "لا";  // lam (2 bytes) + alef (2 bytes), one glyph
  const auto l = engine.layout(la, 32, 0);
  ASSERT_EQ(l->lines.size(), 1u);
  const Line& line = l->lines[0];
  const float left = line.x, right = line.x + line.width;
  // Without the text the click snaps to the ligature's ends; with it, the middle is reachable.
  EXPECT_NE(hit_test(*l, (left + right) / 2 + 1, mid_y(*l)), 2u);
  EXPECT_EQ(hit_test(*l, (left + right) / 2 + 1, mid_y(*l), la), 2u);
  EXPECT_EQ(hit_test(*l, right - 1, mid_y(*l), la), 0u);
  EXPECT_EQ(hit_test(*l, left + 1, mid_y(*l), la), la.size());
  // A text that is not the laid-out one is ignored rather than trusted.
  EXPECT_EQ(hit_test(*l, (left + right) / 2 + 1, mid_y(*l), "x"),
            hit_test(*l, (left + right) / 2 + 1, mid_y(*l)));
}

TEST_F(EngineTest, HitTestInMixedTextFindsTheClickedCharacter) {
  const std::string s = "عام 1980 ميلادي";
  const auto l = engine.layout(s, 32, 0);
  // Click on the middle of each glyph cluster: the caret lands just before or after it.
  for (const Glyph& g : l->lines[0].glyphs) {
    if (g.advance <= 0) continue;
    const float x = l->lines[0].x + g.pen + g.advance * 0.25f;
    const std::size_t hit = hit_test(*l, x, mid_y(*l));
    EXPECT_TRUE(hit == g.byte || hit == g.byte_end) << g.byte;
    // The left quarter of an RTL character is its logical end; of a digit, its start.
    EXPECT_EQ(hit, g.rtl ? g.byte_end : g.byte);
  }
}

TEST_F(EngineTest, HitTestAndCaretOnWrappedLines) {
  const std::string s = "السطر الأول طويل جدا والسطر الثاني كذلك";
  const auto l = engine.layout(s, 32, 260);
  ASSERT_GE(l->lines.size(), 2u);
  const Line& second = l->lines[1];
  const std::size_t hit = hit_test(*l, 130, mid_y(*l, 1));
  EXPECT_GE(hit, second.byte_start);
  EXPECT_LE(hit, second.byte_end);
  const Caret c = caret_at(*l, second.byte_start);
  EXPECT_EQ(c.line, 1);
  EXPECT_NEAR(c.top, l->line_height, 0.01);
  EXPECT_NEAR(c.x, second.x + second.width, 0.5);  // RTL: the line starts at its right end
}

// Renders with SDL's software renderer (no window) and with the CPU back end.
class SdlDraw : public EngineTest {
 protected:
  void SetUp() override {
    surface = SDL_CreateRGBSurfaceWithFormat(0, 600, 120, 32, SDL_PIXELFORMAT_RGBA32);
    ASSERT_NE(surface, nullptr) << SDL_GetError();
    renderer = SDL_CreateSoftwareRenderer(surface);
    ASSERT_NE(renderer, nullptr) << SDL_GetError();
  }
  void TearDown() override {
    if (renderer) {
      engine.forget_renderer(renderer);
      SDL_DestroyRenderer(renderer);
    }
    if (surface) SDL_FreeSurface(surface);
  }
  Image read_back() {
    Image im(surface->w, surface->h, {255, 255, 255, 255});
    SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_RGBA32, im.pixels.data(),
                         surface->w * 4);
    return im;
  }
  SDL_Surface* surface = nullptr;
  SDL_Renderer* renderer = nullptr;
};

TEST_F(SdlDraw, GeometryBatchMatchesTheCpuBackEnd) {
  const auto l = engine.layout("في 8 تشرين الأول 1980 (Microsoft)", 32, 0);
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  engine.draw(renderer, *l, 10, 10, SDL_Color{17, 17, 17, 255});
  const Image sdl = read_back();
  Image cpu(600, 120, {255, 255, 255, 255});
  engine.draw(cpu, *l, 10, 10, {17, 17, 17, 255});
  int dark_sdl = 0, dark_cpu = 0;
  double diff = 0;
  for (std::size_t i = 0; i < cpu.pixels.size(); i += 4) {
    dark_sdl += sdl.pixels[i] < 128;
    dark_cpu += cpu.pixels[i] < 128;
    diff += std::abs(int(sdl.pixels[i]) - int(cpu.pixels[i]));
  }
  EXPECT_GT(dark_cpu, 500);
  EXPECT_NEAR(dark_sdl, dark_cpu, dark_cpu / 20);
  EXPECT_LT(diff / (cpu.pixels.size() / 4.0), 2.0);  // mean difference per pixel
  // The one-call form draws the same.
  SDL_RenderClear(renderer);
  const auto same = engine.draw(renderer, "في 8 تشرين الأول 1980 (Microsoft)", 32, 0, 10, 10,
                                SDL_Color{17, 17, 17, 255});
  EXPECT_EQ(same.get(), l.get());  // from the cache
  const Image again = read_back();
  EXPECT_EQ(again.pixels, sdl.pixels);
  // Colour is honoured.
  SDL_RenderClear(renderer);
  engine.draw(renderer, *l, 10, 10, SDL_Color{200, 0, 0, 255});
  const Image red = read_back();
  int reddish = 0;
  for (std::size_t i = 0; i < red.pixels.size(); i += 4) {
    reddish += red.pixels[i] > 180 && red.pixels[i + 1] < 60 && red.pixels[i + 2] < 60;
  }
  EXPECT_GT(reddish, 300);
}

TEST_F(SdlDraw, HiDpiScaleDrawsAtDoubleResolution) {
  const auto one = engine.layout("مرحبا", 24, 0);
  engine.set_scale(2);
  const auto two = engine.layout("مرحبا", 24, 0);
  EXPECT_EQ(two->raster_px, 48);
  EXPECT_NEAR(two->width, one->width, 1.0);  // same logical size
  SDL_RenderSetScale(renderer, 2, 2);
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  engine.draw(renderer, *two, 5, 5, SDL_Color{0, 0, 0, 255});
  const Image im = read_back();
  int lo = im.width, hi = -1;
  for (int y = 0; y < im.height; ++y) {
    for (int x = 0; x < im.width; ++x) {
      if (im.at(x, y).r < 128) {
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
    }
  }
  // The ink spans about twice the logical width, in physical pixels.
  EXPECT_NEAR(hi - lo, 2 * two->width, 8);
}

TEST_F(SdlDraw, NewGlyphsAreUploadedIncrementally) {
  // Draw one text, then another with new glyphs: only the new rows are uploaded, and the
  // result must equal a fresh engine's drawing.
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  engine.draw(renderer, *engine.layout("Hello", 32, 0), 0, 0, SDL_Color{0, 0, 0, 255});
  const std::uint64_t before = engine.atlas().version();
  SDL_RenderClear(renderer);
  const std::string second = "مرحبا بالعالم 1980";
  engine.draw(renderer, *engine.layout(second, 32, 0), 0, 0, SDL_Color{0, 0, 0, 255});
  EXPECT_GT(engine.atlas().version(), before);
  const Image got = read_back();
  TextEngine fresh(testing::bundled());
  SDL_RenderClear(renderer);
  fresh.draw(renderer, *fresh.layout(second, 32, 0), 0, 0, SDL_Color{0, 0, 0, 255});
  const Image want = read_back();
  fresh.forget_renderer(renderer);
  int dark = 0, differ = 0;
  for (std::size_t i = 0; i < want.pixels.size(); i += 4) {
    dark += want.pixels[i] < 128;
    differ += std::abs(int(got.pixels[i]) - int(want.pixels[i])) > 8;
  }
  EXPECT_GT(dark, 500);
  EXPECT_EQ(differ, 0);
}

TEST_F(SdlDraw, AtlasOverflowStillDrawsEverything) {
  // An engine whose atlas holds only a few large glyphs: drawing a long line overflows it, and
  // the batch is flushed and the atlas refilled mid-line.
  TextEngine small(testing::bundled(), 128);
  const auto l = small.layout("اختبار Test ١٢٣ كتاب", 48, 0);
  SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
  SDL_RenderClear(renderer);
  small.draw(renderer, *l, 0, 0, SDL_Color{0, 0, 0, 255});
  const Image got = read_back();
  SDL_RenderClear(renderer);
  engine.draw(renderer, *engine.layout("اختبار Test ١٢٣ كتاب", 48, 0), 0, 0,
              SDL_Color{0, 0, 0, 255});
  const Image want = read_back();
  small.forget_renderer(renderer);
  EXPECT_LE(small.atlas().size(), 128);
  double diff = 0;
  int dark = 0;
  for (std::size_t i = 0; i < want.pixels.size(); i += 4) {
    diff += std::abs(int(got.pixels[i]) - int(want.pixels[i]));
    dark += want.pixels[i] < 128;
  }
  EXPECT_GT(dark, 1000);
  EXPECT_LT(diff / (want.pixels.size() / 4.0), 1.0);
}

}  // namespace
}  // namespace tarikh::text
