// Golden numbers from the worked example of ../shared/SRS_CONTRACT.md (ts-fsrs 5.4.2): they need
// no node to check.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "game/srs/fsrs.hpp"
#include "game/srs/replay.hpp"

using namespace tarikh::srs;

namespace {

const char* kInput =
    "card,day,rating\n"
    "1,20000,3\n1,20000,3\n1,20003,3\n1,20017,1\n1,20017,1\n1,20018,2\n1,20023,4\n"
    "2,20000,1\n2,20001,1\n2,20001,3\n2,20003,4\n"
    "3,20000,4\n3,20008,3\n3,20200,3\n";

}  // namespace

TEST(FsrsGolden, WorkedExampleAtDefaultRetention) {
  std::istringstream in(kInput);
  std::ostringstream out, err;
  ASSERT_EQ(replay(in, out, err, 0.9), 0) << err.str();
  EXPECT_EQ(out.str(),
            "1,20000,3,2.306500,2.118104,2\n"
            "1,20000,3,2.306500,2.111214,2\n"
            "1,20003,3,13.835840,2.104331,14\n"
            "1,20017,1,1.727120,7.389976,2\n"
            "1,20017,1,0.591540,9.127331,1\n"
            "1,20018,2,1.148470,9.405910,1\n"
            "1,20023,4,5.443446,9.192621,5\n"
            "2,20000,1,0.212000,6.413300,1\n"
            "2,20001,1,0.100886,8.806304,1\n"
            "2,20001,3,0.123272,8.792727,1\n"
            "2,20003,4,1.648988,8.374540,2\n"
            "3,20000,4,8.295600,1.000000,8\n"
            "3,20008,3,38.905150,1.000000,39\n"
            "3,20200,3,325.900953,1.000000,326\n");
}

TEST(FsrsGolden, IntervalsAtRetention085) {
  std::istringstream in(kInput);
  std::ostringstream out, err;
  ASSERT_EQ(replay(in, out, err, 0.85), 0) << err.str();
  std::istringstream lines(out.str());
  std::string line;
  std::vector<int> intervals;
  while (std::getline(lines, line))
    intervals.push_back(std::stoi(line.substr(line.rfind(',') + 1)));
  EXPECT_EQ(intervals, (std::vector<int>{4, 4, 26, 3, 1, 2, 10, 1, 1, 1, 3, 16, 74, 621}));
}

TEST(FsrsGolden, LongInputsAndAnErrorFarIn) {
  // The worked example 4,000 times over, each copy on its own cards and shifted in time, copies
  // interleaved two by two: 56,000 reviews, more than replay parses and computes in one block.
  // Every copy must give the example's own lines; an error after them all must leave every line
  // before it printed.
  std::istringstream example_in(kInput);
  std::ostringstream example_out, example_err;
  ASSERT_EQ(replay(example_in, example_out, example_err, 0.9), 0);
  std::vector<std::string> example_lines;
  {
    std::istringstream lines(example_out.str());
    for (std::string line; std::getline(lines, line);) example_lines.push_back(line);
  }
  std::vector<std::array<long, 3>> base;  // card, day, rating
  {
    std::istringstream lines(kInput);
    std::string line;
    std::getline(lines, line);  // header
    for (long c, d, r; std::getline(lines, line);) {
      ASSERT_EQ(std::sscanf(line.c_str(), "%ld,%ld,%ld", &c, &d, &r), 3);
      base.push_back({c, d, r});
    }
  }
  std::string input = "card,day,rating\n";
  std::vector<std::string> expected;
  for (long pair = 0; pair < 2000; ++pair) {
    for (std::size_t i = 0; i < base.size(); ++i) {
      for (long copy = 2 * pair; copy < 2 * pair + 2; ++copy) {
        const long card = base[i][0] + 10 * copy, day = base[i][1] + copy;
        const std::string echo =
            std::to_string(card) + "," + std::to_string(day) + "," + std::to_string(base[i][2]);
        input += echo + "\n";
        const std::string& line = example_lines[i];
        std::size_t third = line.find(',', line.find(',', line.find(',') + 1) + 1);
        expected.push_back(echo + line.substr(third));
      }
    }
  }
  std::string want;
  for (const std::string& line : expected) want += line + "\n";
  {
    std::istringstream in(input);
    std::ostringstream out, err;
    ASSERT_EQ(replay(in, out, err, 0.9), 0) << err.str();
    EXPECT_TRUE(out.str() == want) << "the long replay differs from the example's lines";
  }
  {
    std::istringstream in(input + "1,1,3\n");  // card 1 was last seen on a later day
    std::ostringstream out, err;
    EXPECT_EQ(replay(in, out, err, 0.9), 2);
    EXPECT_EQ(
        err.str().rfind("line " + std::to_string(expected.size() + 2) + ": day 1 of card 1", 0), 0u)
        << err.str();
    EXPECT_TRUE(out.str() == want) << "the lines before the error were not all printed";
  }
}

TEST(Fsrs, FirstDifficultiesMatchTheContract) {
  const Fsrs fsrs;
  EXPECT_NEAR(fsrs.next_state(std::nullopt, 0, Rating::Again).difficulty, 6.4133, 1e-9);
  EXPECT_NEAR(fsrs.next_state(std::nullopt, 0, Rating::Hard).difficulty, 5.11217071, 1e-9);
  EXPECT_NEAR(fsrs.next_state(std::nullopt, 0, Rating::Good).difficulty, 2.11810397, 1e-9);
  EXPECT_DOUBLE_EQ(fsrs.next_state(std::nullopt, 0, Rating::Easy).difficulty, 1.0);
}

TEST(Fsrs, NextStatesGivesAllFourOutcomesInOrder) {
  const Fsrs fsrs;
  const MemoryState s{10.0, 5.0};
  const auto all = fsrs.next_states(s, 10);
  for (int g = 1; g <= 4; ++g) {
    const MemoryState one = fsrs.next_state(s, 10, static_cast<Rating>(g));
    EXPECT_DOUBLE_EQ(all[g - 1].stability, one.stability);
    EXPECT_DOUBLE_EQ(all[g - 1].difficulty, one.difficulty);
  }
  EXPECT_LT(all[0].stability, all[1].stability);
  EXPECT_LT(all[1].stability, all[2].stability);
  EXPECT_LT(all[2].stability, all[3].stability);
}

TEST(Fsrs, IntervalIsClampedToOneAndTheMaximum) {
  const Fsrs fsrs;
  EXPECT_EQ(fsrs.next_interval(0.212), 1);
  EXPECT_EQ(fsrs.next_interval(2.3065), 2);
  EXPECT_EQ(fsrs.next_interval(13.83584), 14);
  EXPECT_EQ(fsrs.next_interval(36499.5), 36500);
  EXPECT_EQ(fsrs.next_interval(1e9), 36500);
}

TEST(SrsReplay, BadInputSaysWhichLine) {
  struct Case {
    const char* input;
    const char* message;
  };
  for (const Case& c : {Case{"1,20000,5\n", "line 1: unknown rating 5"},
                        Case{"1,20000,3\n\n1,19999,3\n", "line 3: day 19999 of card 1"},
                        Case{"1,20000\n", "line 1: expected card,day,rating"},
                        Case{"1,abc,3\n", "line 1: not a whole number"}}) {
    std::istringstream in(c.input);
    std::ostringstream out, err;
    EXPECT_EQ(replay(in, out, err, 0.9), 2) << c.input;
    EXPECT_EQ(err.str().rfind(c.message, 0), 0u) << err.str();
  }
}

TEST(SrsReplay, AcceptsCrlfAndBlankLines) {
  std::istringstream in("card,day,rating\r\n\r\n7,100,3\r\n");
  std::ostringstream out, err;
  ASSERT_EQ(replay(in, out, err, 0.9), 0) << err.str();
  EXPECT_EQ(out.str(), "7,100,3,2.306500,2.118104,2\n");
}
