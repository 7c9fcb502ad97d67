// Learner profiles and their settings in the learner database (GameContext::db): which profile
// was used last, switching to another one, and the settings saved per profile.
#pragma once

#include <cstdint>
#include <string>

#include "game/screens/game_context.hpp"

namespace tarikh::screens {

// The profile used last (the one with the newest "last_used" setting), or a new one named
// `default_name` when there is none.
std::int64_t last_profile(store::LearnerDb& db, std::int64_t now_s,
                          const std::string& default_name);

// Makes `profile` the current one: its name and settings into ctx, its cards synced (when the
// deck is the learner store's), and it becomes the last used. No-op without ctx.db.
void use_profile(GameContext& ctx, std::int64_t profile);

// Writes ctx.settings to the current profile (and tells the deck about a changed retention).
// No-op without ctx.db.
void save_settings(GameContext& ctx);

}  // namespace tarikh::screens
