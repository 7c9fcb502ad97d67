// `tarikh render` from the outside, as a user runs it.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "game/text/raster.hpp"
#include "questions/arabic/utf8.hpp"
#include "tests/support/process.hpp"

namespace tarikh::text {
namespace {

namespace fs = std::filesystem;
using tarikh::testing::count_lines;
using tarikh::testing::run_tarikh;

class RenderCli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-render-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, ec);
    fs::remove_all(dir, ec);
  }
  std::string out(const std::string& name = "out.png") { return (dir / name).string(); }
  fs::path dir;
};

// Columns of an image holding ink (darker than mid-gray) in rows [y0, y1).
std::pair<int, int> ink_columns(const Image& im, int y0, int y1) {
  int lo = im.width, hi = -1;
  for (int y = y0; y < y1; ++y) {
    for (int x = 0; x < im.width; ++x) {
      if (im.at(x, y).r < 128) {
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
    }
  }
  return {lo, hi};
}

int dark_pixels(const Image& im) {
  int n = 0;
  for (std::size_t i = 0; i < im.pixels.size(); i += 4) n += im.pixels[i] < 128;
  return n;
}

TEST_F(RenderCli, WritesATightPngOfTheText) {
  const auto r = run_tarikh({"render", "--text", "في 8 تشرين الأول 1980", "--out", out()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  const Image im = read_png(out());
  EXPECT_LT(im.width, 500);  // laid-out width plus margins, not the default 1000
  EXPECT_GT(im.width, 200);
  const auto [lo, hi] = ink_columns(im, 0, im.height);
  EXPECT_GE(lo, 6);  // 8 px margins (glyphs may overhang a pixel or two)
  EXPECT_LE(hi, im.width - 7);
  EXPECT_LE(lo, 12);
  EXPECT_GE(hi, im.width - 12);
  // Dark (#111) text on white.
  EXPECT_EQ(im.at(0, 0).r, 255);
  int darkest = 255;
  for (std::size_t i = 0; i < im.pixels.size(); i += 4)
    darkest = std::min<int>(darkest, im.pixels[i]);
  EXPECT_LE(darkest, 0x20);
}

TEST_F(RenderCli, FontSizeAndWidthAreHonoured) {
  ASSERT_EQ(run_tarikh({"render", "--text", "مرحبا بالعالم", "--font-size", "16", "--out",
                        out("small.png")})
                .exit_code,
            0);
  ASSERT_EQ(run_tarikh(
                {"render", "--text", "مرحبا بالعالم", "--font-size", "64", "--out", out("big.png")})
                .exit_code,
            0);
  const Image small = read_png(out("small.png")), big = read_png(out("big.png"));
  EXPECT_GT(big.width, small.width * 3);
  EXPECT_GT(big.height, small.height * 3);
  // A narrow width wraps into more lines: a taller, narrower picture.
  const std::string text = "في عام 1916 وقعت بريطانيا وفرنسا اتفاقية سايكس بيكو";
  ASSERT_EQ(run_tarikh({"render", "--text", text, "--out", out("wide.png")}).exit_code, 0);
  ASSERT_EQ(run_tarikh({"render", "--text", text, "--width", "250", "--out", out("narrow.png")})
                .exit_code,
            0);
  const Image wide = read_png(out("wide.png")), narrow = read_png(out("narrow.png"));
  EXPECT_LE(narrow.width, 250 + 16);
  EXPECT_GE(narrow.height, wide.height * 3);
}

TEST_F(RenderCli, DirectionAlignsWrappedLines) {
  // Two lines of different lengths: RTL flushes them right, LTR left.
  const std::string text = "aaaa bbbbbbbbbbbbbbbb";
  for (const std::string dir : {"rtl", "ltr"}) {
    const auto r = run_tarikh(
        {"render", "--text", text, "--width", "330", "--dir", dir, "--out", out(dir + ".png")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Image im = read_png(out(dir + ".png"));
    const int half = im.height / 2;
    const auto first = ink_columns(im, 0, half), second = ink_columns(im, half, im.height);
    ASSERT_GE(first.second, 0);
    ASSERT_GE(second.second, 0);
    if (dir == "rtl") {
      EXPECT_NEAR(first.second, second.second, 4);
      EXPECT_GT(first.first, second.first + 50);
    } else {
      EXPECT_NEAR(first.first, second.first, 4);
      EXPECT_LT(first.second, second.second - 50);
    }
  }
}

TEST_F(RenderCli, InvalidUtf8IsShownAsReplacementCharacters) {
  const auto r = run_tarikh({"render", "--text", "bad \xff\xfe bytes مرحبا", "--out", out()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GT(dark_pixels(read_png(out())), 200);
}

TEST_F(RenderCli, EmptyTextGivesASmallBlankImage) {
  const auto r = run_tarikh({"render", "--text", "", "--out", out()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Image im = read_png(out());
  EXPECT_EQ(im.width, 16);   // the margins only
  EXPECT_GT(im.height, 16);  // one empty line
  EXPECT_EQ(dark_pixels(im), 0);
}

TEST_F(RenderCli, HundredThousandCharacters) {
  // Linux caps one argument at 128 KiB, so 100,000 characters fit on a command line only when
  // most are one byte long: mostly Latin and digits, with Arabic mixed in. (The engine itself
  // takes 100,000 Arabic characters: see LayoutTest.HundredThousandCharacters.)
  std::string text;
  std::size_t chars = 0;
  const std::string chunk = "The Sykes-Picot Agreement of 1916 split the Levant (اتفاقية) ";
  const std::size_t chunk_chars = decode(chunk).size();
  while (chars < 100000) {
    text += chunk;
    chars += chunk_chars;
  }
  ASSERT_LT(text.size(), 131072u);
  const auto r = run_tarikh({"render", "--text", text, "--font-size", "12", "--out", out()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Image im = read_png(out());
  EXPECT_LE(im.width, 1000 + 16);
  EXPECT_GT(im.height, 10000);  // wrapped into many lines
}

TEST_F(RenderCli, MissingOrBadFontIsOneClearLine) {
  auto r = run_tarikh({"render", "--text", "x", "--font", "/no/such/font.ttf", "--out", out()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
  EXPECT_NE(r.err.find("/no/such/font.ttf"), std::string::npos);
  EXPECT_FALSE(fs::exists(out()));
  const std::string not_font = (dir / "notafont.ttf").string();
  std::ofstream(not_font) << "hello";
  r = run_tarikh({"render", "--text", "x", "--font", not_font, "--out", out()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
  EXPECT_NE(r.err.find(not_font), std::string::npos);
}

TEST_F(RenderCli, UserFontIsUsed) {
  const std::string bold = std::string(TARIKH_SOURCE_DIR) + "/assets/fonts/NotoSans-Bold.ttf";
  ASSERT_EQ(run_tarikh({"render", "--text", "Hello", "--out", out("r.png")}).exit_code, 0);
  ASSERT_EQ(
      run_tarikh({"render", "--text", "Hello", "--font", bold, "--out", out("b.png")}).exit_code,
      0);
  EXPECT_GT(dark_pixels(read_png(out("b.png"))), dark_pixels(read_png(out("r.png"))) * 5 / 4);
}

TEST_F(RenderCli, BadWidthAndUnwritableOutput) {
  auto r = run_tarikh({"render", "--text", "x", "--width", "0", "--out", out()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
  r = run_tarikh({"render", "--text", "x", "--width", "-5", "--out", out()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
  r = run_tarikh({"render", "--text", "x", "--out", (dir / "missing" / "x.png").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
  EXPECT_NE(r.err.find("x.png"), std::string::npos);
  r = run_tarikh({"render", "--text", "x", "--out", dir.string()});  // a directory
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1);
}

}  // namespace
}  // namespace tarikh::text
