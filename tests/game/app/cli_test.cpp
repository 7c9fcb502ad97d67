// The command-line contract of ../shared/DESIGN.md, checked on the real binary.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

// `tarikh` runs its windowless commands without loading SDL (the game program does): Debian's
// SDL2 brings some sixty libraries whose loading was most of a `tarikh render` run.
TEST(Cli, FrontProgramDoesNotLinkSdl) {
  const auto r = tarikh::testing::run_process({"/usr/bin/readelf", "-d", TARIKH_BINARY});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(NEEDED)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("libharfbuzz"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("libSDL2"), std::string::npos) << r.out;

  const std::string game = std::filesystem::path(TARIKH_BINARY).parent_path() / "tarikh-game";
  const auto g = tarikh::testing::run_process({"/usr/bin/readelf", "-d", game});
  ASSERT_EQ(g.exit_code, 0) << g.err;
  EXPECT_NE(g.out.find("libSDL2"), std::string::npos) << g.out;
}

// `tarikh play` is handed to tarikh-game with the same arguments, exit status included.
TEST(Cli, PlayIsHandedToTheGameProgram) {
  const auto r = run_tarikh({"play", "--headless", "--script", "/nonexistent/script.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/script.txt"), std::string::npos) << r.err;
}

TEST(Cli, MissingGameProgramIsOneClearLine) {
  namespace fs = std::filesystem;
  char dir_template[] = "/tmp/tarikh-front-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const fs::path dir = dir_template;
  fs::copy_file(TARIKH_BINARY, dir / "tarikh");
  fs::permissions(dir / "tarikh", fs::perms::owner_all);
  const auto r = tarikh::testing::run_process(
      {(dir / "tarikh").string(), "play", "--headless", "--script", "/tmp/none.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("cannot start the game program"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tarikh-game"), std::string::npos) << r.err;
  // The windowless commands still work on their own.
  EXPECT_EQ(tarikh::testing::run_process({(dir / "tarikh").string(), "--version"}).exit_code, 0);
  fs::remove_all(dir);
}

// Without --data, the data folder is the one SDL_GetPrefPath("tarikh", "tarikh") names on Linux.
TEST(Cli, DefaultDataFolderFollowsXdgThenHome) {
  namespace fs = std::filesystem;
  char dir_template[] = "/tmp/tarikh-home-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const fs::path home = dir_template;
  const std::string doc = std::string(TARIKH_SOURCE_DIR) + "/assets/documents";
  const char* old_home = std::getenv("HOME");
  const std::string saved_home = old_home ? old_home : "";
  const char* old_xdg = std::getenv("XDG_DATA_HOME");
  const std::string saved_xdg = old_xdg ? old_xdg : "";

  setenv("HOME", home.c_str(), 1);
  unsetenv("XDG_DATA_HOME");
  auto r = run_tarikh({"bank", "build", doc});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(home / ".local/share/tarikh/tarikh/bank.sqlite"));

  setenv("XDG_DATA_HOME", (home / "xdg").c_str(), 1);
  r = run_tarikh({"bank", "build", doc});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(home / "xdg/tarikh/tarikh/bank.sqlite"));

  unsetenv("XDG_DATA_HOME");
  unsetenv("HOME");
  r = run_tarikh({"bank", "build", doc});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--data"), std::string::npos) << r.err;

  if (old_home) setenv("HOME", saved_home.c_str(), 1);
  if (old_xdg) setenv("XDG_DATA_HOME", saved_xdg.c_str(), 1);
  fs::remove_all(home);
}

TEST(Cli, GivenBankThatCannotBeReadIsOneLineAndExitTwo) {
  char dir_template[] = "/tmp/tarikh-bank-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const std::filesystem::path dir = dir_template;
  const auto script = dir / "s.txt";
  std::ofstream(script) << "wait 10\n";
  const auto missing =
      run_tarikh({"play", "--headless", "--script", script.string(), "--bank", "/nonexistent.db"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(count_lines(missing.err), 1) << missing.err;
  EXPECT_NE(missing.err.find("/nonexistent.db"), std::string::npos) << missing.err;

  std::ofstream(dir / "junk.db") << "not a database at all";
  const auto junk = run_tarikh(
      {"play", "--headless", "--script", script.string(), "--bank", (dir / "junk.db").string()});
  EXPECT_EQ(junk.exit_code, 2);
  EXPECT_EQ(count_lines(junk.err), 1) << junk.err;
  std::filesystem::remove_all(dir);
}

// Installed (cmake --install): bin/tarikh finds libexec/tarikh/tarikh-game, and both find
// share/tarikh/assets, with no TARIKH_ASSETS to help.
TEST(Cli, InstalledProgramsFindEachOtherAndTheirAssets) {
  namespace fs = std::filesystem;
  char dir_template[] = "/tmp/tarikh-install-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const fs::path prefix = dir_template;
  const auto install = tarikh::testing::run_process(
      {"/usr/bin/env", "cmake", "--install", TARIKH_BUILD_DIR, "--prefix", prefix.string()});
  ASSERT_EQ(install.exit_code, 0) << install.err;
  const char* assets = std::getenv("TARIKH_ASSETS");
  const std::string saved = assets ? assets : "";
  unsetenv("TARIKH_ASSETS");
  const std::string tarikh = (prefix / "bin" / "tarikh").string();
  const auto render = tarikh::testing::run_process(
      {tarikh, "render", "--text", "سنة 1980", "--out", (prefix / "r.png").string()});
  EXPECT_EQ(render.exit_code, 0) << render.err;
  EXPECT_TRUE(fs::exists(prefix / "r.png"));
  std::ofstream(prefix / "s.txt") << "wait 100\nexpect-screen home\n";
  const auto play = tarikh::testing::run_process(
      {tarikh, "play", "--headless", "--script", (prefix / "s.txt").string()});
  EXPECT_EQ(play.exit_code, 0) << play.err;
  if (assets) setenv("TARIKH_ASSETS", saved.c_str(), 1);
  fs::remove_all(prefix);
}
