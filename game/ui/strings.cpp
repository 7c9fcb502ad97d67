#include "game/ui/strings.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

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
    {Str::CrTypeMcq, "اختيار من متعدد", "Multiple choice"},
    {Str::CrTypeWhichFirst, "أيهما كان أولًا", "Which came first"},
    {Str::CrTypeCloze, "أسئلة السنة", "Year questions"},
    {Str::CrTypeNumeric, "أسئلة الأعداد", "Number questions"},
    {Str::CrQuestionCount, "عدد الأسئلة", "Questions"},
    {Str::CrTimePerQuestion, "الوقت لكل سؤال", "Time per question"},
    {Str::CrSeconds, "ث", "s"},
    {Str::CrTeamCount, "عدد الفرق", "Teams"},
    {Str::CrMode, "طريقة اللعب", "Mode"},
    {Str::CrModeEveryone, "الجميع يجيبون", "Everyone answers"},
    {Str::CrModeBuzzer, "جولة الجرس", "Buzzer round"},
    {Str::CrPacing, "الانتقال", "Pacing"},
    {Str::CrPacingHost, "المعلّم يضغط التالي", "Host presses next"},
    {Str::CrPacingAuto, "تلقائي", "Automatic"},
    {Str::CrSpeedPoints, "نقاط السرعة", "Points for speed"},
    {Str::CrStreakBonus, "مكافأة التتابع", "Streak bonus"},
    {Str::CrShowAll, "كل الفرق", "All teams"},
    {Str::CrTopThree, "الثلاثة الأوائل فقط", "Top three only"},
    {Str::CrToTeams, "التالي: الفرق والأجراس", "Next: teams and buzzers"},
    {Str::CrTeamsTitle, "الفرق والأجراس", "Teams and buzzers"},
    {Str::CrTeam, "الفريق", "Team"},
    {Str::CrKeys, "المفاتيح", "Keys"},
    {Str::CrGamepad, "ذراع التحكم", "Gamepad"},
    {Str::CrPressToTest, "اضغط أحد مفاتيحك للتجربة", "Press one of your keys to test"},
    {Str::CrBuzzerWorks, "الجرس يعمل", "Buzzer works"},
    {Str::CrPadHelp, "ذراع تحكم: اضغط A لينضم إلى الفريق التالي · الأسهم ▲ ▶ ▼ ◀ تجيب 1 2 3 4",
     "Gamepads: press A to join the next team · ▲ ▶ ▼ ◀ answer 1 2 3 4"},
    {Str::CrStart, "ابدأ المسابقة", "Start the competition"},
    {Str::CrHintSetup, "الأسهم للاختيار والتغيير · Enter للتالي · Esc للرجوع",
     "Arrows choose and change · Enter goes on · Esc goes back"},
    {Str::CrHintTeams, "الأسهم لاختيار فريق وتغيير لونه · Tab لتسميته · Enter للبدء · Esc للرجوع",
     "Arrows pick a team and change its colour · Tab renames it · Enter starts · Esc goes back"},
    {Str::CrInProgress, "مسابقة جارية", "A competition is in progress"},
    {Str::CrResume, "متابعة المسابقة", "Resume the competition"},
    {Str::CrEnd, "إنهاء المسابقة", "End the competition"},
    {Str::CrConfirmEnd, "اضغط مرة أخرى لإنهائها", "Press again to end it"},
    {Str::CrPaused, "إيقاف مؤقت", "Paused"},
    {Str::CrPausedHint, "P للمتابعة", "P resumes"},
    {Str::CrLocked, "أجاب", "Locked in"},
    {Str::CrWaiting, "يفكّر…", "Thinking…"},
    {Str::CrHasFloor, "يجيب الآن", "has the floor"},
    {Str::CrBuzzIn, "اضغط جرسك للإجابة", "Buzz in to answer"},
    {Str::CrNoAnswer, "لا جواب", "No answer"},
    {Str::CrJudged, "حكم المعلّم", "Judged by the host"},
    {Str::CrHintQuestion, "P إيقاف مؤقت · Space للكشف · Esc للخروج",
     "P pauses · Space reveals · Esc leaves"},
    {Str::CrHintBuzzer, "Y صحيح · N خطأ · P إيقاف مؤقت · Space للكشف",
     "Y right · N wrong · P pauses · Space reveals"},
    {Str::CrHintReveal, "Space أو Enter للوحة الصدارة", "Space or Enter: leaderboard"},
    {Str::CrHintLeaderboard, "Space أو Enter للسؤال التالي", "Space or Enter: next question"},
    {Str::CrHintPodium, "Enter للعودة إلى الإعداد", "Enter goes back to the setup"},
    {Str::CrHintToPodium, "Space أو Enter لمنصة التتويج", "Space or Enter: the podium"},
    {Str::CrHintRename, "اكتب اسم الفريق ثم Enter · Backspace للمسح",
     "Type the team's name, then Enter · Backspace erases"},
    {Str::CrNoCompetition, "لا مسابقة جارية · Esc للرجوع",
     "No competition is running · Esc goes back"},
    {Str::CrPoints, "نقطة", "points"},
    {Str::CrResultsSaved, "حُفظت النتائج في", "Results saved to"},
    {Str::CrResultsFailed, "تعذّر حفظ النتائج", "Could not save the results"},
    {Str::CrAfterQuestion, "بعد السؤال", "After question"},
    {Str::CrFeedProfile, "تسجيل المراجعات لملف", "Reviews for profile"},
    {Str::CrDocuments, "الأسئلة من", "Questions from"},
    {Str::CrAllDocuments, "كل المستندات", "every document"},
    {Str::CrFeedRule,
     "مراجعة واحدة لكل سؤال: صحيحة إذا أجاب أكثر من نصف الفرق صوابًا (جولة الجرس: إذا حكم "
     "المعلّم لفريق بالصواب)",
     "One review per question: right when more than half of the teams answer right (buzzer "
     "round: when a team is judged right)"},
    {Str::CrFeedRecorded, "مراجعات سُجّلت للملف", "Reviews recorded for"},
    {Str::Retention, "نسبة التذكّر المطلوبة", "Desired retention"},
    {Str::NewPerDay, "بطاقات جديدة في اليوم", "New cards per day"},
    {Str::Profiles, "المتعلّمون", "Learners"},
    {Str::NewProfile, "متعلّم جديد…", "New learner…"},
    {Str::ProfileName, "اسم المتعلّم الجديد", "The new learner's name"},
    {Str::HintProfiles, "↑↓ للاختيار · Enter للتبديل · Esc للرجوع",
     "↑↓ choose · Enter switches · Esc goes back"},
    {Str::HintNewProfile, "اكتب الاسم ثم Enter · Esc للإلغاء",
     "Type the name, then Enter · Esc cancels"},
    {Str::StHeatmap, "المراجعات في السنة الماضية", "Reviews in the past year"},
    {Str::StForecast, "المستحق خلال 30 يومًا", "Due in the next 30 days"},
    {Str::StRetention, "التذكّر حسب الفاصل", "True retention by interval"},
    {Str::StMastery, "الإتقان في كل وثيقة", "Mastery per document"},
    {Str::StLess, "أقل", "Less"},
    {Str::StMore, "أكثر", "More"},
    {Str::StBusiest, "أكثر يوم:", "Busiest day:"},
    {Str::StNoData, "لا بيانات بعد", "No data yet"},
    {Str::StNoStore, "لا سجلّ مراجعات", "No review history"},
    {Str::StReviews, "مراجعة", "reviews"},
    {Str::StDue, "مستحقة", "due"},
    {Str::StDaysFromToday, "أيام من اليوم", "days from today"},
    {Str::StDaysSinceReview, "أيام منذ آخر مراجعة", "days since the last review"},
    {Str::StMature, "متقنة", "Mature"},
    {Str::StYoung, "حديثة", "Young"},
    {Str::StLearning, "قيد التعلّم", "Learning"},
    {Str::MonthJan, "يناير", "Jan"},
    {Str::MonthFeb, "فبراير", "Feb"},
    {Str::MonthMar, "مارس", "Mar"},
    {Str::MonthApr, "أبريل", "Apr"},
    {Str::MonthMay, "مايو", "May"},
    {Str::MonthJun, "يونيو", "Jun"},
    {Str::MonthJul, "يوليو", "Jul"},
    {Str::MonthAug, "أغسطس", "Aug"},
    {Str::MonthSep, "سبتمبر", "Sep"},
    {Str::MonthOct, "أكتوبر", "Oct"},
    {Str::MonthNov, "نوفمبر", "Nov"},
    {Str::MonthDec, "ديسمبر", "Dec"},
    {Str::WeekdaySun, "أحد", "Sun"},
    {Str::WeekdayMon, "اثنين", "Mon"},
    {Str::WeekdayTue, "ثلاثاء", "Tue"},
    {Str::WeekdayWed, "أربعاء", "Wed"},
    {Str::WeekdayThu, "خميس", "Thu"},
    {Str::WeekdayFri, "جمعة", "Fri"},
    {Str::WeekdaySat, "سبت", "Sat"},
    {Str::DocBuiltIn, "الوثائق المرفقة", "Built-in documents"},
    {Str::DocOwn, "وثائقك", "Your documents"},
    {Str::DocNoOwn, "لم تُضِف وثائق بعد", "You have added no documents yet"},
    {Str::DocFacts, "حقيقة", "facts"},
    {Str::DocQuestions, "سؤال", "questions"},
    {Str::DocWarnings, "تحذير", "warnings"},
    {Str::DocConflicts, "تعارضات بين الوثائق", "Conflicts between documents"},
    {Str::DocNoConflicts, "لا تعارضات بين الوثائق", "No conflicts between documents"},
    {Str::DocAddPrompt, "أضف ملفًا أو مجلدًا: اكتب مساره ثم Enter",
     "Add a file or folder: type its path, then Enter"},
    {Str::DocBuilding, "يُعاد بناء بنك الأسئلة…", "Rebuilding the question bank…"},
    {Str::DocBuilt, "أُعيد بناء بنك الأسئلة", "The question bank was rebuilt"},
    {Str::DocAdded, "أُضيف", "Added"},
    {Str::DocErrMissing, "لا يوجد ملف أو مجلد بهذا المسار", "No file or folder at this path"},
    {Str::DocErrUtf8, "الملف ليس نصًّا بترميز UTF-8 صالح", "The file is not valid UTF-8 text"},
    {Str::DocErrEmpty, "لا ملفات ‎.txt‎ في هذا المجلد",
     "No .txt files in this folder"},
    {Str::DocErrBuild, "تعذّر بناء بنك الأسئلة", "The question bank could not be built"},
    {Str::DocErrCopy, "تعذّر نسخ الملف", "The file could not be copied"},
    {Str::DocNoBank, "لا بنك أسئلة في مجلد البيانات بعد",
     "No question bank in the data folder yet"},
    {Str::DocHint, "اكتب مسارًا ثم Enter · الأسهم للتمرير · Esc للرجوع",
     "Type a path, then Enter · Arrows scroll · Esc goes back"},
    {Str::DocCount, "وثائق", "documents"},
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

std::string scheduler_interval_text(std::string_view text, const Settings& s) {
  const bool ar = s.language == Language::Arabic;
  const auto split = text.find_first_not_of("0123456789.");
  const std::string figure(text.substr(0, split));
  const std::string_view unit = split == std::string_view::npos ? "" : text.substr(split);
  const bool whole = figure.find('.') == std::string::npos;
  const long n = whole && !figure.empty() ? std::atol(figure.c_str()) : 0;
  // Arabic counts: 3-10 take the plural, 11 and more the accusative singular.
  auto arabic = [&](const char* one, const char* few, const char* many) {
    return !whole ? one : (n >= 3 && n <= 10 ? few : (n > 10 ? many : one));
  };
  std::string word;
  if (unit == "m") {
    word = ar ? arabic("دقيقة", "دقائق", "دقيقة") : "min";
  } else if (unit == "h") {
    word = ar ? arabic("ساعة", "ساعات", "ساعة") : "h";
  } else if (unit == "d") {
    word = ar ? arabic("يوم", "أيام", "يومًا") : "d";
  } else if (unit == "mo") {
    word = ar ? "شهر" : "mo";
  } else if (unit == "y") {
    word = ar ? "سنة" : "y";
  } else {
    word = std::string(unit);
  }
  return localize_digits(figure + " " + word, s.digits);
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
