// podium: the end of the competition. The first three places on their steps (teams that tie
// share a step), and the full path of the results file written on arrival
// (DATA/results/competition-YYYYMMDD-HHMMSS.csv). Return goes back to the setup.
#include <algorithm>

#include "game/screens/classroom_room.hpp"
#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;

class PodiumScreen : public ui::Screen {
 public:
  explicit PodiumScreen(GameContext& ctx) : ctx_(ctx), room_(room_of(ctx)) {}
  std::string_view name() const override { return "podium"; }
  // A team's gamepad never leaves the competition (its B and Back are dropped).
  bool takes_back(const ui::InputEvent& e) const override { return is_team_pad_back(room_, e); }

  void enter() override { save_results(ctx_); }

  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (e.kind == ui::InputEvent::Kind::Action && e.device < 0 && e.action == ui::Action::Accept) {
      ctx_.stack.pop();
    }
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    c.clear(ui::theme::kBackground);
    const int header = ui::draw_header(c, ctx_.tr(Str::Podium), ctx_.tr(Str::Classroom));
    if (!room_.competition || room_.competition->phase() != cr::Phase::Podium) {
      c.text(ctx_.tr(Str::CrNoCompetition), {v.sx(80), v.sy(300), v.w - v.sx(160), 0},
             v.font(ui::theme::kHeading), ui::theme::kMuted, ui::Align::Center, true);
      return;
    }
    const cr::Competition& comp = *room_.competition;
    const auto standings = comp.standings();
    // Steps in left-to-right terms: second, first, third (mirrored in Arabic).
    const int step_w = v.sx(330), gap = v.sx(30);
    const int x0 = (v.w - 3 * step_w - 2 * gap) / 2;
    // With the feed's line under the results, the steps are lower (their tops, and the names'
    // room above them, stay where they are).
    const bool fed = room_.setup.feed_profile != 0 && ctx_.db;
    const int lift = fed ? v.sy(44) : 0;
    const int base = v.sy(540) - lift;
    const int heights[3] = {v.sy(170) - lift, v.sy(230) - lift,
                            v.sy(120) - lift};  // second, first, third
    const int places[3] = {2, 1, 3};
    const ui::Color steps[3] = {{170, 180, 196}, {232, 190, 60}, {196, 128, 72}};
    for (int k = 0; k < 3; ++k) {
      std::vector<const cr::Standing*> here;
      for (const auto& st : standings) {
        if (st.place == places[k]) here.push_back(&st);
      }
      const SDL_Rect step =
          v.place({x0 + k * (step_w + gap), base - heights[k], step_w, heights[k]});
      c.fill(step, steps[k]);
      centred_line(c, ui::number(places[k], s), step, v.font(ui::theme::kTitle + 30),
                   ui::theme::kBackground, ui::Align::Center, true);
      // Names (several when tied) above the step, each in its team's colour, then the score.
      const int fs = v.font(here.size() > 1 ? ui::theme::kBody : ui::theme::kHeading);
      int y = step.y - v.sy(12);
      if (!here.empty()) {
        const std::string score =
            ui::number(here.front()->score, s) + " " + std::string(ctx_.tr(Str::CrPoints));
        y -= c.measure(score, v.font(ui::theme::kBody)).h;
        c.text(score, {step.x, y, step.w, 0}, v.font(ui::theme::kBody), ui::theme::kText,
               ui::Align::Center, false, false);
      }
      int names_h = 0;
      for (const auto* st : here) {
        names_h +=
            c.measure(comp.teams()[static_cast<std::size_t>(st->team)].name, fs, true).h + v.sy(4);
      }
      if (y - names_h < header && here.size() > 1) {
        // More tied teams than lines above the step: all of them on one line, never one left out.
        std::string all;
        for (const auto* st : here) {
          if (!all.empty()) all += " · ";
          all += ui::isolate(comp.teams()[static_cast<std::size_t>(st->team)].name);
        }
        const int w = step.w + 2 * gap;
        int size = fs;
        while (size > fs / 2 && c.measure(all, size, true).w > w) --size;
        const int h = c.measure(all, size, true).h;
        c.text(all, {step.x - gap, y - h - v.sy(4), w, 0}, size, ui::theme::kText,
               ui::Align::Center, true, false);
        continue;
      }
      for (auto it = here.rbegin(); it != here.rend(); ++it) {
        const auto& team = comp.teams()[static_cast<std::size_t>((*it)->team)];
        y -= c.measure(team.name, fs, true).h + v.sy(4);
        if (y < header) break;
        c.text(team.name, {step.x, y, step.w, 0}, fs, rgba_colour(team.color), ui::Align::Center,
               true, false);
      }
    }
    // Where the results went.
    const int fs = v.font(ui::theme::kSmall + 2);
    const std::string where =
        room_.results_file.empty()
            ? std::string(ctx_.tr(Str::CrResultsFailed)) + ": " + ui::isolate_ltr(room_.save_error)
            : std::string(ctx_.tr(Str::CrResultsSaved)) + ":";
    int y = base + v.sy(24);
    y += c.text(where, {v.sx(40), y, v.w - v.sx(80), 0}, fs, ui::theme::kMuted, ui::Align::Center,
                false);
    if (!room_.results_file.empty()) {
      y += c.text(ui::isolate_ltr(room_.results_file.string()), {v.sx(40), y, v.w - v.sx(80), 0},
                  fs, ui::theme::kAccent, ui::Align::Center, true);
    }
    if (fed) {
      // The profile the competition fed: how many of its cards were reviewed.
      c.text(std::string(ctx_.tr(Str::CrFeedRecorded)) + " " + ui::isolate(room_.feed_name) + ": " +
                 ui::number(room_.reviews_fed, s),
             {v.sx(40), y, v.w - v.sx(80), 0}, fs, ui::theme::kMuted, ui::Align::Center, false);
    }
    ui::draw_hint(c, ctx_.tr(Str::CrHintPodium));
  }

 private:
  GameContext& ctx_;
  ClassroomRoom& room_;
};

}  // namespace

std::unique_ptr<ui::Screen> make_podium(GameContext& ctx) {
  return std::make_unique<PodiumScreen>(ctx);
}

}  // namespace tarikh::screens
