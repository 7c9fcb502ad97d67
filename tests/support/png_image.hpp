// Reads a screenshot back for tests that look at pixels: RGBA, row after row.
#pragma once

#include <png.h>

#include <cstddef>
#include <filesystem>
#include <vector>

namespace tarikh::testing {

struct Image {
  int w = 0, h = 0;
  std::vector<unsigned char> rgba;
  const unsigned char* at(int x, int y) const {
    return &rgba[(static_cast<std::size_t>(y) * w + x) * 4];
  }
};

// The PNG at `p` as RGBA; an empty image (w = h = 0) when it cannot be read.
inline Image read_png(const std::filesystem::path& p) {
  png_image img{};
  img.version = PNG_IMAGE_VERSION;
  Image out;
  if (!png_image_begin_read_from_file(&img, p.c_str())) return out;
  img.format = PNG_FORMAT_RGBA;
  out.rgba.resize(PNG_IMAGE_SIZE(img));
  if (!png_image_finish_read(&img, nullptr, out.rgba.data(), 0, nullptr)) {
    png_image_free(&img);
    return Image{};
  }
  out.w = static_cast<int>(img.width);
  out.h = static_cast<int>(img.height);
  return out;
}

}  // namespace tarikh::testing
