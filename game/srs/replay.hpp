// `tarikh srs replay`: a review history through the scheduler, as ../shared/SRS_CONTRACT.md
// defines it. Pure: streams in, streams out.
#pragma once

#include <iosfwd>

namespace tarikh::srs {

// Reads `card,day,rating` lines from `in` and writes
// `card,day,rating,stability,difficulty,interval` lines to `out`. On bad input writes
// `line N: ...` to `err` and returns 2 (lines before it are already written); otherwise 0.
int replay(std::istream& in, std::ostream& out, std::ostream& err, double retention);

}  // namespace tarikh::srs
