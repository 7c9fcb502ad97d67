#include "questions/arabic/utf8.hpp"

#include <gtest/gtest.h>

using namespace tarikh::text;

TEST(Utf8, DecodesArabicAndDigits) {
  const std::u32string cps = decode("تاريخ ١٩٨٠");
  ASSERT_EQ(cps.size(), 10u);
  EXPECT_EQ(cps[0], U'\u062A');
  EXPECT_EQ(cps[6], U'\u0661');
  EXPECT_EQ(encode(cps), "تاريخ ١٩٨٠");
}

TEST(Utf8, BadBytesBecomeReplacementCharacters) {
  const std::string bad = std::string("a\xC3") + "b" + "\xED\xA0\x80" + "\xF0\x9F";
  const std::u32string cps = decode(bad);
  EXPECT_EQ(cps, (std::u32string{U'a', kReplacement, U'b', kReplacement, kReplacement, kReplacement,
                                 kReplacement, kReplacement}));
  EXPECT_EQ(first_invalid(bad), std::optional<std::size_t>(1));
  EXPECT_EQ(first_invalid("صحيح"), std::nullopt);
}

TEST(Utf8, RejectsOverlongForms) {
  EXPECT_EQ(first_invalid("\xC0\xAF"), std::optional<std::size_t>(0));
  EXPECT_EQ(first_invalid("\xE0\x80\xAF"), std::optional<std::size_t>(0));
  EXPECT_EQ(first_invalid("\xF4\x90\x80\x80"), std::optional<std::size_t>(0));
}

TEST(Utf8, EncodesEveryLength) {
  std::string out;
  for (char32_t cp : {U'A', U'\u00E9', U'\u0627', U'\U0001F600'}) append_utf8(out, cp);
  EXPECT_EQ(out, "A\xC3\xA9\xD8\xA7\xF0\x9F\x98\x80");
  EXPECT_EQ(decode(out).size(), 4u);
}
