// A ui::TextDrawer for screen tests: draws nothing and records every string a screen draws, with
// a crude fixed-width measure, so tests can ask what is on screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "game/ui/text_drawer.hpp"

namespace tarikh::testing {

class TextRecorder : public ui::TextDrawer {
 public:
  ui::TextSize measure(std::string_view text, int size, bool, int) override {
    return {static_cast<int>(text.size()) * size / 3, size};
  }
  int draw(SDL_Renderer*, std::string_view text, int, int, int, const ui::TextStyle& style,
           bool) override {
    texts.emplace_back(text);
    return style.size;
  }
  // True when some drawn string contains `s`.
  bool has(const std::string& s) const {
    for (const auto& t : texts) {
      if (t.find(s) != std::string::npos) return true;
    }
    return false;
  }
  std::vector<std::string> texts;
};

}  // namespace tarikh::testing
