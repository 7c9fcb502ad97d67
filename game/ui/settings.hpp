// The player's settings, kept per profile in the learner database (game/screens/profiles.hpp
// loads and saves them).
#pragma once

namespace tarikh::ui {

enum class Language { Arabic, English };
enum class Digits { Western, ArabicIndic };

struct Settings {
  Language language = Language::Arabic;
  Digits digits = Digits::Western;
  double font_scale = 1.0;  // 0.8 .. 1.6
  bool sounds = true;
  int new_per_day = 10;             // 0 .. 100
  double desired_retention = 0.90;  // 0.70 .. 0.99
  bool rtl() const { return language == Language::Arabic; }
};

}  // namespace tarikh::ui
