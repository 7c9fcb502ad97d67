// Small pieces shared by screens: the header bar and focus movement in reading order.
#pragma once

#include <string>
#include <string_view>

#include "game/ui/canvas.hpp"
#include "game/ui/input.hpp"

namespace tarikh::ui {

// The title bar at the top: `title` at the reading start, `info` at the other end. Returns the
// y below it.
int draw_header(Canvas& c, std::string_view title, std::string_view info);

// A footer hint line at the bottom of the window.
void draw_hint(Canvas& c, std::string_view hint);

// +1 / -1 for Left/Right in reading order (Right is "previous" when the UI reads right to
// left), 0 for other actions.
int reading_step(Action a, bool rtl);

// True when the first strong character of `text` is Arabic (the document's own direction).
bool starts_rtl(std::string_view text);
// Where content text (a prompt, a sentence: Arabic from the documents) starts, whatever the UI
// language.
inline Align content_align(std::string_view text) {
  return starts_rtl(text) ? Align::Right : Align::Left;
}

// `text` wrapped in a left-to-right isolate (U+2066 ... U+2069), so that a file name or a code
// keeps its order inside right-to-left text.
inline std::string isolate_ltr(std::string_view text) {
  return "\u2066" + std::string(text) + "\u2069";
}

// `text` in a first-strong isolate (U+2068 ... U+2069): Arabic content inside an English line
// keeps its own direction.
inline std::string isolate(std::string_view text) {
  return "\u2068" + std::string(text) + "\u2069";
}

// Moves `focus` by `delta` within [0, count), clamped.
int step_focus(int focus, int delta, int count);

// The index of the rect under (x, y), or -1.
template <typename Rects>
int hit(const Rects& rects, int x, int y) {
  int i = 0;
  for (const auto& r : rects) {
    if (contains(r, x, y)) return i;
    ++i;
  }
  return -1;
}

}  // namespace tarikh::ui
