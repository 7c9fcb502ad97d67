#include "questions/arabic/normalize.hpp"

#include <gtest/gtest.h>

using namespace tarikh::arabic;

TEST(Normalize, StripsHarakatAndTatweel) {
  EXPECT_EQ(normalize_text("العامِ"), normalize_text("العام"));
  EXPECT_EQ(normalize_text("مـــارس"), "مارس");
  EXPECT_EQ(normalize_text("مشروعاً"), "مشروعا");
  EXPECT_EQ(normalize_text("تُوُفِّيَ"), "توفي");
}

TEST(Normalize, UnifiesLetterForms) {
  EXPECT_EQ(normalize_text("أيار"), "ايار");
  EXPECT_EQ(normalize_text("آيار"), "ايار");
  EXPECT_EQ(normalize_text("إبريل"), "ابريل");
  EXPECT_EQ(normalize_text("حتى"), "حتي");
  EXPECT_EQ(normalize_text("سنة"), "سنه");
}

TEST(Normalize, DigitsOfEveryScriptBecomeAscii) {
  EXPECT_EQ(normalize_text("٢٠٢٥"), "2025");
  EXPECT_EQ(normalize_text("۱۹۵۶"), "1956");
  EXPECT_EQ(normalize_text("1٩٥3"), "1953");
  EXPECT_EQ(normalize_text("١٢٫٥٪"), "12.5%");
  EXPECT_EQ(normalize_text("١٬٥٠٠"), "1,500");
}

TEST(Normalize, DashesAndSpaces) {
  EXPECT_EQ(normalize_text("1990\u20131991"), "1990-1991");
  EXPECT_EQ(normalize_text("a\u00A0b"), "a b");
  EXPECT_EQ(normalize_text("\u200Fنص"), "نص");
}

TEST(Normalize, MapsEveryByteBackToTheOriginal) {
  const std::string text = "في العامِ ٢٠٠٦ زار";
  const Normalized n = normalize(text);
  EXPECT_EQ(n.original(n.text.size()), text.size());
  EXPECT_EQ(n.original(0), 0u);
  const auto pos = n.text.find("2006");
  ASSERT_NE(pos, std::string::npos);
  const std::size_t b = n.original(pos), e = n.original(pos + 4);
  // The original span is exactly the Arabic-Indic digits.
  EXPECT_EQ(text.substr(b, e - b), "٢٠٠٦");
  // Word starts map to word starts.
  const auto word = n.text.find("زار");
  EXPECT_EQ(text.substr(n.original(word)), "زار");
  const auto first_word_end = n.text.find(' ');
  EXPECT_EQ(text.substr(0, n.original(first_word_end)), "في");
}

TEST(Normalize, InvalidBytesDoNotBreakTheMap) {
  const std::string text = std::string("عام \xFF\xC3 2005");
  const Normalized n = normalize(text);
  const auto pos = n.text.find("2005");
  ASSERT_NE(pos, std::string::npos);
  EXPECT_EQ(text.substr(n.original(pos)), "2005");
}

TEST(Normalize, OffsetsSurviveDroppedMarksAndDigitScripts) {
  const std::string text = "مـــارس ١٩٥٦ تُوُفِّيَ في 1٩٥3";
  const Normalized n = normalize(text);
  EXPECT_EQ(n.text, "مارس 1956 توفي في 1953");
  auto orig = [&](std::string_view piece) {
    const auto p = n.text.find(piece);
    return text.substr(n.original(p), n.original(p + piece.size()) - n.original(p));
  };
  EXPECT_EQ(orig("مارس"), "مـــارس");
  EXPECT_EQ(orig("1956"), "١٩٥٦");
  EXPECT_EQ(orig("توفي"), "تُوُفِّيَ");
  EXPECT_EQ(orig("1953"), "1٩٥3");
}
