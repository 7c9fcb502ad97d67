// Timeline: put 4-5 events in order with the keyboard (arrows choose, Shift+arrows move),
// a gamepad (shoulders move) or by dragging; Enter checks. The events then slide to their true
// places (an animation on the fixed time step) and a time axis shows their dates.
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "game/screens/screens.hpp"
#include "game/session/matcher.hpp"
#include "game/session/timeline_session.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Action;
using ui::Str;

constexpr int kSlideMs = 600;

std::optional<session::TimelineSession> first_timeline(const GameContext& ctx) {
  for (const auto& q : ctx.deck.questions()) {
    if (q.type != "timeline") continue;
    if (auto t = session::TimelineSession::from_question(q, ctx.seed)) return t;
  }
  return std::nullopt;
}

class TimelineScreen : public ui::Screen {
 public:
  explicit TimelineScreen(GameContext& ctx) : ctx_(ctx), session_(first_timeline(ctx)) {}

  std::string_view name() const override { return "timeline"; }
  bool animating() const override {
    return session_ && session_->checked() && slide_ms_ < kSlideMs;
  }
  void update(int step_ms) override {
    if (animating()) slide_ms_ = std::min(kSlideMs, slide_ms_ + step_ms);
  }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    if (!session_) return;
    auto& t = *session_;
    const auto slots = slot_rects(view);
    using K = ui::InputEvent::Kind;
    if (t.checked()) {
      if ((e.kind == K::Action && e.action == Action::Accept) ||
          (e.kind == K::Click && ui::contains(button_rect(view), e.x, e.y))) {
        ctx_.stack.pop();
      }
      return;
    }
    switch (e.kind) {
      case K::Action:
        if (e.action == Action::Up) t.focus_up();
        if (e.action == Action::Down) t.focus_down();
        if (e.action == Action::MoveUp) t.move_up();
        if (e.action == Action::MoveDown) t.move_down();
        if (e.action == Action::Accept) check();
        break;
      case K::Click:
        if (ui::contains(button_rect(view), e.x, e.y)) {
          check();
        } else if (const int i = ui::hit(slots, e.x, e.y); i >= 0) {
          while (t.focus() < i) t.focus_down();
          while (t.focus() > i) t.focus_up();
        }
        break;
      case K::DragStart:
        drag_from_ = ui::hit(slots, e.x, e.y);
        break;
      case K::DragEnd:
        if (drag_from_ >= 0) {
          int to = ui::hit(slots, e.x, e.y);
          if (to < 0) to = e.y < slots.front().y ? 0 : static_cast<int>(slots.size()) - 1;
          t.move(drag_from_, to);
        }
        drag_from_ = -1;
        break;
      default:
        break;
    }
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    ui::draw_header(c, ctx_.tr(Str::Timeline), "");
    if (!session_) {
      c.text(ctx_.tr(Str::NothingToStudy), {0, v.sy(300), v.w, 0}, v.font(ui::theme::kHeading),
             ui::theme::kText, ui::Align::Center);
      return;
    }
    const auto& t = *session_;
    const auto slots = slot_rects(v);
    const int fs = v.font(ui::theme::kBody - 2);
    if (!t.checked()) {
      for (std::size_t i = 0; i < t.order().size(); ++i) {
        const bool focused = static_cast<int>(i) == t.focus();
        c.fill(slots[i], focused ? ui::theme::kPanelHover : ui::theme::kPanel);
        if (focused) c.outline(slots[i], ui::theme::kAccent, ui::theme::kFocusWidth);
        const std::string label =
            ui::number(static_cast<long>(i) + 1, ctx_.settings) + ".  " + t.order()[i].label;
        c.fit_text(label,
                   {slots[i].x + v.sx(20), slots[i].y + 2, slots[i].w - v.sx(40), slots[i].h - 4},
                   fs, ui::theme::kText, ui::content_align(label));
      }
      c.button(button_rect(v), ctx_.tr(Str::Check), false, ui::Color{34, 92, 56},
               v.font(ui::theme::kBody));
      ui::draw_hint(c, ctx_.tr(Str::OrderHint));
      return;
    }
    // Checked: each event slides from its slot to its true place on the axis.
    const auto truth = t.true_order();
    const auto correct = t.correct_slots();
    const double p = static_cast<double>(slide_ms_) / kSlideMs;
    const double ease = 1 - (1 - p) * (1 - p);
    // The axis is to scale when every event has a year (else evenly spaced, by rank).
    const bool to_scale =
        std::all_of(truth.begin(), truth.end(), [](const auto& e) { return e.year.has_value(); }) &&
        *truth.back().year > *truth.front().year;
    auto when = [&](const session::TimelineEvent& e) { return to_scale ? *e.year : e.key; };
    const double lo = when(truth.front()), hi = when(truth.back());
    const int axis_y = v.sy(560);
    const int ax0 = v.sx(100), ax1 = v.w - v.sx(100);
    c.fill({ax0, axis_y, ax1 - ax0, v.sy(6)}, ui::theme::kMuted);
    auto axis_x = [&](double key) {
      const double f = hi > lo ? (key - lo) / (hi - lo) : 0.5;
      const int x = ax0 + static_cast<int>(f * (ax1 - ax0));
      return v.rtl ? ax0 + ax1 - x : x;  // time runs right to left in Arabic
    };
    // Each date under its tick, on the first of three rows where it overlaps no other label.
    std::array<std::vector<std::pair<int, int>>, 3> taken;
    for (std::size_t r = 0; r < truth.size(); ++r) {
      const int x = axis_x(when(truth[r]));
      c.fill({x - v.sx(4), axis_y - v.sy(14), v.sx(8), v.sy(34)}, ui::theme::kAccent);
      const std::string date = ui::localize_digits(truth[r].surface, ctx_.settings.digits);
      const int dfs = v.font(ui::theme::kSmall - 2);
      const int lw = std::min(v.w - 16, c.measure(date, dfs).w + 8);
      const int lx = std::clamp(x - lw / 2, 8, v.w - 8 - lw);
      std::size_t row = 0;
      for (; row + 1 < taken.size(); ++row) {
        const bool clear = std::none_of(
            taken[row].begin(), taken[row].end(),
            [&](const auto& span) { return lx < span.second && span.first < lx + lw; });
        if (clear) break;
      }
      taken[row].emplace_back(lx, lx + lw);
      const int dy = axis_y + v.sy(26) + static_cast<int>(row) * v.sy(34);
      c.text(date, {lx, dy, lw, 0}, dfs, ui::theme::kText, ui::Align::Center, false, false);
    }
    const int cw = v.sx(1000), ch = v.sy(60);
    for (std::size_t i = 0; i < t.order().size(); ++i) {
      const auto& ev = t.order()[i];
      const auto it = std::find_if(truth.begin(), truth.end(),
                                   [&](const auto& e) { return e.label == ev.label; });
      const int r = static_cast<int>(it - truth.begin());
      // From slot i to row r of the true order.
      const SDL_Rect from = slots[i];
      const SDL_Rect to{(v.w - cw) / 2, v.sy(110) + r * (ch + v.sy(10)), cw, ch};
      const SDL_Rect now{from.x + static_cast<int>((to.x - from.x) * ease),
                         from.y + static_cast<int>((to.y - from.y) * ease),
                         from.w + static_cast<int>((to.w - from.w) * ease),
                         from.h + static_cast<int>((to.h - from.h) * ease)};
      c.fill(now, correct[i] ? ui::Color{30, 96, 56} : ui::Color{120, 36, 44});
      const std::string label =
          ev.label + "  —  " + ui::localize_digits(ev.surface, ctx_.settings.digits);
      c.fit_text(label, {now.x + v.sx(16), now.y + 2, now.w - v.sx(32), now.h - 4},
                 v.font(ui::theme::kSmall + 2), ui::theme::kText, ui::content_align(label));
    }
    const std::string summary =
        ui::fraction(t.correct_count(), static_cast<long>(t.order().size()), ctx_.settings) + " " +
        std::string(ctx_.tr(Str::TimelineDone));
    c.text(summary, {0, v.sy(470), v.w, 0}, v.font(ui::theme::kBody), ui::theme::kAccent,
           ui::Align::Center, true, false);
  }

 private:
  std::vector<SDL_Rect> slot_rects(const ui::View& v) const {
    std::vector<SDL_Rect> r;
    if (!session_) return r;
    const int n = static_cast<int>(session_->order().size());
    const int h = v.sy(72), gap = v.sy(12);
    for (int i = 0; i < n; ++i)
      r.push_back({v.sx(140), v.sy(110) + i * (h + gap), v.w - v.sx(280), h});
    return r;
  }
  SDL_Rect button_rect(const ui::View& v) const {
    return {(v.w - v.sx(420)) / 2, v.sy(560), v.sx(420), v.sy(80)};
  }
  void check() {
    session_->check();
    slide_ms_ = 0;
    ctx_.sounds.answer(session_->correct_count() == static_cast<int>(session_->order().size()));
  }

  GameContext& ctx_;
  std::optional<session::TimelineSession> session_;
  int slide_ms_ = 0;
  int drag_from_ = -1;
};

}  // namespace

std::unique_ptr<ui::Screen> make_timeline(GameContext& ctx) {
  return std::make_unique<TimelineScreen>(ctx);
}

}  // namespace tarikh::screens
