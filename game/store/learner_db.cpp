#include "game/store/learner_db.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <fstream>
#include <limits>
#include <system_error>

namespace tarikh::store {

namespace fs = std::filesystem;

namespace {

// One migration per version: kMigrations[v] brings version v to v + 1.
constexpr std::array<const char*, LearnerDb::kSchemaVersion> kMigrations = {
    // 0 -> 1: profiles, settings, cards, review log.
    R"sql(
CREATE TABLE profiles(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL);
CREATE TABLE settings(
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY(profile_id, key)) WITHOUT ROWID;
CREATE TABLE cards(
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  stability REAL NOT NULL DEFAULT 0,
  difficulty REAL NOT NULL DEFAULT 0,
  step INTEGER NOT NULL DEFAULT 0,
  due INTEGER NOT NULL DEFAULT 0,
  last_review INTEGER NOT NULL DEFAULT 0,
  scheduled_days INTEGER NOT NULL DEFAULT 0,
  reps INTEGER NOT NULL DEFAULT 0,
  lapses INTEGER NOT NULL DEFAULT 0,
  UNIQUE(profile_id, question_id));
CREATE TABLE review_log(
  id INTEGER PRIMARY KEY,
  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  time INTEGER NOT NULL,
  grade INTEGER NOT NULL CHECK(grade BETWEEN 1 AND 4),
  elapsed_days INTEGER NOT NULL,
  state_before INTEGER NOT NULL,
  state_after INTEGER NOT NULL,
  stability_after REAL NOT NULL,
  difficulty_after REAL NOT NULL,
  scheduled_days INTEGER NOT NULL);
)sql",
    // 1 -> 2: suspension, answer duration and mode; the indexes the queries need.
    R"sql(
ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_log ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_log ADD COLUMN mode TEXT NOT NULL DEFAULT 'study';
CREATE INDEX cards_due ON cards(profile_id, suspended, state, due);
CREATE INDEX review_log_profile_time ON review_log(profile_id, time);
CREATE INDEX review_log_card ON review_log(card_id);
)sql",
    // 2 -> 3: classroom competitions.
    R"sql(
CREATE TABLE competitions(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER);
CREATE TABLE competition_answers(
  id INTEGER PRIMARY KEY,
  competition_id INTEGER NOT NULL REFERENCES competitions(id) ON DELETE CASCADE,
  team TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  correct INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  points INTEGER NOT NULL);
CREATE INDEX competition_answers_competition ON competition_answers(competition_id);
)sql",
    // 3 -> 4: the due index also covers what the due order needs (stability, last review), so
    // ordering thousands of due cards reads no table rows.
    R"sql(
DROP INDEX cards_due;
CREATE INDEX cards_due ON cards(profile_id, suspended, state, due, stability, last_review);
)sql",
};

constexpr const char* kCardColumns =
    "id, profile_id, question_id, state, stability, difficulty, step, due, last_review, "
    "scheduled_days, reps, lapses, suspended";

CardRow read_card(const Statement& st) {
  CardRow row;
  row.card.id = st.column_int64(0);
  row.profile_id = st.column_int64(1);
  row.question_id = st.column_text(2);
  row.card.state = static_cast<srs::CardState>(st.column_int(3));
  row.card.stability = st.column_double(4);
  row.card.difficulty = st.column_double(5);
  row.card.step = st.column_int(6);
  row.card.due = st.column_int64(7);
  row.card.last_review = st.column_int64(8);
  row.card.scheduled_days = st.column_int(9);
  row.card.reps = st.column_int(10);
  row.card.lapses = st.column_int(11);
  row.suspended = static_cast<Suspension>(st.column_int(12));
  return row;
}

std::vector<CardRow> read_cards(Statement& st) {
  std::vector<CardRow> out;
  while (st.step()) out.push_back(read_card(st));
  return out;
}

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
         std::uint32_t(p[3]);
}

}  // namespace

// Checks the 100-byte SQLite header before SQLite sees the file: not SQLite, or shorter than
// its header says (truncated). Empty or missing files are fine (a new database).
std::optional<LearnerDbError> check_header(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return std::nullopt;
  const auto size = fs::file_size(file, ec);
  if (ec || size == 0) return std::nullopt;
  unsigned char h[100] = {};
  std::ifstream in(file, std::ios::binary);
  in.read(reinterpret_cast<char*>(h), sizeof h);
  static const char kMagic[] = "SQLite format 3";  // 15 characters and a NUL
  if (in.gcount() < 100 || !std::equal(kMagic, kMagic + 16, h)) {
    return LearnerDbError(LearnerDbError::Kind::NotADatabase,
                          file.string() + " is not a Tarikh learner database (not an SQLite file)");
  }
  const std::uint32_t page_size_field = (std::uint32_t(h[16]) << 8) | h[17];
  const std::uint64_t page_size = page_size_field == 1 ? 65536 : page_size_field;
  const std::uint32_t pages = be32(h + 28);
  const bool pages_valid = be32(h + 92) == be32(h + 24) && pages > 0;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0) {
    return LearnerDbError(LearnerDbError::Kind::Corrupt,
                          file.string() + " is damaged (bad page size in its header)");
  }
  // A process killed while checkpointing leaves the header (page 1, written first) saying more
  // pages than the file holds yet; the write-ahead log still has every one of them and SQLite
  // replays it on open (the quick_check after opening still judges the result). Only a file
  // with no log to finish it is truncated.
  fs::path wal = file;
  wal += "-wal";
  const bool log_finishes_it = fs::exists(wal, ec) && fs::file_size(wal, ec) > 32 && !ec;
  if (pages_valid && size < page_size * pages && !log_finishes_it) {
    return LearnerDbError(LearnerDbError::Kind::Corrupt,
                          file.string() + " is damaged: truncated to " + std::to_string(size) +
                              " bytes, its header says " + std::to_string(page_size * pages));
  }
  return std::nullopt;
}

namespace {

std::string timestamp_suffix() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

std::string date_text(std::int64_t day) {
  const std::time_t t = static_cast<std::time_t>(day * 86400);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

fs::path move_aside(const fs::path& file) {
  const std::string base = file.string() + ".broken-" + timestamp_suffix();
  fs::path target = base;
  for (int n = 1; fs::exists(target); ++n) target = base + "-" + std::to_string(n);
  fs::rename(file, target);
  for (const char* companion : {"-wal", "-shm", "-journal"}) {
    const fs::path from = file.string() + companion;
    std::error_code ec;
    if (fs::exists(from, ec)) fs::rename(from, target.string() + companion, ec);
  }
  return target;
}

void LearnerDb::migrate(Database& db, int target) {
  int version = db.user_version();
  while (version < target) {
    Transaction tx(db);
    db.exec(kMigrations[version]);
    db.set_user_version(version + 1);
    tx.commit();
    ++version;
  }
}

LearnerDb::LearnerDb(const fs::path& file) : LearnerDb(file, Options{}) {}

LearnerDb::LearnerDb(const fs::path& file, Options options) : options_(options), file_(file) {
  if (options.rollover_hour < 0 || options.rollover_hour > 23) {
    throw std::invalid_argument("rollover hour must be 0..23");
  }
  auto give_up = [&](LearnerDbError error) -> LearnerDbError {
    db_.reset();
    if (!options_.recover || error.kind() == LearnerDbError::Kind::Locked) return error;
    const fs::path moved = move_aside(file_);
    return LearnerDbError(error.kind(),
                          std::string(error.what()) + "; it was moved to " + moved.string(), moved);
  };
  if (auto bad = check_header(file)) throw give_up(*bad);
  try {
    db_ = std::make_unique<Database>(file, Database::Options{false, true, options.busy_timeout_ms});
    db_->exec("PRAGMA foreign_keys = ON");
    const std::string journal = db_->query_text("PRAGMA journal_mode = WAL");
    if (journal != "wal") {
      throw LearnerDbError(LearnerDbError::Kind::Locked,
                           file.string() + ": cannot switch to WAL journal (" + journal + ")");
    }
    db_->exec("PRAGMA synchronous = FULL");
    // Up to 32 MB of page cache (grown on demand): the due queries of a large collection then
    // run from memory instead of one read() per page.
    db_->exec("PRAGMA cache_size = -32768");
    const std::string check = db_->query_text("PRAGMA quick_check");
    if (check != "ok") {
      throw LearnerDbError(LearnerDbError::Kind::Corrupt,
                           file.string() + " is damaged: " + check.substr(0, 200));
    }
    const int version = db_->user_version();
    if (version > kSchemaVersion) {
      throw LearnerDbError(LearnerDbError::Kind::NewerSchema,
                           file.string() + " was written by a newer Tarikh (schema version " +
                               std::to_string(version) + ", this one knows up to " +
                               std::to_string(kSchemaVersion) + ")");
    }
    if (version == 0 && db_->query_int("SELECT count(*) FROM sqlite_schema") > 0) {
      throw LearnerDbError(LearnerDbError::Kind::NotADatabase,
                           file.string() + " is an SQLite file but not a Tarikh learner database");
    }
    migrate(*db_);
  } catch (const LearnerDbError& e) {
    throw give_up(e);
  } catch (const DatabaseBusy& e) {
    throw give_up(LearnerDbError(LearnerDbError::Kind::Locked, e.what()));
  } catch (const DatabaseCorrupt& e) {
    const bool notadb = (e.code() & 0xff) == SQLITE_NOTADB;
    throw give_up(LearnerDbError(
        notadb ? LearnerDbError::Kind::NotADatabase : LearnerDbError::Kind::Corrupt, e.what()));
  }
}

std::int64_t LearnerDb::day_of(std::int64_t t) const {
  return floor_div(t + options_.utc_offset_minutes * 60LL - options_.rollover_hour * 3600LL, 86400);
}

std::int64_t LearnerDb::day_start(std::int64_t day) const {
  return day * 86400 - options_.utc_offset_minutes * 60LL + options_.rollover_hour * 3600LL;
}

// --- profiles and settings ------------------------------------------------------------------

std::int64_t LearnerDb::create_profile(std::string_view name, std::int64_t now) {
  if (name.empty()) throw std::invalid_argument("a profile needs a name");
  Statement st(*db_, "INSERT INTO profiles(name, created_at) VALUES(?, ?)");
  st.bind(1, name).bind(2, now).run();
  return db_->last_insert_rowid();
}

std::vector<Profile> LearnerDb::profiles() {
  Statement st(*db_, "SELECT id, name, created_at FROM profiles ORDER BY id");
  std::vector<Profile> out;
  while (st.step()) out.push_back({st.column_int64(0), st.column_text(1), st.column_int64(2)});
  return out;
}

void LearnerDb::set_setting(std::int64_t profile, std::string_view key, std::string_view value) {
  Statement st(*db_,
               "INSERT INTO settings(profile_id, key, value) VALUES(?, ?, ?) "
               "ON CONFLICT(profile_id, key) DO UPDATE SET value = excluded.value");
  st.bind(1, profile).bind(2, key).bind(3, value).run();
}

std::optional<std::string> LearnerDb::setting(std::int64_t profile, std::string_view key) {
  Statement st(*db_, "SELECT value FROM settings WHERE profile_id = ? AND key = ?");
  st.bind(1, profile).bind(2, key);
  if (!st.step()) return std::nullopt;
  return st.column_text(0);
}

double LearnerDb::desired_retention(std::int64_t profile) {
  const auto text = setting(profile, "retention");
  if (!text) return 0.9;
  char* end = nullptr;
  const double r = std::strtod(text->c_str(), &end);
  if (end == text->c_str() || !std::isfinite(r)) return 0.9;
  return std::clamp(r, 0.70, 0.99);
}

int LearnerDb::new_per_day(std::int64_t profile) {
  const auto text = setting(profile, "new_per_day");
  if (!text) return 20;
  char* end = nullptr;
  const long n = std::strtol(text->c_str(), &end, 10);
  if (end == text->c_str()) return 20;
  return static_cast<int>(std::clamp(n, 0L, 9999L));
}

srs::SchedulerConfig LearnerDb::scheduler_config(std::int64_t profile, srs::SchedulerConfig base) {
  base.desired_retention = desired_retention(profile);
  base.utc_offset_minutes = options_.utc_offset_minutes;
  base.rollover_hour = options_.rollover_hour;
  return base;
}

// --- cards ----------------------------------------------------------------------------------

SyncResult LearnerDb::sync_cards(std::int64_t profile, const std::vector<std::string>& ids,
                                 std::int64_t now) {
  SyncResult result;
  Transaction tx(*db_);
  db_->exec(
      "CREATE TEMP TABLE IF NOT EXISTS sync_ids(pos INTEGER PRIMARY KEY, qid TEXT NOT NULL "
      "UNIQUE); DELETE FROM sync_ids;");
  {
    Statement ins(*db_, "INSERT OR IGNORE INTO sync_ids(qid) VALUES(?)");
    for (const std::string& id : ids) {
      ins.bind(1, id).run();
      ins.reset();
    }
  }
  auto count = [&](const char* sql) {
    Statement st(*db_, sql);
    st.bind(1, profile);
    return st.step() ? st.column_int(0) : 0;
  };
  result.kept = count(
      "SELECT count(*) FROM cards WHERE profile_id = ? AND question_id IN (SELECT qid FROM "
      "sync_ids)");
  {
    Statement st(*db_,
                 "UPDATE cards SET suspended = 0 WHERE profile_id = ? AND suspended = 2 AND "
                 "question_id IN (SELECT qid FROM sync_ids)");
    st.bind(1, profile).run();
    result.restored = db_->changes();
  }
  {
    Statement st(*db_,
                 "UPDATE cards SET suspended = 2 WHERE profile_id = ? AND suspended = 0 AND "
                 "question_id NOT IN (SELECT qid FROM sync_ids)");
    st.bind(1, profile).run();
    result.suspended = db_->changes();
  }
  {
    Statement st(*db_,
                 "INSERT OR IGNORE INTO cards(profile_id, question_id, due) "
                 "SELECT ?, qid, ? FROM sync_ids ORDER BY pos");
    st.bind(1, profile).bind(2, now).run();
    result.added = db_->changes();
  }
  db_->exec("DELETE FROM sync_ids");
  tx.commit();
  return result;
}

std::optional<CardRow> LearnerDb::card(std::int64_t card_id) {
  Statement st(*db_, std::string("SELECT ") + kCardColumns + " FROM cards WHERE id = ?");
  st.bind(1, card_id);
  if (!st.step()) return std::nullopt;
  return read_card(st);
}

std::optional<CardRow> LearnerDb::card(std::int64_t profile, std::string_view question_id) {
  Statement st(*db_, std::string("SELECT ") + kCardColumns +
                         " FROM cards WHERE profile_id = ? AND question_id = ?");
  st.bind(1, profile).bind(2, question_id);
  if (!st.step()) return std::nullopt;
  return read_card(st);
}

void LearnerDb::set_suspended(std::int64_t card_id, bool suspended) {
  Statement st(*db_, "UPDATE cards SET suspended = ? WHERE id = ?");
  st.bind(1, suspended ? 1 : 0).bind(2, card_id).run();
}

void LearnerDb::record_review(const srs::Card& before, const srs::Outcome& outcome,
                              std::int64_t now, int duration_ms, std::string_view mode) {
  Transaction tx(*db_);
  write_review(before, outcome, now, duration_ms, mode);
  tx.commit();
}

void LearnerDb::write_review(const srs::Card& before, const srs::Outcome& outcome, std::int64_t now,
                             int duration_ms, std::string_view mode) {
  const srs::Card& c = outcome.card;
  Statement up(*db_,
               "UPDATE cards SET state = ?, stability = ?, difficulty = ?, step = ?, due = ?, "
               "last_review = ?, scheduled_days = ?, reps = ?, lapses = ? WHERE id = ?");
  up.bind(1, static_cast<int>(c.state))
      .bind(2, c.stability)
      .bind(3, c.difficulty)
      .bind(4, c.step)
      .bind(5, c.due)
      .bind(6, c.last_review)
      .bind(7, c.scheduled_days)
      .bind(8, c.reps)
      .bind(9, c.lapses)
      .bind(10, before.id)
      .run();
  if (db_->changes() != 1) {
    throw std::invalid_argument("no card with id " + std::to_string(before.id));
  }
  Statement log(*db_,
                "INSERT INTO review_log(card_id, profile_id, time, grade, elapsed_days, "
                "state_before, state_after, stability_after, difficulty_after, scheduled_days, "
                "duration_ms, mode) SELECT id, profile_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM "
                "cards WHERE id = ?");
  log.bind(1, now)
      .bind(2, static_cast<int>(outcome.rating))
      .bind(3, outcome.elapsed_days)
      .bind(4, static_cast<int>(before.state))
      .bind(5, static_cast<int>(c.state))
      .bind(6, c.stability)
      .bind(7, c.difficulty)
      .bind(8, c.scheduled_days)
      .bind(9, std::max(0, duration_ms))
      .bind(10, mode)
      .bind(11, before.id)
      .run();
}

srs::Outcome LearnerDb::answer(const srs::Scheduler& scheduler, std::int64_t card_id,
                               std::int64_t now, srs::Rating rating, int duration_ms,
                               std::string_view mode) {
  // Read, schedule and write under one write lock, so nothing can change the card in between.
  Transaction tx(*db_);
  const auto row = card(card_id);
  if (!row) throw std::invalid_argument("no card with id " + std::to_string(card_id));
  srs::Outcome outcome = scheduler.schedule(row->card, now, rating);
  write_review(row->card, outcome, now, duration_ms, mode);
  tx.commit();
  return outcome;
}

std::vector<ReviewLogRow> LearnerDb::review_log(std::int64_t card_id) {
  Statement st(*db_,
               "SELECT id, card_id, time, grade, elapsed_days, state_before, state_after, "
               "stability_after, difficulty_after, scheduled_days, duration_ms, mode FROM "
               "review_log WHERE card_id = ? ORDER BY id");
  st.bind(1, card_id);
  std::vector<ReviewLogRow> out;
  while (st.step()) {
    ReviewLogRow r;
    r.id = st.column_int64(0);
    r.card_id = st.column_int64(1);
    r.time = st.column_int64(2);
    r.grade = st.column_int(3);
    r.elapsed_days = st.column_int64(4);
    r.state_before = static_cast<srs::CardState>(st.column_int(5));
    r.state_after = static_cast<srs::CardState>(st.column_int(6));
    r.stability_after = st.column_double(7);
    r.difficulty_after = st.column_double(8);
    r.scheduled_days = st.column_int(9);
    r.duration_ms = st.column_int(10);
    r.mode = st.column_text(11);
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t LearnerDb::review_count(std::int64_t profile) {
  Statement st(*db_, "SELECT count(*) FROM review_log WHERE profile_id = ?");
  st.bind(1, profile);
  return st.step() ? st.column_int64(0) : 0;
}

// --- queues ---------------------------------------------------------------------------------

const char* LearnerDb::due_cards_sql() {
  // Three range scans of the covering index cards_due: learning and relearning cards due by now
  // (?2), review cards due before tomorrow (?3). No table rows are read here.
  return "SELECT id, due, stability, last_review FROM cards WHERE profile_id = ?1 AND "
         "suspended = 0 AND state = 1 AND due <= ?2 "
         "UNION ALL SELECT id, due, stability, last_review FROM cards WHERE profile_id = ?1 AND "
         "suspended = 0 AND state = 3 AND due <= ?2 "
         "UNION ALL SELECT id, due, stability, last_review FROM cards WHERE profile_id = ?1 AND "
         "suspended = 0 AND state = 2 AND due < ?3";
}

std::vector<CardRow> LearnerDb::due_cards(std::int64_t profile, std::int64_t now, int limit) {
  const std::int64_t today = day_of(now);
  const std::int64_t today_start = day_start(today);
  const std::int64_t tomorrow = day_start(today + 1);
  struct Due {
    std::int64_t id;
    bool overdue;
    double weight;  // elapsed / stability
  };
  std::vector<Due> due;
  {
    Statement scan(*db_, due_cards_sql());
    scan.bind(1, profile).bind(2, now).bind(3, tomorrow);
    while (scan.step()) {
      const double stability = scan.column_double(2);
      const double elapsed = static_cast<double>(now - scan.column_int64(3));
      due.push_back({scan.column_int64(0), scan.column_int64(1) < today_start,
                     stability > 0 ? elapsed / stability : 0.0});
    }
  }
  // Overdue first; then retrievability ascending. Retrievability (1 + F t / S)^-decay falls as
  // t / S grows, so that is t / S descending, with no pow per card.
  auto before = [](const Due& a, const Due& b) {
    if (a.overdue != b.overdue) return a.overdue;
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.id < b.id;
  };
  const std::size_t n = std::min(due.size(), static_cast<std::size_t>(std::max(limit, 0)));
  std::partial_sort(due.begin(), due.begin() + static_cast<std::ptrdiff_t>(n), due.end(), before);
  // One statement reads the chosen rows (ids as a JSON array), then they are put in order.
  std::string ids = "[";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) ids += ',';
    ids += std::to_string(due[i].id);
  }
  ids += ']';
  Statement rows(*db_, std::string("SELECT ") + kCardColumns +
                           " FROM cards WHERE id IN (SELECT value FROM json_each(?))");
  rows.bind(1, ids);
  std::vector<CardRow> found = read_cards(rows);
  std::sort(found.begin(), found.end(),
            [](const CardRow& a, const CardRow& b) { return a.card.id < b.card.id; });
  std::vector<CardRow> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto it = std::lower_bound(found.begin(), found.end(), due[i].id,
                               [](const CardRow& r, std::int64_t id) { return r.card.id < id; });
    if (it != found.end() && it->card.id == due[i].id) out.push_back(std::move(*it));
  }
  return out;
}

std::vector<CardRow> LearnerDb::new_cards(std::int64_t profile, std::int64_t now,
                                          int per_day_limit) {
  const std::int64_t start = day_start(day_of(now));
  Statement done(*db_,
                 "SELECT count(*) FROM review_log WHERE profile_id = ? AND time >= ? AND "
                 "state_before = 0");
  done.bind(1, profile).bind(2, start);
  const std::int64_t introduced = done.step() ? done.column_int64(0) : 0;
  const std::int64_t left = std::max<std::int64_t>(0, per_day_limit - introduced);
  Statement st(*db_, std::string("SELECT ") + kCardColumns +
                         " FROM cards WHERE profile_id = ? AND suspended = 0 AND state = 0 "
                         "ORDER BY id LIMIT ?");
  st.bind(1, profile).bind(2, left);
  return read_cards(st);
}

std::vector<CardRow> LearnerDb::learn_ahead(std::int64_t profile, std::int64_t now,
                                            int ahead_minutes) {
  Statement st(*db_, std::string("SELECT ") + kCardColumns +
                         " FROM cards WHERE profile_id = ? AND suspended = 0 AND state IN (1, 3) "
                         "AND due > ? AND due <= ? ORDER BY due, id");
  st.bind(1, profile).bind(2, now).bind(3, now + std::int64_t(ahead_minutes) * 60);
  return read_cards(st);
}

// --- stats ----------------------------------------------------------------------------------

std::vector<DayCount> LearnerDb::reviews_per_day(std::int64_t profile, std::int64_t now, int days) {
  const std::int64_t today = day_of(now);
  const std::int64_t first = today - days + 1;
  // The covering index review_log_profile_time yields the times in order: count runs of equal
  // days in C++ (no grouping b-tree, no per-row SQL arithmetic).
  Statement st(*db_,
               "SELECT time FROM review_log WHERE profile_id = ? AND time >= ? AND time < ? "
               "ORDER BY time");
  st.bind(1, profile).bind(2, day_start(first)).bind(3, day_start(today + 1));
  std::vector<DayCount> out;
  std::int64_t next_day_start = std::numeric_limits<std::int64_t>::min();
  while (st.step()) {
    const std::int64_t t = st.column_int64(0);
    if (t >= next_day_start) {
      const std::int64_t d = day_of(t);
      out.push_back({d, 0});
      next_day_start = day_start(d + 1);
    }
    out.back().count += 1;
  }
  return out;
}

std::vector<int> LearnerDb::due_forecast(std::int64_t profile, std::int64_t now, int days) {
  std::vector<int> out(static_cast<std::size_t>(std::max(days, 0)), 0);
  if (days <= 0) return out;
  const std::int64_t today = day_of(now);
  Statement st(*db_,
               "SELECT due FROM cards WHERE profile_id = ? AND suspended = 0 AND state IN "
               "(1, 2, 3) AND due < ?");
  st.bind(1, profile).bind(2, day_start(today + days));
  while (st.step()) {
    const std::int64_t d = std::max<std::int64_t>(day_of(st.column_int64(0)) - today, 0);
    out[static_cast<std::size_t>(d)] += 1;
  }
  return out;
}

std::vector<RetentionBucket> LearnerDb::retention_by_interval(std::int64_t profile) {
  std::vector<RetentionBucket> out = {{1, 1},   {2, 7},    {8, 30},
                                      {31, 90}, {91, 365}, {366, 36500 * 2}};
  Statement st(*db_,
               "SELECT elapsed_days, grade > 1 FROM review_log WHERE profile_id = ? AND "
               "state_before = 2 AND elapsed_days >= 1");
  st.bind(1, profile);
  while (st.step()) {
    const std::int64_t e = st.column_int64(0);
    for (RetentionBucket& b : out) {
      if (e >= b.min_days && e <= b.max_days) {
        b.reviews += 1;
        b.recalled += st.column_int(1);
        break;
      }
    }
  }
  return out;
}

std::vector<DocumentMastery> LearnerDb::document_mastery(
    std::int64_t profile, const std::map<std::string, std::string>& question_document) {
  std::map<std::string, DocumentMastery> by_doc;
  Statement st(*db_,
               "SELECT question_id, state, stability FROM cards WHERE profile_id = ? AND "
               "suspended != 2");
  st.bind(1, profile);
  while (st.step()) {
    const auto it = question_document.find(st.column_text(0));
    if (it == question_document.end()) continue;
    DocumentMastery& m = by_doc[it->second];
    m.document = it->second;
    m.cards += 1;
    const auto state = static_cast<srs::CardState>(st.column_int(1));
    if (state == srs::CardState::New) {
      m.fresh += 1;
    } else if (state != srs::CardState::Review) {
      m.learning += 1;
    } else if (st.column_double(2) >= 21.0) {
      m.mature += 1;
    } else {
      m.young += 1;
    }
  }
  std::vector<DocumentMastery> out;
  for (auto& [doc, m] : by_doc) out.push_back(std::move(m));
  return out;
}

// --- competitions ---------------------------------------------------------------------------

std::int64_t LearnerDb::create_competition(std::string_view name, std::int64_t started_at) {
  Statement st(*db_, "INSERT INTO competitions(name, started_at) VALUES(?, ?)");
  st.bind(1, name).bind(2, started_at).run();
  return db_->last_insert_rowid();
}

void LearnerDb::record_competition_answer(std::int64_t competition, const CompetitionAnswer& a) {
  Statement st(*db_,
               "INSERT INTO competition_answers(competition_id, team, question_id, answer, "
               "correct, time_ms, points) VALUES(?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, competition)
      .bind(2, a.team)
      .bind(3, a.question_id)
      .bind(4, a.answer)
      .bind(5, a.correct ? 1 : 0)
      .bind(6, a.time_ms)
      .bind(7, a.points)
      .run();
}

void LearnerDb::finish_competition(std::int64_t competition, std::int64_t finished_at) {
  Statement st(*db_, "UPDATE competitions SET finished_at = ? WHERE id = ?");
  st.bind(1, finished_at).bind(2, competition).run();
}

std::vector<TeamScore> LearnerDb::competition_scores(std::int64_t competition) {
  Statement st(*db_,
               "SELECT team, sum(points), sum(correct), count(*) FROM competition_answers "
               "WHERE competition_id = ? GROUP BY team ORDER BY sum(points) DESC, team");
  st.bind(1, competition);
  std::vector<TeamScore> out;
  while (st.step()) {
    out.push_back({st.column_text(0), st.column_int(1), st.column_int(2), st.column_int(3)});
  }
  return out;
}

// --- backup ---------------------------------------------------------------------------------

std::optional<fs::path> LearnerDb::daily_backup(std::int64_t now, int keep) {
  const fs::path dir = file_.parent_path() / "backups";
  fs::create_directories(dir);
  const std::string stem = file_.stem().string();
  const fs::path target = dir / (stem + "-" + date_text(day_of(now)) + ".db");
  if (fs::exists(target)) return std::nullopt;
  const fs::path partial = target.string() + ".partial";
  {
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
      sqlite3_backup* b = sqlite3_backup_init(dest, "main", db_->handle(), "main");
      if (b) {
        do {
          rc = sqlite3_backup_step(b, 256);
          if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(25);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
      } else {
        rc = sqlite3_errcode(dest);
      }
    }
    const std::string message = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
      std::error_code ec;
      fs::remove(partial, ec);
      throw SqliteError("backup to " + target.string() + " failed: " + message, rc);
    }
  }
  fs::rename(partial, target);
  // Keep the newest `keep`: the names sort by date.
  std::vector<fs::path> backups;
  const std::string prefix = stem + "-";
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() == prefix.size() + 13 && name.rfind(prefix, 0) == 0 &&
        entry.path().extension() == ".db") {
      backups.push_back(entry.path());
    }
  }
  std::sort(backups.begin(), backups.end());
  const int extra = static_cast<int>(backups.size()) - std::max(keep, 1);
  for (int i = 0; i < extra; ++i) fs::remove(backups[static_cast<std::size_t>(i)]);
  return target;
}

}  // namespace tarikh::store
