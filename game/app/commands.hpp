// The options of every subcommand, as the command line parses them. Each module implements its
// own entry point (declared beside its code) and the command line only dispatches.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tarikh::app {

struct GlobalOptions {
  std::string data_dir;  // empty: the user's data directory (SDL_GetPrefPath)
  std::string bank;      // the game and play: a bank file to play; empty: the default bank
};

struct BankBuildOptions {
  std::string out;                  // empty: the default bank in the data directory
  std::vector<std::string> inputs;  // empty: assets/documents
};

struct BankExportOptions {
  std::string bank;  // empty: the default bank
  std::string format;
  std::string out;  // empty: standard output
};

struct RenderOptions {
  std::string text;
  int font_size = 32;
  int width = 1000;
  std::string dir = "auto";
  std::string font;
  std::string out;
};

struct SrsReplayOptions {
  double retention = 0.9;
};

struct PlayOptions {
  bool headless = false;
  std::string script;
  std::string shots;
};

}  // namespace tarikh::app

namespace tarikh::app {

// Entry points, one file each under game/app/cmd_*.cpp. Each returns the process exit status:
// 0 success, 2 bad input (after one clear line on stderr).
int run_bank_build(const GlobalOptions& global, const BankBuildOptions& options);
int run_bank_export(const GlobalOptions& global, const BankExportOptions& options);
int run_render(const RenderOptions& options);
int run_srs_replay(const SrsReplayOptions& options);

// The commands that open a window. The game program (tarikh-game, cmd_play.cpp) runs them; the
// windowless `tarikh` hands them over to it (launch_game.cpp).
int run_game(const GlobalOptions& global);
int run_play(const GlobalOptions& global, const PlayOptions& options);
int launch_game(const GlobalOptions& global);
int launch_play(const GlobalOptions& global, const PlayOptions& options);

struct WindowCommands {
  int (*game)(const GlobalOptions&);
  int (*play)(const GlobalOptions&, const PlayOptions&);
};

// Parses the command line and runs the chosen command; main calls this with the program's own
// window commands.
int run_cli(int argc, char** argv, const WindowCommands& window);

// The arguments run_cli was called with, program name first (so that `tarikh` can hand the game's
// command line on to the game program unchanged).
const std::vector<std::string>& cli_arguments();

}  // namespace tarikh::app
