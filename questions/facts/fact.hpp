// Facts: what a mention dates or measures (its event), where it was read (its citations), and
// the merge of facts across documents into one fact per event, with conflicts set apart.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questions/dates/mention.hpp"

namespace tarikh::questions {

// The Kind named by kind_name(), or nullopt.
std::optional<Kind> kind_from_string(std::string_view name);

struct Citation {
  std::string doc;             // document file name
  std::string sentence;        // the sentence, trimmed
  int line = 1;                // 1-based line of the sentence in the document
  std::size_t char_begin = 0;  // code-point offsets of the mention in the document
  std::size_t char_end = 0;
  std::string surface;  // the mention as written there
};

enum class FactStatus {
  Ok,         // askable
  Conflict,   // documents disagree on the value: never asked
  Ambiguous,  // its event cannot be told apart from another: only a cloze on its sentence
};

struct Fact {
  Kind kind = Kind::Date;
  std::string value;
  std::string granularity;
  std::optional<DaySpan> span;
  std::string gregorian;
  bool resolved_from_context = false;
  double number = 0;
  std::string unit;
  std::string surface;  // surface of the first citation (the style answers are written in)
  std::string event;    // the clause it dates or measures, shortened, without the date itself
  std::vector<Citation> citations;  // at most kMaxCitations kept
  std::size_t citation_count = 0;   // all citations, kept or not
  FactStatus status = FactStatus::Ok;
  int group = -1;  // facts of one event cluster share a group number (after merge)
  // Values of this event stated elsewhere and of closely related events (never distractors).
  std::vector<std::string> related_values;
};

inline constexpr std::size_t kMaxCitations = 16;

// The event of the mention at bytes [begin, end) of `sentence`: the clause around it (cut at
// punctuation, list dashes, ثم/حيث, and when long at a following و-clause), without the date
// and its introducing words (في، عام، العام …), without other temporal mentions of the clause
// (`others`, byte ranges in `sentence`), leading connectors and dashes dropped. For a
// quantity, the quantity is replaced by "____" and temporal mentions are kept.
// When `b` (after `a` in `text`) is `a` in the other calendar ("138 هـ (755 م)", "92هـ الموافق
// 711م", "1453م/857هـ": one Hijri, one Gregorian, spans that meet, only brackets, a slash, a dash
// or الموافق between them): the end of the pair, closing bracket included. Else 0.
std::size_t calendar_twin_end(std::string_view text, const Mention& a, const Mention& b);

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool temporal = true;
};
std::string extract_event(std::string_view sentence, ByteRange mention,
                          const std::vector<ByteRange>& others);

// A fact for one mention of `sentence` (mention offsets are relative to the sentence).
Fact make_fact(const Mention& m, const Citation& where, std::string event);

// Facts of one document from its sentences and mentions (byte offsets into `text`):
// `first_line` and `first_char` shift lines and character offsets when `text` is a chunk of a
// longer document. Sentences holding U+FFFD (repaired invalid UTF-8) give no facts.
std::vector<Fact> facts_of_text(std::string_view doc, std::string_view text,
                                const std::vector<Sentence>& sentences,
                                const std::vector<Mention>& mentions, int first_line = 1,
                                std::size_t first_char = 0);

struct Conflict {
  std::string event;
  std::vector<std::size_t> facts;  // indexes into MergeResult::facts, one per value
};

struct MergeResult {
  std::vector<Fact> facts;
  std::vector<Conflict> conflicts;
};

// The key words of an event (folded, stop words dropped), sorted and unique.
std::vector<std::string> event_words(std::string_view event);

// Jaccard overlap of two sorted word sets.
double word_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

// True when two facts' values can both be true of one event (equal, or one span within the
// other; quantities equal within rounding).
bool values_agree(const Fact& a, const Fact& b);

// Merges facts (of any documents): facts whose events match (word overlap >= 0.6) and whose
// values agree become one fact with their citations; an event with disagreeing values is a
// conflict when the values come from different documents, and ambiguous (several events
// alike) when one document states several.
MergeResult merge_facts(std::vector<Fact> raw);

}  // namespace tarikh::questions
