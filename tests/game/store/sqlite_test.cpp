#include "game/store/sqlite.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "game/store/temp_dir.hpp"

using namespace tarikh::store;

TEST(Sqlite, StatementsBindStepAndReadColumns) {
  Database db(":memory:");
  db.exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, n TEXT)");
  Statement ins(db, "INSERT INTO t VALUES(?, ?, ?, ?)");
  ins.bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, "نص عربي").bind_null(4).run();
  Statement q(db, "SELECT i, r, s, n FROM t");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.column_int64(0), std::int64_t{1} << 40);
  EXPECT_DOUBLE_EQ(q.column_double(1), 2.5);
  EXPECT_EQ(q.column_text(2), "نص عربي");
  EXPECT_TRUE(q.column_is_null(3));
  EXPECT_FALSE(q.step());
}

TEST(Sqlite, TransactionRollsBackUnlessCommitted) {
  Database db(":memory:");
  db.exec("CREATE TABLE t(x)");
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES(1)");
  }
  EXPECT_EQ(db.query_int("SELECT count(*) FROM t"), 0);
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES(1)");
    tx.commit();
  }
  EXPECT_EQ(db.query_int("SELECT count(*) FROM t"), 1);
  try {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES(2)");
    throw std::runtime_error("answer failed halfway");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(db.query_int("SELECT count(*) FROM t"), 1);
}

TEST(Sqlite, BadSqlThrowsWithTheMessage) {
  Database db(":memory:");
  try {
    db.exec("CREATE TABEL oops(x)");
    FAIL() << "no exception";
  } catch (const SqliteError& e) {
    EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Statement(db, "SELECT * FROM missing"), SqliteError);
}

TEST(Sqlite, UserVersionRoundTrips) {
  tarikh::testing::TempDir dir;
  {
    Database db(dir / "v.db");
    EXPECT_EQ(db.user_version(), 0);
    db.set_user_version(7);
  }
  Database db(dir / "v.db");
  EXPECT_EQ(db.user_version(), 7);
}

TEST(Sqlite, UntrustedFilesOpenReadOnlyAndDefensive) {
  tarikh::testing::TempDir dir;
  {
    Database db(dir / "bank.db");
    db.exec("CREATE TABLE q(id TEXT); INSERT INTO q VALUES('a');");
  }
  Database::Options o;
  o.untrusted = true;
  Database bank(dir / "bank.db", o);
  EXPECT_EQ(bank.query_text("SELECT id FROM q"), "a");
  EXPECT_THROW(bank.exec("INSERT INTO q VALUES('b')"), SqliteError);  // read-only
  EXPECT_EQ(bank.query_int("PRAGMA trusted_schema"), 0);
  int defensive = -1;
  sqlite3_db_config(bank.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  EXPECT_EQ(defensive, 1);
  o.create = true;
  EXPECT_THROW(Database(dir / "missing.db", o), SqliteError);  // never created
  EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));
}
