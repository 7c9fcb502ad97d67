// A one-line text box the player types into (a typed answer, a profile name): the text engine's
// TextField (grapheme-cluster backspace, IME composition) with a caret drawn where it is in mixed
// Arabic and Latin text, moved on screen with Left/Right and placed with a click.
#pragma once

#include <SDL.h>

#include <cstddef>

#include "game/text/text_field.hpp"
#include "game/ui/canvas.hpp"
#include "game/ui/input.hpp"
#include "game/ui/text_drawer.hpp"

namespace tarikh::ui {

// Where and how the line is drawn: its text's top-left box, size, weight and alignment. The same
// for handling and drawing, so that clicks land where the caret is drawn.
struct EditLineLook {
  SDL_Rect box{};  // the text sits at box.y, aligned inside [box.x, box.x + box.w)
  int size = 32;
  bool bold = false;
  Align align = Align::Left;
};

class EditLine {
 public:
  explicit EditLine(std::size_t max_bytes = 256) : field_(max_bytes) {}

  text::TextField& field() { return field_; }
  const text::TextField& field() const { return field_; }

  // Typed text, the IME's composition, Erase (the grapheme cluster before the caret), Left and
  // Right (the caret one step on screen), a click on the line. Returns true when the event was
  // the line's. `drawer` measures the text (the one that draws it); without one (nullptr) only
  // typing and erasing are handled.
  bool handle(const InputEvent& e, TextDrawer* drawer, const EditLineLook& look);

  // The text (with any composition) and a caret bar, in `color`.
  void draw(Canvas& c, const EditLineLook& look, Color color) const;

 private:
  // The x of the left edge of a text `width` wide, aligned in the box.
  static int text_left(const EditLineLook& look, int width);

  text::TextField field_;
};

}  // namespace tarikh::ui
