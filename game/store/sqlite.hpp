// A small RAII layer over SQLite (the SQLiteCpp model): Database, Statement, Transaction. Every
// failure throws: DatabaseBusy when another program holds the lock past the busy timeout,
// DatabaseCorrupt for a malformed or non-SQLite file, SqliteError for the rest.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tarikh::store {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(const std::string& message, int code) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }  // the SQLite extended result code

 private:
  int code_;
};

// Another connection held the database past the busy timeout.
class DatabaseBusy : public SqliteError {
 public:
  using SqliteError::SqliteError;
};

// The file is not a database, or its content is malformed.
class DatabaseCorrupt : public SqliteError {
 public:
  using SqliteError::SqliteError;
};

class Database {
 public:
  struct Options {
    bool read_only = false;
    bool create = true;
    int busy_timeout_ms = 5000;
    // A file from someone else (a shared question bank): implies read-only; turns on SQLite's
    // defensive mode and trusted_schema=OFF so the file's schema cannot run functions with side
    // effects or let SQL corrupt it.
    bool untrusted = false;
  };

  // ":memory:" for an in-memory database.
  explicit Database(const std::filesystem::path& file);
  Database(const std::filesystem::path& file, Options options);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  void exec(const std::string& sql);
  // The first column of the first row of a query (e.g. a PRAGMA), as text; empty if no row.
  std::string query_text(const std::string& sql);
  std::int64_t query_int(const std::string& sql);

  int user_version();
  void set_user_version(int version);
  std::int64_t last_insert_rowid() const;
  int changes() const;
  int busy_timeout_ms() const { return busy_timeout_ms_; }

  sqlite3* handle() const { return db_; }
  const std::filesystem::path& path() const { return path_; }

  // Throws the right exception type for result code `rc` (not SQLITE_OK/ROW/DONE).
  [[noreturn]] void fail(int rc, std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
  int busy_timeout_ms_ = 0;
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);

  // Steps once: true when a row is ready, false when done.
  bool step();
  // Steps to the end (for statements without rows).
  void run();
  // Resets for re-execution, keeping bindings unless `clear`.
  void reset(bool clear = false);

  // Columns are 0-based.
  std::int64_t column_int64(int index) const;
  int column_int(int index) const { return static_cast<int>(column_int64(index)); }
  double column_double(int index) const;
  std::string column_text(int index) const;
  bool column_is_null(int index) const;

 private:
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE (the write lock is taken at once, so a busy database fails here, not halfway);
// rolls back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace tarikh::store
