// Exports of a bank's questions: jsonl (DESIGN.md's machine-readable form), csv, and Anki's
// text import (Cloze notes with a stable guid, so a re-import updates rather than duplicates).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "questions/bank/question.hpp"

namespace tarikh::questions {

// One question as DESIGN.md's jsonl object: id, type, prompt, answer, choices, and "fact" (one
// fact) or "facts" (which_first, timeline), plus difficulty, and order / number / unit when set.
nlohmann::json question_json(const Question& q);

void export_jsonl(const std::vector<Question>& questions, std::ostream& out);
void export_csv(const std::vector<Question>& questions, std::ostream& out);
void export_anki(const std::vector<Question>& questions, std::ostream& out);

// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
std::string csv_field(const std::string& field);

}  // namespace tarikh::questions
