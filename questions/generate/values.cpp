#include "questions/generate/values.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "questions/arabic/utf8.hpp"
#include "questions/facts/fold.hpp"

namespace tarikh::questions {

Style style_of(std::string_view surface) {
  Style s;
  s.digits = digit_script(surface);
  const auto months = find_months(fold_arabic(surface));
  if (!months.empty()) {
    s.months = months.front().set;
    s.doubled =
        months.size() >= 2 && months[0].month == months[1].month && months[0].set != months[1].set;
  }
  return s;
}

namespace {

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::optional<TimePoint> parse_point(std::string_view v) {
  TimePoint p;
  // BC0332, BC0332-08-02, BC13XX: a Gregorian value counted back from the Christian era.
  if (v.size() > 2 && v.substr(0, 2) == "BC") {
    auto bc = parse_point(v.substr(2));
    if (!bc || bc->bc || is_hijri(bc->unit)) return std::nullopt;
    if (bc->unit != TimePoint::Unit::Century && bc->year < 1) return std::nullopt;
    bc->bc = true;
    return bc;
  }
  if (v.size() > 2 && v.substr(v.size() - 2) == "AH") {
    // 922AH, 922-09AH, 922-12-29AH (the year not zero-padded).
    std::string_view rest = v.substr(0, v.size() - 2);
    const auto d1 = rest.find('-');
    if (!parse_int(rest.substr(0, d1), p.year) || p.year < 1) return std::nullopt;
    p.unit = TimePoint::Unit::HijriYear;
    if (d1 == std::string_view::npos) return p;
    rest = rest.substr(d1 + 1);
    const auto d2 = rest.find('-');
    if (!parse_int(rest.substr(0, d2), p.month) || p.month < 1 || p.month > 12) {
      return std::nullopt;
    }
    p.unit = TimePoint::Unit::HijriMonth;
    if (d2 == std::string_view::npos) return p;
    if (!parse_int(rest.substr(d2 + 1), p.day) || p.day < 1 ||
        p.day > calendar::hijri_month_length(p.year, p.month)) {
      return std::nullopt;
    }
    p.unit = TimePoint::Unit::HijriDay;
    return p;
  }
  if (v.size() == 4 && v.substr(2) == "XX") {
    p.unit = TimePoint::Unit::Century;
    if (!parse_int(v.substr(0, 2), p.year)) return std::nullopt;
    p.year *= 100;
    return p;
  }
  if (v.size() == 4 && v[3] == 'X') {
    p.unit = TimePoint::Unit::Decade;
    if (!parse_int(v.substr(0, 3), p.year)) return std::nullopt;
    p.year *= 10;
    return p;
  }
  if (v.size() == 4) {
    p.unit = TimePoint::Unit::Year;
    if (!parse_int(v, p.year)) return std::nullopt;
    return p;
  }
  if (v.size() == 7 && v[4] == '-') {
    p.unit = TimePoint::Unit::Month;
    if (!parse_int(v.substr(0, 4), p.year) || !parse_int(v.substr(5, 2), p.month))
      return std::nullopt;
    if (p.month < 1 || p.month > 12) return std::nullopt;
    return p;
  }
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    p.unit = TimePoint::Unit::Day;
    if (!parse_int(v.substr(0, 4), p.year) || !parse_int(v.substr(5, 2), p.month) ||
        !parse_int(v.substr(8, 2), p.day)) {
      return std::nullopt;
    }
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > days_in_month(p.year, p.month)) {
      return std::nullopt;
    }
    return p;
  }
  return std::nullopt;
}

std::string format_point(const TimePoint& p) {
  if (p.bc) {
    TimePoint ce = p;
    ce.bc = false;
    return "BC" + format_point(ce);
  }
  char buf[32];
  switch (p.unit) {
    case TimePoint::Unit::Year:
      std::snprintf(buf, sizeof buf, "%04d", p.year);
      break;
    case TimePoint::Unit::Month:
      std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
      break;
    case TimePoint::Unit::Day:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
      break;
    case TimePoint::Unit::Decade:
      std::snprintf(buf, sizeof buf, "%03dX", p.year / 10);
      break;
    case TimePoint::Unit::Century:
      std::snprintf(buf, sizeof buf, "%02dXX", p.year / 100);
      break;
    case TimePoint::Unit::HijriYear:
      std::snprintf(buf, sizeof buf, "%dAH", p.year);
      break;
    case TimePoint::Unit::HijriMonth:
      std::snprintf(buf, sizeof buf, "%d-%02dAH", p.year, p.month);
      break;
    case TimePoint::Unit::HijriDay:
      std::snprintf(buf, sizeof buf, "%d-%02d-%02dAH", p.year, p.month, p.day);
      break;
  }
  return buf;
}

std::string month_text(int month, const Style& style) {
  std::string out(month_name(style.months, month));
  if (style.doubled) {
    out += " (";
    // The other set of the pair: Levantine with Egyptian, as documents double them.
    out += month_name(style.months == 0 ? 1 : 0, month);
    out += ")";
  }
  return out;
}

std::string num(long n, const Style& style) {
  return to_digit_script(std::to_string(n), style.digits);
}

constexpr std::array<std::string_view, 21> kCenturies = {
    "الأول",      "الثاني",     "الثالث",         "الرابع",     "الخامس",     "السادس",
    "السابع",     "الثامن",     "التاسع",         "العاشر",     "الحادي عشر", "الثاني عشر",
    "الثالث عشر", "الرابع عشر", "الخامس عشر",     "السادس عشر", "السابع عشر", "الثامن عشر",
    "التاسع عشر", "العشرين",    "الحادي والعشرين"};

std::string century_text(int number) {
  if (number >= 1 && number <= static_cast<int>(kCenturies.size())) {
    return "القرن " + std::string(kCenturies[number - 1]);
  }
  return "القرن " + std::to_string(number);
}

constexpr std::array<std::string_view, 10> kDecades = {
    "",         "",        "عشرينيات", "ثلاثينيات", "أربعينيات",
    "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات"};

std::string render_point(const TimePoint& p, const Style& style) {
  if (p.bc) {
    TimePoint ce = p;
    ce.bc = false;
    const bool period = p.unit == TimePoint::Unit::Century || p.unit == TimePoint::Unit::Decade;
    return render_point(ce, style) + (period ? " قبل الميلاد" : " ق.م");
  }
  switch (p.unit) {
    case TimePoint::Unit::Year:
      return num(p.year, style);
    case TimePoint::Unit::Month:
      return month_text(p.month, style) + " " + num(p.year, style);
    case TimePoint::Unit::Day:
      return num(p.day, style) + " " + month_text(p.month, style) + " " + num(p.year, style);
    case TimePoint::Unit::Decade: {
      const int tens = (p.year / 10) % 10;
      const std::string century = century_text(p.year / 100 + 1);
      if (tens >= 2) return std::string(kDecades[tens]) + " " + century;
      return std::string(tens == 0 ? "العقد الأول من " : "العقد الثاني من ") + century;
    }
    case TimePoint::Unit::Century:
      return century_text(p.year / 100 + 1);
    case TimePoint::Unit::HijriYear:
      return num(p.year, style) + " هـ";
    case TimePoint::Unit::HijriMonth:
      return std::string(hijri_month_name(p.month)) + " " + num(p.year, style) + " هـ";
    case TimePoint::Unit::HijriDay:
      return num(p.day, style) + " " + std::string(hijri_month_name(p.month)) + " " +
             num(p.year, style) + " هـ";
  }
  return {};
}

}  // namespace

bool is_hijri(TimePoint::Unit unit) {
  return unit == TimePoint::Unit::HijriYear || unit == TimePoint::Unit::HijriMonth ||
         unit == TimePoint::Unit::HijriDay;
}

std::string_view hijri_month_name(int month) {
  static constexpr std::array<std::string_view, 12> names = {
      "محرم", "صفر",   "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
      "رجب",  "شعبان", "رمضان",      "شوال",       "ذي القعدة",    "ذي الحجة"};
  if (month < 1 || month > 12) return {};
  return names[month - 1];
}

std::optional<TimeValue> parse_time_value(std::string_view value) {
  TimeValue v;
  const auto slash = value.find('/');
  auto first = parse_point(value.substr(0, slash));
  if (!first) return std::nullopt;
  v.first = *first;
  if (slash != std::string_view::npos) {
    auto last = parse_point(value.substr(slash + 1));
    if (!last || last->unit != first->unit) return std::nullopt;
    v.last = *last;
  }
  return v;
}

std::string format_time_value(const TimeValue& v) {
  std::string out = format_point(v.first);
  if (v.last) {
    out += '/';
    out += format_point(*v.last);
  }
  return out;
}

std::string render_time_value(const TimeValue& v, const Style& style) {
  if (!v.last) return render_point(v.first, style);
  const TimePoint& a = v.first;
  const TimePoint& b = *v.last;
  if (a.unit == TimePoint::Unit::Day && a.year == b.year) {
    if (a.month == b.month) {
      return num(a.day, style) + " - " + num(b.day, style) + " " + month_text(a.month, style) +
             " " + num(a.year, style);
    }
    return num(a.day, style) + " " + month_text(a.month, style) + " - " + num(b.day, style) + " " +
           month_text(b.month, style) + " " + num(a.year, style);
  }
  if (a.unit == TimePoint::Unit::Month && a.year == b.year) {
    return month_text(a.month, style) + " - " + month_text(b.month, style) + " " +
           num(a.year, style);
  }
  return render_point(a, style) + " - " + render_point(b, style);
}

std::pair<int, int> year_range(const TimeValue& v) {
  auto range = [](const TimePoint& p) -> std::pair<int, int> {
    switch (p.unit) {
      case TimePoint::Unit::Decade:
        return {p.year, p.year + 9};
      case TimePoint::Unit::Century:
        return {p.year, p.year + 99};
      default:
        return {p.year, p.year};
    }
  };
  auto a = range(v.first);
  if (v.last) a.second = range(*v.last).second;
  return a;
}

std::optional<DurationValue> parse_duration(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  DurationValue d;
  d.unit = value.back();
  std::size_t from = 1;
  if (value[1] == 'T') {  // PT5H, PT38M: hours and minutes
    if (d.unit != 'H' && d.unit != 'M') return std::nullopt;
    if (d.unit == 'M') d.unit = 'I';
    from = 2;
  } else if (std::string_view("YMWDC").find(d.unit) == std::string_view::npos) {
    return std::nullopt;
  }
  if (value.size() < from + 2) return std::nullopt;
  const std::string number(value.substr(from, value.size() - from - 1));
  char* end = nullptr;
  d.amount = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size() || !(d.amount > 0)) return std::nullopt;
  return d;
}

namespace {
std::string plain_number(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}
}  // namespace

std::string format_duration(const DurationValue& d) {
  if (d.unit == 'H' || d.unit == 'I') {
    return "PT" + plain_number(d.amount) + (d.unit == 'H' ? "H" : "M");
  }
  std::string out = "P";
  out += plain_number(d.amount);
  out += d.unit;
  return out;
}

std::string render_duration(const DurationValue& d, const Style& style) {
  const std::string n = to_digit_script(plain_number(d.amount), style.digits);
  const bool few = d.amount >= 3 && d.amount <= 10;
  // One and two are said with the noun alone (سنة واحدة، سنتين), never "1 سنة" or "2 قرناً".
  // A duration fills a blank after a verb or a preposition (دام قرابة ____، خلال ____), so the
  // dual takes the accusative and genitive form: سنتين, not سنتان.
  if (d.amount == 1 || d.amount == 2) {
    const bool two = d.amount == 2;
    switch (d.unit) {
      case 'Y':
        return two ? "سنتين" : "سنة واحدة";
      case 'M':
        return two ? "شهرين" : "شهر واحد";
      case 'W':
        return two ? "أسبوعين" : "أسبوع واحد";
      case 'D':
        return two ? "يومين" : "يوم واحد";
      case 'C':
        return two ? "قرنين" : "قرن واحد";
      case 'H':
        return two ? "ساعتين" : "ساعة واحدة";
      case 'I':
        return two ? "دقيقتين" : "دقيقة واحدة";
    }
  }
  switch (d.unit) {
    case 'Y':
      return n + (few ? " سنوات" : " سنة");
    case 'M':
      return n + (few ? " أشهر" : " شهراً");
    case 'W':
      return n + (few ? " أسابيع" : " أسبوعاً");
    case 'D':
      return n + (few ? " أيام" : " يوماً");
    case 'C':
      return n + (few ? " قرون" : " قرناً");
    case 'H':
      return n + (few ? " ساعات" : " ساعة");
    case 'I':
      return n + (few ? " دقائق" : " دقيقة");
  }
  return n;
}

std::optional<WrittenNumber> written_number(std::string_view s) {
  std::size_t pos = 0;
  WrittenNumber n;
  bool in_number = false;
  std::string ascii;
  std::size_t last_digit_end = 0;
  while (pos < s.size()) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(s, pos);
    int digit = -1, script = 0;
    if (c >= '0' && c <= '9') digit = c - '0', script = 0;
    if (c >= 0x0660 && c <= 0x0669) digit = c - 0x0660, script = 1;
    if (c >= 0x06F0 && c <= 0x06F9) digit = c - 0x06F0, script = 2;
    if (digit >= 0) {
      if (!in_number) {
        in_number = true;
        n.begin = at;
        n.script = script;
      }
      ascii.push_back(static_cast<char>('0' + digit));
      last_digit_end = pos;
      continue;
    }
    if (in_number && (c == '.' || c == 0x066B || c == ',' || c == 0x066C)) {
      // A separator counts only when a digit follows.
      std::size_t peek = pos;
      const char32_t d = peek < s.size() ? text::next_code_point(s, peek) : 0;
      const bool digit_follows =
          (d >= '0' && d <= '9') || (d >= 0x0660 && d <= 0x0669) || (d >= 0x06F0 && d <= 0x06F9);
      if (digit_follows) {
        if (c == 0x066C) {  // thousands separator
          n.thousands = c;
          continue;
        }
        if (c == ',' && ascii.find('.') == std::string::npos) {
          // 63,000 is a thousands separator; 2,5 a decimal comma.
          std::size_t digits_after = 0, q = pos;
          while (q < s.size()) {
            std::size_t r = q;
            const char32_t e = text::next_code_point(s, r);
            const bool dig = (e >= '0' && e <= '9') || (e >= 0x0660 && e <= 0x0669) ||
                             (e >= 0x06F0 && e <= 0x06F9);
            if (!dig) break;
            ++digits_after;
            q = r;
          }
          if (digits_after == 3) {
            n.thousands = c;
            continue;
          }
        }
        n.decimal = c;
        ascii.push_back('.');
        continue;
      }
    }
    if (in_number) break;
  }
  if (!in_number) return std::nullopt;
  n.end = last_digit_end;
  n.value = std::strtod(ascii.c_str(), nullptr);
  const auto dot = ascii.find('.');
  n.decimals = dot == std::string::npos ? 0 : static_cast<int>(ascii.size() - dot - 1);
  return n;
}

std::string replace_number(std::string_view surface, const WrittenNumber& n, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", n.decimals, value);
  // The separators of the original: 26,3 keeps its decimal comma, 1,650 its thousands comma.
  auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x80) {
      s.push_back(static_cast<char>(c));
    } else {
      s.push_back(static_cast<char>(0xC0 | (c >> 6)));
      s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return s;
  };
  std::string digits(buf);
  const std::size_t dot = digits.find('.');
  std::string whole = digits.substr(0, dot);
  std::string frac = dot == std::string::npos ? std::string() : digits.substr(dot + 1);
  if (n.thousands && whole.size() > 3) {
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      if (i > 0 && (whole.size() - i) % 3 == 0) grouped += '\x1f';
      grouped += whole[i];
    }
    whole = grouped;
  }
  std::string number = to_digit_script(whole, n.script);
  if (!frac.empty()) number += '\x1e' + to_digit_script(frac, n.script);
  std::string out(surface.substr(0, n.begin));
  for (char ch : number) {
    if (ch == '\x1f') {
      out += utf8(n.thousands);
    } else if (ch == '\x1e') {
      out += utf8(n.decimal ? n.decimal : U'.');
    } else {
      out.push_back(ch);
    }
  }
  out += surface.substr(n.end);
  return out;
}

int days_in_month(int y, int m) {
  if (m < 1 || m > 12) return 0;
  return calendar::days_in_month(y, m);
}

std::uint64_t fnv1a64(std::string_view data, std::uint64_t h) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::uint64_t SeededRandom::next() {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace tarikh::questions
