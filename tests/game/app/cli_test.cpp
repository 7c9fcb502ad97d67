// The command-line contract of ../shared/DESIGN.md, checked on the real binary.
#include <gtest/gtest.h>

#include "support/process.hpp"

using tarikh::testing::count_lines;
using tarikh::testing::run_tarikh;

TEST(Cli, HelpListsEverySubcommand) {
  const auto r = run_tarikh({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* sub : {"bank", "render", "srs", "play"}) {
    EXPECT_NE(r.out.find(sub), std::string::npos) << sub << " missing from:\n" << r.out;
  }
}

TEST(Cli, VersionPrintsNameAndNumber) {
  const auto r = run_tarikh({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("tarikh ", 0), 0u) << r.out;
}

TEST(Cli, UnknownCommandIsOneLineAndExitTwo) {
  const auto r = run_tarikh({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("frobnicate"), std::string::npos) << r.err;
}

TEST(Cli, BadOptionIsOneLineAndExitTwo) {
  const auto r = run_tarikh({"render", "--text", "x", "--out", "/tmp/x.png", "--width", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;

  const auto bad_format = run_tarikh({"bank", "export", "--format", "xml"});
  EXPECT_EQ(bad_format.exit_code, 2);
  EXPECT_EQ(count_lines(bad_format.err), 1) << bad_format.err;

  const auto missing = run_tarikh({"bank"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(count_lines(missing.err), 1) << missing.err;
}

TEST(Cli, SubcommandHelpDescribesItsOptions) {
  const auto r = run_tarikh({"render", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--font-size"), std::string::npos) << r.out;
}
