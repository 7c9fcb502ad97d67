#include "questions/facts/fold.hpp"

#include <array>
#include <unordered_set>

#include "questions/arabic/utf8.hpp"

namespace tarikh::questions {

namespace {

bool is_harakah(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
         c == 0x0640;  // tatweel
}

bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0x0621 && c <= 0x064A) return true;
  if (c >= 0x0660 && c <= 0x0669) return true;
  if (c >= 0x066E && c <= 0x06D3) return true;
  if (c >= 0x06F0 && c <= 0x06F9) return true;
  if (c >= 0x00C0 && c < 0x0600) return true;  // Latin accents, Greek, Cyrillic
  if (c == 0x066B) return true;                // Arabic decimal separator
  return false;
}

std::string_view strip_prefix(std::string_view w, std::string_view p) {
  return w.substr(0, p.size()) == p ? w.substr(p.size()) : std::string_view{};
}

const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "في",   "من",    "الي",  "الى",   "الي",  "علي",   "على",  "عن",  "مع",   "بين", "او",
      "ان",   "انه",   "انها", "قد",    "لقد",  "ما",    "لا",   "لم",  "لن",   "كما", "ذلك",
      "هذا",  "هذه",   "تلك",  "التي",  "الذي", "الذين", "هو",   "هي",  "كل",   "ثم",  "حيث",
      "عام",  "العام", "سنه",  "السنه", "عامي", "يوم",   "منذ",  "حتي", "خلال", "بعد", "قبل",
      "وذلك", "به",    "بها",  "له",    "لها",  "فيه",   "فيها", "الا", "اما",  "اي",  "كان",
      "كانت", "تم",    "ب",    "و",     "م",    "ه",     "the",  "of",  "and",  "in"};
  return words;
}

struct MonthWord {
  std::string_view word;
  int month;
  int set;
};

// Folded month names (the words after كانون / تشرين are handled apart). Sets: 0 Levantine,
// 1 Egyptian, 2 Maghrebi (only the names the Maghreb does not share with Egypt: مارس, سبتمبر …
// are read as Egyptian).
constexpr std::array<MonthWord, 31> kMonthWords = {{
    {"شباط", 2, 0},    {"اذار", 3, 0},    {"نيسان", 4, 0},  {"ايار", 5, 0},   {"حزيران", 6, 0},
    {"تموز", 7, 0},    {"اب", 8, 0},      {"ايلول", 9, 0},  {"يناير", 1, 1},  {"فبراير", 2, 1},
    {"مارس", 3, 1},    {"ابريل", 4, 1},   {"مايو", 5, 1},   {"يونيو", 6, 1},  {"يونيه", 6, 1},
    {"يوليو", 7, 1},   {"يوليه", 7, 1},   {"اغسطس", 8, 1},  {"سبتمبر", 9, 1}, {"اكتوبر", 10, 1},
    {"نوفمبر", 11, 1}, {"ديسمبر", 12, 1}, {"اغسطوس", 8, 1}, {"جانفي", 1, 2},  {"فيفري", 2, 2},
    {"افريل", 4, 2},   {"ماي", 5, 2},     {"جوان", 6, 2},   {"جويليه", 7, 2}, {"اوت", 8, 2},
    {"جويلييه", 7, 2},
}};

int single_month(std::string_view w, int& set) {
  for (const auto& m : kMonthWords) {
    if (w == m.word) {
      set = m.set;
      return m.month;
    }
  }
  return 0;
}

}  // namespace

std::string fold_arabic(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    char32_t c;
    if (b < 0x80) {
      c = b;
      ++pos;
    } else {
      c = text::next_code_point(text, pos);
    }
    if (is_harakah(c)) continue;
    switch (c) {
      case 0x0623:
      case 0x0625:
      case 0x0622:
      case 0x0671:
        c = 0x0627;
        break;
      case 0x0649:
        c = 0x064A;
        break;
      case 0x0629:
        c = 0x0647;
        break;
      case 0x0624:
        c = 0x0648;
        break;
      case 0x0626:
        c = 0x064A;
        break;
      case 0x06CC:
        c = 0x064A;
        break;  // Farsi yeh
      case 0x06A9:
        c = 0x0643;
        break;  // keheh
      case 0x066B:
        c = '.';
        break;
      default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) c = '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) c = '0' + (c - 0x06F0);
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    const bool keep = is_letter_or_digit(c) || c == '.' || c == '%';
    if (!keep || c == text::kReplacement) {
      pending_space = !out.empty();
      continue;
    }
    if (c == '.') {
      // Keep a decimal point only between digits.
      const bool prev_digit =
          !out.empty() && !pending_space && out.back() >= '0' && out.back() <= '9';
      const bool next_digit = pos < text.size() && ((text[pos] >= '0' && text[pos] <= '9') ||
                                                    static_cast<unsigned char>(text[pos]) >= 0xD9);
      if (!(prev_digit && next_digit)) {
        pending_space = !out.empty();
        continue;
      }
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    text::append_utf8(out, c);
  }
  return out;
}

std::vector<std::string> content_tokens(std::string_view folded) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    std::string_view w = folded.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    bool number = true;
    for (char c : w) number = number && ((c >= '0' && c <= '9') || c == '.' || c == '%');
    if (number) continue;
    if (stop_words().count(w)) continue;
    // و + word (not a 2-letter root): drop the conjunction.
    if (auto r = strip_prefix(w, "و"); r.size() >= 6) w = r;
    for (std::string_view p : {"بال", "فال", "وال", "كال", "لل"}) {
      if (auto r = strip_prefix(w, p); r.size() >= 4) {
        w = r;
        break;
      }
    }
    if (auto r = strip_prefix(w, "ال"); r.size() >= 4) w = r;
    if (stop_words().count(w)) continue;
    if (w.size() < 2) continue;
    out.emplace_back(w);
  }
  return out;
}

std::vector<MonthHit> find_months(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    if (j > i) words.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  std::vector<MonthHit> out;
  auto base = [](std::string_view w) -> std::array<std::string_view, 3> {
    std::array<std::string_view, 3> forms{w, {}, {}};
    for (std::string_view p : {"و", "ب", "ل", "ف"}) {
      if (auto r = strip_prefix(w, p); !r.empty()) {
        forms[1] = r;
        break;
      }
    }
    if (auto r = strip_prefix(w, "في"); !r.empty()) forms[2] = r;
    return forms;
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    for (std::string_view w : base(words[k])) {
      if (w.empty()) continue;
      if (w == "كانون" || w == "تشرين") {
        if (k + 1 < words.size()) {
          std::string_view n = words[k + 1];
          if (auto r = strip_prefix(n, "ال"); !r.empty()) n = r;
          const bool second = n == "ثاني";
          const bool first = n == "اول";
          if (second || first) {
            const int m = w == "كانون" ? (second ? 1 : 12) : (second ? 11 : 10);
            out.push_back({m, 0});
            ++k;
            break;
          }
        }
        continue;
      }
      int set = 0;
      if (const int m = single_month(w, set)) {
        out.push_back({m, set});
        break;
      }
    }
  }
  return out;
}

std::string_view month_name(int set, int month) {
  static constexpr std::array<std::string_view, 12> levant = {
      "كانون الثاني", "شباط", "آذار",  "نيسان",       "أيار",         "حزيران",
      "تموز",         "آب",   "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  static constexpr std::array<std::string_view, 12> egypt = {
      "يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
      "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  static constexpr std::array<std::string_view, 12> maghreb = {
      "جانفي",  "فيفري", "مارس",   "أفريل",  "ماي",    "جوان",
      "جويلية", "أوت",   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  if (month < 1 || month > 12) return {};
  if (set == 2) return maghreb[month - 1];
  return set == 1 ? egypt[month - 1] : levant[month - 1];
}

int digit_script(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::next_code_point(text, pos);
    if (c >= '0' && c <= '9') return 0;
    if (c >= 0x0660 && c <= 0x0669) return 1;
    if (c >= 0x06F0 && c <= 0x06F9) return 2;
  }
  return 0;
}

std::string to_digit_script(std::string_view ascii, int script) {
  if (script == 0) return std::string(ascii);
  std::string out;
  const char32_t zero = script == 1 ? 0x0660 : 0x06F0;
  for (char c : ascii) {
    if (c >= '0' && c <= '9') {
      text::append_utf8(out, zero + (c - '0'));
    } else if (c == '.' && script == 1) {
      text::append_utf8(out, 0x066B);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace tarikh::questions
