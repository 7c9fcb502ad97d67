// Arabic folding for comparing texts: the event of a fact against another's, a typed answer
// against the expected one. Local to the fact pipeline (no dependency on the recognizer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tarikh::questions {

// Folds `text` for matching: harakat and tatweel removed; أ إ آ ٱ -> ا; ى -> ي; ة -> ه;
// ؤ -> و; ئ -> ي; Arabic-Indic and Extended Arabic-Indic digits -> ASCII; ASCII letters
// lowered; the Arabic decimal separator ٫ -> '.'; every other punctuation or space -> one
// space; no leading or trailing space. Invalid UTF-8 bytes become spaces.
std::string fold_arabic(std::string_view text);

// The content words of folded text: split on spaces, a leading conjunction و (and ف/ب/ل
// before ال) and the article ال stripped, stop words and bare numbers dropped.
std::vector<std::string> content_tokens(std::string_view folded);

// A month name found in folded text.
struct MonthHit {
  int month = 0;  // 1..12
  int set = 0;  // 0: Levantine (كانون الثاني, شباط ...), 1: Egyptian/European (يناير ...),
                // 2: Maghrebi (جانفي, فيفري, أفريل, ماي, جوان, جويلية, أوت)
};

// Every month name of folded text, in order (either set, with or without ال, with a leading
// و/ب/ل/ف, spelling variants folded).
std::vector<MonthHit> find_months(std::string_view folded);

// The month names, in their usual spelling: set 0 Levantine, 1 Egyptian, 2 Maghrebi; month 1..12.
std::string_view month_name(int set, int month);

// Which digits a text writes: 0 ASCII, 1 Arabic-Indic (٠-٩), 2 Extended Arabic-Indic (۰-۹);
// ASCII when it has none.
int digit_script(std::string_view text);

// Rewrites the ASCII digits of `ascii` in `script` (as digit_script numbers them).
std::string to_digit_script(std::string_view ascii, int script);

}  // namespace tarikh::questions
