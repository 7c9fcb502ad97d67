#include "game/app/paths.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace tarikh::app {

namespace {

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return fs::current_path();
  return exe.parent_path();
}

bool is_assets_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p / "fonts", ec) && fs::is_directory(p / "documents", ec);
}

}  // namespace

fs::path assets_dir() {
  if (const char* env = std::getenv("TARIKH_ASSETS"); env && *env) {
    if (is_assets_dir(env)) return fs::path(env);
    throw std::runtime_error(std::string("TARIKH_ASSETS=") + env +
                             " is not an assets folder (no fonts/ and documents/ in it)");
  }
  const fs::path exe = executable_dir();
  // Installed: <prefix>/bin/tarikh, and the game program one level deeper, in
  // <prefix>/libexec/tarikh/.
  const fs::path up = exe.parent_path();
  for (const fs::path& candidate : {exe / "assets", up / "assets", up / TARIKH_INSTALL_ASSETS,
                                    up.parent_path() / TARIKH_INSTALL_ASSETS}) {
    if (is_assets_dir(candidate)) return candidate;
  }
  throw std::runtime_error("cannot find the assets folder beside " + exe.string() +
                           " (set TARIKH_ASSETS to point at it)");
}

fs::path data_dir(const std::string& override_dir) {
  fs::path dir;
  if (!override_dir.empty()) {
    dir = override_dir;
  } else {
    dir = user_data_dir();
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw std::runtime_error("cannot create the data directory " + dir.string() + ": " +
                             (ec ? ec.message() : std::string("not a directory")));
  }
  return dir;
}

fs::path user_data_dir() {
  fs::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = fs::path(home) / ".local" / "share";
  } else {
    throw std::runtime_error(
        "no user data directory: neither XDG_DATA_HOME nor HOME is set (use --data DIR)");
  }
  return base / "tarikh" / "tarikh";
}

fs::path game_program() {
  const fs::path exe = executable_dir();
  const fs::path beside = exe / "tarikh-game";
  const fs::path installed = exe.parent_path() / TARIKH_INSTALL_GAME;
  std::error_code ec;
  if (!fs::exists(beside, ec) && fs::exists(installed, ec)) return installed;
  return beside;
}

fs::path default_bank_path(const fs::path& data) {
  return data / "bank.sqlite";
}

}  // namespace tarikh::app
