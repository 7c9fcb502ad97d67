// Typed answers: any digit script, either month-name set, spelling variants folded.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>

#include "questions/bank/question.hpp"
#include "questions/facts/fold.hpp"
#include "questions/generate/values.hpp"

namespace tarikh::questions {

namespace {

struct Parsed {
  std::vector<double> numbers;
  std::vector<int> months;        // unique, in order
  std::vector<int> hijri_months;  // unique
  double multiplier = 1;          // ألف / مليون / مليار
  bool percent = false;
};

Parsed parse_typed(std::string_view text) {
  Parsed p;
  const std::string folded = fold_arabic(text);
  for (const auto& m : find_months(folded)) {
    if (std::find(p.months.begin(), p.months.end(), m.month) == p.months.end())
      p.months.push_back(m.month);
  }
  // Hijri month names, folded (ى -> ي, ة -> ه, hamzas dropped), with their common variants.
  static const std::pair<int, std::string_view> hijri[] = {
      {1, "محرم"},          {2, "صفر"},          {3, "ربيع الاول"},  {4, "ربيع الاخر"},
      {4, "ربيع الثاني"},   {5, "جمادي الاولي"}, {5, "جمادي الاول"}, {6, "جمادي الاخره"},
      {6, "جمادي الثانيه"}, {6, "جمادي الاخر"},  {7, "رجب"},         {8, "شعبان"},
      {9, "رمضان"},         {10, "شوال"},        {11, "القعده"},     {12, "الحجه"}};
  for (const auto& [m, name] : hijri) {
    if (folded.find(name) != std::string::npos &&
        std::find(p.hijri_months.begin(), p.hijri_months.end(), m) == p.hijri_months.end()) {
      p.hijri_months.push_back(m);
    }
  }
  std::size_t i = 0;
  while (i < folded.size()) {
    if (folded[i] >= '0' && folded[i] <= '9') {
      std::size_t j = i;
      while (j < folded.size() && ((folded[j] >= '0' && folded[j] <= '9') || folded[j] == '.')) ++j;
      p.numbers.push_back(std::strtod(folded.substr(i, j - i).c_str(), nullptr));
      i = j;
    } else {
      ++i;
    }
  }
  auto has = [&](std::string_view w) { return folded.find(w) != std::string::npos; };
  if (has("مليار") || has("بليون")) {
    p.multiplier = 1e9;
  } else if (has("مليون")) {
    p.multiplier = 1e6;
  } else if (has("الف") || has("الاف")) {
    p.multiplier = 1e3;
  }
  p.percent = has("%") || has("المئه") || has("المائه") || has("بالمئه") || has("٪");
  return p;
}

bool same(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

bool matches_point(const Parsed& t, const TimePoint& p) {
  using U = TimePoint::Unit;
  switch (p.unit) {
    case U::Year:
    case U::HijriYear:
      return t.months.empty() && t.numbers.size() == 1 && same(t.numbers[0], p.year);
    case U::Month:
      if (t.months.size() == 1) {
        return t.months[0] == p.month && t.numbers.size() == 1 && same(t.numbers[0], p.year);
      }
      return t.months.empty() && t.numbers.size() == 2 &&
             ((same(t.numbers[0], p.month) && same(t.numbers[1], p.year)) ||
              (same(t.numbers[0], p.year) && same(t.numbers[1], p.month)));
    case U::Day:
      if (t.months.size() == 1) {
        return t.months[0] == p.month && t.numbers.size() == 2 &&
               ((same(t.numbers[0], p.day) && same(t.numbers[1], p.year)) ||
                (same(t.numbers[0], p.year) && same(t.numbers[1], p.day)));
      }
      return t.months.empty() && t.numbers.size() == 3 &&
             ((same(t.numbers[0], p.day) && same(t.numbers[1], p.month) &&
               same(t.numbers[2], p.year)) ||
              (same(t.numbers[0], p.year) && same(t.numbers[1], p.month) &&
               same(t.numbers[2], p.day)));
    case U::HijriMonth:
      return t.months.empty() && t.hijri_months.size() == 1 && t.hijri_months[0] == p.month &&
             t.numbers.size() == 1 && same(t.numbers[0], p.year);
    case U::HijriDay:
      return t.months.empty() && t.hijri_months.size() == 1 && t.hijri_months[0] == p.month &&
             t.numbers.size() == 2 &&
             ((same(t.numbers[0], p.day) && same(t.numbers[1], p.year)) ||
              (same(t.numbers[0], p.year) && same(t.numbers[1], p.day)));
    case U::Decade:
    case U::Century:
      return false;  // written in words: compared as text
  }
  return false;
}

// Numbers and months of a text, as one sorted signature.
std::vector<double> signature(const Parsed& p) {
  std::vector<double> s = p.numbers;
  for (int m : p.months) s.push_back(1000000 + m);
  for (int m : p.hijri_months) s.push_back(2000000 + m);
  std::sort(s.begin(), s.end());
  return s;
}

}  // namespace

bool answer_matches(const Question& q, std::string_view typed) {
  const std::string t = fold_arabic(typed);
  if (t.empty()) return false;
  if (t == fold_arabic(q.answer)) return true;
  if (q.facts.size() != 1) return false;
  const FactRef& f = q.facts.front();
  if (t == fold_arabic(f.surface)) return true;
  const Parsed p = parse_typed(typed);
  if (f.kind == "quantity") {
    if (p.numbers.size() != 1) return false;
    const double n = p.numbers[0];
    if (same(n * p.multiplier, q.number) || same(n, q.number)) return true;
    if (const auto w = written_number(f.surface); w && same(n, w->value) && p.multiplier == 1)
      return true;
    return false;
  }
  if (f.kind == "duration") {
    if (const auto d = parse_duration(f.value)) {
      return p.numbers.size() == 1 && same(p.numbers[0], d->amount);
    }
    return false;
  }
  if (const auto tv = parse_time_value(f.value); tv && !tv->last) {
    if (matches_point(p, tv->first)) return true;
  }
  // Ranges, decades, centuries: the same numbers and months as the answer or the surface.
  const auto sig = signature(p);
  if (sig.empty()) return false;
  return sig == signature(parse_typed(q.answer)) || sig == signature(parse_typed(f.surface));
}

double numeric_score(const Question& q, double guess) {
  if (q.type != "numeric") {
    return answer_matches(q, std::to_string(guess)) ? 1.0 : 0.0;
  }
  if (!(guess > 0) || !(q.number > 0)) return guess == q.number ? 1.0 : 0.0;
  const double r = std::fabs(std::log(guess / q.number)) / std::log(2.0);
  return std::max(0.0, 1.0 - r);
}

}  // namespace tarikh::questions
