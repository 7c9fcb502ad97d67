// Bad database files and a locked database: one clear error of a specific type, the file kept
// (moved aside only when the caller asks to recover), never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "game/store/learner_db.hpp"
#include "game/store/temp_dir.hpp"
#include "support/process.hpp"

using namespace tarikh;
using namespace tarikh::store;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

void write_bytes(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// A real learner database with some content, checkpointed into the main file.
void make_database(const std::filesystem::path& p, int cards = 300) {
  LearnerDb db(p);
  const auto profile = db.create_profile("p", kNow);
  std::vector<std::string> ids;
  for (int i = 0; i < cards; ++i)
    ids.push_back("question-with-a-long-stable-id-" + std::to_string(i));
  db.sync_cards(profile, ids, kNow);
  db.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

LearnerDbError::Kind open_error(const std::filesystem::path& p, std::string& message,
                                bool recover = false, std::filesystem::path* moved = nullptr) {
  LearnerDb::Options o;
  o.recover = recover;
  try {
    LearnerDb db(p, o);
    // Some damage only shows when the pages are read.
    db.due_cards(1, kNow);
    db.new_cards(1, kNow, 1000);
  } catch (const LearnerDbError& e) {
    message = e.what();
    if (moved) *moved = e.moved_to();
    return e.kind();
  }
  ADD_FAILURE() << p << " opened without an error";
  return LearnerDbError::Kind::Locked;
}

class OpenErrors : public ::testing::Test {
 protected:
  tarikh::testing::TempDir dir;
  std::filesystem::path file = dir / "learner.db";
};

}  // namespace

TEST_F(OpenErrors, NotSqliteAtAll) {
  write_bytes(file, "This is a note, not a database.\n");
  std::string message;
  EXPECT_EQ(open_error(file, message), LearnerDbError::Kind::NotADatabase);
  EXPECT_NE(message.find("not a Tarikh learner database"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos);
  EXPECT_EQ(tarikh::testing::read_file(file), "This is a note, not a database.\n");  // untouched
}

TEST_F(OpenErrors, RandomBytes) {
  std::mt19937 rng(42);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  write_bytes(file, bytes);
  std::string message;
  EXPECT_EQ(open_error(file, message), LearnerDbError::Kind::NotADatabase);
  EXPECT_EQ(tarikh::testing::read_file(file), bytes);
}

TEST_F(OpenErrors, AnotherProgramsSqliteFile) {
  {
    Database other(file);
    other.exec("CREATE TABLE recipes(name TEXT)");
  }
  std::string message;
  EXPECT_EQ(open_error(file, message), LearnerDbError::Kind::NotADatabase);
  EXPECT_NE(message.find("not a Tarikh learner database"), std::string::npos) << message;
}

TEST_F(OpenErrors, Truncated) {
  make_database(file);
  const std::string whole = tarikh::testing::read_file(file);
  ASSERT_GT(whole.size(), 8192u);
  write_bytes(file, whole.substr(0, whole.size() / 2));
  std::string message;
  EXPECT_EQ(open_error(file, message), LearnerDbError::Kind::Corrupt);
  EXPECT_NE(message.find("truncated"), std::string::npos) << message;
}

// A process killed while checkpointing leaves page 1 (the header, written first) counting more
// pages than the file holds yet, with the write-ahead log still holding them all: not damage.
// SQLite finishes it from the log on open, and the logged cards are there. The same short file
// without a log is truncated.
TEST_F(OpenErrors, AnInterruptedCheckpointIsNoTruncation) {
  make_database(file, 50);
  const std::filesystem::path copy = dir / "copy.db";
  {
    LearnerDb db(file);
    db.db().exec("PRAGMA wal_autocheckpoint=0");
    std::vector<std::string> ids;
    for (int i = 0; i < 600; ++i)
      ids.push_back("a-later-question-with-a-long-id-" + std::to_string(i));
    db.sync_cards(1, ids, kNow);
    // The state on disk now: the main file as before, the new pages in the log.
    std::filesystem::copy_file(file, copy);
    std::filesystem::copy_file(file.string() + "-wal", copy.string() + "-wal");
  }
  ASSERT_GT(std::filesystem::file_size(copy.string() + "-wal"), 32u);
  // The header as a checkpoint writes it first: more pages than the file has.
  std::string bytes = tarikh::testing::read_file(copy);
  const std::uint32_t pages = static_cast<std::uint32_t>(bytes.size() / 4096) + 20;
  for (int i = 0; i < 4; ++i) bytes[28 + i] = static_cast<char>((pages >> (24 - 8 * i)) & 0xFF);
  for (int i = 0; i < 4; ++i) bytes[92 + i] = bytes[24 + i];  // the page count is valid
  write_bytes(copy, bytes);
  EXPECT_FALSE(check_header(copy));
  {
    LearnerDb db(copy);
    // The 600 cards written to the log (the first 50 left the bank with that sync).
    EXPECT_EQ(db.new_cards(1, kNow, 10000).size(), 600u);
    EXPECT_EQ(db.db().query_text("PRAGMA integrity_check"), "ok");
  }
  // Without the log, the same header over a short file is truncation.
  const std::filesystem::path alone = dir / "alone.db";
  write_bytes(alone, bytes);
  const auto bad = check_header(alone);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->kind(), LearnerDbError::Kind::Corrupt);
}

TEST_F(OpenErrors, CorruptPages) {
  make_database(file);
  std::string bytes = tarikh::testing::read_file(file);
  // Keep the header page, scribble over every other page's b-tree header.
  const std::size_t page = 4096;
  ASSERT_GT(bytes.size(), 4 * page);
  std::mt19937 rng(7);
  for (std::size_t off = page; off < bytes.size(); off += page) {
    for (std::size_t i = 0; i < 64; ++i) bytes[off + i] = static_cast<char>(rng());
  }
  write_bytes(file, bytes);
  std::string message;
  std::filesystem::path moved;
  EXPECT_EQ(open_error(file, message, true, &moved), LearnerDbError::Kind::Corrupt);
  EXPECT_NE(message.find("damaged"), std::string::npos) << message;
  // Recovery moved it aside, byte for byte, with a timestamp suffix; nothing at the old path.
  ASSERT_FALSE(moved.empty());
  EXPECT_NE(moved.filename().string().find("learner.db.broken-"), std::string::npos);
  EXPECT_EQ(tarikh::testing::read_file(moved), bytes);
  EXPECT_FALSE(std::filesystem::exists(file));
  EXPECT_NE(message.find(moved.string()), std::string::npos);
  // A fresh database can now be made there.
  LearnerDb fresh(file);
  EXPECT_TRUE(fresh.profiles().empty());
}

TEST_F(OpenErrors, NewerSchema) {
  make_database(file);
  {
    Database raw(file);
    raw.set_user_version(LearnerDb::kSchemaVersion + 1);
  }
  std::string message;
  EXPECT_EQ(open_error(file, message), LearnerDbError::Kind::NewerSchema);
  EXPECT_NE(message.find("newer Tarikh"), std::string::npos) << message;
  EXPECT_TRUE(std::filesystem::exists(file));
  Database raw(file);
  EXPECT_EQ(raw.user_version(), LearnerDb::kSchemaVersion + 1);  // not downgraded
}

TEST_F(OpenErrors, RecoveringTwiceNeverOverwrites) {
  std::vector<std::filesystem::path> moved;
  for (int i = 0; i < 2; ++i) {
    write_bytes(file, "garbage " + std::to_string(i));
    std::string message;
    std::filesystem::path m;
    open_error(file, message, true, &m);
    moved.push_back(m);
  }
  ASSERT_NE(moved[0], moved[1]);
  EXPECT_EQ(tarikh::testing::read_file(moved[0]), "garbage 0");
  EXPECT_EQ(tarikh::testing::read_file(moved[1]), "garbage 1");
}

TEST_F(OpenErrors, LockedDatabaseGivesAClearErrorAfterTheTimeoutAndLosesNothing) {
  make_database(file, 5);
  LearnerDb::Options o;
  o.busy_timeout_ms = 200;
  LearnerDb db(file, o);
  const auto card = db.card(1, "question-with-a-long-stable-id-0")->card.id;
  srs::SchedulerConfig config;
  const srs::Scheduler sched(config);
  db.answer(sched, card, kNow, srs::Rating::Good, 100, "study");

  Database other(file);
  other.exec("BEGIN EXCLUSIVE");
  other.exec("INSERT INTO profiles(name, created_at) VALUES('holder', 1)");
  const auto start = std::chrono::steady_clock::now();
  try {
    db.answer(sched, card, kNow + 700, srs::Rating::Good, 100, "study");
    FAIL() << "no error while another connection holds the write lock";
  } catch (const DatabaseBusy& e) {
    EXPECT_NE(std::string(e.what()).find("locked by another program"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("200 ms"), std::string::npos) << e.what();
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(150));
  // Opening while it is held: readers still work in WAL mode.
  EXPECT_EQ(LearnerDb(file, o).review_count(1), 1);
  other.exec("COMMIT");
  // Nothing lost; the same answer goes through now.
  db.answer(sched, card, kNow + 700, srs::Rating::Good, 100, "study");
  EXPECT_EQ(db.review_count(1), 2);
  EXPECT_EQ(db.profiles().size(), 2u);
}

TEST_F(OpenErrors, LockedDuringCreationIsALockedError) {
  // A fresh (empty) file held exclusively by a non-WAL connection: creating the schema cannot
  // take the lock.
  Database other(file);
  other.exec("PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE; CREATE TABLE x(y);");
  LearnerDb::Options o;
  o.busy_timeout_ms = 100;
  o.recover = true;  // a lock is not damage: never moved aside
  try {
    LearnerDb db(file, o);
    FAIL() << "opened a database held exclusively by another connection";
  } catch (const LearnerDbError& e) {
    EXPECT_EQ(e.kind(), LearnerDbError::Kind::Locked) << e.what();
    EXPECT_TRUE(e.moved_to().empty());
  }
  EXPECT_TRUE(std::filesystem::exists(file));
  other.exec("ROLLBACK");
}
