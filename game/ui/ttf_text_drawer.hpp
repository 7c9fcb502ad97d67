// TEMPORARY text drawing on SDL_ttf, until the text engine (game/text) is ready. It splits each
// line into Arabic and non-Arabic runs, draws Arabic runs right-to-left with NotoSansArabic
// (SDL_ttf 2.20 shapes a single run through HarfBuzz) and the rest with NotoSans, and places the
// runs in a crude visual order. This is NOT a bidi algorithm: nested embeddings, mirrored
// brackets and mixed punctuation come out wrong, and some punctuation the Arabic font lacks is
// substituted. The text engine replaces all of this.
#pragma once

#include <SDL_ttf.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "game/ui/text_drawer.hpp"

namespace tarikh::ui {

class TtfTextDrawer : public TextDrawer {
 public:
  // Opens fonts from `fonts_dir` (assets/fonts). Throws std::runtime_error when TTF_Init fails
  // or a font is missing.
  explicit TtfTextDrawer(const std::filesystem::path& fonts_dir);
  ~TtfTextDrawer() override;
  TtfTextDrawer(const TtfTextDrawer&) = delete;
  TtfTextDrawer& operator=(const TtfTextDrawer&) = delete;

  TextSize measure(std::string_view text, int size, bool bold, int max_width) override;
  int draw(SDL_Renderer* renderer, std::string_view text, int x, int y, int width,
           const TextStyle& style, bool wrap = true) override;
  void end_frame() override;
  void release_renderer() override;

  // A run of one script, drawn with one font in one direction (public for tests).
  // Arabic letters (Arabic font, right to left), Arabic-Indic digits (Arabic font, left to
  // right) and the rest (Latin font, left to right).
  enum class Script { Arabic, ArabicDigits, Latin };
  struct Run {
    std::string text;
    Script script = Script::Latin;
  };
  // Splits one line into runs in logical order; `rtl` is the paragraph direction.
  static std::vector<Run> split_runs(std::string_view line, bool rtl);
  // True when the first strong character is Arabic.
  static bool is_rtl(std::string_view text);

 private:
  struct FontCloser {
    void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
  };
  struct TextureDestroyer {
    void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
  };
  struct Cached {
    std::unique_ptr<SDL_Texture, TextureDestroyer> texture;
    int w = 0, h = 0;
    std::uint64_t used = 0;
  };
  struct Line {
    std::string text;
    int width = 0;
  };

  TTF_Font* font(Script script, bool bold, int size);
  int run_width(const Run& run, bool bold, int size);
  int line_width(std::string_view line, bool rtl, bool bold, int size);
  int line_height(int size, bool bold);
  std::vector<Line> wrap_lines(std::string_view text, bool bold, int size, int max_width);

  std::filesystem::path dir_;
  std::map<std::tuple<Script, bool, int>, std::unique_ptr<TTF_Font, FontCloser>> fonts_;
  std::map<std::string, Cached> textures_;
  SDL_Renderer* renderer_ = nullptr;  // the renderer the cached textures belong to
  std::uint64_t frame_ = 0;
};

}  // namespace tarikh::ui
