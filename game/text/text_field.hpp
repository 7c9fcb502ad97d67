// The model of a text field where a player types an answer (Arabic, Latin, digits in any script):
// pure logic over a UTF-8 buffer, no SDL. The screen feeds it SDL events and draws
// `display_text()` with the TextEngine, the caret at caret_at(layout, display_caret()).
//
//   SDL_TEXTINPUT    -> field.insert(e.text.text)           (commits; clears any composition)
//   SDL_TEXTEDITING  -> field.set_composition(e.edit.text)   (shown, not committed)
//   Backspace/Delete -> field.backspace() / field.delete_forward()  (whole grapheme clusters)
//   Left/Right       -> field.move_left(layout) / move_right(layout) (visual, in mixed text)
//   Home/End         -> field.home() / field.end()
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "game/text/layout.hpp"

namespace tarikh::text {

// Byte offsets of the extended grapheme cluster boundaries of `s`, 0 and s.size() included.
// An approximation of UAX #29 (libunibreak 1.1 has no grapheme breaking): a cluster is a base
// character with its combining marks (harakat included), variation selectors, emoji modifiers,
// characters joined by ZWJ, CR LF, and regional indicator pairs.
std::vector<std::size_t> grapheme_boundaries(std::string_view s);

class TextField {
 public:
  explicit TextField(std::size_t max_bytes = 256) : max_bytes_(max_bytes) {}

  const std::string& text() const { return text_; }
  std::size_t caret() const { return caret_; }  // byte index, always on a grapheme boundary
  const std::string& composition() const { return composition_; }

  // Replaces the text (bad UTF-8 bytes become U+FFFD) and puts the caret at its end.
  void set_text(std::string_view utf8);
  // Inserts committed text at the caret (SDL_TEXTINPUT). Control characters are dropped, bad
  // bytes become U+FFFD, and the text is cut (at a code point) to stay within max_bytes.
  // Returns false when nothing could be inserted.
  bool insert(std::string_view utf8);
  // The IME's uncommitted text (SDL_TEXTEDITING); empty to end composition.
  void set_composition(std::string_view utf8);

  // The text as shown: the composition inserted at the caret.
  std::string display_text() const;
  // The caret in display_text(): after the composition.
  std::size_t display_caret() const { return caret_ + composition_.size(); }

  bool backspace();       // removes the grapheme cluster before the caret
  bool delete_forward();  // removes the grapheme cluster after the caret
  void home() { caret_ = 0; }
  void end() { caret_ = text_.size(); }
  void set_caret(std::size_t byte);  // snapped to the nearest grapheme boundary at or before
  void move_logical(int graphemes);  // forward (+) or backward (-) in reading order

  // Visual movement: to the nearest caret position to the left / right on screen, given the
  // layout of text() (one line). In Arabic text "left" moves forward in reading order; in mixed
  // text the caret walks across what is shown, not the logical order.
  void move_left(const Layout& layout) { move_visual(layout, -1); }
  void move_right(const Layout& layout) { move_visual(layout, +1); }

 private:
  void move_visual(const Layout& layout, int dir);
  std::string text_;
  std::size_t caret_ = 0;
  std::string composition_;
  std::size_t max_bytes_;
};

}  // namespace tarikh::text
