#include "game/session/matcher.hpp"

#include <gtest/gtest.h>

using namespace tarikh::session;

TEST(Matcher, NormalizesDigitsDiacriticsAndSpelling) {
  EXPECT_EQ(normalize_answer("١٩٨٠"), "1980");
  EXPECT_EQ(normalize_answer("۱۹۸۰"), "1980");
  EXPECT_EQ(normalize_answer("  أكتوبر   ١٩٨٠ "), "اكتوبر 1980");
  EXPECT_EQ(normalize_answer("مَدْرَسَة"), "مدرسه");
  EXPECT_EQ(normalize_answer("مصطفى"), "مصطفي");
  EXPECT_EQ(normalize_answer("إلغاء"), "الغاء");
  EXPECT_EQ(normalize_answer("The  Treaty!"), "the treaty");
  EXPECT_EQ(normalize_answer("عـــام"), "عام");
  EXPECT_EQ(normalize_answer("3.5"), "3.5");
  EXPECT_EQ(normalize_answer("63,000"), "63000");
  EXPECT_EQ(normalize_answer("؟!."), "");
}

TEST(Matcher, AcceptsEitherDigitSet) {
  EXPECT_TRUE(answers_match("1944", "1944"));
  EXPECT_TRUE(answers_match("١٩٤٤", "1944"));
  EXPECT_TRUE(answers_match("1944", "١٩٤٤"));
  EXPECT_TRUE(answers_match("عام ١٩٤٤", "1944"));
  EXPECT_TRUE(answers_match("8 اكتوبر 1980", "8 أكتوبر 1980"));
  EXPECT_FALSE(answers_match("1945", "1944"));
  EXPECT_FALSE(answers_match("", "1944"));
  EXPECT_FALSE(answers_match("1944 1945", "1944"));
  EXPECT_FALSE(answers_match("يوليو", "8 أكتوبر 1980"));
}

TEST(Matcher, ParsesOneNumber) {
  EXPECT_EQ(parse_number("١٩٨٠"), 1980.0);
  EXPECT_EQ(parse_number("٣٫٥"), 3.5);
  EXPECT_EQ(parse_number("about 63,000 soldiers"), 63000.0);
  EXPECT_FALSE(parse_number("none").has_value());
  EXPECT_FALSE(parse_number("12 and 13").has_value());
}

TEST(Matcher, YearKeysOrderDateValues) {
  EXPECT_DOUBLE_EQ(*year_key("1944"), 1944.0);
  EXPECT_LT(*year_key("1944-07"), *year_key("1944-08"));
  EXPECT_LT(*year_key("1980-10-08"), *year_key("1980-10-09"));
  EXPECT_GT(*year_key("1944-07"), 1944.0);
  EXPECT_LT(*year_key("1944-12-31"), 1945.0);
  EXPECT_DOUBLE_EQ(*year_key("197X"), 1970.0);
  EXPECT_DOUBLE_EQ(*year_key("1831/1840"), 1831.0);
  const double ah = *year_key("922AH");
  EXPECT_GT(ah, 1510.0);
  EXPECT_LT(ah, 1520.0);  // 922 AH began in 1516
  EXPECT_FALSE(year_key("4 visits").has_value());
  EXPECT_FALSE(year_key("P15Y").has_value());
  EXPECT_FALSE(year_key("").has_value());
  EXPECT_FALSE(year_key("XXXX-12-23").has_value());
}
