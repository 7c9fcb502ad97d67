// Sentence splitting on . ! ? ؟ ؛ ; newlines and list dashes, keeping decimals (13.4),
// abbreviations (ق.م, د.) and web addresses (enabbaladi.net) whole.
#include <cstdint>

#include "questions/arabic/normalize.hpp"
#include "questions/arabic/utf8.hpp"
#include "questions/dates/mention.hpp"

namespace tarikh::questions {

namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == 0xA0 || c == 0x200F || c == 0x200E ||
         c == 0xFEFF || (c >= 0x2000 && c <= 0x200B);
}
bool is_digit_cp(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}
bool is_dash_cp(char32_t c) {
  return c == U'-' || c == 0x2013 || c == 0x2014;
}
bool is_latin(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
bool is_arabic_letter(char32_t c) {
  return c >= 0x0621 && c <= 0x06D3 && !is_digit_cp(c);
}
// Closing marks that stay with the sentence they end.
bool is_closer(char32_t c) {
  return c == U'"' || c == U'\'' || c == U')' || c == 0xBB || c == 0x201D || c == 0x2019 ||
         c == U']';
}

// The code point at byte `pos` (its length in `len`); U' ' past the end.
char32_t at(std::string_view t, std::size_t pos, std::size_t& len) {
  if (pos >= t.size()) {
    len = 0;
    return U' ';
  }
  const auto b = static_cast<unsigned char>(t[pos]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  std::size_t p = pos;
  const char32_t c = text::next_code_point(t, p);
  len = p - pos;
  return c;
}
char32_t at(std::string_view t, std::size_t pos) {
  std::size_t len;
  return at(t, pos, len);
}
// Start of the code point that ends just before byte `pos`.
std::size_t back(std::string_view t, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t p = pos - 1;
  int k = 0;
  while (p > 0 && k < 3 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p, ++k;
  return p;
}
char32_t before(std::string_view t, std::size_t pos) {
  return pos == 0 ? U' ' : at(t, back(t, pos));
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  const std::size_t n = text.size();
  int line = 1;
  std::size_t start = 0;  // byte where the current sentence starts
  int start_line = 1;
  auto flush = [&](std::size_t end) {  // [start, end)
    std::size_t a = start, e = end, len = 0;
    // Trim spaces, list dashes and bullets at the start, spaces at the end.
    while (a < e) {
      const char32_t c = at(text, a, len);
      if (is_space(c) || c == U'\n' || c == U'*' || c == 0x2022 || c == 0x25CF) {
        if (c == U'\n') ++start_line;
        a += len;
        continue;
      }
      if (is_dash_cp(c) && (a + len >= e || is_space(at(text, a + len)))) {
        a += len;
        continue;
      }
      break;
    }
    while (e > a) {
      const std::size_t p = back(text, e);
      const char32_t c = at(text, p);
      if (!(is_space(c) || c == U'\n')) break;
      e = p;
    }
    if (e <= a) return;
    // Skip "sentences" made only of punctuation (a stray "....." or "-").
    for (std::size_t k = a; k < e; k += len) {
      const char32_t c = at(text, k, len);
      if (arabic::is_letter(arabic::normalize_code_point(c)) || is_digit_cp(c)) {
        out.push_back({a, e, start_line});
        return;
      }
    }
  };
  std::size_t len = 0;
  for (std::size_t i = 0; i < n; i += len) {
    const char32_t c = at(text, i, len);
    if (c == U'\n') {
      flush(i);
      ++line;
      start = i + 1;
      start_line = line;
      continue;
    }
    if (c < 0x80 && c != U'.' && c != U'!' && c != U'?' && c != U';' && c != U'-') continue;
    bool end_here = false;
    if (c == U'!' || c == U'?' || c == 0x061F || c == 0x061B || c == U';' || c == 0x06D4) {
      end_here = true;
    } else if (c == U'.' || c == 0x2026) {
      const char32_t prev = before(text, i);
      const char32_t next = at(text, i + len);
      if (is_digit_cp(prev) && is_digit_cp(next)) continue;  // 13.4, 19.3.2008
      if (is_latin(next) || is_digit_cp(next)) continue;     // enabbaladi.net, v.2
      // An abbreviation: a single letter before the dot (ق.م, ق. م).
      const bool single =
          is_arabic_letter(prev) &&
          !arabic::is_letter(arabic::normalize_code_point(before(text, back(text, i))));
      if (single && (is_arabic_letter(next) || prev == 0x0642)) continue;
      end_here = true;
    } else if (is_dash_cp(c) && is_space(at(text, i + len)) && i + len < n) {
      // A list dash: " - " at an item start, after a colon or a sentence end.
      std::size_t k = i;
      while (k > start && is_space(before(text, k))) k = back(text, k);
      const char32_t p = k > start ? before(text, k) : U' ';
      if (p == U':' || p == U'.') {
        flush(i);
        start = i;
        start_line = line;
      }
      continue;
    }
    if (!end_here) continue;
    // Take the whole run of terminators and closing marks.
    std::size_t e = i + len;
    while (e < n) {
      std::size_t l2;
      const char32_t d = at(text, e, l2);
      if (d == U'.' || d == U'!' || d == U'?' || d == 0x061F || d == 0x2026 || is_closer(d)) {
        e += l2;
        continue;
      }
      break;
    }
    flush(e);
    start = e;
    start_line = line;
    len = e - i;
  }
  flush(n);
  return out;
}

}  // namespace tarikh::questions
