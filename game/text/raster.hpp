// Stage 5: glyph rasterization (FreeType, anti-aliased) into a glyph atlas, and the CPU back end
// that blends laid-out lines into an RGBA image (used by `tarikh render` and the golden tests).
// The SDL back end (text_engine.hpp) uploads the same atlas as a texture.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "game/text/font.hpp"
#include "game/text/layout.hpp"

namespace tarikh::text {

// Glyph cache key: which font, which glyph, at which pixel size.
struct GlyphKey {
  int font = 0;
  std::uint32_t glyph = 0;
  int pixel_size = 0;
  bool operator==(const GlyphKey&) const = default;
};

struct GlyphKeyHash {
  std::size_t operator()(const GlyphKey& k) const noexcept {
    return std::hash<std::uint64_t>()((static_cast<std::uint64_t>(k.glyph) << 32) ^
                                      (static_cast<std::uint64_t>(k.font) << 20) ^
                                      static_cast<std::uint64_t>(k.pixel_size));
  }
};

// Where a rasterized glyph sits in the atlas, and how it hangs from its pen position.
struct GlyphSlot {
  int x = 0, y = 0, w = 0, h = 0;  // rectangle in the atlas (w or h 0: nothing to draw)
  int left = 0, top = 0;           // bitmap offset from the pen: right, and up from the baseline
};

// An 8-bit coverage atlas with shelf packing. It grows (doubling) up to `max_size` square; when
// a glyph no longer fits, get() returns nullptr and the caller flushes what it drew and calls
// clear(). The atlas size is the glyph cache's memory budget.
class GlyphAtlas {
 public:
  explicit GlyphAtlas(int initial_size = 512, int max_size = 4096);

  // The glyph's slot, rasterizing it on first use; nullptr when the atlas is full.
  const GlyphSlot* get(FontChain& fonts, const GlyphKey& key);
  // Forgets every glyph and shrinks back to the initial size.
  void clear();

  int size() const { return size_; }
  const std::vector<std::uint8_t>& pixels() const { return pixels_; }
  std::size_t glyph_count() const { return slots_.size(); }
  std::size_t memory() const { return pixels_.capacity() + slots_.size() * 48; }
  // Bumped whenever pixels change (new glyph, growth, clear): back ends re-upload when it moves.
  std::uint64_t version() const { return version_; }
  // Bumped when the whole atlas changes (growth, clear): back ends then re-upload everything.
  std::uint64_t generation() const { return generation_; }
  // The rows written since version `since` of the current generation, as [y0, y1) (empty
  // when none). Returns false when they are not known (then upload everything).
  bool dirty_rows(std::uint64_t since, int& y0, int& y1) const;

 private:
  bool place(int w, int h, int& x, int& y);
  void grow();

  struct Shelf {
    int y = 0, h = 0, x = 0;
  };
  int initial_size_, max_size_, size_;
  std::vector<std::uint8_t> pixels_;
  std::vector<Shelf> shelves_;
  int next_shelf_y_ = 0;
  std::unordered_map<GlyphKey, GlyphSlot, GlyphKeyHash> slots_;
  std::uint64_t version_ = 1, generation_ = 1;
  struct Write {
    std::uint64_t version;
    int y0, y1;
  };
  std::vector<Write> writes_;  // glyphs placed in this generation
};

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

// An RGBA image that may be a horizontal band of a taller picture: row 0 is picture row `top`.
struct Image {
  int width = 0, height = 0, top = 0;
  std::vector<std::uint8_t> pixels;  // width * height * 4
  Image() = default;
  Image(int w, int h, Rgba fill);
  void fill(Rgba c);
  Rgba at(int x, int y) const;  // picture coordinates
};

// Blends every glyph of `layout`, its top-left corner at (x, y) in logical pixels, into `image`
// (whose pixels are rasterized pixels: logical * layout.scale), clipped to the image.
void draw_layout(Image& image, GlyphAtlas& atlas, FontChain& fonts, const Layout& layout, float x,
                 float y, Rgba color);
// The same for one line (`line` of `layout`), for banded rendering.
void draw_line(Image& image, GlyphAtlas& atlas, FontChain& fonts, const Layout& layout,
               const Line& line, float x, float y, Rgba color);

// Streams an 8-bit RGB (or, with `gray`, grayscale) PNG row by row (libpng). Errors throw
// std::runtime_error naming the file; an unfinished file is removed.
class PngWriter {
 public:
  PngWriter(const std::string& path, int width, int height, bool gray = false);
  ~PngWriter();
  PngWriter(const PngWriter&) = delete;
  PngWriter& operator=(const PngWriter&) = delete;
  // Writes rows of `image` (RGBA, alpha dropped) from picture row `from` to `to`.
  void write_rows(const Image& image, int from, int to);
  void finish();

 private:
  std::string path_;
  int width_, height_, written_ = 0;
  bool gray_ = false;
  void* file_ = nullptr;
  void* png_ = nullptr;
  void* info_ = nullptr;
  bool finished_ = false;
  std::vector<std::uint8_t> row_;
};

// Writes a whole image as an RGB PNG (grayscale with `gray`: the luma of each pixel).
void write_png(const std::string& path, const Image& image, bool gray = false);

// Reads an 8-bit PNG (any colour type) as RGBA; throws std::runtime_error on failure.
Image read_png(const std::string& path);

}  // namespace tarikh::text
