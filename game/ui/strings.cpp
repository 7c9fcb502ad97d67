#include "game/ui/strings.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace tarikh::ui {

namespace {

struct Entry {
  Str key;
  const char* ar;
  const char* en;
};

// Keep in the order of the enum (checked by a test).
constexpr Entry kCatalog[] = {
    {Str::AppTitle, "تاريخ", "Tarikh"},
    {Str::Profile, "المتعلّم", "Learner"},
    {Str::DueToday, "مستحقة اليوم", "Due today"},
    {Str::NewCards, "بطاقات جديدة", "New cards"},
    {Str::Study, "مراجعة البطاقات", "Study"},
    {Str::Quiz, "اختبار", "Quiz"},
    {Str::Timeline, "الخط الزمني", "Timeline"},
    {Str::Classroom, "مسابقة الصف", "Classroom"},
    {Str::Stats, "الإحصاءات", "Statistics"},
    {Str::Settings, "الإعدادات", "Settings"},
    {Str::Documents, "الوثائق", "Documents"},
    {Str::ShowAnswer, "أظهر الجواب", "Show answer"},
    {Str::Again, "مجددًا", "Again"},
    {Str::Hard, "صعب", "Hard"},
    {Str::Good, "جيد", "Good"},
    {Str::Easy, "سهل", "Easy"},
    {Str::Source, "المصدر", "Source"},
    {Str::Card, "البطاقة", "Card"},
    {Str::SessionDone, "انتهت المراجعة", "Session complete"},
    {Str::Reviewed, "بطاقات رُوجعت", "Cards reviewed"},
    {Str::BackHome, "العودة إلى البداية", "Back to home"},
    {Str::NothingToStudy, "لا بطاقات للمراجعة الآن", "Nothing to study right now"},
    {Str::Question, "السؤال", "Question"},
    {Str::Score, "النقاط", "Score"},
    {Str::Streak, "التتابع", "Streak"},
    {Str::Correct, "صحيح", "Correct"},
    {Str::Wrong, "خطأ", "Wrong"},
    {Str::TheAnswerWas, "الجواب الصحيح", "The answer"},
    {Str::TypeAnswer, "اكتب الجواب ثم اضغط Enter", "Type the answer, then press Enter"},
    {Str::TypeEstimate, "اكتب تقديرك ثم اضغط Enter", "Type your estimate, then press Enter"},
    {Str::Submit, "تحقّق", "Submit"},
    {Str::Next, "التالي", "Next"},
    {Str::Results, "النتائج", "Results"},
    {Str::WhichFirst, "أيهما كان أولًا؟", "Which came first?"},
    {Str::Check, "تحقّق من الترتيب", "Check the order"},
    {Str::OrderHint, "الأسهم للاختيار، Shift مع الأسهم للتحريك، Enter للتحقق",
     "Arrows choose, Shift+arrows move, Enter checks"},
    {Str::TimelineDone, "في مكانها الصحيح", "in the right place"},
    {Str::Language, "اللغة", "Language"},
    {Str::DigitsSetting, "الأرقام", "Digits"},
    {Str::FontSize, "حجم الخط", "Font size"},
    {Str::Sounds, "الأصوات", "Sounds"},
    {Str::On, "تعمل", "On"},
    {Str::Off, "متوقفة", "Off"},
    {Str::LangArabic, "العربية", "Arabic"},
    {Str::LangEnglish, "English", "English"},
    {Str::DigitsWestern, "1980", "1980"},
    {Str::DigitsArabic, "١٩٨٠", "١٩٨٠"},
    {Str::NotBuiltYet, "هذه الشاشة لم تُبنَ بعد", "This screen is not built yet"},
    {Str::Leaderboard, "لوحة الصدارة", "Leaderboard"},
    {Str::Podium, "منصة التتويج", "Podium"},
    {Str::ClassroomQuestion, "سؤال المسابقة", "Classroom question"},
    {Str::EscBack, "Esc للرجوع", "Esc to go back"},
    {Str::Days, "ي", "d"},
    {Str::Closeness, "القرب", "Closeness"},
    {Str::HintHome, "الأسهم للتنقل · Enter للفتح · F11 ملء الشاشة",
     "Arrows to move · Enter to open · F11 full screen"},
    {Str::HintReveal, "Space لإظهار الجواب · Esc للرجوع", "Space shows the answer · Esc goes back"},
    {Str::HintGrade, "1 إلى 4 للتقييم · Esc للرجوع", "1 to 4 to grade · Esc goes back"},
    {Str::HintChoice, "1 إلى 4 أو الأسهم ثم Enter", "1 to 4, or arrows then Enter"},
    {Str::HintTyped, "اكتب ثم Enter · Backspace للمسح", "Type, then Enter · Backspace erases"},
    {Str::HintFeedback, "Enter للسؤال التالي", "Enter for the next question"},
    {Str::HintSettings, "الأسهم لاختيار الإعداد وتغييره · Esc للرجوع",
     "Arrows choose and change a setting · Esc goes back"},
    {Str::HintBack, "Esc للرجوع", "Esc goes back"},
};

static_assert(std::size(kCatalog) == static_cast<std::size_t>(Str::Count_),
              "every key needs an entry");

constexpr bool in_order() {
  for (std::size_t i = 0; i < std::size(kCatalog); ++i) {
    if (static_cast<std::size_t>(kCatalog[i].key) != i) return false;
  }
  return true;
}
static_assert(in_order(), "catalog entries must follow the enum order");

}  // namespace

std::string_view tr(Str key, Language lang) {
  const auto i = static_cast<std::size_t>(key);
  if (i >= std::size(kCatalog)) return "?";
  return lang == Language::Arabic ? kCatalog[i].ar : kCatalog[i].en;
}

std::string localize_digits(std::string_view text, Digits digits) {
  if (digits == Digits::Western) return std::string(text);
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      // U+0660 + n in UTF-8: D9 A0+n
      out += static_cast<char>(0xD9);
      out += static_cast<char>(0xA0 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string tr_num(Str key, const Settings& s) {
  return localize_digits(tr(key, s.language), s.digits);
}

std::string number(long n, const Settings& s) {
  return localize_digits(std::to_string(n), s.digits);
}

std::string fraction(long a, long b, const Settings& s) {
  if (s.rtl()) return number(a, s) + " / " + number(b, s);
  // Arabic-Indic digits are Arabic numbers to the bidi algorithm: a left-to-right mark after
  // the slash keeps "1 / 7" in reading order inside an English line.
  return number(a, s) + " /\u200E " + number(b, s);
}

std::string interval_text(int days, const Settings& s) {
  const bool ar = s.language == Language::Arabic;
  char buf[48];
  if (days < 31) {
    // Arabic counts: 3-10 take the plural, 11 and more the accusative singular.
    const char* unit =
        !ar ? "d" : (days >= 3 && days <= 10 ? "أيام" : (days > 10 ? "يومًا" : "يوم"));
    std::snprintf(buf, sizeof buf, "%d %s", days, unit);
  } else if (days < 365) {
    std::snprintf(buf, sizeof buf, "%.1f %s", days / 30.0, ar ? "شهر" : "mo");
  } else {
    std::snprintf(buf, sizeof buf, "%.1f %s", days / 365.0, ar ? "سنة" : "y");
  }
  return localize_digits(buf, s.digits);
}

}  // namespace tarikh::ui
