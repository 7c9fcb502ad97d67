// Documents -> bank: reads each document in chunks (bounded memory), recognizes its dates and
// numbers, makes its facts, merges facts across documents, generates the questions and writes
// the bank atomically. Documents unchanged since the previous bank (same name and content hash)
// are not re-read: their facts come from that bank.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "questions/bank/bank.hpp"

namespace tarikh::questions {

// No usable document at all (every input missing, unreadable, empty or without facts).
class BuildError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct BuildOptions {
  std::vector<std::filesystem::path> inputs;  // files, or folders of .txt files
  std::filesystem::path out;
  std::size_t chunk_bytes = 1 << 20;  // text handed to the recognizer at a time (about)
  // Called as bytes are read: (bytes done, bytes in all, current document name).
  std::function<void(std::uint64_t, std::uint64_t, const std::string&)> progress;
};

struct BuildSummary {
  int documents = 0;         // usable documents in the bank
  int documents_reused = 0;  // of which unchanged since the previous bank
  std::uint64_t bytes = 0;
  std::map<std::string, int> facts_by_kind;
  std::map<std::string, int> questions_by_type;
  int facts = 0;
  int questions = 0;
  std::vector<ConflictRecord> conflicts;
  std::vector<std::string> warnings;  // "file:line: message"
};

// The documents an input list names: files as given, folders' .txt files (recursively, sorted).
// Missing paths become warnings.
std::vector<std::filesystem::path> collect_documents(
    const std::vector<std::filesystem::path>& inputs, std::vector<std::string>& warnings);

// Reads one document in chunks and returns its record (facts merged within the document).
// Invalid UTF-8 is repaired (each bad byte becomes U+FFFD, one warning "file:line: invalid UTF-8"
// for its first line) and the sentences it touches give no facts; a BOM is skipped, CR is
// treated as a space; an empty document gives a warning and no facts.
DocumentRecord read_document(const std::filesystem::path& path, std::size_t chunk_bytes,
                             const std::function<void(std::uint64_t)>& on_bytes = {});

// FNV-1a 64 of a file's bytes with its size ("hash-size" in hex), read in blocks.
std::string content_hash(const std::filesystem::path& path, std::uint64_t& size);

// The version of the fact pipeline (recognition, event extraction, merging) this build makes
// facts with. A bank records for each document the version its facts were made with: a bank
// whose documents were read by another version is out of date.
int fact_pipeline_version();
// The version a bank document's facts were made with (nullopt when the bank does not say).
std::optional<int> pipeline_version(const DocumentRecord& document);

// Builds the bank. Throws BuildError when no document is usable, BankError when it cannot be
// written (the old bank is then left as it was).
BuildSummary build_bank(const BuildOptions& options);

}  // namespace tarikh::questions
