#include "game/text/bidi.hpp"

#include <gtest/gtest.h>

#include "questions/arabic/utf8.hpp"

namespace tarikh::text {
namespace {

std::u32string visual(std::u32string_view s, Direction dir) {
  const auto para = analyze_bidi(s, dir);
  std::u32string out;
  for (auto i : reorder_line(para, 0, s.size())) out.push_back(s[i]);
  return out;
}

std::u32string rev(std::u32string_view s) {
  return std::u32string(s.rbegin(), s.rend());
}

TEST(Bidi, ParagraphDirectionFromFirstStrongCharacter) {
  EXPECT_TRUE(analyze_bidi(U"في 8 تشرين", Direction::Auto).rtl);
  EXPECT_FALSE(analyze_bidi(U"The year 1980", Direction::Auto).rtl);
  EXPECT_TRUE(analyze_bidi(U"1980 في", Direction::Auto).rtl);       // digits are not strong
  EXPECT_FALSE(analyze_bidi(U"1980 - 2008", Direction::Auto).rtl);  // no strong: LTR
  EXPECT_FALSE(analyze_bidi(U"Microsoft شركة", Direction::Auto).rtl);
}

TEST(Bidi, ForcedDirectionWins) {
  EXPECT_TRUE(analyze_bidi(U"Hello", Direction::Rtl).rtl);
  EXPECT_FALSE(analyze_bidi(U"مرحبا", Direction::Ltr).rtl);
  // Forced RTL puts an English word on an even level inside an odd paragraph.
  const auto p = analyze_bidi(U"Hello", Direction::Rtl);
  for (auto l : p.levels) EXPECT_EQ(l, 2);
}

TEST(Bidi, DigitsInsideArabicAreLeftToRight) {
  const std::u32string s = U"في 8 تشرين الأول 1980";
  const auto p = analyze_bidi(s, Direction::Auto);
  ASSERT_EQ(p.levels.size(), s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= U'0' && s[i] <= U'9') {
      EXPECT_EQ(p.levels[i], 2) << i;
    } else if (s[i] != U' ') {
      EXPECT_EQ(p.levels[i], 1) << i;
    }
  }
  EXPECT_EQ(visual(s, Direction::Auto),
            U"1980 " + rev(U"الأول") + U" " + rev(U"تشرين") + U" 8 " + rev(U"في"));
}

TEST(Bidi, RangeReadsRightToLeftWithEachNumberLeftToRight) {
  const std::u32string s = U"19 - 20 آذار 2008";
  EXPECT_EQ(visual(s, Direction::Auto), U"2008 " + rev(U"آذار") + U" 20 - 19");
}

TEST(Bidi, PercentAndDecimalsStayWithTheirNumbers) {
  // After Arabic letters European digits act as Arabic numbers (W2), so the per cent sign
  // goes to their left, as every Arabic renderer shows it.
  EXPECT_EQ(visual(U"بنسبة 73%", Direction::Auto), U"%73 " + rev(U"بنسبة"));
  EXPECT_EQ(visual(U"بلغ 3.5 مليون", Direction::Auto), rev(U"مليون") + U" 3.5 " + rev(U"بلغ"));
  // Arabic-Indic digits (AN) with the Arabic per cent sign: the sign shows at their left.
  EXPECT_EQ(visual(U"نسبة ٤٥٪", Direction::Auto), U"٪٤٥ " + rev(U"نسبة"));
}

TEST(Bidi, LatinWordAndBracketsInsideArabic) {
  const std::u32string s = U"شركة (Microsoft) الأمريكية";
  const auto p = analyze_bidi(s, Direction::Auto);
  const auto open = s.find(U'('), close = s.find(U')');
  // Brackets pair (N0) and take the paragraph's direction: they will be mirrored.
  EXPECT_EQ(p.levels[open], 1);
  EXPECT_EQ(p.levels[close], 1);
  EXPECT_EQ(p.levels[s.find(U'M')], 2);
  EXPECT_EQ(visual(s, Direction::Auto), rev(U"الأمريكية") + U" )Microsoft( " + rev(U"شركة"));
}

TEST(Bidi, ArabicCommaAndQuestionMarkAreRightToLeft) {
  const std::u32string s = U"متى، ولماذا؟";
  const auto p = analyze_bidi(s, Direction::Auto);
  EXPECT_EQ(p.levels[s.find(U'،')], 1);
  EXPECT_EQ(p.levels[s.find(U'؟')], 1);
  EXPECT_EQ(visual(s, Direction::Auto), rev(s));
}

TEST(Bidi, ArabicInsideEnglishParagraph) {
  const std::u32string s = U"The word كتاب means book";
  EXPECT_EQ(visual(s, Direction::Auto), U"The word " + rev(U"كتاب") + U" means book");
}

TEST(Bidi, ReorderLineWorksPerLineAndResetsTrailingSpaces) {
  const std::u32string s = U"abc مرحبا def";
  const auto p = analyze_bidi(s, Direction::Auto);
  // Second line "مرحبا def" alone.
  const auto vis = reorder_line(p, 4, s.size());
  std::u32string out;
  for (auto i : vis) out.push_back(s[i]);
  EXPECT_EQ(out, rev(U"مرحبا") + U" def");
  std::vector<std::uint8_t> levels;
  const std::u32string t = U"مرحبا  ";
  reorder_line(analyze_bidi(t, Direction::Ltr), 0, t.size(), &levels);
  EXPECT_EQ(levels.back(), 0);  // L1: trailing white space at the paragraph level
}

TEST(Bidi, EmptyText) {
  const auto p = analyze_bidi(U"", Direction::Auto);
  EXPECT_TRUE(p.levels.empty());
  EXPECT_TRUE(reorder_line(p, 0, 0).empty());
}

}  // namespace
}  // namespace tarikh::text
