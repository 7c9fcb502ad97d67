#include <iostream>

#include "game/app/commands.hpp"
#include "game/srs/replay.hpp"

namespace tarikh::app {

int run_srs_replay(const SrsReplayOptions& options) {
  return srs::replay(std::cin, std::cout, std::cerr, options.retention);
}

}  // namespace tarikh::app
