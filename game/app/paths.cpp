#include "game/app/paths.hpp"

#include <SDL.h>

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
  for (const fs::path& candidate :
       {exe / "assets", exe.parent_path() / "assets", exe.parent_path() / TARIKH_INSTALL_ASSETS}) {
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
    char* pref = SDL_GetPrefPath("tarikh", "tarikh");
    if (!pref) throw std::runtime_error(std::string("no user data directory: ") + SDL_GetError());
    dir = pref;
    SDL_free(pref);
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw std::runtime_error("cannot create the data directory " + dir.string() + ": " +
                             (ec ? ec.message() : std::string("not a directory")));
  }
  return dir;
}

fs::path default_bank_path(const fs::path& data) {
  return data / "bank.sqlite";
}

}  // namespace tarikh::app
