// Quiz: multiple choice, typed answer, which came first and numeric estimate, with immediate
// feedback (right or wrong, the answer, the cited sentence, a sound), score and streak, and
// results.
#include <vector>

#include "game/screens/screens.hpp"
#include "game/session/quiz_session.hpp"
#include "game/ui/edit_line.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using Phase = session::QuizSession::Phase;
using session::QuizKind;
using ui::Action;
using ui::Str;

constexpr std::size_t kQuizLength = 10;

// The first questions of the deck a quiz can ask, up to kQuizLength.
std::vector<questions::Question> pick(const GameContext& ctx) {
  std::vector<questions::Question> out;
  for (const auto& q : ctx.deck.questions()) {
    if (out.size() >= kQuizLength) break;
    if (session::quiz_kind(q)) out.push_back(q);
  }
  return out;
}

class QuizScreen : public ui::Screen {
 public:
  explicit QuizScreen(GameContext& ctx)
      : ctx_(ctx), quiz_(pick(ctx), ctx.clock, ctx.fsrs, &ctx.deck, &ctx.sink) {}

  std::string_view name() const override { return "quiz"; }

  bool wants_text() const override {
    return quiz_.phase() == Phase::Asking &&
           (quiz_.kind() == QuizKind::Typed || quiz_.kind() == QuizKind::Estimate);
  }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    const auto l = layout(view);
    switch (quiz_.phase()) {
      case Phase::Asking:
        if (is_choice()) {
          handle_choice(e, l);
        } else {
          handle_typed(e, view, l);
        }
        if (quiz_.phase() == Phase::Feedback) ctx_.sounds.answer(quiz_.last().correct);
        break;
      case Phase::Feedback:
        if ((e.kind == ui::InputEvent::Kind::Action &&
             (e.action == Action::Accept || e.action == Action::Reveal)) ||
            (e.kind == ui::InputEvent::Kind::Click && ui::contains(l.next, e.x, e.y))) {
          quiz_.next();
          focus_ = 0;
          edit_.field().set_text("");
        }
        break;
      case Phase::Done:
        if ((e.kind == ui::InputEvent::Kind::Action && e.action == Action::Accept) ||
            (e.kind == ui::InputEvent::Kind::Click && ui::contains(l.next, e.x, e.y))) {
          ctx_.stack.pop();
        }
        break;
    }
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    c.clear(ui::theme::kBackground);
    const auto l = layout(v);
    const std::string info = std::string(ctx_.tr(Str::Score)) + " " + ui::number(quiz_.score(), s) +
                             "   ·   " + std::string(ctx_.tr(Str::Streak)) + " " +
                             ui::number(quiz_.streak(), s);
    if (quiz_.phase() == Phase::Done) {
      ui::draw_header(c, ctx_.tr(Str::Results), info);
      const auto& r = quiz_.results();
      const std::string text =
          std::string(ctx_.tr(Str::Correct)) + ": " + ui::fraction(r.correct, r.asked, s) + "\n" +
          std::string(ctx_.tr(Str::Score)) + ": " + ui::number(r.score, s) + "\n" +
          std::string(ctx_.tr(Str::Streak)) + ": " + ui::number(r.best_streak, s);
      c.text(text, {v.sx(100), v.sy(180), v.w - v.sx(200), 0}, v.font(ui::theme::kTitle),
             ui::theme::kText, ui::Align::Center, true);
      c.button(l.next, ctx_.tr(Str::BackHome), true, ui::theme::kPanel, v.font(ui::theme::kBody));
      return;
    }
    ui::draw_header(c,
                    std::string(ctx_.tr(Str::Question)) + " " +
                        ui::fraction(quiz_.position() + 1, quiz_.total(), s),
                    info);
    const auto& q = quiz_.current();
    const int pad = v.sx(60);
    int y = v.sy(112);
    if (quiz_.kind() == QuizKind::WhichFirst) {
      y += c.text(ctx_.tr(Str::WhichFirst), {pad, y, v.w - 2 * pad, 0}, v.font(ui::theme::kHeading),
                  ui::theme::kText, v.start(), true);
    } else {
      y += c.text(q.prompt, {pad, y, v.w - 2 * pad, 0}, v.font(ui::theme::kHeading),
                  ui::theme::kText, ui::content_align(q.prompt), true);
    }
    if (quiz_.phase() == Phase::Asking) {
      if (is_choice()) {
        for (std::size_t i = 0; i < q.choices.size() && i < l.choices.size(); ++i) {
          const std::string label = ui::number(static_cast<long>(i) + 1, s) + ".  " + q.choices[i];
          c.button(l.choices[i], label, static_cast<int>(i) == focus_, ui::theme::kPanel,
                   v.font(ui::theme::kBody));
        }
        ui::draw_hint(c, ctx_.tr(Str::HintChoice));
      } else {
        c.text(ctx_.tr(quiz_.kind() == QuizKind::Estimate ? Str::TypeEstimate : Str::TypeAnswer),
               {l.field.x, l.field.y - v.sy(48), l.field.w, 0}, v.font(ui::theme::kSmall + 2),
               ui::theme::kMuted, v.start(), false, false);
        c.fill(l.field, ui::Color{250, 250, 246});
        c.outline(l.field, ui::theme::kAccent, ui::theme::kFocusWidth);
        edit_.draw(c, edit_look(v, l, &c.text_drawer()), ui::Color{20, 20, 30});
        ui::draw_hint(c, ctx_.tr(Str::HintTyped));
      }
      return;
    }
    // Feedback.
    const auto& last = quiz_.last();
    const SDL_Rect banner{pad, y + v.sy(16), v.w - 2 * pad, v.sy(78)};
    // A near estimate is neither right nor wrong: it shows how close it was, in amber.
    const bool near_estimate =
        !last.correct && quiz_.kind() == QuizKind::Estimate && last.closeness > 0;
    c.fill(banner, last.correct    ? ui::Color{30, 96, 56}
                   : near_estimate ? ui::Color{128, 84, 24}
                                   : ui::Color{120, 36, 44});
    std::string verdict =
        near_estimate ? std::string(ctx_.tr(Str::Closeness)) + " " +
                            std::to_string(static_cast<int>(last.closeness * 100 + 0.5)) + "%"
                      : std::string(ctx_.tr(last.correct ? Str::Correct : Str::Wrong));
    verdict = ui::localize_digits(verdict, s.digits);
    // Verdict at the reading start, points at the other end, both centred in the banner.
    const int vfs = v.font(ui::theme::kHeading);
    const std::string points = ui::localize_digits("+" + std::to_string(last.points), s.digits);
    const int inner_x = banner.x + v.sx(24), inner_w = banner.w - v.sx(48);
    c.text(verdict,
           {inner_x, banner.y + (banner.h - c.measure(verdict, vfs, true).h) / 2, inner_w, 0}, vfs,
           ui::theme::kText, v.start(), true, false);
    c.text(points,
           {inner_x, banner.y + (banner.h - c.measure(points, vfs, true).h) / 2, inner_w, 0}, vfs,
           ui::theme::kText, v.end(), true, false);
    y = banner.y + banner.h + v.sy(20);
    y += c.text(std::string(ctx_.tr(Str::TheAnswerWas)) + ": " + ui::isolate(last.expected),
                {pad, y, v.w - 2 * pad, 0}, v.font(ui::theme::kBody), ui::theme::kAccent, v.start(),
                true);
    if (!q.facts.empty()) {
      const auto& f = q.facts.front();
      y += v.sy(10);
      y += c.text(f.sentence, {pad, y, v.w - 2 * pad, 0}, v.font(ui::theme::kSmall + 2),
                  ui::theme::kText, ui::content_align(f.sentence));
      c.text(std::string(ctx_.tr(Str::Source)) + ": " + ui::isolate_ltr(f.doc),
             {pad, y + v.sy(6), v.w - 2 * pad, 0}, v.font(ui::theme::kSmall), ui::theme::kMuted,
             v.start(), false, false);
    }
    c.button(l.next, ctx_.tr(Str::Next), true, ui::theme::kPanel, v.font(ui::theme::kBody));
  }

 private:
  struct Layout {
    std::vector<SDL_Rect> choices;
    SDL_Rect field;
    SDL_Rect next;
  };

  bool is_choice() const {
    return quiz_.kind() == QuizKind::Choice || quiz_.kind() == QuizKind::WhichFirst;
  }

  Layout layout(const ui::View& v) const {
    Layout l{};
    const int n =
        quiz_.phase() == Phase::Done ? 0 : static_cast<int>(quiz_.current().choices.size());
    const int top = v.sy(250), h = v.sy(82), gap = v.sy(16);
    for (int i = 0; i < n && i < 4; ++i) {
      l.choices.push_back(v.place({v.sx(120), top + i * (h + gap), v.w - v.sx(240), h}));
    }
    l.field = v.place({v.sx(120), v.sy(330), v.w - v.sx(240), v.sy(96)});
    l.next = {(v.w - v.sx(400)) / 2, v.sy(600), v.sx(400), v.sy(80)};
    return l;
  }

  void handle_choice(const ui::InputEvent& e, const Layout& l) {
    const int n = static_cast<int>(quiz_.current().choices.size());
    if (e.kind == ui::InputEvent::Kind::Click) {
      const int i = ui::hit(l.choices, e.x, e.y);
      if (i >= 0) quiz_.choose(i);
      return;
    }
    if (e.kind != ui::InputEvent::Kind::Action) return;
    if (e.action >= Action::Grade1 && e.action <= Action::Grade4) {
      quiz_.choose(static_cast<int>(e.action) - static_cast<int>(Action::Grade1));
    } else if (e.action == Action::Up) {
      focus_ = ui::step_focus(focus_, -1, n);
    } else if (e.action == Action::Down) {
      focus_ = ui::step_focus(focus_, 1, n);
    } else if (e.action == Action::Accept) {
      quiz_.choose(focus_);
    }
  }

  // The answer's edit line: the text's top-left box inside the field, at the heading size.
  ui::EditLineLook edit_look(const ui::View& v, const Layout& l, ui::TextDrawer* d) const {
    ui::EditLineLook look;
    look.size = v.font(ui::theme::kHeading);
    const int h = d ? d->measure("|", look.size, false, 0).h : look.size;
    look.box = {l.field.x + v.sx(20), l.field.y + (l.field.h - h) / 2, l.field.w - v.sx(40), 0};
    look.align = v.start();
    return look;
  }

  void handle_typed(const ui::InputEvent& e, const ui::View& v, const Layout& l) {
    if (edit_.handle(e, ctx_.text, edit_look(v, l, ctx_.text))) return;
    if (e.kind == ui::InputEvent::Kind::Action && e.action == Action::Accept) {
      quiz_.submit_text(edit_.field().text());
    }
  }

  GameContext& ctx_;
  session::QuizSession quiz_;
  int focus_ = 0;
  ui::EditLine edit_{200};  // the typed answer
};

}  // namespace

std::unique_ptr<ui::Screen> make_quiz(GameContext& ctx) {
  return std::make_unique<QuizScreen>(ctx);
}

}  // namespace tarikh::screens
