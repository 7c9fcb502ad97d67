#include "game/app/commands.hpp"

int main(int argc, char** argv) {
  return tarikh::app::run_cli(argc, argv);
}
