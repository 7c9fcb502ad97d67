#include "game/text/text_field.hpp"

#include <gtest/gtest.h>

#include <set>

#include "game/text/text_engine.hpp"
#include "tests/game/text/text_test_util.hpp"

namespace tarikh::text {
namespace {

TEST(Graphemes, MarksZwjAndFlagsStayTogether) {
  const std::string s = "مُحَمَّد";
  // م+damma | ح+fatha | م+shadda+fatha | د
  EXPECT_EQ(grapheme_boundaries(s), (std::vector<std::size_t>{0, 4, 8, 14, 16}));
  const std::string family = "a\U0001F468\u200D\U0001F469\u200D\U0001F467b";
  EXPECT_EQ(grapheme_boundaries(family).size(), 4u);  // a | family | b
  const std::string flags = "\U0001F1F8\U0001F1E6\U0001F1EA\U0001F1EC";
  EXPECT_EQ(grapheme_boundaries(flags), (std::vector<std::size_t>{0, 8, 16}));
  EXPECT_EQ(grapheme_boundaries("a\r\nb"), (std::vector<std::size_t>{0, 1, 3, 4}));
  EXPECT_EQ(grapheme_boundaries(""), (std::vector<std::size_t>{0}));
}

TEST(TextField, TypingAndBackspaceRemoveWholeClusters) {
  TextField f;
  EXPECT_TRUE(f.insert("مُحَمَّد"));
  EXPECT_EQ(f.caret(), f.text().size());
  EXPECT_TRUE(f.backspace());
  EXPECT_EQ(f.text(), "مُحَمَّ");
  EXPECT_TRUE(f.backspace());  // م with shadda and fatha goes at once
  EXPECT_EQ(f.text(), "مُحَ");
  f.home();
  EXPECT_FALSE(f.backspace());
  EXPECT_TRUE(f.delete_forward());
  EXPECT_EQ(f.text(), "حَ");
  f.end();
  EXPECT_FALSE(f.delete_forward());
  f.set_text("a\U0001F468\u200D\U0001F469\u200D\U0001F467");
  f.backspace();
  EXPECT_EQ(f.text(), "a");
}

TEST(TextField, InsertsAtTheCaret) {
  TextField f;
  f.insert("1980");
  f.home();
  f.insert("عام ");
  EXPECT_EQ(f.text(), "عام 1980");
  EXPECT_EQ(f.caret(), std::string("عام ").size());
  f.move_logical(2);
  EXPECT_EQ(f.caret(), std::string("عام 19").size());
  f.move_logical(-100);
  EXPECT_EQ(f.caret(), 0u);
  f.move_logical(100);
  EXPECT_EQ(f.caret(), f.text().size());
}

TEST(TextField, CompositionIsShownNotCommitted) {
  TextField f;
  f.insert("ab");
  f.home();
  f.set_composition("ع");
  EXPECT_EQ(f.text(), "ab");
  EXPECT_EQ(f.display_text(), "عab");
  EXPECT_EQ(f.display_caret(), std::string("ع").size());
  f.insert("غ");  // the IME commits something else
  EXPECT_TRUE(f.composition().empty());
  EXPECT_EQ(f.text(), "غab");
}

TEST(TextField, SanitizesInputAndKeepsItsLimit) {
  TextField f(10);
  f.insert("a\nb\x01");
  EXPECT_EQ(f.text(), "ab");
  f.insert("\xff");
  EXPECT_EQ(f.text(), "ab\uFFFD");
  f.insert("مرحبا");  // 10 bytes: only what fits, cut at a character
  EXPECT_LE(f.text().size(), 10u);
  EXPECT_FALSE(first_invalid(f.text()).has_value());
  EXPECT_EQ(f.text(), "ab\uFFFDمر");
  EXPECT_TRUE(f.insert("x"));   // the tenth byte
  EXPECT_FALSE(f.insert("y"));  // full
  f.set_caret(4);               // inside a character: snapped back
  EXPECT_EQ(f.caret(), 2u);
}

TEST(TextField, ArrowsMoveVisually) {
  TextEngine engine(testing::bundled());
  // Arabic: Left moves forward in reading order.
  TextField ar;
  ar.insert("مرحبا");
  ar.home();
  auto l = engine.layout(ar.text(), 24, 0);
  ar.move_left(*l);
  EXPECT_EQ(ar.caret(), 2u);
  ar.move_right(*l);
  EXPECT_EQ(ar.caret(), 0u);
  // English: Right moves forward.
  TextField en;
  en.insert("abc");
  en.home();
  l = engine.layout(en.text(), 24, 0);
  en.move_right(*l);
  EXPECT_EQ(en.caret(), 1u);
  // A typed space moves the caret.
  en.end();
  const float before = caret_at(*engine.layout(en.text(), 24, 0), en.caret()).x;
  en.insert(" ");
  EXPECT_GT(caret_at(*engine.layout(en.text(), 24, 0), en.caret()).x, before + 3);
  // Mixed: pressing Left from the start walks across the whole line, always leftwards, and
  // visits every position.
  TextField mixed;
  mixed.insert("عام 1980 م");
  mixed.home();
  l = engine.layout(mixed.text(), 24, 0);
  float x = caret_at(*l, mixed.caret()).x;
  std::set<std::size_t> seen{mixed.caret()};
  for (int i = 0; i < 20; ++i) {
    mixed.move_left(*l);
    const float nx = caret_at(*l, mixed.caret()).x;
    if (nx >= x) break;  // reached the left end
    x = nx;
    seen.insert(mixed.caret());
  }
  EXPECT_NEAR(x, l->lines[0].x, 0.5);
  EXPECT_GE(seen.size(), grapheme_boundaries(mixed.text()).size() - 2);
}

}  // namespace
}  // namespace tarikh::text
