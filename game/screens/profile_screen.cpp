// Profiles: the learners on this machine, the current one marked; Enter (or a click) switches to
// another, and the last row makes a new one from a typed name (the text engine's TextField).
#include <algorithm>
#include <vector>

#include "game/screens/profiles.hpp"
#include "game/screens/screens.hpp"
#include "game/store/learner_db.hpp"
#include "game/ui/edit_line.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Action;
using ui::Str;
using K = ui::InputEvent::Kind;

constexpr int kMaxRows = 7;  // shown at once; the list scrolls with the focus

class ProfileScreen : public ui::Screen {
 public:
  explicit ProfileScreen(GameContext& ctx) : ctx_(ctx), edit_(120) {}
  std::string_view name() const override { return "profiles"; }
  bool wants_text() const override { return typing_; }

  void enter() override {
    profiles_.clear();
    if (ctx_.db) profiles_ = ctx_.db->profiles();
    focus_ = 0;
    for (std::size_t i = 0; i < profiles_.size(); ++i) {
      if (profiles_[i].id == ctx_.profile_id) focus_ = static_cast<int>(i);
    }
  }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    if (typing_) {
      type(e, view);
      return;
    }
    if (e.kind == K::Click) {
      const auto r = rows(view);
      const int i = ui::hit(r, e.x, e.y);
      if (i >= 0 && i < static_cast<int>(r.size())) choose(first_row() + i);
      return;
    }
    if (e.kind != K::Action) return;
    if (e.action == Action::Up) focus_ = ui::step_focus(focus_, -1, count());
    if (e.action == Action::Down) focus_ = ui::step_focus(focus_, 1, count());
    if (e.action == Action::Accept || e.action == Action::Reveal) choose(focus_);
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    ui::draw_header(c, ctx_.tr(Str::Profiles), ctx_.profile_name);
    const int fs = v.font(ui::theme::kBody);
    if (!ctx_.db) {
      c.text(ctx_.tr(Str::StNoStore), {v.sx(100), v.sy(200), v.w - v.sx(200), 0}, fs,
             ui::theme::kMuted, ui::Align::Center, true);
      return;
    }
    const auto r = rows(v);
    for (std::size_t i = 0; i < r.size(); ++i) {
      const int row = first_row() + static_cast<int>(i);
      const bool focused = row == focus_;
      c.fill(r[i], focused ? ui::theme::kPanelHover : ui::theme::kPanel);
      if (focused) c.outline(r[i], ui::theme::kAccent, ui::theme::kFocusWidth);
      const int th = c.measure(ctx_.tr(Str::NewProfile), fs, true).h;
      const SDL_Rect inner{r[i].x + v.sx(30), r[i].y + (r[i].h - th) / 2, r[i].w - v.sx(60), 0};
      if (row < static_cast<int>(profiles_.size())) {
        const auto& p = profiles_[static_cast<std::size_t>(row)];
        const bool current = p.id == ctx_.profile_id;
        c.text(p.name, inner, fs, current ? ui::theme::kAccent : ui::theme::kText, v.start(), true,
               false);
        if (current) c.text("✓", inner, fs, ui::theme::kGood, v.end(), true, false);
      } else if (typing_) {
        c.fill(r[i], ui::Color{250, 250, 246});
        c.outline(r[i], ui::theme::kGood, ui::theme::kFocusWidth);
        edit_.draw(c, edit_look(v, &c.text_drawer()), ui::Color{20, 24, 32});
      } else {
        c.text(ctx_.tr(Str::NewProfile), inner, fs, ui::theme::kGood, v.start(), true, false);
      }
    }
    if (typing_) {
      const SDL_Rect last = r.back();
      c.text(ctx_.tr(Str::ProfileName), {last.x, last.y + last.h + v.sy(10), last.w, 0},
             v.font(ui::theme::kSmall), ui::theme::kMuted, v.start(), false, false);
    }
    ui::draw_hint(c, ctx_.tr(typing_ ? Str::HintNewProfile : Str::HintProfiles));
  }

 private:
  int count() const { return static_cast<int>(profiles_.size()) + 1; }  // + "new learner"
  int first_row() const {
    return std::clamp(focus_ - kMaxRows + 1, 0, std::max(0, count() - kMaxRows));
  }

  std::vector<SDL_Rect> rows(const ui::View& v) const {
    std::vector<SDL_Rect> r;
    const int n = std::min(count(), kMaxRows);
    for (int i = 0; i < n; ++i) {
      r.push_back({v.sx(200), v.sy(110) + i * v.sy(76), v.w - v.sx(400), v.sy(62)});
    }
    return r;
  }

  void choose(int row) {
    if (!ctx_.db) return;
    focus_ = row;
    if (row < static_cast<int>(profiles_.size())) {
      use_profile(ctx_, profiles_[static_cast<std::size_t>(row)].id);
      ctx_.stack.pop();
    } else {
      typing_ = true;
      edit_.field().set_text("");
    }
  }

  // The new name's edit line: in the last row (the "new learner" row being typed into), aligned
  // by what is typed.
  ui::EditLineLook edit_look(const ui::View& v, ui::TextDrawer* d) const {
    const SDL_Rect row = rows(v).back();
    ui::EditLineLook look;
    look.size = v.font(ui::theme::kBody);
    look.bold = true;
    const int th = d ? d->measure(ctx_.tr(Str::NewProfile), look.size, true, 0).h : look.size;
    look.box = {row.x + v.sx(30), row.y + (row.h - th) / 2, row.w - v.sx(60), 0};
    look.align = ui::content_align(edit_.field().display_text());
    return look;
  }

  void type(const ui::InputEvent& e, const ui::View& v) {
    if (edit_.handle(e, ctx_.text, edit_look(v, ctx_.text))) return;
    if (e.kind == K::Action && e.action == Action::Accept) {
      std::string name = edit_.field().text();
      const auto first = name.find_first_not_of(' ');
      if (first == std::string::npos) return;  // a name is needed
      name = name.substr(first, name.find_last_not_of(' ') - first + 1);
      const std::int64_t id = ctx_.db->create_profile(name, ctx_.clock.now_ms() / 1000);
      typing_ = false;
      use_profile(ctx_, id);
      ctx_.stack.pop();
    }
  }

  GameContext& ctx_;
  std::vector<store::Profile> profiles_;
  ui::EditLine edit_;  // the new learner's name
  int focus_ = 0;
  bool typing_ = false;
};

}  // namespace

std::unique_ptr<ui::Screen> make_profiles(GameContext& ctx) {
  return std::make_unique<ProfileScreen>(ctx);
}

}  // namespace tarikh::screens
