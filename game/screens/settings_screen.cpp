// Settings: language, digits, font size, sounds, desired retention and new cards per day, saved
// to the current profile in the learner database the moment they change. Up/Down choose a row;
// Left/Right/Enter change it; a click changes the row.
#include <array>
#include <cmath>

#include "game/screens/profiles.hpp"
#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Action;
using ui::Str;

constexpr std::array<Str, 6> kRows = {Str::Language, Str::DigitsSetting, Str::FontSize,
                                      Str::Sounds,   Str::Retention,     Str::NewPerDay};

class SettingsScreen : public ui::Screen {
 public:
  explicit SettingsScreen(GameContext& ctx) : ctx_(ctx) {}
  std::string_view name() const override { return "settings"; }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    if (e.kind == ui::InputEvent::Kind::Click) {
      const int i = ui::hit(rows(view), e.x, e.y);
      if (i >= 0) {
        focus_ = i;
        change(i, +1);
      }
      return;
    }
    if (e.kind != ui::InputEvent::Kind::Action) return;
    if (e.action == Action::Up) focus_ = ui::step_focus(focus_, -1, kRows.size());
    if (e.action == Action::Down) focus_ = ui::step_focus(focus_, 1, kRows.size());
    if (e.action == Action::Accept) change(focus_, +1);
    if (const int step = ui::reading_step(e.action, view.rtl)) change(focus_, step);
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    ui::draw_header(c, ctx_.tr(Str::Settings), "");
    const auto r = rows(v);
    const int fs = v.font(ui::theme::kBody);
    for (std::size_t i = 0; i < kRows.size(); ++i) {
      const bool focused = static_cast<int>(i) == focus_;
      c.fill(r[i], focused ? ui::theme::kPanelHover : ui::theme::kPanel);
      if (focused) c.outline(r[i], ui::theme::kAccent, ui::theme::kFocusWidth);
      const auto ts = c.measure(ctx_.tr(kRows[i]), fs, true);
      const SDL_Rect inner{r[i].x + v.sx(30), r[i].y + (r[i].h - ts.h) / 2, r[i].w - v.sx(60), 0};
      c.text(ctx_.tr(kRows[i]), inner, fs, ui::theme::kText, v.start(), true, false);
      // The value centred in the row on its own (Latin digits stand shorter than Arabic words).
      const std::string shown = "‹  " + value(static_cast<int>(i)) + "  ›";
      const auto vs = c.measure(shown, fs, true);
      c.text(shown, {inner.x, r[i].y + (r[i].h - vs.h) / 2, inner.w, 0}, fs, ui::theme::kAccent,
             v.end(), true, false);
    }
    ui::draw_hint(c, ctx_.tr(Str::HintSettings));
  }

 private:
  std::array<SDL_Rect, kRows.size()> rows(const ui::View& v) const {
    std::array<SDL_Rect, kRows.size()> r{};
    for (std::size_t i = 0; i < kRows.size(); ++i) {
      r[i] = {v.sx(160), v.sy(104) + static_cast<int>(i) * v.sy(90), v.w - v.sx(320), v.sy(76)};
    }
    return r;
  }

  std::string value(int row) const {
    const auto& s = ctx_.settings;
    switch (row) {
      case 0:
        return std::string(
            ctx_.tr(s.language == ui::Language::Arabic ? Str::LangArabic : Str::LangEnglish));
      case 1:
        return std::string(
            ctx_.tr(s.digits == ui::Digits::Western ? Str::DigitsWestern : Str::DigitsArabic));
      case 2:
        return ui::number(std::lround(s.font_scale * 100), s) + "%";
      case 3:
        return std::string(ctx_.tr(s.sounds ? Str::On : Str::Off));
      case 4:
        return ui::number(std::lround(s.desired_retention * 100), s) + "%";
      default:
        return ui::number(s.new_per_day, s);
    }
  }

  void change(int row, int step) {
    auto& s = ctx_.settings;
    switch (row) {
      case 0:
        s.language =
            s.language == ui::Language::Arabic ? ui::Language::English : ui::Language::Arabic;
        break;
      case 1:
        s.digits = s.digits == ui::Digits::Western ? ui::Digits::ArabicIndic : ui::Digits::Western;
        break;
      case 2: {
        // 80% .. 160% in steps of 10%, wrapping.
        int pct = static_cast<int>(std::lround(s.font_scale * 100)) + 10 * step;
        if (pct > 160) pct = 80;
        if (pct < 80) pct = 160;
        s.font_scale = pct / 100.0;
        break;
      }
      case 3:
        s.sounds = !s.sounds;
        ctx_.sounds.play(ui::Sound::Right);  // turned on: a sample of what is heard
        break;
      case 4: {
        // 70% .. 99% in steps of 1%, wrapping.
        int pct = static_cast<int>(std::lround(s.desired_retention * 100)) + step;
        if (pct > 99) pct = 70;
        if (pct < 70) pct = 99;
        s.desired_retention = pct / 100.0;
        break;
      }
      default: {
        // 0 .. 100 in steps of 5, wrapping.
        int n = s.new_per_day + 5 * step;
        if (n > 100) n = 0;
        if (n < 0) n = 100;
        s.new_per_day = n;
        break;
      }
    }
    save_settings(ctx_);
  }

  GameContext& ctx_;
  int focus_ = 0;
};

}  // namespace

std::unique_ptr<ui::Screen> make_settings(GameContext& ctx) {
  return std::make_unique<SettingsScreen>(ctx);
}

}  // namespace tarikh::screens
