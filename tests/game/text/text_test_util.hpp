// Helpers shared by the text engine tests.
#pragma once

#include <string>
#include <vector>

#include "game/text/font.hpp"
#include "game/text/layout.hpp"
#include "questions/arabic/utf8.hpp"

namespace tarikh::text::testing {

inline std::string assets() {
  return std::string(TARIKH_SOURCE_DIR) + "/assets";
}

inline std::vector<std::string> bundled() {
  return bundled_font_chain(assets());
}

// Indices of the bundled chain.
inline constexpr int kArabicFont = 0, kLatinFont = 1, kSymbolFont = 2;

// The code points of one laid-out line as shown from left to right: each cluster's characters,
// reversed when the cluster runs right to left (so a ligature or a mark stays with its base).
inline std::u32string visual_string(const Layout& layout, std::string_view utf8,
                                    std::size_t line = 0) {
  std::u32string out;
  const auto& glyphs = layout.lines.at(line).glyphs;
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    if (i > 0 && glyphs[i].byte == glyphs[i - 1].byte) continue;
    std::u32string cluster =
        decode(utf8.substr(glyphs[i].byte, glyphs[i].byte_end - glyphs[i].byte));
    if (glyphs[i].rtl) cluster = std::u32string(cluster.rbegin(), cluster.rend());
    out += cluster;
  }
  return out;
}

inline std::u32string reversed(std::u32string_view s) {
  return std::u32string(s.rbegin(), s.rend());
}

}  // namespace tarikh::text::testing
