// `tarikh` without a window: the game and `play` are handed to the game program (tarikh-game,
// which links SDL) by exec, with the same arguments, so the process, its standard streams and
// its exit status are the game's own. Every other command runs in `tarikh` itself.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "game/app/commands.hpp"
#include "game/app/paths.hpp"

namespace tarikh::app {

namespace {

int hand_to_game() {
  const std::string game = game_program().string();
  const std::vector<std::string>& args = cli_arguments();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(game.c_str()));
  for (std::size_t i = 1; i < args.size(); ++i) argv.push_back(const_cast<char*>(args[i].c_str()));
  argv.push_back(nullptr);
  std::cout.flush();
  std::cerr.flush();
  execv(game.c_str(), argv.data());
  const int error = errno;
  std::cerr << "tarikh: cannot start the game program " << game << ": " << std::strerror(error)
            << "\n";
  return 2;
}

}  // namespace

int launch_game(const GlobalOptions&) {
  return hand_to_game();
}

int launch_play(const GlobalOptions&, const PlayOptions&) {
  return hand_to_game();
}

}  // namespace tarikh::app
