// Fonts for the text engine: font files loaded once, FreeType faces and HarfBuzz fonts per pixel
// size (RAII throughout), and the fallback chain (user font -> Arabic -> Latin -> symbols).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

namespace tarikh::text {

// A font file that cannot be read or is not a font. The message names the file.
class FontError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One FreeType face at one pixel size, with its HarfBuzz font.
class SizedFace {
 public:
  SizedFace(FT_Library lib, const std::vector<unsigned char>& data, const std::string& path,
            int pixel_size);
  ~SizedFace();
  SizedFace(const SizedFace&) = delete;
  SizedFace& operator=(const SizedFace&) = delete;

  FT_Face ft() const { return face_; }
  hb_font_t* hb() const { return hb_; }
  int pixel_size() const { return pixel_size_; }
  float ascender() const { return ascender_; }    // pixels above the baseline (positive)
  float descender() const { return descender_; }  // pixels below the baseline (positive)

 private:
  FT_Face face_ = nullptr;
  hb_font_t* hb_ = nullptr;
  int pixel_size_ = 0;
  float ascender_ = 0, descender_ = 0;
};

// The fallback chain: font files in order of preference. Faces at each pixel size are made on
// first use and kept until trim().
class FontChain {
 public:
  // Loads every file; throws FontError naming the first file that is missing or not a font.
  explicit FontChain(const std::vector<std::string>& paths);
  ~FontChain();
  FontChain(const FontChain&) = delete;
  FontChain& operator=(const FontChain&) = delete;

  int size() const { return static_cast<int>(files_.size()); }
  const std::string& path(int font) const { return files_[font].path; }
  // True when font `font` has a glyph for `cp`.
  bool covers(int font, char32_t cp) const;
  // The first font of the chain that covers `cp`, or -1.
  int first_covering(char32_t cp) const;
  SizedFace& face(int font, int pixel_size);
  // Drops every sized face (they are remade on demand).
  void trim() { sized_.clear(); }
  // A stable description of the chain (the file paths), for cache keys.
  const std::string& id() const { return id_; }

 private:
  struct File {
    std::string path;
    std::vector<unsigned char> data;
    FT_Face coverage = nullptr;  // unsized face for cmap lookups
  };
  FT_Library lib_ = nullptr;
  std::vector<File> files_;
  std::map<std::pair<int, int>, std::unique_ptr<SizedFace>> sized_;
  std::string id_;
};

// The bundled chain: Noto Sans Arabic, Noto Sans, DejaVu Sans (regular or bold), from `assets`.
// `user_font`, when not empty, goes first.
std::vector<std::string> bundled_font_chain(const std::filesystem::path& assets, bool bold = false,
                                            const std::string& user_font = "");

}  // namespace tarikh::text
