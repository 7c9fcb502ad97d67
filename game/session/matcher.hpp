// Checking typed answers: both digit sets (Western 1980, Arabic-Indic ١٩٨٠, Persian ۱۹۸۰), with
// or without Arabic diacritics, alef/ya/ta-marbuta variants, case and punctuation.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tarikh::session {

// Folds the text to a comparison form: digits to ASCII, Arabic diacritics and tatweel dropped,
// أ إ آ ٱ to ا, ى to ي, ة to ه, ASCII lower case, punctuation to spaces, runs of spaces to one,
// no leading or trailing space.
std::string normalize_answer(std::string_view text);

// True when `typed` is the expected answer after normalization. When the expected answer is a
// number (a year, a count), any typed text whose only number is that number matches too
// ("عام ١٩٤٤" for "1944").
bool answers_match(std::string_view typed, std::string_view expected);

// The number in a typed estimate ("١٩٨٠", "12.5", "٣٫٥", "63,000"); nullopt if there is none
// or more than one.
std::optional<double> parse_number(std::string_view typed);

// A sortable position in time for a fact value (DESIGN.md's forms): "1944-07" -> 1944.5,
// "197X" -> 1970, "922AH" -> its Gregorian year, "1831/1840" -> 1831. nullopt when the value
// is not a date.
std::optional<double> year_key(std::string_view value);

}  // namespace tarikh::session
