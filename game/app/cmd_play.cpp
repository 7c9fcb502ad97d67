// `tarikh` (the game window) and `tarikh play` (a script of input events, in a window or
// headless).
#include <filesystem>
#include <iostream>

#include "game/app/commands.hpp"
#include "game/app/loop.hpp"
#include "game/app/paths.hpp"
#include "game/app/script.hpp"
#include "game/session/sample_questions.hpp"
#include "questions/bank/bank.hpp"

namespace tarikh::app {

namespace {

// The questions the game plays: the bank in the data folder when there is one (for `play`, only
// when --data names the folder, so that scripts run on known questions), else the SAMPLE DATA of
// game/session/sample_questions.hpp. A bank that cannot be read is reported, not fatal.
std::vector<questions::Question> game_questions(const GlobalOptions& global, bool user_data) {
  if (user_data || !global.data_dir.empty()) {
    const auto bank = default_bank_path(data_dir(global.data_dir));
    if (std::filesystem::exists(bank)) {
      try {
        auto qs = questions::read_bank(bank);
        if (!qs.empty()) return qs;
      } catch (const std::exception& e) {
        std::cerr << "tarikh: " << e.what() << " (playing the sample questions instead)\n";
      }
    }
  }
  return session::sample_questions();
}

}  // namespace

int run_game(const GlobalOptions& global) {
  LoopConfig config;
  config.data = data_dir(global.data_dir);
  GameLoop loop(config, game_questions(global, true));
  return loop.run();
}

int run_play(const GlobalOptions& global, const PlayOptions& options) {
  std::vector<ScriptCommand> script;
  try {
    script = load_script(options.script);  // every line is checked before anything runs
  } catch (const ScriptError& e) {
    if (e.line() > 0) {
      std::cerr << "tarikh: " << options.script << ": " << e.what() << "\n";
    } else {
      std::cerr << "tarikh: " << e.what() << "\n";
    }
    return 2;
  }
  LoopConfig config;
  config.headless = options.headless;
  if (!options.shots.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.shots, ec);
    if (ec || !std::filesystem::is_directory(options.shots)) {
      std::cerr << "tarikh: cannot create the shots folder " << options.shots << "\n";
      return 2;
    }
    config.shots = options.shots;
  }
  // Scripts touch a data folder only when --data names one.
  if (!global.data_dir.empty()) config.data = data_dir(global.data_dir);
  GameLoop loop(config, game_questions(global, false));
  return loop.run_script(script);
}

}  // namespace tarikh::app
