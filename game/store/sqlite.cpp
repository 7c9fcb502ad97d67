#include "game/store/sqlite.hpp"

#include <sqlite3.h>

namespace tarikh::store {

namespace {

int open_flags(const Database::Options& o) {
  const bool read_only = o.read_only || o.untrusted;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (o.create && !read_only) flags |= SQLITE_OPEN_CREATE;
  return flags | SQLITE_OPEN_NOMUTEX;
}

}  // namespace

Database::Database(const std::filesystem::path& file) : Database(file, Options{}) {}

Database::Database(const std::filesystem::path& file, Options options)
    : path_(file), busy_timeout_ms_(options.busy_timeout_ms) {
  const int rc = sqlite3_open_v2(file.c_str(), &db_, open_flags(options), nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError("cannot open " + file.string() + ": " + message, rc);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  if (options.untrusted) {
    int on = -1, off = -1;
    sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &off);
    if (on != 1 || off != 0) {
      sqlite3_close(db_);
      db_ = nullptr;
      throw SqliteError("cannot open " + file.string() + " safely (defensive mode unavailable)",
                        SQLITE_ERROR);
    }
  }
}

Database::~Database() {
  sqlite3_close_v2(db_);
}

void Database::fail(int rc, std::string_view what) const {
  const int primary = rc & 0xff;
  std::string message = std::string(what) + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    throw DatabaseBusy(path_.string() + " is locked by another program (waited " +
                           std::to_string(busy_timeout_ms_) + " ms): " + message,
                       rc);
  }
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
    throw DatabaseCorrupt(path_.string() + " is damaged or not a database: " + message, rc);
  }
  throw SqliteError(path_.string() + ": " + message, rc);
}

void Database::exec(const std::string& sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    sqlite3_free(error);
    fail(rc, sql.substr(0, 60));
  }
}

std::string Database::query_text(const std::string& sql) {
  Statement st(*this, sql);
  return st.step() ? st.column_text(0) : std::string();
}

std::int64_t Database::query_int(const std::string& sql) {
  Statement st(*this, sql);
  return st.step() ? st.column_int64(0) : 0;
}

int Database::user_version() {
  return static_cast<int>(query_int("PRAGMA user_version"));
}

void Database::set_user_version(int version) {
  exec("PRAGMA user_version = " + std::to_string(version));
}

std::int64_t Database::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
  return sqlite3_changes(db_);
}

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
  const int rc =
      sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) db.fail(rc, "prepare " + std::string(sql.substr(0, 60)));
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) db_.fail(rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  const int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK) db_.fail(rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  const int rc = sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                                   SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) db_.fail(rc, "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) db_.fail(rc, "bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  db_.fail(rc, "step");
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset(bool clear) {
  sqlite3_reset(stmt_);
  if (clear) sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int64(int index) const {
  return sqlite3_column_int64(stmt_, index);
}

double Statement::column_double(int index) const {
  return sqlite3_column_double(stmt_, index);
}

std::string Statement::column_text(int index) const {
  const auto* text = sqlite3_column_text(stmt_, index);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}

bool Statement::column_is_null(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) {
  db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace tarikh::store
