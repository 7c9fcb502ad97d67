// What the recognizer finds in a document: every date and numeric fact, normalized. This is the
// contract between recognition (questions/arabic, questions/dates) and the fact and question
// pipeline (questions/facts, questions/generate, questions/bank).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh::questions {

enum class Kind { Date, Range, Decade, Duration, Quantity };

// "date", "range", "decade", "duration", "quantity" (the `kind` of DESIGN.md's jsonl).
std::string_view kind_name(Kind kind);

// The Gregorian days a temporal mention covers, as days since 1970-01-01 (negative before),
// first and last day inclusive. Used to order events and to pick distractors.
struct DaySpan {
  long first = 0;
  long last = 0;
};

struct Mention {
  Kind kind = Kind::Date;
  // Normalized as DESIGN.md sets out: "1980-10-08", "1944-07", "2008",
  // "2008-03-19/2008-03-20", "1831/1840", "197X", "195X/196X", "18XX", "922AH", "P15Y", "P4C";
  // for quantities a number and a unit: "73%", "13.4e9 USD", "180 km", "63000 soldiers".
  std::string value;
  std::string surface;    // the exact text as it stands in the document: text[begin, end)
  std::size_t begin = 0;  // byte offsets into the text given to recognize()
  std::size_t end = 0;
  // "day", "month", "year", "decade", "century" for temporal kinds; empty for quantities.
  std::string granularity;
  std::optional<DaySpan> span;         // Gregorian span of a temporal mention, when known
  std::string gregorian;               // for Hijri dates: the Gregorian value, e.g. "1516/1517"
  bool resolved_from_context = false;  // part of the value (e.g. the year) came from context
  // Quantities only.
  double number = 0;  // 63000, 73, 13.4e9
  std::string unit;   // "%", "USD", "km", "soldiers", ...
};

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the document
  std::size_t end = 0;
  int line = 1;  // 1-based line number of `begin`
};

struct DocumentContext {
  // The document's own time (e.g. its publication year), used to resolve "القرن الماضي" and
  // year-less dates. Empty: the recognizer estimates it from the document itself.
  std::optional<int> reference_year;
};

// Splits a document into sentences.
std::vector<Sentence> split_sentences(std::string_view text);

// Every date and numeric fact of a whole document, in document order.
std::vector<Mention> recognize(std::string_view text, const DocumentContext& context = {});

}  // namespace tarikh::questions
