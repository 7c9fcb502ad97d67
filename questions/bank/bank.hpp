// The question bank: one SQLite file with a versioned schema (PRAGMA user_version, and an
// application_id that marks it as Tarikh's). Tables: documents (name, content hash, warnings),
// doc_facts (each document's own facts, so a rebuild re-reads only changed documents), facts,
// citations, conflicts, questions.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "questions/bank/question.hpp"
#include "questions/facts/fact.hpp"

namespace tarikh::questions {

inline constexpr int kBankSchemaVersion = 1;
inline constexpr std::int32_t kBankApplicationId = 0x54524B48;  // "TRKH"

// Every failure to read or write a bank: missing file, not SQLite, not a Tarikh bank, a schema
// version this build does not know, a damaged table.
class BankError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct DocumentRecord {
  std::string name;          // file name (what citations call `doc`)
  std::string path;          // as given on the command line
  std::string content_hash;  // FNV-1a 64 of the bytes, hex, with the size
  std::uint64_t size = 0;
  std::vector<std::string> warnings;  // "file:line: message"
  std::vector<Fact> facts;            // this document's facts, merged within the document
};

struct BankContent {
  std::vector<DocumentRecord> documents;
  MergeResult merged;
  std::vector<Question> questions;
};

// Writes `content` to `path` atomically: a temporary file beside it, renamed over it only when
// complete, so a failed write never destroys the previous bank. Throws BankError.
void write_bank(const std::filesystem::path& path, const BankContent& content);

// The questions of a bank. The file is opened read-only, with trusted_schema off and SQLite's
// defensive mode, and its application id, schema version and tables are checked before any
// query. Throws BankError (a std::runtime_error) with a clear message.
std::vector<Question> read_bank(const std::filesystem::path& path);

// The documents of a bank with their own facts (for incremental rebuilds). Throws BankError.
std::vector<DocumentRecord> read_bank_documents(const std::filesystem::path& path);

struct ConflictRecord {
  std::string event;
  std::vector<FactRef> sides;  // one per value
};
std::vector<ConflictRecord> read_bank_conflicts(const std::filesystem::path& path);

}  // namespace tarikh::questions
