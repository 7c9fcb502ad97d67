// `tarikh` (the game window) and `tarikh play` (a script of input events, in a window or
// headless). Both play the default bank of the data folder, built from the bundled documents on
// first run and rebuilt when they change, and keep the learner's progress in learner.db there.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "game/app/commands.hpp"
#include "game/app/loop.hpp"
#include "game/app/paths.hpp"
#include "game/app/script.hpp"
#include "game/session/sample_questions.hpp"
#include "game/srs/scheduler.hpp"
#include "game/store/learner_db.hpp"
#include "questions/bank/bank.hpp"
#include "questions/bank/build.hpp"

namespace tarikh::app {

namespace {

namespace fs = std::filesystem;
namespace q = tarikh::questions;

std::int64_t wall_seconds() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

// The documents a bank must be (re)built from, or nothing when `bank` is up to date: the bundled
// documents, and the learner's own documents the bank already holds (kept when they still exist).
// The bank is stale when it is missing or unreadable, a bundled document is new or changed, a
// bundled document it holds is gone, or its facts were made by another version of the fact
// pipeline.
std::optional<std::vector<fs::path>> stale_inputs(const fs::path& bank, const fs::path& bundled,
                                                  int& bundled_count) {
  std::vector<std::string> warnings;
  const auto docs = q::collect_documents({bundled}, warnings);
  bundled_count = static_cast<int>(docs.size());
  std::vector<fs::path> inputs = {bundled};
  std::error_code ec;
  // The learner's own documents (the documents screen copies them there).
  const fs::path own = bank.parent_path() / "documents";
  const fs::path own_abs = fs::weakly_canonical(own, ec);
  if (fs::is_directory(own, ec)) inputs.push_back(own);
  if (!fs::exists(bank, ec)) return inputs;
  std::vector<q::DocumentRecord> held;
  try {
    held = q::read_bank_documents(bank);
  } catch (const q::BankError&) {
    return inputs;
  }
  bool stale = false;
  std::map<std::string, std::string> hash_of;  // bundled name -> content hash
  for (const auto& d : docs) {
    std::uint64_t size = 0;
    try {
      hash_of[d.filename().string()] = q::content_hash(d, size);
    } catch (const std::exception&) {
      stale = true;
    }
  }
  std::set<std::string> seen;
  const fs::path bundled_abs = fs::weakly_canonical(bundled, ec);
  for (const auto& h : held) {
    // Facts made by another version of the fact pipeline are made again.
    if (q::pipeline_version(h) != q::fact_pipeline_version()) stale = true;
    const fs::path p(h.path);
    const bool is_bundled =
        hash_of.count(h.name) || fs::weakly_canonical(p.parent_path(), ec) == bundled_abs;
    if (!is_bundled) {
      // Another of the learner's own documents, read from where it was added.
      if (fs::weakly_canonical(p.parent_path(), ec) != own_abs && fs::exists(p, ec)) {
        inputs.push_back(p);
      }
      continue;
    }
    const auto it = hash_of.find(h.name);
    // The bank's hash is the content hash with the fact pipeline's version after it.
    if (it == hash_of.end() || h.content_hash.rfind(it->second + "-", 0) != 0) stale = true;
    seen.insert(h.name);
  }
  if (seen.size() != hash_of.size()) stale = true;
  if (!stale) return std::nullopt;
  return inputs;
}

// The questions of the bank at `bank`, built first when needed. Falls back on the bank as it was
// when a rebuild fails, and on the SAMPLE DATA of game/session/sample_questions.hpp only when no
// document is available at all (said on stderr).
std::vector<q::Question> default_bank_questions(const fs::path& bank) {
  fs::path bundled;
  try {
    bundled = assets_dir() / "documents";
  } catch (const std::exception&) {
  }
  int count = 0;
  const auto inputs =
      bundled.empty() ? std::optional<std::vector<fs::path>>{} : stale_inputs(bank, bundled, count);
  if (inputs) {
    if (isatty(STDERR_FILENO) == 1) {
      std::cerr << "tarikh: building the question bank from " << count << " documents…\n";
    }
    try {
      q::BuildOptions build;
      build.inputs = *inputs;
      build.out = bank;
      q::build_bank(build);
    } catch (const std::exception& e) {
      std::error_code ec;
      if (!fs::exists(bank, ec)) {
        std::cerr << "tarikh: no documents to build the question bank from (" << e.what()
                  << "): playing the sample questions\n";
        return session::sample_questions();
      }
      std::cerr << "tarikh: cannot rebuild the question bank (" << e.what()
                << "): playing the one built before\n";
    }
  }
  try {
    auto questions = q::read_bank(bank);
    if (!questions.empty()) return questions;
    std::cerr << "tarikh: the question bank " << bank.string()
              << " has no questions: playing the sample questions\n";
  } catch (const std::exception& e) {
    std::cerr << "tarikh: " << e.what() << " (playing the sample questions instead)\n";
  }
  return session::sample_questions();
}

// A folder removed with everything in it when the object goes.
class TempFolder {
 public:
  TempFolder() {
    std::string tmpl = (fs::temp_directory_path() / "tarikh-play-XXXXXX").string();
    if (mkdtemp(tmpl.data())) path_ = tmpl;
  }
  ~TempFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Opens learner.db in the data folder (never moving a bad file aside: the learner decides) and
// takes today's backup. Prints one line and returns nothing on failure.
std::unique_ptr<store::LearnerDb> open_learner_db(const fs::path& data) {
  const fs::path file = data / "learner.db";
  try {
    store::LearnerDb::Options options;
    options.recover = false;
    options.utc_offset_minutes = srs::local_utc_offset_minutes(wall_seconds());
    auto db = std::make_unique<store::LearnerDb>(file, options);
    try {
      db->daily_backup(wall_seconds());
    } catch (const std::exception& e) {
      std::cerr << "tarikh: no backup today: " << e.what() << "\n";
    }
    return db;
  } catch (const store::LearnerDbError& e) {
    std::cerr << "tarikh: " << e.what() << " (the file is kept as it is)\n";
  } catch (const std::exception& e) {
    std::cerr << "tarikh: cannot open " << file.string() << ": " << e.what() << "\n";
  }
  return nullptr;
}

// A bank named with --bank (perhaps one a teacher shared): read as untrusted input, never rebuilt.
// Returns false after one line on stderr when it cannot be read; leaves `questions` alone when no
// bank was named.
bool given_bank_questions(const GlobalOptions& global, std::vector<q::Question>& questions) {
  if (global.bank.empty()) return true;
  try {
    questions = q::read_bank(global.bank);
  } catch (const std::exception& e) {
    std::cerr << "tarikh: " << e.what() << "\n";
    return false;
  }
  if (questions.empty()) {
    std::cerr << "tarikh: " << global.bank << " holds no questions\n";
    return false;
  }
  return true;
}

}  // namespace

int run_game(const GlobalOptions& global) {
  LoopConfig config;
  config.data = data_dir(global.data_dir);
  auto db = open_learner_db(config.data);
  if (!db) return 2;
  config.db = db.get();
  std::vector<q::Question> questions;
  if (!given_bank_questions(global, questions)) return 2;
  if (global.bank.empty()) questions = default_bank_questions(default_bank_path(config.data));
  GameLoop loop(config, std::move(questions));
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
  // Scripts touch a data folder only when --data names one: without it they play a bank built in
  // a temporary folder and keep no progress. Tests whose scripts depend on known questions play
  // a bank of them with --bank.
  std::unique_ptr<store::LearnerDb> db;
  std::vector<q::Question> questions;
  if (!given_bank_questions(global, questions)) return 2;
  const bool have_questions = !global.bank.empty();
  if (!global.data_dir.empty()) {
    config.data = data_dir(global.data_dir);
    db = open_learner_db(config.data);
    if (!db) return 2;
    config.db = db.get();
    if (!have_questions) questions = default_bank_questions(default_bank_path(config.data));
  } else if (!have_questions) {
    TempFolder tmp;
    questions = tmp.path().empty() ? session::sample_questions()
                                   : default_bank_questions(default_bank_path(tmp.path()));
  }
  GameLoop loop(config, std::move(questions));
  return loop.run_script(script);
}

}  // namespace tarikh::app
