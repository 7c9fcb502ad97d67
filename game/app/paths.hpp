// Where Tarikh finds its assets and keeps the learner's data.
#pragma once

#include <filesystem>
#include <string>

namespace tarikh::app {

// The assets folder: $TARIKH_ASSETS if set, else `assets` beside the executable (build tree),
// else <prefix>/share/tarikh/assets (installed). Throws std::runtime_error when none exists.
std::filesystem::path assets_dir();

// The data folder: `override_dir` when given (created if missing), else the user's data
// directory from SDL_GetPrefPath. Throws std::runtime_error when it cannot be made.
std::filesystem::path data_dir(const std::string& override_dir);

// The default question bank inside a data folder.
std::filesystem::path default_bank_path(const std::filesystem::path& data);

}  // namespace tarikh::app
