// Setting a classroom competition up from a deck: which questions it asks, the choices made
// for cloze and numeric questions, and the setup's ranges.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "game/session/classroom.hpp"
#include "game/session/sample_questions.hpp"

using namespace tarikh::session::classroom;
using tarikh::questions::Question;
using RoomSetup = tarikh::session::classroom::Setup;  // `Setup` is also a gtest member

namespace {

Question make(const std::string& id, const std::string& type, const std::string& answer,
              std::vector<std::string> choices = {}) {
  Question q;
  q.id = id;
  q.type = type;
  q.prompt = "prompt " + id;
  q.answer = answer;
  q.choices = std::move(choices);
  return q;
}

}  // namespace

TEST(ClassroomSetup, TypeBits) {
  EXPECT_EQ(type_bit("mcq"), kMcq);
  EXPECT_EQ(type_bit("which_first"), kWhichFirst);
  EXPECT_EQ(type_bit("cloze"), kCloze);
  EXPECT_EQ(type_bit("numeric"), kNumeric);
  EXPECT_EQ(type_bit("timeline"), 0u);
}

TEST(ClassroomSetup, ChoiceQuestionsKeepTheirChoicesAndTheRightIndex) {
  const std::vector<Question> deck = {make("a", "mcq", "y", {"x", "y", "z"}),
                                      make("b", "which_first", "p", {"p", "q"}),
                                      make("c", "timeline", "", {"1", "2", "3"})};
  const auto qs = room_questions(deck, kAllTypes, 0);
  ASSERT_EQ(qs.size(), 2u);  // timeline questions are not asked
  EXPECT_EQ(qs[0].choices, (std::vector<std::string>{"x", "y", "z"}));
  EXPECT_EQ(qs[0].correct, 1);
  EXPECT_EQ(qs[1].correct, 0);
}

TEST(ClassroomSetup, YearsGetThreeNearbyYearsSortedAndTheAnswerAmongThem) {
  const std::vector<Question> deck = {make("year-1", "cloze", "1944"),
                                      make("year-2", "cloze", "١٩٨٠")};
  const auto qs = room_questions(deck, kCloze, 0);
  ASSERT_EQ(qs.size(), 2u);
  const long truth[2] = {1944, 1980};
  for (int k = 0; k < 2; ++k) {
    const auto& q = qs[static_cast<std::size_t>(k)];
    ASSERT_EQ(q.choices.size(), 4u);
    EXPECT_EQ(std::stol(q.choices[static_cast<std::size_t>(q.correct)]), truth[k]);
    std::set<long> distinct;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
      const long y = std::stol(q.choices[i]);
      distinct.insert(y);
      EXPECT_LE(std::labs(y - truth[k]), 15) << q.choices[i];
      if (i > 0) {
        EXPECT_LT(std::stol(q.choices[i - 1]), y);  // ascending
      }
    }
    EXPECT_EQ(distinct.size(), 4u);
  }
  // The same deck gives the same choices.
  EXPECT_EQ(room_questions(deck, kCloze, 0)[0].choices, qs[0].choices);
}

TEST(ClassroomSetup, SmallNumbersStayPositive) {
  const auto qs = room_questions({make("n", "numeric", "2")}, kNumeric, 0);
  ASSERT_EQ(qs.size(), 1u);
  ASSERT_GE(qs[0].choices.size(), 3u);
  for (const auto& c : qs[0].choices) EXPECT_GT(std::stol(c), 0) << c;
  EXPECT_EQ(qs[0].choices[static_cast<std::size_t>(qs[0].correct)], "2");
}

TEST(ClassroomSetup, TextAnswersBorrowTheOtherAnswersOfTheirType) {
  const std::vector<Question> deck = {make("t1", "cloze", "مارس"), make("t2", "cloze", "يوليو"),
                                      make("t3", "cloze", "مارس")};
  const auto qs = room_questions(deck, kCloze, 1);
  ASSERT_EQ(qs.size(), 1u);
  ASSERT_EQ(qs[0].choices.size(), 2u);  // a repeated answer is one choice
  EXPECT_EQ(qs[0].choices[static_cast<std::size_t>(qs[0].correct)], "مارس");
  // A lone text answer cannot make a choice question: skipped.
  EXPECT_TRUE(room_questions({make("solo", "cloze", "مارس")}, kCloze, 0).empty());
}

TEST(ClassroomSetup, TypesAndCountFilterTheSampleDeck) {
  const auto deck = tarikh::session::sample_questions();
  const auto all = room_questions(deck, kAllTypes, 0);
  EXPECT_EQ(all.size(), 7u);  // every question but the timeline
  const auto five = room_questions(deck, kAllTypes, 5);
  ASSERT_EQ(five.size(), 5u);
  EXPECT_EQ(five[0].id, "sample-01");
  EXPECT_EQ(five[4].id, "sample-05");
  const auto mcq = room_questions(deck, kMcq, 0);
  ASSERT_EQ(mcq.size(), 2u);
  EXPECT_EQ(mcq[1].correct, 1);  // "30 سبتمبر 2015" is the second choice
  EXPECT_FALSE(all[0].sentence.empty());
  EXPECT_EQ(all[0].doc, "000_edb1989f84ed8f31.txt");
}

TEST(ClassroomSetup, NormalizedKeepsEveryValueInRange) {
  RoomSetup s;
  s.types = 0;
  s.question_count = 50;
  s.seconds = 2;
  s.teams = 12;
  const RoomSetup n = normalized(s, 7);
  EXPECT_EQ(n.types, kAllTypes);
  EXPECT_EQ(n.question_count, 7);
  EXPECT_EQ(n.seconds, 5);
  EXPECT_EQ(n.teams, 8);
  s.question_count = 0;
  s.seconds = 500;
  s.teams = 1;
  const RoomSetup m = normalized(s, 0);
  EXPECT_EQ(m.question_count, 1);
  EXPECT_EQ(m.seconds, 120);
  EXPECT_EQ(m.teams, 2);
}

TEST(ClassroomSetup, SettingsAndSpecsFollowTheSetup) {
  RoomSetup s;
  s.seconds = 30;
  s.mode = Mode::Buzzer;
  s.pacing = Pacing::Automatic;
  s.speed_points = false;
  s.top_three_only = true;
  const Settings st = settings_of(s);
  EXPECT_EQ(st.time_limit_ms, 30000);
  EXPECT_EQ(st.mode, Mode::Buzzer);
  EXPECT_EQ(st.pacing, Pacing::Automatic);
  EXPECT_FALSE(st.scoring.speed);
  EXPECT_TRUE(st.scoring.streak);
  EXPECT_TRUE(st.top_three_only);

  const auto qs = room_questions({make("a", "mcq", "y", {"x", "y"})}, kAllTypes, 0);
  const auto everyone = specs_of(qs, Mode::Everyone);
  ASSERT_EQ(everyone.size(), 1u);
  EXPECT_EQ(everyone[0].choices.size(), 2u);
  EXPECT_EQ(everyone[0].correct_choice, 1);
  const auto buzzer = specs_of(qs, Mode::Buzzer);
  EXPECT_TRUE(buzzer[0].choices.empty());  // the host judges
  EXPECT_EQ(buzzer[0].correct_choice, -1);
  // The specs make a valid competition in both modes.
  EXPECT_NO_THROW(Competition({{"A"}, {"B"}}, everyone, settings_of(RoomSetup{}), 0));
  EXPECT_NO_THROW(Competition({{"A"}, {"B"}}, buzzer, st, 0));
}

// A teacher can play one document's questions: only questions citing it, and the documents to
// choose from are those the deck cites.
TEST(ClassroomSetup, QuestionsFromOneDocument) {
  auto cited = [](Question q, std::vector<std::string> docs) {
    for (auto& d : docs) {
      tarikh::questions::FactRef f;
      f.doc = d;
      q.facts.push_back(f);
    }
    return q;
  };
  const std::vector<Question> deck = {
      cited(make("a", "mcq", "y", {"x", "y", "z"}), {"syria.txt"}),
      cited(make("b", "mcq", "p", {"p", "q"}), {"egypt.txt"}),
      cited(make("c", "which_first", "p", {"p", "q"}), {"egypt.txt", "syria.txt"}),
      make("d", "mcq", "m", {"m", "n"})};
  EXPECT_EQ(room_documents(deck), (std::vector<std::string>{"egypt.txt", "syria.txt"}));
  EXPECT_EQ(room_questions(deck, kAllTypes, 0).size(), 4u);
  std::vector<std::string> ids;
  for (const auto& q : room_questions(deck, kAllTypes, 0, "syria.txt")) ids.push_back(q.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(room_questions(deck, kMcq, 0, "egypt.txt").size(), 1u);
  EXPECT_TRUE(room_questions(deck, kAllTypes, 0, "iraq.txt").empty());
}
