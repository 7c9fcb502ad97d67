// What a screen draws with: the renderer, the text drawer, the window size and the settings,
// plus helpers that mirror a left-to-right layout when the UI is right-to-left.
#pragma once

#include <SDL.h>

#include <string_view>

#include "game/ui/settings.hpp"
#include "game/ui/text_drawer.hpp"
#include "game/ui/theme.hpp"

namespace tarikh::ui {

// The window size and UI direction a layout is computed for (also used for hit-testing).
struct View {
  int w = 1280;
  int h = 720;
  bool rtl = false;
  double font_scale = 1.0;

  // `r` given in left-to-right terms, mirrored when the UI is right-to-left.
  SDL_Rect place(SDL_Rect r) const { return rtl ? SDL_Rect{w - r.x - r.w, r.y, r.w, r.h} : r; }
  // Lengths scaled to the window (designed for 1280x720).
  int sx(double v) const { return static_cast<int>(v * w / 1280.0 + 0.5); }
  int sy(double v) const { return static_cast<int>(v * h / 720.0 + 0.5); }
  int font(int base) const { return theme::scaled(base, h, font_scale); }
  // Where text starts in reading order.
  Align start() const { return rtl ? Align::Right : Align::Left; }
  Align end() const { return rtl ? Align::Left : Align::Right; }
};

inline bool contains(const SDL_Rect& r, int x, int y) {
  return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

class Canvas {
 public:
  Canvas(SDL_Renderer* renderer, TextDrawer& text, const View& view, const Settings& settings)
      : renderer_(renderer), text_(text), view_(view), settings_(settings) {}

  const View& view() const { return view_; }
  const Settings& settings() const { return settings_; }
  SDL_Renderer* renderer() const { return renderer_; }
  TextDrawer& text_drawer() const { return text_; }

  void clear(Color c);
  void fill(const SDL_Rect& r, Color c);
  void outline(const SDL_Rect& r, Color c, int thickness);
  // Text in a box; returns the height used.
  int text(std::string_view s, const SDL_Rect& box, int size, Color c, Align align,
           bool bold = false, bool wrap = true);
  TextSize measure(std::string_view s, int size, bool bold = false, int max_width = 0);
  // Text wrapped inside `box` at the largest size from `size` down to 60% of it that fits its
  // height, centred vertically (long event names from real documents).
  void fit_text(std::string_view s, const SDL_Rect& box, int size, Color c, Align align,
                bool bold = false);
  // A button: panel, label centred, a thick accent ring when focused.
  void button(const SDL_Rect& r, std::string_view label, bool focused, Color fill_color,
              int font_size);

 private:
  SDL_Renderer* renderer_;
  TextDrawer& text_;
  View view_;
  const Settings& settings_;
};

}  // namespace tarikh::ui
