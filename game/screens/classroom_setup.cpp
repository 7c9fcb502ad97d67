// classroom-setup: the teacher chooses the questions and the rules (first page), then the teams
// and their buzzers, each team pressing its buzzer to show that it works (second page). When a
// competition is in progress (the host left a question with Esc), the screen offers to resume
// it or, pressed twice, to end it.
#include <array>

#include "game/screens/classroom_room.hpp"
#include "game/screens/screens.hpp"
#include "game/store/learner_db.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Action;
using ui::Str;
using K = ui::InputEvent::Kind;

enum Row {
  kRowMcq,
  kRowWhichFirst,
  kRowCloze,
  kRowNumeric,
  kRowCount,
  kRowTime,
  kRowTeams,
  kRowMode,
  kRowPacing,
  kRowSpeed,
  kRowStreak,
  kRowTopThree,
  kRowDocument,  // questions from one document, or from the whole bank
  kRowFeed,      // a learner profile whose scheduler the competition feeds (off by default)
  kRowNext,      // the button to the teams page
  kRows
};

constexpr std::array<Str, kRowNext> kLabels = {
    Str::CrTypeMcq,       Str::CrTypeWhichFirst,  Str::CrTypeCloze,   Str::CrTypeNumeric,
    Str::CrQuestionCount, Str::CrTimePerQuestion, Str::CrTeamCount,   Str::CrMode,
    Str::CrPacing,        Str::CrSpeedPoints,     Str::CrStreakBonus, Str::Leaderboard,
    Str::CrDocuments,     Str::CrFeedProfile};

constexpr std::array<unsigned, 4> kTypeBits = {cr::kMcq, cr::kWhichFirst, cr::kCloze, cr::kNumeric};

class ClassroomSetupScreen : public ui::Screen {
 public:
  explicit ClassroomSetupScreen(GameContext& ctx) : ctx_(ctx), room_(room_of(ctx)) {}
  std::string_view name() const override { return "classroom-setup"; }
  // A team's gamepad never leaves the competition (its B and Back are dropped).
  bool takes_back(const ui::InputEvent& e) const override { return is_team_pad_back(room_, e); }
  bool wants_text() const override { return page_ == Page::Teams && renaming_; }

  void enter() override {
    confirm_end_ = false;
    profiles_.clear();
    if (ctx_.db) {
      try {
        profiles_ = ctx_.db->profiles();
      } catch (const std::exception&) {
        profiles_.clear();  // the feed stays off
      }
    }
    if (!profile_name(room_.setup.feed_profile)) room_.setup.feed_profile = 0;
    page_ = in_progress() ? Page::InProgress : page_ == Page::InProgress ? Page::Rules : page_;
    if (page_ == Page::InProgress) focus_ = 0;
  }

  void handle(const ui::InputEvent& e, const ui::View& view) override {
    switch (page_) {
      case Page::InProgress:
        handle_in_progress(e, view);
        break;
      case Page::Rules:
        handle_rules(e, view);
        break;
      case Page::Teams:
        handle_teams(e, view);
        break;
    }
  }

  void draw(ui::Canvas& c) const override {
    c.clear(ui::theme::kBackground);
    switch (page_) {
      case Page::InProgress:
        draw_in_progress(c);
        break;
      case Page::Rules:
        draw_rules(c);
        break;
      case Page::Teams:
        draw_teams(c);
        break;
    }
  }

 private:
  enum class Page { InProgress, Rules, Teams };

  bool in_progress() const {
    return room_.competition && room_.competition->phase() != cr::Phase::Podium;
  }

  int available() const {
    return static_cast<int>(
        cr::room_questions(ctx_.deck.questions(), room_.setup.types, 0, room_.setup.document)
            .size());
  }

  // ---- In progress ----

  SDL_Rect progress_button(const ui::View& v, int i) const {
    return v.place({v.sx(240), v.sy(300) + i * v.sy(120), v.w - v.sx(480), v.sy(90)});
  }

  void handle_in_progress(const ui::InputEvent& e, const ui::View& view) {
    if (e.kind == K::Click) {
      for (int i = 0; i < 2; ++i) {
        if (ui::contains(progress_button(view, i), e.x, e.y)) choose_in_progress(i);
      }
      return;
    }
    if (e.kind != K::Action || e.device >= 0) return;
    if (e.action == Action::Up) focus_ = 0;
    if (e.action == Action::Down) focus_ = 1;
    if (e.action == Action::Accept) choose_in_progress(focus_);
  }

  void choose_in_progress(int i) {
    focus_ = i;
    if (i == 0) {
      ctx_.stack.push(make_screen(screen_for(*room_.competition), ctx_));
      return;
    }
    if (!confirm_end_) {
      confirm_end_ = true;
      return;
    }
    room_.competition.reset();
    confirm_end_ = false;
    page_ = Page::Rules;
    focus_ = 0;
  }

  void draw_in_progress(ui::Canvas& c) const {
    const ui::View& v = c.view();
    ui::draw_header(c, ctx_.tr(Str::Classroom), "");
    const auto& comp = *room_.competition;
    const std::string what =
        std::string(ctx_.tr(Str::CrInProgress)) + " · " + std::string(ctx_.tr(Str::Question)) +
        " " + ui::fraction(comp.question_index() + 1, comp.question_count(), ctx_.settings);
    c.text(what, {v.sx(80), v.sy(170), v.w - v.sx(160), 0}, v.font(ui::theme::kHeading),
           ui::theme::kText, ui::Align::Center, true);
    c.button(progress_button(v, 0), ctx_.tr(Str::CrResume), focus_ == 0, ui::theme::kPanel,
             v.font(ui::theme::kBody));
    c.button(progress_button(v, 1), ctx_.tr(confirm_end_ ? Str::CrConfirmEnd : Str::CrEnd),
             focus_ == 1, confirm_end_ ? ui::Color{120, 36, 44} : ui::theme::kPanel,
             v.font(ui::theme::kBody));
    ui::draw_hint(c, ctx_.tr(Str::HintBack));
  }

  // ---- Rules ----

  // The name of a profile of the learner database (nothing for 0 or one that is gone).
  std::optional<std::string> profile_name(std::int64_t id) const {
    for (const auto& p : profiles_) {
      if (p.id == id && id != 0) return p.name;
    }
    return std::nullopt;
  }

  // Off, then each profile in turn.
  void step_feed(int step) {
    const int n = static_cast<int>(profiles_.size()) + 1;
    int at = 0;
    for (int i = 1; i < n; ++i) {
      if (profiles_[static_cast<std::size_t>(i - 1)].id == room_.setup.feed_profile) at = i;
    }
    at = ((at + step) % n + n) % n;
    room_.setup.feed_profile = at == 0 ? 0 : profiles_[static_cast<std::size_t>(at - 1)].id;
  }

  // The whole bank, then each document in turn; a document with no question of the chosen
  // types is skipped.
  void step_document(int step) {
    const auto docs = cr::room_documents(ctx_.deck.questions());
    const int n = static_cast<int>(docs.size()) + 1;
    int at = 0;
    for (int i = 1; i < n; ++i) {
      if (docs[static_cast<std::size_t>(i - 1)] == room_.setup.document) at = i;
    }
    for (int tries = 0; tries < n; ++tries) {
      at = ((at + step) % n + n) % n;
      const std::string doc = at == 0 ? std::string() : docs[static_cast<std::size_t>(at - 1)];
      if (at == 0 ||
          !cr::room_questions(ctx_.deck.questions(), room_.setup.types, 1, doc).empty()) {
        room_.setup.document = doc;
        return;
      }
    }
  }

  static constexpr int kRowsPerColumn = 8;

  // The place of cell `i` of the two columns of rows (column by column).
  static SDL_Rect cell_rect(const ui::View& v, int i) {
    const int pad = v.sx(40), gap = v.sx(40);
    const int col_w = (v.w - 2 * pad - gap) / 2;
    const int col = i / kRowsPerColumn, k = i % kRowsPerColumn;
    return v.place({pad + col * (col_w + gap), v.sy(100) + k * v.sy(60), col_w, v.sy(52)});
  }

  SDL_Rect row_rect(const ui::View& v, int row) const {
    if (row == kRowNext) return {(v.w - v.sx(560)) / 2, v.sy(600), v.sx(560), v.sy(60)};
    return cell_rect(v, row);
  }

  void handle_rules(const ui::InputEvent& e, const ui::View& view) {
    if (e.kind == K::Click) {
      for (int r = 0; r < kRows; ++r) {
        if (ui::contains(row_rect(view, r), e.x, e.y)) {
          focus_ = r;
          change(r, +1);
        }
      }
      return;
    }
    if (e.kind != K::Action || e.device >= 0) return;
    if (e.action == Action::Up) focus_ = ui::step_focus(focus_, -1, kRows);
    if (e.action == Action::Down) focus_ = ui::step_focus(focus_, 1, kRows);
    if (e.action == Action::Accept) change(focus_, +1);
    if (const int step = ui::reading_step(e.action, view.rtl); step != 0 && focus_ != kRowNext) {
      change(focus_, step);
    }
  }

  void change(int row, int step) {
    cr::Setup& s = room_.setup;
    switch (row) {
      case kRowMcq:
      case kRowWhichFirst:
      case kRowCloze:
      case kRowNumeric: {
        const unsigned bit = kTypeBits[static_cast<std::size_t>(row)];
        if ((s.types & ~bit) != 0 || (s.types & bit) == 0) s.types ^= bit;  // keep at least one
        break;
      }
      case kRowCount:
        s.question_count += step;
        if (s.question_count > available()) s.question_count = 1;
        if (s.question_count < 1) s.question_count = available();
        break;
      case kRowTime:
        s.seconds += 5 * step;
        if (s.seconds > cr::kMaxSeconds) s.seconds = cr::kMinSeconds;
        if (s.seconds < cr::kMinSeconds) s.seconds = cr::kMaxSeconds;
        break;
      case kRowTeams: {
        int n = s.teams + step;
        if (n > cr::kMaxTeams) n = cr::kMinTeams;
        if (n < cr::kMinTeams) n = cr::kMaxTeams;
        room_.set_teams(n);
        break;
      }
      case kRowMode:
        s.mode = s.mode == cr::Mode::Everyone ? cr::Mode::Buzzer : cr::Mode::Everyone;
        break;
      case kRowPacing:
        s.pacing = s.pacing == cr::Pacing::Host ? cr::Pacing::Automatic : cr::Pacing::Host;
        break;
      case kRowSpeed:
        s.speed_points = !s.speed_points;
        break;
      case kRowStreak:
        s.streak_bonus = !s.streak_bonus;
        break;
      case kRowTopThree:
        s.top_three_only = !s.top_three_only;
        break;
      case kRowDocument:
        step_document(step);
        break;
      case kRowFeed:
        step_feed(step);
        break;
      case kRowNext:
        page_ = Page::Teams;
        focus_ = 0;
        std::fill(room_.tested.begin(), room_.tested.end(), false);
        break;
      default:
        break;
    }
    s = cr::normalized(s, available());
  }

  std::string value(int row) const {
    const cr::Setup& s = room_.setup;
    const auto& st = ctx_.settings;
    auto on_off = [&](bool b) { return std::string(ctx_.tr(b ? Str::On : Str::Off)); };
    switch (row) {
      case kRowMcq:
      case kRowWhichFirst:
      case kRowCloze:
      case kRowNumeric:
        return on_off((s.types & kTypeBits[static_cast<std::size_t>(row)]) != 0);
      case kRowCount:
        return ui::fraction(s.question_count, available(), st);
      case kRowTime:
        return ui::number(s.seconds, st) + " " + std::string(ctx_.tr(Str::CrSeconds));
      case kRowTeams:
        return ui::number(s.teams, st);
      case kRowMode:
        return std::string(
            ctx_.tr(s.mode == cr::Mode::Everyone ? Str::CrModeEveryone : Str::CrModeBuzzer));
      case kRowPacing:
        return std::string(
            ctx_.tr(s.pacing == cr::Pacing::Host ? Str::CrPacingHost : Str::CrPacingAuto));
      case kRowSpeed:
        return on_off(s.speed_points);
      case kRowStreak:
        return on_off(s.streak_bonus);
      case kRowTopThree:
        return std::string(ctx_.tr(s.top_three_only ? Str::CrTopThree : Str::CrShowAll));
      case kRowDocument:
        return s.document.empty() ? std::string(ctx_.tr(Str::CrAllDocuments))
                                  : ui::isolate_ltr(s.document);
      case kRowFeed:
        return profile_name(s.feed_profile).value_or(std::string(ctx_.tr(Str::Off)));
      default:
        return "";
    }
  }

  void draw_rules(ui::Canvas& c) const {
    const ui::View& v = c.view();
    ui::draw_header(c, ctx_.tr(Str::Classroom), "");
    const int fs = v.font(ui::theme::kSmall + 2);
    for (int r = 0; r < kRowNext; ++r) {
      const SDL_Rect box = row_rect(v, r);
      const bool focused = r == focus_;
      c.fill(box, focused ? ui::theme::kPanelHover : ui::theme::kPanel);
      if (focused) c.outline(box, ui::theme::kAccent, ui::theme::kFocusWidth);
      const SDL_Rect inner{box.x + v.sx(20), box.y, box.w - v.sx(40), box.h};
      centred_line(c, ctx_.tr(kLabels[static_cast<std::size_t>(r)]), inner, fs, ui::theme::kText,
                   v.start(), true);
      centred_line(c, "‹ " + value(r) + " ›", inner, fs, ui::theme::kAccent, v.end(), true);
    }
    if (room_.setup.feed_profile != 0) {
      // Which answer counts, in the free cell after the feed's row: a teacher should know what
      // the profile will see.
      const SDL_Rect box = cell_rect(v, kRowFeed + 1);
      c.fit_text(ctx_.tr(Str::CrFeedRule),
                 {box.x + v.sx(20), box.y, box.w - v.sx(40), box.h + v.sy(10)},
                 v.font(ui::theme::kSmall), ui::theme::kMuted, v.start());
    }
    c.button(row_rect(v, kRowNext), ctx_.tr(Str::CrToTeams), focus_ == kRowNext, ui::theme::kPanel,
             v.font(ui::theme::kBody));
    ui::draw_hint(c, ctx_.tr(Str::CrHintSetup));
  }

  // ---- Teams and buzzers ----

  SDL_Rect card_rect(const ui::View& v, int team) const {
    const int n = room_.setup.teams;
    const int rows = (n + 1) / 2;
    const int pad = v.sx(40), gap = v.sx(24);
    const int col_w = (v.w - 2 * pad - gap) / 2;
    const int top = v.sy(100), bottom = v.sy(520);
    const int row_h = std::min(v.sy(120), (bottom - top) / rows);
    const int col = team % 2, row = team / 2;
    return v.place({pad + col * (col_w + gap), top + row * row_h, col_w, row_h - v.sy(12)});
  }

  SDL_Rect start_rect(const ui::View& v) const {
    return {(v.w - v.sx(520)) / 2, v.sy(596), v.sx(520), v.sy(64)};
  }

  void handle_teams(const ui::InputEvent& e, const ui::View& view) {
    const int n = room_.setup.teams;
    if (renaming_) {
      rename(e);
      return;
    }
    if (e.kind == K::Click) {
      if (ui::contains(start_rect(view), e.x, e.y)) start();
      for (int t = 0; t < n; ++t) {
        if (!ui::contains(card_rect(view, t), e.x, e.y)) continue;
        renaming_ = focus_ == t;  // a click on the focused team renames it
        focus_ = t;
      }
      return;
    }
    if (e.kind == K::Key && e.device < 0 && e.key == '\t') {
      renaming_ = true;
      return;
    }
    // A gamepad's A joins the next team; any team's key or bound pad confirms its buzzer.
    if (e.kind == K::Action && e.device >= 0 && e.action == Action::Accept &&
        room_.buzzers.team_of_pad(e.device) < 0) {
      const int t = room_.buzzers.bind_pad(e.device);
      if (t >= 0) room_.tested[static_cast<std::size_t>(t)] = true;
      return;
    }
    if (const auto p = room_.buzzers.press(e)) {
      room_.tested[static_cast<std::size_t>(p->team)] = true;
      return;
    }
    if (e.kind != K::Action || e.device >= 0) return;
    if (e.action == Action::Accept) {
      start();
    } else if (e.action == Action::Up) {
      focus_ = ui::step_focus(focus_, -2, n);
    } else if (e.action == Action::Down) {
      focus_ = ui::step_focus(focus_, 2, n);
    } else if (const int step = ui::reading_step(e.action, view.rtl); step != 0) {
      // Left/Right: the focused team's colour, to the next one no other team has.
      auto& col = room_.colours[static_cast<std::size_t>(focus_)];
      for (int k = 0; k < kTeamColours; ++k) {
        col = (col + step + kTeamColours) % kTeamColours;
        if (std::count(room_.colours.begin(), room_.colours.end(), col) == 1) break;
      }
    }
  }

  // Renaming the focused team: typed text, Backspace, and Return or Tab to finish (an empty
  // name goes back to the default). Buzzer keys type letters meanwhile.
  void rename(const ui::InputEvent& e) {
    std::string& name = room_.names[static_cast<std::size_t>(focus_)];
    if (e.kind == K::Text) {
      if (name.size() + e.text.size() <= 60) name += e.text;
    } else if (e.kind == K::Action && e.device < 0 && e.action == Action::Erase) {
      while (!name.empty()) {
        const unsigned char c = static_cast<unsigned char>(name.back());
        name.pop_back();
        if ((c & 0xC0) != 0x80) break;  // stop after the lead byte
      }
    } else if ((e.kind == K::Action && e.device < 0 && e.action == Action::Accept) ||
               (e.kind == K::Key && e.key == '\t') || e.kind == K::Click) {
      renaming_ = false;
    }
  }

  void start() {
    if (!start_competition(ctx_)) return;
    page_ = Page::Rules;  // what the host sees after the podium (or InProgress, after an Esc)
    focus_ = 0;
    ctx_.stack.push(make_screen("classroom-question", ctx_));
  }

  void draw_teams(ui::Canvas& c) const {
    const ui::View& v = c.view();
    const auto& st = ctx_.settings;
    ui::draw_header(c, ctx_.tr(Str::CrTeamsTitle), ctx_.tr(Str::Classroom));
    const int n = room_.setup.teams;
    const int name_fs = v.font(ui::theme::kBody), small = v.font(ui::theme::kSmall);
    for (int t = 0; t < n; ++t) {
      const SDL_Rect box = card_rect(v, t);
      const bool ok = room_.tested[static_cast<std::size_t>(t)];
      c.fill(box, ui::theme::kPanel);
      if (t == focus_) c.outline(box, ui::theme::kAccent, ui::theme::kFocusWidth);
      const int sw = v.sx(18);
      const SDL_Rect swatch{v.rtl ? box.x + box.w - sw : box.x, box.y, sw, box.h};
      c.fill(swatch, rgba_colour(team_colour(room_.colours[static_cast<std::size_t>(t)])));
      const SDL_Rect inner{box.x + (v.rtl ? v.sx(20) : v.sx(34)), box.y + v.sy(8), box.w - v.sx(54),
                           box.h - v.sy(16)};
      const bool editing = renaming_ && t == focus_;
      if (editing) c.outline(box, ui::theme::kGood, ui::theme::kFocusWidth);
      c.text(team_name(ctx_, t) + (editing ? "|" : ""), {inner.x, inner.y, inner.w, 0}, name_fs,
             editing ? ui::theme::kAccent : ui::theme::kText, v.start(), true, false);
      std::string buzzer =
          std::string(ctx_.tr(Str::CrKeys)) + ": " + ui::isolate_ltr(zone_label(t));
      if (const int pad = room_.buzzers.pad_of(t); pad >= 0) {
        buzzer += " · " + std::string(ctx_.tr(Str::CrGamepad)) + " " + ui::number(pad + 1, st);
      }
      const int line2 = inner.y + inner.h - c.measure(buzzer, small).h;
      c.text(buzzer, {inner.x, line2, inner.w, 0}, small, ui::theme::kMuted, v.start(), false,
             false);
      const std::string status = ok ? "✓ " + std::string(ctx_.tr(Str::CrBuzzerWorks))
                                    : std::string(ctx_.tr(Str::CrPressToTest));
      c.text(status, {inner.x, inner.y, inner.w, 0}, small,
             ok ? ui::theme::kGood : ui::theme::kHard, v.end(), true, false);
    }
    c.text(ctx_.tr(Str::CrPadHelp), {v.sx(40), v.sy(536), v.w - v.sx(80), 0}, small,
           ui::theme::kMuted, ui::Align::Center, false, true);
    c.button(start_rect(v), ctx_.tr(Str::CrStart), true, ui::theme::kPanel,
             v.font(ui::theme::kBody));
    ui::draw_hint(c, ctx_.tr(renaming_ ? Str::CrHintRename : Str::CrHintTeams));
  }

  GameContext& ctx_;
  ClassroomRoom& room_;
  Page page_ = Page::Rules;
  int focus_ = 0;
  bool confirm_end_ = false;
  bool renaming_ = false;
  std::vector<store::Profile> profiles_;  // of the learner database, read on enter
};

}  // namespace

std::unique_ptr<ui::Screen> make_classroom_setup(GameContext& ctx) {
  return std::make_unique<ClassroomSetupScreen>(ctx);
}

}  // namespace tarikh::screens
