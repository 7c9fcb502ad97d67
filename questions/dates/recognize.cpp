// The recognizer: one pass over the normalized text makes tokens (words looked up in the
// lexicon, numbers, punctuation); hand-written matchers then read dates and quantities off the
// token array, and a last pass resolves what needs context (year-less dates, relative years,
// decades and centuries named against the document's own time).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "questions/arabic/normalize.hpp"
#include "questions/arabic/utf8.hpp"
#include "questions/dates/calendar.hpp"
#include "questions/dates/lexicon.hpp"
#include "questions/dates/mention.hpp"
#include "questions/facts/fold.hpp"

namespace tarikh::questions {

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::Date:
      return "date";
    case Kind::Range:
      return "range";
    case Kind::Decade:
      return "decade";
    case Kind::Duration:
      return "duration";
    case Kind::Quantity:
      return "quantity";
  }
  return "date";
}

namespace {

using lexicon::Lex;
using namespace calendar;
using lexicon::Lx;

enum class T : std::uint8_t { Word, Num, Punct };

struct Tok {
  T type = T::Punct;
  std::uint32_t nb = 0, ne = 0;  // normalized byte range
  // Words.
  const Lex* lex = nullptr;
  std::uint8_t prefix = 0;  // clitic bytes before the looked-up word
  // Numbers.
  double val = 0;
  long long ival = 0;
  std::uint8_t ndig = 0;  // digits before the decimal point
  bool dec = false;
  bool lead0 = false;
  bool grouped = false;  // written with thousands separators (1,250): never a year
  // Punctuation: the code point.
  char32_t ch = 0;
};

// ذلك, normalized.
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";             // ال
constexpr std::string_view kOutOf = "\xD8\xA7\xD8\xB5\xD9\x84";  // اصل (من أصل)
constexpr std::string_view kThat = "\xD8\xB0\xD9\x84\xD9\x83";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Decodes the (valid, normalized) UTF-8 code point at `pos` and advances past it.
inline char32_t decode_at(const std::string& s, std::size_t& pos) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  if ((b & 0xE0) == 0xC0 && pos + 1 < s.size()) {
    const char32_t c =
        (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[pos + 1]) & 0x3F);
    pos += 2;
    return c;
  }
  return text::next_code_point(s, pos);
}

int current_year() {
  using namespace std::chrono;
  const year_month_day ymd{floor<days>(system_clock::now())};
  return static_cast<int>(ymd.year());
}

// Internal mention with what is still to resolve.
enum class Need : std::uint8_t {
  None,
  Yearless,    // month (and day, day2) without a year
  YearlessAH,  // Hijri month (and day) without a year: the narrative's Hijri year, or nothing
  RelNarr,     // year relative to the narrative (offset)
  RelRef,      // year relative to the document's time (offset)
  AfterYears,  // بعد عامين: narrative year + offset, or a duration without a narrative year
  Decade,      // decade digits, century base unknown (-1) or last century (-2) or given
  Century,     // century relative to the document's time (offset)
};

struct Raw {
  Mention m;
  Need need = Need::None;
  int month = 0, day = 0, month2 = 0, day2 = 0;  // Yearless
  int offset = 0;                                // Rel*, Century
  int d1 = 0, d2 = 0, base = -1;                 // Decade
  int year_for_context = 0;  // last Gregorian year this mention names (astronomical, 0: none)
  int hijri_year = 0;        // the Hijri year it names, if any
};

std::string two(int v) {
  char b[16];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

// A Roman numeral of I, V and X ("XIX", "iii") in its canonical form, or 0.
int roman_value(std::string_view s) {
  auto digit = [](char ch) {
    switch (ch | 0x20) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      default:
        return 0;
    }
  };
  int v = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const int d = digit(s[k]);
    if (d == 0) return 0;
    v += k + 1 < s.size() && digit(s[k + 1]) > d ? -d : d;
  }
  // Canonical only: re-encode and compare (rejects "IIII", "VX", "IIX").
  static const char* const kOnes[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  if (v <= 0 || v >= 40) return 0;
  std::string canon(static_cast<std::size_t>(v / 10), 'x');
  canon += kOnes[v % 10];
  if (canon.size() != s.size()) return 0;
  for (std::size_t k = 0; k < s.size(); ++k)
    if ((s[k] | 0x20) != canon[k]) return 0;
  return v;
}

// Hijri values: "922AH", "922-07AH", "922-07-25AH" (the year not zero-padded).
std::string hijri_value(int y, int m, int d) {
  std::string v = std::to_string(y);
  if (m > 0) v += "-" + two(m);
  if (d > 0) v += "-" + two(d);
  return v + "AH";
}

// Gregorian values; a year before 1 AD (astronomical y <= 0) is written as the document
// writes it, after "BC": 216 ق.م -> "BC0216", 2 أغسطس 216 ق.م -> "BC0216-08-02".
std::string ymd_value(int y, int m, int d) {
  std::string v = y <= 0 ? "BC" + format_year(1 - y) : format_year(y);
  if (m > 0) v += "-" + two(m);
  if (d > 0) v += "-" + two(d);
  return v;
}

DaySpan span_of(int y, int m, int d) {
  if (m <= 0) return {days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)};
  if (d <= 0) return {days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m))};
  return {days_from_civil(y, m, d), days_from_civil(y, m, d)};
}

const char* granularity_of(int m, int d) {
  return d > 0 ? "day" : m > 0 ? "month" : "year";
}

// Formats a quantity: integers below a million as plain digits, decimals with up to 6
// significant decimals, a million and above as mantissa + "e" + exponent (6, 9 or 12).
std::string format_number(double v) {
  char buf[64];
  int exp = 0;
  if (std::fabs(v) >= 1e12) {
    exp = 12;
  } else if (std::fabs(v) >= 1e9) {
    exp = 9;
  } else if (std::fabs(v) >= 1e6) {
    exp = 6;
  }
  const double mant = v / std::pow(10.0, exp);
  std::snprintf(buf, sizeof buf, "%.10g", mant);
  std::string s = buf;
  if (exp > 0) s += "e" + std::to_string(exp);
  return s;
}

// What resolution carries from one part of a document to the next.
struct Narrative {
  int year = 0;   // last Gregorian year of the narrative
  int hijri = 0;  // last Hijri year, when the last dated mention was Hijri
};

class Recognizer {
 public:
  explicit Recognizer(std::string_view text) : text_(text) {}

  // Every mention of the text, unresolved, with offsets shifted by `base`.
  std::vector<Raw> scan_all(std::size_t base) {
    norm_ = arabic::normalize(text_);
    tokenize();
    scan();
    merge_full_date_ranges();
    norm_ = {};
    toks_ = {};
    for (auto& r : raws_) r.m.looks_back = looks_back(r.m.begin);
    for (auto& r : raws_) {
      r.m.begin += base;
      r.m.end += base;
    }
    return std::move(raws_);
  }

  // "بعد خمسة قرون على قيامها سنة 132هـ", "منذ تأسيسها عام 1945": a date recalled for
  // something named before (a verbal noun with a pronoun), not a step of the narrative.
  bool looks_back(std::size_t at) const {
    static constexpr std::string_view stems[] = {
        "قيام", "تاسيس", "انشاء", "انشائ", "بناء", "بنائ", "وفات", "ولادت",   "مولد",
        "تولي", "سقوط",  "ظهور",  "نشوء",  "نشوئ", "قدوم", "وصول", "استقلال", "تحرير"};
    std::size_t end = std::min(at, text_.size());
    std::string words[3];
    for (int k = 0; k < 3; ++k) {
      while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
      std::size_t begin = end;
      while (begin > 0 && text_[begin - 1] != ' ' && text_[begin - 1] != '\t' &&
             text_[begin - 1] != '\n') {
        --begin;
      }
      words[k] = fold_arabic(text_.substr(begin, end - begin));
      end = begin;
    }
    // Skip a year word: "قيامها سنة 132هـ", "تأسيسها عام 1945".
    const bool trigger =
        words[0] == "سنه" || words[0] == "عام" || words[0] == "العام" || words[0] == "في";
    const std::size_t first = trigger ? 1 : 0;
    // Only "على", "منذ", "من" look back ("على قيامها", "منذ تأسيسها"): "بعد وفاته سنة 1849 تولى
    // عباس" dates the succession, and "بدأ بناءها سنة 145 هـ" is told.
    auto preposition = [](const std::string& p) { return p == "علي" || p == "منذ" || p == "من"; };
    const std::string& w = words[first];
    if (!preposition(words[first + 1])) return false;
    for (std::string_view suffix : {"ها", "هم", "ه"}) {
      if (w.size() <= suffix.size() || w.compare(w.size() - suffix.size(), suffix.size(), suffix)) {
        continue;
      }
      const std::string_view stem = std::string_view(w).substr(0, w.size() - suffix.size());
      for (std::string_view s : stems) {
        if (stem == s) return true;
      }
      return false;
    }
    return false;
  }

  // The document's own time: the context's, or the latest year it names (not in the future).
  static int reference_year(const std::vector<Raw>& raws, const DocumentContext& ctx,
                            int at_least = 0) {
    if (ctx.reference_year) return *ctx.reference_year;
    const int now = current_year();
    int best = at_least;
    for (const auto& r : raws)
      if (r.need == Need::None && r.year_for_context > best && r.year_for_context <= now &&
          (r.m.kind == Kind::Date || r.m.kind == Kind::Range) && r.hijri_year == 0)
        best = r.year_for_context;
    return best > 0 ? best : now;
  }

  static void resolve(std::vector<Raw>& raws, int ref, Narrative& state);

 private:
  std::string_view text_;
  arabic::Normalized norm_;
  std::vector<Tok> toks_;
  std::vector<Raw> raws_;

  // "من 2 أغسطس 1990 إلى 26 فبراير 1991", "بين 2 آب 1990 و26 شباط 1991": two full dates, each
  // with its year, joined as a period are one range, as the shorter forms already are.
  void merge_full_date_ranges() {
    auto trimmed = [](std::string_view s) {
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
      return s;
    };
    auto ends_with_word = [](std::string_view s, std::string_view w) {
      return s.size() >= w.size() && s.substr(s.size() - w.size()) == w &&
             (s.size() == w.size() || s[s.size() - w.size() - 1] == ' ');
    };
    for (std::size_t i = 0; i < raws_.size(); ++i) {
      Raw& a = raws_[i];
      if (a.m.value.empty() || a.m.kind != Kind::Date || !a.m.span || a.need != Need::None ||
          a.m.granularity != "day" || a.m.value.find("AH") != std::string::npos) {
        continue;
      }
      std::size_t j = i + 1;
      while (j < raws_.size() && raws_[j].m.value.empty()) ++j;
      if (j >= raws_.size()) break;
      Raw& b = raws_[j];
      if (b.m.kind != Kind::Date || !b.m.span || b.need != Need::None || b.m.granularity != "day" ||
          b.m.value.find("AH") != std::string::npos || b.m.begin < a.m.end ||
          b.m.span->first <= a.m.span->last) {
        continue;
      }
      const std::string_view before = trimmed(text_.substr(0, a.m.begin));
      const bool from = ends_with_word(before, "من") || ends_with_word(before, "ومن");
      const bool between = ends_with_word(before, "بين") || ends_with_word(before, "وبين");
      const std::string_view link = trimmed(text_.substr(a.m.end, b.m.begin - a.m.end));
      const bool to = link == "إلى" || link == "الى" || link == "حتى" || link == "-";
      if (!((from && to) || (between && link == "و") || (link == "-" && !from && !between))) {
        continue;
      }
      a.m.kind = Kind::Range;
      a.m.value += "/" + b.m.value;
      a.m.span->last = b.m.span->last;
      a.m.end = b.m.end;
      a.m.surface = std::string(text_.substr(a.m.begin, a.m.end - a.m.begin));
      a.year_for_context = b.year_for_context;
      b.m.value.clear();  // dropped by take()
    }
  }

  // ---------------------------------------------------------------- tokens
  void tokenize() {
    const std::string& s = norm_.text;
    toks_.reserve(s.size() / 5 + 8);
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++i;
        continue;
      }
      if (is_digit(static_cast<char>(c))) {
        i = read_number(i);
        continue;
      }
      std::size_t j = i;
      const char32_t cp = decode_at(s, j);
      if (arabic::is_letter(cp)) {
        std::size_t k = j;
        while (k < n) {
          const auto ck = static_cast<unsigned char>(s[k]);
          if (ck < 0x80) {
            if ((ck >= 'a' && ck <= 'z')) {
              ++k;
              continue;
            }
            break;
          }
          std::size_t k2 = k;
          const char32_t cp2 = decode_at(s, k2);
          if (!arabic::is_letter(cp2)) break;
          k = k2;
        }
        Tok t;
        t.type = T::Word;
        t.nb = static_cast<std::uint32_t>(i);
        t.ne = static_cast<std::uint32_t>(k);
        if (c >= 0x80) {  // only Arabic words are in the lexicon
          const auto hit = lexicon::find(std::string_view(s).substr(i, k - i));
          t.lex = hit.lex;
          t.prefix = static_cast<std::uint8_t>(hit.prefix);
        }
        toks_.push_back(t);
        i = k;
        continue;
      }
      Tok t;
      t.type = T::Punct;
      t.nb = static_cast<std::uint32_t>(i);
      t.ne = static_cast<std::uint32_t>(j);
      t.ch = cp;
      toks_.push_back(t);
      i = j;
    }
  }

  std::size_t read_number(std::size_t i) {
    const std::string& s = norm_.text;
    const std::size_t n = s.size();
    Tok t;
    t.type = T::Num;
    t.nb = static_cast<std::uint32_t>(i);
    t.lead0 = s[i] == '0';
    std::size_t k = i;
    long long iv = 0;
    int nd = 0;
    auto digits = [&](std::size_t p) {
      std::size_t q = p;
      while (q < n && is_digit(s[q])) ++q;
      return q - p;
    };
    while (k < n && is_digit(s[k])) {
      if (nd < 18) iv = iv * 10 + (s[k] - '0');
      ++nd;
      ++k;
    }
    // Thousands groups: 1,500 or 12,500,000 (each group exactly three digits).
    if (nd <= 3) {
      std::size_t q = k;
      long long gv = iv;
      int groups = 0;
      while (q + 1 < n && s[q] == ',' && digits(q + 1) == 3) {
        for (std::size_t r = q + 1; r < q + 4; ++r) gv = gv * 10 + (s[r] - '0');
        q += 4;
        ++groups;
      }
      if (groups > 0) {
        iv = gv;
        nd += 3 * groups;
        k = q;
        t.grouped = true;
      }
    }
    double val = static_cast<double>(iv);
    // A decimal part: 13.4, 13,4 (not a thousands group), but not 19.3.2008.
    if (k + 1 < n && (s[k] == '.' || s[k] == ',') && is_digit(s[k + 1])) {
      const std::size_t fd = digits(k + 1);
      const std::size_t after = k + 1 + fd;
      const bool dotted_date = after + 1 < n &&
                               (s[after] == '.' || s[after] == '/' || s[after] == '-') &&
                               is_digit(s[after + 1]) && s[k] == '.';
      const bool comma_list = s[k] == ',' && fd == 3;
      if (!dotted_date && !comma_list) {
        double frac = 0, scale = 1;
        for (std::size_t r = k + 1; r < after; ++r) {
          if (scale > 1e-15) {
            scale /= 10;
            frac += (s[r] - '0') * scale;
          }
        }
        val += frac;
        t.dec = true;
        k = after;
      }
    }
    t.ne = static_cast<std::uint32_t>(k);
    t.val = val;
    t.ival = iv;
    t.ndig = static_cast<std::uint8_t>(std::min(nd, 255));
    toks_.push_back(t);
    return k;
  }

  // ---------------------------------------------------------------- token helpers
  std::size_t size() const { return toks_.size(); }
  bool ok(std::size_t i) const { return i < toks_.size(); }
  Lx kind(std::size_t i) const {
    return ok(i) && toks_[i].type == T::Word && toks_[i].lex ? toks_[i].lex->kind : Lx::None;
  }
  int la(std::size_t i) const { return toks_[i].lex->a; }
  int lb(std::size_t i) const { return toks_[i].lex->b; }
  bool is_prep(std::size_t i, int code) const { return kind(i) == Lx::Prep && la(i) == code; }
  bool is_punct(std::size_t i, char32_t c) const {
    return ok(i) && toks_[i].type == T::Punct && toks_[i].ch == c;
  }
  bool is_num(std::size_t i) const { return ok(i) && toks_[i].type == T::Num; }
  bool is_int(std::size_t i) const { return is_num(i) && !toks_[i].dec; }
  bool has_prefix(std::size_t i) const { return ok(i) && toks_[i].prefix > 0; }
  bool is_dash(std::size_t i) const { return is_punct(i, U'-'); }
  bool is_newline(std::size_t i) const { return is_punct(i, U'\n'); }
  std::string_view word(std::size_t i) const {
    return std::string_view(norm_.text).substr(toks_[i].nb, toks_[i].ne - toks_[i].nb);
  }
  // The original text of token i contains tanween fath (an accusative noun: مشروعاً).
  bool has_tanween(std::size_t i) const {
    const std::size_t b = norm_.original(toks_[i].nb), e = norm_.original(toks_[i].ne);
    return text_.substr(b, e - b).find("\xD9\x8B") != std::string_view::npos;
  }
  // The original text of token i carries a shadda: ألّف (he wrote) is not ألف (thousand).
  bool has_shadda(std::size_t i) const {
    const std::size_t b = norm_.original(toks_[i].nb), e = norm_.original(toks_[i].ne);
    return text_.substr(b, e - b).find("\xD9\x91") != std::string_view::npos;
  }
  // Start of token i in normalized bytes, after its clitic prefix when `skip_prefix`.
  std::size_t start_of(std::size_t i, bool skip_prefix = true) const {
    return toks_[i].nb + (skip_prefix ? toks_[i].prefix : 0);
  }

  Raw& emit(Kind k, std::size_t nb, std::size_t last_tok, std::string value) {
    Raw r;
    r.m.kind = k;
    r.m.value = std::move(value);
    r.m.begin = norm_.original(nb);
    r.m.end = norm_.original(toks_[last_tok].ne);
    // Do not swallow dropped marks that belong to the next word (only whitespace follows).
    r.m.surface = std::string(text_.substr(r.m.begin, r.m.end - r.m.begin));
    raws_.push_back(std::move(r));
    return raws_.back();
  }

  // ---------------------------------------------------------------- months
  struct MonthHit {
    int month = 0;
    int cal = 0;  // 0 Syriac, 1 Latin, 2 Hijri
    std::size_t last = 0;
  };

  // One month name at i (one or two words).
  bool month_at(std::size_t i, MonthHit& h) const {
    const Lx k = kind(i);
    if (k == Lx::Month) {
      h = {la(i), lb(i), i};
      return true;
    }
    if (k != Lx::MonthHead || kind(i + 1) != Lx::Ordinal || has_prefix(i + 1)) return false;
    const int head = la(i), o = la(i + 1), fem = lb(i + 1);
    int m = 0, cal = 0;
    if (head == 1 && o == 2 && fem == 0) m = 1;
    if (head == 1 && o == 1 && fem == 0) m = 12;
    if (head == 2 && o == 1 && fem == 0) m = 10;
    if (head == 2 && o == 2 && fem == 0) m = 11;
    if (head == 3) m = o == 1 ? 3 : o == 2 ? 4 : 0, cal = 2;
    if (head == 4) m = o == 1 ? 5 : o == 2 ? 6 : 0, cal = 2;
    if (head == 5) m = o == 11 ? 11 : o == 12 ? 12 : 0, cal = 2;
    if (m == 0) return false;
    h = {m, cal, i + 1};
    return true;
  }

  // A month name with its optional double: آب (أغسطس), يوليو/ تموز, تموز - يوليو.
  bool month_group(std::size_t i, MonthHit& h) const {
    if (!month_at(i, h)) return false;
    std::size_t j = h.last + 1;
    MonthHit h2;
    if (is_punct(j, U'(') && month_at(j + 1, h2) && h2.month == h.month &&
        is_punct(h2.last + 1, U')')) {
      h.last = h2.last + 1;
    } else if ((is_punct(j, U'/') || is_dash(j) || is_punct(j, U'\\')) && month_at(j + 1, h2) &&
               h2.month == h.month && !has_prefix(j + 1)) {
      h.last = h2.last;
    } else if (is_punct(j, U'(') && month_at(j + 1, h2) && h2.month == h.month &&
               is_punct(h2.last + 1, U'/')) {
      h.last = h2.last;
    }
    return true;
  }

  // ---------------------------------------------------------------- years
  struct YearHit {
    int year = 0;
    bool hijri = false;
    std::size_t last = 0;
    std::size_t num = 0;  // token of the digits
  };

  // Era suffix after token j (the year digits): م, ميلادي, هـ, هجرية, للهجرة, ق.م, قبل الميلاد.
  // Returns the last token of the suffix, or j.
  std::size_t era_after(std::size_t j, int& era) const {
    era = 0;
    std::size_t k = j + 1;
    if (is_punct(k, U'(')) ++k;  // 1440 (هـ)
    if (kind(k) == Lx::Era && !has_prefix(k)) {
      const int a = la(k);
      if (a == 1 || a == 2) {
        std::size_t last = k;
        if (k > j + 1) {  // in parentheses: 1440 (هـ)
          if (!is_punct(k + 1, U')')) return j;
          last = k + 1;
        }
        era = a;
        return last;
      }
      if (a == 3 && !is_punct(k + 1, U'.') && kind(k + 1) == Lx::Era && la(k + 1) == 1 &&
          !has_prefix(k + 1)) {
        era = 3;  // ق م
        return k + 1;
      }
      if (a == 3 && is_punct(k + 1, U'.') && kind(k + 2) == Lx::Era && la(k + 2) == 1) {
        era = 3;  // ق.م (a dot after م is left out: it is as often the sentence's full stop)
        return k + 2;
      }
    }
    if (k == j + 1 && is_prep(k, lexicon::kBefore) && kind(k + 1) == Lx::Era && la(k + 1) == 4) {
      era = 3;
      return k + 1;
    }
    // Words written with a prefix: للهجرة is in the lexicon as a whole word.
    if (k == j + 1 && kind(k) == Lx::Era && la(k) == 2 && has_prefix(k)) {
      era = 2;
      return k;
    }
    return j;
  }

  // A year at j (digits, optionally after عام/العام/سنة), used after a month or a day-month.
  bool year_after(std::size_t j, YearHit& y) const {
    std::size_t k = j;
    if (is_punct(k, U',') || is_punct(k, U'\u060C')) ++k;
    bool trig = false;
    if (kind(k) == Lx::YearTrigger && lb(k) == 1) {
      ++k;
      trig = true;
    } else if (kind(k) == Lx::Prep && la(k) == lexicon::kFrom && kind(k + 1) == Lx::YearTrigger) {
      k += 2;  // ... من عام 2020
      trig = true;
    }
    if (trig && (kind(k) == Lx::Number || kind(k) == Lx::Scale) && !has_prefix(k)) {
      // سنة ألف وثمانمئة وتسع وثلاثين: a year in words.
      double v = 0;
      std::size_t wl = k;
      if (!number_words(k, v, wl) || v < 1 || v > 2200 || v != std::floor(v)) return false;
      int era = 0;
      y.last = era_after(wl, era);
      y.year = static_cast<int>(v);
      if (era == 3) y.year = 1 - y.year;
      y.hijri = era == 2;
      y.num = k;
      return true;
    }
    if (!is_int(k) || toks_[k].ndig > 4 || toks_[k].ival <= 0) return false;
    int era = 0;
    const std::size_t last = era_after(k, era);
    if (!trig && era == 0 && toks_[k].ndig < 3) return false;
    y.year = static_cast<int>(toks_[k].ival);
    if (era == 3) y.year = 1 - y.year;
    y.hijri = era == 2;
    y.last = last;
    y.num = k;
    // The year must not be the start of an amount: "7 أيلول 25 مليون".
    if (!trig && era == 0 && starts_amount(k)) return false;
    return true;
  }

  // ---------------------------------------------------------------- scanning
  void scan() {
    const std::size_t n = size();
    std::size_t i = 0;
    while (i < n) {
      std::size_t next = i + 1;
      const Tok& t = toks_[i];
      if (t.type == T::Num) {
        next = at_number(i);
      } else if (t.type == T::Word && t.lex) {
        next = at_word(i);
      } else if (t.type == T::Word) {
        next = definite_duration(i);
        if (!next) next = first_of_month(i);
      }
      i = std::max(next, i + 1);
    }
  }

  // ------------------------------------------------ dates beginning with a number
  std::size_t at_number(std::size_t i) {
    const Tok& t = toks_[i];
    // A number glued to a preceding number-like thing ("0933-123-456", "12:30") is noise.
    if (is_punct(i - 1, U':') && is_num(i - 2)) return i + 1;
    if (std::size_t e = numeric_date(i)) return e;
    if (!t.dec && t.ndig <= 2 && t.ival >= 1 && t.ival <= 31) {
      if (std::size_t e = day_forms(i)) return e;
    }
    if (std::size_t e = year_forms(i)) return e;
    // عام 1920 فرنسا ...: after a year word, a number is a year unless an amount follows.
    if (kind(i - 1) == Lx::YearTrigger && lb(i - 1) == 1 && !starts_amount(i))
      if (std::size_t e = plain_year(i)) return e;
    if (std::size_t e = quantity_range(i)) return e;
    if (std::size_t e = quantity(i, i, t.val, true)) return e;
    if (std::size_t e = plain_year(i)) return e;
    return i + 1;
  }

  // بين 9 و11 مليون عسكري, 10-15%: two figures sharing the scale and the unit written after
  // the second one. Value "9e6/11e6 soldiers", "10%/15%"; number is the lower figure.
  std::size_t quantity_range(std::size_t i) {
    const std::size_t j = i + 1, k = i + 2;
    const bool and_ = is_prep(j, lexicon::kAnd) && is_prep(i - 1, lexicon::kBetween);
    const bool dash = is_dash(j) && toks_[j].nb == toks_[i].ne && toks_[k - 1].ne == toks_[k].nb;
    if (!(and_ || dash) || !is_num(k) || starts_quantity(i) || !starts_amount(k) ||
        toks_[i].val <= 0 || toks_[k].val <= toks_[i].val)
      return 0;
    const std::size_t before = raws_.size();
    const std::size_t e = quantity(k, k, toks_[k].val, true);
    if (!e || raws_.size() == before || raws_[before].m.kind != Kind::Quantity) return e;
    Raw& r = raws_[before];
    const double low = toks_[i].val * (r.m.number / toks_[k].val);
    r.m.value = format_number(low) + (r.m.unit == "%" ? "%" : "") + "/" + r.m.value;
    r.m.number = low;
    r.m.begin = norm_.original(start_of(i));
    r.m.surface = std::string(text_.substr(r.m.begin, r.m.end - r.m.begin));
    return e;
  }

  // 19/3/2008, 19-3-2008, 19.3.2008, 2008/03/19.
  std::size_t numeric_date(std::size_t i) {
    if (!is_int(i) || !ok(i + 4)) return 0;
    const char32_t sep = toks_[i + 1].type == T::Punct ? toks_[i + 1].ch : 0;
    if (sep != U'/' && sep != U'-' && sep != U'.') return 0;
    if (!is_int(i + 2) || !is_punct(i + 3, sep) || !is_int(i + 4)) return 0;
    // Adjacent, no spaces.
    for (std::size_t k = i; k < i + 4; ++k)
      if (toks_[k].ne != toks_[k + 1].nb) return 0;
    int y, m, d;
    if (toks_[i].ndig == 4) {
      y = static_cast<int>(toks_[i].ival), m = static_cast<int>(toks_[i + 2].ival),
      d = static_cast<int>(toks_[i + 4].ival);
    } else if (toks_[i + 4].ndig == 4 && toks_[i].ndig <= 2 && toks_[i + 2].ndig <= 2) {
      d = static_cast<int>(toks_[i].ival), m = static_cast<int>(toks_[i + 2].ival),
      y = static_cast<int>(toks_[i + 4].ival);
    } else {
      return 0;
    }
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || y < 1000 || y > 2200) return 0;
    int era = 0;
    std::size_t last = era_after(i + 4, era);
    if (era == 2) {
      Raw& r = emit(Kind::Date, start_of(i), last, hijri_value(y, m, d));
      hijri_day(r, y, m, d);
      return last + 1;
    }
    add_date(start_of(i), last, y, m, d, false);
    return last + 1;
  }

  static void hijri_day(Raw& r, int y, int m, int d) {
    r.m.granularity = d > 0 ? "day" : m > 0 ? "month" : "year";
    long first, last;
    if (m <= 0) {
      r.m.gregorian = hijri_year_gregorian(y, &first, &last);
    } else {
      const long f = days_from_hijri(y, m, d > 0 ? d : 1);
      const long l = d > 0 ? f : f + hijri_month_length(y, m) - 1;
      int gy, gm, gd, gy2, gm2, gd2;
      written_from_days(f, gy, gm, gd);
      written_from_days(l, gy2, gm2, gd2);
      first = days_from_civil(gy, gm, gd);
      last = days_from_civil(gy2, gm2, gd2);
      r.m.gregorian = ymd_value(gy, gm, d > 0 ? gd : 0);
      if (d <= 0 && (gm2 != gm || gy2 != gy)) r.m.gregorian += "/" + ymd_value(gy2, gm2, 0);
    }
    r.m.span = DaySpan{first, last};
    int gy, gm, gd;
    civil_from_days(first, gy, gm, gd);
    r.year_for_context = gy;
    r.hijri_year = y;
  }

  Raw& add_date(std::size_t nb, std::size_t last, int y, int m, int d, bool ctx) {
    Raw& r = emit(Kind::Date, nb, last, ymd_value(y, m, d));
    r.m.granularity = granularity_of(m, d);
    r.m.span = span_of(y, m, d);
    r.m.resolved_from_context = ctx;
    r.year_for_context = y;
    return r;
  }

  // Day ranges and day-month(-year) dates starting at the day number i.
  std::size_t day_forms(std::size_t i) {
    const int d1 = static_cast<int>(toks_[i].ival);
    // A day range: 19 - 20 آذار 2008, 23-24 أيار, 22 إلى 23 نوفمبر, 10 و11 مايو.
    std::size_t j = i + 1;
    if (is_dash(j) || is_prep(j, lexicon::kTo) || is_prep(j, lexicon::kUntil) ||
        is_prep(j, lexicon::kAnd)) {
      if (is_int(j + 1) && toks_[j + 1].ndig <= 2) {
        const int d2 = static_cast<int>(toks_[j + 1].ival);
        std::size_t k = j + 2;
        if (is_prep(k, lexicon::kFrom)) ++k;
        MonthHit mh;
        if (d2 > d1 && d2 <= 31 && month_group(k, mh)) {
          return finish_day(i, d1, d2, mh);
        }
      }
    }
    std::size_t k = i + 1;
    if (is_prep(k, lexicon::kFrom) && !has_prefix(k)) ++k;  // 24 من كانون الأول
    MonthHit mh;
    if (month_group(k, mh)) return finish_day(i, d1, 0, mh);
    return 0;
  }

  // After "D [- D2] Month": the year, a range to a second full date, or a year-less date.
  std::size_t finish_day(std::size_t i, int d1, int d2, const MonthHit& mh) {
    YearHit y;
    const std::size_t nb = start_of(i);
    if (mh.cal == 2) {  // Hijri month
      if (year_after(mh.last + 1, y)) {
        Raw& r =
            emit(d2 ? Kind::Range : Kind::Date, nb, y.last,
                 d2 ? hijri_value(y.year, mh.month, d1) + "/" + hijri_value(y.year, mh.month, d2)
                    : hijri_value(y.year, mh.month, d1));
        hijri_day(r, y.year, mh.month, d1);
        return y.last + 1;
      }
      return yearless_hijri(i, d1, d2, mh);
    }
    if (d1 > 31 || d2 > 31) return 0;
    if (year_after(mh.last + 1, y) && !y.hijri) {
      // An impossible day (31 شباط): nothing is recognized, not even the month.
      if (d1 > days_in_month(y.year, mh.month) || d2 > days_in_month(y.year, mh.month))
        return y.last + 1;
      if (d2) {
        add_range(nb, y.last, y.year, mh.month, d1, y.year, mh.month, d2, false);
      } else {
        add_date(nb, y.last, y.year, mh.month, d1, false);
      }
      return y.last + 1;
    }
    // A range to a second full date: من 30 أيلول إلى 2 تشرين الأول 2008.
    std::size_t j = mh.last + 1;
    if (!d2 && (is_prep(j, lexicon::kTo) || is_prep(j, lexicon::kUntil) || is_dash(j)) &&
        is_int(j + 1) && toks_[j + 1].ndig <= 2) {
      const int e1 = static_cast<int>(toks_[j + 1].ival);
      std::size_t k = j + 2;
      MonthHit mh2;
      YearHit y2;
      if (e1 >= 1 && e1 <= 31 && month_group(k, mh2) && mh2.cal != 2 &&
          year_after(mh2.last + 1, y2) && !y2.hijri) {
        const int y1 = mh.month <= mh2.month ? y2.year : y2.year - 1;
        add_range(nb, y2.last, y1, mh.month, d1, y2.year, mh2.month, e1, false);
        return y2.last + 1;
      }
    }
    // Year-less: resolved later from the narrative.
    std::size_t last = mh.last;
    int offset = 0;
    if (kind(last + 1) == Lx::Relative &&
        (la(last + 1) == lexicon::kPast || la(last + 1) == lexicon::kComing)) {
      ++last;
    } else {
      // 24 تموز من العام نفسه / من العام التالي
      std::size_t k = last + 1;
      if (is_prep(k, lexicon::kFrom) || is_prep(k, lexicon::kIn)) ++k;
      if (ok(k) && toks_[k].type == T::Word && word(k) == kThat && kind(k + 1) == Lx::YearTrigger &&
          lb(k + 1) == 1) {
        last = k + 1;  // 1 يونيو من ذلك العام
      } else if (kind(k) == Lx::YearTrigger && lb(k) == 1 && kind(k + 1) == Lx::Relative) {
        const int code = la(k + 1);
        if (code == lexicon::kSameYear || code == lexicon::kNextYear ||
            code == lexicon::kPrevYear) {
          offset = code == lexicon::kNextYear ? 1 : code == lexicon::kPrevYear ? -1 : 0;
          last = k + 1;
        }
      }
    }
    Raw& r = emit(d2 ? Kind::Range : Kind::Date, nb, last, "");
    r.offset = offset;
    r.need = Need::Yearless;
    r.month = mh.month;
    r.day = d1;
    r.month2 = mh.month;
    r.day2 = d2;
    return last + 1;
  }

  // A Hijri day or month without its year (يوم الجمعة 25 رمضان, ربيع الآخر من السنة نفسها):
  // it takes the Hijri year the narrative is in, and is dropped when the narrative is not in a
  // Hijri year. صفر alone is also "zero": only with a day before it or the year phrase after it.
  // `i` is the day token, or the month's first token when d1 is 0.
  std::size_t yearless_hijri(std::size_t i, int d1, int d2, const MonthHit& mh) {
    if (d1 > 30 || d2 > 30) return 0;
    std::size_t last = mh.last;
    std::size_t k = last + 1;
    if (is_prep(k, lexicon::kFrom) || is_prep(k, lexicon::kIn)) ++k;
    bool same = false;
    if (kind(k) == Lx::YearTrigger && lb(k) == 1 && kind(k + 1) == Lx::Relative &&
        la(k + 1) == lexicon::kSameYear) {
      last = k + 1;
      same = true;
    }
    if (!d1 && !same) {
      // A month alone: only after في / منذ / حتى / خلال / أول / شهر, and not صفر.
      const bool intro = is_prep(i - 1, lexicon::kIn) || is_prep(i - 1, lexicon::kSince) ||
                         is_prep(i - 1, lexicon::kUntil) || is_prep(i - 1, lexicon::kDuring) ||
                         kind(i - 1) == Lx::Qualifier;
      if (!intro || has_prefix(i) || mh.month == 2) return 0;
    }
    Raw& r = emit(d2 ? Kind::Range : Kind::Date, start_of(i), last, "");
    r.need = Need::YearlessAH;
    r.month = mh.month;
    r.day = d1;
    r.month2 = mh.month;
    r.day2 = d2;
    return last + 1;
  }

  void add_range(std::size_t nb, std::size_t last, int y1, int m1, int d1, int y2, int m2, int d2,
                 bool ctx) {
    Raw& r = emit(Kind::Range, nb, last, ymd_value(y1, m1, d1) + "/" + ymd_value(y2, m2, d2));
    r.m.granularity = granularity_of(m1, d1);
    r.m.span = DaySpan{span_of(y1, m1, d1).first, span_of(y2, m2, d2).last};
    r.m.resolved_from_context = ctx;
    r.year_for_context = y2;
  }

  // A number followed by an era (1944م, 922 هـ, 1440 هجرية, 332 ق.م) or a year range.
  std::size_t year_forms(std::size_t i) {
    const Tok& t = toks_[i];
    if (t.dec || t.ndig > 4 || t.ival <= 0) return 0;
    int era = 0;
    const std::size_t last = era_after(i, era);
    if (era != 0) {
      const int y = static_cast<int>(t.ival);
      if (era == 3) {
        const int astro = 1 - y;
        Raw& r = emit(Kind::Date, start_of(i), last, "BC" + format_year(y));
        r.m.granularity = "year";
        r.m.span = span_of(astro, 0, 0);
        r.year_for_context = astro;  // "وفي العام التالي" counts on from it
        return last + 1;
      }
      // (1868م - 1932م), 1258هـ-1290هـ: both ends carry the era.
      if ((is_dash(last + 1) || is_prep(last + 1, lexicon::kTo) ||
           is_prep(last + 1, lexicon::kUntil)) &&
          is_int(last + 2) && toks_[last + 2].ndig <= 4) {
        int era2 = 0;
        const std::size_t last2 = era_after(last + 2, era2);
        const int y2 = static_cast<int>(toks_[last + 2].ival);
        if (era2 == era && y2 > y && y2 - y < 1000 && y2 <= 2200) {
          if (era == 2) {
            Raw& r = emit(Kind::Range, start_of(i), last2,
                          std::to_string(y) + "AH/" + std::to_string(y2) + "AH");
            long f1, l1, f2, l2;
            const std::string g1 = hijri_year_gregorian(y, &f1, &l1);
            const std::string g2 = hijri_year_gregorian(y2, &f2, &l2);
            r.m.gregorian = g1.substr(0, g1.find('/')) + "/" + g2.substr(g2.rfind('/') + 1);
            r.m.granularity = "year";
            r.m.span = DaySpan{f1, l2};
          } else {
            add_range(start_of(i), last2, y, 0, 0, y2, 0, 0, false);
          }
          return last2 + 1;
        }
      }
      if (era == 2) {
        Raw& r = emit(Kind::Date, start_of(i), last, std::to_string(y) + "AH");
        hijri_day(r, y, 0, 0);
        return last + 1;
      }
      add_date(start_of(i), last, y, 0, 0, false);
      return last + 1;
    }
    // Year ranges.
    const Lx prev = kind(i - 1);
    const bool after_trigger = prev == Lx::YearTrigger;
    // "من نحو 2055 إلى 1650 ق.م": an approximation may stand between the preposition and the year.
    const std::size_t before = kind(i - 1) == Lx::Approx && i >= 2 ? i - 2 : i - 1;
    const bool opener =
        (is_prep(before, lexicon::kFrom) || is_prep(before, lexicon::kBetween) ||
         is_prep(before, lexicon::kSince)) ||
        (after_trigger &&
         (is_prep(i - 2, lexicon::kFrom) || is_prep(i - 2, lexicon::kBetween) ||
          is_prep(i - 2, lexicon::kSince) ||
          (ok(i - 1) && has_prefix(i - 1) && word(i - 1).substr(0, 2) == "\xD8\xA8")));  // بين
    // بين 1831 و1840, and a dual year word (في عامي 1915 و1916) pairs two years the same way.
    const bool between = is_prep(before, lexicon::kBetween) || is_prep(i - 2, lexicon::kBetween) ||
                         (after_trigger && lb(i - 1) == 2);
    std::size_t j = i + 1;
    const bool dash = is_dash(j) || is_punct(j, U'/');
    const bool to = is_prep(j, lexicon::kTo) || is_prep(j, lexicon::kUntil);
    const bool and_ = is_prep(j, lexicon::kAnd);
    if (dash || ((to || and_) && opener) || (and_ && between)) {
      std::size_t k = j + 1;
      if ((to || and_) && kind(k) == Lx::YearTrigger) ++k;
      if (is_int(k) && !toks_[k].lead0) {
        int y1 = static_cast<int>(t.ival);
        int y2 = static_cast<int>(toks_[k].ival);
        const int nd1 = t.ndig, nd2 = toks_[k].ndig;
        if (dash && nd1 == 4 && nd2 == 2) y2 = y1 / 100 * 100 + y2;  // 1990-91
        int era_probe = 0;
        era_after(k, era_probe);
        // A year word or an era makes short numbers years; من/بين alone needs three digits.
        const bool strong = after_trigger || era_probe != 0 || (opener && nd1 >= 3 && nd2 >= 3);
        // Before the Christian era the years count down: من 218 إلى 201 ق.م.
        const bool bc = era_probe == 3;
        const bool plausible = (bc ? y1 > y2 && y2 >= 1 : y2 > y1) && (nd1 >= 3 || strong) &&
                               std::abs(y2 - y1) < 1000 &&
                               (strong ? y1 >= 1 : (nd1 == 4 && y1 >= 1000 && y2 <= 2200));
        // Not a run of numbers (phone-like noise) nor a slash date.
        // (A slash with spaces around it separates two calendars: 732 - 808 هـ / 1332 - 1406م.)
        const bool noise = (dash && (is_dash(k + 1) || is_dash(i - 1) ||
                                     (is_punct(k + 1, U'/') && toks_[k + 1].nb == toks_[k].ne) ||
                                     (is_punct(i - 1, U'/') && toks_[i - 1].ne == toks_[i].nb)));
        const bool counted = after_trigger || era_probe ? starts_amount(k) : starts_quantity(k);
        if (plausible && !noise && nd2 <= 4 && !counted && !t.grouped && !toks_[k].grouped) {
          int era2 = 0;
          std::size_t last2 = era_after(k, era2);
          if (era2 == 2) {
            Raw& r = emit(Kind::Range, start_of(i), last2,
                          std::to_string(y1) + "AH/" + std::to_string(y2) + "AH");
            long f1, l1, f2, l2;
            const std::string g1 = hijri_year_gregorian(y1, &f1, &l1);
            const std::string g2 = hijri_year_gregorian(y2, &f2, &l2);
            r.m.gregorian = g1.substr(0, g1.find('/')) + "/" + g2.substr(g2.rfind('/') + 1);
            r.m.granularity = "year";
            r.m.span = DaySpan{f1, l2};
            return last2 + 1;
          }
          if (era2 == 3) {
            Raw& r = emit(Kind::Range, start_of(i), last2,
                          "BC" + format_year(y1) + "/BC" + format_year(y2));
            r.m.granularity = "year";
            r.m.span = DaySpan{span_of(1 - y1, 0, 0).first, span_of(1 - y2, 0, 0).last};
            r.year_for_context = 1 - y2;
            return last2 + 1;
          }
          if (y1 <= 2200 && y2 <= 2200) {
            add_range(start_of(i), last2, y1, 0, 0, y2, 0, 0, false);
            return last2 + 1;
          }
        }
      }
    }
    return 0;
  }

  // A year by its trigger (عام 1944, في 1970, منذ 2015) or a bare four-digit year.
  std::size_t plain_year(std::size_t i) {
    const Tok& t = toks_[i];
    if (t.dec || t.ndig > 4 || t.ival <= 0 || t.lead0 || t.grouped) return 0;
    const int y = static_cast<int>(t.ival);
    const Lx prev = kind(i - 1);
    bool year = false;
    if (prev == Lx::YearTrigger) {
      year = true;
    } else if (prev == Lx::Prep) {
      const int p = la(i - 1);
      year = (p == lexicon::kIn || p == lexicon::kSince || p == lexicon::kUntil ||
              p == lexicon::kDuring || p == lexicon::kBefore || p == lexicon::kAfter ||
              p == lexicon::kAnd || p == lexicon::kFrom || p == lexicon::kTo) &&
             t.ndig == 4 && y >= 1000 && y <= 2200;
      if (!year && p == lexicon::kAnd && t.ndig == 3 && last_year_token_ + 2 == i) year = true;
    } else if (t.ndig == 4 && y >= 1000 && y <= 2200) {
      // Not in the middle of a list of numbers or a code.
      year = !is_punct(i - 1, U'/') && !is_punct(i + 1, U'/') && !is_punct(i - 1, U'-') &&
             !is_punct(i + 1, U'-') && !is_punct(i - 1, U'+') && !is_punct(i - 1, U'#');
      // "سجل 1500 نقطة": an indefinite feminine or plural noun right after a bare number
      // counts something; a year is rarely followed by one.
      if (year && ok(i + 1) && toks_[i + 1].type == T::Word && !toks_[i + 1].lex) {
        const std::string_view w = word(i + 1);
        const bool definite = w.substr(0, 4) == kAl;
        const bool fem = w.size() >= 4 && (w.substr(w.size() - 2) == "\xD9\x87" ||  // ه (ة)
                                           w.substr(w.size() - 4) == "\xD8\xA7\xD8\xAA");  // ات
        if (!definite && fem) year = false;
      }
    }
    if (!year) return 0;
    if (is_punct(i + 1, U'%')) return 0;
    add_date(start_of(i), i, y, 0, 0, false);
    last_year_token_ = i;
    return i + 1;
  }
  std::size_t last_year_token_ = static_cast<std::size_t>(-2);

  // ------------------------------------------------ quantities
  // Is token k (a number) followed by a scale, a unit, a currency or a percent?
  bool starts_amount(std::size_t k) const {
    const std::size_t j = k + 1;
    if (is_punct(j, U'%')) return true;
    const Lx x = kind(j);
    if (has_prefix(j) && x != Lx::Percent) return false;
    return x == Lx::Scale || x == Lx::Unit || x == Lx::Currency || x == Lx::Percent ||
           (is_prep(j, lexicon::kIn) && kind(j + 1) == Lx::Percent);
  }

  // Is token k (a number) followed by a scale, a unit, a currency, a percent or a noun?
  bool starts_quantity(std::size_t k) const {
    const std::size_t j = k + 1;
    if (is_punct(j, U'%')) return true;
    const Lx x = kind(j);
    if (has_prefix(j) && x != Lx::Percent) return false;
    return x == Lx::Scale || x == Lx::Unit || x == Lx::Currency || x == Lx::Noun ||
           x == Lx::Percent || (is_prep(j, lexicon::kIn) && kind(j + 1) == Lx::Percent);
  }

  // A quantity whose number (already read, value v) ends at token `num_last`; `first` is its
  // first token. Returns the next token, or 0 when no unit follows.
  std::size_t quantity(std::size_t first, std::size_t num_last, double v, bool digits,
                       bool scaled_words = false) {
    std::size_t j = num_last + 1;
    std::size_t nb = start_of(first);
    // /120/ مليون روبل: the slashes around the figure.
    if (digits && is_punct(j, U'/') && is_punct(first - 1, U'/') && kind(j + 1) != Lx::None) {
      nb = toks_[first - 1].nb;
      ++j;
    }
    bool scaled = scaled_words;
    // Scale words: ألف, مليون, مليار (and ألف مليون).
    int last_exp = 0;
    while (kind(j) == Lx::Scale && !has_prefix(j)) {
      v *= std::pow(10.0, la(j));
      last_exp = la(j);
      scaled = true;
      ++j;
    }
    if (scaled_words && last_exp == 0 && kind(num_last) == Lx::Scale) last_exp = la(num_last);
    // ونصف / ونصف المليون: and a half (of the last scale).
    if (scaled && last_exp > 0 && kind(j) == Lx::Half && la(j) == 0 && has_prefix(j)) {
      v += 0.5 * std::pow(10.0, last_exp);
      ++j;
      if (kind(j) == Lx::Scale && !has_prefix(j) && la(j) == last_exp) {
        ++j;  // ونصف مليون
      } else if (ok(j) && toks_[j].type == T::Word && word(j).substr(0, 4) == "\xD8\xA7\xD9\x84") {
        const Lex* l = lexicon::find_exact(word(j).substr(4));
        if (l && l->kind == Lx::Scale) ++j;  // ونصف المليون
      }
    }
    // مليار و400 مليون: a smaller amount added.
    if (scaled && is_prep(j, lexicon::kAnd) && is_num(j + 1) && kind(j + 2) == Lx::Scale) {
      double add = toks_[j + 1].val * std::pow(10.0, la(j + 2));
      if (add < v) {
        v += add;
        j += 3;
      }
    } else if (scaled && last_exp > 0 && is_prep(j, lexicon::kAnd) && is_int(j + 1) &&
               toks_[j + 1].val < std::pow(10.0, last_exp) && kind(j + 2) != Lx::Scale &&
               (starts_quantity(j + 1) ||
                (ok(j + 2) && toks_[j + 2].type == T::Word && has_tanween(j + 2)))) {
      v += toks_[j + 1].val;  // 26 ألفاً و434 سفينة
      j += 2;
    } else if (scaled && kind(j) == Lx::Number && has_prefix(j)) {
      // مليون وخمسمئة ألف
      std::size_t e = 0;
      double add = 0;
      if (number_words(j, add, e) && add < v) {
        v += add;
        j = e + 1;
      }
    }
    const std::size_t last_num = j - 1;
    std::string unit;
    std::size_t last = 0;
    Kind kind_out = Kind::Quantity;
    if (is_punct(j, U'%')) {
      unit = "%";
      last = j;
    } else if (kind(j) == Lx::Percent && has_prefix(j)) {  // بالمئة
      unit = "%";
      last = j;
    } else if (is_prep(j, lexicon::kIn) && kind(j + 1) == Lx::Percent && !has_prefix(j + 1)) {
      unit = "%";
      last = j + 1;
    } else if (kind(j) == Lx::Currency && !has_prefix(j)) {
      unit = toks_[j].lex->en;
      last = j;
      if (ok(j + 1) && toks_[j + 1].type == T::Word) {
        if (const char* code = lexicon::currency_with_adjective(la(j), word(j + 1))) {
          unit = code;
          last = j + 1;
        }
      }
    } else if (kind(j) == Lx::Unit && !has_prefix(j)) {
      unit = toks_[j].lex->en;
      last = j;
      if (kind(j + 1) == Lx::Square && !has_prefix(j + 1)) {
        unit += "2";
        last = j + 1;
      } else if (is_num(j + 1) && toks_[j + 1].ival == 2 && toks_[j + 1].nb == toks_[j].ne) {
        unit += "2";  // كم2
        last = j + 1;
      } else if (is_punct(j + 1, U'\u00B2') && toks_[j + 1].nb == toks_[j].ne) {
        unit += "2";  // كم²
        last = j + 1;
      }
    } else if (kind(j) == Lx::Noun && !has_prefix(j) && !names_a_person(j)) {
      unit = toks_[j].lex->en;
      last = j;
    } else if ((kind(j) == Lx::TimeUnit || (kind(j) == Lx::YearTrigger && lb(j) == 1)) &&
               !has_prefix(j) && !scaled && (!digits || v < 1000) && v > 0) {
      return duration(first, j, v);
    } else if (ok(j) && toks_[j].type == T::Word && !toks_[j].lex && has_tanween(j) &&
               (scaled || (v >= 11 && v < 1000 && !toks_[num_last].dec))) {
      // An accusative noun after a number we do not know: keep the Arabic word as the unit.
      unit = std::string(word(j));
      last = j;
    } else if (scaled && is_prep(j, lexicon::kFrom) && !has_prefix(j) && ok(j + 1) &&
               toks_[j + 1].type == T::Word && group_noun(word(j + 1))) {
      unit = group_noun(word(j + 1));  // مليون من الشهداء, 50 ألفاً من سكانها
      last = j + 1;
    } else if (scaled) {
      unit = counted_before(first);
      last = last_num;
    } else {
      return 0;
    }
    if (!digits && unit.empty() && v < 1e6) return 0;
    // A minus sign glued to the figure (-1.9٪), not a dash between two numbers.
    if (digits && is_dash(first - 1) && toks_[first - 1].ne == toks_[first].nb &&
        !is_num(first - 2) && nb == start_of(first)) {
      v = -v;
      nb = toks_[first - 1].nb;
    }
    Raw& r = emit(kind_out, nb, last, format_number(v) + (unit.empty() ? "" : " ") + unit);
    if (unit == "%") r.m.value = format_number(v) + "%";
    r.m.number = v;
    r.m.unit = unit;
    // 89 مقعداً من أصل 217: the total counts the same thing.
    std::size_t k = last + 1;
    if (!unit.empty() && is_prep(k, lexicon::kFrom) && !has_prefix(k) && ok(k + 1) &&
        toks_[k + 1].type == T::Word && word(k + 1) == kOutOf && is_num(k + 2) &&
        !starts_quantity(k + 2) && !is_punct(k + 3, U'%')) {
      const double total = toks_[k + 2].val;
      const std::string u = unit;
      Raw& t = emit(Kind::Quantity, start_of(k + 2), k + 2,
                    u == "%" ? format_number(total) + "%" : format_number(total) + " " + u);
      t.m.number = total;
      t.m.unit = u;
      return k + 3;
    }
    return last + 1;
  }

  // The counted group after "<amount> من": a known noun with the article (الشهداء) or with a
  // possessive suffix (سكانها, جنوده); nullptr otherwise.
  static const char* group_noun(std::string_view w) {
    const auto hit = lexicon::find_noun(w);
    if (hit.lex && hit.prefix == 4) return hit.lex->en;
    for (std::string_view suffix : {std::string_view("\xD9\x87\xD8\xA7"),  // ها
                                    std::string_view("\xD9\x87\xD9\x85"),  // هم
                                    std::string_view("\xD9\x87")}) {       // ه
      if (w.size() > suffix.size() + 4 && w.substr(w.size() - suffix.size()) == suffix) {
        const auto h2 = lexicon::find_noun(w.substr(0, w.size() - suffix.size()));
        if (h2.lex && h2.prefix == 0) return h2.lex->en;
      }
    }
    return nullptr;
  }

  // "عدد المنازل ... أربعة ملايين": the counted thing named a few words earlier.
  std::string counted_before(std::size_t first) const {
    for (std::size_t back = 1; back <= 8 && first >= back + 1; ++back) {
      const std::size_t k = first - back;
      if (is_newline(k) || is_punct(k, U'.')) break;
      if (kind(k) == Lx::Count && ok(k + 1) && toks_[k + 1].type == T::Word) {
        const auto hit = lexicon::find_noun(word(k + 1));
        if (hit.lex) return hit.lex->en;
        std::string_view w = word(k + 1);
        // سكانها, سكانهم: without the possessive suffix.
        for (std::string_view suffix :
             {std::string_view("\xD9\x87\xD8\xA7"), std::string_view("\xD9\x87\xD9\x85")}) {
          if (w.size() > suffix.size() + 4 && w.substr(w.size() - suffix.size()) == suffix) {
            const auto h2 = lexicon::find_noun(w.substr(0, w.size() - suffix.size()));
            if (h2.lex) return h2.lex->en;
          }
        }
        // A noun we do not know: the Arabic word without its article.
        if (w.substr(0, 4) == "\xD8\xA7\xD9\x84" && w.size() > 6) w.remove_prefix(4);
        return std::string(w);
      }
    }
    return "";
  }

  // "خليفة بن حمد", "سلطان بن سعيد": a noun that is a man's name here, not a count.
  bool names_a_person(std::size_t j) const {
    if (!ok(j + 1) || toks_[j + 1].type != T::Word) return false;
    const std::string_view next = word(j + 1);
    return next == "\xD8\xA8\xD9\x86" || next == "\xD8\xA7\xD8\xA8\xD9\x86" ||  // بن، ابن
           next == "\xD8\xA8\xD9\x86\xD8\xAA";                                  // بنت
  }

  // Is token k at the start of a clause: the text's start, after punctuation, or carrying a
  // conjunction (وبعد, فبعد)?
  bool clause_start(std::size_t k) const {
    return k == 0 || (ok(k) && has_prefix(k)) || (ok(k - 1) && toks_[k - 1].type == T::Punct);
  }

  // ISO 8601: P15Y, P6M, P2W, P3D, P4C; decades in years (P20Y); hours and minutes PT5H, PT38M.
  static std::string duration_value(int unit, long n) {
    switch (unit) {
      case 'E':
        return "P" + std::to_string(n * 10) + "Y";
      case 'H':
        return "PT" + std::to_string(n) + "H";
      case 'I':
        return "PT" + std::to_string(n) + "M";
      default:
        return "P" + std::to_string(n) + static_cast<char>(unit);
    }
  }

  std::size_t duration(std::size_t first, std::size_t unit_tok, double v) {
    int unit = kind(unit_tok) == Lx::TimeUnit ? la(unit_tok) : 'Y';
    const long n = std::lround(v);
    if (std::fabs(v - static_cast<double>(n)) > 1e-9) return 0;
    // "وبعد عشر سنوات" at the start of a clause, or "بعد ذلك بعامين": a date N years on. Not
    // "بعد عشر سنوات من ..." (counted from something unnamed), nor "اكتمل بعد أربع سنوات"
    // (time elapsed within the clause).
    std::size_t after_tok = 0;
    bool after = false;
    if (unit == 'Y' && !is_prep(unit_tok + 1, lexicon::kFrom)) {
      if (is_prep(first - 1, lexicon::kAfter) && clause_start(first - 1)) {
        after = true;
        after_tok = first - 1;
      } else if (has_prefix(first) && ok(first - 1) && toks_[first - 1].type == T::Word &&
                 word(first - 1) == kThat && is_prep(first - 2, lexicon::kAfter)) {
        after = true;
        after_tok = first - 2;
      }
    }
    // ونصف: and a half.
    std::size_t last = unit_tok;
    bool half = false;
    if (kind(unit_tok + 1) == Lx::Half && la(unit_tok + 1) == 0 && has_prefix(unit_tok + 1) &&
        (unit == 'Y' || unit == 'M' || unit == 'C')) {
      half = true;
      last = unit_tok + 1;
    }
    std::string value;
    if (unit == 'C' && half) {
      // قرن ونصف: a century and a half is counted in years (P150Y), like نصف قرن (P50Y).
      value = "P" + std::to_string(n * 100 + 50) + "Y";
    } else {
      value = duration_value(unit, n);
      if (half) value += unit == 'Y' ? "6M" : "15D";
    }
    // أربع سنوات وثلاثة أشهر, سنتين وشهرين, ثلاثة أشهر وعشرة أيام: a smaller unit added.
    if (!half && !after && (unit == 'Y' || unit == 'M')) {
      const std::size_t k = last + 1;
      double v2 = 0;
      std::size_t e2 = k, u2 = 0;
      if (kind(k) == Lx::TimeUnit && has_prefix(k) && lb(k) == 2) {
        v2 = 2, u2 = k;  // وشهرين
      } else if (kind(k) == Lx::Number && has_prefix(k) && number_words(k, v2, e2) &&
                 kind(e2 + 1) == Lx::TimeUnit && !has_prefix(e2 + 1) && lb(e2 + 1) == 1) {
        u2 = e2 + 1;
      } else if (is_prep(k, lexicon::kAnd) && is_int(k + 1) && kind(k + 2) == Lx::TimeUnit &&
                 lb(k + 2) == 1) {
        v2 = toks_[k + 1].val, u2 = k + 2;
      }
      const int unit2 = u2 ? la(u2) : 0;
      if (u2 && v2 >= 1 && v2 < 100 &&
          ((unit == 'Y' && unit2 == 'M') || (unit == 'M' && unit2 == 'D'))) {
        value += std::to_string(std::lround(v2)) + static_cast<char>(unit2);
        last = u2;
      }
    }
    const std::size_t nb = after ? start_of(after_tok) : start_of(first);
    Raw& r = emit(Kind::Duration, nb, last, value);
    r.m.number = static_cast<double>(n) + (half ? 0.5 : 0.0);
    if (after && !half) {
      r.need = Need::AfterYears;
      r.offset = static_cast<int>(n);
    }
    return last + 1;
  }

  // السنوات الخمس, الأشهر الستة, القرون الثلاثة: a definite span of time with its number
  // (a unit from 2 to 10) after it, both with the article. Returns the next token, or 0.
  // غرة رمضان سنة 732 هـ: غرة (the first night) names the first day of the month.
  std::size_t first_of_month(std::size_t i) {
    static const std::string kGhurra = arabic::normalize_text("غرة");
    if (toks_[i].prefix || word(i) != kGhurra) return 0;
    MonthHit mh;
    if (!month_group(i + 1, mh)) return 0;
    return finish_day(i, 1, 0, mh);
  }

  std::size_t definite_duration(std::size_t i) {
    if (!ok(i + 1) || toks_[i + 1].type != T::Word || toks_[i + 1].lex) return 0;
    const std::string_view w = word(i), n = word(i + 1);
    if (w.substr(0, 4) != kAl || n.substr(0, 4) != kAl || toks_[i].prefix) return 0;
    const Lex* u = lexicon::find_exact(w.substr(4));
    const Lex* num = lexicon::find_exact(n.substr(4));
    if (!u || u->kind != Lx::TimeUnit || u->b != 1 || !num || num->kind != Lx::Number ||
        num->a < 2 || num->a > 10 || (num->b != lexicon::kUnit && num->b != lexicon::kTen))
      return 0;
    const int count = num->a;
    Raw& r = emit(Kind::Duration, start_of(i), i + 1, duration_value(u->a, count));
    r.m.number = count;
    return i + 2;
  }

  // Arabic number words from token i: ثلاثة, خمس عشرة, ثلاثة وعشرون, مئة وخمسون, ألفان.
  // Returns false when token i does not start a number.
  bool number_words(std::size_t i, double& value, std::size_t& last,
                    bool* had_scale = nullptr) const {
    double total = 0, current = 0;
    bool any = false;
    std::size_t k = i;
    while (ok(k)) {
      const Lx x = kind(k);
      if (any && !has_prefix(k) && x == Lx::Number && la(k) == 10 && current > 0 && current < 10) {
        current += 10;  // خمس عشرة
        last = k++;
        continue;
      }
      if (any && !has_prefix(k) && x != Lx::Scale) break;
      if (x == Lx::Number) {
        const int cls = lb(k);
        if (cls == lexicon::kTeenOnly) {
          if (!(kind(k + 1) == Lx::Number && la(k + 1) == 10 && !has_prefix(k + 1))) break;
        }
        if (cls == lexicon::kHundreds && la(k) == 100 && current > 0 && current < 10) {
          current *= 100;  // ثلاث مئة
        } else {
          current += la(k);
        }
      } else if (x == Lx::Scale) {
        if (any && has_prefix(k)) break;
        // ألف ألف (a thousand thousand): a scale right after a scale multiplies.
        if (any && current == 0 && kind(k - 1) == Lx::Scale && total > 0 && lb(k) == 1) {
          total *= std::pow(10.0, la(k));
          if (had_scale) *had_scale = true;
          any = true;
          last = k++;
          continue;
        }
        // مليونا / ألفا (two, construct state) but مليوناً / ألفاً (accusative of one).
        const bool dual = lb(k) == 2 && !has_tanween(k);
        const double mult = dual && current == 0 ? 2 : (current == 0 ? 1 : current);
        total += mult * std::pow(10.0, la(k));
        current = 0;
        if (had_scale) *had_scale = true;
      } else {
        break;
      }
      any = true;
      last = k++;
    }
    if (!any) return false;
    value = total + current;
    return value > 0;
  }

  // ------------------------------------------------ dates beginning with a word
  // الخامس من حزيران 1967, الثامن عشر من يونيو, السادس والعشرين من يوليو, الفاتح من نوفمبر.
  std::size_t ordinal_day(std::size_t i) {
    if (has_prefix(i) || lb(i) == 1 || lb(i) == 3 || lb(i) == 5) return 0;
    int d = la(i);
    std::size_t k = i + 1;
    if (d < 10 && kind(k) == Lx::Number && la(k) == 10 && !has_prefix(k)) {
      d += 10;
      ++k;
    } else if (d < 10 && kind(k) == Lx::Ordinal && (la(k) == 20 || la(k) == 30) && has_prefix(k)) {
      d += la(k);
      ++k;
    } else if (lb(i) == 2 && d == 1) {
      return 0;  // الحادي alone
    }
    MonthHit mh;
    // أول يناير 1956: أول right before the month is its first day.
    static const std::string kAwwal = arabic::normalize_text("أول");
    if (d == 1 && k == i + 1 && word(i) == kAwwal && month_group(k, mh))
      return finish_day(i, 1, 0, mh);
    if (d < 1 || d > 31 || !is_prep(k, lexicon::kFrom) || has_prefix(k)) return 0;
    if (!month_group(k + 1, mh)) return 0;
    return finish_day(i, d, 0, mh);
  }

  std::size_t at_word(std::size_t i) {
    const Lx x = kind(i);
    switch (x) {
      case Lx::Month:
      case Lx::MonthHead:
        return month_forms(i);
      case Lx::Number:
      case Lx::Scale: {
        if (x == Lx::Scale && has_shadda(i)) return 0;
        double v = 0;
        std::size_t last = i;
        bool scale = false;
        if (!number_words(i, v, last, &scale)) return 0;
        if (std::size_t e = quantity(i, last, v, false, scale)) return e;
        return last + 1;
      }
      case Lx::Currency: {
        // "ودينارين عن الطفل" (a dual: two), "ديناراً واحداً" (one).
        const bool one = ok(i + 1) && kind(i + 1) == Lx::Number && la(i + 1) == 1 &&
                         !has_prefix(i + 1) && lb(i) != 2;
        if (lb(i) != 2 && !one) return 0;
        const std::size_t last = one ? i + 1 : i;
        const std::string unit = toks_[i].lex->en;
        Raw& r = emit(Kind::Quantity, start_of(i), last, format_number(one ? 1 : 2) + " " + unit);
        r.m.number = one ? 1 : 2;
        r.m.unit = unit;
        return last + 1;
      }
      case Lx::Qualifier: {
        if (std::size_t e = decade_or_century(i, i + 1)) return e;
        // أول يناير 1956: the first day; مطلع كانون الثاني 1950: the month, qualified.
        MonthHit mh;
        if (has_prefix(i) || !month_group(i + 1, mh)) return 0;
        static const std::string kAwwal = arabic::normalize_text("أول");
        if (word(i) == kAwwal) return finish_day(i, 1, 0, mh);
        const std::size_t before = raws_.size();
        const std::size_t e = month_forms(i + 1);
        if (e && raws_.size() > before &&
            raws_[before].m.begin == norm_.original(start_of(i + 1)) &&
            raws_[before].m.granularity == "month") {
          Raw& r = raws_[before];
          r.m.begin = norm_.original(start_of(i));
          r.m.surface = std::string(text_.substr(r.m.begin, r.m.end - r.m.begin));
        }
        return e;
      }
      case Lx::Half: {
        // نصف مليون نسمة, ربع مليون رجل: a fraction of a scale; نصف قرن, ربع قرن: of a span.
        const double part = 1.0 / (la(i) == 0 ? 2 : la(i));
        if (kind(i + 1) == Lx::Scale && !has_prefix(i + 1) && lb(i + 1) == 1)
          return quantity(i, i + 1, part * std::pow(10.0, la(i + 1)), false, true);
        if (kind(i + 1) == Lx::TimeUnit && !has_prefix(i + 1) && lb(i + 1) == 1 &&
            la(i + 1) == 'C' && la(i) != 3) {
          const int years = static_cast<int>(100 * part);
          Raw& r = emit(Kind::Duration, start_of(i), i + 1, "P" + std::to_string(years) + "Y");
          r.m.number = years;
          return i + 2;
        }
        return 0;
      }
      case Lx::Ordinal:
        return ordinal_day(i);
      case Lx::Decade:
      case Lx::Century:
      case Lx::Millennium:
      case Lx::DecadeOrdinal:
        return decade_or_century(i, i);
      case Lx::YearTrigger: {
        YearHit y;
        if (lb(i) == 1 && (kind(i + 1) == Lx::Number || kind(i + 1) == Lx::Scale) &&
            year_after(i, y) && !y.hijri) {
          add_date(start_of(i + 1), y.last, y.year, 0, 0, false);
          return y.last + 1;
        }
        if (lb(i) == 1 && kind(i - 1) == Lx::Approx && !is_num(i + 1) &&
            word(i).substr(toks_[i].prefix, 4) != kAl) {
          Raw& r = emit(Kind::Duration, start_of(i), i, "P1Y");  // نحو سنة
          r.m.number = 1;
          return i + 1;
        }
        return relative_year(i);
      }
      case Lx::Same:
        return relative_year(i);
      case Lx::TimeUnit:
        if (lb(i) == 2) {  // عامين, شهرين: a dual is a count of two
          return duration(i, i, 2);
        }
        if (lb(i) == 3 && kind(i + 1) == Lx::Relative && la(i + 1) == lexicon::kPast) {
          // العقدين الأخيرين: the last two decades.
          Raw& r = emit(Kind::Duration, start_of(i), i + 1, duration_value(la(i), 2));
          r.m.number = 2;
          return i + 2;
        }
        if (kind(i - 1) == Lx::Approx && !has_prefix(i) && lb(i) == 1 &&
            (la(i) == 'M' || la(i) == 'W' || la(i) == 'C' || la(i) == 'E')) {
          return duration(i, i, 1);  // نحو شهر, قرابة قرن
        }
        return 0;
      default:
        return 0;
    }
  }

  // Month(-year) forms: حزيران (يونيو) عام 2008, تموز (يوليو) وآب (أغسطس) العام 2006.
  std::size_t month_forms(std::size_t i) {
    MonthHit mh;
    if (!month_group(i, mh)) return 0;
    const std::size_t nb = start_of(i);
    YearHit y;
    if (year_after(mh.last + 1, y)) {
      if (mh.cal == 2) {
        if (y.hijri || y.year < 1600) {
          Raw& r = emit(Kind::Date, nb, y.last, hijri_value(y.year, mh.month, 0));
          hijri_day(r, y.year, mh.month, 0);
          return y.last + 1;
        }
        return 0;
      }
      if (y.hijri) return 0;
      // من كانون الثاني 1919 إلى كانون الثاني 1920: a range of two month-years.
      const std::size_t j = y.last + 1;
      MonthHit mh2;
      YearHit y2;
      if ((is_prep(j, lexicon::kTo) || is_prep(j, lexicon::kUntil) || is_dash(j)) &&
          month_group(j + 1, mh2) && mh2.cal != 2 && year_after(mh2.last + 1, y2) && !y2.hijri &&
          (y2.year > y.year || (y2.year == y.year && mh2.month > mh.month))) {
        add_range(nb, y2.last, y.year, mh.month, 0, y2.year, mh2.month, 0, false);
        return y2.last + 1;
      }
      add_date(nb, y.last, y.year, mh.month, 0, false);
      return y.last + 1;
    }
    if (mh.cal == 2) return yearless_hijri(i, 0, 0, mh);
    // A list of months sharing the year after the last one.
    std::size_t j = mh.last + 1;
    MonthHit next;
    if (is_prep(j, lexicon::kAnd) || (kind(j) == Lx::Month && has_prefix(j))) {
      std::size_t k = is_prep(j, lexicon::kAnd) ? j + 1 : j;
      if (month_group(k, next) && next.cal != 2 && year_after(next.last + 1, y) && !y.hijri) {
        add_date(nb, mh.last, y.year, mh.month, 0, true);
        return mh.last + 1;  // the next month is read on its own
      }
    }
    // A month range: من كانون الثاني إلى آذار 2003.
    if ((is_prep(j, lexicon::kTo) || is_prep(j, lexicon::kUntil) || is_dash(j)) &&
        month_group(j + 1, next) && next.cal != 2 && year_after(next.last + 1, y) && !y.hijri &&
        next.month != mh.month) {
      const int y1 = mh.month < next.month ? y.year : y.year - 1;
      add_range(nb, y.last, y1, mh.month, 0, y.year, next.month, 0, false);
      return y.last + 1;
    }
    // A month alone after في / منذ / حتى / خلال / شهر: its year comes from the narrative.
    const bool intro = is_prep(i - 1, lexicon::kIn) || is_prep(i - 1, lexicon::kSince) ||
                       is_prep(i - 1, lexicon::kUntil) || is_prep(i - 1, lexicon::kDuring) ||
                       kind(i - 1) == Lx::Qualifier ||
                       (ok(i - 1) && toks_[i - 1].type == T::Word &&
                        arabic::normalize_text("شهر") == word(i - 1).substr(toks_[i - 1].prefix));
    if (intro && !has_prefix(i)) {
      std::size_t last = mh.last;
      if (kind(last + 1) == Lx::Relative &&
          (la(last + 1) == lexicon::kPast || la(last + 1) == lexicon::kComing))
        ++last;
      Raw& r = emit(Kind::Date, nb, last, "");
      r.need = Need::Yearless;
      r.month = mh.month;
      r.month2 = mh.month;
      return last + 1;
    }
    return 0;
  }

  // An ordinal century number at k: التاسع عشر, الحادي والعشرين, العشرين, 19, الـ19.
  bool century_number(std::size_t k, int& c, std::size_t& last) const {
    if (kind(k) == Lx::Ordinal && !has_prefix(k) && lb(k) != 3) {
      int v = la(k);
      if (lb(k) == 1 && v == 2) return false;  // الآخر
      last = k;
      if (v < 10 && kind(k + 1) == Lx::Number && la(k + 1) == 10 && !has_prefix(k + 1)) {
        v += 10;
        last = k + 1;
      } else if (v < 10 && kind(k + 1) == Lx::Ordinal && la(k + 1) == 20 && has_prefix(k + 1)) {
        v += 20;
        last = k + 1;
      } else if (lb(k) == 2) {
        return false;  // الحادي alone
      }
      c = v;
      return true;
    }
    // القرن XIX, القرن iii: a Roman numeral (letters glued together, in either case).
    {
      std::string roman;
      std::size_t r = k;
      while (ok(r) && toks_[r].type == T::Word && (r == k || toks_[r].nb == toks_[r - 1].ne)) {
        const std::string_view w = word(r);
        if (w.find_first_not_of("ivxIVX") != std::string_view::npos) break;
        roman += w;
        ++r;
      }
      if (!roman.empty() &&
          !(ok(r) && toks_[r].type == T::Word && toks_[r].nb == toks_[r - 1].ne)) {
        const int v = roman_value(roman);
        if (v >= 1 && v <= 21) {
          c = v;
          last = r - 1;
          return true;
        }
      }
    }
    std::size_t j = k;
    if (ok(j) && toks_[j].type == T::Word && word(j) == "\xD8\xA7\xD9\x84") ++j;  // الـ
    if (is_int(j) && toks_[j].ival >= 1 && toks_[j].ival <= 21 && toks_[j].ndig <= 2) {
      c = static_cast<int>(toks_[j].ival);
      last = j;
      return true;
    }
    return false;
  }

  // Decades (سبعينيات القرن الماضي, منتصف الستينيات, خمسينيات وستينيات القرن الماضي) and
  // centuries (القرن التاسع عشر, مطلع القرن العشرين, القرن 19, القرنين 18 و19).
  std::size_t decade_or_century(std::size_t start, std::size_t i) {
    const std::size_t nb = start_of(start);
    if (kind(i) == Lx::Decade) {
      const int d1 = la(i);
      int d2 = 0;
      std::size_t last = i;
      std::size_t j = i + 1;
      // A second decade: وستينيات, وحتى بداية التسعينيات, إلى الثمانينيات.
      {
        std::size_t k = j;
        if (is_prep(k, lexicon::kAnd)) ++k;
        if (is_prep(k, lexicon::kTo) || is_prep(k, lexicon::kUntil)) ++k;
        if (kind(k) == Lx::Qualifier) ++k;
        if (kind(k) == Lx::Decade && la(k) > d1 && k > j - 1 && (k > j || has_prefix(k))) {
          d2 = la(k);
          last = k;
          j = k + 1;
        }
      }
      // The century: [من] القرن الماضي / العشرين / 20 / التاسع عشر.
      int base = -1;
      std::size_t k = j;
      if (is_prep(k, lexicon::kFrom)) ++k;
      if (kind(k) == Lx::Century && lb(k) == 1 && !has_prefix(k)) {
        int c = 0;
        std::size_t cl = 0;
        if (kind(k + 1) == Lx::Relative && la(k + 1) == lexicon::kPast) {
          base = -2;
          last = k + 1;
        } else if (kind(k + 1) == Lx::Relative && la(k + 1) == lexicon::kCurrent) {
          base = -3;
          last = k + 1;
        } else if (century_number(k + 1, c, cl)) {
          base = (c - 1) * 100;
          last = cl;
          int era = 0;
          std::size_t e = era_after(cl, era);
          if (era == 1) last = e;
        }
      }
      Raw& r = emit(Kind::Decade, nb, last, "");
      r.m.granularity = "decade";
      r.need = Need::Decade;
      r.d1 = d1;
      r.d2 = d2;
      r.base = base;
      return last + 1;
    }
    if (kind(i) == Lx::DecadeOrdinal && !has_prefix(i)) {
      // العقد الأول من القرن العشرين: the decade 190X.
      if (kind(i + 1) != Lx::Ordinal || has_prefix(i + 1) || lb(i + 1) == 3) return 0;
      const int k = la(i + 1);
      if (k < 1 || k > 10 || !is_prep(i + 2, lexicon::kFrom) || kind(i + 3) != Lx::Century ||
          lb(i + 3) != 1)
        return 0;
      int c = 0;
      std::size_t cl = 0;
      if (!century_number(i + 4, c, cl) || c < 1 || c > 21) return 0;
      const int start = (c - 1) * 100 + (k - 1) * 10;
      char b[32];
      std::snprintf(b, sizeof b, "%03dX", start / 10);
      Raw& r = emit(Kind::Decade, nb, cl, b);
      r.m.granularity = "decade";
      r.m.span = DaySpan{days_from_civil(start, 1, 1), days_from_civil(start + 9, 12, 31)};
      return cl + 1;
    }
    if (kind(i) == Lx::Millennium && !has_prefix(i)) {
      // الألفية الأولى قبل الميلاد, الألفية الثالثة.
      if (kind(i + 1) != Lx::Ordinal || has_prefix(i + 1) || lb(i + 1) == 3) return 0;
      const int k = la(i + 1);
      if (k < 1 || k > 3) return 0;
      std::size_t last = i + 1;
      int era = 0;
      const std::size_t e = era_after(last, era);
      if (era != 0) last = e;
      if (era == 0 && kind(last + 1) == Lx::Era && la(last + 1) == 1) last = last + 1;
      if (era == 2) return 0;
      const std::string value = (era == 3 ? "BC" : "") + std::to_string(k - 1) + "XXX";
      Raw& r = emit(Kind::Decade, nb, last, value);
      r.m.granularity = "millennium";
      if (era == 3) {
        r.m.span = DaySpan{days_from_civil(1 - k * 1000, 1, 1),
                           days_from_civil(1 - (k - 1) * 1000 - 1, 12, 31)};
      } else {
        r.m.span =
            DaySpan{days_from_civil((k - 1) * 1000 + 1, 1, 1), days_from_civil(k * 1000, 12, 31)};
      }
      return last + 1;
    }
    if (kind(i) == Lx::Century && !has_prefix(i)) {
      const bool dual = lb(i) == 2;
      int c1 = 0, c2 = 0;
      std::size_t last = i;
      if (!dual && kind(i + 1) == Lx::Relative &&
          (la(i + 1) == lexicon::kPast || la(i + 1) == lexicon::kCurrent)) {
        Raw& r = emit(Kind::Decade, nb, i + 1, "");
        r.m.granularity = "century";
        r.need = Need::Century;
        r.offset = la(i + 1) == lexicon::kPast ? -1 : 0;
        return i + 2;
      }
      if (!century_number(i + 1, c1, last)) return 0;
      if (dual) {
        std::size_t k = last + 1;
        if (is_prep(k, lexicon::kAnd)) ++k;
        std::size_t l2 = 0;
        if (!century_number(k, c2, l2)) {
          // والتاسع عشر: the و is a prefix on the ordinal; century_number refuses prefixes.
          if (kind(k) == Lx::Ordinal && has_prefix(k)) {
            int v = la(k);
            l2 = k;
            if (v < 10 && kind(k + 1) == Lx::Number && la(k + 1) == 10) v += 10, l2 = k + 1;
            c2 = v;
          } else {
            return 0;
          }
        }
        last = l2;
      }
      int era = 0;
      const std::size_t e = era_after(last, era);
      if (era != 0) last = e;
      // Also "الهجري" written with ال.
      if (era == 0 && kind(last + 1) == Lx::Era && la(last + 1) == 2) era = 2, last = last + 1;
      if (era == 0 && kind(last + 1) == Lx::Era && la(last + 1) == 1) last = last + 1;
      if (c1 < 1 || c1 > 21 || (dual && (c2 <= c1 || c2 > 21))) return 0;
      auto cent = [](int c) {
        char b[32];
        std::snprintf(b, sizeof b, "%02dXX", c - 1);
        return std::string(b);
      };
      std::string value = cent(c1) + (dual ? "/" + cent(c2) : "");
      if (era == 2) {
        value = cent(c1) + "AH" + (dual ? "/" + cent(c2) + "AH" : "");
      } else if (era == 3) {
        value = "BC" + cent(c1) + (dual ? "/BC" + cent(c2) : "");
      }
      Raw& r = emit(Kind::Decade, nb, last, value);
      r.m.granularity = "century";
      const int last_c = dual ? c2 : c1;
      if (era == 0 || era == 1) {
        r.m.span = DaySpan{days_from_civil((c1 - 1) * 100, 1, 1),
                           days_from_civil((last_c - 1) * 100 + 99, 12, 31)};
      } else if (era == 3) {
        // The c-th century BC: from c*100 BC to (c-1)*100+1 BC (astronomical years).
        r.m.span = DaySpan{days_from_civil(1 - last_c * 100, 1, 1),
                           days_from_civil(-(c1 - 1) * 100, 12, 31)};
      } else if (era == 2) {
        long f, l, f2, l2;
        hijri_year_gregorian(std::max(1, (c1 - 1) * 100), &f, &l);
        hijri_year_gregorian((last_c - 1) * 100 + 99, &f2, &l2);
        r.m.span = DaySpan{f, l2};
      }
      // القرن السابع الهجري / الثالث عشر الميلادي: the same century in the other calendar.
      int c3 = 0;
      std::size_t l3 = 0;
      if (!dual && (era == 1 || era == 2) && is_punct(last + 1, U'/') &&
          century_number(last + 2, c3, l3) && c3 >= 1 && c3 <= 21 && kind(l3 + 1) == Lx::Era &&
          (la(l3 + 1) == 1 || la(l3 + 1) == 2) && la(l3 + 1) != era) {
        const bool hijri = la(l3 + 1) == 2;
        Raw& r2 = emit(Kind::Decade, start_of(last + 2), l3 + 1, cent(c3) + (hijri ? "AH" : ""));
        r2.m.granularity = "century";
        if (hijri) {
          long f, l, f2, l2;
          hijri_year_gregorian(std::max(1, (c3 - 1) * 100), &f, &l);
          hijri_year_gregorian((c3 - 1) * 100 + 99, &f2, &l2);
          r2.m.span = DaySpan{f, l2};
        } else {
          r2.m.span = DaySpan{days_from_civil((c3 - 1) * 100, 1, 1),
                              days_from_civil((c3 - 1) * 100 + 99, 12, 31)};
        }
        return l3 + 2;
      }
      return last + 1;
    }
    return 0;
  }

  // العام نفسه, نفس العام, العام التالي, العام السابق, العام الماضي, بعد عام.
  std::size_t relative_year(std::size_t i) {
    std::size_t trig = i, last = 0;
    int code = 0;
    if (kind(i) == Lx::Same) {
      if (kind(i + 1) != Lx::YearTrigger || lb(i + 1) != 1) return 0;
      code = lexicon::kSameYear;
      trig = i + 1;
      last = i + 1;
    } else {
      if (lb(i) != 1) return 0;
      // The trigger must be the definite العام / السنة for the relative forms.
      const std::string_view w = word(i).substr(toks_[i].prefix);
      const bool definite = w.substr(0, 4) == "\xD8\xA7\xD9\x84";
      if (definite && kind(i + 1) == Lx::Relative && !has_prefix(i + 1)) {
        code = la(i + 1);
        last = i + 1;
        // العام التالي لانتهاء الحرب: next to an event, not to the narrative's year.
        if ((code == lexicon::kNextYear || code == lexicon::kPrevYear) && ok(i + 2) &&
            toks_[i + 2].type == T::Word && !toks_[i + 2].lex &&
            word(i + 2).substr(0, 2) == "\xD9\x84" && toks_[i + 2].nb == toks_[i + 1].ne + 1)
          return i + 2;
      } else if (!definite && is_prep(i - 1, lexicon::kAfter) && !is_num(i + 1) &&
                 kind(i + 1) != Lx::YearTrigger) {
        // بعد عام (من ...): one year later.
        Raw& r = emit(Kind::Duration, start_of(i - 1), i, "P1Y");
        r.m.number = 1;
        r.need = Need::AfterYears;
        r.offset = 1;
        return i + 1;
      } else {
        return 0;
      }
    }
    (void)trig;
    Raw& r = emit(Kind::Date, start_of(i), last, "");
    r.m.granularity = "year";
    switch (code) {
      case lexicon::kSameYear:
        r.need = Need::RelNarr, r.offset = 0;
        break;
      case lexicon::kNextYear:
        r.need = Need::RelNarr, r.offset = 1;
        break;
      case lexicon::kPrevYear:
        r.need = Need::RelNarr, r.offset = -1;
        break;
      case lexicon::kPast:
        r.need = Need::RelRef, r.offset = -1;
        break;
      case lexicon::kCurrent:
        r.need = Need::RelRef, r.offset = 0;
        break;
      case lexicon::kComing:
        r.need = Need::RelRef, r.offset = 1;
        break;
      default:
        raws_.pop_back();
        return 0;
    }
    return last + 1;
  }

  // ---------------------------------------------------------------- context
  static void resolve_all(std::vector<Raw>& raws, int ref, Narrative& state) {
    int narrative = state.year;
    int narrative_hijri = state.hijri;
    for (auto& r : raws) {
      switch (r.need) {
        case Need::None:
          break;
        case Need::Yearless: {
          const int y = (narrative ? narrative : ref) + r.offset;
          r.m.resolved_from_context = true;
          if (r.day > days_in_month(y, r.month)) {
            r.m.value = "XXXX-" + two(r.month) + "-" + two(r.day);
            break;
          }
          if (r.day2) {
            r.m.value = ymd_value(y, r.month, r.day) + "/" + ymd_value(y, r.month2, r.day2);
            r.m.span = DaySpan{span_of(y, r.month, r.day).first, span_of(y, r.month2, r.day2).last};
          } else {
            r.m.value = ymd_value(y, r.month, r.day);
            r.m.span = span_of(y, r.month, r.day);
          }
          r.m.granularity = granularity_of(r.month, r.day);
          r.year_for_context = y;
          break;
        }
        case Need::YearlessAH: {
          if (!narrative_hijri) {
            r.m.value.clear();  // dropped by take()
            break;
          }
          const int h = narrative_hijri + r.offset;
          r.m.resolved_from_context = true;
          r.m.value = hijri_value(h, r.month, r.day);
          if (r.day2) r.m.value += "/" + hijri_value(h, r.month2, r.day2);
          hijri_day(r, h, r.month, r.day);
          break;
        }
        case Need::RelNarr:
        case Need::RelRef: {
          r.m.resolved_from_context = true;
          if (r.need == Need::RelNarr && narrative_hijri) {
            const int h = narrative_hijri + r.offset;
            r.m.value = hijri_value(h, 0, 0);
            hijri_day(r, h, 0, 0);
            break;
          }
          const int y = (r.need == Need::RelNarr && narrative ? narrative : ref) + r.offset;
          r.m.value = ymd_value(y, 0, 0);
          r.m.span = span_of(y, 0, 0);
          r.year_for_context = y;
          break;
        }
        case Need::AfterYears:
          if (narrative_hijri) {
            const int h = narrative_hijri + r.offset;
            r.m.kind = Kind::Date;
            r.m.value = hijri_value(h, 0, 0);
            r.m.resolved_from_context = true;
            hijri_day(r, h, 0, 0);
          } else if (narrative) {
            const int y = narrative + r.offset;
            r.m.kind = Kind::Date;
            r.m.value = ymd_value(y, 0, 0);
            r.m.granularity = "year";
            r.m.span = span_of(y, 0, 0);
            r.m.resolved_from_context = true;
            r.year_for_context = y;
          }
          break;
        case Need::Decade: {
          int base = r.base;
          if (base == -2) base = (ref / 100 - 1) * 100;
          if (base == -3) base = ref / 100 * 100;
          if (base == -1) {
            // A decade named without its century: in the century of the document's time,
            // unless that decade has not happened yet (then the century before).
            base = ref / 100 * 100;
            if (base + 10 * r.d1 + 9 > current_year()) base -= 100;
            r.m.resolved_from_context = true;
          } else if (r.base < -1) {
            r.m.resolved_from_context = true;
          }
          auto dec = [&](int d) {
            char b[32];
            std::snprintf(b, sizeof b, "%03dX", (base + 10 * d) / 10);
            return std::string(b);
          };
          r.m.value = dec(r.d1) + (r.d2 ? "/" + dec(r.d2) : "");
          const int last_d = r.d2 ? r.d2 : r.d1;
          r.m.span = DaySpan{days_from_civil(base + 10 * r.d1, 1, 1),
                             days_from_civil(base + 10 * last_d + 9, 12, 31)};
          break;
        }
        case Need::Century: {
          const int c = ref / 100 + 1 + r.offset;  // 2025 -> 21st; الماضي -> 20th
          char b[32];
          std::snprintf(b, sizeof b, "%02dXX", c - 1);
          r.m.value = b;
          r.m.span = DaySpan{days_from_civil((c - 1) * 100, 1, 1),
                             days_from_civil((c - 1) * 100 + 99, 12, 31)};
          r.m.resolved_from_context = true;
          break;
        }
      }
      if (r.m.looks_back) {
        // Recalled, not told: the narrative stays where it was.
      } else if (r.hijri_year > 0) {
        narrative_hijri = r.hijri_year;
        narrative = r.year_for_context;
      } else if (r.year_for_context != 0) {  // astronomical: 332 ق.م is -331
        narrative = r.year_for_context;
        narrative_hijri = 0;
      }
    }
    state.year = narrative;
    state.hijri = narrative_hijri;
  }
};

void Recognizer::resolve(std::vector<Raw>& raws, int ref, Narrative& state) {
  resolve_all(raws, ref, state);
}

// Pieces of about `target` bytes, each ending at a line break (or, in a text without line
// breaks, at a space), so that working memory stays bounded on very large documents. No
// mention spans a line break.
std::vector<std::pair<std::size_t, std::size_t>> pieces(std::string_view text, std::size_t target) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.size();
    if (text.size() - pos > target + target / 2) {
      end = text.find('\n', pos + target);
      if (end == std::string_view::npos || end - pos > 2 * target) {
        end = text.find(' ', pos + target);
        if (end == std::string_view::npos) end = text.size();
      } else {
        ++end;
      }
    }
    out.push_back({pos, end});
    pos = end;
  }
  return out;
}

std::vector<Mention> take(std::vector<Raw>& raws) {
  std::vector<Mention> out;
  out.reserve(raws.size());
  for (auto& r : raws)
    if (!r.m.value.empty()) out.push_back(std::move(r.m));
  return out;
}

constexpr std::size_t kPiece = 1u << 20;

}  // namespace

std::vector<Mention> recognize(std::string_view text, const DocumentContext& context) {
  std::vector<Raw> raws;
  for (const auto& [b, e] : pieces(text, kPiece)) {
    auto part = Recognizer(text.substr(b, e - b)).scan_all(b);
    if (raws.empty()) {
      raws = std::move(part);
    } else {
      raws.insert(raws.end(), std::make_move_iterator(part.begin()),
                  std::make_move_iterator(part.end()));
    }
  }
  Narrative state;
  Recognizer::resolve(raws, Recognizer::reference_year(raws, context), state);
  return take(raws);
}

MentionStream::MentionStream(DocumentContext context) : context_(context) {}

std::vector<Mention> MentionStream::feed(std::string_view piece) {
  std::vector<Mention> out;
  for (const auto& [b, e] : pieces(piece, kPiece)) {
    auto raws = Recognizer(piece.substr(b, e - b)).scan_all(offset_ + b);
    const int ref = Recognizer::reference_year(raws, context_, latest_year_);
    if (!context_.reference_year) latest_year_ = ref;
    Narrative state{narrative_year_, narrative_hijri_};
    Recognizer::resolve(raws, ref, state);
    narrative_year_ = state.year;
    narrative_hijri_ = state.hijri;
    auto part = take(raws);
    out.insert(out.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  offset_ += piece.size();
  return out;
}

}  // namespace tarikh::questions
