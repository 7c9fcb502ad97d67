#include "game/text/raster.hpp"

#include <png.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include FT_GLYPH_H

namespace tarikh::text {

namespace {
constexpr int kPad = 1;
}

GlyphAtlas::GlyphAtlas(int initial_size, int max_size)
    : initial_size_(initial_size),
      max_size_(std::max(initial_size, max_size)),
      size_(initial_size) {
  pixels_.assign(static_cast<std::size_t>(size_) * static_cast<std::size_t>(size_), 0);
}

void GlyphAtlas::clear() {
  size_ = initial_size_;
  pixels_.assign(static_cast<std::size_t>(size_) * static_cast<std::size_t>(size_), 0);
  pixels_.shrink_to_fit();
  shelves_.clear();
  next_shelf_y_ = 0;
  slots_.clear();
  writes_.clear();
  ++version_;
  ++generation_;
}

bool GlyphAtlas::dirty_rows(std::uint64_t since, int& y0, int& y1) const {
  y0 = size_;
  y1 = 0;
  // Every write of the current generation is logged, so the answer is complete when `since`
  // is a version of this generation (the caller checks generation()).
  for (auto it = writes_.rbegin(); it != writes_.rend() && it->version > since; ++it) {
    y0 = std::min(y0, it->y0);
    y1 = std::max(y1, it->y1);
  }
  if (y1 < y0) y0 = y1 = 0;
  return true;
}

void GlyphAtlas::grow() {
  const int bigger = size_ * 2;
  std::vector<std::uint8_t> px(static_cast<std::size_t>(bigger) * static_cast<std::size_t>(bigger),
                               0);
  for (int y = 0; y < size_; ++y) {
    std::memcpy(&px[static_cast<std::size_t>(y) * static_cast<std::size_t>(bigger)],
                &pixels_[static_cast<std::size_t>(y) * static_cast<std::size_t>(size_)],
                static_cast<std::size_t>(size_));
  }
  pixels_.swap(px);
  size_ = bigger;
  writes_.clear();
  ++version_;
  ++generation_;
}

bool GlyphAtlas::place(int w, int h, int& x, int& y) {
  for (;;) {
    for (auto& s : shelves_) {
      if (h <= s.h && h * 4 >= s.h * 3 - 4 && s.x + w <= size_) {
        x = s.x;
        y = s.y;
        s.x += w;
        return true;
      }
    }
    if (next_shelf_y_ + h <= size_ && w <= size_) {
      Shelf s;
      s.y = next_shelf_y_;
      s.h = h;
      s.x = w;
      next_shelf_y_ += h;
      shelves_.push_back(s);
      x = 0;
      y = s.y;
      return true;
    }
    if (size_ * 2 > max_size_) return false;
    grow();
  }
}

const GlyphSlot* GlyphAtlas::get(FontChain& fonts, const GlyphKey& key) {
  auto it = slots_.find(key);
  if (it != slots_.end()) return &it->second;
  GlyphSlot slot;
  FT_Face face = fonts.face(key.font, key.pixel_size).ft();
  if (FT_Load_Glyph(face, key.glyph, FT_LOAD_DEFAULT | FT_LOAD_TARGET_LIGHT) == 0 &&
      FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) == 0) {
    const FT_Bitmap& bm = face->glyph->bitmap;
    slot.left = face->glyph->bitmap_left;
    slot.top = face->glyph->bitmap_top;
    if (bm.width > 0 && bm.rows > 0 && bm.pixel_mode == FT_PIXEL_MODE_GRAY) {
      const int w = static_cast<int>(bm.width), h = static_cast<int>(bm.rows);
      int x = 0, y = 0;
      if (!place(w + kPad, h + kPad, x, y)) return nullptr;
      slot.x = x;
      slot.y = y;
      slot.w = w;
      slot.h = h;
      for (int r = 0; r < h; ++r) {
        const unsigned char* src = bm.buffer + static_cast<std::ptrdiff_t>(r) * bm.pitch;
        std::memcpy(&pixels_[static_cast<std::size_t>(y + r) * static_cast<std::size_t>(size_) +
                             static_cast<std::size_t>(x)],
                    src, static_cast<std::size_t>(w));
      }
      ++version_;
      if (writes_.size() >= 4096) {
        // Keep the log short: forget it and let back ends upload everything once.
        writes_.clear();
        ++generation_;
      }
      writes_.push_back({version_, y, y + h});
    }
  }
  return &slots_.emplace(key, slot).first->second;
}

Image::Image(int w, int h, Rgba c) : width(w), height(h) {
  pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  fill(c);
}

void Image::fill(Rgba c) {
  for (std::size_t i = 0; i + 3 < pixels.size(); i += 4) {
    pixels[i] = c.r;
    pixels[i + 1] = c.g;
    pixels[i + 2] = c.b;
    pixels[i + 3] = c.a;
  }
}

Rgba Image::at(int x, int y) const {
  const std::size_t i = (static_cast<std::size_t>(y - top) * static_cast<std::size_t>(width) +
                         static_cast<std::size_t>(x)) *
                        4;
  return {pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]};
}

void draw_line(Image& image, GlyphAtlas& atlas, FontChain& fonts, const Layout& layout,
               const Line& line, float x, float y, Rgba color) {
  const float s = layout.scale;
  const auto& px = atlas.pixels();
  for (const Glyph& g : line.glyphs) {
    const GlyphSlot* slot = atlas.get(fonts, {g.font, g.id, layout.raster_px});
    if (!slot) {  // atlas full: start over (the CPU back end has nothing pending)
      atlas.clear();
      slot = atlas.get(fonts, {g.font, g.id, layout.raster_px});
      if (!slot) continue;
    }
    if (slot->w == 0 || slot->h == 0) continue;
    const int ox = static_cast<int>(std::lround((x + line.x + g.x) * s)) + slot->left;
    const int oy =
        static_cast<int>(std::lround((y + line.baseline + g.y) * s)) - slot->top - image.top;
    const int x0 = std::max(0, -ox), x1 = std::min(slot->w, image.width - ox);
    const int y0 = std::max(0, -oy), y1 = std::min(slot->h, image.height - oy);
    for (int r = y0; r < y1; ++r) {
      const std::uint8_t* src =
          &px[static_cast<std::size_t>(slot->y + r) * static_cast<std::size_t>(atlas.size()) +
              static_cast<std::size_t>(slot->x)];
      std::uint8_t* dst =
          &image.pixels[(static_cast<std::size_t>(oy + r) * static_cast<std::size_t>(image.width) +
                         static_cast<std::size_t>(ox)) *
                        4];
      for (int c = x0; c < x1; ++c) {
        const unsigned cov = src[c] * color.a / 255u;
        if (cov == 0) continue;
        std::uint8_t* p = dst + static_cast<std::size_t>(c) * 4;
        p[0] = static_cast<std::uint8_t>((color.r * cov + p[0] * (255u - cov) + 127u) / 255u);
        p[1] = static_cast<std::uint8_t>((color.g * cov + p[1] * (255u - cov) + 127u) / 255u);
        p[2] = static_cast<std::uint8_t>((color.b * cov + p[2] * (255u - cov) + 127u) / 255u);
        p[3] = static_cast<std::uint8_t>(cov + p[3] * (255u - cov) / 255u);
      }
    }
  }
}

void draw_layout(Image& image, GlyphAtlas& atlas, FontChain& fonts, const Layout& layout, float x,
                 float y, Rgba color) {
  for (const Line& line : layout.lines) draw_line(image, atlas, fonts, layout, line, x, y, color);
}

// libpng reports errors with longjmp: every function that calls it keeps no C++ object with a
// destructor alive across the call.
namespace {

bool png_begin(png_structp png, png_infop info, FILE* f, int w, int h, bool gray) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, f);
  // Text on a plain background: fast settings compress it nearly as well as the defaults.
  png_set_compression_level(png, 3);
  png_set_filter(png, 0, PNG_FILTER_SUB | PNG_FILTER_UP);
  png_set_IHDR(png, info, static_cast<png_uint_32>(w), static_cast<png_uint_32>(h), 8,
               gray ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  return true;
}

bool png_row(png_structp png, const std::uint8_t* row) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_write_row(png, row);
  return true;
}

bool png_end(png_structp png, png_infop info) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_write_end(png, info);
  return true;
}

void png_quiet_warning(png_structp, png_const_charp) {}

}  // namespace

PngWriter::PngWriter(const std::string& path, int width, int height, bool gray)
    : path_(path), width_(width), height_(height), gray_(gray) {
  if (width <= 0 || height <= 0) throw std::runtime_error("cannot write " + path + ": empty image");
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
  file_ = f;
  png_structp png =
      png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, png_quiet_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  png_ = png;
  info_ = info;
  if (!png || !info || !png_begin(png, info, f, width, height, gray)) {
    throw std::runtime_error("cannot write " + path + ": PNG encoder failed");
  }
  row_.resize(static_cast<std::size_t>(width) * 3);
}

PngWriter::~PngWriter() {
  png_structp png = static_cast<png_structp>(png_);
  png_infop info = static_cast<png_infop>(info_);
  if (png) png_destroy_write_struct(&png, info ? &info : nullptr);
  if (file_) std::fclose(static_cast<FILE*>(file_));
  if (!finished_) {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
}

void PngWriter::write_rows(const Image& image, int from, int to) {
  for (int y = from; y < to; ++y) {
    if (written_ >= height_) throw std::runtime_error("cannot write " + path_ + ": too many rows");
    const std::uint8_t* src = &image.pixels[static_cast<std::size_t>(y - image.top) *
                                            static_cast<std::size_t>(image.width) * 4];
    for (int x = 0; x < width_; ++x) {
      const std::uint8_t* p = src + static_cast<std::ptrdiff_t>(x) * 4;
      if (gray_) {
        row_[static_cast<std::size_t>(x)] =
            static_cast<std::uint8_t>((p[0] * 77u + p[1] * 150u + p[2] * 29u + 128u) >> 8);
      } else {
        row_[static_cast<std::size_t>(x) * 3] = p[0];
        row_[static_cast<std::size_t>(x) * 3 + 1] = p[1];
        row_[static_cast<std::size_t>(x) * 3 + 2] = p[2];
      }
    }
    if (!png_row(static_cast<png_structp>(png_), row_.data())) {
      throw std::runtime_error("cannot write " + path_ + ": PNG encoder failed");
    }
    ++written_;
  }
}

void PngWriter::finish() {
  if (written_ != height_) throw std::runtime_error("cannot write " + path_ + ": missing rows");
  if (!png_end(static_cast<png_structp>(png_), static_cast<png_infop>(info_))) {
    throw std::runtime_error("cannot write " + path_ + ": PNG encoder failed");
  }
  FILE* f = static_cast<FILE*>(file_);
  file_ = nullptr;
  const bool bad = std::ferror(f) != 0;
  if (std::fclose(f) != 0 || bad) {
    throw std::runtime_error("cannot write " + path_ + ": " + std::strerror(errno));
  }
  finished_ = true;
}

void write_png(const std::string& path, const Image& image, bool gray) {
  PngWriter w(path, image.width, image.height, gray);
  w.write_rows(image, image.top, image.top + image.height);
  w.finish();
}

Image read_png(const std::string& path) {
  png_image img;
  std::memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&img, path.c_str())) {
    throw std::runtime_error("cannot read PNG " + path);
  }
  img.format = PNG_FORMAT_RGBA;
  Image out;
  out.width = static_cast<int>(img.width);
  out.height = static_cast<int>(img.height);
  out.pixels.resize(PNG_IMAGE_SIZE(img));
  if (!png_image_finish_read(&img, nullptr, out.pixels.data(), 0, nullptr)) {
    png_image_free(&img);
    throw std::runtime_error("cannot read PNG " + path);
  }
  return out;
}

}  // namespace tarikh::text
