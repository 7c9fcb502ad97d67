// TEMPORARY: see ttf_text_drawer.hpp. Replaced by the text engine in game/text.
#include "game/ui/ttf_text_drawer.hpp"

#include <algorithm>
#include <stdexcept>

#include "questions/arabic/utf8.hpp"

namespace tarikh::ui {

namespace {

bool is_arabic(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

// Neutral here means: takes the direction of its neighbours AND is drawn by both fonts (or
// substituted in Arabic runs). Other non-Arabic characters count as Latin, so that the Arabic
// font never meets a character it lacks.
bool is_arabic_digit(char32_t c) {
  return (c >= 0x0660 && c <= 0x066C) || (c >= 0x06F0 && c <= 0x06F9);
}

bool is_neutral(char32_t c) {
  switch (c) {
    case U' ':
    case U'!':
    case U',':
    case U'-':
    case U'.':
    case U':':
    case U'?':
    case U';':
    case U'"':
    case 0x00A0:
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x2013:
    case 0x2014:
    case 0x00B7:
    case 0x060C:
    case 0x061B:
    case 0x061F:
      return true;
    default:
      return false;
  }
}

// What the Arabic font draws in place of punctuation it lacks.
char32_t arabic_substitute(char32_t c) {
  switch (c) {
    case U'?':
      return 0x061F;  // ؟
    case U';':
      return 0x061B;  // ؛
    case 0x201C:
    case 0x201D:
    case U'"':
      return 0x00AB;  // «
    case 0x2013:
    case 0x2014:
    case 0x00B7:
      return U'-';
    default:
      return c;
  }
}

}  // namespace

TtfTextDrawer::TtfTextDrawer(const std::filesystem::path& fonts_dir) : dir_(fonts_dir) {
  if (TTF_Init() != 0) throw std::runtime_error(std::string("TTF_Init: ") + TTF_GetError());
  for (const char* f : {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
                        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
    if (!std::filesystem::exists(dir_ / f)) {
      TTF_Quit();
      throw std::runtime_error("missing font " + (dir_ / f).string());
    }
  }
}

TtfTextDrawer::~TtfTextDrawer() {
  textures_.clear();
  fonts_.clear();
  TTF_Quit();
}

TTF_Font* TtfTextDrawer::font(Script script, bool bold, int size) {
  size = std::clamp(size, 4, 400);
  const auto key = std::make_tuple(script, bold, size);
  auto it = fonts_.find(key);
  if (it != fonts_.end()) return it->second.get();
  const bool arabic_font = script != Script::Latin;
  const char* name = arabic_font ? (bold ? "NotoSansArabic-Bold.ttf" : "NotoSansArabic-Regular.ttf")
                                 : (bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf");
  TTF_Font* f = TTF_OpenFont((dir_ / name).c_str(), size);
  if (!f) throw std::runtime_error(std::string("cannot open font: ") + TTF_GetError());
  TTF_SetFontDirection(f, script == Script::Arabic ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
  TTF_SetFontScriptName(f, arabic_font ? "Arab" : "Latn");
  fonts_.emplace(key, std::unique_ptr<TTF_Font, FontCloser>(f));
  return f;
}

bool TtfTextDrawer::is_rtl(std::string_view text) {
  for (char32_t c : text::decode(text)) {
    if (is_arabic(c) && !is_arabic_digit(c)) return true;
    if (!is_neutral(c) && !is_arabic_digit(c) && !(c >= U'0' && c <= U'9')) return false;
  }
  return false;
}

std::vector<TtfTextDrawer::Run> TtfTextDrawer::split_runs(std::string_view line, bool rtl) {
  std::vector<Run> runs;
  std::string pending;  // neutrals not yet given to a run
  const Script para = rtl ? Script::Arabic : Script::Latin;
  auto add = [&runs](Script script, const std::string& s) {
    if (s.empty()) return;
    if (!runs.empty() && runs.back().script == script) {
      runs.back().text += s;
    } else {
      runs.push_back(Run{s, script});
    }
  };
  for (char32_t c : text::decode(line)) {
    if (is_neutral(c)) {
      text::append_utf8(pending, c);
      continue;
    }
    const Script script = is_arabic_digit(c) ? Script::ArabicDigits
                          : is_arabic(c)     ? Script::Arabic
                                             : Script::Latin;
    if (!pending.empty()) {
      // Neutrals between two runs of one script stay inside; between scripts they join the
      // run of the paragraph's direction.
      if (runs.empty()) {
        add(para, pending);
      } else if (runs.back().script == script || runs.back().script == para) {
        add(runs.back().script, pending);
      } else {
        add(script, pending);
      }
      pending.clear();
    }
    std::string one;
    text::append_utf8(one, c);
    add(script, one);
  }
  if (!pending.empty()) add(para, pending);
  // In runs drawn with the Arabic font, swap punctuation that font lacks.
  for (auto& r : runs) {
    if (r.script == Script::Latin) continue;
    std::string fixed;
    for (char32_t c : text::decode(r.text)) text::append_utf8(fixed, arabic_substitute(c));
    r.text = std::move(fixed);
  }
  return runs;
}

int TtfTextDrawer::run_width(const Run& run, bool bold, int size) {
  int w = 0, h = 0;
  if (TTF_SizeUTF8(font(run.script, bold, size), run.text.c_str(), &w, &h) != 0) return 0;
  return w;
}

int TtfTextDrawer::line_width(std::string_view line, bool rtl, bool bold, int size) {
  int w = 0;
  for (const auto& r : split_runs(line, rtl)) w += run_width(r, bold, size);
  return w;
}

int TtfTextDrawer::line_height(int size, bool bold) {
  return std::max(TTF_FontLineSkip(font(Script::Arabic, bold, size)),
                  TTF_FontLineSkip(font(Script::Latin, bold, size)));
}

std::vector<TtfTextDrawer::Line> TtfTextDrawer::wrap_lines(std::string_view text, bool bold,
                                                           int size, int max_width) {
  const bool rtl = is_rtl(text);
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view para = text.substr(start, nl - start);
    // Greedy breaking at spaces.
    std::string current;
    std::size_t i = 0;
    while (i <= para.size()) {
      std::size_t sp = para.find(' ', i);
      if (sp == std::string_view::npos) sp = para.size();
      const std::string word(para.substr(i, sp - i));
      const std::string candidate = current.empty() ? word : current + " " + word;
      if (max_width > 0 && !current.empty() && line_width(candidate, rtl, bold, size) > max_width) {
        lines.push_back({current, line_width(current, rtl, bold, size)});
        current = word;
      } else {
        current = candidate;
      }
      i = sp + 1;
    }
    lines.push_back({current, line_width(current, rtl, bold, size)});
    start = nl + 1;
  }
  return lines;
}

TextSize TtfTextDrawer::measure(std::string_view text, int size, bool bold, int max_width) {
  const auto lines = wrap_lines(text, bold, size, max_width);
  TextSize s;
  for (const auto& l : lines) s.w = std::max(s.w, l.width);
  s.h = static_cast<int>(lines.size()) * line_height(size, bold);
  return s;
}

int TtfTextDrawer::draw(SDL_Renderer* renderer, std::string_view text, int x, int y, int width,
                        const TextStyle& style, bool wrap) {
  if (renderer != renderer_) {
    textures_.clear();
    renderer_ = renderer;
  }
  const bool rtl = is_rtl(text);
  const int lh = line_height(style.size, style.bold);
  const auto lines = wrap_lines(text, style.bold, style.size, wrap ? width : 0);
  int line_y = y;
  for (const auto& line : lines) {
    int lx = x;
    if (style.align == Align::Center) lx = x + (width - line.width) / 2;
    if (style.align == Align::Right) lx = x + width - line.width;
    auto runs = split_runs(line.text, rtl);
    if (rtl) std::reverse(runs.begin(), runs.end());  // visual order, left to right
    for (const auto& run : runs) {
      if (run.text.empty()) continue;
      TTF_Font* f = font(run.script, style.bold, style.size);
      const Color& c = style.color;
      const std::string key = std::to_string(static_cast<int>(run.script)) +
                              std::to_string(style.bold) + "|" + std::to_string(style.size) + "|" +
                              std::to_string(c.r) + "," + std::to_string(c.g) + "," +
                              std::to_string(c.b) + "," + std::to_string(c.a) + "|" + run.text;
      auto it = textures_.find(key);
      if (it == textures_.end()) {
        SDL_Surface* surface = TTF_RenderUTF8_Blended(f, run.text.c_str(), {c.r, c.g, c.b, c.a});
        if (!surface) continue;  // e.g. only spaces
        Cached cached;
        cached.w = surface->w;
        cached.h = surface->h;
        cached.texture.reset(SDL_CreateTextureFromSurface(renderer, surface));
        SDL_FreeSurface(surface);
        if (!cached.texture) continue;
        it = textures_.emplace(key, std::move(cached)).first;
      }
      it->second.used = frame_;
      // Both fonts share a baseline: align their ascents inside the line.
      const int ascent_gap = std::max(TTF_FontAscent(font(Script::Arabic, style.bold, style.size)),
                                      TTF_FontAscent(font(Script::Latin, style.bold, style.size))) -
                             TTF_FontAscent(f);
      SDL_Rect dst{lx, line_y + ascent_gap, it->second.w, it->second.h};
      SDL_RenderCopy(renderer, it->second.texture.get(), nullptr, &dst);
      lx += it->second.w;
    }
    line_y += lh;
  }
  return line_y - y;
}

void TtfTextDrawer::end_frame() {
  ++frame_;
  // Drop textures unused for a few hundred frames, and all old ones past a budget.
  for (auto it = textures_.begin(); it != textures_.end();) {
    if (frame_ - it->second.used > 300 ||
        (textures_.size() > 1024 && it->second.used + 1 < frame_)) {
      it = textures_.erase(it);
    } else {
      ++it;
    }
  }
}

void TtfTextDrawer::release_renderer() {
  textures_.clear();
  renderer_ = nullptr;
}

}  // namespace tarikh::ui
