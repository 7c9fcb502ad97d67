#include "game/screens/profiles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "game/store/learner_db.hpp"
#include "game/store/store_deck.hpp"

namespace tarikh::screens {

namespace {

std::int64_t to_int(const std::optional<std::string>& s, std::int64_t fallback) {
  if (!s) return fallback;
  try {
    return std::stoll(*s);
  } catch (const std::exception&) {
    return fallback;
  }
}

ui::Settings read_settings(store::LearnerDb& db, std::int64_t profile) {
  ui::Settings s;
  if (const auto v = db.setting(profile, "language")) {
    s.language = *v == "en" ? ui::Language::English : ui::Language::Arabic;
  }
  if (const auto v = db.setting(profile, "digits")) {
    s.digits = *v == "arabic-indic" ? ui::Digits::ArabicIndic : ui::Digits::Western;
  }
  s.font_scale =
      std::clamp<std::int64_t>(to_int(db.setting(profile, "font_size"), 100), 80, 160) / 100.0;
  if (const auto v = db.setting(profile, "sounds")) s.sounds = *v != "off";
  s.desired_retention = db.desired_retention(profile);
  s.new_per_day = static_cast<int>(
      std::clamp<std::int64_t>(to_int(db.setting(profile, "new_per_day"), s.new_per_day), 0, 100));
  return s;
}

}  // namespace

std::int64_t last_profile(store::LearnerDb& db, std::int64_t now_s,
                          const std::string& default_name) {
  std::int64_t best = 0, best_time = -1;
  for (const auto& p : db.profiles()) {
    const std::int64_t t = to_int(db.setting(p.id, "last_used"), 0);
    if (t > best_time) {
      best = p.id;
      best_time = t;
    }
  }
  if (best == 0) best = db.create_profile(default_name, now_s);
  return best;
}

void use_profile(GameContext& ctx, std::int64_t profile) {
  if (!ctx.db) return;
  // "last_used" only grows, so that two switches within one clock tick still order.
  std::int64_t stamp = ctx.clock.now_ms();
  for (const auto& p : ctx.db->profiles()) {
    if (p.id == profile) ctx.profile_name = p.name;
    stamp = std::max(stamp, to_int(ctx.db->setting(p.id, "last_used"), 0) + 1);
  }
  ctx.profile_id = profile;
  ctx.settings = read_settings(*ctx.db, profile);
  ctx.db->set_setting(profile, "last_used", std::to_string(stamp));
  if (!ctx.db->setting(profile, "new_per_day")) save_settings(ctx);  // a new profile: defaults
  if (auto* deck = dynamic_cast<store::StoreDeck*>(&ctx.deck)) {
    deck->set_profile(profile, ctx.clock.now_ms());
  }
}

void save_settings(GameContext& ctx) {
  if (!ctx.db || ctx.profile_id == 0) return;
  const auto& s = ctx.settings;
  auto& db = *ctx.db;
  const std::int64_t p = ctx.profile_id;
  db.set_setting(p, "language", s.language == ui::Language::English ? "en" : "ar");
  db.set_setting(p, "digits", s.digits == ui::Digits::ArabicIndic ? "arabic-indic" : "western");
  db.set_setting(p, "font_size", std::to_string(std::lround(s.font_scale * 100)));
  db.set_setting(p, "sounds", s.sounds ? "on" : "off");
  char retention[16];
  std::snprintf(retention, sizeof retention, "%.2f", s.desired_retention);
  db.set_setting(p, "retention", retention);
  db.set_setting(p, "new_per_day", std::to_string(s.new_per_day));
  if (auto* deck = dynamic_cast<store::StoreDeck*>(&ctx.deck)) deck->reload_settings();
}

}  // namespace tarikh::screens
