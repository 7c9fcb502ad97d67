// The learner database: profiles, cards (one per question per profile), the review log, settings
// and competition results, in one SQLite file (WAL, synchronous=FULL, foreign keys, a busy
// timeout). Schema versions with PRAGMA user_version, one migration per version.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game/srs/scheduler.hpp"
#include "game/store/sqlite.hpp"

namespace tarikh::store {

// Why a learner database could not be opened. The message is one clear line; when the caller
// asked to recover, the bad file was renamed to `moved_to()` (never overwritten or deleted).
class LearnerDbError : public std::runtime_error {
 public:
  enum class Kind { NotADatabase, Corrupt, NewerSchema, Locked };
  LearnerDbError(Kind kind, const std::string& message, std::filesystem::path moved_to = {})
      : std::runtime_error(message), kind_(kind), moved_to_(std::move(moved_to)) {}
  Kind kind() const { return kind_; }
  const std::filesystem::path& moved_to() const { return moved_to_; }

 private:
  Kind kind_;
  std::filesystem::path moved_to_;
};

// What the first 100 bytes of a learner database file say before SQLite opens it: not an SQLite
// file, a bad page size, or truncated (shorter than its header says, with no write-ahead log to
// finish it). Nothing for a sound header, an empty or a missing file.
std::optional<LearnerDbError> check_header(const std::filesystem::path& file);

struct Profile {
  std::int64_t id = 0;
  std::string name;
  std::int64_t created_at = 0;
};

// How a card is suspended: by the learner, or because its question left the bank.
enum class Suspension { None = 0, ByLearner = 1, QuestionGone = 2 };

struct CardRow {
  std::int64_t profile_id = 0;
  std::string question_id;
  Suspension suspended = Suspension::None;
  srs::Card card;  // card.id is the row id
};

struct ReviewLogRow {
  std::int64_t id = 0;
  std::int64_t card_id = 0;
  std::int64_t time = 0;
  int grade = 0;
  std::int64_t elapsed_days = 0;
  srs::CardState state_before = srs::CardState::New;
  srs::CardState state_after = srs::CardState::New;
  double stability_after = 0;
  double difficulty_after = 0;
  int scheduled_days = 0;
  int duration_ms = 0;
  std::string mode;
};

struct SyncResult {
  int added = 0;      // new cards for new questions
  int kept = 0;       // cards whose question is still there
  int suspended = 0;  // cards whose question vanished (kept, suspended)
  int restored = 0;   // cards whose question came back
};

struct DayCount {
  std::int64_t day = 0;  // learner day number (see Scheduler::day_of)
  int count = 0;
};

struct RetentionBucket {
  int min_days = 0, max_days = 0;  // elapsed days, inclusive
  int reviews = 0, recalled = 0;   // review-state answers, and those not "again"
  double retention() const { return reviews ? static_cast<double>(recalled) / reviews : 0.0; }
};

struct DocumentMastery {
  std::string document;
  int cards = 0, fresh = 0, learning = 0, young = 0, mature = 0;  // mature: stability >= 21 d
  double mastery() const { return cards ? static_cast<double>(mature) / cards : 0.0; }
};

struct CompetitionAnswer {
  std::string team;
  std::string question_id;
  std::string answer;
  bool correct = false;
  int time_ms = 0;
  int points = 0;
};

struct TeamScore {
  std::string team;
  int points = 0, correct = 0, answers = 0;
};

class LearnerDb {
 public:
  static constexpr int kSchemaVersion = 4;

  struct Options {
    int busy_timeout_ms = 5000;
    bool recover = false;  // on a bad file: rename it aside before throwing
    int utc_offset_minutes = 0;
    int rollover_hour = 4;
  };

  // Opens or creates the database and migrates it to kSchemaVersion. Throws LearnerDbError.
  explicit LearnerDb(const std::filesystem::path& file);
  LearnerDb(const std::filesystem::path& file, Options options);

  // Brings a database at any older version up to `target` (one migration per version). Public
  // so tests can build every old version.
  static void migrate(Database& db, int target = kSchemaVersion);

  Database& db() { return *db_; }

  // Profiles.
  std::int64_t create_profile(std::string_view name, std::int64_t now);
  std::vector<Profile> profiles();

  // Settings: per profile key/value (retention, new_per_day, language, digits, font_size,
  // sounds). Typed helpers read with a default.
  void set_setting(std::int64_t profile, std::string_view key, std::string_view value);
  std::optional<std::string> setting(std::int64_t profile, std::string_view key);
  double desired_retention(std::int64_t profile);  // 0.90 unless set (clamped to 0.70..0.99)
  int new_per_day(std::int64_t profile);           // 20 unless set
  // The scheduler settings for a profile: its desired retention, and this database's day
  // (UTC offset, rollover hour); the rest from `base`.
  srs::SchedulerConfig scheduler_config(std::int64_t profile, srs::SchedulerConfig base = {});

  // Cards follow the bank: new questions get new cards, vanished ones are suspended (never
  // deleted), returning ones resume with their progress. One transaction.
  SyncResult sync_cards(std::int64_t profile, const std::vector<std::string>& question_ids,
                        std::int64_t now);
  std::optional<CardRow> card(std::int64_t card_id);
  std::optional<CardRow> card(std::int64_t profile, std::string_view question_id);
  void set_suspended(std::int64_t card_id, bool suspended);

  // Stores the card's new state and one review-log row in one transaction, committed before
  // returning.
  void record_review(const srs::Card& before, const srs::Outcome& outcome, std::int64_t now,
                     int duration_ms, std::string_view mode);
  // Loads the card, schedules the answer, records it; returns the outcome.
  srs::Outcome answer(const srs::Scheduler& scheduler, std::int64_t card_id, std::int64_t now,
                      srs::Rating rating, int duration_ms, std::string_view mode);
  std::vector<ReviewLogRow> review_log(std::int64_t card_id);
  std::int64_t review_count(std::int64_t profile);

  // Today's due cards: learning cards due by `now` and review cards due by the end of today;
  // overdue ones (due before today) first, then by retrievability ascending.
  std::vector<CardRow> due_cards(std::int64_t profile, std::int64_t now, int limit = 1000);
  // The SQL that finds them (parameters: profile, now, start of tomorrow), for tests that check
  // the query plan.
  static const char* due_cards_sql();
  // New cards still allowed today (new_per_day minus those already introduced today), in bank
  // order.
  std::vector<CardRow> new_cards(std::int64_t profile, std::int64_t now, int per_day_limit);
  // Learning cards that come due within `ahead_minutes` (when nothing else is left).
  std::vector<CardRow> learn_ahead(std::int64_t profile, std::int64_t now, int ahead_minutes);

  // Stats.
  std::vector<DayCount> reviews_per_day(std::int64_t profile, std::int64_t now, int days = 365);
  std::vector<int> due_forecast(std::int64_t profile, std::int64_t now, int days = 30);
  std::vector<RetentionBucket> retention_by_interval(std::int64_t profile);
  std::vector<DocumentMastery> document_mastery(
      std::int64_t profile, const std::map<std::string, std::string>& question_document);

  // Competitions.
  std::int64_t create_competition(std::string_view name, std::int64_t started_at);
  void record_competition_answer(std::int64_t competition, const CompetitionAnswer& answer);
  void finish_competition(std::int64_t competition, std::int64_t finished_at);
  std::vector<TeamScore> competition_scores(std::int64_t competition);  // best first

  // Once per learner day: a copy with SQLite's backup API in backups/ beside the database,
  // named <stem>-YYYY-MM-DD.db; keeps the newest `keep`. Returns the new file, or nothing when
  // today's backup already exists.
  std::optional<std::filesystem::path> daily_backup(std::int64_t now, int keep = 7);

  std::int64_t day_of(std::int64_t unix_seconds) const;
  std::int64_t day_start(std::int64_t day) const;

 private:
  void write_review(const srs::Card& before, const srs::Outcome& outcome, std::int64_t now,
                    int duration_ms, std::string_view mode);

  std::unique_ptr<Database> db_;
  Options options_;
  std::filesystem::path file_;
};

// Renames a bad database file (and its -wal/-shm companions) to
// <name>.broken-YYYYMMDD-HHMMSS[-N]; returns the new path.
std::filesystem::path move_aside(const std::filesystem::path& file);

}  // namespace tarikh::store
