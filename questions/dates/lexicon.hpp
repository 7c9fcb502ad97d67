// The recognizer's word list: month names, number words, triggers, units, currencies and counted
// nouns, keyed by their normalized form (questions/arabic/normalize.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tarikh::questions::lexicon {

enum class Lx : std::uint8_t {
  None,
  Month,  // a = 1..12, b = 0 Syriac (كانون...), 1 Latin (يناير...), 2 Hijri (محرم...)
  MonthHead,  // first word of a two-word month: a = 1 كانون, 2 تشرين, 3 ربيع, 4 جمادى, 5 ذو
  Ordinal,      // a = 1..10, 20; b = 1 when it is a feminine "first/last" for Hijri months
  YearTrigger,  // عام, العام, سنة; b = 2 for the dual construct عامي
  Prep,         // a = Prep code below
  Era,  // a = 1 CE, 2 AH, 3 the ق of ق.م, 4 BC (قبل الميلاد needs two words: قبل is Prep)
  Number,         // a = value; b = NumClass
  Scale,          // a = exponent (3, 6, 9, 12); b = multiplier (2 for duals)
  Percent,        // المئة / المائة
  Currency,       // a = currency family, en = default code
  Unit,           // en = unit code
  Square,         // مربع: km -> km2
  Noun,           // en = English plural
  TimeUnit,       // a = 'Y','M','D','W','C','E' (decade); b = count implied (2 for duals)
  Decade,         // a = 2..9 (عشرينيات..تسعينيات)
  Century,        // القرن; b = 2 for القرنين
  Qualifier,      // منتصف, مطلع, أواخر ...
  Relative,       // a = offset code (see RelCode)
  Same,           // نفس / ذات before العام
  Count,          // عدد
  Half,           // نصف
  Millennium,     // الألفية
  DecadeOrdinal,  // العقد (الأول من القرن العشرين)
  Approx,      // نحو, قرابة, حوالي, لمدة: before a bare time unit (نحو سنة)
  Hundred100,  // (unused)
};

enum Prep : int { kIn = 1, kSince, kFrom, kTo, kUntil, kBetween, kDuring, kBefore, kAfter, kAnd };
enum NumClass : int { kUnit = 1, kTen, kTens, kHundreds, kTeenOnly };
enum RelCode : int { kSameYear = 1, kNextYear, kPrevYear, kPast, kCurrent, kComing };
enum CurrencyFamily : int {
  kDollar = 1,
  kEuro,
  kRouble,
  kLira,
  kPound,
  kRiyal,
  kDinar,
  kDirham,
  kKrona,
  kOtherCurrency
};

struct Lex {
  Lx kind = Lx::None;
  int a = 0;
  int b = 0;
  const char* en = nullptr;
};

// Exact normalized word, or nullptr.
const Lex* find_exact(std::string_view word);

struct Hit {
  const Lex* lex = nullptr;
  std::size_t prefix = 0;  // bytes of the clitic prefix (و ف ب ل ك) that were stripped
};
// The word itself, or the word without a leading و/ف and/or ب/ل/ك.
Hit find(std::string_view word);
// As find(), also without a leading ال (for counted nouns named after عدد).
Hit find_noun(std::string_view word);

// Currency code for a family and a following adjective (سورية, لبنانية, إسترليني ...), or
// nullptr when the adjective does not qualify it.
const char* currency_with_adjective(int family, std::string_view adjective);

}  // namespace tarikh::questions::lexicon
