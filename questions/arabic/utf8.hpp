// UTF-8 decoding and encoding. Invalid input never throws: each bad byte decodes as U+FFFD,
// and validation reports where the first bad byte is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tarikh::text {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at `pos` and advances `pos` past it. An invalid, overlong,
// surrogate or truncated sequence yields U+FFFD and advances by one byte.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// The whole string as code points (bad bytes as U+FFFD).
std::u32string decode(std::string_view s);

// Byte offset of the first invalid sequence, or nullopt when `s` is valid UTF-8.
std::optional<std::size_t> first_invalid(std::string_view s);

// Appends the UTF-8 form of `cp` (U+FFFD for surrogates and values above U+10FFFF).
void append_utf8(std::string& out, char32_t cp);
std::string encode(std::u32string_view cps);

}  // namespace tarikh::text
