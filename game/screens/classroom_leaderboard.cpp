// leaderboard: after each question, the teams by score (ties share a place), a bar for each
// score and the points of the last question; only the top three places when the setup says so.
// The host presses Space/Return for the next question (or the podium after the last one).
#include <algorithm>

#include "game/screens/classroom_room.hpp"
#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;

class LeaderboardScreen : public ui::Screen {
 public:
  explicit LeaderboardScreen(GameContext& ctx) : ctx_(ctx), room_(room_of(ctx)) {}
  std::string_view name() const override { return "leaderboard"; }
  // A team's gamepad never leaves the competition (its B and Back are dropped).
  bool takes_back(const ui::InputEvent& e) const override { return is_team_pad_back(room_, e); }

  bool animating() const override {
    return room_.competition && room_.competition->settings().pacing == cr::Pacing::Automatic;
  }

  void update(int) override {
    if (!room_.competition || switching_) return;
    room_.competition->tick(ctx_.clock.now_ms());
    follow_phase(ctx_, name(), switching_);
  }

  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (!room_.competition || switching_) return;
    if (is_host_next(e)) room_.competition->next(ctx_.clock.now_ms());
    follow_phase(ctx_, name(), switching_);
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    c.clear(ui::theme::kBackground);
    if (!room_.competition) {
      ui::draw_header(c, ctx_.tr(Str::Leaderboard), "");
      c.text(ctx_.tr(Str::CrNoCompetition), {v.sx(80), v.sy(300), v.w - v.sx(160), 0},
             v.font(ui::theme::kHeading), ui::theme::kMuted, ui::Align::Center, true);
      return;
    }
    const cr::Competition& comp = *room_.competition;
    const int header =
        ui::draw_header(c, ctx_.tr(Str::Leaderboard),
                        std::string(ctx_.tr(Str::CrAfterQuestion)) + " " +
                            ui::fraction(comp.question_index() + 1, comp.question_count(), s));
    const auto board = comp.leaderboard();
    const int n = std::max(1, static_cast<int>(board.size()));
    const int pad = v.sx(60);
    const int top = header + v.sy(24), bottom = v.sy(660);
    const int row_h = std::min(v.sy(100), (bottom - top) / n);
    const int h = row_h - v.sy(12);
    const int best = std::max(1, board.empty() ? 1 : board.front().score);
    const int fs = v.font(n > 5 ? ui::theme::kBody : ui::theme::kHeading);
    // Columns in left-to-right terms, mirrored in Arabic: place, name, bar, score, round points.
    const int place_w = v.sx(90), name_w = v.sx(300), score_w = v.sx(170), round_w = v.sx(150);
    const int bar_x = pad + place_w + name_w;
    const int bar_w = v.w - 2 * pad - place_w - name_w - score_w - round_w;
    for (int i = 0; i < static_cast<int>(board.size()); ++i) {
      const auto& st = board[static_cast<std::size_t>(i)];
      const auto& team = comp.teams()[static_cast<std::size_t>(st.team)];
      const auto& a = comp.answers()[static_cast<std::size_t>(st.team)];
      const ui::Color col = rgba_colour(team.color);
      const int y = top + i * row_h;
      c.fill(v.place({pad, y, v.w - 2 * pad, h}), ui::theme::kPanel);
      c.fill(v.place({pad, y, v.sx(14), h}), col);
      centred_line(c, ui::number(st.place, s), v.place({pad + v.sx(14), y, place_w - v.sx(14), h}),
                   fs, ui::theme::kAccent, ui::Align::Center, true);
      centred_line(c, team.name, v.place({pad + place_w, y, name_w, h}), fs, ui::theme::kText,
                   v.start(), true);
      const int len = std::max(
          v.sx(6), static_cast<int>(static_cast<long long>(bar_w - v.sx(20)) * st.score / best));
      c.fill(v.place({bar_x, y + h / 4, len, h / 2}), col);
      centred_line(c, ui::number(st.score, s), v.place({bar_x + bar_w, y, score_w, h}), fs,
                   ui::theme::kText, v.end(), true);
      if (a.points > 0) {
        centred_line(c, signed_points(a.points, s),
                     v.place({bar_x + bar_w + score_w, y, round_w - v.sx(16), h}),
                     v.font(ui::theme::kBody), ui::theme::kGood, v.end(), true);
      }
    }
    ui::draw_hint(c,
                  ctx_.tr(comp.question_index() + 1 < comp.question_count() ? Str::CrHintLeaderboard
                                                                            : Str::CrHintToPodium));
  }

 private:
  GameContext& ctx_;
  ClassroomRoom& room_;
  bool switching_ = false;
};

}  // namespace

std::unique_ptr<ui::Screen> make_leaderboard(GameContext& ctx) {
  return std::make_unique<LeaderboardScreen>(ctx);
}

}  // namespace tarikh::screens
