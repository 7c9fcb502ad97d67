// tarikh bank build / export, driven through the real binary as a user would.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/csv.hpp"
#include "support/process.hpp"

using tarikh::testing::parse_csv;

namespace {

namespace fs = std::filesystem;
using tarikh::testing::count_lines;
using tarikh::testing::read_file;
using tarikh::testing::run_tarikh;

const fs::path kData = fs::path(TARIKH_TEST_DATA) / "bank";

class BankCli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-bankcli-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST_F(BankCli, BuildsTheBundledDocumentsAndExportsValidJsonl) {
  const auto build = run_tarikh({"bank", "build", "--out", path("bank.db")});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_TRUE(build.err.empty()) << "no progress bar when stderr is not a terminal: " << build.err;
  EXPECT_NE(build.out.find("documents: 5"), std::string::npos) << build.out;
  for (const char* word : {"facts:", "questions:", "conflicts:", "warnings:", "cloze", "mcq",
                           "which_first", "timeline", "numeric", "date", "quantity"}) {
    EXPECT_NE(build.out.find(word), std::string::npos) << word << " missing from\n" << build.out;
  }
  const auto exp = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  const auto lines = lines_of(exp.out);
  ASSERT_GT(lines.size(), 50u);
  std::set<std::string> ids, types;
  const std::set<std::string> kinds = {"date", "range", "decade", "duration", "quantity"};
  for (const auto& line : lines) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_TRUE(j.is_object()) << line;
    for (const char* key : {"id", "type", "prompt", "answer"}) {
      ASSERT_TRUE(j.contains(key) && j[key].is_string() && !j[key].get<std::string>().empty())
          << key << " in " << line;
    }
    ASSERT_TRUE(j.contains("choices") && j["choices"].is_array()) << line;
    EXPECT_TRUE(ids.insert(j["id"].get<std::string>()).second) << "duplicate id: " << line;
    const std::string type = j["type"];
    types.insert(type);
    std::vector<nlohmann::json> facts;
    if (type == "which_first" || type == "timeline") {
      ASSERT_TRUE(j.contains("facts") && j["facts"].is_array()) << line;
      EXPECT_FALSE(j.contains("fact")) << line;
      for (const auto& f : j["facts"]) facts.push_back(f);
      EXPECT_EQ(j["choices"].size(), j["facts"].size()) << line;
    } else {
      ASSERT_TRUE(j.contains("fact") && j["fact"].is_object()) << line;
      facts.push_back(j["fact"]);
    }
    for (const auto& f : facts) {
      for (const char* key : {"kind", "value", "surface", "doc", "sentence"}) {
        ASSERT_TRUE(f.contains(key) && f[key].is_string() && !f[key].get<std::string>().empty())
            << key << " in " << line;
      }
      EXPECT_TRUE(kinds.count(f["kind"].get<std::string>())) << line;
      EXPECT_NE(f["sentence"].get<std::string>().find(f["surface"].get<std::string>()),
                std::string::npos)
          << line;
      EXPECT_EQ(fs::path(f["doc"].get<std::string>()).extension(), ".txt") << line;
    }
    if (type == "mcq") {
      EXPECT_EQ(j["choices"].size(), 4u) << line;
      int hits = 0;
      for (const auto& c : j["choices"]) hits += c == j["answer"];
      EXPECT_EQ(hits, 1) << line;
    }
    if (type == "cloze") {
      EXPECT_NE(j["prompt"].get<std::string>().find("____"), std::string::npos) << line;
    }
  }
  EXPECT_EQ(types, (std::set<std::string>{"cloze", "mcq", "which_first", "timeline", "numeric"}));
}

TEST_F(BankCli, HijriAndArabicIndicDocumentKeepsItsStyle) {
  ASSERT_EQ(
      run_tarikh({"bank", "build", "--out", path("bank.db"), (kData / "hijri_indic.txt").string()})
          .exit_code,
      0);
  const auto exp = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  bool hijri = false, indic_mcq = false;
  for (const auto& line : lines_of(exp.out)) {
    const auto j = nlohmann::json::parse(line);
    if (!j.contains("fact")) continue;
    const auto& f = j["fact"];
    if (f["value"].get<std::string>().find("AH") != std::string::npos) {
      hijri = true;
      EXPECT_TRUE(f.contains("gregorian")) << line;
    }
    if (j["type"] == "mcq" && f["surface"].get<std::string>().find("٢") != std::string::npos) {
      indic_mcq = true;
      for (const auto& c : j["choices"]) {
        EXPECT_EQ(c.get<std::string>().find_first_of("0123456789"), std::string::npos) << line;
      }
    }
  }
  EXPECT_TRUE(hijri);
  EXPECT_TRUE(indic_mcq);
}

// On a terminal the build draws a progress bar on stderr; the summary stays on stdout.
TEST_F(BankCli, ProgressBarOnlyOnATerminal) {
  int master = -1, slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  const std::string out_file = path("out.txt");
  std::vector<std::string> args = {TARIKH_BINARY, "bank", "build", "--out", path("bank.db")};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_adddup2(&actions, slave, 2);
  posix_spawn_file_actions_addclose(&actions, master);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  close(slave);
  std::string err;
  char buf[4096];
  for (;;) {
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    err.append(buf, static_cast<std::size_t>(n));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(err.find("100%"), std::string::npos) << err;
  EXPECT_NE(err.find('\r'), std::string::npos) << err;
  const std::string out = read_file(out_file);
  EXPECT_NE(out.find("documents: 5"), std::string::npos) << out;
  EXPECT_EQ(out.find('%'), std::string::npos) << out;
}

TEST_F(BankCli, RebuildingGivesTheSameBank) {
  ASSERT_EQ(run_tarikh({"bank", "build", "--out", path("a.db")}).exit_code, 0);
  ASSERT_EQ(run_tarikh({"bank", "build", "--out", path("b.db")}).exit_code, 0);
  const auto a = run_tarikh({"bank", "export", "--bank", path("a.db"), "--format", "jsonl"});
  const auto b = run_tarikh({"bank", "export", "--bank", path("b.db"), "--format", "jsonl"});
  EXPECT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

TEST_F(BankCli, CsvHasAHeaderAndOneRecordPerQuestion) {
  ASSERT_EQ(run_tarikh({"bank", "build", "--out", path("bank.db")}).exit_code, 0);
  const auto jsonl = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  const auto csv = run_tarikh(
      {"bank", "export", "--bank", path("bank.db"), "--format", "csv", "--out", path("bank.csv")});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_TRUE(csv.out.empty());
  const auto rows = parse_csv(read_file(path("bank.csv")));
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0][0], "id");
  EXPECT_EQ(rows[0].size(), 12u);
  EXPECT_EQ(rows.size() - 1, static_cast<std::size_t>(count_lines(jsonl.out)));
  for (const auto& r : rows) EXPECT_EQ(r.size(), rows[0].size());
}

TEST_F(BankCli, AnkiImportHasHeadersGuidsClozesAndTags) {
  ASSERT_EQ(run_tarikh({"bank", "build", "--out", path("bank.db")}).exit_code, 0);
  const auto anki = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "anki"});
  ASSERT_EQ(anki.exit_code, 0) << anki.err;
  const auto lines = lines_of(anki.out);
  ASSERT_GT(lines.size(), 6u);
  EXPECT_EQ(lines[0], "#separator:tab");
  EXPECT_EQ(lines[1], "#html:false");
  EXPECT_EQ(lines[2], "#notetype:Cloze");
  EXPECT_EQ(lines[3].rfind("#deck:", 0), 0u);
  EXPECT_EQ(lines[4], "#guid column:1");
  EXPECT_EQ(lines[5], "#tags column:4");
  std::set<std::string> guids;
  for (std::size_t i = 6; i < lines.size(); ++i) {
    std::vector<std::string> fields;
    std::string f;
    for (char c : lines[i]) {
      if (c == '\t') {
        fields.push_back(f);
        f.clear();
      } else {
        f += c;
      }
    }
    fields.push_back(f);
    ASSERT_EQ(fields.size(), 4u) << lines[i];
    EXPECT_TRUE(guids.insert(fields[0]).second) << lines[i];
    EXPECT_NE(fields[1].find("{{c1::"), std::string::npos) << lines[i];
    EXPECT_NE(fields[3].find("doc::"), std::string::npos) << lines[i];
    EXPECT_NE(fields[3].find("kind::"), std::string::npos) << lines[i];
  }
}

TEST_F(BankCli, InvalidUtf8IsAWarningAndTheOthersStillBuild) {
  const auto r =
      run_tarikh({"bank", "build", "--out", path("bank.db"), (kData / "invalid_utf8.txt").string(),
                  (kData / "bom_crlf.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("invalid_utf8.txt:2: invalid UTF-8"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("documents: 2"), std::string::npos) << r.out;
}

TEST_F(BankCli, BomAndCrlfAreFineAndEmptyIsAWarning) {
  const auto r = run_tarikh({"bank", "build", "--out", path("bank.db"),
                             (kData / "bom_crlf.txt").string(), (kData / "empty.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("warnings: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("empty.txt:1: empty document"), std::string::npos) << r.out;
  const auto exp = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  EXPECT_EQ(exp.out.find('\r'), std::string::npos);
  EXPECT_NE(exp.out.find("1956-03-20"), std::string::npos) << exp.out;
}

TEST_F(BankCli, NoUsableDocumentExitsTwoWithOneLine) {
  for (const std::vector<std::string>& inputs :
       {std::vector<std::string>{(kData / "empty.txt").string()},
        std::vector<std::string>{path("missing.txt")},
        std::vector<std::string>{(kData / "blank.txt").string(), (kData / "no_dates.txt").string()},
        std::vector<std::string>{dir_.string()}}) {
    std::vector<std::string> args = {"bank", "build", "--out", path("bank.db")};
    args.insert(args.end(), inputs.begin(), inputs.end());
    const auto r = run_tarikh(args);
    EXPECT_EQ(r.exit_code, 2) << inputs[0];
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("no usable document"), std::string::npos) << r.err;
  }
  const auto missing = run_tarikh({"bank", "build", "--out", path("x.db"), path("missing.txt")});
  EXPECT_NE(missing.err.find("missing.txt"), std::string::npos) << missing.err;
}

TEST_F(BankCli, AFailedBuildKeepsThePreviousBank) {
  ASSERT_EQ(run_tarikh({"bank", "build", "--out", path("bank.db")}).exit_code, 0);
  const auto before =
      run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  const auto failed =
      run_tarikh({"bank", "build", "--out", path("bank.db"), (kData / "empty.txt").string()});
  EXPECT_EQ(failed.exit_code, 2);
  const auto after = run_tarikh({"bank", "export", "--bank", path("bank.db"), "--format", "jsonl"});
  EXPECT_EQ(after.exit_code, 0);
  EXPECT_EQ(before.out, after.out);
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_)) files += e.is_regular_file();
  EXPECT_EQ(files, 1) << "no temporary file left behind";
}

TEST_F(BankCli, AFolderAsTheBankIsOneClearLine) {
  fs::create_directories(path("folder.db"));
  const auto r =
      run_tarikh({"bank", "build", "--out", path("folder.db"), (kData / "bom_crlf.txt").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("is a folder"), std::string::npos) << r.err;
  const auto e = run_tarikh({"bank", "export", "--bank", path("folder.db"), "--format", "csv"});
  EXPECT_EQ(e.exit_code, 2);
  EXPECT_EQ(count_lines(e.err), 1) << e.err;
}

TEST_F(BankCli, ExportingSomethingElseIsOneClearLine) {
  std::ofstream(path("notes.db")) << "these are my notes, not a bank\n";
  for (const auto& bank : {path("notes.db"), path("nothing.db")}) {
    const auto r = run_tarikh({"bank", "export", "--bank", bank, "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  const auto r = run_tarikh({"bank", "export", "--bank", path("notes.db"), "--format", "csv"});
  EXPECT_NE(r.err.find("not a Tarikh bank"), std::string::npos) << r.err;
}

TEST_F(BankCli, DefaultBankLivesInTheDataFolder) {
  const auto build = run_tarikh({"--data", path("data"), "bank", "build"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  const auto exp = run_tarikh({"--data", path("data"), "bank", "export", "--format", "jsonl"});
  EXPECT_EQ(exp.exit_code, 0) << exp.err;
  EXPECT_GT(count_lines(exp.out), 50);
}

}  // namespace
