#include <iostream>

#include "game/app/commands.hpp"

namespace tarikh::app {

int run_game(const GlobalOptions&) {
  std::cerr << "tarikh: the game window is not built yet; see `tarikh --help` for what works\n";
  return 2;
}

int run_play(const GlobalOptions&, const PlayOptions&) {
  std::cerr << "tarikh: 'play' is not built yet\n";
  return 2;
}

}  // namespace tarikh::app
