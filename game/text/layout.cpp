#include "game/text/layout.hpp"

#include <linebreak.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <set>

#include "questions/arabic/utf8.hpp"

namespace tarikh::text {

namespace {

bool is_weak_script(hb_script_t s) {
  return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN;
}

// White space that is not shown at the end of a line.
bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C ||
         c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x205F || c == 0x3000;
}

bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

}  // namespace

std::vector<Run> itemize(std::u32string_view text, const BidiParagraph& para,
                         const FontChain& fonts) {
  const std::size_t n = text.size();
  std::vector<Run> runs;
  if (n == 0) return runs;
  hb_unicode_funcs_t* uf = hb_unicode_funcs_get_default();

  std::vector<hb_script_t> script(n);
  std::vector<bool> strong(n);
  for (std::size_t i = 0; i < n; ++i) {
    script[i] = hb_unicode_script(uf, text[i]);
    strong[i] = !is_weak_script(script[i]);
  }
  // Weak characters take the script before them when they share its bidi level (a space after
  // a Latin word inside Arabic belongs to the Arabic), else the script of the next strong
  // character.
  auto level = [&para](std::size_t i) -> int { return para.levels.empty() ? 0 : para.levels[i]; };
  std::vector<std::size_t> next_strong(n + 1, n);
  for (std::size_t i = n; i-- > 0;) next_strong[i] = strong[i] ? i : next_strong[i + 1];
  std::vector<bool> from_prev(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (strong[i]) continue;
    const std::size_t j = next_strong[i];
    from_prev[i] = i > 0 && (level(i - 1) == level(i) || j == n);
    if (from_prev[i]) {
      script[i] = script[i - 1];
    } else if (j < n) {
      script[i] = script[j];
    }
  }

  // Fonts: strong characters take the first covering font; weak ones stay with the font before
  // them when it covers them, else the font of the next strong character, else the first that
  // covers them.
  std::vector<int> font(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    if (strong[i]) font[i] = fonts.first_covering(text[i]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (strong[i] && font[i] >= 0) continue;
    const char32_t c = text[i];
    const std::size_t j = next_strong[i + 1 < n ? i + 1 : n];
    if (!strong[i] && !from_prev[i] && j < n && font[j] >= 0 && fonts.covers(font[j], c)) {
      font[i] = font[j];
      continue;
    }
    if (i > 0 && fonts.covers(font[i - 1], c)) {
      font[i] = font[i - 1];
      continue;
    }
    if (!strong[i] && j < n && font[j] >= 0 && fonts.covers(font[j], c)) {
      font[i] = font[j];
      continue;
    }
    const int first = fonts.first_covering(c);
    if (first >= 0 && !is_control(c)) {
      font[i] = first;
    } else if (i > 0) {
      font[i] = font[i - 1];  // controls and uncovered characters join their neighbours
    } else {
      font[i] = (j < n && font[j] >= 0) ? font[j] : (first >= 0 ? first : 0);
    }
  }

  Run cur;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t level = para.levels.empty() ? 0 : para.levels[i];
    if (i == 0 || level != cur.level || script[i] != cur.script || font[i] != cur.font) {
      if (i > 0) {
        cur.end = static_cast<std::uint32_t>(i);
        runs.push_back(cur);
      }
      cur.start = static_cast<std::uint32_t>(i);
      cur.level = level;
      cur.script = script[i];
      cur.font = font[i];
    }
  }
  cur.end = static_cast<std::uint32_t>(n);
  runs.push_back(cur);
  return runs;
}

std::vector<ShapedRun> shape_runs(std::u32string_view text, const std::vector<Run>& runs,
                                  FontChain& fonts, int pixel_size) {
  std::vector<ShapedRun> out;
  out.reserve(runs.size());
  if (text.empty()) return out;
  // Controls (tabs, line breaks) are shaped as spaces so they never show as boxes.
  std::vector<std::uint32_t> shaping(text.begin(), text.end());
  for (auto& c : shaping) {
    if (is_control(c)) c = U' ';
  }
  std::unique_ptr<hb_buffer_t, BufferDeleter> buf(hb_buffer_create());
  static hb_language_t arabic = hb_language_from_string("ar", -1);
  static hb_language_t english = hb_language_from_string("en", -1);
  for (const Run& run : runs) {
    hb_buffer_clear_contents(buf.get());
    hb_buffer_add_utf32(buf.get(), shaping.data(), static_cast<int>(shaping.size()), run.start,
                        static_cast<int>(run.end - run.start));
    hb_buffer_set_direction(buf.get(), run.rtl() ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf.get(), run.script);
    hb_buffer_set_language(buf.get(), run.script == HB_SCRIPT_ARABIC ? arabic : english);
    SizedFace& face = fonts.face(run.font, pixel_size);
    hb_shape(face.hb(), buf.get(), nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf.get(), &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf.get(), &count);
    ShapedRun sr;
    sr.run = run;
    sr.glyphs.resize(count);
    for (unsigned g = 0; g < count; ++g) {
      sr.glyphs[g].id = info[g].codepoint;
      sr.glyphs[g].cluster = info[g].cluster;
      sr.glyphs[g].x_advance = static_cast<float>(pos[g].x_advance) / 64.0f;
      sr.glyphs[g].x_offset = static_cast<float>(pos[g].x_offset) / 64.0f;
      sr.glyphs[g].y_offset = static_cast<float>(pos[g].y_offset) / 64.0f;
    }
    out.push_back(std::move(sr));
  }
  return out;
}

std::vector<LineRange> break_lines(std::u32string_view text, const std::vector<float>& advances,
                                   const std::vector<bool>& cluster_start, float width) {
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
  const std::size_t n = text.size();
  std::vector<LineRange> lines;
  if (n == 0) {
    lines.push_back({});
    return lines;
  }
  std::vector<char> brks(n);
  static_assert(sizeof(utf32_t) == sizeof(char32_t));
  set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(text.data()), n, nullptr, brks.data());
  const bool wrap = width > 0;
  const float limit = width + 0.01f;
  std::size_t start = 0;
  while (start < n) {
    float w = 0;
    std::ptrdiff_t last_break = -1;
    std::size_t end = n;
    for (std::size_t i = start; i < n; ++i) {
      w += advances[i];
      if (wrap && w > limit && i > start && !is_space(text[i])) {
        if (last_break >= static_cast<std::ptrdiff_t>(start)) {
          end = static_cast<std::size_t>(last_break) + 1;
        } else {
          // A word wider than the line: break before the cluster that overflows.
          std::size_t c = i;
          while (c > start && !cluster_start[c]) --c;
          if (c == start) {
            c = start + 1;
            while (c < n && !cluster_start[c]) ++c;
          }
          end = c;
        }
        break;
      }
      if (brks[i] == LINEBREAK_MUSTBREAK && i + 1 < n) {
        end = i + 1;
        break;
      }
      if (brks[i] == LINEBREAK_ALLOWBREAK) last_break = static_cast<std::ptrdiff_t>(i);
    }
    // Trailing white space is not shown at the end of a wrapped line; at the end of the text
    // it is (so a caret after a typed space moves), line breaks themselves never are.
    std::size_t visible = end;
    if (end < n) {
      while (visible > start && is_space(text[visible - 1])) --visible;
    } else {
      while (visible > start && is_control(text[visible - 1])) --visible;
    }
    lines.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                     static_cast<std::uint32_t>(visible)});
    start = end;
  }
  return lines;
}

std::size_t Layout::memory() const {
  std::size_t bytes = sizeof(Layout) + lines.capacity() * sizeof(Line);
  for (const auto& l : lines) bytes += l.glyphs.capacity() * sizeof(Glyph);
  return bytes;
}

void align(Layout& layout, float box_width, Align how) {
  layout.box_width = box_width;
  layout.alignment = static_cast<int>(how);
  for (auto& line : layout.lines) {
    const Align a = how != Align::Auto ? how : line.rtl ? Align::Right : Align::Left;
    const float room = box_width - line.width;
    line.x = a == Align::Right ? room : a == Align::Center ? room / 2 : 0.0f;
  }
}

namespace {

// One paragraph (or, with a forced direction, the whole text) through every stage.
Layout layout_one(FontChain& fonts, std::string_view utf8, const LayoutParams& params) {
  Layout layout;
  layout.scale = params.scale > 0.01f ? params.scale : 1.0f;
  const float size = params.font_size > 0 ? params.font_size : 1.0f;
  layout.raster_px = std::max(1, static_cast<int>(std::lround(size * layout.scale)));
  layout.text_bytes = utf8.size();
  const float inv = 1.0f / layout.scale;

  // Decode, remembering where each code point starts.
  std::u32string text;
  std::vector<std::uint32_t> byte_of;
  text.reserve(utf8.size());
  byte_of.reserve(utf8.size() + 1);
  for (std::size_t pos = 0; pos < utf8.size();) {
    byte_of.push_back(static_cast<std::uint32_t>(pos));
    text.push_back(next_code_point(utf8, pos));
  }
  byte_of.push_back(static_cast<std::uint32_t>(utf8.size()));
  const std::size_t n = text.size();

  const BidiParagraph para = analyze_bidi(text, params.dir);
  layout.rtl = para.rtl;
  const std::vector<Run> runs = itemize(text, para, fonts);
  const std::vector<ShapedRun> shaped = shape_runs(text, runs, fonts, layout.raster_px);

  std::vector<std::uint32_t> run_of(n);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    std::fill(run_of.begin() + runs[r].start, run_of.begin() + runs[r].end,
              static_cast<std::uint32_t>(r));
  }
  std::vector<float> advances(n, 0.0f);
  std::vector<bool> cluster_start(n + 1, false);
  cluster_start[n] = true;
  for (const auto& sr : shaped) {
    for (const auto& g : sr.glyphs) {
      advances[g.cluster] += g.x_advance * inv;
      cluster_start[g.cluster] = true;
    }
  }
  std::vector<std::uint32_t> next_cluster(n + 1, static_cast<std::uint32_t>(n));
  for (std::size_t i = n; i-- > 0;) {
    next_cluster[i] =
        cluster_start[i + 1] ? static_cast<std::uint32_t>(i + 1) : next_cluster[i + 1];
  }

  // Line metrics from every font the paragraph uses (the first font when it is empty).
  std::set<int> used;
  for (const auto& r : runs) used.insert(r.font);
  if (used.empty()) used.insert(0);
  for (int f : used) {
    const SizedFace& face = fonts.face(f, layout.raster_px);
    layout.ascent = std::max(layout.ascent, face.ascender() * inv);
    layout.descent = std::max(layout.descent, face.descender() * inv);
  }
  layout.ascent = std::ceil(layout.ascent);
  layout.descent = std::ceil(layout.descent);
  layout.line_height = layout.ascent + layout.descent;

  const std::vector<LineRange> ranges = break_lines(text, advances, cluster_start, params.width);
  layout.lines.reserve(ranges.size());
  std::vector<std::uint8_t> line_levels;
  for (const LineRange& lr : ranges) {
    Line line;
    line.rtl = para.rtl;
    line.byte_start = byte_of[lr.start];
    line.byte_end = byte_of[lr.end];
    line.baseline = static_cast<float>(layout.lines.size()) * layout.line_height + layout.ascent;
    float pen = 0;  // rasterized pixels
    if (lr.visible_end > lr.start) {
      const auto vis = reorder_line(para, lr.start, lr.visible_end, &line_levels);
      for (std::size_t k = 0; k < vis.size();) {
        const std::uint32_t r = run_of[vis[k]];
        const std::uint8_t level = line_levels[vis[k] - lr.start];
        std::uint32_t lo = vis[k], hi = vis[k];
        std::size_t k2 = k + 1;
        while (k2 < vis.size() && run_of[vis[k2]] == r &&
               line_levels[vis[k2] - lr.start] == level) {
          lo = std::min(lo, vis[k2]);
          hi = std::max(hi, vis[k2]);
          ++k2;
        }
        // The run's glyphs whose clusters lie in [lo, hi]: clusters are monotonic in a run.
        const auto& glyphs = shaped[r].glyphs;
        const bool rtl = shaped[r].run.rtl();
        auto first =
            rtl ? std::partition_point(glyphs.begin(), glyphs.end(),
                                       [&](const ShapedGlyph& g) { return g.cluster > hi; })
                : std::partition_point(glyphs.begin(), glyphs.end(),
                                       [&](const ShapedGlyph& g) { return g.cluster < lo; });
        auto last =
            rtl ? std::partition_point(first, glyphs.end(),
                                       [&](const ShapedGlyph& g) { return g.cluster >= lo; })
                : std::partition_point(first, glyphs.end(),
                                       [&](const ShapedGlyph& g) { return g.cluster <= hi; });
        for (auto it = first; it != last; ++it) {
          Glyph g;
          g.id = it->id;
          g.font = shaped[r].run.font;
          g.x = (pen + it->x_offset) * inv;
          g.y = -it->y_offset * inv;
          g.advance = it->x_advance * inv;
          g.pen = pen * inv;
          g.cluster = it->cluster;
          g.byte = byte_of[it->cluster];
          g.byte_end = byte_of[next_cluster[it->cluster]];
          g.rtl = rtl;
          line.glyphs.push_back(g);
          pen += it->x_advance;
        }
        k = k2;
      }
    }
    line.glyphs.shrink_to_fit();
    line.width = pen * inv;
    layout.width = std::max(layout.width, line.width);
    layout.lines.push_back(std::move(line));
  }
  layout.height = static_cast<float>(layout.lines.size()) * layout.line_height;
  align(layout, params.width > 0 ? params.width : layout.width, params.align);
  return layout;
}

// Byte length of a paragraph separator at `i` (a line feed, CR LF, or U+2029), or 0.
std::size_t paragraph_separator(std::string_view s, std::size_t i) {
  if (s[i] == '\n') return 1;
  if (s[i] == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
  if (s.compare(i, 3, "\xE2\x80\xA9") == 0) return 3;
  return 0;
}

}  // namespace

Layout layout_paragraph(FontChain& fonts, std::string_view utf8, const LayoutParams& params) {
  if (params.dir != Direction::Auto) return layout_one(fonts, utf8, params);
  // Paragraphs: [begin, end) without their separators.
  std::vector<std::pair<std::size_t, std::size_t>> paras;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    if (const std::size_t n = paragraph_separator(utf8, i)) {
      paras.emplace_back(begin, i);
      i += n;
      begin = i;
    } else {
      ++i;
    }
  }
  if (paras.empty()) return layout_one(fonts, utf8, params);
  paras.emplace_back(begin, utf8.size());

  Layout out;
  std::uint32_t code_points = 0;  // before the current paragraph
  std::size_t counted_to = 0;
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const auto [b, e] = paras[k];
    for (; counted_to < b; ++counted_to) {
      code_points += (static_cast<unsigned char>(utf8[counted_to]) & 0xC0) != 0x80;
    }
    Layout one = layout_one(fonts, utf8.substr(b, e - b), params);
    if (k == 0) {
      out.rtl = one.rtl;
      out.raster_px = one.raster_px;
      out.scale = one.scale;
    }
    out.ascent = std::max(out.ascent, one.ascent);
    out.descent = std::max(out.descent, one.descent);
    out.width = std::max(out.width, one.width);
    const std::size_t next = k + 1 < paras.size() ? paras[k + 1].first : utf8.size();
    for (std::size_t li = 0; li < one.lines.size(); ++li) {
      Line& line = one.lines[li];
      line.byte_start += static_cast<std::uint32_t>(b);
      // The separator belongs to the paragraph's last line.
      line.byte_end = li + 1 == one.lines.size() ? static_cast<std::uint32_t>(next)
                                                 : line.byte_end + static_cast<std::uint32_t>(b);
      for (Glyph& g : line.glyphs) {
        g.byte += static_cast<std::uint32_t>(b);
        g.byte_end += static_cast<std::uint32_t>(b);
        g.cluster += code_points;
      }
      out.lines.push_back(std::move(line));
    }
  }
  out.text_bytes = utf8.size();
  out.line_height = out.ascent + out.descent;
  for (std::size_t i = 0; i < out.lines.size(); ++i) {
    out.lines[i].baseline = static_cast<float>(i) * out.line_height + out.ascent;
  }
  out.height = static_cast<float>(out.lines.size()) * out.line_height;
  align(out, params.width > 0 ? params.width : out.width, params.align);
  return out;
}

}  // namespace tarikh::text
