#include "questions/arabic/normalize.hpp"

#include "questions/arabic/utf8.hpp"

namespace tarikh::arabic {

char32_t normalize_code_point(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
    return cp;
  }
  if (cp >= 0x0600 && cp <= 0x06FF) {
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) return 0;
    if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671) return 0x0627;
    if (cp == 0x0649 || cp == 0x06CC) return 0x064A;
    if (cp == 0x0629) return 0x0647;
    if (cp == 0x06A9) return 0x0643;
    if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);
    if (cp == 0x066B) return U'.';
    if (cp == 0x066C) return U',';
    if (cp == 0x066A) return U'%';
    return cp;
  }
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x00AD || cp == 0x061C)
    return 0;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return U'-';
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000) return U' ';
  return cp;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3) ||
         (cp >= 0x00C0 && cp <= 0x024F);
}

std::size_t Normalized::original(std::size_t pos) const {
  if (pos >= text.size()) return original_size;
  // The last mark at or before pos.
  std::size_t lo = 0, hi = marks.size();
  while (hi - lo > 1) {
    const std::size_t mid = (lo + hi) / 2;
    if (marks[mid].norm <= pos) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return marks[lo].orig + (pos - marks[lo].norm);
}

Normalized normalize(std::string_view original) {
  Normalized out;
  const std::size_t n = original.size();
  out.original_size = n;
  out.text.resize(n + 16);
  out.marks.push_back({0, 0});
  char* t = out.text.data();
  std::size_t w = 0;
  auto grow = [&](std::size_t need) {
    if (w + need <= out.text.size()) return;
    out.text.resize((out.text.size() + need) * 2);
    t = out.text.data();
  };
  std::size_t pos = 0;
  while (pos < n) {
    const auto b = static_cast<unsigned char>(original[pos]);
    if (b < 0x80) {
      grow(1);
      t[w++] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + ('a' - 'A')) : static_cast<char>(b);
      ++pos;
      continue;
    }
    char32_t cp;
    if ((b & 0xE0) == 0xC0 && b >= 0xC2 && pos + 1 < n &&
        (static_cast<unsigned char>(original[pos + 1]) & 0xC0) == 0x80) {
      cp = (static_cast<char32_t>(b & 0x1F) << 6) |
           (static_cast<unsigned char>(original[pos + 1]) & 0x3F);
      pos += 2;
    } else {
      cp = text::next_code_point(original, pos);
    }
    cp = normalize_code_point(cp);
    if (cp != 0) {
      grow(4);
      if (cp < 0x80) {
        t[w++] = static_cast<char>(cp);
      } else if (cp < 0x800) {
        t[w++] = static_cast<char>(0xC0 | (cp >> 6));
        t[w++] = static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        std::string tmp;
        text::append_utf8(tmp, cp);
        for (char c : tmp) t[w++] = c;
      }
    }
    // When the code point changed length (or was dropped), the positions after it shift: a
    // new mark begins there.
    auto& last = out.marks.back();
    if (last.orig + (w - last.norm) != pos) {
      if (last.norm == w) {
        last.orig = static_cast<std::uint32_t>(pos);
      } else {
        out.marks.push_back({static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(pos)});
      }
    }
  }
  out.text.resize(w);
  return out;
}

std::string normalize_text(std::string_view s) {
  return normalize(s).text;
}

}  // namespace tarikh::arabic
