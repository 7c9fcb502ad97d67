// The UI's words in Arabic and English: a key -> {ar, en} catalog, so that no screen holds a
// literal. Digits in UI text follow the player's setting.
#pragma once

#include <string>
#include <string_view>

#include "game/ui/settings.hpp"

namespace tarikh::ui {

enum class Str {
  AppTitle,
  Profile,
  DueToday,
  NewCards,
  Study,
  Quiz,
  Timeline,
  Classroom,
  Stats,
  Settings,
  Documents,
  ShowAnswer,
  Again,
  Hard,
  Good,
  Easy,
  Source,
  Card,
  SessionDone,
  Reviewed,
  BackHome,
  NothingToStudy,
  Question,
  Score,
  Streak,
  Correct,
  Wrong,
  TheAnswerWas,
  TypeAnswer,
  TypeEstimate,
  Submit,
  Next,
  Results,
  WhichFirst,
  Check,
  OrderHint,
  TimelineDone,
  Language,
  DigitsSetting,
  FontSize,
  Sounds,
  On,
  Off,
  LangArabic,
  LangEnglish,
  DigitsWestern,
  DigitsArabic,
  NotBuiltYet,
  Leaderboard,
  Podium,
  ClassroomQuestion,
  EscBack,
  Days,
  Closeness,
  HintHome,
  HintReveal,
  HintGrade,
  HintChoice,
  HintTyped,
  HintFeedback,
  HintSettings,
  HintBack,
  CrTypeMcq,
  CrTypeWhichFirst,
  CrTypeCloze,
  CrTypeNumeric,
  CrQuestionCount,
  CrTimePerQuestion,
  CrSeconds,
  CrTeamCount,
  CrMode,
  CrModeEveryone,
  CrModeBuzzer,
  CrPacing,
  CrPacingHost,
  CrPacingAuto,
  CrSpeedPoints,
  CrStreakBonus,
  CrShowAll,
  CrTopThree,
  CrToTeams,
  CrTeamsTitle,
  CrTeam,
  CrKeys,
  CrGamepad,
  CrPressToTest,
  CrBuzzerWorks,
  CrPadHelp,
  CrStart,
  CrHintSetup,
  CrHintTeams,
  CrInProgress,
  CrResume,
  CrEnd,
  CrConfirmEnd,
  CrPaused,
  CrPausedHint,
  CrLocked,
  CrWaiting,
  CrHasFloor,
  CrBuzzIn,
  CrNoAnswer,
  CrJudged,
  CrHintQuestion,
  CrHintBuzzer,
  CrHintReveal,
  CrHintLeaderboard,
  CrHintPodium,
  CrHintToPodium,
  CrHintRename,
  CrNoCompetition,
  CrPoints,
  CrResultsSaved,
  CrResultsFailed,
  CrAfterQuestion,
  Count_  // not a string: the number of keys
};

// The text of `key` in `lang`.
std::string_view tr(Str key, Language lang);

// `text` with its Western digits written in the chosen set.
std::string localize_digits(std::string_view text, Digits digits);

// tr() plus the digit setting, for text that holds numbers.
std::string tr_num(Str key, const Settings& s);
std::string number(long n, const Settings& s);

// "a / b" in the chosen digits, kept left to right in an English line (in Arabic it reads right
// to left, as Arabic readers expect).
std::string fraction(long a, long b, const Settings& s);

// An interval in days as the study buttons show it ("3 d" / "٣ ي", months and years when long).
std::string interval_text(int days, const Settings& s);

}  // namespace tarikh::ui
