// Study (flashcards): the question; then the answer with its source sentence and document; then
// four grade buttons, each with its next interval. Keys: Space/Enter reveal, 1-4 grade (or
// arrows + Enter), mouse, touch and gamepad through the same actions.
#include <array>

#include "game/screens/screens.hpp"
#include "game/session/study_session.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using Phase = session::StudySession::Phase;
using ui::Action;
using ui::Str;

constexpr std::array<Str, 4> kGrades = {Str::Again, Str::Hard, Str::Good, Str::Easy};
constexpr std::array<ui::Color, 4> kGradeColors = {ui::Color{110, 40, 48}, ui::Color{110, 72, 30},
                                                   ui::Color{34, 92, 56}, ui::Color{30, 64, 112}};

// The sentence with the fact's surface text marked «…» (the temporary text drawer cannot
// colour part of a line).
std::string marked_sentence(const questions::FactRef& f) {
  const auto at = f.sentence.find(f.surface);
  if (f.surface.empty() || at == std::string::npos) return f.sentence;
  return f.sentence.substr(0, at) + "«" + f.surface + "»" +
         f.sentence.substr(at + f.surface.size());
}

class StudyScreen : public ui::Screen {
 public:
  explicit StudyScreen(GameContext& ctx)
      : ctx_(ctx),
        session_(ctx.deck.study_cards(ctx.clock.now_ms(), ctx.settings.new_per_day), ctx.deck,
                 ctx.sink, ctx.clock, ctx.fsrs) {}

  std::string_view name() const override { return "study"; }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    const auto l = layout(view);
    if (e.kind == ui::InputEvent::Kind::Click) {
      switch (session_.phase()) {
        case Phase::Question:
          if (ui::contains(l.reveal, e.x, e.y)) session_.reveal();
          break;
        case Phase::Answer: {
          const int i = ui::hit(l.grades, e.x, e.y);
          if (i >= 0) grade(i);
          break;
        }
        case Phase::Done:
          if (ui::contains(l.reveal, e.x, e.y)) ctx_.stack.pop();
          break;
      }
      return;
    }
    if (e.kind != ui::InputEvent::Kind::Action) return;
    switch (session_.phase()) {
      case Phase::Question:
        if (e.action == Action::Reveal || e.action == Action::Accept) session_.reveal();
        break;
      case Phase::Answer:
        if (e.action >= Action::Grade1 && e.action <= Action::Grade4) {
          grade(static_cast<int>(e.action) - static_cast<int>(Action::Grade1));
        } else if (const int step = ui::reading_step(e.action, view.rtl)) {
          focus_ = ui::step_focus(focus_, step, 4);
        } else if (e.action == Action::Accept) {
          grade(focus_);
        }
        break;
      case Phase::Done:
        if (e.action == Action::Accept || e.action == Action::Reveal) ctx_.stack.pop();
        break;
    }
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    c.clear(ui::theme::kBackground);
    const auto l = layout(v);
    if (session_.phase() == Phase::Done) {
      ui::draw_header(c, ctx_.tr(Str::Study), "");
      const std::string text = session_.reviewed() == 0
                                   ? std::string(ctx_.tr(Str::NothingToStudy))
                                   : std::string(ctx_.tr(Str::SessionDone)) + "\n" +
                                         std::string(ctx_.tr(Str::Reviewed)) + ": " +
                                         ui::number(session_.reviewed(), s);
      c.text(text, {v.sx(100), v.sy(200), v.w - v.sx(200), 0}, v.font(ui::theme::kTitle),
             ui::theme::kText, ui::Align::Center, true);
      c.button(l.reveal, ctx_.tr(Str::BackHome), true, ui::theme::kPanel, v.font(ui::theme::kBody));
      return;
    }
    const std::string info = std::string(ctx_.tr(Str::Card)) + " " +
                             ui::fraction(session_.position() + 1, session_.total(), s);
    ui::draw_header(c, ctx_.tr(Str::Study), info);

    const auto& q = session_.current();
    c.fill(l.card, ui::theme::kPanel);
    const int pad = v.sx(28);
    int y = l.card.y + pad;
    y += c.text(q.prompt, {l.card.x + pad, y, l.card.w - 2 * pad, 0}, v.font(ui::theme::kHeading),
                ui::theme::kText, ui::Align::Center, true);
    if (session_.phase() == Phase::Question) {
      c.button(l.reveal, ctx_.tr(Str::ShowAnswer), true, ui::theme::kPanel,
               v.font(ui::theme::kBody));
      ui::draw_hint(c, ctx_.tr(Str::HintReveal));
      return;
    }
    // The answer, then where it comes from.
    y += v.sy(18);
    y += c.text(q.answer, {l.card.x + pad, y, l.card.w - 2 * pad, 0}, v.font(ui::theme::kTitle + 8),
                ui::theme::kAccent, ui::Align::Center, true);
    if (!q.facts.empty()) {
      const auto& f = q.facts.front();
      y += v.sy(14);
      y += c.text(marked_sentence(f), {l.card.x + pad, y, l.card.w - 2 * pad, 0},
                  v.font(ui::theme::kSmall + 2), ui::theme::kText, ui::content_align(f.sentence));
      c.text(std::string(ctx_.tr(Str::Source)) + ": " + ui::isolate_ltr(f.doc),
             {l.card.x + pad, y + v.sy(6), l.card.w - 2 * pad, 0}, v.font(ui::theme::kSmall),
             ui::theme::kMuted, v.start(), false, false);
    }
    // The learner store's scheduler (learning steps in minutes) when there is one, else whole
    // days from FSRS.
    const auto texts = session_.interval_texts();
    const auto iv = session_.intervals();
    for (int i = 0; i < 4; ++i) {
      const std::string interval =
          texts ? ui::scheduler_interval_text((*texts)[static_cast<std::size_t>(i)], s)
                : ui::interval_text(iv[i], s);
      const std::string label =
          ui::number(i + 1, s) + "  " + std::string(ctx_.tr(kGrades[i])) + "\n" + interval;
      c.button(l.grades[i], label, i == focus_, kGradeColors[i], v.font(ui::theme::kBody - 4));
    }
    ui::draw_hint(c, ctx_.tr(Str::HintGrade));
  }

 private:
  struct Layout {
    SDL_Rect card;
    SDL_Rect reveal;
    std::array<SDL_Rect, 4> grades;
  };

  Layout layout(const ui::View& v) const {
    Layout l{};
    l.card = {v.sx(60), v.sy(104), v.w - v.sx(120), v.sy(430)};
    l.reveal = {(v.w - v.sx(420)) / 2, v.sy(570), v.sx(420), v.sy(86)};
    const int gap = v.sx(20);
    const int w = (v.w - v.sx(120) - 3 * gap) / 4;
    for (int i = 0; i < 4; ++i) {
      // Again..Easy in reading order: mirrored in Arabic.
      l.grades[i] = v.place({v.sx(60) + i * (w + gap), v.sy(552), w, v.sy(96)});
    }
    return l;
  }

  void grade(int i) {
    focus_ = 2;
    session_.grade(static_cast<srs::Rating>(i + 1));
  }

  GameContext& ctx_;
  session::StudySession session_;
  int focus_ = 2;  // Good
};

}  // namespace

std::unique_ptr<ui::Screen> make_study(GameContext& ctx) {
  return std::make_unique<StudyScreen>(ctx);
}

}  // namespace tarikh::screens
