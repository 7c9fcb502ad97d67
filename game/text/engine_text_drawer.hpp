// The screens' TextDrawer interface (game/ui/text_drawer.hpp) on the text engine: swap it in for
// the temporary TtfTextDrawer. Regular and bold text use two engines (two font chains).
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "game/text/text_engine.hpp"
#include "game/ui/text_drawer.hpp"

namespace tarikh::text {

class EngineTextDrawer : public ui::TextDrawer {
 public:
  // Fonts from `assets`/fonts; `user_font` (a file path, may be empty) goes first in both
  // chains. Throws FontError naming a missing or unreadable font.
  explicit EngineTextDrawer(const std::filesystem::path& assets, const std::string& user_font = "");

  ui::TextSize measure(std::string_view text, int size, bool bold, int max_width) override;
  int draw(SDL_Renderer* renderer, std::string_view text, int x, int y, int width,
           const ui::TextStyle& style, bool wrap = true) override;
  int caret_x(std::string_view text, int size, bool bold, std::size_t byte) override;
  std::size_t byte_at(std::string_view text, int size, bool bold, int x) override;
  std::size_t caret_step(std::string_view text, int size, bool bold, std::size_t byte,
                         int dir) override;
  void end_frame() override;
  void release_renderer() override;

  TextEngine& engine(bool bold) { return bold ? bold_ : regular_; }
  // HiDPI: rasterized pixels per logical pixel, for both engines (see TextEngine::set_scale).
  void set_scale(float scale) {
    regular_.set_scale(scale);
    bold_.set_scale(scale);
  }

 private:
  TextEngine regular_, bold_;
  std::set<SDL_Renderer*> renderers_;
};

}  // namespace tarikh::text
