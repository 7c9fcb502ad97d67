// Exports: jsonl fields, CSV quoting, Anki notes that survive the document's own punctuation.
#include "questions/bank/export.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace tarikh::questions {
namespace {

Question tricky() {
  Question q;
  q.id = "00000000000000aa";
  q.type = "cloze";
  q.prompt = "قال \"المؤرخ\": {{c2::x}}\tفي ____، بعد ذلك";
  q.answer = "عام 1956";
  q.facts = {{"date", "1956", "عام 1956", "a b.txt", "جملة\nبسطرين", "حدث", 3}};
  return q;
}

TEST(Export, JsonlHasOneFactOrAListOfFacts) {
  Question a = tricky();
  Question b = tricky();
  b.type = "which_first";
  b.facts.push_back(b.facts[0]);
  b.choices = {"x", "y"};
  const auto ja = question_json(a);
  EXPECT_TRUE(ja.contains("fact"));
  EXPECT_FALSE(ja.contains("facts"));
  EXPECT_EQ(ja["fact"]["sentence"], "جملة\nبسطرين");
  const auto jb = question_json(b);
  EXPECT_FALSE(jb.contains("fact"));
  ASSERT_TRUE(jb.contains("facts"));
  EXPECT_EQ(jb["facts"].size(), 2u);
  std::ostringstream out;
  export_jsonl({a, b}, out);
  std::istringstream in(out.str());
  int lines = 0;
  for (std::string line; std::getline(in, line);) {
    ++lines;
    EXPECT_FALSE(nlohmann::json::parse(line, nullptr, false).is_discarded()) << line;
  }
  EXPECT_EQ(lines, 2);
}

TEST(Export, CsvQuotesCommasQuotesAndLineBreaks) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(Export, AnkiNoteHasOneClozeFourFieldsAndTagsWithoutSpaces) {
  std::ostringstream out;
  export_anki({tricky()}, out);
  const std::string text = out.str();
  const std::string note = text.substr(text.rfind("#tags column:4\n") + 15);
  ASSERT_FALSE(note.empty());
  EXPECT_EQ(std::count(note.begin(), note.end(), '\n'), 1) << note;
  EXPECT_EQ(std::count(note.begin(), note.end(), '\t'), 3) << note;
  std::size_t n = 0;
  for (std::size_t p = note.find("{{"); p != std::string::npos; p = note.find("{{", p + 2)) ++n;
  EXPECT_EQ(n, 1u) << note;
  EXPECT_NE(note.find("{{c1::عام 1956}}"), std::string::npos) << note;
  const std::string tags = note.substr(note.rfind('\t') + 1);
  EXPECT_NE(tags.find("doc::a_b"), std::string::npos) << tags;
  EXPECT_NE(tags.find("kind::date"), std::string::npos) << tags;
}

}  // namespace
}  // namespace tarikh::questions
