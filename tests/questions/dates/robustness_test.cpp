// recognize() and split_sentences() on hostile input: never crash, offsets always valid.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
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

namespace {

std::string bundled(const char* name) {
  std::ifstream f(std::string(TARIKH_SOURCE_DIR) + "/assets/documents/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST(Stream, LineByLineGivesTheSameMentions) {
  const std::string text =
      bundled("004_b2e2f448fcc49fe2.txt") + "\n" + bundled("003_70dde455d680a0f4.txt");
  const auto whole = recognize(text);
  MentionStream stream;
  std::vector<Mention> fed;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    end = end == std::string::npos ? text.size() : end + 1;
    for (auto& m : stream.feed(std::string_view(text).substr(pos, end - pos)))
      fed.push_back(std::move(m));
    pos = end;
  }
  ASSERT_EQ(fed.size(), whole.size());
  for (std::size_t i = 0; i < fed.size(); ++i) {
    EXPECT_EQ(fed[i].begin, whole[i].begin);
    EXPECT_EQ(fed[i].surface, text.substr(fed[i].begin, fed[i].end - fed[i].begin));
    // Year-less dates take the narrative's year in both; only the document's time may differ
    // (a stream knows only what it has read).
    if (fed[i].kind != Kind::Decade) {
      EXPECT_EQ(fed[i].value, whole[i].value) << fed[i].surface;
    }
  }
}

TEST(Stream, LargeDocumentsAreReadInPiecesWithCorrectOffsets) {
  const std::string doc = bundled("000_edb1989f84ed8f31.txt") + "\n";
  const auto one = recognize(doc);
  std::string big;
  while (big.size() < (3u << 20)) big += doc;
  const auto all = recognize(big);
  const std::size_t copies = big.size() / doc.size();
  ASSERT_EQ(all.size(), one.size() * copies);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& a = all[i];
    const auto& b = one[i % one.size()];
    ASSERT_EQ(a.begin, b.begin + (i / one.size()) * doc.size());
    ASSERT_EQ(a.surface, b.surface);
    ASSERT_EQ(a.value, b.value);
  }
}
