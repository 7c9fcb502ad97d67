#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "questions/dates/mention.hpp"

using namespace tarikh::questions;

namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text)) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

}  // namespace

TEST(Sentences, SplitsOnArabicAndLatinPunctuation) {
  EXPECT_EQ(
      split("بدأ العمل. انتهى العمل! هل نجح؟ نعم؛ بالتأكيد"),
      (std::vector<std::string>{"بدأ العمل.", "انتهى العمل!", "هل نجح؟", "نعم؛", "بالتأكيد"}));
}

TEST(Sentences, KeepsDecimalsAbbreviationsAndAddresses) {
  EXPECT_EQ(split("شطب 13.4 مليار دولار. ثم عاد."),
            (std::vector<std::string>{"شطب 13.4 مليار دولار.", "ثم عاد."}));
  EXPECT_EQ(split("بنيت سنة 332 ق.م على الساحل."),
            (std::vector<std::string>{"بنيت سنة 332 ق.م على الساحل."}));
  EXPECT_EQ(split("نشر على موقع enabbaladi.net وتم جلبه."),
            (std::vector<std::string>{"نشر على موقع enabbaladi.net وتم جلبه."}));
  EXPECT_EQ(split("في 19.3.2008 وصل."), (std::vector<std::string>{"في 19.3.2008 وصل."}));
}

TEST(Sentences, SplitsListDashesButNotHyphens) {
  EXPECT_EQ(split("في المنطقة. - زار الرئيس موسكو. التعاون العسكري: - العام 1963 أقيم مركز."),
            (std::vector<std::string>{"في المنطقة.", "زار الرئيس موسكو.",
                                      "التعاون العسكري:", "العام 1963 أقيم مركز."}));
  EXPECT_EQ(split("البيان الروسي - السوري في 19 - 20 آذار"),
            (std::vector<std::string>{"البيان الروسي - السوري في 19 - 20 آذار"}));
}

TEST(Sentences, SplitsOnNewlinesWithLineNumbers) {
  const std::string text = "العنوان\n\nالسطر الثالث. والجملة الثانية\r\nالسطر الرابع";
  const auto s = split_sentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].line, 1);
  EXPECT_EQ(s[1].line, 3);
  EXPECT_EQ(s[2].line, 3);
  EXPECT_EQ(s[3].line, 4);
  EXPECT_EQ(text.substr(s[2].begin, s[2].end - s[2].begin), "والجملة الثانية");
}

TEST(Sentences, MissingSpaceAfterFullStopStillSplits) {
  EXPECT_EQ(split("والشرقية.ارتفعت صادرات روسيا"),
            (std::vector<std::string>{"والشرقية.", "ارتفعت صادرات روسيا"}));
}

TEST(Sentences, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("  \n \n").empty());
  EXPECT_TRUE(split_sentences(".....").empty());
}

TEST(Sentences, EveryMentionLiesInOneSentence) {
  const std::string text =
      "زار الرئيس موسكو العام 2005. - العام 2006 زار موسكو. وقام ب 4 زيارات في 6 أيلول العام "
      "2004 و7 أيلول العام 2006.";
  const auto sentences = split_sentences(text);
  for (const auto& m : recognize(text)) {
    int inside = 0;
    for (const auto& s : sentences) inside += m.begin >= s.begin && m.end <= s.end;
    EXPECT_EQ(inside, 1) << m.surface;
  }
}
