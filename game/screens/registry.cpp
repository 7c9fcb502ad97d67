// Screen names -> screens, for navigation and the script's `goto`.
#include <algorithm>

#include "game/screens/game_context.hpp"
#include "game/screens/screens.hpp"

namespace tarikh::screens {

const std::vector<std::string_view>& screen_names() {
  static const std::vector<std::string_view> names = {
      "home",        "study",           "quiz",
      "timeline",    "stats",           "settings",
      "documents",   "classroom-setup", "classroom-question",
      "leaderboard", "podium",          "profiles"};
  return names;
}

bool is_screen_name(std::string_view name) {
  const auto& n = screen_names();
  return std::find(n.begin(), n.end(), name) != n.end();
}

std::unique_ptr<ui::Screen> make_screen(std::string_view name, GameContext& ctx) {
  if (name == "home") return make_home(ctx);
  if (name == "study") return make_study(ctx);
  if (name == "quiz") return make_quiz(ctx);
  if (name == "timeline") return make_timeline(ctx);
  if (name == "settings") return make_settings(ctx);
  if (name == "profiles") return make_profiles(ctx);
  if (name == "stats") return make_stats(ctx);
  if (name == "documents") return make_documents(ctx);
  if (name == "classroom-setup") return make_classroom_setup(ctx);
  if (name == "classroom-question") return make_classroom_question(ctx);
  if (name == "leaderboard") return make_leaderboard(ctx);
  if (name == "podium") return make_podium(ctx);
  if (is_screen_name(name)) return make_placeholder(name, ctx);
  return nullptr;
}

}  // namespace tarikh::screens
