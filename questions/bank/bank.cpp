#include "questions/bank/bank.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

namespace tarikh::questions {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// --- a small RAII layer over sqlite3 -------------------------------------------------------

class Db {
 public:
  Db(const fs::path& path, int flags, const std::string& what) : what_(what) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      const std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      db_ = nullptr;
      throw BankError(what_ + ": cannot open (" + msg + ")");
    }
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  sqlite3* get() const { return db_; }
  void exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      const std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      throw BankError(what_ + ": " + msg);
    }
  }
  [[noreturn]] void fail(const std::string& context) const {
    throw BankError(what_ + ": " + context + " (" + sqlite3_errmsg(db_) + ")");
  }
  const std::string& what() const { return what_; }

 private:
  sqlite3* db_ = nullptr;
  std::string what_;
};

class Stmt {
 public:
  Stmt(Db& db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db.get(), sql, -1, &st_, nullptr) != SQLITE_OK) db.fail("bad query");
  }
  ~Stmt() { sqlite3_finalize(st_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& bind(int i, const std::string& v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, std::int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(st_, i);
    return *this;
  }
  // True while there is a row.
  bool step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail("cannot read or write the bank");
  }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  std::string text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, i));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, i)))
             : std::string();
  }
  std::int64_t integer(int i) const { return sqlite3_column_int64(st_, i); }
  double real(int i) const { return sqlite3_column_double(st_, i); }
  bool is_null(int i) const { return sqlite3_column_type(st_, i) == SQLITE_NULL; }

 private:
  Db& db_;
  sqlite3_stmt* st_ = nullptr;
};

// --- schema ---------------------------------------------------------------------------------

struct TableSpec {
  const char* name;
  std::vector<std::string> columns;
};

const std::vector<TableSpec>& schema_tables() {
  static const std::vector<TableSpec> tables = {
      {"documents", {"id", "name", "path", "content_hash", "size", "warnings"}},
      {"doc_facts",
       {"doc_id", "kind", "value", "granularity", "span_first", "span_last", "gregorian",
        "resolved", "number", "unit", "surface", "event", "citation_count", "citations"}},
      {"facts",
       {"id", "kind", "value", "granularity", "span_first", "span_last", "gregorian", "number",
        "unit", "surface", "event", "status", "grp", "citation_count"}},
      {"citations", {"fact_id", "doc", "sentence", "line", "char_begin", "char_end", "surface"}},
      {"conflicts", {"id", "event", "fact_id"}},
      {"questions",
       {"id", "type", "prompt", "answer", "choices", "facts", "difficulty", "ord", "number",
        "unit"}},
  };
  return tables;
}

constexpr const char* kCreateSchema = R"sql(
CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
  content_hash TEXT NOT NULL, size INTEGER NOT NULL, warnings TEXT NOT NULL);
CREATE TABLE doc_facts(doc_id INTEGER NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
  value TEXT NOT NULL, granularity TEXT NOT NULL, span_first INTEGER, span_last INTEGER,
  gregorian TEXT NOT NULL, resolved INTEGER NOT NULL, number REAL NOT NULL, unit TEXT NOT NULL,
  surface TEXT NOT NULL, event TEXT NOT NULL, citation_count INTEGER NOT NULL,
  citations TEXT NOT NULL);
CREATE TABLE facts(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL,
  granularity TEXT NOT NULL, span_first INTEGER, span_last INTEGER, gregorian TEXT NOT NULL,
  number REAL NOT NULL, unit TEXT NOT NULL, surface TEXT NOT NULL, event TEXT NOT NULL,
  status TEXT NOT NULL, grp INTEGER NOT NULL, citation_count INTEGER NOT NULL);
CREATE TABLE citations(fact_id INTEGER NOT NULL REFERENCES facts(id), doc TEXT NOT NULL,
  sentence TEXT NOT NULL, line INTEGER NOT NULL, char_begin INTEGER NOT NULL,
  char_end INTEGER NOT NULL, surface TEXT NOT NULL);
CREATE TABLE conflicts(id INTEGER NOT NULL, event TEXT NOT NULL,
  fact_id INTEGER NOT NULL REFERENCES facts(id));
CREATE TABLE questions(id TEXT PRIMARY KEY, type TEXT NOT NULL, prompt TEXT NOT NULL,
  answer TEXT NOT NULL, choices TEXT NOT NULL, facts TEXT NOT NULL, difficulty REAL NOT NULL,
  ord TEXT NOT NULL, number REAL NOT NULL, unit TEXT NOT NULL);
CREATE INDEX citations_fact ON citations(fact_id);
CREATE INDEX doc_facts_doc ON doc_facts(doc_id);
)sql";

std::string status_name(FactStatus s) {
  switch (s) {
    case FactStatus::Ok:
      return "ok";
    case FactStatus::Conflict:
      return "conflict";
    case FactStatus::Ambiguous:
      return "ambiguous";
  }
  return "ok";
}

json citations_json(const Fact& f) {
  json arr = json::array();
  for (const auto& c : f.citations) {
    arr.push_back({{"doc", c.doc},
                   {"sentence", c.sentence},
                   {"line", c.line},
                   {"char_begin", c.char_begin},
                   {"char_end", c.char_end},
                   {"surface", c.surface}});
  }
  return arr;
}

json fact_refs_json(const std::vector<FactRef>& facts) {
  json arr = json::array();
  for (const auto& f : facts) {
    arr.push_back({{"kind", f.kind},
                   {"value", f.value},
                   {"surface", f.surface},
                   {"doc", f.doc},
                   {"sentence", f.sentence},
                   {"event", f.event},
                   {"line", f.line},
                   {"gregorian", f.gregorian}});
  }
  return arr;
}

// Opens a bank someone else may have made: read-only, defensive, untrusted schema; then checks
// that it is a Tarikh bank of a known version with the expected tables.
std::unique_ptr<Db> open_checked(const fs::path& path) {
  const std::string what = path.string();
  std::error_code ec;
  if (!fs::exists(path, ec)) throw BankError(what + ": no such bank file");
  if (!fs::is_regular_file(path, ec)) throw BankError(what + ": not a file");
  auto db = std::make_unique<Db>(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, what);
  int on = 0;
  sqlite3_db_config(db->get(), SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
  sqlite3_db_config(db->get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
#endif
  try {
    db->exec("PRAGMA trusted_schema=OFF");
  } catch (const BankError&) {
    throw BankError(what + ": not a Tarikh bank (not an SQLite database)");
  }
  auto pragma_int = [&](const char* sql) -> std::int64_t {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db->get(), sql, -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      throw BankError(what + ": not a Tarikh bank (not an SQLite database)");
    }
    const int rc = sqlite3_step(st);
    std::int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) throw BankError(what + ": not a Tarikh bank (not an SQLite database)");
    return v;
  };
  if (pragma_int("PRAGMA application_id") != kBankApplicationId) {
    throw BankError(what + ": not a Tarikh bank");
  }
  const auto version = pragma_int("PRAGMA user_version");
  if (version != kBankSchemaVersion) {
    throw BankError(what + ": bank schema version " + std::to_string(version) +
                    " is not supported (this tarikh reads version " +
                    std::to_string(kBankSchemaVersion) + "); rebuild it with 'tarikh bank build'");
  }
  for (const auto& table : schema_tables()) {
    Stmt kind(*db, "SELECT type FROM sqlite_schema WHERE name = ?1");
    kind.bind(1, std::string(table.name));
    if (!kind.step() || kind.text(0) != "table") {
      throw BankError(what + ": damaged Tarikh bank (table " + table.name + " missing)");
    }
    std::set<std::string> have;
    Stmt info(*db, "SELECT name FROM pragma_table_info(?1)");
    info.bind(1, std::string(table.name));
    while (info.step()) have.insert(info.text(0));
    for (const auto& c : table.columns) {
      if (!have.count(c)) {
        throw BankError(what + ": damaged Tarikh bank (column " + table.name + "." + c +
                        " missing)");
      }
    }
  }
  return db;
}

std::string as_string(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<FactRef> fact_refs_from(const std::string& text, const std::string& what) {
  std::vector<FactRef> out;
  const json arr = json::parse(text, nullptr, false);
  if (!arr.is_array()) throw BankError(what + ": damaged Tarikh bank (bad facts of a question)");
  for (const auto& j : arr) {
    if (!j.is_object()) throw BankError(what + ": damaged Tarikh bank (bad fact)");
    FactRef f;
    f.kind = as_string(j, "kind");
    f.value = as_string(j, "value");
    f.surface = as_string(j, "surface");
    f.doc = as_string(j, "doc");
    f.sentence = as_string(j, "sentence");
    f.event = as_string(j, "event");
    f.gregorian = as_string(j, "gregorian");
    if (auto it = j.find("line"); it != j.end() && it->is_number_integer()) f.line = it->get<int>();
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

void write_bank(const fs::path& path, const BankContent& content) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw BankError(path.string() + ": is a folder, not a bank file");
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  std::string tmp_name = ".";
  tmp_name += path.filename().string();
  tmp_name += ".tmp-";
  tmp_name += std::to_string(getpid());
  const fs::path tmp = path.parent_path() / tmp_name;
  fs::remove(tmp, ec);
  try {
    {
      Db db(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path.string());
      db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
      db.exec(("PRAGMA application_id=" + std::to_string(kBankApplicationId) + ";").c_str());
      db.exec(("PRAGMA user_version=" + std::to_string(kBankSchemaVersion) + ";").c_str());
      db.exec("BEGIN");
      db.exec(kCreateSchema);
      Stmt doc(db,
               "INSERT INTO documents(id,name,path,content_hash,size,warnings) "
               "VALUES(?1,?2,?3,?4,?5,?6)");
      Stmt doc_fact(db,
                    "INSERT INTO doc_facts VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
      std::int64_t doc_id = 0;
      for (const auto& d : content.documents) {
        ++doc_id;
        doc.bind(1, doc_id).bind(2, d.name).bind(3, d.path).bind(4, d.content_hash);
        doc.bind(5, static_cast<std::int64_t>(d.size)).bind(6, json(d.warnings).dump());
        doc.run();
        for (const Fact& f : d.facts) {
          doc_fact.bind(1, doc_id).bind(2, std::string(kind_name(f.kind))).bind(3, f.value);
          doc_fact.bind(4, f.granularity);
          if (f.span) {
            doc_fact.bind(5, static_cast<std::int64_t>(f.span->first));
            doc_fact.bind(6, static_cast<std::int64_t>(f.span->last));
          } else {
            doc_fact.bind_null(5).bind_null(6);
          }
          doc_fact.bind(7, f.gregorian).bind(8, static_cast<std::int64_t>(f.resolved_from_context));
          doc_fact.bind(9, f.number).bind(10, f.unit).bind(11, f.surface).bind(12, f.event);
          doc_fact.bind(13, static_cast<std::int64_t>(f.citation_count));
          doc_fact.bind(14, citations_json(f).dump());
          doc_fact.run();
        }
      }
      Stmt fact(db, "INSERT INTO facts VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
      Stmt cite(db, "INSERT INTO citations VALUES(?1,?2,?3,?4,?5,?6,?7)");
      std::int64_t fact_id = 0;
      for (const Fact& f : content.merged.facts) {
        ++fact_id;
        fact.bind(1, fact_id).bind(2, std::string(kind_name(f.kind))).bind(3, f.value);
        fact.bind(4, f.granularity);
        if (f.span) {
          fact.bind(5, static_cast<std::int64_t>(f.span->first));
          fact.bind(6, static_cast<std::int64_t>(f.span->last));
        } else {
          fact.bind_null(5).bind_null(6);
        }
        fact.bind(7, f.gregorian).bind(8, f.number).bind(9, f.unit).bind(10, f.surface);
        fact.bind(11, f.event).bind(12, status_name(f.status));
        fact.bind(13, static_cast<std::int64_t>(f.group));
        fact.bind(14, static_cast<std::int64_t>(f.citation_count));
        fact.run();
        for (const auto& c : f.citations) {
          cite.bind(1, fact_id).bind(2, c.doc).bind(3, c.sentence);
          cite.bind(4, static_cast<std::int64_t>(c.line));
          cite.bind(5, static_cast<std::int64_t>(c.char_begin));
          cite.bind(6, static_cast<std::int64_t>(c.char_end)).bind(7, c.surface);
          cite.run();
        }
      }
      Stmt conflict(db, "INSERT INTO conflicts VALUES(?1,?2,?3)");
      std::int64_t conflict_id = 0;
      for (const auto& c : content.merged.conflicts) {
        ++conflict_id;
        for (std::size_t i : c.facts) {
          conflict.bind(1, conflict_id).bind(2, c.event).bind(3, static_cast<std::int64_t>(i + 1));
          conflict.run();
        }
      }
      Stmt question(db, "INSERT INTO questions VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
      for (const Question& q : content.questions) {
        question.bind(1, q.id).bind(2, q.type).bind(3, q.prompt).bind(4, q.answer);
        question.bind(5, json(q.choices).dump()).bind(6, fact_refs_json(q.facts).dump());
        question.bind(7, q.difficulty).bind(8, json(q.order).dump()).bind(9, q.number);
        question.bind(10, q.unit);
        question.run();
      }
      db.exec("COMMIT");
    }
    fs::rename(tmp, path);
  } catch (const std::exception& e) {
    fs::remove(tmp, ec);
    if (dynamic_cast<const BankError*>(&e)) throw;
    throw BankError(path.string() + ": cannot write the bank (" + e.what() + ")");
  }
}

std::vector<Question> read_bank(const fs::path& path) {
  auto db = open_checked(path);
  std::vector<Question> out;
  Stmt st(*db,
          "SELECT id,type,prompt,answer,choices,facts,difficulty,ord,number,unit FROM questions "
          "ORDER BY rowid");
  while (st.step()) {
    Question q;
    q.id = st.text(0);
    q.type = st.text(1);
    q.prompt = st.text(2);
    q.answer = st.text(3);
    const json choices = json::parse(st.text(4), nullptr, false);
    if (!choices.is_array()) throw BankError(db->what() + ": damaged Tarikh bank (bad choices)");
    for (const auto& c : choices) {
      if (!c.is_string()) throw BankError(db->what() + ": damaged Tarikh bank (bad choice)");
      q.choices.push_back(c.get<std::string>());
    }
    q.facts = fact_refs_from(st.text(5), db->what());
    q.difficulty = st.real(6);
    const json order = json::parse(st.text(7), nullptr, false);
    if (!order.is_array()) throw BankError(db->what() + ": damaged Tarikh bank (bad order)");
    for (const auto& o : order) {
      if (!o.is_number_integer()) throw BankError(db->what() + ": damaged Tarikh bank (bad order)");
      q.order.push_back(o.get<int>());
    }
    q.number = st.real(8);
    q.unit = st.text(9);
    if (q.id.empty() || q.type.empty()) {
      throw BankError(db->what() + ": damaged Tarikh bank (question without id or type)");
    }
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<DocumentRecord> read_bank_documents(const fs::path& path) {
  auto db = open_checked(path);
  std::vector<DocumentRecord> docs;
  std::vector<std::int64_t> ids;
  Stmt st(*db, "SELECT id,name,path,content_hash,size,warnings FROM documents ORDER BY id");
  while (st.step()) {
    DocumentRecord d;
    ids.push_back(st.integer(0));
    d.name = st.text(1);
    d.path = st.text(2);
    d.content_hash = st.text(3);
    d.size = static_cast<std::uint64_t>(st.integer(4));
    const json w = json::parse(st.text(5), nullptr, false);
    if (w.is_array()) {
      for (const auto& x : w) {
        if (x.is_string()) d.warnings.push_back(x.get<std::string>());
      }
    }
    docs.push_back(std::move(d));
  }
  Stmt facts(
      *db,
      "SELECT kind,value,granularity,span_first,span_last,gregorian,resolved,number,unit,"
      "surface,event,citation_count,citations FROM doc_facts WHERE doc_id=?1 ORDER BY rowid");
  for (std::size_t i = 0; i < docs.size(); ++i) {
    facts.bind(1, ids[i]);
    while (facts.step()) {
      Fact f;
      const auto kind = kind_from_string(facts.text(0));
      if (!kind) throw BankError(db->what() + ": damaged Tarikh bank (bad fact kind)");
      f.kind = *kind;
      f.value = facts.text(1);
      f.granularity = facts.text(2);
      if (!facts.is_null(3))
        f.span = DaySpan{static_cast<long>(facts.integer(3)), static_cast<long>(facts.integer(4))};
      f.gregorian = facts.text(5);
      f.resolved_from_context = facts.integer(6) != 0;
      f.number = facts.real(7);
      f.unit = facts.text(8);
      f.surface = facts.text(9);
      f.event = facts.text(10);
      f.citation_count = static_cast<std::size_t>(std::max<std::int64_t>(0, facts.integer(11)));
      const json cites = json::parse(facts.text(12), nullptr, false);
      if (!cites.is_array()) throw BankError(db->what() + ": damaged Tarikh bank (bad citations)");
      for (const auto& c : cites) {
        if (!c.is_object()) continue;
        Citation ci;
        ci.doc = as_string(c, "doc");
        ci.sentence = as_string(c, "sentence");
        ci.surface = as_string(c, "surface");
        if (auto it = c.find("line"); it != c.end() && it->is_number_integer())
          ci.line = it->get<int>();
        if (auto it = c.find("char_begin"); it != c.end() && it->is_number_unsigned())
          ci.char_begin = it->get<std::size_t>();
        if (auto it = c.find("char_end"); it != c.end() && it->is_number_unsigned())
          ci.char_end = it->get<std::size_t>();
        f.citations.push_back(std::move(ci));
      }
      docs[i].facts.push_back(std::move(f));
    }
    facts.reset();
  }
  return docs;
}

std::vector<ConflictRecord> read_bank_conflicts(const fs::path& path) {
  auto db = open_checked(path);
  std::vector<ConflictRecord> out;
  Stmt st(*db,
          "SELECT c.id, c.event, f.kind, f.value, f.surface, ci.doc, ci.sentence, ci.line "
          "FROM conflicts c JOIN facts f ON f.id = c.fact_id "
          "LEFT JOIN citations ci ON ci.rowid = (SELECT MIN(rowid) FROM citations WHERE "
          "fact_id = f.id) ORDER BY c.id, c.rowid");
  std::int64_t current = -1;
  while (st.step()) {
    if (st.integer(0) != current) {
      current = st.integer(0);
      out.push_back({st.text(1), {}});
    }
    FactRef r;
    r.kind = st.text(2);
    r.value = st.text(3);
    r.surface = st.text(4);
    r.doc = st.text(5);
    r.sentence = st.text(6);
    r.line = static_cast<int>(st.integer(7));
    r.event = st.text(1);
    out.back().sides.push_back(std::move(r));
  }
  return out;
}

}  // namespace tarikh::questions
