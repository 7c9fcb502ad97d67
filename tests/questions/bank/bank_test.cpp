// The bank file: round trip, schema and version checks, untrusted or damaged files, chunked
// reading, incremental rebuilds.
#include "questions/bank/bank.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "questions/arabic/utf8.hpp"
#include "questions/bank/build.hpp"

namespace tarikh::questions {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/tarikh-bank-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

const fs::path kData = fs::path(TARIKH_TEST_DATA) / "bank";
const fs::path kDocs = fs::path(TARIKH_SOURCE_DIR) / "assets" / "documents";

BankContent small_content() {
  BankContent c;
  Question q;
  q.id = "0123456789abcdef";
  q.type = "mcq";
  q.prompt = "متى استقلت تونس؟";
  q.answer = "1956";
  q.choices = {"1955", "1956", "1957", "1954"};
  q.facts = {{"date", "1956", "عام 1956", "t.txt", "استقلت تونس عام 1956.", "استقلت تونس", 4}};
  q.difficulty = 0.4;
  c.questions.push_back(q);
  Question t;
  t.id = "fedcba9876543210";
  t.type = "timeline";
  t.prompt = "رتّب";
  t.answer = "a ← b";
  t.choices = {"b", "a"};
  t.order = {1, 0};
  t.facts = {q.facts[0], q.facts[0]};
  c.questions.push_back(t);
  return c;
}

void exec(const fs::path& db_path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::string error_of(const fs::path& p) {
  try {
    read_bank(p);
  } catch (const BankError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Bank, RoundTrip) {
  TempDir dir;
  const auto path = dir.path() / "sub" / "bank.db";
  write_bank(path, small_content());
  const auto read = read_bank(path);
  ASSERT_EQ(read.size(), 2u);
  const auto& q = read[0];
  EXPECT_EQ(q.id, "0123456789abcdef");
  EXPECT_EQ(q.type, "mcq");
  EXPECT_EQ(q.prompt, "متى استقلت تونس؟");
  EXPECT_EQ(q.choices, (std::vector<std::string>{"1955", "1956", "1957", "1954"}));
  ASSERT_EQ(q.facts.size(), 1u);
  EXPECT_EQ(q.facts[0].sentence, "استقلت تونس عام 1956.");
  EXPECT_EQ(q.facts[0].line, 4);
  EXPECT_DOUBLE_EQ(q.difficulty, 0.4);
  EXPECT_EQ(read[1].order, (std::vector<int>{1, 0}));
  // No temporary file is left beside it.
  int files = 0;
  for (const auto& e : fs::directory_iterator(path.parent_path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST(Bank, MissingFileIsAClearError) {
  TempDir dir;
  EXPECT_NE(error_of(dir.path() / "nope.db").find("no such bank file"), std::string::npos);
  EXPECT_NE(error_of(dir.path()).find("not a file"), std::string::npos);
}

TEST(Bank, RandomBytesAreNotABank) {
  TempDir dir;
  const auto p = dir.path() / "junk.db";
  std::ofstream(p, std::ios::binary) << std::string(5000, '\x5a') << "garbage";
  EXPECT_NE(error_of(p).find("not a Tarikh bank"), std::string::npos) << error_of(p);
  const auto empty = dir.path() / "empty.db";
  std::ofstream(empty, std::ios::binary) << "";
  EXPECT_NE(error_of(empty).find("not a Tarikh bank"), std::string::npos) << error_of(empty);
}

TEST(Bank, AnotherSqliteDatabaseIsNotABank) {
  TempDir dir;
  const auto p = dir.path() / "other.db";
  exec(p, "CREATE TABLE questions(x); INSERT INTO questions VALUES(1);");
  EXPECT_NE(error_of(p).find("not a Tarikh bank"), std::string::npos) << error_of(p);
}

TEST(Bank, UnknownSchemaVersionIsRefused) {
  TempDir dir;
  const auto p = dir.path() / "bank.db";
  write_bank(p, small_content());
  exec(p, "PRAGMA user_version=99;");
  const auto e = error_of(p);
  EXPECT_NE(e.find("version 99"), std::string::npos) << e;
}

TEST(Bank, MissingTableOrColumnIsDamage) {
  TempDir dir;
  const auto p = dir.path() / "bank.db";
  write_bank(p, small_content());
  exec(p, "DROP TABLE questions; CREATE VIEW questions AS SELECT 1 AS id;");
  EXPECT_NE(error_of(p).find("table questions missing"), std::string::npos) << error_of(p);
  const auto q = dir.path() / "bank2.db";
  write_bank(q, small_content());
  exec(q, "ALTER TABLE questions DROP COLUMN unit;");
  EXPECT_NE(error_of(q).find("column questions.unit missing"), std::string::npos) << error_of(q);
}

TEST(Bank, BadJsonInsideIsDamageNotACrash) {
  TempDir dir;
  const auto p = dir.path() / "bank.db";
  write_bank(p, small_content());
  exec(p, "UPDATE questions SET choices = '{not json' WHERE type = 'mcq';");
  EXPECT_NE(error_of(p).find("damaged"), std::string::npos) << error_of(p);
  exec(p, "UPDATE questions SET choices = '[1,2]', facts = '[]' WHERE type = 'mcq';");
  EXPECT_NE(error_of(p).find("damaged"), std::string::npos) << error_of(p);
}

TEST(Bank, TruncatedFileIsAClearError) {
  TempDir dir;
  const auto p = dir.path() / "bank.db";
  BankContent c = small_content();
  for (int i = 0; i < 300; ++i) {
    Question q = c.questions[0];
    q.id = std::to_string(1000000 + i);
    c.questions.push_back(q);
  }
  write_bank(p, c);
  fs::resize_file(p, fs::file_size(p) / 2);
  const auto e = error_of(p);
  EXPECT_NE(e.find(p.string()), std::string::npos) << e;
  EXPECT_NE(e, "no error");
}

TEST(Build, ChunkedReadingGivesTheSameFactsAndTrueCharacterOffsets) {
  const fs::path doc = kDocs / "004_b2e2f448fcc49fe2.txt";
  const auto whole = read_document(doc, 1 << 20);
  const auto chunked = read_document(doc, 4096);
  ASSERT_FALSE(whole.facts.empty());
  std::multiset<std::string> a, b;
  for (const auto& f : whole.facts) a.insert(f.value + "|" + f.surface);
  for (const auto& f : chunked.facts) b.insert(f.value + "|" + f.surface);
  EXPECT_EQ(a, b);
  std::ifstream in(doc, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::u32string text = tarikh::text::decode(bytes);
  for (const auto* rec : {&whole, &chunked}) {
    for (const auto& f : rec->facts) {
      for (const auto& c : f.citations) {
        ASSERT_LE(c.char_end, text.size());
        EXPECT_EQ(tarikh::text::encode(text.substr(c.char_begin, c.char_end - c.char_begin)),
                  c.surface);
      }
    }
  }
}

TEST(Build, BomCrlfAndInvalidUtf8) {
  const auto bom = read_document(kData / "bom_crlf.txt", 1 << 20);
  EXPECT_TRUE(bom.warnings.empty());
  bool second_line = false;
  for (const auto& f : bom.facts) {
    for (const auto& c : f.citations) {
      if (f.value == "1957-07-25") second_line = c.line == 2;
      EXPECT_EQ(c.sentence.find('\r'), std::string::npos);
    }
  }
  EXPECT_TRUE(second_line);
  const auto bad = read_document(kData / "invalid_utf8.txt", 1 << 20);
  ASSERT_EQ(bad.warnings.size(), 1u);
  EXPECT_EQ(bad.warnings[0], (kData / "invalid_utf8.txt").string() + ":2: invalid UTF-8");
  // The good lines still give their facts; the damaged line gives none.
  std::set<std::string> values;
  for (const auto& f : bad.facts) values.insert(f.value);
  EXPECT_TRUE(values.count("1516"));
  EXPECT_TRUE(values.count("1918"));
  EXPECT_FALSE(values.count("1600"));
  const auto empty = read_document(kData / "empty.txt", 1 << 20);
  ASSERT_EQ(empty.warnings.size(), 1u);
  EXPECT_NE(empty.warnings[0].find(":1: empty document"), std::string::npos);
}

TEST(Build, AWeekdayTheDateDidNotFallOnIsAWarning) {
  TempDir dir;
  const fs::path doc = dir.path() / "news.txt";
  {
    std::ofstream out(doc, std::ios::binary);
    out << "القدس، السبت 15 أيار/مايو 1948: انتهى الانتداب البريطاني على فلسطين.\n"  // right
        << "وفي يوم الأحد 15 أيار 1948 دخلت الجيوش العربية فلسطين.\n"                // a Saturday
        << "وفي الإثنين، 5 حزيران 1967 اندلعت الحرب.\n"                              // right
        << "وفي الجمعة 25 رمضان 1440 هـ وقع الحادث في المدينة.\n";  // Hijri: not checked
  }
  const auto rec = read_document(doc, 1 << 20);
  ASSERT_EQ(rec.warnings.size(), 1u);
  EXPECT_EQ(rec.warnings[0],
            doc.string() + ":2: الأحد does not match 15 أيار 1948, a Saturday (السبت)");
  EXPECT_FALSE(rec.facts.empty());  // the facts stay
}

TEST(Build, RebuildReReadsOnlyChangedDocuments) {
  TempDir dir;
  fs::create_directories(dir.path() / "docs");
  fs::copy_file(kData / "conflict_a.txt", dir.path() / "docs" / "a.txt");
  fs::copy_file(kData / "bom_crlf.txt", dir.path() / "docs" / "b.txt");
  BuildOptions o;
  o.inputs = {dir.path() / "docs"};
  o.out = dir.path() / "bank.db";
  const auto first = build_bank(o);
  EXPECT_EQ(first.documents, 2);
  EXPECT_EQ(first.documents_reused, 0);
  const auto ids_before = read_bank(o.out);
  const auto second = build_bank(o);
  EXPECT_EQ(second.documents_reused, 2);
  const auto ids_after = read_bank(o.out);
  ASSERT_EQ(ids_before.size(), ids_after.size());
  for (std::size_t i = 0; i < ids_before.size(); ++i) EXPECT_EQ(ids_before[i].id, ids_after[i].id);
  std::ofstream(dir.path() / "docs" / "b.txt", std::ios::app) << "وفي عام 1961 بدأ بناء الجسر.\n";
  const auto third = build_bank(o);
  EXPECT_EQ(third.documents_reused, 1);
  EXPECT_GT(third.facts, first.facts);
}

TEST(Build, ConflictsAreListedAndNoUsableDocumentIsAnError) {
  TempDir dir;
  BuildOptions o;
  o.inputs = {kData / "conflict_a.txt", kData / "conflict_b.txt"};
  o.out = dir.path() / "bank.db";
  const auto s = build_bank(o);
  ASSERT_EQ(s.conflicts.size(), 1u);
  ASSERT_EQ(s.conflicts[0].sides.size(), 2u);
  std::set<std::string> values = {s.conflicts[0].sides[0].value, s.conflicts[0].sides[1].value};
  EXPECT_EQ(values, (std::set<std::string>{"1945", "1946"}));
  for (const auto& q : read_bank(o.out)) {
    for (const auto& f : q.facts) {
      EXPECT_FALSE(f.value == "1945" || f.value == "1946") << q.type << " " << q.prompt;
    }
  }
  BuildOptions none;
  none.inputs = {kData / "empty.txt", dir.path() / "missing.txt"};
  none.out = dir.path() / "bank.db";
  EXPECT_THROW(build_bank(none), BuildError);
  // The previous bank is still there and readable.
  EXPECT_FALSE(read_bank(o.out).empty());
}

}  // namespace
}  // namespace tarikh::questions
