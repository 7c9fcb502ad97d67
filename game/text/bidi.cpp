#include "game/text/bidi.hpp"

#include <fribidi.h>

#include <numeric>
#include <stdexcept>

namespace tarikh::text {

BidiParagraph analyze_bidi(std::u32string_view text, Direction dir) {
  BidiParagraph para;
  const auto n = static_cast<FriBidiStrIndex>(text.size());
  para.rtl = dir == Direction::Rtl;
  if (n == 0) return para;
  static_assert(sizeof(FriBidiChar) == sizeof(char32_t));
  const auto* str = reinterpret_cast<const FriBidiChar*>(text.data());
  std::vector<FriBidiCharType> types(text.size());
  std::vector<FriBidiBracketType> brackets(text.size());
  fribidi_get_bidi_types(str, n, types.data());
  fribidi_get_bracket_types(str, n, types.data(), brackets.data());
  FriBidiParType base = dir == Direction::Rtl   ? FRIBIDI_PAR_RTL
                        : dir == Direction::Ltr ? FRIBIDI_PAR_LTR
                                                : FRIBIDI_PAR_ON;
  std::vector<FriBidiLevel> levels(text.size());
  if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()) ==
      0) {
    throw std::runtime_error("bidi analysis failed");
  }
  para.rtl = FRIBIDI_IS_RTL(base);
  para.levels.assign(levels.begin(), levels.end());
  para.types.assign(types.begin(), types.end());
  return para;
}

std::vector<std::uint32_t> reorder_line(const BidiParagraph& para, std::size_t start,
                                        std::size_t end, std::vector<std::uint8_t>* line_levels) {
  const std::size_t len = end - start;
  std::vector<FriBidiStrIndex> map(len);
  std::iota(map.begin(), map.end(), 0);
  std::vector<FriBidiLevel> levels(para.levels.begin() + static_cast<std::ptrdiff_t>(start),
                                   para.levels.begin() + static_cast<std::ptrdiff_t>(end));
  std::vector<FriBidiCharType> types(para.types.begin() + static_cast<std::ptrdiff_t>(start),
                                     para.types.begin() + static_cast<std::ptrdiff_t>(end));
  if (len > 0) {
    if (fribidi_reorder_line(0, types.data(), static_cast<FriBidiStrIndex>(len), 0,
                             para.rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, levels.data(), nullptr,
                             map.data()) == 0) {
      throw std::runtime_error("bidi reordering failed");
    }
  }
  std::vector<std::uint32_t> out(len);
  for (std::size_t k = 0; k < len; ++k) out[k] = static_cast<std::uint32_t>(start + map[k]);
  if (line_levels) line_levels->assign(levels.begin(), levels.end());
  return out;
}

}  // namespace tarikh::text
