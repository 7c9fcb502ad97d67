#include <gtest/gtest.h>

#include "support/process.hpp"

using tarikh::testing::run_tarikh;

TEST(SrsReplayCli, ReadsStandardInputAndHonoursRetention) {
  // The first lines of the worked example in SRS_CONTRACT.md, with its retention-0.85 intervals.
  const auto r =
      run_tarikh({"srs", "replay", "--retention", "0.85"}, "1,20000,3\n1,20000,3\n1,20003,3\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "1,20000,3,2.306500,2.118104,4\n1,20000,3,2.306500,2.111214,4\n"
            "1,20003,3,13.835840,2.104331,26\n");
}

TEST(SrsReplayCli, BadInputExitsTwoWithTheLine) {
  const auto r = run_tarikh({"srs", "replay"}, "1,20000,3\n1,20000,9\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("line 2:", 0), 0u) << r.err;
}

TEST(SrsReplayCli, RetentionOutOfRangeExitsTwo) {
  EXPECT_EQ(run_tarikh({"srs", "replay", "--retention", "0"}).exit_code, 2);
  EXPECT_EQ(run_tarikh({"srs", "replay", "--retention", "1.5"}).exit_code, 2);
}
