// `tarikh`: every command; the game and `play` are handed to tarikh-game (see launch_game.cpp).
#include "game/app/commands.hpp"

int main(int argc, char** argv) {
  return tarikh::app::run_cli(argc, argv, {tarikh::app::launch_game, tarikh::app::launch_play});
}
