#include "game/ui/edit_line.hpp"

#include <algorithm>
#include <string>

namespace tarikh::ui {

int EditLine::text_left(const EditLineLook& look, int width) {
  switch (look.align) {
    case Align::Right:
      return look.box.x + look.box.w - width;
    case Align::Center:
      return look.box.x + (look.box.w - width) / 2;
    case Align::Left:
      break;
  }
  return look.box.x;
}

bool EditLine::handle(const InputEvent& e, TextDrawer* drawer_or_null, const EditLineLook& look) {
  using K = InputEvent::Kind;
  if (!drawer_or_null) {
    if (e.kind == K::Text) return field_.insert(e.text), true;
    if (e.kind == K::Editing) return field_.set_composition(e.text), true;
    if (e.kind == K::Action && e.action == Action::Erase) return field_.backspace(), true;
    return false;
  }
  TextDrawer& drawer = *drawer_or_null;
  switch (e.kind) {
    case K::Text:
      field_.insert(e.text);
      return true;
    case K::Editing:
      field_.set_composition(e.text);
      return true;
    case K::Click: {
      const int line_h = drawer.measure("|", look.size, look.bold, 0).h;
      if (e.y < look.box.y - line_h / 2 || e.y > look.box.y + line_h + line_h / 2) return false;
      if (e.x < look.box.x || e.x > look.box.x + look.box.w) return false;
      field_.set_caret(drawer.byte_at(
          field_.text(), look.size, look.bold,
          e.x - text_left(look, drawer.measure(field_.display_text(), look.size, look.bold, 0).w)));
      return true;
    }
    case K::Action:
      switch (e.action) {
        case Action::Erase:
          field_.backspace();
          return true;
        case Action::Left:
        case Action::Right:
          field_.set_caret(drawer.caret_step(field_.text(), look.size, look.bold, field_.caret(),
                                             e.action == Action::Left ? -1 : 1));
          return true;
        default:
          return false;
      }
    default:
      return false;
  }
}

void EditLine::draw(Canvas& c, const EditLineLook& look, Color color) const {
  TextDrawer& drawer = c.text_drawer();
  const std::string shown = field_.display_text();
  const TextSize size = drawer.measure(shown, look.size, look.bold, 0);
  const int left = text_left(look, size.w);
  c.text(shown, {left, look.box.y, std::max(size.w, 1), 0}, look.size, color, Align::Left,
         look.bold, false);
  const int line_h = shown.empty() ? drawer.measure("|", look.size, look.bold, 0).h : size.h;
  const int x = left + drawer.caret_x(shown, look.size, look.bold, field_.display_caret());
  const int bar = std::max(2, look.size / 14);
  c.fill({x - bar / 2, look.box.y + line_h / 10, bar, line_h - line_h / 5}, color);
}

}  // namespace tarikh::ui
