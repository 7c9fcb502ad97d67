#include "game/text/font.hpp"

#include <fstream>

#include <hb-ft.h>

namespace tarikh::text {

namespace {

std::vector<unsigned char> read_font_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw FontError("cannot read font file " + path + ": no such file");
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw FontError("cannot read font file " + path + ": not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FontError("cannot read font file " + path);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (!in || size < 0) throw FontError("cannot read font file " + path);
  std::vector<unsigned char> data(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(data.data()), size);
  if (!in) throw FontError("cannot read font file " + path);
  if (data.empty()) throw FontError("cannot read font file " + path + ": the file is empty");
  return data;
}

}  // namespace

SizedFace::SizedFace(FT_Library lib, const std::vector<unsigned char>& data,
                     const std::string& path, int pixel_size)
    : pixel_size_(pixel_size) {
  if (FT_New_Memory_Face(lib, data.data(), static_cast<FT_Long>(data.size()), 0, &face_) != 0) {
    face_ = nullptr;
    throw FontError("cannot load font file " + path + ": not a font");
  }
  if (FT_Set_Pixel_Sizes(face_, 0, static_cast<FT_UInt>(pixel_size)) != 0) {
    FT_Done_Face(face_);
    face_ = nullptr;
    throw FontError("font file " + path + " cannot be sized");
  }
  // hb_ft keeps its own reference to the face (FT_Reference_Face) and drops it with the font.
  hb_ = hb_ft_font_create_referenced(face_);
  hb_ft_font_set_load_flags(hb_, FT_LOAD_DEFAULT | FT_LOAD_NO_HINTING);
  const FT_Size_Metrics& m = face_->size->metrics;
  ascender_ = static_cast<float>(m.ascender) / 64.0f;
  descender_ = -static_cast<float>(m.descender) / 64.0f;
  // Some fonts report nothing useful in the size metrics; fall back to the bounding box.
  if (ascender_ <= 0 || descender_ < 0) {
    const float scale = static_cast<float>(pixel_size) / static_cast<float>(face_->units_per_EM);
    ascender_ = static_cast<float>(face_->bbox.yMax) * scale;
    descender_ = -static_cast<float>(face_->bbox.yMin) * scale;
  }
}

SizedFace::~SizedFace() {
  if (hb_) hb_font_destroy(hb_);
  if (face_) FT_Done_Face(face_);
}

FontChain::FontChain(const std::vector<std::string>& paths) {
  if (FT_Init_FreeType(&lib_) != 0) throw FontError("cannot start FreeType");
  try {
    files_.reserve(paths.size());
    for (const auto& p : paths) {
      File f;
      f.path = p;
      f.data = read_font_file(p);
      if (FT_New_Memory_Face(lib_, f.data.data(), static_cast<FT_Long>(f.data.size()), 0,
                             &f.coverage) != 0) {
        throw FontError("cannot load font file " + p + ": not a font");
      }
      if (!f.coverage->charmap) {
        FT_Done_Face(f.coverage);
        throw FontError("cannot load font file " + p + ": it has no Unicode character map");
      }
      files_.push_back(std::move(f));
      id_ += p;
      id_ += '\n';
    }
    if (files_.empty()) throw FontError("no font files given");
  } catch (...) {
    for (auto& f : files_) FT_Done_Face(f.coverage);
    FT_Done_FreeType(lib_);
    throw;
  }
}

FontChain::~FontChain() {
  sized_.clear();
  for (auto& f : files_) FT_Done_Face(f.coverage);
  FT_Done_FreeType(lib_);
}

bool FontChain::covers(int font, char32_t cp) const {
  return FT_Get_Char_Index(files_[font].coverage, static_cast<FT_ULong>(cp)) != 0;
}

int FontChain::first_covering(char32_t cp) const {
  for (int i = 0; i < size(); ++i) {
    if (covers(i, cp)) return i;
  }
  return -1;
}

SizedFace& FontChain::face(int font, int pixel_size) {
  auto key = std::make_pair(font, pixel_size);
  auto it = sized_.find(key);
  if (it != sized_.end()) return *it->second;
  auto face = std::make_unique<SizedFace>(lib_, files_[font].data, files_[font].path, pixel_size);
  return *sized_.emplace(key, std::move(face)).first->second;
}

std::vector<std::string> bundled_font_chain(const std::filesystem::path& assets, bool bold,
                                            const std::string& user_font) {
  std::vector<std::string> chain;
  if (!user_font.empty()) chain.push_back(user_font);
  const auto fonts = assets / "fonts";
  chain.push_back((fonts / (bold ? "NotoSansArabic-Bold.ttf" : "NotoSansArabic-Regular.ttf")));
  chain.push_back((fonts / (bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf")));
  chain.push_back((fonts / "DejaVuSans.ttf"));
  return chain;
}

}  // namespace tarikh::text
