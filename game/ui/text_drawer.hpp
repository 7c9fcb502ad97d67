// The small text-drawing interface the screens use. The real implementation will be the text
// engine in game/text (bidi, HarfBuzz shaping, line breaking, glyph atlas); until it stands,
// TtfTextDrawer (ttf_text_drawer.hpp) is a TEMPORARY stand-in on SDL_ttf. Swapping engines means
// writing one class that implements this interface.
#pragma once

#include <SDL.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tarikh::ui {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

// Where lines sit inside their box, in screen terms (the screens choose by UI direction).
enum class Align { Left, Center, Right };

struct TextStyle {
  int size = 32;  // pixels
  Color color;
  bool bold = false;
  Align align = Align::Left;
};

struct TextSize {
  int w = 0;
  int h = 0;
};

class TextDrawer {
 public:
  virtual ~TextDrawer() = default;
  // The size of `text` (UTF-8) laid out at `size` px, wrapped at `max_width` (0: one line).
  virtual TextSize measure(std::string_view text, int size, bool bold, int max_width) = 0;
  // Draws `text` with its top at `y`, its lines aligned inside [x, x + width) (and wrapped at
  // `width` when `wrap`). Returns the height used.
  virtual int draw(SDL_Renderer* renderer, std::string_view text, int x, int y, int width,
                   const TextStyle& style, bool wrap = true) = 0;
  // One unwrapped line of `text` (for an edit line's caret and clicks), x from the line's left
  // edge. The defaults measure prefixes, which is right for left-to-right text only; the text
  // engine's drawer overrides them with bidi-aware layouts.
  // The x of the caret at byte `byte` (a grapheme boundary).
  virtual int caret_x(std::string_view text, int size, bool bold, std::size_t byte);
  // The caret position (a byte index) nearest to `x`.
  virtual std::size_t byte_at(std::string_view text, int size, bool bold, int x);
  // The caret one step to the left (dir < 0) or right (dir > 0) on screen.
  virtual std::size_t caret_step(std::string_view text, int size, bool bold, std::size_t byte,
                                 int dir);
  // Called once per drawn frame: lets the drawer trim caches.
  virtual void end_frame() {}
  // The renderer is about to be destroyed: drop every texture made with it.
  virtual void release_renderer() {}
};

}  // namespace tarikh::ui
