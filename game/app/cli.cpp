#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

#include "game/app/commands.hpp"

namespace tarikh::app {

namespace {

// CLI11's messages can span lines; the contract is one clear line on stderr.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::vector<std::string>& stored_arguments() {
  static std::vector<std::string> args;
  return args;
}

}  // namespace

const std::vector<std::string>& cli_arguments() {
  return stored_arguments();
}

int run_cli(int argc, char** argv, const WindowCommands& window) {
  stored_arguments().assign(argv, argv + argc);
  CLI::App app{
      "Tarikh: learn the dates and facts of history from Arabic documents.\n"
      "Without a command, starts the game.",
      "tarikh"};
  app.set_version_flag("--version", std::string("tarikh ") + TARIKH_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough();

  GlobalOptions global;
  app.add_option("--data", global.data_dir,
                 "Folder for the learner database and default bank (default: the user's data "
                 "directory)");
  app.add_option("--bank", global.bank,
                 "The game: a question bank file to play, e.g. one a teacher shared (default: the "
                 "bank built from the bundled documents)");

  // bank build / bank export
  auto* bank = app.add_subcommand("bank", "Build or export a question bank");
  bank->require_subcommand(1);
  BankBuildOptions build;
  auto* bank_build = bank->add_subcommand("build", "Build a question bank from documents");
  bank_build->add_option("--out", build.out, "Bank file to write (default: the game's bank)");
  bank_build->add_option("inputs", build.inputs,
                         "Documents (.txt) or folders (default: the bundled documents)");
  BankExportOptions exp;
  auto* bank_export = bank->add_subcommand("export", "Export the questions of a bank");
  bank_export->add_option("--bank", exp.bank, "Bank file (default: the game's bank)");
  bank_export->add_option("--format", exp.format, "jsonl, csv or anki")
      ->required()
      ->check(CLI::IsMember({"jsonl", "csv", "anki"}));
  bank_export->add_option("--out", exp.out, "File to write (default: standard output)");

  // render
  RenderOptions render;
  auto* render_cmd =
      app.add_subcommand("render", "Lay out and render one paragraph to a PNG, headless");
  render_cmd->add_option("--text", render.text, "The text (UTF-8)")->required();
  render_cmd->add_option("--font-size", render.font_size, "Font size in pixels (default 32)")
      ->check(CLI::Range(1, 1000));
  render_cmd->add_option("--width", render.width, "Paragraph width in pixels (default 1000)")
      ->check(CLI::PositiveNumber);
  render_cmd->add_option("--dir", render.dir, "Paragraph direction: auto, rtl or ltr")
      ->check(CLI::IsMember({"auto", "rtl", "ltr"}));
  render_cmd->add_option("--font", render.font, "A font file to try first");
  render_cmd->add_option("--out", render.out, "PNG file to write")->required();

  // srs replay
  auto* srs = app.add_subcommand("srs", "Spaced-repetition tools");
  srs->require_subcommand(1);
  SrsReplayOptions replay;
  auto* srs_replay = srs->add_subcommand(
      "replay", "Replay card,day,rating lines from standard input through the FSRS-6 scheduler");
  srs_replay->add_option("--retention", replay.retention, "Desired retention, 0 < R <= 1")
      ->check(CLI::Range(0.0, 1.0));

  // play
  PlayOptions play;
  auto* play_cmd = app.add_subcommand("play", "Run the game loop from a script of input events");
  play_cmd->add_flag("--headless", play.headless, "Use an offscreen renderer and a virtual clock");
  play_cmd->add_option("--script", play.script, "Script of input events")->required();
  play_cmd->add_option("--shots", play.shots, "Folder for screenshots");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "tarikh: " << one_line(e.what()) << " (see tarikh --help)\n";
    return 2;
  }

  try {
    if (*bank_build) return run_bank_build(global, build);
    if (*bank_export) return run_bank_export(global, exp);
    if (*render_cmd) return run_render(render);
    if (*srs_replay) {
      if (!(replay.retention > 0.0)) {
        std::cerr << "tarikh: --retention must be above 0 and at most 1\n";
        return 2;
      }
      return run_srs_replay(replay);
    }
    if (*play_cmd) return window.play(global, play);
    return window.game(global);
  } catch (const std::exception& e) {
    std::cerr << "tarikh: " << one_line(e.what()) << "\n";
    return 2;
  }
}

}  // namespace tarikh::app
