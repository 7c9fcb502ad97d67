// Home: the learner (the profile picker one button away), today's due and new counts, and the
// way to every part of the game.
#include <array>

#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;

struct Item {
  Str label;
  const char* screen;
};

constexpr std::array<Item, 8> kItems = {{{Str::Study, "study"},
                                         {Str::Quiz, "quiz"},
                                         {Str::Timeline, "timeline"},
                                         {Str::Classroom, "classroom-setup"},
                                         {Str::Stats, "stats"},
                                         {Str::Settings, "settings"},
                                         {Str::Documents, "documents"},
                                         {Str::Profiles, "profiles"}}};
constexpr int kFirstRow = 4;  // study, quiz, timeline, classroom; then the other four

class HomeScreen : public ui::Screen {
 public:
  explicit HomeScreen(GameContext& ctx) : ctx_(ctx) {}
  std::string_view name() const override { return "home"; }

  // The counts (and the profile) may have changed on the screen that was on top.
  void enter() override { counts_ = ctx_.deck.due_counts(ctx_.clock.now_ms()); }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    using ui::Action;
    if (e.kind == ui::InputEvent::Kind::Click) {
      const int i = ui::hit(layout(view), e.x, e.y);
      if (i >= 0) open(i);
      return;
    }
    if (e.kind != ui::InputEvent::Kind::Action) return;
    const int step = ui::reading_step(e.action, view.rtl);
    if (step != 0) {
      focus_ = ui::step_focus(focus_, step, static_cast<int>(kItems.size()));
    } else if (e.action == Action::Down && focus_ < kFirstRow) {
      focus_ = std::min(kFirstRow + focus_, static_cast<int>(kItems.size()) - 1);
    } else if (e.action == Action::Up && focus_ >= kFirstRow) {
      focus_ = focus_ - kFirstRow;
    } else if (e.action == Action::Accept || e.action == Action::Reveal) {
      open(focus_);
    }
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    const std::string profile =
        ctx_.profile_name.empty() ? std::string(ctx_.tr(Str::Profile)) : ctx_.profile_name;
    ui::draw_header(c, ctx_.tr(Str::AppTitle), profile);

    // Today's counts, two large figures.
    const int y = v.sy(120);
    const int big = v.font(64);
    const int small = v.font(ui::theme::kBody);
    const std::array<std::pair<int, Str>, 2> figures = {
        {{counts_.due, Str::DueToday}, {counts_.fresh, Str::NewCards}}};
    for (int i = 0; i < 2; ++i) {
      const SDL_Rect box = v.place({v.sx(140 + i * 540), y, v.sx(460), v.sy(170)});
      c.fill(box, ui::theme::kPanel);
      const ui::Color col = i == 0 ? ui::theme::kAccent : ui::theme::kEasy;
      const std::string figure = ui::number(figures[i].first, ctx_.settings);
      const auto label = ctx_.tr(figures[i].second);
      const int fh = c.measure(figure, big, true).h, lh = c.measure(label, small).h;
      const int top = box.y + (box.h - fh - lh) / 2;
      c.text(figure, {box.x, top, box.w, 0}, big, col, ui::Align::Center, true, false);
      c.text(label, {box.x, top + fh, box.w, 0}, small, ui::theme::kText, ui::Align::Center, false,
             false);
    }

    const auto rects = layout(v);
    for (std::size_t i = 0; i < kItems.size(); ++i) {
      c.button(rects[i], ctx_.tr(kItems[i].label), static_cast<int>(i) == focus_,
               i < kFirstRow ? ui::theme::kPanel : ui::Color{26, 34, 52},
               v.font(i < kFirstRow ? ui::theme::kBody : ui::theme::kBody - 4));
    }
    ui::draw_hint(c, ctx_.tr(Str::HintHome));
  }

 private:
  std::array<SDL_Rect, kItems.size()> layout(const ui::View& v) const {
    std::array<SDL_Rect, kItems.size()> r{};
    const int margin = v.sx(60), gap = v.sx(24);
    const int w1 = (v.w - 2 * margin - 3 * gap) / 4;
    for (int i = 0; i < kFirstRow; ++i) {
      r[i] = v.place({margin + i * (w1 + gap), v.sy(330), w1, v.sy(124)});
    }
    const int n2 = static_cast<int>(kItems.size()) - kFirstRow;
    const int w2 = (v.w - 2 * margin - (n2 - 1) * gap) / n2;
    for (int i = 0; i < n2; ++i) {
      r[kFirstRow + i] = v.place({margin + i * (w2 + gap), v.sy(480), w2, v.sy(88)});
    }
    return r;
  }

  void open(int i) {
    focus_ = i;
    if (auto s = make_screen(kItems[i].screen, ctx_)) ctx_.stack.push(std::move(s));
  }

  GameContext& ctx_;
  session::DueCounts counts_;
  int focus_ = 0;
};

}  // namespace

std::unique_ptr<ui::Screen> make_home(GameContext& ctx) {
  return std::make_unique<HomeScreen>(ctx);
}

}  // namespace tarikh::screens
