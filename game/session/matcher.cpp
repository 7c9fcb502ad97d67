#include "game/session/matcher.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "questions/arabic/utf8.hpp"

namespace tarikh::session {

namespace {

bool is_diacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         c == 0x0640;  // harakat, superscript alef, tatweel
}

char32_t fold(char32_t c) {
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);  // Extended (Persian) digits
  switch (c) {
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0622:  // آ
    case 0x0671:  // ٱ
      return 0x0627;
    case 0x0649:  // ى
      return 0x064A;
    case 0x0629:  // ة
      return 0x0647;
    case 0x066B:  // ٫ Arabic decimal separator
      return U'.';
    case 0x066C:  // ٬ Arabic thousands separator
    case 0x060C:  // ، Arabic comma
      return U',';
    default:
      break;
  }
  if (c < 0x80) return static_cast<char32_t>(std::tolower(static_cast<int>(c)));
  return c;
}

bool is_separator(char32_t c) {
  if (c < 0x80) return !std::isalnum(static_cast<int>(c));
  return c == 0x061F || c == 0x061B || c == 0x06D4 || c == 0x00AB || c == 0x00BB ||
         (c >= 0x2000 && c <= 0x206F);  // ؟ ؛ ۔ « » general punctuation
}

// The numbers in already-normalized text (ASCII digits, '.', ',' between digit groups).
std::vector<double> numbers_in(const std::string& s) {
  std::vector<double> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    std::string digits;
    while (i < s.size()) {
      const char c = s[i];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        digits += c;
        ++i;
      } else if ((c == '.' || c == ',') && i + 1 < s.size() &&
                 std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        if (c == '.') digits += '.';  // thousands commas are dropped
        ++i;
      } else {
        break;
      }
    }
    out.push_back(std::strtod(digits.c_str(), nullptr));
  }
  return out;
}

// Normalizes but keeps '.' and ',' (for numbers).
std::string fold_keep_number_marks(std::string_view text) {
  std::string out;
  for (char32_t c : text::decode(text)) {
    if (is_diacritic(c)) continue;
    c = fold(c);
    if (c == U'.' || c == U',') {
      out += static_cast<char>(c);
      continue;
    }
    if (is_separator(c)) c = U' ';
    text::append_utf8(out, c);
  }
  return out;
}

}  // namespace

std::string normalize_answer(std::string_view text) {
  std::string out;
  bool pending_space = false;
  const std::u32string cps = text::decode(text);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_diacritic(c)) continue;
    c = fold(c);
    // A decimal point between digits stays; other punctuation separates words.
    if (c == U'.' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back())) &&
        i + 1 < cps.size() && (fold(cps[i + 1]) >= U'0' && fold(cps[i + 1]) <= U'9')) {
      out += '.';
      continue;
    }
    if (c == U',' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back())) &&
        i + 1 < cps.size() && (fold(cps[i + 1]) >= U'0' && fold(cps[i + 1]) <= U'9')) {
      continue;  // thousands separator
    }
    if (is_separator(c) || c == U'.' || c == U',') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    text::append_utf8(out, c);
  }
  return out;
}

std::optional<double> parse_number(std::string_view typed) {
  const auto nums = numbers_in(fold_keep_number_marks(typed));
  if (nums.size() != 1) return std::nullopt;
  return nums.front();
}

bool answers_match(std::string_view typed, std::string_view expected) {
  const std::string a = normalize_answer(typed);
  const std::string b = normalize_answer(expected);
  if (a.empty()) return false;
  if (a == b) return true;
  const bool expected_is_number =
      !b.empty() && b.find_first_not_of("0123456789.") == std::string::npos;
  if (!expected_is_number) return false;
  const auto n = parse_number(typed);
  return n && *n == std::strtod(b.c_str(), nullptr);
}

std::optional<double> year_key(std::string_view value) {
  std::string v(value);
  const auto slash = v.find('/');
  if (slash != std::string::npos) v = v.substr(0, slash);
  bool hijri = false;
  if (v.size() > 2 && v.substr(v.size() - 2) == "AH") {
    hijri = true;
    v = v.substr(0, v.size() - 2);
  }
  // Year: digits, with X for unknown trailing digits.
  std::size_t i = 0;
  std::string year;
  while (i < v.size() && (std::isdigit(static_cast<unsigned char>(v[i])) || v[i] == 'X')) {
    year += v[i] == 'X' ? '0' : v[i];
    ++i;
  }
  if (year.empty() || v[0] == 'X') return std::nullopt;
  double y = std::strtod(year.c_str(), nullptr);
  if (hijri) return 622.0 + y * 0.970229;                // mean Hijri year in Gregorian years
  if (i < v.size() && v[i] != '-') return std::nullopt;  // "4 visits", "P15Y": not dates
  int month = 0, day = 0;
  if (i + 1 < v.size() && v[i] == '-') {
    month = std::atoi(v.c_str() + i + 1);
    const auto dash = v.find('-', i + 1);
    if (dash != std::string::npos) day = std::atoi(v.c_str() + dash + 1);
  }
  if (month > 0) y += (month - 1) / 12.0;
  if (day > 0) y += (day - 1) / 372.0;
  return y;
}

}  // namespace tarikh::session
