#include "game/text/engine_text_drawer.hpp"

#include <cmath>

#include "game/text/text_field.hpp"

namespace tarikh::text {

namespace {

Align to_align(ui::Align a) {
  switch (a) {
    case ui::Align::Left:
      return Align::Left;
    case ui::Align::Center:
      return Align::Center;
    case ui::Align::Right:
      return Align::Right;
  }
  return Align::Auto;
}

}  // namespace

EngineTextDrawer::EngineTextDrawer(const std::filesystem::path& assets,
                                   const std::string& user_font)
    : regular_(bundled_font_chain(assets, false, user_font)),
      bold_(bundled_font_chain(assets, true, user_font)) {}

ui::TextSize EngineTextDrawer::measure(std::string_view text, int size, bool bold, int max_width) {
  const TextMetrics m =
      engine(bold).measure(text, static_cast<float>(size), static_cast<float>(max_width));
  return {static_cast<int>(std::ceil(m.width)), static_cast<int>(std::ceil(m.height))};
}

int EngineTextDrawer::draw(SDL_Renderer* renderer, std::string_view text, int x, int y, int width,
                           const ui::TextStyle& style, bool wrap) {
  TextEngine& te = engine(style.bold);
  const float wrap_width = wrap && width > 0 ? static_cast<float>(width) : 0.0f;
  const auto lay = te.layout(text, static_cast<float>(style.size), wrap_width, Direction::Auto,
                             to_align(style.align));
  // Without wrapping the lines are aligned in the text's own width: place that block in the box.
  float left = static_cast<float>(x);
  if (wrap_width <= 0 && width > 0) {
    const float room = static_cast<float>(width) - lay->width;
    if (style.align == ui::Align::Right) left += room;
    if (style.align == ui::Align::Center) left += room / 2;
  }
  te.draw(renderer, *lay, left, static_cast<float>(y),
          SDL_Color{style.color.r, style.color.g, style.color.b, style.color.a});
  renderers_.insert(renderer);
  return static_cast<int>(std::ceil(lay->height));
}

int EngineTextDrawer::caret_x(std::string_view text, int size, bool bold, std::size_t byte) {
  const auto lay = engine(bold).layout(text, static_cast<float>(size), 0);
  return static_cast<int>(std::lround(caret_at(*lay, byte).x));
}

std::size_t EngineTextDrawer::byte_at(std::string_view text, int size, bool bold, int x) {
  const auto lay = engine(bold).layout(text, static_cast<float>(size), 0);
  return hit_test(*lay, static_cast<float>(x), lay->line_height / 2, text);
}

std::size_t EngineTextDrawer::caret_step(std::string_view text, int size, bool bold,
                                         std::size_t byte, int dir) {
  const auto lay = engine(bold).layout(text, static_cast<float>(size), 0);
  TextField field(text.size() + 4);
  field.set_text(text);
  if (field.text() != text) return byte;  // not valid UTF-8: leave the caret alone
  field.set_caret(byte);
  if (dir < 0) {
    field.move_left(*lay);
  } else {
    field.move_right(*lay);
  }
  return field.caret();
}

void EngineTextDrawer::end_frame() {
  regular_.trim();
  bold_.trim();
}

void EngineTextDrawer::release_renderer() {
  for (SDL_Renderer* r : renderers_) {
    regular_.forget_renderer(r);
    bold_.forget_renderer(r);
  }
  renderers_.clear();
}

}  // namespace tarikh::text
