// The player's settings (kept in memory for now; the learner store will persist them).
#pragma once

namespace tarikh::ui {

enum class Language { Arabic, English };
enum class Digits { Western, ArabicIndic };

struct Settings {
  Language language = Language::Arabic;
  Digits digits = Digits::Western;
  double font_scale = 1.0;  // 0.8 .. 1.6
  bool sounds = true;
  int new_per_day = 10;
  bool rtl() const { return language == Language::Arabic; }
};

}  // namespace tarikh::ui
