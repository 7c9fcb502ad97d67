// Stages 2-4 of the text engine, each usable on its own on code point and glyph arrays:
// itemize (runs by bidi level, script and font coverage), shape (HarfBuzz per run), break lines
// (libunibreak on logical text, filled to a width) and lay out (visual reordering per line,
// alignment, line metrics). No window is needed; see text_engine.hpp for the API the game uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <hb.h>

#include "game/text/bidi.hpp"
#include "game/text/font.hpp"

namespace tarikh::text {

// A logical range of code points with one bidi level, one script and one font.
struct Run {
  std::uint32_t start = 0, end = 0;  // code point indices, [start, end)
  std::uint8_t level = 0;
  hb_script_t script = HB_SCRIPT_COMMON;
  int font = 0;  // index in the FontChain
  bool rtl() const { return (level & 1) != 0; }
};

// Splits `text` into runs. Common and inherited characters (digits, spaces, punctuation, marks)
// take the script of their neighbours; each character uses the font of the preceding character
// when that font covers it, else the first font of the chain that does.
std::vector<Run> itemize(std::u32string_view text, const BidiParagraph& para,
                         const FontChain& fonts);

struct ShapedGlyph {
  std::uint32_t id = 0;                             // glyph index in the run's font
  std::uint32_t cluster = 0;                        // index of the first code point of its cluster
  float x_advance = 0, x_offset = 0, y_offset = 0;  // pixels; y_offset upwards
};

// One run shaped; glyphs in visual (left-to-right) order, as HarfBuzz returns them.
struct ShapedRun {
  Run run;
  std::vector<ShapedGlyph> glyphs;
};

// Shapes each run with HarfBuzz (its direction, script and language) at `pixel_size`.
std::vector<ShapedRun> shape_runs(std::u32string_view text, const std::vector<Run>& runs,
                                  FontChain& fonts, int pixel_size);

// One line of a paragraph in logical order: [start, end) code points, of which [start,
// visible_end) are shown (not the trailing white space of a wrapped line, nor a line break).
struct LineRange {
  std::uint32_t start = 0, end = 0, visible_end = 0;
};

// Greedy line filling on logical text with UAX #14 break opportunities (libunibreak).
// `advances[i]` is the width of the cluster starting at code point i (0 inside a cluster), and
// `cluster_start[i]` tells whether a cluster starts at i. A word wider than `width` is broken
// between clusters. `width` <= 0 means no wrapping (only hard line breaks).
std::vector<LineRange> break_lines(std::u32string_view text, const std::vector<float>& advances,
                                   const std::vector<bool>& cluster_start, float width);

// A positioned glyph of a laid-out line. Coordinates are logical pixels: x from the left edge of
// the line, y from the baseline (downwards).
struct Glyph {
  std::uint32_t id = 0;
  int font = 0;
  float x = 0, y = 0, advance = 0;
  float pen = 0;               // pen position before the glyph (x without the mark offset)
  std::uint32_t cluster = 0;   // first code point of the cluster
  std::uint32_t byte = 0;      // byte offset of the cluster in the UTF-8 text
  std::uint32_t byte_end = 0;  // byte offset just after the cluster
  bool rtl = false;            // the cluster runs right-to-left
};

struct Line {
  std::vector<Glyph> glyphs;  // visual order, left to right
  float x = 0;                // left edge of the line in the layout (alignment applied)
  float baseline = 0;         // from the top of the layout
  float width = 0;            // advance width of the shown glyphs
  std::uint32_t byte_start = 0, byte_end = 0;  // logical byte range, incl. trailing spaces
  bool rtl = false;                            // direction of the paragraph the line is in
};

struct Layout {
  std::vector<Line> lines;  // at least one (an empty text has one empty line)
  float box_width = 0;      // the width the lines are aligned in
  float width = 0;          // widest line
  float height = 0;         // lines * line_height
  float line_height = 0, ascent = 0, descent = 0;
  bool rtl = false;   // paragraph direction
  int alignment = 0;  // the Align the lines were placed with
  int raster_px = 0;  // pixel size the glyphs are rasterized at (font size * scale)
  float scale = 1;    // HiDPI scale: rasterized pixels per logical pixel
  std::size_t text_bytes = 0;
  std::size_t memory() const;  // approximate bytes held, for cache budgets
};

// How lines sit in their box: Auto follows the paragraph (RTL right, LTR left); the others are
// in screen terms, whatever the direction.
enum class Align { Auto, Left, Center, Right };

struct LayoutParams {
  float font_size = 32;  // logical pixels
  float width = 0;       // wrap width in logical pixels; <= 0: no wrapping
  Direction dir = Direction::Auto;
  float scale = 1;  // HiDPI: rasterize at font_size * scale
  Align align = Align::Auto;
};

// All stages: decode (bad bytes as U+FFFD), bidi, itemize, shape, break, reorder, align
// (right-aligned in `width` for a right-to-left paragraph, left-aligned otherwise; when not
// wrapping, aligned in the widest line). With Direction::Auto, a text of several paragraphs
// (separated by line feeds or U+2029) gives each its own direction from its first strong
// character, as UAX #9 says: an English line under an Arabic one stays left-aligned.
Layout layout_paragraph(FontChain& fonts, std::string_view utf8, const LayoutParams& params);

// Re-aligns every line in a box of `box_width` (Auto: RTL flush right, LTR flush left).
void align(Layout& layout, float box_width, Align how = Align::Auto);

}  // namespace tarikh::text
