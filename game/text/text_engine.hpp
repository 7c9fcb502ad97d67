// The text engine the game uses: Arabic, Latin, digits and symbols laid out with FriBidi,
// HarfBuzz, libunibreak and FreeType (the libass model: see layout.hpp and raster.hpp for the
// stages), drawn with SDL_RenderGeometry or into a CPU image.
//
// Typical use in a screen:
//
//   TextEngine& te = ...;                        // one per app, made from a font chain
//   auto lay = te.layout(question, 28, 900);     // cached: cheap to call every frame
//   te.draw(renderer, *lay, x, y, {17, 17, 17, 255});
//   auto m = te.measure(label, 20, 0);           // width/height/lines, no wrapping
//   std::size_t byte = hit_test(*lay, mx - x, my - y);   // click -> byte index in the text
//   Caret c = caret_at(*lay, field.caret());     // caret position to draw
//   te.trim();                                   // once per frame: keeps caches in budget
//
// One engine per font chain (e.g. one regular, one bold: bundled_font_chain(assets, true)).
// Not thread-safe: use it from the thread that renders.
//
// Coordinates are logical pixels (the renderer's coordinates). With a HiDPI renderer (drawable
// twice the window size and SDL_RenderSetScale(2, 2)), call set_scale(2): glyphs are then
// rasterized at twice the size and drawn sharp.
#pragma once

#include <SDL.h>

#include <cstddef>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "game/text/bidi.hpp"
#include "game/text/font.hpp"
#include "game/text/layout.hpp"
#include "game/text/raster.hpp"

namespace tarikh::text {

// Key of the shaped-paragraph cache: everything a layout depends on (the font chain is the
// engine's own, so it is fixed per cache).
struct LayoutKey {
  std::string text;
  float font_size = 0;
  float width = 0;
  Direction dir = Direction::Auto;
  float scale = 1;
  Align align = Align::Auto;
  bool operator==(const LayoutKey&) const = default;
};

struct LayoutKeyHash {
  std::size_t operator()(const LayoutKey& k) const noexcept;
};

struct TextMetrics {
  float width = 0;   // widest line, logical pixels
  float height = 0;  // lines * line height
  int lines = 0;
};

struct CacheStats {
  std::size_t layouts = 0, layout_bytes = 0, layout_hits = 0, layout_misses = 0;
  std::size_t glyphs = 0, atlas_bytes = 0;
};

class TextEngine {
 public:
  // `font_paths`: the fallback chain in order (see bundled_font_chain()). Throws FontError
  // naming a missing or unreadable file.
  // `atlas_max_size`: the glyph atlas's largest side in pixels (its memory budget).
  explicit TextEngine(const std::vector<std::string>& font_paths, int atlas_max_size = 4096);
  ~TextEngine();
  TextEngine(const TextEngine&) = delete;
  TextEngine& operator=(const TextEngine&) = delete;

  // Lays out `text` (UTF-8; bad bytes show as U+FFFD) at `font_size` logical pixels, wrapped to
  // `width` (<= 0: no wrapping). Lines are aligned in `width` (in the widest line without
  // wrapping): by default RTL paragraphs flush right, LTR flush left; `align` forces a side.
  // Results are cached under LayoutKey; the pointer stays valid as long as you hold it.
  std::shared_ptr<const Layout> layout(std::string_view text, float font_size, float width,
                                       Direction dir = Direction::Auto, Align align = Align::Auto);
  TextMetrics measure(std::string_view text, float font_size, float width,
                      Direction dir = Direction::Auto);

  // Draws a layout with its top-left corner at (x, y), as one SDL_RenderGeometry batch (more
  // only when the glyph atlas overflows). The atlas texture is made per renderer; call
  // forget_renderer() before destroying a renderer.
  void draw(SDL_Renderer* renderer, const Layout& layout, float x, float y, SDL_Color color);
  // Lays out (cached) and draws in one call; returns the layout (for its size or hit testing).
  std::shared_ptr<const Layout> draw(SDL_Renderer* renderer, std::string_view text, float font_size,
                                     float width, float x, float y, SDL_Color color,
                                     Direction dir = Direction::Auto);
  // The CPU back end: blends into an image.
  void draw(Image& image, const Layout& layout, float x, float y, Rgba color);
  void forget_renderer(SDL_Renderer* renderer);

  // HiDPI: rasterized pixels per logical pixel (default 1). Layout coordinates stay logical.
  void set_scale(float scale);
  float scale() const { return scale_; }

  // Memory budget of the shaped-paragraph cache (bytes; default 8 MiB). The glyph atlas is
  // bounded by its maximum size (atlas_max_size squared coverage bytes); when it is full it is
  // cleared and refilled, so drawing never fails.
  void set_layout_budget(std::size_t bytes) { layout_budget_ = bytes; }
  // Evicts least recently used layouts beyond the budget. Call once per frame.
  void trim();
  // Drops every cached layout, glyph and sized font face.
  void clear_caches();
  CacheStats stats() const;

  FontChain& fonts() { return fonts_; }
  GlyphAtlas& atlas() { return atlas_; }

 private:
  struct Texture {
    SDL_Texture* texture = nullptr;
    int size = 0;
    std::uint64_t version = 0, generation = 0;
  };
  bool upload(SDL_Renderer* renderer, Texture& t);

  FontChain fonts_;
  GlyphAtlas atlas_;
  float scale_ = 1;
  using Entry = std::pair<LayoutKey, std::shared_ptr<const Layout>>;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<LayoutKey, std::list<Entry>::iterator, LayoutKeyHash> index_;
  std::size_t layout_bytes_ = 0, layout_budget_ = 8u << 20;
  std::size_t hits_ = 0, misses_ = 0;
  std::unordered_map<SDL_Renderer*, Texture> textures_;
  std::vector<SDL_Vertex> vertices_;
  std::vector<int> indices_;
  std::vector<std::uint8_t> upload_buffer_;
};

// Hit testing and carets, on a layout (logical pixels relative to its top-left corner).
struct Caret {
  float x = 0, top = 0, height = 0;
  int line = 0;
};

// The byte index in the text nearest to the point (x, y): a click in the first half of a
// character puts the caret before it (in reading order), in the second half after it.
std::size_t hit_test(const Layout& layout, float x, float y);
// The same, given the laid-out text: a click inside a glyph that stands for several characters
// (a lam-alef ligature, or a letter with its harakat drawn as one) lands on the nearest grapheme
// boundary inside it, at the positions caret_at draws, rather than only at its two ends.
std::size_t hit_test(const Layout& layout, float x, float y, std::string_view text);
// Where the caret for byte index `byte` is drawn. In mixed text the caret sits at the edge where
// the character at `byte` starts (its right edge for Arabic, left for Latin and digits).
Caret caret_at(const Layout& layout, std::size_t byte);

}  // namespace tarikh::text
