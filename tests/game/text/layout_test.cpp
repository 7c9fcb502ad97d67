#include "game/text/layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/game/text/text_test_util.hpp"

namespace tarikh::text {
namespace {

using testing::bundled;
using testing::kArabicFont;
using testing::kLatinFont;
using testing::kSymbolFont;
using testing::reversed;
using testing::visual_string;

class LayoutTest : public ::testing::Test {
 protected:
  FontChain fonts{bundled()};

  Layout lay(std::string_view s, float width = 0, Direction dir = Direction::Auto,
             float size = 32) {
    LayoutParams p;
    p.font_size = size;
    p.width = width;
    p.dir = dir;
    return layout_paragraph(fonts, s, p);
  }
  std::vector<text::Run> runs_of(std::u32string_view s) {
    return itemize(s, analyze_bidi(s, Direction::Auto), fonts);
  }
  std::uint32_t glyph_for(int font, char32_t c) {
    return FT_Get_Char_Index(fonts.face(font, 32).ft(), c);
  }
};

TEST_F(LayoutTest, RunsSplitByLevelScriptAndFont) {
  const std::u32string s = U"شركة Microsoft تأسست 1975";
  const auto runs = runs_of(s);
  ASSERT_EQ(runs.size(), 4u);
  // "شركة " | Microsoft | " تأسست " | 1975: the spaces join the Arabic runs.
  EXPECT_EQ(runs[0].font, kArabicFont);
  EXPECT_EQ(runs[0].script, HB_SCRIPT_ARABIC);
  EXPECT_TRUE(runs[0].rtl());
  EXPECT_EQ(s.substr(runs[1].start, runs[1].end - runs[1].start), U"Microsoft");
  EXPECT_EQ(runs[1].font, kLatinFont);  // the Latin word uses the Latin font
  EXPECT_EQ(runs[1].script, HB_SCRIPT_LATIN);
  EXPECT_FALSE(runs[1].rtl());
  EXPECT_EQ(runs[2].font, kArabicFont);
  EXPECT_EQ(s.substr(runs[2].start, runs[2].end - runs[2].start), U" تأسست ");
  EXPECT_EQ(s.substr(runs[3].start, runs[3].end - runs[3].start), U"1975");
  EXPECT_FALSE(runs[3].rtl());
  // Runs tile the text.
  EXPECT_EQ(runs.front().start, 0u);
  for (std::size_t i = 1; i < runs.size(); ++i) EXPECT_EQ(runs[i].start, runs[i - 1].end);
  EXPECT_EQ(runs.back().end, s.size());
}

TEST_F(LayoutTest, FallbackPicksTheFirstFontThatCovers) {
  auto font_of = [&](std::u32string_view s, char32_t c) {
    const auto pos = s.find(c);
    for (const auto& r : runs_of(s)) {
      if (pos >= r.start && pos < r.end) return r.font;
    }
    return -1;
  };
  EXPECT_EQ(font_of(U"بنسبة 73%", U'%'), kLatinFont);    // the Arabic font has no %
  EXPECT_EQ(font_of(U"بنسبة ٤٥٪", U'٪'), kArabicFont);   // but has ٪
  EXPECT_EQ(font_of(U"من ← إلى", U'←'), kSymbolFont);    // arrows only in DejaVu
  EXPECT_EQ(font_of(U"في 8 تشرين", U'8'), kArabicFont);  // digits stay with their neighbours
  EXPECT_EQ(font_of(U"Year 8", U'8'), kLatinFont);
  EXPECT_EQ(font_of(U"bad \uFFFD", U'\uFFFD'), kLatinFont);
}

TEST_F(LayoutTest, UserFontComesFirst) {
  auto chain =
      bundled_font_chain(testing::assets(), false, testing::assets() + "/fonts/NotoSans-Bold.ttf");
  FontChain with_user(chain);
  const std::u32string s = U"Hello مرحبا";
  const auto runs = itemize(s, analyze_bidi(s, Direction::Auto), with_user);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].font, 0);  // the user's font covers Latin
  EXPECT_EQ(runs[1].font, 1);  // Arabic falls back to the bundled Arabic font
}

TEST_F(LayoutTest, ShapingJoinsLettersAndFormsLamAlef) {
  // Joined: ب at the start of بيت is not the isolated ب.
  const std::u32string word = U"بيت";
  auto shaped = shape_runs(word, runs_of(word), fonts, 32);
  ASSERT_EQ(shaped.size(), 1u);
  ASSERT_EQ(shaped[0].glyphs.size(), 3u);
  EXPECT_EQ(shaped[0].glyphs.back().cluster, 0u);  // RTL: the first letter is shown last
  EXPECT_NE(shaped[0].glyphs.back().id, glyph_for(kArabicFont, U'ب'));
  // Lam-alef: two characters, one glyph.
  const std::u32string la = U"لا";
  shaped = shape_runs(la, runs_of(la), fonts, 32);
  ASSERT_EQ(shaped.size(), 1u);
  EXPECT_EQ(shaped[0].glyphs.size(), 1u);
}

TEST_F(LayoutTest, HarakatAreMarksOnTheirBase) {
  const std::u32string s = U"مُحَمَّد";  // 8 code points, 4 letters
  auto shaped = shape_runs(s, runs_of(s), fonts, 32);
  ASSERT_EQ(shaped.size(), 1u);
  int marks = 0;
  std::set<std::uint32_t> base_clusters;
  for (const auto& g : shaped[0].glyphs) {
    if (g.x_advance > 0) base_clusters.insert(g.cluster);
  }
  for (const auto& g : shaped[0].glyphs) {
    if (g.x_advance != 0) continue;
    ++marks;
    EXPECT_TRUE(base_clusters.count(g.cluster)) << "mark in its letter's cluster";
    EXPECT_NE(g.y_offset, 0.0f);  // placed above or below, not on the baseline
  }
  // damma, fatha, shadda + fatha (the font may fuse shadda and fatha into one glyph)
  EXPECT_GE(marks, 3);
}

TEST_F(LayoutTest, TatweelStretchesTheWord) {
  const auto plain = lay("كتاب"), long_one = lay("كتــــاب");
  EXPECT_GT(long_one.width, plain.width + 20);
}

TEST_F(LayoutTest, VisualOrderOfADate) {
  const std::string s = "في 8 تشرين الأول 1980";
  const auto l = lay(s);
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_TRUE(l.rtl);
  EXPECT_EQ(visual_string(l, s),
            U"1980 " + reversed(U"الأول") + U" " + reversed(U"تشرين") + U" 8 " + reversed(U"في"));
  // The digits' glyphs run left to right in logical order.
  std::vector<std::uint32_t> digit_bytes;
  for (const auto& g : l.lines[0].glyphs) {
    if (s[g.byte] >= '0' && s[g.byte] <= '9' && g.byte > 5) digit_bytes.push_back(g.byte);
  }
  ASSERT_EQ(digit_bytes.size(), 4u);
  EXPECT_TRUE(std::is_sorted(digit_bytes.begin(), digit_bytes.end()));
  // Glyph pens increase left to right without gaps.
  float pen = 0;
  for (const auto& g : l.lines[0].glyphs) {
    EXPECT_FLOAT_EQ(g.pen, pen);
    pen += g.advance;
  }
  EXPECT_FLOAT_EQ(pen, l.lines[0].width);
}

TEST_F(LayoutTest, VisualOrderOfRangeAndLatinInParentheses) {
  const std::string range = "19 - 20 آذار 2008";
  EXPECT_EQ(visual_string(lay(range), range), U"2008 " + reversed(U"آذار") + U" 20 - 19");
  const std::string brand = "شركة (Microsoft) الأمريكية";
  const auto l = lay(brand);
  EXPECT_EQ(visual_string(l, brand), reversed(U"الأمريكية") + U" )Microsoft( " + reversed(U"شركة"));
  // The logical ')' shown at the left of the word is mirrored: drawn as '('.
  const auto& g = l.lines[0].glyphs;
  auto m = std::find_if(g.begin(), g.end(), [&](const Glyph& x) { return brand[x.byte] == 'M'; });
  ASSERT_NE(m, g.begin());
  EXPECT_EQ((m - 1)->id, glyph_for(kLatinFont, U'('));
  EXPECT_EQ((m - 1)->font, kLatinFont);
}

TEST_F(LayoutTest, PureEnglishIsLeftAligned) {
  const auto l = lay("The Treaty of Lausanne, 1923", 800);
  EXPECT_FALSE(l.rtl);
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].x, 0);
  for (const auto& g : l.lines[0].glyphs) EXPECT_EQ(g.font, kLatinFont);
}

TEST_F(LayoutTest, RtlIsRightAligned) {
  const auto l = lay("مرحبا", 800);
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_FLOAT_EQ(l.lines[0].x + l.lines[0].width, 800);
  EXPECT_GT(l.lines[0].x, 0);
}

TEST_F(LayoutTest, WrapsToTheWidth) {
  const std::string s =
      "في عام 1916 وقعت بريطانيا وفرنسا اتفاقية سايكس بيكو التي قسمت المشرق العربي، ثم أعلن "
      "الشريف حسين الثورة العربية الكبرى في 10 حزيران 1916";
  const auto l = lay(s, 400);
  EXPECT_GE(l.lines.size(), 4u);
  std::uint32_t expect_start = 0;
  for (const auto& line : l.lines) {
    EXPECT_LE(line.width, 400.01f);
    if (&line != &l.lines.back()) {
      EXPECT_GT(line.width, 250);  // filled, not one word a line
    }
    EXPECT_EQ(line.byte_start, expect_start);
    expect_start = line.byte_end;
    // Lines break between words: no line starts or ends inside one.
    EXPECT_TRUE(line.byte_start == 0 || s[line.byte_start - 1] == ' ');
  }
  EXPECT_EQ(expect_start, s.size());
  EXPECT_FLOAT_EQ(l.height, l.line_height * static_cast<float>(l.lines.size()));
  // Every line is right-aligned.
  for (const auto& line : l.lines) EXPECT_FLOAT_EQ(line.x + line.width, 400);
}

TEST_F(LayoutTest, BreakLinesOnCodePoints) {
  // Five clusters of width 10; "aa bb c" at width 25: "aa " | "bb " | "c".
  const std::u32string s = U"aa bb c";
  std::vector<float> adv(s.size(), 10);
  std::vector<bool> starts(s.size() + 1, true);
  auto lines = break_lines(s, adv, starts, 25);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].start, 0u);
  EXPECT_EQ(lines[0].end, 3u);
  EXPECT_EQ(lines[0].visible_end, 2u);
  EXPECT_EQ(lines[1].start, 3u);
  EXPECT_EQ(lines[2].start, 6u);
  // No wrapping without a width; a hard break still breaks.
  EXPECT_EQ(break_lines(s, adv, starts, 0).size(), 1u);
  const std::u32string hard = U"aa\nbb";
  EXPECT_EQ(break_lines(hard, std::vector<float>(5, 10), std::vector<bool>(6, true), 0).size(), 2u);
}

TEST_F(LayoutTest, LongWordIsBrokenBetweenClusters) {
  std::string word;
  for (int i = 0; i < 12; ++i) word += "مرحبا";
  const auto l = lay(word, 200);
  EXPECT_GE(l.lines.size(), 4u);
  for (const auto& line : l.lines) EXPECT_LE(line.width, 200.01f);
  // Break inside a word with harakat: never between a letter and its mark.
  std::string marked;
  for (int i = 0; i < 10; ++i) marked += "مُحَمَّد";
  const auto m = lay(marked, 120);
  EXPECT_GE(m.lines.size(), 2u);
  for (const auto& line : m.lines) {
    const auto first = decode(std::string_view(marked).substr(line.byte_start, 2));
    EXPECT_NE(first[0], U'\u064F');
    EXPECT_NE(first[0], U'\u064E');
    EXPECT_NE(first[0], U'\u0651');
  }
}

TEST_F(LayoutTest, EmptyTextHasOneEmptyLine) {
  const auto l = lay("");
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_TRUE(l.lines[0].glyphs.empty());
  EXPECT_EQ(l.width, 0);
  EXPECT_GT(l.height, 0);
}

TEST_F(LayoutTest, InvalidUtf8ShowsReplacementCharacter) {
  const std::string s = "a\xff\xfe b";
  const auto l = lay(s);
  ASSERT_EQ(l.lines.size(), 1u);
  int replacements = 0;
  for (const auto& g : l.lines[0].glyphs) {
    if (g.byte == 1 || g.byte == 2) {
      ++replacements;
      EXPECT_EQ(g.id, glyph_for(g.font, U'\uFFFD'));
      EXPECT_NE(g.id, 0u);  // not tofu
    }
  }
  EXPECT_EQ(replacements, 2);
}

TEST_F(LayoutTest, NoTofuForBundledCoverage) {
  const std::string s = "تاريخ Tarikh ١٢٣ 45% ٪ ، ؟ ( ) [ ] → © € ✓ ـ";
  const auto l = lay(s);
  for (const auto& line : l.lines) {
    for (const auto& g : line.glyphs) EXPECT_NE(g.id, 0u) << "byte " << g.byte;
  }
}

TEST_F(LayoutTest, HardLineBreaks) {
  const auto l = lay("سطر أول\nسطر ثان", 0);
  EXPECT_EQ(l.lines.size(), 2u);
}

TEST_F(LayoutTest, HundredThousandCharacters) {
  std::string s;
  while (s.size() < 180000) s += "في عام 1916 وقعت اتفاقية سايكس بيكو (Sykes-Picot) بنسبة 45% ";
  const auto cps = decode(s).size();
  ASSERT_GE(cps, 100000u);
  const auto l = lay(s, 1000);
  EXPECT_GT(l.lines.size(), 1000u);
  for (const auto& line : l.lines) ASSERT_LE(line.width, 1000.01f);
  EXPECT_EQ(l.lines.back().byte_end, s.size());
  EXPECT_LT(l.memory(), cps * 64);  // bounded: a few dozen bytes per character
}

TEST_F(LayoutTest, HiDpiScaleKeepsLogicalSize) {
  LayoutParams p;
  p.font_size = 20;
  const auto one = layout_paragraph(fonts, "مرحبا Hello", p);
  p.scale = 2;
  const auto two = layout_paragraph(fonts, "مرحبا Hello", p);
  EXPECT_EQ(two.raster_px, 40);
  EXPECT_NEAR(two.width, one.width, 1.0);
  EXPECT_NEAR(two.line_height, one.line_height, 1.0);
}

}  // namespace
}  // namespace tarikh::text

namespace tarikh::text {
namespace {

// Several paragraphs in one text: each takes its direction from its own first strong character
// (UAX #9), so the Arabic line is right-aligned under an English one, and byte ranges stay
// contiguous across the separators. A forced direction still applies to the whole text.
TEST(LayoutParagraphs, EachParagraphHasItsOwnDirection) {
  FontChain fonts{testing::bundled()};
  const std::string text = "Hello 1980\nمرحبا 1980\r\nThird line\xE2\x80\xA9سطر";
  LayoutParams p;
  p.font_size = 32;
  p.width = 800;
  const Layout l = layout_paragraph(fonts, text, p);
  ASSERT_EQ(l.lines.size(), 4u);
  EXPECT_FALSE(l.rtl);  // the first paragraph's
  EXPECT_FALSE(l.lines[0].rtl);
  EXPECT_TRUE(l.lines[1].rtl);
  EXPECT_FALSE(l.lines[2].rtl);
  EXPECT_TRUE(l.lines[3].rtl);
  EXPECT_FLOAT_EQ(l.lines[0].x, 0);
  EXPECT_FLOAT_EQ(l.lines[1].x + l.lines[1].width, 800);
  EXPECT_FLOAT_EQ(l.lines[2].x, 0);
  EXPECT_FLOAT_EQ(l.lines[3].x + l.lines[3].width, 800);
  EXPECT_EQ(l.lines[0].byte_start, 0u);
  for (std::size_t i = 1; i < l.lines.size(); ++i) {
    EXPECT_EQ(l.lines[i].byte_start, l.lines[i - 1].byte_end) << i;
    EXPECT_FLOAT_EQ(l.lines[i].baseline - l.lines[i - 1].baseline, l.line_height);
  }
  EXPECT_EQ(l.lines.back().byte_end, text.size());
  EXPECT_FLOAT_EQ(l.height, 4 * l.line_height);
  // Glyphs point into the whole text: the Arabic line's glyphs lie within its byte range.
  for (const Glyph& g : l.lines[1].glyphs) {
    EXPECT_GE(g.byte, l.lines[1].byte_start);
    EXPECT_LE(g.byte_end, l.lines[1].byte_end);
  }
  // Forced left-to-right: every line of the text is LTR and left-aligned.
  p.dir = Direction::Ltr;
  const Layout ltr = layout_paragraph(fonts, text, p);
  for (const Line& line : ltr.lines) {
    EXPECT_FALSE(line.rtl);
    EXPECT_FLOAT_EQ(line.x, 0);
  }
}

}  // namespace
}  // namespace tarikh::text
