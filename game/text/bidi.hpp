// Stage 1: paragraph direction and bidi embedding levels (FriBidi, UAX #9), and per-line visual
// reordering. Works on code points; no fonts, no window.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tarikh::text {

enum class Direction { Auto, Rtl, Ltr };

struct BidiParagraph {
  bool rtl = false;                  // resolved paragraph direction
  std::vector<std::uint8_t> levels;  // embedding level per code point (odd: right-to-left)
  std::vector<std::uint32_t> types;  // FriBidi bidi type per code point
};

// Resolves the paragraph direction (Auto: the first strong character, left-to-right when there
// is none) and the embedding levels, brackets paired (rule N0).
BidiParagraph analyze_bidi(std::u32string_view text, Direction dir);

// Visual order of the line [start, end) of a paragraph: element k is the index (into the
// paragraph) of the code point shown k-th from the left. `line_levels`, when given, receives the
// levels of the line after rule L1 (trailing white space takes the paragraph level).
std::vector<std::uint32_t> reorder_line(const BidiParagraph& para, std::size_t start,
                                        std::size_t end,
                                        std::vector<std::uint8_t>* line_levels = nullptr);

}  // namespace tarikh::text
