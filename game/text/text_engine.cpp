#include "game/text/text_engine.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "game/text/text_field.hpp"

namespace tarikh::text {

std::size_t LayoutKeyHash::operator()(const LayoutKey& k) const noexcept {
  std::size_t h = std::hash<std::string_view>()(k.text);
  auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  mix(std::hash<float>()(k.font_size));
  mix(std::hash<float>()(k.width));
  mix(static_cast<std::size_t>(k.dir));
  mix(std::hash<float>()(k.scale));
  mix(static_cast<std::size_t>(k.align));
  return h;
}

TextEngine::TextEngine(const std::vector<std::string>& font_paths, int atlas_max_size)
    : fonts_(font_paths), atlas_(std::min(512, atlas_max_size), atlas_max_size) {}

TextEngine::~TextEngine() {
  for (auto& [renderer, t] : textures_) {
    if (t.texture) SDL_DestroyTexture(t.texture);
  }
}

void TextEngine::set_scale(float scale) {
  scale_ = scale > 0.01f ? scale : 1.0f;
}

std::shared_ptr<const Layout> TextEngine::layout(std::string_view text, float font_size,
                                                 float width, Direction dir, Align align) {
  LayoutKey key{std::string(text), font_size, width > 0 ? width : 0.0f, dir, scale_, align};
  auto it = index_.find(key);
  if (it != index_.end()) {
    ++hits_;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }
  ++misses_;
  LayoutParams params;
  params.font_size = font_size;
  params.width = key.width;
  params.dir = dir;
  params.scale = scale_;
  params.align = align;
  auto lay = std::make_shared<const Layout>(layout_paragraph(fonts_, text, params));
  layout_bytes_ += lay->memory() + key.text.size();
  lru_.emplace_front(std::move(key), lay);
  index_.emplace(lru_.front().first, lru_.begin());
  return lay;
}

TextMetrics TextEngine::measure(std::string_view text, float font_size, float width,
                                Direction dir) {
  auto lay = layout(text, font_size, width, dir);
  return {lay->width, lay->height, static_cast<int>(lay->lines.size())};
}

void TextEngine::trim() {
  while (layout_bytes_ > layout_budget_ && !lru_.empty()) {
    auto& back = lru_.back();
    layout_bytes_ -= std::min(layout_bytes_, back.second->memory() + back.first.text.size());
    index_.erase(back.first);
    lru_.pop_back();
  }
}

void TextEngine::clear_caches() {
  index_.clear();
  lru_.clear();
  layout_bytes_ = 0;
  atlas_.clear();
  fonts_.trim();
}

CacheStats TextEngine::stats() const {
  CacheStats s;
  s.layouts = lru_.size();
  s.layout_bytes = layout_bytes_;
  s.layout_hits = hits_;
  s.layout_misses = misses_;
  s.glyphs = atlas_.glyph_count();
  s.atlas_bytes = atlas_.memory();
  return s;
}

std::shared_ptr<const Layout> TextEngine::draw(SDL_Renderer* renderer, std::string_view text,
                                               float font_size, float width, float x, float y,
                                               SDL_Color color, Direction dir) {
  auto lay = layout(text, font_size, width, dir);
  draw(renderer, *lay, x, y, color);
  return lay;
}

void TextEngine::draw(Image& image, const Layout& layout, float x, float y, Rgba color) {
  draw_layout(image, atlas_, fonts_, layout, x, y, color);
}

void TextEngine::forget_renderer(SDL_Renderer* renderer) {
  auto it = textures_.find(renderer);
  if (it == textures_.end()) return;
  if (it->second.texture) SDL_DestroyTexture(it->second.texture);
  textures_.erase(it);
}

bool TextEngine::upload(SDL_Renderer* renderer, Texture& t) {
  const int size = atlas_.size();
  if (!t.texture || t.size != size) {
    if (t.texture) SDL_DestroyTexture(t.texture);
    t.texture =
        SDL_CreateTexture(renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, size, size);
    if (!t.texture) return false;
    SDL_SetTextureBlendMode(t.texture, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(t.texture, SDL_ScaleModeLinear);
    t.size = size;
    t.version = 0;
  }
  if (t.version == atlas_.version()) return true;
  // Upload only the rows written since the texture was last updated, when they are known.
  int y0 = 0, y1 = size;
  if (t.generation != atlas_.generation() || !atlas_.dirty_rows(t.version, y0, y1)) {
    y0 = 0;
    y1 = size;
  }
  // In bands of kUploadRows rows, so that the RGBA staging buffer stays small (a whole 2048²
  // atlas at once would need 16 MB of it, beside the texture).
  constexpr int kUploadRows = 64;
  const auto& px = atlas_.pixels();
  for (int band = y0; band < y1; band += kUploadRows) {
    const int rows = std::min(kUploadRows, y1 - band);
    const std::size_t first = static_cast<std::size_t>(band) * static_cast<std::size_t>(size);
    const std::size_t count = static_cast<std::size_t>(rows) * static_cast<std::size_t>(size);
    upload_buffer_.resize(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
      upload_buffer_[i * 4] = 255;
      upload_buffer_[i * 4 + 1] = 255;
      upload_buffer_[i * 4 + 2] = 255;
      upload_buffer_[i * 4 + 3] = px[first + i];
    }
    const SDL_Rect rect{0, band, size, rows};
    if (SDL_UpdateTexture(t.texture, &rect, upload_buffer_.data(), size * 4) != 0) return false;
  }
  t.version = atlas_.version();
  t.generation = atlas_.generation();
  return true;
}

void TextEngine::draw(SDL_Renderer* renderer, const Layout& layout, float x, float y,
                      SDL_Color color) {
  if (!renderer) return;
  Texture& tex = textures_[renderer];
  vertices_.clear();
  indices_.clear();
  // Texture coordinates are kept in atlas pixels until the batch is flushed, because the atlas
  // may grow while the batch is being built.
  auto flush = [&] {
    if (vertices_.empty()) return;
    if (upload(renderer, tex)) {
      const float inv = 1.0f / static_cast<float>(atlas_.size());
      for (auto& v : vertices_) {
        v.tex_coord.x *= inv;
        v.tex_coord.y *= inv;
      }
      SDL_RenderGeometry(renderer, tex.texture, vertices_.data(),
                         static_cast<int>(vertices_.size()), indices_.data(),
                         static_cast<int>(indices_.size()));
    }
    vertices_.clear();
    indices_.clear();
  };
  const float s = layout.scale;
  for (const Line& line : layout.lines) {
    for (const Glyph& g : line.glyphs) {
      const GlyphKey key{g.font, g.id, layout.raster_px};
      const GlyphSlot* slot = atlas_.get(fonts_, key);
      if (!slot) {
        flush();
        atlas_.clear();
        slot = atlas_.get(fonts_, key);
        if (!slot) continue;
      }
      if (slot->w == 0 || slot->h == 0) continue;
      // Snap the pen to the raster grid so glyphs stay sharp.
      const float px = std::round((x + line.x + g.x) * s);
      const float py = std::round((y + line.baseline + g.y) * s);
      const float x0 = (px + static_cast<float>(slot->left)) / s;
      const float y0 = (py - static_cast<float>(slot->top)) / s;
      const float x1 = x0 + static_cast<float>(slot->w) / s;
      const float y1 = y0 + static_cast<float>(slot->h) / s;
      const float u0 = static_cast<float>(slot->x), v0 = static_cast<float>(slot->y);
      const float u1 = u0 + static_cast<float>(slot->w), v1 = v0 + static_cast<float>(slot->h);
      const int base = static_cast<int>(vertices_.size());
      vertices_.push_back({{x0, y0}, color, {u0, v0}});
      vertices_.push_back({{x1, y0}, color, {u1, v0}});
      vertices_.push_back({{x1, y1}, color, {u1, v1}});
      vertices_.push_back({{x0, y1}, color, {u0, v1}});
      for (int i : {0, 1, 2, 0, 2, 3}) indices_.push_back(base + i);
    }
  }
  flush();
}

namespace {

// A cluster as shown: its visual extent and its logical byte range.
struct ClusterBox {
  float left = 0, right = 0;
  std::uint32_t byte = 0, byte_end = 0;
  bool rtl = false;
};

std::vector<ClusterBox> cluster_boxes(const Line& line) {
  std::vector<ClusterBox> boxes;
  for (const Glyph& g : line.glyphs) {
    const float l = line.x + g.pen, r = line.x + g.pen + g.advance;
    if (!boxes.empty() && boxes.back().byte == g.byte) {
      boxes.back().left = std::min(boxes.back().left, l);
      boxes.back().right = std::max(boxes.back().right, r);
    } else {
      boxes.push_back({l, r, g.byte, g.byte_end, g.rtl});
    }
  }
  return boxes;
}

std::size_t line_of_y(const Layout& layout, float y) {
  if (layout.lines.empty() || layout.line_height <= 0) return 0;
  const float row = std::floor(y / layout.line_height);
  if (row < 0) return 0;
  return std::min(layout.lines.size() - 1, static_cast<std::size_t>(row));
}

}  // namespace

std::size_t hit_test(const Layout& layout, float x, float y) {
  if (layout.lines.empty()) return 0;
  const std::size_t li = line_of_y(layout, y);
  const Line& line = layout.lines[li];
  const auto boxes = cluster_boxes(line);
  if (boxes.empty()) return line.byte_start;
  // The end of a wrapped line (before its trailing spaces) for clicks beyond the text's end.
  auto before = [](const ClusterBox& b) { return b.rtl ? b.byte_end : b.byte; };
  auto after = [](const ClusterBox& b) { return b.rtl ? b.byte : b.byte_end; };
  if (x <= boxes.front().left) return before(boxes.front());
  if (x >= boxes.back().right) return after(boxes.back());
  for (const auto& b : boxes) {
    if (x < b.right || &b == &boxes.back()) {
      const bool left_half = x < (b.left + b.right) / 2;
      return left_half ? before(b) : after(b);
    }
  }
  return line.byte_end;
}

std::size_t hit_test(const Layout& layout, float x, float y, std::string_view text) {
  const std::size_t coarse = hit_test(layout, x, y);
  if (layout.lines.empty() || text.size() != layout.text_bytes) return coarse;
  const Line& line = layout.lines[line_of_y(layout, y)];
  for (const auto& b : cluster_boxes(line)) {
    if (x < b.left || x >= b.right || b.byte_end > text.size()) continue;
    // The grapheme boundaries inside this glyph cluster, both ends included.
    const auto all = grapheme_boundaries(text.substr(b.byte, b.byte_end - b.byte));
    if (all.size() <= 2) return coarse;
    std::size_t best = coarse;
    float best_dx = std::numeric_limits<float>::infinity();
    for (std::size_t rel : all) {
      const std::size_t pos = b.byte + rel;
      const float dx = std::fabs(caret_at(layout, pos).x - x);
      if (dx < best_dx) {
        best_dx = dx;
        best = pos;
      }
    }
    return best;
  }
  return coarse;
}

Caret caret_at(const Layout& layout, std::size_t byte) {
  Caret c;
  if (layout.lines.empty()) return c;
  // The line holding `byte`: the last one that starts at or before it.
  std::size_t li = 0;
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    if (layout.lines[i].byte_start <= byte) li = i;
  }
  const Line& line = layout.lines[li];
  c.line = static_cast<int>(li);
  c.top = static_cast<float>(li) * layout.line_height;
  c.height = layout.line_height;
  const auto boxes = cluster_boxes(line);
  if (boxes.empty()) {
    c.x = line.x;
    return c;
  }
  for (const auto& b : boxes) {
    if (b.byte <= byte && byte < b.byte_end) {
      const float frac =
          static_cast<float>(byte - b.byte) / static_cast<float>(b.byte_end - b.byte);
      const float w = b.right - b.left;
      c.x = b.rtl ? b.right - frac * w : b.left + frac * w;
      return c;
    }
  }
  // After the last shown cluster: at the end edge of the logically last one.
  const ClusterBox* last = &boxes.front();
  for (const auto& b : boxes) {
    if (b.byte > last->byte) last = &b;
  }
  if (byte < last->byte) {  // before every cluster (cannot happen past the line start)
    const ClusterBox* first = &boxes.front();
    for (const auto& b : boxes) {
      if (b.byte < first->byte) first = &b;
    }
    c.x = first->rtl ? first->right : first->left;
    return c;
  }
  c.x = last->rtl ? last->left : last->right;
  return c;
}

}  // namespace tarikh::text
