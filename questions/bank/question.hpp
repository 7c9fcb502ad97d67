// A question as the game and the exporters see it (DESIGN.md's jsonl form).
#pragma once

#include <string>
#include <vector>

namespace tarikh::questions {

struct FactRef {
  std::string kind;      // date, range, decade, duration, quantity
  std::string value;     // normalized value
  std::string surface;   // exact text in the document
  std::string doc;       // document file name
  std::string sentence;  // the sentence it stands in
  std::string event;     // the clause the fact dates or measures, shortened
};

struct Question {
  std::string id;                    // stable across rebuilds
  std::string type;                  // cloze, mcq, which_first, timeline, numeric
  std::string prompt;                // what the player is asked
  std::string answer;                // the correct answer as displayed
  std::vector<std::string> choices;  // mcq / which_first / timeline items; empty otherwise
  std::vector<FactRef> facts;        // one fact, or several for which_first and timeline
  double difficulty = 0.5;           // 0 easy .. 1 hard
};

}  // namespace tarikh::questions
