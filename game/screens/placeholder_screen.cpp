// A placeholder for a screen name that has no screen yet (every name in DESIGN.md now has one):
// it carries its name, so that navigation, `goto` and `expect-screen` work, and says plainly
// that it is not built yet.
#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;

Str title_of(std::string_view name) {
  if (name == "stats") return Str::Stats;
  if (name == "documents") return Str::Documents;
  if (name == "classroom-setup") return Str::Classroom;
  if (name == "classroom-question") return Str::ClassroomQuestion;
  if (name == "leaderboard") return Str::Leaderboard;
  return Str::Podium;
}

class PlaceholderScreen : public ui::Screen {
 public:
  PlaceholderScreen(std::string_view name, GameContext& ctx) : name_(name), ctx_(ctx) {}
  std::string_view name() const override { return name_; }
  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (e.kind == ui::InputEvent::Kind::Action && e.action == ui::Action::Accept) ctx_.stack.pop();
  }
  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    ui::draw_header(c, ctx_.tr(title_of(name_)), "");
    c.text(ctx_.tr(Str::NotBuiltYet), {v.sx(80), v.sy(300), v.w - v.sx(160), 0},
           v.font(ui::theme::kHeading), ui::theme::kMuted, ui::Align::Center, true);
    ui::draw_hint(c, ctx_.tr(Str::HintBack));
  }

 private:
  std::string name_;
  GameContext& ctx_;
};

}  // namespace

std::unique_ptr<ui::Screen> make_placeholder(std::string_view name, GameContext& ctx) {
  return std::make_unique<PlaceholderScreen>(name, ctx);
}

}  // namespace tarikh::screens
