#include "game/ui/widgets.hpp"

#include <algorithm>

#include "questions/arabic/utf8.hpp"

namespace tarikh::ui {

int draw_header(Canvas& c, std::string_view title, std::string_view info) {
  const View& v = c.view();
  const int h = v.sy(84);
  c.fill({0, 0, v.w, h}, theme::kPanel);
  const int size = v.font(theme::kHeading);
  const TextSize ts = c.measure(title, size, true);
  const int pad = v.sx(36);
  const SDL_Rect box{pad, (h - ts.h) / 2, v.w - 2 * pad, ts.h};
  c.text(title, box, size, theme::kAccent, v.start(), true, false);
  if (!info.empty()) {
    const int isz = v.font(theme::kSmall + 4);
    const TextSize is = c.measure(info, isz);
    c.text(info, {pad, (h - is.h) / 2, v.w - 2 * pad, is.h}, isz, theme::kText, v.end(), false,
           false);
  }
  return h;
}

void draw_hint(Canvas& c, std::string_view hint) {
  const View& v = c.view();
  const int size = v.font(theme::kSmall);
  const TextSize ts = c.measure(hint, size);
  const int pad = v.sx(36);
  c.text(hint, {pad, v.h - ts.h - v.sy(14), v.w - 2 * pad, ts.h}, size, theme::kMuted,
         Align::Center, false, false);
}

int reading_step(Action a, bool rtl) {
  if (a == Action::Right) return rtl ? -1 : 1;
  if (a == Action::Left) return rtl ? 1 : -1;
  return 0;
}

bool starts_rtl(std::string_view text) {
  for (char32_t c : text::decode(text)) {
    if ((c >= 0x0600 && c <= 0x06FF && !(c >= 0x0660 && c <= 0x0669) &&
         !(c >= 0x06F0 && c <= 0x06F9)) ||
        (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFF)) {
      return true;
    }
    if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c < 0x0590)) {
      return false;
    }
  }
  return false;
}

int step_focus(int focus, int delta, int count) {
  if (count <= 0) return 0;
  return std::clamp(focus + delta, 0, count - 1);
}

}  // namespace tarikh::ui
