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

struct Cp {
  char32_t c;
  std::size_t pos, end;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Cp> cps;
  cps.reserve(text.size() / 2 + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const auto b = static_cast<unsigned char>(text[pos]);
    char32_t c;
    if (b < 0x80) {
      c = b;
      ++pos;
    } else {
      c = text::next_code_point(text, pos);
    }
    cps.push_back({c, start, pos});
  }
  std::vector<Sentence> out;
  const std::size_t n = cps.size();
  int line = 1;
  std::size_t start = 0;  // index into cps of the current sentence's first code point
  int start_line = 1;
  auto flush = [&](std::size_t end_idx) {  // [start, end_idx)
    std::size_t a = start, e = end_idx;
    // Trim spaces, list dashes and bullets at the start, spaces at the end.
    while (a < e) {
      const char32_t c = cps[a].c;
      if (is_space(c) || c == U'\n' || c == U'*' || c == 0x2022 || c == 0x25CF) {
        if (c == U'\n') ++start_line;
        ++a;
        continue;
      }
      if (is_dash_cp(c) && (a + 1 >= e || is_space(cps[a + 1].c))) {
        ++a;
        continue;
      }
      break;
    }
    while (e > a && (is_space(cps[e - 1].c) || cps[e - 1].c == U'\n')) --e;
    if (e > a) {
      // Skip "sentences" made only of punctuation (a stray "....." or "-").
      bool content = false;
      for (std::size_t k = a; k < e && !content; ++k)
        content =
            arabic::is_letter(arabic::normalize_code_point(cps[k].c)) || is_digit_cp(cps[k].c);
      if (content) out.push_back({cps[a].pos, cps[e - 1].end, start_line});
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = cps[i].c;
    if (c == U'\n') {
      flush(i);
      ++line;
      start = i + 1;
      start_line = line;
      continue;
    }
    bool end_here = false;
    std::size_t last = i;  // last code point of the sentence
    if (c == U'!' || c == U'?' || c == 0x061F || c == 0x061B || c == U';' || c == 0x06D4) {
      end_here = true;
    } else if (c == U'.' || c == 0x2026) {
      const char32_t prev = i > 0 ? cps[i - 1].c : U' ';
      const char32_t next = i + 1 < n ? cps[i + 1].c : U' ';
      if (is_digit_cp(prev) && is_digit_cp(next)) continue;  // 13.4, 19.3.2008
      if (is_latin(next) || is_digit_cp(next)) continue;     // enabbaladi.net, v.2
      // An abbreviation: a single letter before the dot (ق.م, ق. م).
      const bool single = is_arabic_letter(prev) &&
                          (i < 2 || !arabic::is_letter(arabic::normalize_code_point(cps[i - 2].c)));
      if (single && (is_arabic_letter(next) || prev == 0x0642)) continue;
      end_here = true;
    } else if (is_dash_cp(c) && i + 1 < n && is_space(cps[i + 1].c)) {
      // A list dash: " - " at an item start, after a colon or a sentence end.
      std::size_t k = i;
      while (k > start && is_space(cps[k - 1].c)) --k;
      if (k > start && (cps[k - 1].c == U':' || cps[k - 1].c == U'.')) {
        flush(i);
        start = i;
        start_line = line;
      }
      continue;
    }
    if (!end_here) continue;
    // Take the whole run of terminators and closing marks.
    while (last + 1 < n) {
      const char32_t d = cps[last + 1].c;
      if (d == U'.' || d == U'!' || d == U'?' || d == 0x061F || d == 0x2026 || is_closer(d)) {
        ++last;
        continue;
      }
      break;
    }
    flush(last + 1);
    start = last + 1;
    start_line = line;
    i = last;
  }
  flush(n);
  return out;
}

}  // namespace tarikh::questions
