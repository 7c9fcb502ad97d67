// `tarikh` (the game window) and `tarikh play` (a script of input events, in a window or
// headless).
#include <filesystem>
#include <iostream>

#include "game/app/commands.hpp"
#include "game/app/loop.hpp"
#include "game/app/paths.hpp"
#include "game/app/script.hpp"
#include "game/session/sample_questions.hpp"

namespace tarikh::app {

namespace {

// The questions the game plays. SAMPLE DATA until the question bank reader (questions/bank)
// and the learner store are wired in: then this reads the default bank in `data`.
std::vector<questions::Question> game_questions(const GlobalOptions& global) {
  if (!global.data_dir.empty()) data_dir(global.data_dir);  // creates it; the store will use it
  return session::sample_questions();
}

}  // namespace

int run_game(const GlobalOptions& global) {
  LoopConfig config;
  GameLoop loop(config, game_questions(global));
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
  GameLoop loop(config, game_questions(global));
  return loop.run_script(script);
}

}  // namespace tarikh::app
