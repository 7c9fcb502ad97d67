// SAMPLE DATA, not the real bank: a handful of hand-written questions drawn from the bundled
// document 000_edb1989f84ed8f31.txt, used by the tests and by `tarikh play` until the question
// bank reader (questions/bank) can supply the real questions. Remove the fallback then.
#pragma once

#include <vector>

#include "questions/bank/question.hpp"

namespace tarikh::session {

std::vector<questions::Question> sample_questions();

}  // namespace tarikh::session
