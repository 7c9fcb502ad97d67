// tarikh bank build | export: documents -> question bank -> jsonl, csv or Anki.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "game/app/commands.hpp"
#include "game/app/paths.hpp"
#include "questions/bank/bank.hpp"
#include "questions/bank/build.hpp"
#include "questions/bank/export.hpp"

namespace tarikh::app {

namespace fs = std::filesystem;
namespace q = tarikh::questions;

namespace {

// A one-line progress bar redrawn in place on a terminal.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() { finish(); }
  void update(std::uint64_t done, std::uint64_t total, const std::string& doc) {
    if (!enabled_) return;
    const int width = 30;
    const int percent = total ? static_cast<int>(done * 100 / total) : 100;
    if (percent == last_percent_ && doc == last_doc_) return;
    last_percent_ = percent;
    last_doc_ = doc;
    const int filled = percent * width / 100;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, '-');
    std::string name = doc.size() > 40 ? doc.substr(0, 40) : doc;
    std::fprintf(stderr, "\r[%s] %3d%% %-40s", bar.c_str(), percent, name.c_str());
    std::fflush(stderr);
    drawn_ = true;
  }
  void finish() {
    if (enabled_ && drawn_) {
      std::fprintf(stderr, "\r%*s\r", 80, "");
      std::fflush(stderr);
      drawn_ = false;
    }
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  int last_percent_ = -1;
  std::string last_doc_;
};

}  // namespace

int run_bank_build(const GlobalOptions& global, const BankBuildOptions& options) {
  q::BuildOptions build;
  if (options.inputs.empty()) {
    build.inputs.push_back(assets_dir() / "documents");
  } else {
    for (const auto& i : options.inputs) build.inputs.emplace_back(i);
  }
  build.out =
      options.out.empty() ? default_bank_path(data_dir(global.data_dir)) : fs::path(options.out);
  ProgressBar bar(isatty(STDERR_FILENO) == 1);
  build.progress = [&](std::uint64_t done, std::uint64_t total, const std::string& doc) {
    bar.update(done, total, doc);
  };
  q::BuildSummary s;
  try {
    s = q::build_bank(build);
  } catch (const q::BuildError& e) {
    bar.finish();
    std::cerr << "tarikh: " << e.what() << "\n";
    return 2;
  } catch (const q::BankError& e) {
    bar.finish();
    std::cerr << "tarikh: " << e.what() << "\n";
    return 2;
  }
  bar.finish();
  std::ostringstream out;
  out << "bank: " << build.out.string() << "\n";
  out << "documents: " << s.documents;
  if (s.documents_reused) out << " (" << s.documents_reused << " unchanged, not re-read)";
  out << "\n";
  out << "facts: " << s.facts;
  for (const auto& [kind, n] : s.facts_by_kind) out << "  " << kind << " " << n;
  out << "\n";
  out << "questions: " << s.questions;
  for (const char* type : {"cloze", "mcq", "which_first", "timeline", "numeric"}) {
    const auto it = s.questions_by_type.find(type);
    out << "  " << type << " " << (it == s.questions_by_type.end() ? 0 : it->second);
  }
  out << "\n";
  out << "conflicts: " << s.conflicts.size() << "\n";
  for (const auto& c : s.conflicts) {
    out << "  conflict: " << c.event << " —";
    for (std::size_t i = 0; i < c.sides.size(); ++i) {
      const auto& side = c.sides[i];
      out << (i ? ";" : "") << " " << side.value << " (" << side.doc << ":" << side.line << ")";
    }
    out << "\n";
  }
  out << "warnings: " << s.warnings.size() << "\n";
  for (const auto& w : s.warnings) out << "  warning: " << w << "\n";
  std::cout << out.str() << std::flush;
  return 0;
}

int run_bank_export(const GlobalOptions& global, const BankExportOptions& options) {
  const fs::path bank =
      options.bank.empty() ? default_bank_path(data_dir(global.data_dir)) : fs::path(options.bank);
  std::vector<q::Question> questions;
  try {
    questions = q::read_bank(bank);
  } catch (const q::BankError& e) {
    std::cerr << "tarikh: " << e.what() << "\n";
    return 2;
  }
  std::ostringstream text;
  if (options.format == "jsonl") {
    q::export_jsonl(questions, text);
  } else if (options.format == "csv") {
    q::export_csv(questions, text);
  } else if (options.format == "anki") {
    q::export_anki(questions, text);
  } else {
    std::cerr << "tarikh: unknown format '" << options.format << "' (jsonl, csv or anki)\n";
    return 2;
  }
  if (options.out.empty()) {
    std::cout << text.str() << std::flush;
    return std::cout ? 0 : 2;
  }
  const fs::path out = options.out;
  const fs::path tmp = out.string() + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "tarikh: cannot write " << out.string() << "\n";
      return 2;
    }
    file << text.str();
    file.close();
    if (!file) {
      std::error_code ec;
      fs::remove(tmp, ec);
      std::cerr << "tarikh: cannot write " << out.string() << "\n";
      return 2;
    }
  }
  std::error_code ec;
  fs::rename(tmp, out, ec);
  if (ec) {
    fs::remove(tmp, ec);
    std::cerr << "tarikh: cannot write " << out.string() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace tarikh::app
