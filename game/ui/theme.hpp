// The look of the game: large type and high contrast for projectors, a clear focus ring for
// keyboard and gamepad navigation. Sizes are for a 720-pixel-high window and scale with it.
#pragma once

#include <algorithm>

#include "game/ui/text_drawer.hpp"

namespace tarikh::ui::theme {

inline constexpr Color kBackground{18, 24, 38};
inline constexpr Color kPanel{32, 42, 64};
inline constexpr Color kPanelHover{44, 58, 88};
inline constexpr Color kText{245, 245, 240};
inline constexpr Color kMuted{170, 182, 204};
inline constexpr Color kAccent{255, 196, 61};  // focus ring, highlights
inline constexpr Color kGood{88, 204, 120};
inline constexpr Color kBad{240, 96, 96};
inline constexpr Color kHard{240, 160, 70};
inline constexpr Color kEasy{96, 170, 250};

inline constexpr int kFocusWidth = 5;

// Type sizes at 720 px window height and a font scale of 1.
inline constexpr int kTitle = 46;
inline constexpr int kHeading = 36;
inline constexpr int kBody = 30;
inline constexpr int kSmall = 22;

// A size scaled to the window height and the player's font scale.
inline int scaled(int base, int window_h, double font_scale) {
  const double s = std::clamp(window_h / 720.0, 0.6, 3.0) * font_scale;
  return std::max(8, static_cast<int>(base * s + 0.5));
}

}  // namespace tarikh::ui::theme
