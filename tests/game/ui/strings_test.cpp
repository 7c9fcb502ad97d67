#include "game/ui/strings.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace tarikh::ui;

TEST(Strings, EveryKeyHasBothLanguages) {
  std::set<std::string> english;
  for (int i = 0; i < static_cast<int>(Str::Count_); ++i) {
    const auto key = static_cast<Str>(i);
    EXPECT_FALSE(tr(key, Language::Arabic).empty()) << i;
    EXPECT_FALSE(tr(key, Language::English).empty()) << i;
  }
  EXPECT_EQ(tr(Str::Study, Language::English), "Study");
  EXPECT_EQ(tr(Str::Quiz, Language::Arabic), "اختبار");
}

TEST(Strings, DigitsFollowTheSetting) {
  EXPECT_EQ(localize_digits("Card 1 / 10", Digits::Western), "Card 1 / 10");
  EXPECT_EQ(localize_digits("1980", Digits::ArabicIndic), "١٩٨٠");
  EXPECT_EQ(localize_digits("عام 2011", Digits::ArabicIndic), "عام ٢٠١١");
  Settings s;
  s.digits = Digits::ArabicIndic;
  EXPECT_EQ(number(305, s), "٣٠٥");
}

TEST(Strings, IntervalsReadNaturally) {
  Settings en;
  en.language = Language::English;
  EXPECT_EQ(interval_text(1, en), "1 d");
  EXPECT_EQ(interval_text(45, en), "1.5 mo");
  EXPECT_EQ(interval_text(730, en), "2.0 y");
  Settings ar;
  EXPECT_EQ(interval_text(1, ar), "1 يوم");
  EXPECT_EQ(interval_text(5, ar), "5 أيام");
  EXPECT_EQ(interval_text(12, ar), "12 يومًا");
  ar.digits = Digits::ArabicIndic;
  EXPECT_EQ(interval_text(5, ar), "٥ أيام");
}

TEST(Strings, FractionsKeepReadingOrder) {
  Settings ar;
  EXPECT_EQ(fraction(1, 7, ar), "1 / 7");  // Arabic lines read it right to left
  Settings en;
  en.language = Language::English;
  en.digits = Digits::ArabicIndic;
  // A left-to-right mark after the slash keeps Arabic-Indic digits in order in English.
  EXPECT_EQ(fraction(2, 7, en), "٢ /\u200E ٧");
}
