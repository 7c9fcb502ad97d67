#include "game/ui/text_drawer.hpp"

#include <algorithm>
#include <cstdlib>

namespace tarikh::ui {

namespace {

// Code point boundaries of UTF-8 text (continuation bytes are 10xxxxxx).
std::size_t next_boundary(std::string_view s, std::size_t i) {
  if (i >= s.size()) return s.size();
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

std::size_t previous_boundary(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  i = std::min(i, s.size()) - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

int TextDrawer::caret_x(std::string_view text, int size, bool bold, std::size_t byte) {
  return measure(text.substr(0, std::min(byte, text.size())), size, bold, 0).w;
}

std::size_t TextDrawer::byte_at(std::string_view text, int size, bool bold, int x) {
  std::size_t best = 0;
  int best_dx = std::abs(x);
  for (std::size_t i = next_boundary(text, 0); i <= text.size() && i > best;
       i = next_boundary(text, i)) {
    const int dx = std::abs(caret_x(text, size, bold, i) - x);
    if (dx < best_dx) {
      best_dx = dx;
      best = i;
    }
    if (i == text.size()) break;
  }
  return best;
}

std::size_t TextDrawer::caret_step(std::string_view text, int, bool, std::size_t byte, int dir) {
  return dir < 0 ? previous_boundary(text, byte) : next_boundary(text, byte);
}

}  // namespace tarikh::ui
