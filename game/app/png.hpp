// Writes 8-bit RGBA pixels as a PNG file (libpng), for `play --shots`.
#pragma once

#include <cstdint>
#include <filesystem>

namespace tarikh::app {

// `rgba`: `h` rows of `w` pixels, `pitch` bytes apart. Throws std::runtime_error on failure.
void write_png_rgba(const std::filesystem::path& file, int w, int h, const std::uint8_t* rgba,
                    int pitch);

}  // namespace tarikh::app
