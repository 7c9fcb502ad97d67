// `tarikh-game`: the same command line, with the game and `play` run here, in a window.
#include "game/app/commands.hpp"

int main(int argc, char** argv) {
  return tarikh::app::run_cli(argc, argv, {tarikh::app::run_game, tarikh::app::run_play});
}
