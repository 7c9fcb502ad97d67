// Questions from merged facts: cloze, mcq, which_first, timeline, numeric; distractors in the
// answer's own style; quality filters; stable ids; difficulty.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questions/bank/question.hpp"
#include "questions/facts/fact.hpp"

namespace tarikh::questions {

// The fact's value written as an answer in the style of its surface (digits, month names), or
// nullopt when the value cannot be written (then no multiple-choice question is made on it).
std::optional<std::string> render_answer(const Fact& fact);

// Up to `count` wrong answers for `fact`: same kind and granularity, near in time or magnitude,
// written in the answer's style, never one of `fact.related_values` (other true values of the
// event or of events like it), never equal to the answer or to each other. Deterministic in
// `seed`.
std::vector<std::string> make_distractors(const Fact& fact, std::uint64_t seed, int count = 3);

// The normalized values behind make_distractors' strings (same order), for tests.
std::vector<std::string> distractor_values(const Fact& fact, std::uint64_t seed, int count = 3);

// True when `prompt` gives `fact`'s answer away: it still holds the surface, a number equal to
// the written number of a quantity, or a year inside the span of a temporal value.
bool gives_away(std::string_view prompt, const Fact& fact);

// The stable id of a question: FNV-1a 64 (hex) of its type, its facts' values and events.
std::string question_id(std::string_view type, const std::vector<const Fact*>& facts);

FactRef fact_ref(const Fact& fact);

// Every question of a merged bank, in a deterministic order, ids unique.
std::vector<Question> generate_questions(const MergeResult& merged);

}  // namespace tarikh::questions
