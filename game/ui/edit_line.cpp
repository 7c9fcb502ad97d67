#include "game/ui/edit_line.hpp"

#include <algorithm>
#include <string>

namespace tarikh::ui {

int EditLine::text_left(TextDrawer& drawer, const EditLineLook& look) const {
  const std::string shown = field_.display_text();
  const int w = drawer.measure(shown, look.size, look.bold, 0).w;
  switch (look.align) {
    case Align::Right:
      return look.box.x + look.box.w - w;
    case Align::Center:
      return look.box.x + (look.box.w - w) / 2;
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
      field_.set_caret(
          drawer.byte_at(field_.text(), look.size, look.bold, e.x - text_left(drawer, look)));
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
  const int left = text_left(drawer, look);
  const int w = drawer.measure(shown, look.size, look.bold, 0).w;
  c.text(shown, {left, look.box.y, std::max(w, 1), 0}, look.size, color, Align::Left, look.bold,
         false);
  const int line_h = drawer.measure(shown.empty() ? "|" : shown, look.size, look.bold, 0).h;
  const int x = left + drawer.caret_x(shown, look.size, look.bold, field_.display_caret());
  const int bar = std::max(2, look.size / 14);
  c.fill({x - bar / 2, look.box.y + line_h / 10, bar, line_h - line_h / 5}, color);
}

}  // namespace tarikh::ui
