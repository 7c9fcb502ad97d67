#include "game/text/text_field.hpp"

#include <hb.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "game/text/text_engine.hpp"
#include "questions/arabic/utf8.hpp"

namespace tarikh::text {

namespace {

bool is_extender(char32_t c) {
  if (c == 0x200D || c == 0x200C) return true;                                      // ZWJ, ZWNJ
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) return true;  // VS
  if (c >= 0x1F3FB && c <= 0x1F3FF) return true;  // emoji modifiers
  if (c >= 0xE0020 && c <= 0xE007F) return true;  // tag characters
  switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), c)) {
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
      return true;
    default:
      return false;
  }
}

bool is_regional_indicator(char32_t c) {
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}

std::string sanitize(std::string_view utf8, bool drop_controls) {
  std::string out;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char32_t c = next_code_point(utf8, pos);
    if (drop_controls && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) continue;
    append_utf8(out, c);
  }
  return out;
}

}  // namespace

std::vector<std::size_t> grapheme_boundaries(std::string_view s) {
  std::vector<std::size_t> b;
  b.push_back(0);
  char32_t prev = 0;
  bool after_zwj = false;
  int ri_run = 0;  // regional indicators in the current run
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t at = pos;
    const char32_t c = next_code_point(s, pos);
    bool join = false;
    if (at > 0) {
      if (prev == U'\r' && c == U'\n')
        join = true;
      else if (prev == U'\r' || prev == U'\n' || c == U'\r' || c == U'\n')
        join = false;
      else if (is_extender(c))
        join = true;
      else if (after_zwj)
        join = true;
      else if (is_regional_indicator(c) && is_regional_indicator(prev) && ri_run % 2 == 1)
        join = true;
    }
    if (at > 0 && !join) b.push_back(at);
    ri_run = is_regional_indicator(c) ? ri_run + 1 : 0;
    after_zwj = c == 0x200D;
    prev = c;
  }
  if (b.back() != s.size()) b.push_back(s.size());
  return b;
}

void TextField::set_text(std::string_view utf8) {
  text_ = sanitize(utf8, false);
  caret_ = text_.size();
  composition_.clear();
}

bool TextField::insert(std::string_view utf8) {
  composition_.clear();
  std::string add = sanitize(utf8, true);
  if (text_.size() + add.size() > max_bytes_) {
    std::size_t room = max_bytes_ > text_.size() ? max_bytes_ - text_.size() : 0;
    // Cut at a code point boundary.
    while (room > 0 && room < add.size() &&
           (static_cast<unsigned char>(add[room]) & 0xC0) == 0x80) {
      --room;
    }
    add.resize(std::min(room, add.size()));
  }
  if (add.empty()) return false;
  text_.insert(caret_, add);
  caret_ += add.size();
  return true;
}

void TextField::set_composition(std::string_view utf8) {
  composition_ = sanitize(utf8, true);
}

std::string TextField::display_text() const {
  if (composition_.empty()) return text_;
  std::string s = text_;
  s.insert(caret_, composition_);
  return s;
}

bool TextField::backspace() {
  if (caret_ == 0) return false;
  const auto b = grapheme_boundaries(text_);
  auto it = std::lower_bound(b.begin(), b.end(), caret_);
  const std::size_t start = *(it - 1);
  text_.erase(start, caret_ - start);
  caret_ = start;
  return true;
}

bool TextField::delete_forward() {
  if (caret_ >= text_.size()) return false;
  const auto b = grapheme_boundaries(text_);
  auto it = std::upper_bound(b.begin(), b.end(), caret_);
  text_.erase(caret_, *it - caret_);
  return true;
}

void TextField::set_caret(std::size_t byte) {
  const auto b = grapheme_boundaries(text_);
  auto it = std::upper_bound(b.begin(), b.end(), std::min(byte, text_.size()));
  caret_ = *(it - 1);
}

void TextField::move_logical(int graphemes) {
  const auto b = grapheme_boundaries(text_);
  auto it = std::lower_bound(b.begin(), b.end(), caret_);
  const auto idx = static_cast<std::ptrdiff_t>(it - b.begin()) + graphemes;
  const auto last = static_cast<std::ptrdiff_t>(b.size()) - 1;
  caret_ = b[static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(idx, 0, last))];
}

void TextField::move_visual(const Layout& layout, int dir) {
  const auto b = grapheme_boundaries(text_);
  const Caret here = caret_at(layout, caret_);
  std::size_t best = caret_;
  float best_dx = std::numeric_limits<float>::infinity();
  for (std::size_t pos : b) {
    if (pos == caret_) continue;
    const Caret c = caret_at(layout, pos);
    if (c.line != here.line) continue;
    const float dx = (c.x - here.x) * static_cast<float>(dir);
    if (dx > 0.5f && dx < best_dx) {
      best_dx = dx;
      best = pos;
    }
  }
  caret_ = best;
}

}  // namespace tarikh::text
