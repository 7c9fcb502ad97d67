// Golden images: `tarikh render` (the CPU back end, bundled fonts) against PNGs in
// tests/data/text, compared with a small tolerance. Each golden was checked by eye against
// pango-view's rendering of the same string before it was accepted. Regenerate with
// TARIKH_UPDATE_GOLDENS=1 (then look at every changed PNG before committing it).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "game/text/raster.hpp"
#include "tests/support/process.hpp"

namespace tarikh::text {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  const char* name;
  const char* text;
  int font_size;
  int width;
};

const GoldenCase kCases[] = {
    {"year", "في عام 1916 بدأت الثورة", 32, 1000},
    {"dmy_levantine", "في 8 تشرين الأول 1980", 32, 1000},
    {"dmy_gregorian", "وُلد في 15 أكتوبر 1952", 32, 1000},
    {"indic_digits", "سقطت غرناطة في ٢ يناير ١٤٩٢", 32, 1000},
    {"percent", "ارتفعت النسبة إلى 73% ثم إلى ٤٥٪", 32, 1000},
    {"decimal", "بلغ عدد السكان 3.5 مليون نسمة", 32, 1000},
    {"brand", "أسست شركة Microsoft عام 1975", 32, 1000},
    {"parentheses", "معاهدة لوزان (Lausanne) سنة 1923", 32, 1000},
    {"range", "19 - 20 آذار 2008", 32, 1000},
    {"question", "متى سقطت الدولة العثمانية؟", 32, 1000},
    {"harakat", "لا إله إلا الله، مُحَمَّدٌ كتـــاب", 32, 1000},
    {"english", "The Ottoman Empire ended in 1922.", 32, 1000},
    {"paragraph",
     "في عام 1916 وقّعت بريطانيا وفرنسا اتفاقية سايكس بيكو التي قسّمت المشرق العربي، ثم أعلن "
     "الشريف حسين الثورة العربية الكبرى في 10 حزيران 1916، ودخلت القوات العربية دمشق في 1 "
     "تشرين الأول 1918.",
     20, 360},
};

double mean_abs_diff(const Image& a, const Image& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.pixels.size(); i += 4) {
    for (int c = 0; c < 3; ++c) sum += std::abs(int(a.pixels[i + c]) - int(b.pixels[i + c]));
  }
  return sum / (static_cast<double>(a.pixels.size()) / 4 * 3);
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, MatchesWithinTolerance) {
  const GoldenCase& c = GetParam();
  const fs::path golden = fs::path(TARIKH_TEST_DATA) / "text" / (std::string(c.name) + ".png");
  const fs::path out =
      fs::temp_directory_path() / ("tarikh-golden-" + std::string(c.name) + ".png");
  const auto r = tarikh::testing::run_tarikh({"render", "--text", c.text, "--font-size",
                                              std::to_string(c.font_size), "--width",
                                              std::to_string(c.width), "--out", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const char* update = std::getenv("TARIKH_UPDATE_GOLDENS");
  if (update && std::string(update) == "1") {
    fs::create_directories(golden.parent_path());
    fs::copy_file(out, golden, fs::copy_options::overwrite_existing);
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing: run with TARIKH_UPDATE_GOLDENS=1";
  const Image got = read_png(out.string());
  const Image want = read_png(golden.string());
  ASSERT_EQ(got.width, want.width);
  ASSERT_EQ(got.height, want.height);
  EXPECT_LT(mean_abs_diff(got, want), 1.5) << "differs from " << golden;
  // Not blank: there is dark ink.
  int dark = 0;
  for (std::size_t i = 0; i < got.pixels.size(); i += 4) dark += got.pixels[i] < 100;
  EXPECT_GT(dark, 100);
  fs::remove(out);
}

INSTANTIATE_TEST_SUITE_P(Render, Golden, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(GoldenCompare, ToleranceCatchesAWrongRendering) {
  // The comparison must fail on a different string of the same size.
  const fs::path dir = fs::temp_directory_path();
  const auto a = (dir / "tarikh-cmp-a.png").string(), b = (dir / "tarikh-cmp-b.png").string();
  ASSERT_EQ(tarikh::testing::run_tarikh({"render", "--text", "1980", "--out", a}).exit_code, 0);
  ASSERT_EQ(tarikh::testing::run_tarikh({"render", "--text", "0891", "--out", b}).exit_code, 0);
  const Image ia = read_png(a), ib = read_png(b);
  ASSERT_EQ(ia.width, ib.width);
  EXPECT_GT(mean_abs_diff(ia, ib), 1.5);
  fs::remove(a);
  fs::remove(b);
}

}  // namespace
}  // namespace tarikh::text
