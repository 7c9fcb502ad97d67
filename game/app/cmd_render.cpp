#include <iostream>

#include "game/app/commands.hpp"

namespace tarikh::app {

int run_render(const RenderOptions&) {
  std::cerr << "tarikh: 'render' is not built yet\n";
  return 2;
}

}  // namespace tarikh::app
