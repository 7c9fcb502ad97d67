// recognize() and split_sentences() on hostile input: never crash, offsets always valid.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "questions/dates/mention.hpp"

using namespace tarikh::questions;

namespace {

void check(const std::string& text) {
  for (const auto& m : recognize(text)) {
    ASSERT_LE(m.begin, m.end);
    ASSERT_LE(m.end, text.size());
    ASSERT_EQ(m.surface, text.substr(m.begin, m.end - m.begin));
    ASSERT_FALSE(m.value.empty());
  }
  for (const auto& s : split_sentences(text)) {
    ASSERT_LT(s.begin, s.end);
    ASSERT_LE(s.end, text.size());
    ASSERT_GE(s.line, 1);
  }
}

}  // namespace

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string s(rng() % 200, '\0');
    for (auto& c : s) c = static_cast<char>(rng());
    check(s);
  }
}

TEST(Robustness, RandomPiecesOfDates) {
  const char* pieces[] = {"عام",      " ",
                          "2008",     "١٩٩٠",
                          "-",        "/",
                          "(",        ")",
                          "آب",       "كانون",
                          "الأول",    "و",
                          "مليون",    "دولار",
                          "%",        "في",
                          "المئة",    "القرن",
                          "التاسع",   "عشر",
                          "هـ",       "ق",
                          ".",        "م",
                          "بين",      "عامي",
                          "من",       "إلى",
                          "سبعينيات", "الماضي",
                          "العام",    "نفسه",
                          "بعد",      "عامين",
                          "\n",       "31",
                          "0",        "99999999999999999999",
                          "1.",       ",5",
                          "٫",        "ألف",
                          "خمس",      "عشرة"};
  std::mt19937 rng(1);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int n = 1 + static_cast<int>(rng() % 14);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    check(s);
  }
}

TEST(Robustness, TruncatedUtf8AndHugeNumbers) {
  const std::string date = "في 8 أكتوبر 1980 وقعت";
  for (std::size_t cut = 0; cut <= date.size(); ++cut) check(date.substr(0, cut));
  check(std::string(5000, '9') + " مليون دولار");
  check("عام 99999");
  check("القرن 999");
  check("32 آذار 2008");
  check("29 شباط 2001");
  check(std::string(10000, '-'));
}

TEST(Robustness, ImpossibleDatesAreNotInvented) {
  for (const auto& m : recognize("في 31 شباط 2001 وفي 30 فبراير 1999"))
    EXPECT_NE(m.kind, Kind::Date) << m.value;
}

TEST(Robustness, BomAndCrlf) {
  const std::string text = "\xEF\xBB\xBFوقعت في 8 أكتوبر 1980\r\nثم عام 1990\r\n";
  const auto m = recognize(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].value, "1980-10-08");
  EXPECT_EQ(m[1].value, "1990");
  EXPECT_EQ(m[1].surface, "1990");
}

TEST(Robustness, SpansAndFlags) {
  const auto m = recognize("قامت الثورة عام 1925، وفي 23 كانون الأول اجتمعوا.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].resolved_from_context);
  EXPECT_EQ(m[0].granularity, "year");
  EXPECT_EQ(m[1].value, "1925-12-23");
  EXPECT_TRUE(m[1].resolved_from_context);
  EXPECT_EQ(m[1].granularity, "day");
  ASSERT_TRUE(m[1].span);
  EXPECT_EQ(m[1].span->first, m[1].span->last);
  ASSERT_TRUE(m[0].span);
  EXPECT_LE(m[0].span->first, m[1].span->first);
  EXPECT_GE(m[0].span->last, m[1].span->last);
  const auto h = recognize("سنة 922 هـ");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].gregorian, "1516/1517");
  const auto q = recognize("بلغ الدين 13.4 مليار دولار");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].number, 13.4e9);
  EXPECT_EQ(q[0].unit, "USD");
  EXPECT_TRUE(q[0].granularity.empty());
}

TEST(Robustness, ReferenceYearFromContextOrDocument) {
  DocumentContext ctx;
  ctx.reference_year = 1990;
  EXPECT_EQ(recognize("في القرن الماضي", ctx).at(0).value, "18XX");
  EXPECT_EQ(recognize("في القرن الماضي، وفي عام 2010 تغير ذلك").at(0).value, "19XX");
  EXPECT_EQ(recognize("في 23 كانون الأول اجتمعوا", ctx).at(0).value, "1990-12-23");
}
