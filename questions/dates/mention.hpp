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

// Value conventions (what recognize() writes in Mention::value):
//  - Gregorian dates: ISO with four-digit years: "1980-10-08", "1944-07", "2008", "0711".
//    Before 1 AD: "BC0332" (written year), "BC0216-08-02", ranges "BC0264/BC0241" (they
//    count down). Dates before 15 October 1582 are taken as written
//    (Julian), like every date a document states.
//  - Ranges: "2008-03-19/2008-03-20", "1831/1840", "2003-01/2003-03", "170AH/193AH".
//  - Decades and centuries (kind Decade; granularity "decade" or "century"): "197X",
//    "195X/196X", "196X/199X" (منتصف الستينيات وحتى بداية التسعينيات), "18XX" (the 19th
//    century), "17XX/18XX" (القرنين الثامن عشر والتاسع عشر), "03XXAH" (4th Hijri century).
//    A decade without its century lies in the century of the document's time, or the one
//    before when that decade has not ended yet (الخمسينيات in 1946 -> 195X, in 2025 -> 195X,
//    العشرينيات in 2025 -> 192X).
//  - Hijri: "922AH", "922-07AH", "922-07-25AH" (year not padded); `gregorian` holds the
//    Gregorian equivalent by the arithmetic Islamic calendar: "1516/1517" for a year (the
//    Gregorian years it overlaps), "1516-08-24" for a day, "1517-01/1517-02" for a month.
//  - Durations: "P15Y", "P6M", "P40D", "P2W", "P4C" (centuries), decades as years ("P20Y"),
//    halves as "P7Y6M". "بعد عشر سنوات" at the start of a clause is a date (the narrative's
//    year + 10, resolved_from_context), not a duration.
//  - Year-less dates take the year of the last dated mention before them (or the document's
//    time); "XXXX-02-30" only when that year makes the day impossible. A year-less Hijri day or
//    month (يوم الجمعة 25 رمضان, ربيع الآخر من السنة نفسها) takes the narrative's Hijri year
//    and is not reported at all when the narrative is not in a Hijri year.
//  - Centuries may be written in Roman numerals (القرن XIX -> "18XX", القرن III -> "02XX").
//  - Durations of two units: "P4Y3M" (أربع سنوات وثلاثة أشهر), "P3M10D"; fractions of a
//    century: نصف قرن "P50Y", ربع قرن "P25Y".
//  - Quantities: "<number> <unit>" ("73%" has no space). The number is plain below a million
//    ("63000", "2.5", "1500") and mantissa + "e" + exponent from a million up, the exponent
//    6, 9 or 12 and the mantissa without trailing zeros ("13.4e9", "120e6", "1e9"). Units:
//    ISO 4217 codes where the currency is known (USD EUR RUB GBP SYP LBP TRY EGP SAR KWD IQD
//    MAD ...), else a lower-case word ("lira", "pound", "riyal", "dinar", "dirham", "franc");
//    "km", "km2", "m", "t", "kg", "MW", "kW", "barrels", "ha", ...; counted things as an
//    English plural from a table ("projects", "soldiers", "people", "visits", "inhabitants").
//    A counted noun not in the table is kept as its normalized Arabic form (harakat, tatweel
//    and article removed, e.g. "40 قنطره"); a scaled number with nothing counted after it takes
//    the noun after a preceding عدد ("عدد المنازل ... أربعة ملايين" -> "4e6 houses"), or no
//    unit at all ("100000"). Fractions of a scale: نصف مليون "500000", ربع مليون "250000",
//    ألف ألف "1e6". Ranges of figures sharing the scale and unit written after the second
//    (بين 9 و11 مليون عسكري, 20-25%): "9e6/11e6 soldiers", "20%/25%"; `number` is the lower.
//  - `surface` never includes the trigger word before a date (في, عام, سنة, منذ, بين عامي) nor a
//    clitic و/ف/ب/ل glued to its first word; it does include an era (1944م, 922 هـ), a doubled
//    month name (آب (أغسطس)), qualifiers (مطلع التسعينات) and the counted noun or unit.
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
  // Recalled for something named before ("على قيامها سنة 132هـ"): it dates that noun, not the
  // sentence's event, and is no step of the narrative.
  bool looks_back = false;
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

// Every date and numeric fact of a whole document, in document order. Working memory stays
// bounded (the text is read in pieces of about 1 MB cut at line breaks); the result holds the
// mentions of the whole document.
std::vector<Mention> recognize(std::string_view text, const DocumentContext& context = {});

// A document read piece by piece (for documents too large to hold): each feed() gives the
// mentions of one piece, with offsets counted from the start of the whole document. Pieces
// should end at line breaks (a mention cut by a piece boundary is lost). The narrative (the
// last year named, for year-less and relative dates) carries from piece to piece; without a
// context reference year, the document's time is the latest year seen so far.
class MentionStream {
 public:
  explicit MentionStream(DocumentContext context = {});
  std::vector<Mention> feed(std::string_view piece);

 private:
  DocumentContext context_;
  std::size_t offset_ = 0;
  int latest_year_ = 0;
  int narrative_year_ = 0;
  int narrative_hijri_ = 0;
};

}  // namespace tarikh::questions
