#include "game/ui/canvas.hpp"

#include <algorithm>

namespace tarikh::ui {

void Canvas::clear(Color c) {
  SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
  SDL_RenderClear(renderer_);
}

void Canvas::fill(const SDL_Rect& r, Color c) {
  SDL_SetRenderDrawBlendMode(renderer_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(renderer_, &r);
}

void Canvas::outline(const SDL_Rect& r, Color c, int thickness) {
  SDL_SetRenderDrawColor(renderer_, c.r, c.g, c.b, c.a);
  SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
  const int t = thickness;
  const SDL_Rect sides[4] = {{r.x - t, r.y - t, r.w + 2 * t, t},
                             {r.x - t, r.y + r.h, r.w + 2 * t, t},
                             {r.x - t, r.y, t, r.h},
                             {r.x + r.w, r.y, t, r.h}};
  SDL_RenderFillRects(renderer_, sides, 4);
}

int Canvas::text(std::string_view s, const SDL_Rect& box, int size, Color c, Align align, bool bold,
                 bool wrap) {
  TextStyle style;
  style.size = size;
  style.color = c;
  style.bold = bold;
  style.align = align;
  return text_.draw(renderer_, s, box.x, box.y, box.w, style, wrap);
}

TextSize Canvas::measure(std::string_view s, int size, bool bold, int max_width) {
  return text_.measure(s, size, bold, max_width);
}

void Canvas::fit_text(std::string_view s, const SDL_Rect& box, int size, Color c, Align align,
                      bool bold) {
  const int smallest = std::max(8, size * 6 / 10);
  int chosen = smallest;
  for (int sz = size; sz >= smallest; sz -= std::max(1, size / 20)) {
    if (measure(s, sz, bold, box.w).h <= box.h) {
      chosen = sz;
      break;
    }
  }
  const int h = std::min(box.h, measure(s, chosen, bold, box.w).h);
  text(s, {box.x, box.y + (box.h - h) / 2, box.w, box.h}, chosen, c, align, bold);
}

void Canvas::button(const SDL_Rect& r, std::string_view label, bool focused, Color fill_color,
                    int font_size) {
  fill(r, focused ? theme::kPanelHover : fill_color);
  if (focused) outline(r, theme::kAccent, theme::kFocusWidth);
  fit_text(label, {r.x + 12, r.y + 4, r.w - 24, r.h - 8}, font_size, theme::kText, Align::Center,
           true);
}

}  // namespace tarikh::ui
