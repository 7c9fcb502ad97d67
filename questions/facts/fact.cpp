#include "questions/facts/fact.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "questions/facts/fold.hpp"

namespace tarikh::questions {

std::optional<Kind> kind_from_string(std::string_view name) {
  for (Kind k : {Kind::Date, Kind::Range, Kind::Decade, Kind::Duration, Kind::Quantity}) {
    if (kind_name(k) == name) return k;
  }
  return std::nullopt;
}

namespace {

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;
  enum { Plain, Target, Other } role = Plain;
};

// Byte length of a hard clause boundary starting at `i`, or 0.
std::size_t boundary_at(std::string_view s, std::size_t i) {
  static constexpr std::string_view marks[] = {"،", "؛", "؟", "…", "–", "—"};
  const char c = s[i];
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
      c == '[' || c == ']') {
    return 1;
  }
  if (c == '.') {
    // A full stop ends a clause; the dot of 2.11 or of enabbaladi.net does not.
    return i + 1 >= s.size() || is_space(static_cast<unsigned char>(s[i + 1])) ? 1 : 0;
  }
  if (c == '-') {
    // A list dash or a dash between clauses, not the hyphen of 23-24 or الروسية-السورية.
    const bool before = i == 0 || is_space(static_cast<unsigned char>(s[i - 1]));
    const bool after = i + 1 >= s.size() || is_space(static_cast<unsigned char>(s[i + 1]));
    return before && after ? 1 : 0;
  }
  const auto u = static_cast<unsigned char>(c);
  if (u == 0xD8) {  // ، ؛ ؟ are D8 8C, D8 9B, D8 9F
    if (i + 1 >= s.size()) return 0;
    const auto v = static_cast<unsigned char>(s[i + 1]);
    return v == 0x8C || v == 0x9B || v == 0x9F ? 2 : 0;
  }
  if (u != 0xE2) return 0;  // … – — are E2 80 xx
  for (std::string_view m : marks) {
    if (s.compare(i, m.size(), m) == 0) return m.size();
  }
  return 0;
}

// Byte length of a comma (, or the Arabic ،) at `i`, or 0.
std::size_t comma_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ',') return 1;
  return s.compare(i, 2, "\xD8\x8C") == 0 ? 2 : 0;
}

bool inside(const std::vector<ByteRange>& ranges, std::size_t i) {
  for (const auto& r : ranges) {
    if (i >= r.begin && i < r.end) return true;
  }
  return false;
}

const std::unordered_set<std::string_view>& clause_words() {
  static const std::unordered_set<std::string_view> w = {"ثم",   "حيث", "بينما", "لكن",
                                                         "ولكن", "الا", "فيما",  "بحيث"};
  return w;
}

const std::unordered_set<std::string_view>& introducers() {
  static const std::unordered_set<std::string_view> w = {
      "في", "وفي", "ففي", "عام", "العام", "سنه", "السنه", "عامي", "يوم", "بتاريخ", "الموافق",
      "خلال", "منذ", "حتي", "مطلع", "اواخر", "منتصف", "بدايه", "نهايه", "اوائل", "وذلك", "من",
      "الي", "بين", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "شهر",
      "بعام", "وعام", "والعام", "ومنذ", "اي", "ونحو", "وحوالي", "سنتي",
      // Hedges and parts of the day or season before a date: "نحو 779 هـ", "فجر 10 يوليو",
      // "لعام 2023", "بحلول عام 2030", "في الفترة الممتدة من …", "بحسب تقديرات عام 2022".
      "نحو", "حوالي", "قرابه", "زهاء", "لعام", "بحلول", "صيف", "ربيع", "خريف", "شتاء", "فجر",
      "صباح", "مساء", "ليله", "صبيحه", "عشيه", "غداه", "ضحي", "وصبيحه", "وعشيه", "وغداه", "الفتره",
      "الممتده", "تقديرات", "احصاءات", "بحسب", "حسب"};
  return w;
}

const std::unordered_set<std::string_view>& trailers() {
  static const std::unordered_set<std::string_view> w = {
      "م", "ه", "ميلادي", "ميلاديه", "للميلاد", "هجري", "هجريه", "للهجره", "وحده", "وحدها"};
  return w;
}

const std::unordered_set<std::string_view>& leading_drop() {
  static const std::unordered_set<std::string_view> w = {
      "و",    "كما",   "وكما", "قد",    "وقد",    "لقد",  "ولقد",  "ثم",   "وذلك", "ذلك", "حيث",
      "كذلك", "وكذلك", "ايضا", "فقد",   "اذ",     "واذ",  "ف",     "ان",   "وان",  "بان", "اما",
      "واما", "حين",   "وحين", "عندما", "وعندما", "هكذا", "وهكذا", "بذلك", "وبذلك"};
  return w;
}

const std::unordered_set<std::string_view>& trailing_drop() {
  static const std::unordered_set<std::string_view> w = {
      "و",     "في",    "من",      "الي",     "علي",     "عن",      "مع",   "بين",
      "منذ",   "حتي",   "عام",     "العام",   "سنه",     "وذلك",    "ذلك",  "ب",
      "ل",     "يوم",   "الموافق", "بتاريخ",  "خلال",    "وفي",     "ثم",   "نحو",
      "حوالي", "قرابه", "زهاء",    "لعام",    "بحلول",   "صيف",     "ربيع", "خريف",
      "شتاء",  "فجر",   "الفتره",  "الممتده", "تقديرات", "احصاءات", "بحسب", "حسب",
      "اول",   "مطلع",  "منتصف",   "اواخر",   "اوائل",   "صبيحه",   "عشيه", "غداه"};
  return w;
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

std::size_t letters(std::string_view folded) {
  std::size_t n = 0;
  for (unsigned char c : folded) n += (c & 0xC0) != 0x80;
  return n;
}

// A folded word whose root begins with و (وزير، وصول، وقّع …): its و is no conjunction.
bool root_waw(std::string_view folded) {
  // و + a verb that only looks like a root in و: وقتل (not وقت), وحدث (not وحد), وكلف (not وكل).
  static constexpr std::string_view conjunction[] = {"وقتل", "وحدث", "وكلف",
                                                     "وجدد", "وكلت", "وقتلو"};
  for (std::string_view c : conjunction) {
    if (starts_with(folded, c)) return false;
  }
  static constexpr std::string_view roots[] = {
      "وزير", "وزار", "وصول", "وحد",  "وسائل", "وسيل", "وكال", "وثيق", "وفد",  "وفا",  "وقت", "وضع",
      "وطن",  "ولاي", "واقع", "وادي", "ورق",   "وجود", "وجه",  "وعد",  "وسط",  "وظيف", "ولد", "وقف",
      "وقود", "وقع",  "وصل",  "وافق", "واجه",  "ورد",  "وجد",  "وثق",  "وفر",  "ولي",  "وسع", "وكل",
      "وهب",  "ودي",  "وراث", "وارد", "وباء",  "وحش",  "وعي",  "وفق",  "والد", "واحه", "واحد"};
  for (std::string_view r : roots) {
    if (starts_with(folded, r)) return true;
  }
  return false;
}

// The nearest hard clause boundary before `at` that lies outside `protect`: its position and
// length, or npos and 0 when the text before `at` has none.
std::pair<std::size_t, std::size_t> boundary_before(std::string_view s, std::size_t at,
                                                    const std::vector<ByteRange>& protect) {
  for (std::size_t i = std::min(at, s.size()); i > 0; --i) {
    if (const std::size_t n = boundary_at(s, i - 1); n && !inside(protect, i - 1)) {
      return {i - 1, n};
    }
  }
  return {std::string_view::npos, 0};
}

// Where the clause holding `at` begins: just after the nearest boundary before it, or 0.
std::size_t clause_start(std::string_view s, std::size_t at,
                         const std::vector<ByteRange>& protect) {
  const auto [b, n] = boundary_before(s, at, protect);
  return b == std::string_view::npos ? 0 : b + n;
}

// The word starting at `at`, after any spaces.
std::string_view word_after(std::string_view s, std::size_t at) {
  std::size_t p = std::min(at, s.size());
  while (p < s.size() && is_space(static_cast<unsigned char>(s[p]))) ++p;
  std::size_t q = p;
  while (q < s.size() && !is_space(static_cast<unsigned char>(s[q]))) ++q;
  return s.substr(p, q - p);
}

// A number written in digits (Western or Arabic-Indic).
bool is_number(std::string_view w) {
  if (w.empty()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (std::isdigit(c) || c == '.' || c == ',') continue;
    if (c == 0xD9 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(w[i + 1]) <= 0xA9) {  // ٠ … ٩
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// A year word after a number is its unit ("٢٠ سنة"), not a date's introducer.
bool unit_of_number(const std::vector<Word>& words, std::size_t k, std::string_view text) {
  const std::string& f = words[k].folded;
  if (k == 0 || !(f == "عام" || f == "العام" || f == "سنه")) return false;
  return is_number(text.substr(words[k - 1].begin, words[k - 1].end - words[k - 1].begin));
}

// A word beginning with the conjunction و that likely opens a new clause (not وال…, not و7).
// A word ending in ة is a noun or an adjective, not a verb: "موجة هجرة يهودية واسعة بلغت …".
bool opens_clause(const Word& w, std::string_view text) {
  if (!starts_with(w.folded, "و")) return false;
  const std::string_view rest = std::string_view(w.folded).substr(2);
  if (rest.empty() || starts_with(rest, "ال") || (rest[0] >= '0' && rest[0] <= '9')) return false;
  const std::string_view raw = text.substr(w.begin, w.end - w.begin);
  if (raw.size() >= 2 && raw.substr(raw.size() - 2) == "ة") return false;
  if (root_waw(w.folded)) return false;  // وطن، وزير، وقّع: the و is the root's
  return letters(rest) >= 2;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += p;
  }
  return out;
}

// The front of a dated event read as "متى …؟": a leading "حتى" is dropped; a comparison
// fragment ("مقابل 7.9 في المئة") is no event; a leading prepositional phrase "في …" moves
// after the verb it precedes ("في المغرب انتصر السعديون" -> "انتصر السعديون … في المغرب"),
// or is dropped when it is the remnant of the date ("في الفترة تضاعفت …"); an indefinite noun
// described by a lone verb ("في مؤتمر صحفي عُقد") is no event at all.
void reorder_leading_phrase(std::vector<std::string>& parts) {
  if (parts.empty()) return;
  std::string f0 = fold_arabic(parts.front());
  if (f0 == "حتي" || f0 == "وحتي") {
    parts.erase(parts.begin());
    if (parts.empty()) return;
    f0 = fold_arabic(parts.front());
  }
  // "بعد أن دخلت القوات الفرنسية دمشق في 25 تموز 1920": the date is the subordinate clause's,
  // and so is the event ("دخلت القوات الفرنسية دمشق"). "بعد أن كان …" (a state, not an event)
  // and "مقابل 7.9 في المئة" (a comparison) are fragments: no event.
  bool after_that = (f0 == "بعد" || f0 == "وبعد") && parts.size() > 1 &&
                    (fold_arabic(parts[1]) == "ان" || fold_arabic(parts[1]) == "ما");
  if (after_that && parts.size() >= 5) {
    static const std::unordered_set<std::string_view> states = {
        "كان", "كانت", "اصبح", "اصبحت", "صار", "صارت", "ظل", "ظلت", "بات", "باتت", "لم", "لا"};
    if (!states.count(fold_arabic(parts[2]))) {
      parts.erase(parts.begin(), parts.begin() + 2);
      f0 = fold_arabic(parts.front());
      after_that = false;
    }
  }
  // "إثر اغتيال …" names the cause of an event told elsewhere in the sentence.
  if (after_that || f0 == "مقابل" || f0 == "مقارنه" || f0 == "ومقابل" || f0 == "اثر" ||
      f0 == "واثر") {
    parts.clear();
    return;
  }
  // Subject first, verb after ("القوات الفرنسية هزمت الجيش السوري"): the verb comes first, as
  // a question "متى …؟" wants it. Only a definite subject and a past verb in ت are moved.
  static const std::unordered_set<std::string_view> relatives = {"التي",  "الذي",   "الذين",
                                                                 "اللتي", "اللذين", "اللواتي"};
  if (starts_with(f0, "ال") && !relatives.count(f0)) {
    std::size_t k = 1;
    while (k < parts.size() && k < 3 && starts_with(fold_arabic(parts[k]), "ال")) ++k;
    if (k + 1 < parts.size()) {
      const std::string v = fold_arabic(parts[k]);
      const std::size_t n = letters(v);
      if (!starts_with(v, "ال") && n >= 3 && n <= 5 && v.size() >= 2 &&
          v.compare(v.size() - 2, 2, "ت") == 0) {
        std::string verb = parts[k];
        parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k));
        parts.insert(parts.begin(), std::move(verb));
      }
    }
    return;
  }
  if (f0 != "في" && f0 != "وفي" && f0 != "ففي") return;
  if (parts.size() < 2) return;
  // The phrase: في, its noun, then adjectives (definite, or nisba adjectives in ي / يه).
  std::size_t end = 2;
  while (end < parts.size()) {
    const std::string w = fold_arabic(parts[end]);
    if (w == "التي" || w == "الذي" || w == "الذين") return;  // a relative clause: left alone
    const bool adjective =
        starts_with(w, "ال") ||
        (letters(w) >= 4 &&
         (w.size() >= 2 && (w.compare(w.size() - 2, 2, "ي") == 0 ||
                            (w.size() >= 4 && w.compare(w.size() - 4, 4, "يه") == 0))));
    if (!adjective) break;
    ++end;
  }
  const std::size_t rest = parts.size() - end;
  const std::string noun = fold_arabic(parts[1]);
  static const std::unordered_set<std::string_view> remnants = {
      "الفتره", "العام", "السنه", "الشهر", "اليوم", "الوقت", "المده", "الاثناء", "الاسبوع"};
  if (remnants.count(noun) && end == 2) {
    parts.erase(parts.begin(), parts.begin() + 2);
    return;
  }
  if (rest == 0) return;
  if (rest == 1 && !starts_with(noun, "ال")) {
    parts.clear();
    return;
  }
  if (rest < 2 || starts_with(fold_arabic(parts[end]), "ال")) return;
  std::vector<std::string> phrase(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(end));
  phrase.front() = "في";
  parts.erase(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(end));
  parts.insert(parts.end(), phrase.begin(), phrase.end());
}

// True when the mention at byte `at` of `sentence` dates the page, not history: "نُشر في",
// "تاريخ النشر", "آخر تحديث", "حقوق النشر محفوظة ©".
bool publication_note(std::string_view sentence, std::size_t at) {
  if (sentence.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  const std::string before = fold_arabic(sentence.substr(0, at));
  std::vector<std::string> words;
  for (std::size_t i = 0; i < before.size();) {
    std::size_t j = before.find(' ', i);
    if (j == std::string::npos) j = before.size();
    if (j > i) words.push_back(before.substr(i, j - i));
    i = j + 1;
  }
  static const std::unordered_set<std::string_view> marks = {
      "نشر", "نشرت", "النشر", "ونشر", "تحديث", "التحديث", "حقوق", "منشور", "المنشور"};
  // A note naming a site or a source ("نشر أولاً على موقع enabbaladi.net وتم جلبه من مصدره
  // الأصلي بتاريخ …") is looked at further back.
  bool site = false;
  for (std::string_view m : {".com", ".net", ".org", "http", "www.", "موقع", "مصدره"}) {
    site = site || before.find(m) != std::string::npos;
  }
  const std::size_t window = site ? 15 : 3;
  const std::size_t from = words.size() > window ? words.size() - window : 0;
  for (std::size_t k = from; k < words.size(); ++k) {
    if (marks.count(words[k])) return true;
  }
  return false;
}

}  // namespace

namespace {
std::string extract_event_in_clause(std::string_view s, ByteRange mention,
                                    const std::vector<ByteRange>& others);
}  // namespace

std::size_t calendar_twin_end(std::string_view text, const Mention& a, const Mention& b) {
  if (!a.span || !b.span || b.begin < a.end || b.end > text.size()) return 0;
  const bool a_temporal = a.kind == Kind::Date || a.kind == Kind::Range;
  const bool b_temporal = b.kind == Kind::Date || b.kind == Kind::Range;
  const bool a_hijri = a.value.find("AH") != std::string::npos;
  const bool b_hijri = b.value.find("AH") != std::string::npos;
  if (!a_temporal || !b_temporal || a_hijri == b_hijri) return 0;
  if (a.span->first > b.span->last || b.span->first > a.span->last) return 0;
  // Between them: brackets, a slash, a dash, commas, or the words الموافق (لـ / لعام) or أي.
  bool paren = false;
  std::string words;
  for (std::size_t p = a.end; p < b.begin;) {
    const char c = text[p];
    if (c == '(' || c == '[') paren = true;
    if (is_space(static_cast<unsigned char>(c)) || c == '(' || c == '[' || c == '/' || c == '-') {
      ++p;
      continue;
    }
    if (const std::size_t n = comma_at(text, p)) {
      p += n;
      continue;
    }
    words += c;
    ++p;
  }
  static const std::unordered_set<std::string_view> kLinks = {
      "", "الموافق", "الموافقة", "الموافقل", "الموافقلـ", "الموافقلعام", "الموافقلسنة", "أي"};
  if (!kLinks.count(words)) return 0;
  std::size_t end = b.end;
  if (paren) {
    std::size_t p = end;
    while (p < text.size() && is_space(static_cast<unsigned char>(text[p]))) ++p;
    if (p < text.size() && (text[p] == ')' || text[p] == ']')) end = p + 1;
  }
  return end;
}

// "استسلم ركن الدين خورشاه، زعيم النزارية، في قلعة ميمون دز في أواخر سنة 654هـ": a clause
// opening on في after a comma goes on the clause before it (across an apposition between
// commas), when that clause has no date of its own.
std::optional<std::string> event_across_commas(std::string_view s, ByteRange mention,
                                               const std::vector<ByteRange>& others) {
  std::vector<ByteRange> protect = others;
  protect.push_back(mention);
  const auto [comma, n] = boundary_before(s, mention.begin, protect);
  if (comma == std::string_view::npos || !comma_at(s, comma)) return std::nullopt;
  if (word_after(s, comma + n) != "\xD9\x81\xD9\x8A") return std::nullopt;  // في
  std::vector<ByteRange> extended = others;
  extended.push_back({comma, comma + n, false});
  std::size_t start = comma;
  for (int k = 0; k < 2; ++k) {  // up to two commas back: an apposition between them
    const auto [prev, m] = boundary_before(s, start, protect);
    if (prev == std::string_view::npos || !comma_at(s, prev)) break;
    extended.push_back({prev, prev + m, false});
    start = prev;
  }
  const std::size_t clause_begin = clause_start(s, start, protect);
  for (const ByteRange& r : others) {
    if (r.temporal && r.begin >= clause_begin && r.end <= mention.begin) return std::nullopt;
  }
  std::string event = extract_event_in_clause(s, mention, extended);
  if (event.empty()) return std::nullopt;
  return event;
}

std::string extract_event(std::string_view s, ByteRange mention,
                          const std::vector<ByteRange>& others) {
  std::string event = extract_event_in_clause(s, mention, others);
  // Only a clause with words of its own: a date alone between commas is handled below.
  if (mention.temporal && !event.empty()) {
    if (auto across = event_across_commas(s, mention, others)) return *across;
  }
  if (!event.empty() || !mention.temporal) return event;
  // A date standing alone between commas ("وبعد ثلاث سنوات، أي في عام 1801، غادر الفرنسيون
  // مصر"): its event is the clause after the comma. Only when nothing but the date and its
  // introducers stands there (a dangling phrase with words of its own stays no event).
  std::vector<ByteRange> protect = others;
  protect.push_back(mention);
  const std::size_t from = clause_start(s, mention.begin, protect);
  // The end of the date's clause.
  std::size_t i = std::min(mention.end, s.size()), n = 0;
  for (; i < s.size(); ++i) {
    n = boundary_at(s, i);
    if (n && !inside(protect, i)) break;
  }
  // A date heading its line ("١٦٩٦م: بدأ الأسطول …", a dateline "القدس، الأحد 9 كانون الأول
  // 1917: القوات البريطانية تدخل …") dates what follows the colon; a date ending its sentence
  // after a comma ("… قرابة قرنين من الزمان، من 1096 إلى 1291 م.") dates the clause before.
  const bool colon = i < s.size() && s[i] == ':';
  const bool comma = i < s.size() && comma_at(s, i);
  const bool sentence_end = i >= s.size() || s[i] == '.' || s[i] == '!' || s[i] == '?' ||
                            s.compare(i, 2, "\xD8\x9F") == 0;  // ؟
  if (!colon && !comma && !sentence_end) return event;
  for (std::size_t p = from; p < i;) {
    while (p < i && is_space(static_cast<unsigned char>(s[p]))) ++p;
    std::size_t q = p;
    while (q < i && !is_space(static_cast<unsigned char>(s[q]))) ++q;
    // Words of other mentions and of a step in time ("وبعد نحو 15 عاماً، في 1259 ق.م، …") say
    // when, not what.
    static const std::unordered_set<std::string_view> steps = {"بعد",  "وبعد", "قبل",
                                                               "وقبل", "بنحو", "ذلك"};
    if (q > p && (q <= mention.begin || p >= mention.end) && !inside(others, p)) {
      const std::string f = fold_arabic(s.substr(p, q - p));
      if (!f.empty() && !introducers().count(f) && !leading_drop().count(f) &&
          !trailers().count(f) && !steps.count(f)) {
        return event;
      }
    }
    p = q;
  }
  std::vector<ByteRange> extended = others;
  // The clause before: only when a comma ends it.
  auto clause_before = [&]() -> std::string {
    std::size_t prev = from > 0 ? from - 1 : 0;
    while (prev > 0 && !boundary_at(s, prev)) --prev;
    const std::size_t m = from > 0 ? boundary_at(s, prev) : 0;
    if (!(m && prev + m == from && comma_at(s, prev) == m)) return event;
    extended.push_back({prev, from, false});
    std::string before = extract_event_in_clause(s, mention, extended);
    // The comma stays glued to the clause's last word.
    if (before.size() >= 2 && comma_at(before, before.size() - 2) == 2) {
      before.resize(before.size() - 2);
    } else if (!before.empty() && comma_at(before, before.size() - 1) == 1) {
      before.pop_back();
    }
    return before;
  };
  if (sentence_end) return clause_before();
  // The clause after the comma, unless it opens on و: then it is a clause of its own ("، من
  // أيلول 1980 حتى آب 1988، وقُدّر عدد ضحاياها …") and the date belongs to the one before.
  const std::string_view next = word_after(s, i + n);
  const bool waw = starts_with(next, "\xD9\x88") &&  // و, not of the root (وقّع)
                   !root_waw(fold_arabic(next));
  if (colon || !waw) {
    extended.push_back({i, i + n, false});  // no boundary there
    return extract_event_in_clause(s, mention, extended);
  }
  return clause_before();
}

namespace {

std::string extract_event_in_clause(std::string_view s, ByteRange mention,
                                    const std::vector<ByteRange>& others) {
  mention.end = std::min(mention.end, s.size());
  mention.begin = std::min(mention.begin, mention.end);
  std::vector<ByteRange> protect = others;
  protect.push_back(mention);
  // Clause bounds: nearest hard boundary on each side (outside every mention).
  const std::size_t cb = clause_start(s, mention.begin, protect);
  std::size_t ce = s.size();
  for (std::size_t i = mention.end; i < s.size(); ++i) {
    if (const std::size_t n = boundary_at(s, i); n && !inside(protect, i)) {
      // "أعلن رئيس ديوان الكرملين، أن الأسد طلب …": what was said goes on across the comma.
      if (comma_at(s, i)) {
        const std::string next = fold_arabic(word_after(s, i + n));
        if (next == "ان" || next == "بان") continue;
        // Across a short apposition too: "أعلن رئيس ديوان الكرملين، سيرغي إيفانوف، أن …".
        std::size_t j = i + n;
        int words = 0;
        for (; j < s.size() && words <= 3; ++j) {
          if (boundary_at(s, j)) break;
          if (is_space(static_cast<unsigned char>(s[j])) && j > 0 &&
              !is_space(static_cast<unsigned char>(s[j - 1]))) {
            ++words;
          }
        }
        if (j < s.size() && words <= 3 && comma_at(s, j)) {
          const std::string after = fold_arabic(word_after(s, j + comma_at(s, j)));
          if (after == "ان" || after == "بان") {
            i = j;  // the loop goes on after the second comma
            continue;
          }
        }
      }
      ce = i;
      break;
    }
  }
  const bool quantity = !mention.temporal;
  // Words of the clause.
  std::vector<Word> words;
  for (std::size_t i = cb; i < ce;) {
    while (i < ce && is_space(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < ce && !is_space(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) {
      // Only short words (or words opening on و) can be connectors or introducers: folding
      // long ones is wasted work.
      const std::string_view raw = s.substr(i, j - i);
      Word w{i, j, raw.size() <= 24 || starts_with(raw, "و") ? fold_arabic(raw) : std::string(raw)};
      const bool on_target = i < mention.end && j > mention.begin;
      bool on_other = false;
      for (const auto& o : others) on_other = on_other || (o.temporal && i < o.end && j > o.begin);
      if (on_target) {
        w.role = Word::Target;
      } else if (on_other && !quantity) {
        w.role = Word::Other;
      }
      words.push_back(std::move(w));
    }
    i = j;
  }
  // Cut at ثم / حيث … inside the clause.
  std::size_t first_target = words.size(), last_target = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].role == Word::Target) {
      first_target = std::min(first_target, k);
      last_target = k;
    }
  }
  if (first_target == words.size()) return {};
  // "بما بين 120 ألفًا و150 ألف مقاتل": either end alone is not the fact, the pair is.
  if (quantity) {
    auto near_between = [&](std::size_t from) {
      for (std::size_t k = from; k-- > 0 && k + 4 > from;) {
        if (words[k].folded == "بين" || words[k].folded == "وبين") return true;
      }
      return false;
    };
    const std::string_view first_raw =
        s.substr(words[first_target].begin, words[first_target].end - words[first_target].begin);
    const bool second_end = starts_with(first_raw, "و") && near_between(first_target);
    bool first_end = false;
    if (near_between(first_target) && !second_end) {
      for (std::size_t k = last_target + 1; k < words.size() && k <= last_target + 2; ++k) {
        const std::string_view raw = s.substr(words[k].begin, words[k].end - words[k].begin);
        if (starts_with(raw, "و") && raw.size() > 2 &&
            (std::isdigit(static_cast<unsigned char>(raw[2])) ||
             static_cast<unsigned char>(raw[2]) == 0xD9)) {
          first_end = true;
        }
      }
    }
    if (first_end || second_end) return {};
  }
  std::size_t lo = 0, hi = words.size();
  for (std::size_t k = 0; k < first_target; ++k) {
    if (clause_words().count(words[k].folded)) lo = k + 1;
  }
  // After the date, "وفق الروايات", "بحسب المصادر" name a source, not the event.
  static const std::unordered_set<std::string_view> source_words = {"وفق", "وفقا", "حسب", "بحسب",
                                                                    "طبقا"};
  for (std::size_t k = last_target + 1; k < words.size(); ++k) {
    if (clause_words().count(words[k].folded) || source_words.count(words[k].folded)) {
      hi = k;
      break;
    }
  }
  // Two dates of one sentence joined by a و-clause ("قامت الوحدة … في 22 شباط 1958 وانتهت
  // بالانفصال في 28 أيلول 1961") are two events: each date keeps its own clause.
  bool cut_before = false;
  if (!quantity) {
    for (std::size_t k = last_target + 1; k < hi; ++k) {
      if (words[k].role != Word::Other) continue;
      for (std::size_t c = last_target + 1; c < k; ++c) {
        if (opens_clause(words[c], s) && words[c - 1].folded != "بين") {
          hi = c;
          break;
        }
      }
      break;
    }
    for (std::size_t k = first_target; k-- > lo;) {
      if (words[k].role != Word::Other) continue;
      for (std::size_t c = first_target - 1; c > k; --c) {
        if (opens_clause(words[c], s)) {
          lo = c;
          cut_before = true;
          break;
        }
      }
      break;
    }
  }
  // Remove the date (and other dates) with the words introducing or following them.
  std::vector<bool> drop(words.size(), false);
  if (!quantity) {
    for (std::size_t k = lo; k < hi; ++k) drop[k] = words[k].role != Word::Plain;
    for (std::size_t k = lo; k < hi; ++k) {
      if (!drop[k]) continue;
      std::size_t b = k;
      // "عقد الثلاثينيات", "العقد الأخير": the noun of a decade goes with it when right before it.
      if (b > lo && !drop[b - 1] &&
          (words[b - 1].folded == "عقد" || words[b - 1].folded == "العقد")) {
        drop[--b] = true;
      }
      while (b > lo && !drop[b - 1] && introducers().count(words[b - 1].folded) &&
             !unit_of_number(words, b - 1, s)) {
        drop[--b] = true;
      }
      std::size_t a = k + 1;
      while (a < hi && !drop[a] && trailers().count(words[a].folded)) drop[a++] = true;
    }
  }
  auto kept_between = [&](std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t k = from; k < to; ++k) n += !drop[k] && words[k].role != Word::Target;
    return n;
  };
  // A second clause that lost its subject to the first ("وانتهت بالانفصال") is too thin to ask.
  if (cut_before && kept_between(lo, hi) < 3) return {};
  // Shorten a long clause at a following و-clause, then at a preceding one.
  if (kept_between(lo, hi) > 12) {
    for (std::size_t k = last_target + 1; k < hi; ++k) {
      if (drop[k] || !opens_clause(words[k], s)) continue;
      if (k >= 1 && words[k - 1].folded == "بين") continue;
      if (kept_between(lo, k) >= 3) {
        hi = k;
        break;
      }
    }
  }
  if (kept_between(lo, hi) > 14) {
    // A complementizer (أن، بأن) opens a full clause: start after the nearest one.
    for (std::size_t k = first_target; k > lo + 1; --k) {
      const std::string& w = words[k - 1].folded;
      if (drop[k - 1] || !(w == "ان" || w == "بان" || w == "وان")) continue;
      if (kept_between(k, hi) >= 3) {
        lo = k;
        break;
      }
    }
  }
  std::vector<std::string> parts;
  bool blank_done = false;
  for (std::size_t k = lo; k < hi; ++k) {
    if (words[k].role == Word::Target) {
      if (quantity && !blank_done) parts.emplace_back("____");
      blank_done = true;
      continue;
    }
    if (drop[k]) continue;
    parts.emplace_back(s.substr(words[k].begin, words[k].end - words[k].begin));
  }
  // Leading connectors and dashes; a leading و on a verb.
  auto folded_of = [](const std::string& w) { return fold_arabic(w); };
  for (int pass = 0; pass < 2; ++pass) {
    while (!parts.empty()) {
      if (parts.front() == "____") break;
      const std::string f = folded_of(parts.front());
      if (f.empty() || leading_drop().count(f)) {
        parts.erase(parts.begin());
        continue;
      }
      break;
    }
    if (pass == 1 || parts.empty() || parts.front() == "____") break;
    const std::string f = folded_of(parts.front());
    if (starts_with(f, "و") && starts_with(parts.front(), "و")) {
      const std::string_view rest = std::string_view(f).substr(2);
      static const std::unordered_set<std::string_view> starters = {
          "في", "قد", "كان", "كانت", "بعد", "قبل", "منذ", "تم",  "من", "علي", "عن", "هذا", "هذه",
          "لم", "ما", "لا",  "مع",   "هو",  "هي",  "به",  "بها", "له", "لها", "ظل", "ظلت"};
      if (starters.count(rest) || (!root_waw(f) && letters(rest) >= 3)) {
        parts.front().erase(0, 2);
      }
    } else if (starts_with(f, "ف") && starts_with(parts.front(), "ف") && letters(f) >= 4) {
      // A verb glued to the conjunction ف: فبدأ، فشنت، فأصبحت (not فتحها، فرض، فلسطين …).
      static constexpr std::string_view roots[] = {
          "فتح",  "فرض",  "فشل", "فاز",  "فرق",  "فصل",  "فوض", "فرنس", "فلسطين", "فيصل", "فاس",
          "فيين", "فرات", "فتر", "فكر",  "فنون", "فوز",  "فقه", "فقر",  "فرد",    "فرع",  "فضل",
          "فهم",  "فوق",  "فيه", "فيها", "فور",  "فريق", "فرص", "فلاح", "فقط",    "فجر",  "فخر",
          "فدي",  "فرح",  "فرس", "فسخ",  "فعل",  "فلك",  "فند", "فقد",  "فئ",     "فاطم", "فارس"};
      bool root = false;
      for (std::string_view r : roots) root = root || starts_with(f, r);
      if (!root) parts.front().erase(0, 2);
    }
  }
  // "في حين كان يعادل …": في حين is a conjunction (whereas), not a place or a time.
  if (parts.size() > 2 && (folded_of(parts[0]) == "في" || folded_of(parts[0]) == "وفي") &&
      folded_of(parts[1]) == "حين") {
    parts.erase(parts.begin(), parts.begin() + 2);
  }
  if (!quantity) reorder_leading_phrase(parts);
  // A number's unit stays: "وله من العمر ٣٩ سنة", "حكم قرابة ٢٠ سنة".
  while (!parts.empty()) {
    if (parts.back() == "____") break;
    const std::string f = folded_of(parts.back());
    if (parts.size() >= 2 && is_number(parts[parts.size() - 2]) &&
        (f == "عام" || f == "العام" || f == "سنه")) {
      break;
    }
    if (f.empty() || trailing_drop().count(f)) {
      parts.pop_back();
      continue;
    }
    break;
  }
  return join(parts);
}

}  // namespace

Fact make_fact(const Mention& m, const Citation& where, std::string event) {
  Fact f;
  f.kind = m.kind;
  f.value = m.value;
  f.granularity = m.granularity;
  f.span = m.span;
  f.gregorian = m.gregorian;
  f.resolved_from_context = m.resolved_from_context;
  f.number = m.number;
  f.unit = m.unit;
  f.surface = m.surface;
  f.event = std::move(event);
  f.citations.push_back(where);
  f.citation_count = 1;
  return f;
}

// True when the words right before `at` (not before `from`) link a date to one given before it
// in the other calendar: "الموافق", "الموافقة لسنة", "الموافق لعام".
bool linked_as_twin(std::string_view text, std::size_t from, std::size_t at) {
  std::vector<std::string> words;
  std::size_t p = at;
  while (words.size() < 2) {
    while (p > from && is_space(static_cast<unsigned char>(text[p - 1]))) --p;
    std::size_t q = p;
    while (q > from && !is_space(static_cast<unsigned char>(text[q - 1]))) --q;
    if (q == p) break;
    words.insert(words.begin(), fold_arabic(text.substr(q, p - q)));
    p = q;
  }
  auto link = [](const std::string& w) {
    return w == "الموافق" || w == "الموافقه" || w == "الموافقل" || w == "الموافقلعام" ||
           w == "الموافقلسنه" || w == "الموافقهل" || w == "الموافقهلعام" || w == "الموافقهلسنه";
  };
  if (words.empty()) return false;
  if (link(words.back())) return true;
  const std::string& last = words.back();
  return words.size() == 2 && link(words[0]) &&
         (last == "لسنه" || last == "لعام" || last == "سنه" || last == "عام");
}

std::vector<Fact> facts_of_text(std::string_view doc, std::string_view text,
                                const std::vector<Sentence>& sentences,
                                const std::vector<Mention>& mentions, int first_line,
                                std::size_t first_char) {
  std::vector<Fact> out;
  std::size_t char_pos = 0, byte_pos = 0;  // running code-point count up to byte_pos
  auto chars_to = [&](std::size_t b) {
    b = std::min(b, text.size());
    if (b < byte_pos) {
      byte_pos = 0;
      char_pos = 0;
    }
    for (; byte_pos < b; ++byte_pos)
      char_pos += (static_cast<unsigned char>(text[byte_pos]) & 0xC0) != 0x80;
    return char_pos;
  };
  std::size_t mi = 0;
  for (const Sentence& sent : sentences) {
    std::size_t sb = std::min(sent.begin, text.size()), se = std::min(sent.end, text.size());
    while (mi < mentions.size() && mentions[mi].begin < sb) ++mi;
    std::size_t mj = mi;
    while (mj < mentions.size() && mentions[mj].begin < se) ++mj;
    if (mj == mi) continue;
    // Trim the sentence.
    while (sb < se && is_space(static_cast<unsigned char>(text[sb]))) ++sb;
    while (se > sb && is_space(static_cast<unsigned char>(text[se - 1]))) --se;
    const std::string_view sentence = text.substr(sb, se - sb);
    const bool damaged = sentence.find("\xEF\xBF\xBD") != std::string_view::npos;
    if (!damaged) {
      for (std::size_t k = mi; k < mj; ++k) {
        const Mention& m = mentions[k];
        if (m.begin < sb || m.end > se || m.end <= m.begin) continue;
        // One date in both calendars ("138 هـ (755 م)"): each names the event the pair names,
        // so the pair is the target and the bracket between them is no clause boundary.
        std::size_t twin = mj, target_begin = m.begin, target_end = m.end;
        if (k + 1 < mj && mentions[k + 1].end <= se) {
          if (const std::size_t e = calendar_twin_end(text, m, mentions[k + 1])) {
            twin = k + 1;
            target_end = e;
          }
        }
        if (twin == mj && k > mi && mentions[k - 1].begin >= sb) {
          if (const std::size_t e = calendar_twin_end(text, mentions[k - 1], m)) {
            twin = k - 1;
            target_begin = mentions[k - 1].begin;
            target_end = e;
          }
        }
        // "وفي سنة ١١٤ هـ وقعت معركة بلاط الشهداء، الموافقة لسنة ٧٣٢م": the date given again
        // in the other calendar further on names the event of the first.
        if (twin == mj && k > mi && linked_as_twin(text, sb, m.begin)) {
          for (std::size_t p = k; p-- > mi;) {
            const Mention& a = mentions[p];
            if (a.begin < sb || !a.span || !m.span) continue;
            const bool a_hijri = a.value.find("AH") != std::string::npos;
            const bool m_hijri = m.value.find("AH") != std::string::npos;
            if (a_hijri == m_hijri || a.span->first > m.span->last ||
                m.span->first > a.span->last) {
              continue;
            }
            twin = p;
            target_begin = a.begin;
            target_end = a.end;
            break;
          }
        }
        target_end = std::min(target_end, se);
        std::vector<ByteRange> others;
        for (std::size_t o = mi; o < mj; ++o) {
          if (o == k || o == twin || mentions[o].begin < sb || mentions[o].end > se) continue;
          const bool temporal =
              mentions[o].kind != Kind::Quantity && mentions[o].kind != Kind::Duration;
          others.push_back({mentions[o].begin - sb, mentions[o].end - sb, temporal});
        }
        if (publication_note(sentence, m.begin - sb)) continue;
        const ByteRange target{target_begin - sb, target_end - sb,
                               m.kind != Kind::Quantity && m.kind != Kind::Duration};
        Citation c;
        c.doc = std::string(doc);
        c.sentence = std::string(sentence);
        c.line = sent.line + first_line - 1;
        c.char_begin = first_char + chars_to(m.begin);
        c.char_end = first_char + chars_to(m.end);
        c.surface = m.surface;
        // A date recalled for a noun ("على قيامها سنة 132هـ") does not date the sentence's event.
        out.push_back(make_fact(
            m, c, m.looks_back ? std::string() : extract_event(sentence, target, others)));
      }
    }
    mi = mj;
  }
  return out;
}

std::vector<std::string> event_words(std::string_view event) {
  auto words = content_tokens(fold_arabic(event));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

double word_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

bool values_agree(const Fact& a, const Fact& b) {
  if (a.value == b.value) return true;
  if (a.kind == Kind::Quantity || b.kind == Kind::Quantity) {
    if (a.kind != b.kind || a.unit != b.unit) return false;
    const double m = std::max(std::fabs(a.number), std::fabs(b.number));
    return std::fabs(a.number - b.number) <= 1e-9 * std::max(m, 1.0);
  }
  if (a.kind == Kind::Duration || b.kind == Kind::Duration) return false;
  if (!a.span || !b.span) return false;
  // A Hijri day may fall a day or two off its computed Gregorian day (the month began with the
  // sighting of the moon): "24 ربيع الآخر 583 هـ / 4 تموز 1187 م" is one day.
  const bool one_hijri =
      (a.value.find("AH") != std::string::npos) != (b.value.find("AH") != std::string::npos);
  const long slack = one_hijri ? 2 : 0;
  if (a.span->first > b.span->last + slack || b.span->first > a.span->last + slack) return false;
  // Two periods of one document that only overlap ("بين سنتي ٦٥ و٨٦ هـ", "من ٨٦ إلى ٩٦ هـ")
  // are two reigns, not one period told twice.
  const bool nested = (a.span->first <= b.span->first && b.span->last <= a.span->last) ||
                      (b.span->first <= a.span->first && a.span->last <= b.span->last);
  if (!nested && a.kind == Kind::Range && b.kind == Kind::Range) {
    for (const auto& ca : a.citations) {
      for (const auto& cb : b.citations) {
        if (ca.doc == cb.doc) return false;
      }
    }
  }
  return true;
}

namespace {

std::string merge_class(const Fact& f) {
  if (f.kind == Kind::Quantity) return "q:" + f.unit;
  if (f.kind == Kind::Duration) return "d";
  return "t";
}

long span_length(const Fact& f) {
  if (!f.span) return 1L << 40;
  return f.span->last - f.span->first;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

void absorb(Fact& into, Fact& from) {
  for (auto& c : from.citations) {
    if (into.citations.size() >= kMaxCitations) break;
    into.citations.push_back(std::move(c));
  }
  into.citation_count += from.citation_count;
}

}  // namespace

MergeResult merge_facts(std::vector<Fact> raw) {
  // 1. Exact event keys.
  std::unordered_map<std::string, std::size_t> key_index;
  std::vector<std::vector<std::string>> key_words;
  std::vector<std::string> key_class;
  std::vector<std::size_t> fact_key(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    auto words = event_words(raw[i].event);
    std::string key = merge_class(raw[i]) + "|";
    for (const auto& w : words) key += w + " ";
    auto [it, added] = key_index.emplace(key, key_words.size());
    if (added) {
      key_words.push_back(std::move(words));
      key_class.push_back(merge_class(raw[i]));
    }
    fact_key[i] = it->second;
  }
  // 2. Similar keys (word overlap >= 0.6) through an inverted index.
  const std::size_t nk = key_words.size();
  UnionFind uf(nk);
  std::unordered_map<std::string, std::vector<std::size_t>> postings;
  for (std::size_t k = 0; k < nk; ++k) {
    for (const auto& w : key_words[k]) postings[key_class[k] + "|" + w].push_back(k);
  }
  std::vector<std::vector<std::size_t>> related(nk);
  std::unordered_map<std::size_t, std::size_t> shared;
  for (std::size_t k = 0; k < nk; ++k) {
    if (key_words[k].size() < 2) continue;
    shared.clear();
    for (const auto& w : key_words[k]) {
      const auto& list = postings[key_class[k] + "|" + w];
      if (list.size() > 400) continue;
      for (std::size_t o : list) {
        if (o != k) ++shared[o];
      }
    }
    for (auto [o, n] : shared) {
      if (key_words[o].size() < 2) continue;
      const double j = static_cast<double>(n) /
                       static_cast<double>(key_words[k].size() + key_words[o].size() - n);
      if (j >= 0.6) uf.unite(k, o);
      const double containment =
          static_cast<double>(n) /
          static_cast<double>(std::min(key_words[k].size(), key_words[o].size()));
      if (j >= 0.3 || containment >= 0.6) related[k].push_back(o);
    }
  }
  // 3. Per event cluster, group the facts by agreeing values.
  std::vector<std::vector<std::size_t>> clusters(nk);
  for (std::size_t i = 0; i < raw.size(); ++i) clusters[uf.find(fact_key[i])].push_back(i);
  MergeResult result;
  std::vector<std::vector<std::size_t>> key_out(nk);  // output facts of each key
  std::vector<std::vector<std::size_t>> out_keys;     // keys of each output fact
  int group = 0;
  for (std::size_t root = 0; root < nk; ++root) {
    auto& members = clusters[root];
    if (members.empty()) continue;
    std::vector<std::vector<std::size_t>> by_value;
    for (std::size_t i : members) {
      bool placed = false;
      for (auto& g : by_value) {
        if (values_agree(raw[g.front()], raw[i])) {
          g.push_back(i);
          placed = true;
          break;
        }
      }
      if (!placed) by_value.push_back({i});
    }
    FactStatus status = FactStatus::Ok;
    if (by_value.size() > 1) {
      // Does one document state two of the values? Then these are several events alike.
      std::unordered_map<std::string, std::size_t> doc_group;
      bool same_doc = false;
      for (std::size_t g = 0; g < by_value.size(); ++g) {
        for (std::size_t i : by_value[g]) {
          for (const auto& c : raw[i].citations) {
            auto [it, added] = doc_group.emplace(c.doc, g);
            if (!added && it->second != g) same_doc = true;
          }
        }
      }
      status = same_doc ? FactStatus::Ambiguous : FactStatus::Conflict;
      // One document telling events worded apart ("تولى عبد الملك بن مروان الخلافة" 65–86 هـ,
      // "تولى الوليد بن عبد الملك الخلافة" 86–96 هـ): two events, each asked on its own. Only
      // the same wording with two values is ambiguous.
      if (same_doc) {
        std::unordered_map<std::size_t, std::size_t> key_group;
        bool shared_key = false;
        for (std::size_t g = 0; g < by_value.size(); ++g) {
          for (std::size_t i : by_value[g]) {
            auto [it, added] = key_group.emplace(fact_key[i], g);
            if (!added && it->second != g) shared_key = true;
          }
        }
        if (!shared_key) status = FactStatus::Ok;
      }
    }
    if (key_words[root].empty()) status = FactStatus::Ambiguous;
    const std::size_t first_out = result.facts.size();
    for (auto& g : by_value) {
      // The most precise value stands for the group.
      std::size_t best = g.front();
      for (std::size_t i : g) {
        if (span_length(raw[i]) < span_length(raw[best])) best = i;
      }
      Fact fact = raw[best];
      fact.citations.clear();
      fact.citation_count = 0;
      absorb(fact, raw[best]);
      for (std::size_t i : g) {
        if (i != best) absorb(fact, raw[i]);
      }
      fact.status = status;
      fact.group = group;
      std::vector<std::size_t> keys;
      for (std::size_t i : g) {
        if (std::find(keys.begin(), keys.end(), fact_key[i]) != keys.end()) continue;
        keys.push_back(fact_key[i]);
        key_out[fact_key[i]].push_back(result.facts.size());
      }
      out_keys.push_back(std::move(keys));
      result.facts.push_back(std::move(fact));
    }
    if (status == FactStatus::Conflict) {
      Conflict c;
      c.event = result.facts[first_out].event;
      for (std::size_t i = first_out; i < result.facts.size(); ++i) c.facts.push_back(i);
      result.conflicts.push_back(std::move(c));
    }
    ++group;
  }
  // Values of the same cluster and of related events: never offered as wrong answers.
  for (std::size_t f = 0; f < result.facts.size(); ++f) {
    auto& values = result.facts[f].related_values;
    auto add = [&](std::size_t g) {
      if (g == f || values.size() >= 64) return;
      const std::string& v = result.facts[g].value;
      if (v != result.facts[f].value && std::find(values.begin(), values.end(), v) == values.end())
        values.push_back(v);
    };
    for (std::size_t k : out_keys[f]) {
      for (std::size_t g : key_out[k]) add(g);
      for (std::size_t o : related[k]) {
        for (std::size_t g : key_out[o]) add(g);
      }
    }
  }
  return result;
}

}  // namespace tarikh::questions
