// `tarikh render`: lays out one paragraph with the game's text engine and writes a PNG, headless
// (the CPU back end; no window, no SDL video).
//
// The picture (8-bit grayscale PNG) is dark text (#111) on white with an 8-pixel margin. Its width
// is the laid-out width of the paragraph (the widest line, at most --width) plus the margins: a
// short line gives a tight image, which is what OCR reads best; a wrapped paragraph is as wide as
// its widest line, its lines right-aligned (RTL) or left-aligned (LTR). An empty --text gives a
// blank image one line high. Rows are rendered in bands and streamed to the file, so a paragraph of
// 100,000 characters needs memory for the layout and a few lines of pixels only.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iostream>

#include "game/app/commands.hpp"
#include "game/app/paths.hpp"
#include "game/text/font.hpp"
#include "game/text/layout.hpp"
#include "game/text/raster.hpp"

namespace tarikh::app {

namespace {

constexpr int kMargin = 8;
constexpr text::Rgba kInk{0x11, 0x11, 0x11, 255};
constexpr text::Rgba kPaper{255, 255, 255, 255};

// Moves the band down so that it starts at picture row `new_top`, writing the rows it leaves.
void advance_band(text::Image& band, text::PngWriter& png, int new_top) {
  const int shift = std::min(new_top - band.top, band.height);
  if (shift <= 0) return;
  png.write_rows(band, band.top, band.top + shift);
  const std::size_t row_bytes = static_cast<std::size_t>(band.width) * 4;
  std::memmove(band.pixels.data(), band.pixels.data() + static_cast<std::size_t>(shift) * row_bytes,
               static_cast<std::size_t>(band.height - shift) * row_bytes);
  for (std::size_t i = static_cast<std::size_t>(band.height - shift) * row_bytes;
       i < band.pixels.size(); i += 4) {
    band.pixels[i] = kPaper.r;
    band.pixels[i + 1] = kPaper.g;
    band.pixels[i + 2] = kPaper.b;
    band.pixels[i + 3] = kPaper.a;
  }
  band.top += shift;
}

}  // namespace

int run_render(const RenderOptions& options) {
  if (options.width <= 0) {
    std::cerr << "tarikh: --width must be a positive number of pixels\n";
    return 2;
  }
  if (options.out.empty()) {
    std::cerr << "tarikh: --out must name a PNG file\n";
    return 2;
  }
  try {
    text::FontChain fonts(text::bundled_font_chain(assets_dir(), false, options.font));
    text::LayoutParams params;
    params.font_size = static_cast<float>(options.font_size);
    params.width = static_cast<float>(options.width);
    params.dir = options.dir == "rtl"   ? text::Direction::Rtl
                 : options.dir == "ltr" ? text::Direction::Ltr
                                        : text::Direction::Auto;
    text::Layout layout = text::layout_paragraph(fonts, options.text, params);
    text::align(layout, layout.width);  // the image is as wide as the text

    const int width = static_cast<int>(std::ceil(layout.width)) + 2 * kMargin;
    const int height = static_cast<int>(std::ceil(layout.height)) + 2 * kMargin;
    const int line_h = std::max(1, static_cast<int>(std::ceil(layout.line_height)));
    text::Image band(width, std::min(height, 4 * line_h + 2 * kMargin), kPaper);
    text::PngWriter png(options.out, width, height, /*gray=*/true);
    text::GlyphAtlas atlas;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
      const int line_top = kMargin + static_cast<int>(static_cast<float>(i) * layout.line_height);
      // Keep one line of room above (harakat) and below the line being drawn.
      if (line_top + 2 * line_h > band.top + band.height) {
        advance_band(band, png, std::max(band.top, line_top - line_h));
      }
      text::draw_line(band, atlas, fonts, layout, layout.lines[i], kMargin, kMargin, kInk);
    }
    while (band.top + band.height < height) advance_band(band, png, band.top + band.height);
    png.write_rows(band, band.top, height);
    png.finish();
  } catch (const std::exception& e) {
    std::cerr << "tarikh: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace tarikh::app
