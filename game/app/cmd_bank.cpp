#include <iostream>

#include "game/app/commands.hpp"

namespace tarikh::app {

int run_bank_build(const GlobalOptions&, const BankBuildOptions&) {
  std::cerr << "tarikh: 'bank build' is not built yet\n";
  return 2;
}

int run_bank_export(const GlobalOptions&, const BankExportOptions&) {
  std::cerr << "tarikh: 'bank export' is not built yet\n";
  return 2;
}

}  // namespace tarikh::app
