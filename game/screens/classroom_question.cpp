// classroom-question: the question, large for the back of the room, a countdown bar with the
// seconds left, and each team's state (locked in, without its choice; in a buzzer round, who has
// the floor); then the reveal: the right answer, each team's answer and points, and the cited
// sentence. The last seconds tick and the end of the time sounds (GameContext::sounds). The
// host's keys: Space/Return next, P pause and resume, Y/N right or wrong in a
// buzzer round; Esc leaves (the competition is kept, paused, until the host ends it). A gamepad
// bound to no team is the host's: Start pauses, B or Back leaves; a team's gamepad only buzzes
// and answers (classroom_room.hpp: is_team_pad_back).
#include <algorithm>

#include "game/screens/classroom_room.hpp"
#include "game/screens/screens.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;

// Where the row of teams starts.
int teams_top(const ui::View& v) {
  return v.sy(552);
}

class ClassroomQuestionScreen : public ui::Screen {
 public:
  explicit ClassroomQuestionScreen(GameContext& ctx) : ctx_(ctx), room_(room_of(ctx)) {}
  std::string_view name() const override { return "classroom-question"; }
  // A team's gamepad never leaves the competition (its B and Back are dropped).
  bool takes_back(const ui::InputEvent& e) const override { return is_team_pad_back(room_, e); }

  void leave() override {
    // Leaving with Esc (or the host's gamepad's B) stops the clock until the host comes back.
    if (room_.competition) room_.competition->pause(ctx_.clock.now_ms());
  }

  bool animating() const override {
    if (!room_.competition) return false;
    const auto& c = *room_.competition;
    return (c.phase() == cr::Phase::Question && !c.paused()) ||
           c.settings().pacing == cr::Pacing::Automatic;
  }

  void update(int) override {
    if (!room_.competition || switching_) return;
    const cr::Competition& c = *room_.competition;
    // Ticks in the last seconds and a sound when the time is up (before tick() closes the
    // question); nothing while paused, nor when every team answered in time.
    if (c.phase() == cr::Phase::Question && !c.paused()) {
      ctx_.sounds.countdown(c.remaining(ctx_.clock.now_ms()));
    }
    room_.competition->tick(ctx_.clock.now_ms());
    follow_phase(ctx_, name(), switching_);
  }

  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (!room_.competition || switching_) return;
    cr::Competition& c = *room_.competition;
    const auto now = ctx_.clock.now_ms();
    if (const auto p = room_.buzzers.press(e)) {
      // A team's key or gamepad first: a key in a playing team's zone is never the host's (on
      // some layouts a host letter lies in a zone).
      if (c.phase() == cr::Phase::Question) {
        if (c.settings().mode == cr::Mode::Buzzer) {
          c.buzz(p->team, now);
        } else if (p->choice >= 0) {
          c.answer(p->team, p->choice, now);
        }
      }
    } else if (is_host_pause(room_, e)) {
      if (c.paused()) {
        c.resume(now);
      } else {
        c.pause(now);
      }
    } else if (is_host_next(e)) {
      c.next(now);
    } else if (c.settings().mode == cr::Mode::Buzzer && is_host_key(e, 'y')) {
      c.judge(true, now);
    } else if (c.settings().mode == cr::Mode::Buzzer && is_host_key(e, 'n')) {
      c.judge(false, now);
    }
    follow_phase(ctx_, name(), switching_);
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    if (!room_.competition) {
      ui::draw_header(c, ctx_.tr(Str::ClassroomQuestion), "");
      c.text(ctx_.tr(Str::CrNoCompetition), {v.sx(80), v.sy(300), v.w - v.sx(160), 0},
             v.font(ui::theme::kHeading), ui::theme::kMuted, ui::Align::Center, true);
      return;
    }
    const cr::Competition& comp = *room_.competition;
    const auto& s = ctx_.settings;
    const auto& q = room_.questions.at(static_cast<std::size_t>(comp.question_index()));
    const bool reveal = comp.phase() != cr::Phase::Question;
    const bool buzzer = comp.settings().mode == cr::Mode::Buzzer;
    const int header =
        ui::draw_header(c,
                        std::string(ctx_.tr(Str::Question)) + " " +
                            ui::fraction(comp.question_index() + 1, comp.question_count(), s),
                        ctx_.tr(buzzer ? Str::CrModeBuzzer : Str::CrModeEveryone));
    const int pad = v.sx(40);

    // The countdown: a bar under the header and the seconds at the reading end.
    const auto now = ctx_.clock.now_ms();
    const auto left = comp.remaining(now);
    const auto limit = comp.settings().time_limit_ms;
    const bool hurry = !reveal && left <= 5000;
    const SDL_Rect track{0, header, v.w, v.sy(16)};
    c.fill(track, ui::theme::kPanel);
    if (!reveal) {
      const int w =
          static_cast<int>(static_cast<long long>(v.w) * left / std::max<long long>(1, limit));
      c.fill(v.place({0, header, w, track.h}), hurry ? ui::theme::kBad : ui::theme::kAccent);
    }
    const int top = header + track.h + v.sy(16);
    const int timer_w = v.sx(150);
    if (!reveal) {
      const SDL_Rect tbox = v.place({v.w - pad - timer_w, top, timer_w, v.sy(110)});
      c.fill(tbox, ui::theme::kPanel);
      c.outline(tbox, hurry ? ui::theme::kBad : ui::theme::kAccent, 4);
      centred_line(c, ui::number(static_cast<long>((left + 999) / 1000), s), tbox,
                   v.font(ui::theme::kTitle + 20), hurry ? ui::theme::kBad : ui::theme::kText,
                   ui::Align::Center, true);
    }

    // The prompt, large (a size smaller when it would take more than three lines).
    const SDL_Rect pbox = v.place({pad, top, v.w - 2 * pad - (reveal ? 0 : timer_w + pad), 0});
    int prompt_fs = v.font(ui::theme::kTitle);
    if (c.measure(q.prompt, prompt_fs, true, pbox.w).h > v.sy(170)) {
      prompt_fs = v.font(ui::theme::kHeading);
    }
    const int prompt_h = c.text(q.prompt, {pbox.x, top, pbox.w, 0}, prompt_fs, ui::theme::kText,
                                ui::content_align(q.prompt), true);

    // The choices in two columns (first choice at the reading start), between the prompt (or
    // the timer) and the teams, leaving room for the cited sentence on the reveal.
    const int n = static_cast<int>(q.choices.size());
    const int rows = std::max(1, (n + 1) / 2);
    const int cgap = v.sy(14);
    const int ctop = std::max(top + prompt_h, top + (reveal ? 0 : v.sy(110))) + v.sy(20);
    const int sentence_room = reveal && !q.sentence.empty() ? v.sy(110) : 0;
    const int cbottom = teams_top(v) - v.sy(16) - sentence_room;
    const int ch = std::max(
        v.sy(44), std::min(v.sy(reveal ? 84 : 110), (cbottom - ctop - (rows - 1) * cgap) / rows));
    const int col_w = (v.w - 2 * pad - v.sx(24)) / 2;
    const auto& answers = comp.answers();
    for (int i = 0; i < n; ++i) {
      const SDL_Rect box =
          v.place({pad + (i % 2) * (col_w + v.sx(24)), ctop + (i / 2) * (ch + cgap), col_w, ch});
      const bool right = i == q.correct;
      c.fill(box,
             reveal ? (right ? ui::Color{30, 96, 56} : ui::Color{26, 32, 48}) : ui::theme::kPanel);
      if (reveal && right) c.outline(box, ui::theme::kGood, 4);
      const int badge = std::min(box.h, v.sx(80));
      const SDL_Rect bbox{v.rtl ? box.x + box.w - badge : box.x, box.y, badge, box.h};
      c.fill(bbox, ui::theme::kPanelHover);
      centred_line(c, ui::number(i + 1, s), bbox, v.font(ui::theme::kHeading + 4),
                   ui::theme::kAccent, ui::Align::Center, true);
      const SDL_Rect tbox{box.x + (v.rtl ? v.sx(16) : badge + v.sx(16)), box.y,
                          box.w - badge - v.sx(32), box.h};
      const std::string& text = q.choices[static_cast<std::size_t>(i)];
      const ui::Align align = ui::starts_rtl(text) ? ui::Align::Right : v.start();
      const ui::Color tc = reveal && !right ? ui::theme::kMuted : ui::theme::kText;
      centred_line(c, text, tbox, v.font(reveal ? ui::theme::kBody : ui::theme::kHeading), tc,
                   align, true);
      if (reveal && !buzzer) {
        // Who chose it: a square of each team's colour at the box's far end.
        const int sq = v.sy(22);
        int k = 0;
        for (const auto& a : answers) {
          if (!a.answered || a.choice != i) continue;
          const int off = v.sx(12) + k * (sq + 6);
          const SDL_Rect r{v.rtl ? box.x + off : box.x + box.w - off - sq, box.y + v.sy(8), sq, sq};
          c.fill(r, rgba_colour(comp.teams()[static_cast<std::size_t>(a.team)].color));
          ++k;
        }
      }
    }

    int y = ctop + ((n + 1) / 2) * (ch + cgap);
    if (reveal && !q.sentence.empty()) {
      const int fs = v.font(ui::theme::kSmall + 2);
      y += c.text(q.sentence, {pad, y, v.w - 2 * pad, 0}, fs, ui::theme::kText,
                  ui::content_align(q.sentence));
      c.text(std::string(ctx_.tr(Str::Source)) + ": " + ui::isolate_ltr(q.doc),
             {pad, y + v.sy(2), v.w - 2 * pad, 0}, v.font(ui::theme::kSmall), ui::theme::kMuted,
             v.start(), false, false);
    }

    draw_teams(c, comp, reveal, buzzer);

    if (!reveal && buzzer && comp.buzzed_team()) {
      const int t = *comp.buzzed_team();
      const SDL_Rect banner{v.sx(160), v.sy(320), v.w - v.sx(320), v.sy(200)};
      c.fill(banner, ui::theme::kPanel);
      c.outline(banner, rgba_colour(comp.teams()[static_cast<std::size_t>(t)].color), 10);
      c.text(comp.teams()[static_cast<std::size_t>(t)].name + " " +
                 std::string(ctx_.tr(Str::CrHasFloor)),
             {banner.x, banner.y + v.sy(36), banner.w, 0}, v.font(ui::theme::kTitle),
             ui::theme::kText, ui::Align::Center, true, false);
      c.text(ctx_.tr(Str::CrHintBuzzer), {banner.x, banner.y + v.sy(120), banner.w, 0},
             v.font(ui::theme::kBody), ui::theme::kAccent, ui::Align::Center, false, false);
    } else if (!reveal && comp.paused()) {
      c.fill({0, header, v.w, v.h - header}, ui::Color{0, 0, 0, 190});
      c.text(ctx_.tr(Str::CrPaused), {0, v.sy(260), v.w, 0}, v.font(ui::theme::kTitle + 24),
             ui::theme::kAccent, ui::Align::Center, true, false);
      c.text(ctx_.tr(Str::CrPausedHint), {0, v.sy(380), v.w, 0}, v.font(ui::theme::kHeading),
             ui::theme::kText, ui::Align::Center, false, false);
    }
    ui::draw_hint(c, ctx_.tr(reveal ? Str::CrHintReveal
                                    : (buzzer ? Str::CrHintBuzzer : Str::CrHintQuestion)));
  }

 private:
  // One chip per team along the bottom: its name and, before the reveal, only whether it has
  // answered; after it, its answer, right or wrong, and the points.
  void draw_teams(ui::Canvas& c, const cr::Competition& comp, bool reveal, bool buzzer) const {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    const int n = static_cast<int>(comp.teams().size());
    const int pad = v.sx(40), gap = v.sx(12);
    const int w = (v.w - 2 * pad - (n - 1) * gap) / n;
    const int top = teams_top(v), h = v.sy(110);
    const int fs = v.font(n > 4 ? ui::theme::kSmall : ui::theme::kSmall + 4);
    for (int t = 0; t < n; ++t) {
      const auto& team = comp.teams()[static_cast<std::size_t>(t)];
      const auto& a = comp.answers()[static_cast<std::size_t>(t)];
      const SDL_Rect box = v.place({pad + t * (w + gap), top, w, h});
      const ui::Color col = rgba_colour(team.color);
      const bool floor = buzzer && comp.buzzed_team() && *comp.buzzed_team() == t;
      c.fill(box, ui::theme::kPanel);
      c.fill({box.x, box.y, box.w, v.sy(12)}, col);
      if (a.answered || floor) c.outline(box, col, 5);
      const SDL_Rect inner{box.x + v.sx(8), box.y + v.sy(16), box.w - v.sx(16), 0};
      c.text(team.name, inner, fs, ui::theme::kText, ui::Align::Center, true, false);
      std::string state;
      ui::Color sc = ui::theme::kMuted;
      if (reveal) {
        if (!a.answered) {
          state = std::string(ctx_.tr(Str::CrNoAnswer));
        } else {
          const std::string mark = a.correct ? "✓" : "✗";
          state = (a.choice >= 0 ? ui::number(a.choice + 1, s) + " " : std::string()) + mark;
          if (a.correct) state += " " + signed_points(a.points, s);
          sc = a.correct ? ui::theme::kGood : ui::theme::kBad;
        }
      } else if (floor) {
        state = std::string(ctx_.tr(Str::CrHasFloor));
        sc = ui::theme::kAccent;
      } else if (a.answered) {
        // Buzzer round: answered means judged wrong (a right answer ends the question).
        state = buzzer ? "✗" : "✓ " + std::string(ctx_.tr(Str::CrLocked));
        sc = buzzer ? ui::theme::kBad : ui::theme::kGood;
      } else {
        state = std::string(ctx_.tr(buzzer ? Str::CrBuzzIn : Str::CrWaiting));
      }
      // In Arabic the choice, the mark and the points read from the right (a right-to-left mark
      // first: the state has no Arabic letter to set its direction).
      if (v.rtl) state = "\xE2\x80\x8F" + state;
      c.text(state, {inner.x, box.y + v.sy(14) + (h - v.sy(14)) / 2, inner.w, 0}, fs, sc,
             ui::Align::Center, true, false);
    }
  }

  GameContext& ctx_;
  ClassroomRoom& room_;
  bool switching_ = false;
};

}  // namespace

std::unique_ptr<ui::Screen> make_classroom_question(GameContext& ctx) {
  return std::make_unique<ClassroomQuestionScreen>(ctx);
}

}  // namespace tarikh::screens
