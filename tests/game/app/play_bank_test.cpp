// The default bank through the real binary: built on first run, left alone while it is up to
// date, rebuilt when it was made by another version of the fact pipeline.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "questions/bank/bank.hpp"
#include "questions/bank/build.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
namespace q = tarikh::questions;
using tarikh::testing::run_tarikh;

namespace {

class DefaultBank : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tarikh-play-bank-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    std::ofstream(dir_ / "home.play") << "expect-screen home\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  tarikh::testing::ProcessResult play() {
    return run_tarikh({"play", "--headless", "--script", (dir_ / "home.play").string(), "--data",
                       (dir_ / "data").string()});
  }
  fs::path bank() const { return dir_ / "data" / "bank.sqlite"; }
  // Whether every document of the bank had its facts made by this build's pipeline.
  bool current() const {
    const auto docs = q::read_bank_documents(bank());
    if (docs.empty()) return false;
    for (const auto& d : docs) {
      if (q::pipeline_version(d) != q::fact_pipeline_version()) return false;
    }
    return true;
  }
  fs::path dir_;
};

}  // namespace

TEST(PipelineVersion, ReadFromTheDocumentsKey) {
  q::DocumentRecord d;
  d.content_hash = "0123abcd-1f2-p7";
  EXPECT_EQ(q::pipeline_version(d), 7);
  d.content_hash = "0123abcd-1f2-p12";
  EXPECT_EQ(q::pipeline_version(d), 12);
  for (const char* none : {"0123abcd-1f2", "0123abcd-1f2-p", "0123abcd-1f2-px", ""}) {
    d.content_hash = none;
    EXPECT_EQ(q::pipeline_version(d), std::nullopt) << none;
  }
  EXPECT_GT(q::fact_pipeline_version(), 0);
}

TEST_F(DefaultBank, RebuiltWhenMadeByAnotherFactPipeline) {
  auto r = play();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_TRUE(fs::exists(bank()));
  EXPECT_TRUE(current());
  const auto built = fs::last_write_time(bank());

  // Up to date: not rebuilt.
  r = play();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(fs::last_write_time(bank()), built);

  // The same documents, their facts made by an older pipeline.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(bank().c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  ASSERT_EQ(sqlite3_exec(db,
                         "UPDATE documents SET content_hash = "
                         "substr(content_hash, 1, instr(content_hash, '-p') - 1) || '-p0'",
                         nullptr, nullptr, &error),
            SQLITE_OK)
      << (error ? error : "");
  sqlite3_close(db);
  ASSERT_FALSE(current());
  const auto tampered = fs::last_write_time(bank());

  r = play();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_NE(fs::last_write_time(bank()), tampered);
  EXPECT_TRUE(current());  // every document read again by this build
  EXPECT_FALSE(q::read_bank(bank()).empty());
}
