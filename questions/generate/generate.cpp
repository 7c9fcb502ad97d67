#include "questions/generate/generate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "questions/arabic/utf8.hpp"
#include "questions/facts/fold.hpp"
#include "questions/generate/values.hpp"

namespace tarikh::questions {

namespace {

constexpr int kLatestYear = 2030;
constexpr std::string_view kBlank = "____";

// The words of folded text, in order.
std::vector<std::string> content_free_words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    if (j > i) out.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool is_temporal(const Fact& f) {
  return f.kind == Kind::Date || f.kind == Kind::Range || f.kind == Kind::Decade;
}

// Numbers written in folded text (ASCII digits, '.' decimals).
std::vector<double> numbers_in(std::string_view folded) {
  std::vector<double> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    if (folded[i] >= '0' && folded[i] <= '9') {
      std::size_t j = i;
      while (j < folded.size() && ((folded[j] >= '0' && folded[j] <= '9') || folded[j] == '.')) ++j;
      out.push_back(std::strtod(std::string(folded.substr(i, j - i)).c_str(), nullptr));
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<double> related_number(std::string_view value) {
  if (value.empty()) return std::nullopt;
  const std::string s(value);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

std::string unit_of(std::string_view value) {
  const auto sp = value.find(' ');
  if (sp != std::string_view::npos) return std::string(value.substr(sp + 1));
  if (!value.empty() && value.back() == '%') return "%";
  return {};
}

// Candidate shifts of a temporal value, nearest kinds first, shuffled within.
std::vector<TimeValue> temporal_candidates(const TimeValue& v, SeededRandom& rng) {
  std::vector<TimeValue> out;
  auto shift_years = [&](int dy) {
    TimeValue c = v;
    c.first.year += dy;
    if (c.last) c.last->year += dy;
    // Before the Christian era a year counts back to 1 (the century before it starts at 0).
    const int lowest = c.first.unit == TimePoint::Unit::Century ? 0 : 1;
    if ((c.first.bc && c.first.year < lowest) || (c.last && c.last->bc && c.last->year < lowest)) {
      return;
    }
    if (c.first.unit == TimePoint::Unit::Day) {
      if (c.first.day > days_in_month(c.first.year, c.first.month)) return;
      if (c.last && c.last->day > days_in_month(c.last->year, c.last->month)) return;
    }
    out.push_back(c);
  };
  auto shift_months = [&](int dm) {
    TimeValue c = v;
    auto move = [&](TimePoint& p) {
      int idx = p.year * 12 + (p.month - 1) + dm;
      p.year = idx / 12;
      p.month = idx % 12 + 1;
      return p.unit != TimePoint::Unit::Day || p.day <= days_in_month(p.year, p.month);
    };
    if (!move(c.first)) return;
    if (c.last && !move(*c.last)) return;
    out.push_back(c);
  };
  auto shift_days = [&](int dd) {
    TimeValue c = v;
    auto move = [&](TimePoint& p) {
      int y, m, d;
      civil_from_days(days_from_civil(p.year, p.month, p.day) + dd, y, m, d);
      p.year = y, p.month = m, p.day = d;
    };
    move(c.first);
    if (c.last) move(*c.last);
    out.push_back(c);
  };
  // Hijri months and days: the same shifts, in the Hijri calendar (months of 29 or 30 days).
  auto shift_hijri = [&](int dy, int dm, int dd) {
    TimeValue c = v;
    auto move = [&](TimePoint& p) {
      const int idx = p.year * 12 + (p.month - 1) + dm + 12 * dy;
      p.year = idx / 12;
      p.month = idx % 12 + 1;
      if (p.unit != TimePoint::Unit::HijriDay) return p.year >= 1;
      p.day += dd;
      return p.year >= 1 && p.day >= 1 && p.day <= calendar::hijri_month_length(p.year, p.month);
    };
    if (!move(c.first)) return;
    if (c.last && !move(*c.last)) return;
    out.push_back(c);
  };
  std::vector<int> deltas;
  switch (v.first.unit) {
    case TimePoint::Unit::HijriMonth:
      deltas = {1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 12, -12};
      rng.shuffle(deltas);
      for (int d : deltas) shift_hijri(0, d, 0);
      break;
    case TimePoint::Unit::HijriDay: {
      std::vector<int> days = {2, -2, 4, -4, 6, -6, 9, -9, 11, -11, 13, -13};
      std::vector<int> months = {1, -1, 2, -2, 3, -3};
      std::vector<int> years = {1, -1, 2, -2};
      rng.shuffle(days), rng.shuffle(months), rng.shuffle(years);
      for (std::size_t i = 0; i < 6; ++i) {
        shift_hijri(0, 0, days[i]);
        shift_hijri(0, months[i], 0);
        if (i < years.size()) shift_hijri(years[i], 0, 0);
        shift_hijri(0, 0, days[i + 6]);
      }
      break;
    }
    case TimePoint::Unit::Year:
    case TimePoint::Unit::HijriYear:
      deltas = {1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 8, -8, 10, -10};
      // Years before the Christian era are known to decades at best ("نحو 1550 ق.م"): choices a
      // year or two away would be as right as the answer.
      if (v.first.bc) {
        for (int& d : deltas) d *= 10;
      }
      rng.shuffle(deltas);
      // Keep mostly near years: sort by magnitude buckets of 3 after shuffling.
      std::stable_sort(deltas.begin(), deltas.end(),
                       [](int a, int b) { return std::abs(a) / 4 < std::abs(b) / 4; });
      for (int d : deltas) shift_years(d);
      break;
    case TimePoint::Unit::Month:
      deltas = {1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 12, -12};
      rng.shuffle(deltas);
      for (int d : deltas) shift_months(d);
      break;
    case TimePoint::Unit::Day: {
      // Mix: another day of the month, another month, another year.
      std::vector<int> days = {2, -2, 4, -4, 6, -6, 9, -9, 11, -11, 13, -13};
      std::vector<int> months = {1, -1, 2, -2, 3, -3};
      std::vector<int> years = {1, -1, 2, -2};
      rng.shuffle(days), rng.shuffle(months), rng.shuffle(years);
      for (std::size_t i = 0; i < 6; ++i) {
        shift_days(days[i]);
        if (i < months.size()) shift_months(months[i]);
        if (i < years.size()) shift_years(years[i]);
        shift_days(days[i + 6]);
      }
      break;
    }
    case TimePoint::Unit::Decade:
      deltas = {10, -10, 20, -20, 30, -30, 40, -40};
      rng.shuffle(deltas);
      std::stable_sort(deltas.begin(), deltas.end(),
                       [](int a, int b) { return std::abs(a) / 30 < std::abs(b) / 30; });
      for (int d : deltas) shift_years(d);
      break;
    case TimePoint::Unit::Century:
      deltas = {100, -100, 200, -200, 300, -300};
      rng.shuffle(deltas);
      std::stable_sort(deltas.begin(), deltas.end(),
                       [](int a, int b) { return std::abs(a) / 300 < std::abs(b) / 300; });
      for (int d : deltas) shift_years(d);
      break;
  }
  return out;
}

// The noun counted after a changed number takes the form the number asks for (تمييز العدد):
// 3 to 10 the plural ("3 أطنان", "10 سنوات"), 11 to 99 the singular in the accusative ("15
// كيلومتراً"), a round hundred or thousand the singular ("100 ألف", "200 عام"); past 100 the last
// two digits decide ("6650 كيلومتراً", "103 سنوات"). Nouns outside the table are left as written.
struct CountedNoun {
  std::string_view singular, accusative, plural;
};
constexpr CountedNoun kCountedNouns[] = {{"كيلومتر مربع", "كيلومتراً مربعاً", "كيلومترات مربعة"},
                                         {"ألف", "ألفاً", "آلاف"},
                                         {"مليون", "مليوناً", "ملايين"},
                                         {"مليار", "ملياراً", "مليارات"},
                                         {"عام", "عاماً", "أعوام"},
                                         {"سنة", "سنة", "سنوات"},
                                         {"شهر", "شهراً", "أشهر"},
                                         {"يوم", "يوماً", "أيام"},
                                         {"قرن", "قرناً", "قرون"},
                                         {"عقد", "عقداً", "عقود"},
                                         {"كيلومتر", "كيلومتراً", "كيلومترات"},
                                         {"متر", "متراً", "أمتار"},
                                         {"طن", "طناً", "أطنان"},
                                         {"كيلوغرام", "كيلوغراماً", "كيلوغرامات"},
                                         {"دينار", "ديناراً", "دنانير"},
                                         {"درهم", "درهماً", "دراهم"},
                                         {"جنيه", "جنيهاً", "جنيهات"},
                                         {"دولار", "دولاراً", "دولارات"},
                                         {"ريال", "ريالاً", "ريالات"},
                                         {"فرنك", "فرنكاً", "فرنكات"},
                                         {"جندي", "جندياً", "جنود"},
                                         {"مقاتل", "مقاتلاً", "مقاتلين"},
                                         {"شخص", "شخصاً", "أشخاص"},
                                         {"مهاجر", "مهاجراً", "مهاجرين"},
                                         {"صوت", "صوتاً", "أصوات"},
                                         {"سفينة", "سفينة", "سفن"},
                                         {"مدينة", "مدينة", "مدن"},
                                         {"مرة", "مرة", "مرات"},
                                         {"دقيقة", "دقيقة", "دقائق"},
                                         {"ساعة", "ساعة", "ساعات"},
                                         {"أسبوع", "أسبوعاً", "أسابيع"},
                                         {"كتاب", "كتاباً", "كتب"},
                                         {"مدرسة", "مدرسة", "مدارس"},
                                         {"قرية", "قرية", "قرى"}};

// Without the short vowels and tanween: "عاماً" and "عاما" are one word.
std::string bare(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xD9 && i + 1 < w.size()) {
      const auto d = static_cast<unsigned char>(w[i + 1]);
      if (d >= 0x8B && d <= 0x92) {  // U+064B … U+0652
        ++i;
        continue;
      }
    }
    out.push_back(w[i]);
  }
  return out;
}

std::string agree_counted(const std::string& text, std::size_t number_at, double v, int decimals) {
  if (decimals != 0 || v != std::floor(v) || v < 3) return text;
  const std::size_t sp = text.find(' ', number_at);
  if (sp == std::string::npos) return text;
  const std::size_t wb = sp + 1;
  const auto n = static_cast<long long>(v);
  const long long tail = n % 100;
  enum { Singular, Accusative, Plural } form;
  if (n <= 10 || (tail >= 3 && tail <= 10)) {
    form = Plural;
  } else if (tail >= 11) {
    form = Accusative;
  } else {
    form = Singular;  // a round hundred or thousand (and 101, 102)
  }
  // The longest noun of the table that the text continues with, as a whole word (or words).
  for (const CountedNoun& noun : kCountedNouns) {
    for (std::string_view written : {noun.singular, noun.accusative, noun.plural}) {
      const std::size_t words =
          static_cast<std::size_t>(std::count(written.begin(), written.end(), ' ')) + 1;
      std::size_t we = wb;
      for (std::size_t k = 0; k < words && we != std::string::npos; ++k) {
        we = text.find(' ', we + (k ? 1 : 0));
      }
      if (we == std::string::npos) we = text.size();
      if (bare(text.substr(wb, we - wb)) != bare(written)) continue;
      // "62 ألف مهاجر": a thousand or a million before the noun it counts stays as it is said.
      const bool before_noun =
          we < text.size() &&
          (noun.singular == "ألف" || noun.singular == "مليون" || noun.singular == "مليار");
      const std::string_view want = form == Plural                       ? noun.plural
                                    : form == Accusative && !before_noun ? noun.accusative
                                                                         : noun.singular;
      const std::string original = text.substr(wb, we - wb);
      if (bare(original) == bare(want)) return text;  // already right, spelt as the document does
      // The tanween as the document writes it: "عامًا" (before the alef), "عاماً", or "عاما".
      std::string form_text(want);
      const std::string tanween = "\xD9\x8B", alef = "\xD8\xA7";
      const bool before_alef = original.find(tanween + alef) != std::string::npos;
      const bool none = original.find(tanween) == std::string::npos &&
                        bare(original) == bare(noun.accusative) && noun.accusative != noun.singular;
      if (const auto at = form_text.find(alef + tanween); at != std::string::npos) {
        if (before_alef) form_text.replace(at, alef.size() + tanween.size(), tanween + alef);
        if (none) form_text.erase(at + alef.size(), tanween.size());
      }
      return text.substr(0, wb) + form_text + text.substr(we);
    }
  }
  return text;
}

// The answer's style: the surface's; for a surface in words ("الأول من حزيران من العام نفسه",
// "خمسة أشهر") the digits of its sentence, so an Arabic-Indic document gets ١٤٥٣, not 1453.
Style style_of_fact(const Fact& fact) {
  Style style = style_of(fact.surface);
  bool digits = false;
  std::size_t pos = 0;
  while (pos < fact.surface.size() && !digits) {
    const char32_t c = text::next_code_point(fact.surface, pos);
    digits = (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
  }
  if (!digits && !fact.citations.empty()) {
    style.digits = digit_script(fact.citations.front().sentence);
  }
  return style;
}

struct Candidate {
  std::string value;
  std::string text;
};

std::vector<Candidate> distractor_candidates(const Fact& fact, std::uint64_t seed, int count) {
  std::vector<Candidate> chosen;
  const auto answer = render_answer(fact);
  if (!answer) return chosen;
  SeededRandom rng(seed);
  std::set<std::string> seen_text = {fold_arabic(*answer)};
  std::set<std::string> seen_value = {fact.value};
  std::set<std::string> forbidden(fact.related_values.begin(), fact.related_values.end());
  auto take = [&](const std::string& value, const std::string& text) {
    if (static_cast<int>(chosen.size()) >= count) return;
    if (forbidden.count(value) || seen_value.count(value)) return;
    if (!seen_text.insert(fold_arabic(text)).second) return;
    seen_value.insert(value);
    chosen.push_back({value, text});
  };
  const Style style = style_of_fact(fact);
  if (is_temporal(fact)) {
    const auto tv = parse_time_value(fact.value);
    if (!tv) return chosen;
    // Years of related events are off limits for year-like distractors.
    std::set<int> forbidden_years;
    for (const auto& r : fact.related_values) {
      if (auto rv = parse_time_value(r)) {
        if (rv->first.unit == tv->first.unit || tv->first.unit == TimePoint::Unit::Year) {
          const auto [a, b] = year_range(*rv);
          if (b - a <= 10) {
            for (int y = a; y <= b; ++y) forbidden_years.insert(y);
          }
        }
      }
    }
    for (const TimeValue& c : temporal_candidates(*tv, rng)) {
      const auto [a, b] = year_range(c);
      if (a < 1 || (!is_hijri(c.first.unit) && b > kLatestYear)) continue;
      if (tv->first.unit == TimePoint::Unit::Year && forbidden_years.count(a)) continue;
      take(format_time_value(c), render_time_value(c, style));
    }
    return chosen;
  }
  if (fact.kind == Kind::Duration) {
    const auto d = parse_duration(fact.value);
    if (!d) return chosen;
    const auto written = written_number(fact.surface);
    std::vector<double> amounts = {d->amount + 1,
                                   d->amount - 1,
                                   d->amount + 2,
                                   d->amount - 2,
                                   d->amount + 3,
                                   d->amount * 2,
                                   std::floor(d->amount / 2),
                                   d->amount + 5};
    if (d->amount >= 20) {
      // 449 and 451 years against 450 are no real choice: round steps of 5 or 10.
      const double step = d->amount >= 100 ? 10 : 5;
      amounts.clear();
      for (double f : {0.6, 0.7, 0.8, 1.2, 1.3, 1.5}) {
        amounts.push_back(std::max(step, std::round(d->amount * f / step) * step));
      }
    }
    rng.shuffle(amounts);
    for (double a : amounts) {
      if (!(a >= 1)) continue;
      DurationValue c{a, d->unit};
      const double shown = written ? a * written->value / d->amount : a;
      const std::string text = written
                                   ? agree_counted(replace_number(fact.surface, *written, shown),
                                                   written->begin, shown, written->decimals)
                                   : render_duration(c, style);
      take(format_duration(c), text);
    }
    return chosen;
  }
  // Quantities: change the written number, keeping its digits, decimals and words.
  const auto written = written_number(fact.surface);
  if (!written || !(written->value > 0)) return chosen;
  const double lit = written->value;
  const double scale = fact.number != 0 ? fact.number / lit : 1.0;
  // A second number joined by و ("بين 70 و85 مليون إنسان").
  const std::size_t second_at = written->end;
  std::optional<WrittenNumber> second;
  {
    const std::string_view after = std::string_view(fact.surface).substr(written->end);
    if (after.substr(0, 3) == " \xD9\x88" || after.substr(0, 2) == "\xD9\x88") {
      if (auto w = written_number(after); w && w->begin <= 4) second = w;
    }
  }
  std::vector<double> values;
  if (written->decimals == 0 && lit < 10) {
    for (double d : {1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 5.0, 4.0}) values.push_back(lit + d);
  } else {
    double step = std::pow(10.0, -written->decimals);
    if (written->decimals == 0) {
      long n = std::lround(lit);
      step = 1;
      while (n % 10 == 0 && n >= 10) n /= 10, step *= 10;
      // At least two significant digits move.
      while (lit / step > 100) step *= 10;
    }
    for (double f : {0.5, 0.6, 0.7, 0.8, 1.2, 1.25, 1.4, 1.5, 2.0, 3.0}) {
      values.push_back(std::max(step, std::round(lit * f / step) * step));
    }
  }
  rng.shuffle(values);
  std::stable_sort(values.begin(), values.end(), [&](double a, double b) {
    return std::fabs(std::log(a / lit)) < 0.45 && !(std::fabs(std::log(b / lit)) < 0.45);
  });
  std::vector<double> forbidden_numbers;
  for (const auto& r : fact.related_values) {
    if (unit_of(r) == fact.unit) {
      if (auto n = related_number(r)) forbidden_numbers.push_back(*n);
    }
  }
  for (double v : values) {
    if (!(v > 0)) continue;
    // A share of 100% or more is no plausible wrong answer for a share below it.
    if (fact.unit == "%" && lit < 100 && v >= 100) continue;
    const double full = v * scale;
    bool bad = false;
    for (double f : forbidden_numbers) bad = bad || std::fabs(f - full) <= 1e-9 * std::max(1.0, f);
    if (bad) continue;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", full);
    std::string value = buf;
    if (!fact.unit.empty()) value += (fact.unit == "%" ? "" : " ") + fact.unit;
    // A few counted things (3 to 10) need the plural of the number's own word, and "1" or "2"
    // would need the singular or the dual: they are left out below 3.
    if (written->decimals == 0 && lit >= 3 && v < 3 && fact.unit != "%") continue;
    std::string text = replace_number(fact.surface, *written, v);
    if (second) {
      // "70 و85 مليون": both ends move together.
      const double ratio = v / lit;
      const std::string rest = replace_number(fact.surface.substr(second_at), *second,
                                              std::round(second->value * ratio));
      text = replace_number(fact.surface.substr(0, second_at), *written, v) + rest;
      if (!(std::round(second->value * ratio) > v)) continue;
    }
    take(value, agree_counted(text, written->begin, v, written->decimals));
  }
  return chosen;
}

// The sentence with the surface blanked, cut to a window of words around the blank when long.
std::optional<std::string> blank_sentence(std::string_view sentence, std::string_view surface) {
  const auto at = sentence.find(surface);
  if (surface.empty() || at == std::string_view::npos) return std::nullopt;
  std::string before(sentence.substr(0, at));
  std::string after(sentence.substr(at + surface.size()));
  auto words_of = [](const std::string& s) {
    std::vector<std::string> w;
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < s.size() && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t')) ++j;
      if (j > i) w.push_back(s.substr(i, j - i));
      i = j;
    }
    return w;
  };
  constexpr std::size_t kSide = 22;
  auto b = words_of(before), a = words_of(after);
  // Keep a glued prefix (و، ب، ل) and suffix punctuation attached to the blank.
  const bool glued_before = !before.empty() && before.back() != ' ' && before.back() != '\n';
  const bool glued_after = !after.empty() && after.front() != ' ' && after.front() != '\n';
  std::string out;
  const bool cut_front = b.size() > kSide;
  const bool cut_back = a.size() > kSide;
  if (cut_front) b.erase(b.begin(), b.end() - kSide);
  if (cut_back) a.resize(kSide);
  if (cut_front) out += "… ";
  for (std::size_t i = 0; i < b.size(); ++i) {
    out += b[i];
    if (i + 1 < b.size() || !glued_before) out += ' ';
  }
  out += kBlank;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i > 0 || !glued_after) out += ' ';
    out += a[i];
  }
  if (cut_back) out += " …";
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// True when the date is not when the clause happened but a bound of it or a label of a noun:
// "حتى 11 ديسمبر" (until), "منذ عام 2015" (since), "إلى سبعينيات القرن الماضي", "المعاهدة
// المؤرخة في 8 أكتوبر". Then "متى …؟" would be misleading: only a cloze is made.
bool date_is_bound(const Fact& f) {
  if (f.citations.empty()) return false;
  const Citation& c = f.citations.front();
  const auto at = c.sentence.find(c.surface);
  if (at == std::string::npos) return false;
  const auto words = content_free_words(fold_arabic(c.sentence.substr(0, at)));
  static const std::unordered_set<std::string> skip = {"عام", "العام",   "سنه",    "السنه", "عامي",
                                                       "يوم", "الموافق", "بتاريخ", "شهر",   "في"};
  static const std::unordered_set<std::string> bounds = {
      "حتي", "الي", "منذ", "لغايه", "قبل", "بعد", "وحتي", "والي", "ومنذ", "لحين", "حين"};
  static const std::unordered_set<std::string> labels = {
      "المورخه", "المورخ",  "الموقعه",  "الموقع",  "الصادر",  "الصادره",
      "المبرمه", "المنعقد", "المنعقده", "المعقود", "المعقوده"};
  for (std::size_t i = words.size(); i > 0; --i) {
    const std::string& w = words[i - 1];
    if (skip.count(w)) {
      if (w == "في" && i >= 2 && labels.count(words[i - 2])) return true;
      continue;
    }
    if (bounds.count(w)) return true;
    if (w == "من" && f.kind != Kind::Range) return true;
    return labels.count(w) > 0;
  }
  return false;
}

// An event that reads as a question on its own: three content words at least, not opening
// on a bare preposition (a fragment such as "إلى مواجهة مسلحة").
bool event_reads_well(const std::string& event) {
  if (word_count(event) < 2 || event_words(event).size() < 2) return false;
  const std::string folded = fold_arabic(event);
  const std::string first = folded.substr(0, folded.find(' '));
  static const std::unordered_set<std::string> bad_first = {
      "الي", "علي", "عن",   "مع",   "من",    "ل",      "ب",      "لـ",      "او", "هو",
      "هي",  "ثم",  "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اي"};
  if (bad_first.count(first)) return false;
  // "متى توفي في القاهرة؟", "متى عاد إلى فاس؟": a verb followed at once by a preposition has
  // left its subject in an earlier sentence (Arabic need not repeat it); the question alone
  // does not say who. (With a blank, the subject is often the amount asked: "شارك في العملية
  // أكثر من ____".)
  if (event.find(kBlank) == std::string::npos) {
    const auto words = content_free_words(folded);
    static const std::unordered_set<std::string> prepositions = {"الي", "علي", "عن", "مع",
                                                                 "في",  "حتي", "من"};
    if (words.size() >= 2 && prepositions.count(words[1]) && !prepositions.count(words[0])) {
      return false;
    }
  }
  // "635 مليون دولار": an amount is no event.
  if (!first.empty()) {
    std::size_t at = 0;
    const char32_t c = text::next_code_point(first, at);
    if ((c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669)) return false;
  }
  // "هذه الاتفاقية", "العام نفسه": the event leans on a sentence before it.
  static const std::unordered_set<std::string> pointers = {
      "هذه", "هذا", "هذان", "هاتان", "هولاء", "ذلك", "تلك", "نفسه", "نفسها", "المذكور", "المذكوره"};
  // "منهم", "بعضها", "طولها", "افتتاحها", "مقبرته": a part, a measure or an act of something
  // named before, which the question alone does not name.
  static const std::unordered_set<std::string> parts = {
      "منها",  "منهم",  "بعضها", "بعضهم",  "معظمها", "معظمهم", "اغلبها", "اغلبهم",
      "نصفها", "نصفهم", "كلها",  "جميعها", "جميعهم", "اكثرها", "اكثرهم"};
  static constexpr std::string_view stems[] = {
      "طول",  "عرض", "عمق",   "ارتفاع",  "مساحت",  "عدد",   "سكان", "تكلفت",   "قيمت",  "اعلان",
      "وزن",  "حجم", "دخل",   "ايرادات", "افتتاح", "تاسيس", "بنائ", "استقلال", "تمويل", "مقبرت",
      "وفات", "حكم", "عاصمت", "اكتشاف",  "انشاء",  "تدشين", "سقوط", "احتلال"};
  // Only at the front: further on, the thing is usually named just before ("نالت الكويت
  // استقلالها", "إنشاء خطوط حديدية يبلغ طولها").
  std::size_t position = 0;
  for (const auto& w : content_free_words(folded)) {
    if (pointers.count(w)) return false;
    const std::size_t at = position++;
    if (at < 3 && parts.count(w)) return false;
    if (at >= 2) continue;
    for (std::string_view suffix : {"هما", "هم", "ها", "ه"}) {
      if (w.size() <= suffix.size() ||
          w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0) {
        continue;
      }
      std::string_view stem = std::string_view(w).substr(0, w.size() - suffix.size());
      for (std::string_view s : stems) {
        // With or without a one-letter prefix: و، ب، ل، ف (وافتتاحها، بطولها).
        const bool prefixed = stem.size() == s.size() + 2 && stem.substr(2) == s &&
                              (stem.substr(0, 2) == "و" || stem.substr(0, 2) == "ب" ||
                               stem.substr(0, 2) == "ل" || stem.substr(0, 2) == "ف");
        if (stem == s || prefixed) return false;
      }
      break;
    }
  }
  // Two content words make an event ("أعلن الاستقلال") unless it opens on a preposition.
  return event_words(event).size() >= 3 || first != "في";
}

// A cloze needs context: three content words at least besides the blank, month names and
// numbers (a bare list of dates is not a question).
bool cloze_has_context(const std::string& prompt) {
  int words = 0;
  for (const auto& w : content_tokens(fold_arabic(prompt))) {
    if (w.find('_') != std::string::npos || !find_months(w).empty()) continue;
    ++words;
  }
  return words >= 3;
}

double granularity_weight(const Fact& f) {
  if (f.granularity == "day") return 0.2;
  if (f.granularity == "month") return 0.15;
  if (f.granularity == "year") return 0.1;
  return 0.05;
}

double clamp01(double v) {
  return std::round(std::min(0.95, std::max(0.05, v)) * 100) / 100;
}

double midpoint(const Fact& f) {
  return f.span ? (static_cast<double>(f.span->first) + static_cast<double>(f.span->last)) / 2 : 0;
}

// A question in words for a blanked quantity clause, when its shape allows one:
// "بلغ عدد السكان نحو ____" -> "كم بلغ عدد السكان؟"; "ارتفع الإنتاج إلى نحو ____ يومياً" ->
// "إلى كم ارتفع الإنتاج يومياً؟"; "انخفضت المناسيب بنسبة ____" -> "بأي نسبة انخفضت المناسيب؟".
std::optional<std::string> quantity_prompt(const std::string& event) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < event.size();) {
    std::size_t j = event.find(' ', i);
    if (j == std::string::npos) j = event.size();
    if (j > i) words.push_back(event.substr(i, j - i));
    i = j + 1;
  }
  std::size_t blank = words.size();
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k] == kBlank) {
      blank = k;
      break;
    }
  }
  if (blank == words.size() || blank == 0) return std::nullopt;
  static const std::unordered_set<std::string> hedges = {
      "نحو", "بنحو", "قرابه", "بقرابه", "حوالي", "بحوالي", "زهاء", "اكثر", "باكثر", "اقل", "باقل",
      "من",  "ما",   "يقارب", "يزيد",   "علي",   "بين",    "الي",  "الى",  "ب",     "بـ"};
  std::size_t h = blank;
  bool to = false, by_rate = false;
  while (h > 0) {
    const std::string w = fold_arabic(words[h - 1]);
    if (w == "بنسبه" && h == blank) {
      by_rate = true;
      --h;
      break;
    }
    if (!hedges.count(w)) break;
    to = to || w == "الي";
    --h;
  }
  // A leading phrase before the verb ("في عام 2020 بلغ …", "بحسب إحصاء أُجري … بلغ …") goes
  // after the question: "كم بلغ عدد سكان السلطنة في عام 2020؟".
  std::size_t start = 0;
  {
    const std::string w0 = fold_arabic(words.front());
    if (w0 == "في" || w0 == "بحسب" || w0 == "وفي") {
      for (std::size_t k = 1; k < h && k <= 5; ++k) {
        const std::string w = fold_arabic(words[k]);
        if (w == "بلغ" || w == "بلغت" || w == "يبلغ" || w == "تبلغ") {
          start = k;
          break;
        }
      }
    }
  }
  auto tail = [&](std::size_t from, std::size_t to_word, std::string out) {
    for (std::size_t k = from; k < to_word; ++k) out += " " + words[k];
    for (std::size_t k = blank + 1; k < words.size(); ++k) out += " " + words[k];
    for (std::size_t k = 0; k < start; ++k) {
      out += " ";
      out += k == 0 && fold_arabic(words[k]) == "وفي" ? std::string("في") : words[k];
    }
    return out + "؟";
  };
  if (by_rate) {
    if (h < 2) return std::nullopt;
    return tail(start, h, "بأي نسبة");
  }
  const std::string verb = fold_arabic(words[start]);
  static const std::unordered_set<std::string> amount_verbs = {"بلغ", "بلغت", "يبلغ", "تبلغ",
                                                               "قدر", "قدرت", "يقدر", "تقدر"};
  static const std::unordered_set<std::string> movement_verbs = {
      "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "تراجع", "تراجعت",
      "وصل",   "وصلت",   "يصل",   "تصل",   "زاد",   "زادت",   "تضاعف", "تضاعفت"};
  if (h < start + 2) return std::nullopt;  // the verb and at least one word of its subject
  if (to && movement_verbs.count(verb)) return tail(start, h, "إلى كم");
  if (!to && amount_verbs.count(verb)) return tail(start, h, "كم");
  return std::nullopt;
}

// "بعد ثلاث سنوات", "قبل عامين": a step between two events of the narrative, not a fact of
// history to learn (the date it leads to is asked on its own).
bool relative_offset(const Fact& f) {
  if (f.kind != Kind::Duration) return false;
  const std::string s = fold_arabic(f.surface);
  for (std::string_view p : {"بعد ", "قبل ", "وبعد ", "وقبل "}) {
    if (s.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

}  // namespace

bool bound_before_blank(const std::string& event) {
  const std::size_t blank = event.find(kBlank);
  if (blank == std::string::npos) return false;
  const std::string before = " " + fold_arabic(event.substr(0, blank)) + " ";
  static constexpr std::string_view bounds[] = {
      " اكثر من ", " اقل من ", " يزيد علي ", " يزيد عن ", " تزيد علي ",    " تزيد عن ",
      " يقل عن ",  " تقل عن ", " تجاوز ",    " تجاوزت ",  " يتجاوز ",      " تتجاوز ",
      " يفوق ",    " تفوق ",   " فاق ",      " فاقت ",    " ما يربو علي ", " يربو علي "};
  for (std::string_view b : bounds) {
    if (before.find(b) != std::string::npos) return true;
  }
  return false;
}

std::optional<std::string> render_answer(const Fact& fact) {
  const Style style = style_of_fact(fact);
  if (is_temporal(fact)) {
    const auto tv = parse_time_value(fact.value);
    if (!tv) return std::nullopt;
    return render_time_value(*tv, style);
  }
  if (fact.kind == Kind::Duration) {
    const auto d = parse_duration(fact.value);
    if (!d) return std::nullopt;
    if (written_number(fact.surface)) return fact.surface;
    return render_duration(*d, style);
  }
  if (!written_number(fact.surface)) return std::nullopt;
  return fact.surface;
}

std::vector<std::string> make_distractors(const Fact& fact, std::uint64_t seed, int count) {
  std::vector<std::string> out;
  for (auto& c : distractor_candidates(fact, seed, count)) out.push_back(std::move(c.text));
  return out;
}

std::vector<std::string> distractor_values(const Fact& fact, std::uint64_t seed, int count) {
  std::vector<std::string> out;
  for (auto& c : distractor_candidates(fact, seed, count)) out.push_back(std::move(c.value));
  return out;
}

bool gives_away(std::string_view prompt, const Fact& fact) {
  const std::string folded = fold_arabic(prompt);
  const std::string surface = fold_arabic(fact.surface);
  if (surface.size() >= 2 && folded.find(surface) != std::string::npos) return true;
  const auto numbers = numbers_in(folded);
  if (is_temporal(fact)) {
    if (const auto tv = parse_time_value(fact.value)) {
      const auto [a, b] = year_range(*tv);
      for (double n : numbers) {
        if (n >= a && n <= b && n == std::floor(n)) return true;
      }
    }
    if (!fact.gregorian.empty()) {
      if (const auto g = parse_time_value(fact.gregorian)) {
        const auto [a, b] = year_range(*g);
        for (double n : numbers) {
          if (n >= a && n <= b) return true;
        }
      }
    }
    return false;
  }
  if (const auto w = written_number(fact.surface)) {
    for (double n : numbers) {
      if (std::fabs(n - w->value) < 1e-9) return true;
    }
  }
  // A span of years whose two ends stand in the prompt ("دامت قرابة ____ من 1096 إلى 1291",
  // "حكم ____، بين عامي 1279 و1213 ق.م") is worked out, not remembered.
  if (fact.kind == Kind::Duration) {
    const auto d = parse_duration(fact.value);
    const double years = !d ? 0 : d->unit == 'Y' ? d->amount : d->unit == 'C' ? d->amount * 100 : 0;
    if (years >= 2) {
      for (double a : numbers) {
        for (double b : numbers) {
          const double gap = std::fabs(a - b);
          if (a >= 10 && b >= 10 && gap > 0 &&
              std::fabs(gap - years) <= std::max(2.0, 0.2 * years)) {
            return true;
          }
        }
      }
    }
  }
  return false;
}

std::string question_id(std::string_view type, const std::vector<const Fact*>& facts) {
  std::string key(type);
  for (const Fact* f : facts) {
    key += '\x1f';
    key += f->value;
    key += '\x1e';
    key += f->event;
  }
  return hex64(fnv1a64(key));
}

FactRef fact_ref(const Fact& fact) {
  FactRef r;
  r.kind = std::string(kind_name(fact.kind));
  r.value = fact.value;
  r.surface = fact.surface;
  r.event = fact.event;
  r.gregorian = fact.gregorian;
  if (!fact.citations.empty()) {
    r.surface = fact.citations.front().surface;
    r.doc = fact.citations.front().doc;
    r.sentence = fact.citations.front().sentence;
    r.line = fact.citations.front().line;
  }
  return r;
}

std::vector<Question> generate_questions(const MergeResult& merged) {
  std::vector<Question> out;
  std::unordered_set<std::string> ids;
  auto add = [&](Question q) {
    if (ids.insert(q.id).second) out.push_back(std::move(q));
  };
  // Events that read alike across facts cannot tell their fact apart.
  std::unordered_map<std::string, int> event_uses;
  for (const Fact& f : merged.facts) ++event_uses[fold_arabic(f.event)];

  for (const Fact& f : merged.facts) {
    if (f.status == FactStatus::Conflict || f.citations.empty()) continue;
    if (relative_offset(f)) continue;
    const Citation& c = f.citations.front();
    // cloze
    if (auto prompt = blank_sentence(c.sentence, c.surface);
        prompt && !gives_away(*prompt, f) && cloze_has_context(*prompt)) {
      Question q;
      q.type = "cloze";
      q.id = question_id(q.type, {&f});
      q.prompt = *prompt;
      q.answer = c.surface;
      // "7 أيلول من العام نفسه", "العام التالي": the text cannot be told from the blanked
      // sentence; the date it stands for can.
      if (f.resolved_from_context && is_temporal(f)) {
        if (auto resolved = render_answer(f)) q.answer = *resolved;
      }
      q.facts = {fact_ref(f)};
      q.difficulty = clamp01(0.25 + granularity_weight(f) + (f.kind == Kind::Quantity ? 0.15 : 0));
      if (f.kind == Kind::Quantity) {
        q.number = f.number;
        q.unit = f.unit;
      }
      add(std::move(q));
    }
    const std::string folded_event = fold_arabic(f.event);
    // A blanked clause (quantities, durations) needs a little more context than a dated one.
    const bool event_ok = f.status == FactStatus::Ok && event_reads_well(f.event) &&
                          (is_temporal(f) || event_words(f.event).size() >= 3) &&
                          event_uses[folded_event] == 1;
    if (!event_ok) continue;
    const bool blanked = f.event.find(kBlank) != std::string::npos;
    // mcq: not for a bound ("أكثر من ____", "تجاوزت … ____"): a smaller choice would be true too.
    if (auto answer = render_answer(f); answer && !(blanked && bound_before_blank(f.event))) {
      Question q;
      q.type = "mcq";
      q.id = question_id(q.type, {&f});
      if (is_temporal(f)) {
        if (!date_is_bound(f)) q.prompt = "متى " + f.event + "؟";
      } else if (blanked) {
        const auto asked = quantity_prompt(f.event);
        q.prompt = asked ? *asked : "اختر ما يملأ الفراغ: " + f.event;
      }
      const auto wrong = make_distractors(f, fnv1a64(q.id), 3);
      if (!q.prompt.empty() && wrong.size() == 3 && !gives_away(q.prompt, f)) {
        q.answer = *answer;
        q.choices = wrong;
        q.choices.push_back(*answer);
        SeededRandom rng(fnv1a64(q.id, 0x5eed));
        rng.shuffle(q.choices);
        q.facts = {fact_ref(f)};
        q.difficulty = clamp01(0.35 + granularity_weight(f) + (f.kind == Kind::Quantity ? 0.1 : 0));
        if (f.kind == Kind::Quantity) {
          q.number = f.number;
          q.unit = f.unit;
        }
        add(std::move(q));
      }
    }
    // numeric
    if (f.kind == Kind::Quantity && blanked && f.number > 0 && written_number(f.surface)) {
      Question q;
      q.type = "numeric";
      q.id = question_id(q.type, {&f});
      const auto asked = quantity_prompt(f.event);
      q.prompt = asked ? "قدّر: " + *asked : "قدّر الرقم الناقص: " + f.event;
      if (!gives_away(q.prompt, f)) {
        q.answer = c.surface;
        q.facts = {fact_ref(f)};
        q.number = f.number;
        q.unit = f.unit;
        q.difficulty = 0.6;
        add(std::move(q));
      }
    }
  }

  // Ordering questions on askable dated facts whose events read apart.
  std::vector<const Fact*> dated;
  for (const Fact& f : merged.facts) {
    if (f.status != FactStatus::Ok || !is_temporal(f) || !f.span || date_is_bound(f)) continue;
    // An event shown without its question must stand alone: three content words at least.
    if (!event_reads_well(f.event) || event_words(f.event).size() < 3) continue;
    if (event_uses[fold_arabic(f.event)] != 1) continue;
    dated.push_back(&f);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Fact* a, const Fact* b) {
    return a->span->first != b->span->first ? a->span->first < b->span->first
                                            : a->span->last < b->span->last;
  });
  auto apart = [](const Fact* a, const Fact* b) {
    return a->span->last < b->span->first || b->span->last < a->span->first;
  };
  auto clean_pair = [&](const Fact* a, const Fact* b) {
    if (!apart(a, b)) return false;
    if (word_overlap(event_words(a->event), event_words(b->event)) >= 0.5) return false;
    // Neither event may show a year of the other or of itself.
    return !gives_away(a->event + " " + b->event, *a) && !gives_away(a->event + " " + b->event, *b);
  };
  // which_first: each fact against one a few places later in time.
  for (std::size_t i = 0; i < dated.size(); ++i) {
    SeededRandom rng(fnv1a64(dated[i]->value + dated[i]->event));
    for (std::size_t tries = 0; tries < 6; ++tries) {
      const std::size_t j = i + 1 + rng.below(4);
      if (j >= dated.size()) break;
      const Fact* a = dated[i];
      const Fact* b = dated[j];
      if (!clean_pair(a, b)) continue;
      Question q;
      q.type = "which_first";
      q.id = question_id(q.type, {a, b});
      q.prompt = "أيّ الحدثين وقع أولاً؟";
      q.choices = {a->event, b->event};
      SeededRandom order(fnv1a64(q.id));
      order.shuffle(q.choices);
      q.answer = a->event;
      q.facts = {fact_ref(*a), fact_ref(*b)};
      const double gap_years = (midpoint(*b) - midpoint(*a)) / 365.25;
      q.difficulty = clamp01(0.85 - 0.3 * std::log10(1 + std::max(0.0, gap_years)));
      add(std::move(q));
      break;
    }
  }
  // timeline: groups of up to 5 facts apart in time, one group per three dated facts.
  const std::size_t groups = std::min<std::size_t>(dated.size() / 3, 60);
  for (std::size_t g = 0; g < groups && dated.size() >= 4; ++g) {
    SeededRandom rng(fnv1a64("timeline", g + 1));
    std::vector<const Fact*> pick;
    for (std::size_t tries = 0; tries < 60 && pick.size() < 5; ++tries) {
      const Fact* f = dated[rng.below(dated.size())];
      bool ok = true;
      for (const Fact* p : pick) ok = ok && p != f && clean_pair(p, f);
      if (ok) pick.push_back(f);
    }
    if (pick.size() < 4) continue;
    std::sort(pick.begin(), pick.end(),
              [](const Fact* a, const Fact* b) { return a->span->first < b->span->first; });
    Question q;
    q.type = "timeline";
    q.id = question_id(q.type, pick);
    q.prompt = "رتّب الأحداث من الأقدم إلى الأحدث.";
    std::vector<int> perm(pick.size());
    for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = static_cast<int>(i);
    SeededRandom order(fnv1a64(q.id));
    order.shuffle(perm);  // perm[k] = chronological index shown at position k
    q.order.assign(pick.size(), 0);
    for (std::size_t k = 0; k < perm.size(); ++k) {
      q.choices.push_back(pick[perm[k]]->event);
      q.order[perm[k]] = static_cast<int>(k);
    }
    for (std::size_t i = 0; i < pick.size(); ++i) {
      if (i) q.answer += " ← ";
      q.answer += pick[i]->event;
      q.facts.push_back(fact_ref(*pick[i]));
    }
    q.difficulty = clamp01(0.45 + 0.08 * static_cast<double>(pick.size() - 3));
    add(std::move(q));
  }
  return out;
}

}  // namespace tarikh::questions
