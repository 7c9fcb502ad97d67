// Arabic normalization for matching. The normalized text keeps a map back to the original byte
// offsets, so a match found in the normalized text can be reported as text[begin, end).
//
// What normalization does (one code point at a time, never across code points):
//  - drops harakat (U+064B..U+065F, U+0670), tatweel (U+0640), zero-width and bidi marks, BOM,
//    soft hyphen;
//  - unifies alef forms أ إ آ ٱ -> ا, alef maqsura ى -> ي, taa marbuta ة -> ه, Farsi yeh and keheh;
//  - Arabic-Indic ٠-٩ and Extended Arabic-Indic ۰-۹ digits -> ASCII 0-9 (mixed is fine);
//  - Arabic decimal separator ٫ -> '.', Arabic thousands separator ٬ -> ',', ٪ -> '%';
//  - dashes (U+2010..U+2015, U+2212) -> '-', no-break and other spaces -> ' ';
//  - ASCII letters -> lower case.
// Invalid UTF-8 bytes become U+FFFD, each mapped to its own byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh::arabic {

struct Normalized {
  std::string text;  // normalized, valid UTF-8
  // The offset map, kept sparse: from normalized byte `norm` on, original = orig + (pos - norm),
  // until the next mark. A mark starts after every code point whose length changed.
  struct Mark {
    std::uint32_t norm;
    std::uint32_t orig;
  };
  std::vector<Mark> marks;
  std::size_t original_size = 0;

  // Original offset of normalized byte `pos`, a code point boundary (pos may be text.size(),
  // which maps to the original size).
  std::size_t original(std::size_t pos) const;
};

Normalized normalize(std::string_view original);

// The normalized form of a word or phrase, without the offset map (for building lexicons).
std::string normalize_text(std::string_view s);

// Maps one code point; returns 0 when it is dropped.
char32_t normalize_code_point(char32_t cp);

// True for Arabic letters (after normalization) and ASCII letters.
bool is_letter(char32_t cp);

}  // namespace tarikh::arabic
