// A question as the game and the exporters see it (DESIGN.md's jsonl form).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tarikh::questions {

struct FactRef {
  std::string kind;         // date, range, decade, duration, quantity
  std::string value;        // normalized value
  std::string surface;      // exact text in the document
  std::string doc;          // document file name
  std::string sentence;     // the sentence it stands in
  std::string event;        // the clause the fact dates or measures, shortened
  int line = 0;             // 1-based line of the sentence in `doc`
  std::string gregorian{};  // Hijri values: the Gregorian value ("1516/1517"); else empty
};

struct Question {
  std::string id;                    // stable across rebuilds (FNV-1a 64, hex)
  std::string type;                  // cloze, mcq, which_first, timeline, numeric
  std::string prompt;                // what the player is asked
  std::string answer;                // the correct answer as displayed
  std::vector<std::string> choices;  // mcq / which_first / timeline items; empty otherwise
  std::vector<FactRef> facts;        // one fact, or several for which_first and timeline
  double difficulty = 0.5;           // 0 easy .. 1 hard
  // timeline: the indexes of `choices` from the earliest event to the latest.
  std::vector<int> order;
  // numeric: the true number and its unit ("%", "USD", "soldiers", ...), for scoring by closeness.
  double number = 0;
  std::string unit;
};

// True when `typed` is an acceptable answer to `q`: any digit script (ASCII, Arabic-Indic,
// Extended Arabic-Indic), either month-name set, harakat/tatweel/alef spelling ignored.
bool answer_matches(const Question& q, std::string_view typed);

// Numeric questions: 1 for the exact number, falling towards 0 as the guess strays (0 at a
// factor of 2 or more away). Other questions: 1 when answer_matches, else 0.
double numeric_score(const Question& q, double guess);

}  // namespace tarikh::questions
