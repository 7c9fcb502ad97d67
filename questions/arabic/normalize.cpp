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

Normalized normalize(std::string_view original) {
  Normalized out;
  out.text.reserve(original.size());
  out.origin.reserve(original.size() + 1);
  std::size_t pos = 0;
  while (pos < original.size()) {
    const std::size_t start = pos;
    const auto b = static_cast<unsigned char>(original[pos]);
    if (b < 0x80) {
      ++pos;
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
      out.text.push_back(c);
      out.origin.push_back(static_cast<std::uint32_t>(start));
      continue;
    }
    const char32_t cp = normalize_code_point(text::next_code_point(original, pos));
    if (cp == 0) continue;
    const std::size_t before = out.text.size();
    text::append_utf8(out.text, cp);
    out.origin.resize(out.text.size(), static_cast<std::uint32_t>(start));
    (void)before;
  }
  out.origin.push_back(static_cast<std::uint32_t>(original.size()));
  return out;
}

std::string normalize_text(std::string_view s) {
  return normalize(s).text;
}

}  // namespace tarikh::arabic
