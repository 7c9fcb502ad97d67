// The factory of each screen (one file per screen in this folder).
#pragma once

#include <memory>
#include <string_view>

#include "game/screens/game_context.hpp"

namespace tarikh::screens {

std::unique_ptr<ui::Screen> make_home(GameContext& ctx);
std::unique_ptr<ui::Screen> make_study(GameContext& ctx);
std::unique_ptr<ui::Screen> make_quiz(GameContext& ctx);
std::unique_ptr<ui::Screen> make_timeline(GameContext& ctx);
std::unique_ptr<ui::Screen> make_settings(GameContext& ctx);
std::unique_ptr<ui::Screen> make_profiles(GameContext& ctx);  // profile_screen.cpp
// The classroom competition (classroom_*.cpp).
std::unique_ptr<ui::Screen> make_classroom_setup(GameContext& ctx);
std::unique_ptr<ui::Screen> make_classroom_question(GameContext& ctx);
std::unique_ptr<ui::Screen> make_leaderboard(GameContext& ctx);
std::unique_ptr<ui::Screen> make_podium(GameContext& ctx);
std::unique_ptr<ui::Screen> make_stats(GameContext& ctx);
std::unique_ptr<ui::Screen> make_documents(GameContext& ctx);
// A screen that says it is not built yet (none left; kept for names added later).
std::unique_ptr<ui::Screen> make_placeholder(std::string_view name, GameContext& ctx);

}  // namespace tarikh::screens
