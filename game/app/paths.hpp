// Where Tarikh finds its assets and keeps the learner's data.
#pragma once

#include <filesystem>
#include <string>

namespace tarikh::app {

// The assets folder: $TARIKH_ASSETS if set, else `assets` beside the executable (build tree),
// else <prefix>/share/tarikh/assets (installed). Throws std::runtime_error when none exists.
std::filesystem::path assets_dir();

// The data folder: `override_dir` when given (created if missing), else the user's data
// directory, the folder SDL_GetPrefPath("tarikh", "tarikh") names on Linux:
// $XDG_DATA_HOME/tarikh/tarikh, or ~/.local/share/tarikh/tarikh. (Worked out here rather than
// asked of SDL so that the commands without a window never load SDL.) Throws std::runtime_error
// when it cannot be made.
std::filesystem::path data_dir(const std::string& override_dir);

// The user's data directory as above, without creating it. Throws when neither XDG_DATA_HOME nor
// HOME is set.
std::filesystem::path user_data_dir();

// The game program (`tarikh-game`, the part with the window) that `tarikh` hands the game and
// `play` to: beside the executable (build tree), else <prefix>/libexec/tarikh/tarikh-game.
// Returns the first candidate when none exists (the caller reports it).
std::filesystem::path game_program();

// The default question bank inside a data folder.
std::filesystem::path default_bank_path(const std::filesystem::path& data);

}  // namespace tarikh::app
