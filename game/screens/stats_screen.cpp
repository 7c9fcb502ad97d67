// Stats: a review heatmap of the past year (weeks x weekdays, coloured by count, month labels, a
// legend), the 30-day due forecast (bars), true retention by interval (bars with percentages)
// and mastery per document (stacked horizontal bars), all drawn with rectangles. The figures
// come from the learner database (GameContext::db); without one every chart shows its empty
// state. Mirrored right to left in Arabic: time runs from right to left.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "game/screens/screens.hpp"
#include "game/store/learner_db.hpp"
#include "game/ui/charts.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

using ui::Str;
namespace charts = ui::charts;

constexpr int kForecastDays = 30;
constexpr ui::Color kHeat[5] = {
    {40, 52, 78}, {38, 96, 64}, {52, 138, 82}, {72, 178, 100}, {120, 224, 140}};
constexpr ui::Color kAxis{90, 104, 132};
constexpr ui::Color kYoung = ui::theme::kEasy;
constexpr ui::Color kLearning = ui::theme::kHard;
constexpr ui::Color kMature = ui::theme::kGood;

// A bucket's range ("2–7") in the chosen digits. In an English line Arabic-Indic digits are
// Arabic numbers to the bidi algorithm: left-to-right marks around the dash keep "٢–٧" in order.
std::string bucket_label(std::string_view range, const ui::Settings& s) {
  std::string out;
  const bool marks = !s.rtl() && s.digits == ui::Digits::ArabicIndic;
  for (std::size_t i = 0; i < range.size();) {
    const unsigned char ch = static_cast<unsigned char>(range[i]);
    std::size_t len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    const std::string_view piece = range.substr(i, len);
    const bool digit = len == 1 && ch >= '0' && ch <= '9';
    if (marks && !digit) {
      out += "\u200E" + std::string(piece) + "\u200E";
    } else {
      out += ui::localize_digits(piece, s.digits);
    }
    i += len;
  }
  return out;
}

class StatsScreen : public ui::Screen {
 public:
  explicit StatsScreen(GameContext& ctx) : ctx_(ctx) { load(); }
  std::string_view name() const override { return "stats"; }
  void enter() override { load(); }
  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (e.kind == ui::InputEvent::Kind::Action && e.action == ui::Action::Accept) ctx_.stack.pop();
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    c.clear(ui::theme::kBackground);
    const std::string info = ctx_.db ? ui::number(total_reviews_, ctx_.settings) + " " +
                                           std::string(ctx_.tr(Str::StReviews))
                                     : std::string(ctx_.tr(Str::StNoStore));
    const int top = ui::draw_header(c, ctx_.tr(Str::Stats), info);
    draw_heatmap(c, top + v.sy(12));
    const int y = v.sy(372), h = v.sy(292);
    draw_forecast(c, v.place({v.sx(36), y, v.sx(440), h}));
    draw_retention(c, v.place({v.sx(496), y, v.sx(344), h}));
    draw_mastery(c, v.place({v.sx(860), y, v.w - v.sx(860 + 36), h}));
    ui::draw_hint(c, ctx_.tr(Str::HintBack));
  }

 private:
  void load() {
    counts_.clear();
    forecast_.assign(kForecastDays, 0);
    retention_.clear();
    mastery_.clear();
    total_reviews_ = 0;
    today_ = ctx_.today();
    if (!ctx_.db) return;
    store::LearnerDb& db = *ctx_.db;
    const std::int64_t now = ctx_.clock.now_ms() / 1000;
    today_ = db.day_of(now);
    for (const auto& d : db.reviews_per_day(ctx_.profile_id, now, 365)) {
      counts_[d.day] = d.count;
      total_reviews_ += d.count;
    }
    forecast_ = db.due_forecast(ctx_.profile_id, now, kForecastDays);
    retention_ = db.retention_by_interval(ctx_.profile_id);
    std::map<std::string, std::string> doc_of;
    for (const auto& q : ctx_.deck.questions()) {
      if (!q.facts.empty()) doc_of[q.id] = q.facts.front().doc;
    }
    mastery_ = db.document_mastery(ctx_.profile_id, doc_of);
  }

  // A panel's title at its reading start; returns the y below it.
  int panel_title(ui::Canvas& c, const SDL_Rect& r, Str title) const {
    const ui::View& v = c.view();
    c.fill(r, ui::theme::kPanel);
    const int fs = v.font(ui::theme::kSmall);
    // Wrapped when the panel is narrow (800 px windows, long Arabic titles).
    const int h = c.text(ctx_.tr(title), {r.x + v.sx(14), r.y + v.sy(8), r.w - v.sx(28), 0}, fs,
                         ui::theme::kAccent, v.start(), true, true);
    return r.y + v.sy(8) + h + v.sy(6);
  }

  void empty_note(ui::Canvas& c, const SDL_Rect& r, int y) const {
    const ui::View& v = c.view();
    c.text(ctx_.tr(Str::StNoData),
           {r.x + v.sx(14), y + (r.y + r.h - y) / 2 - v.sy(20), r.w - v.sx(28), 0},
           v.font(ui::theme::kSmall), ui::theme::kMuted, ui::Align::Center, false, true);
  }

  void draw_heatmap(ui::Canvas& c, int y) const {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    const int pad = v.sx(36);
    const int fs_title = v.font(ui::theme::kSmall);
    const int fs = v.font(16);
    c.text(ctx_.tr(Str::StHeatmap), {pad, y, v.w - 2 * pad, 0}, fs_title, ui::theme::kAccent,
           v.start(), true, false);
    y += c.measure(ctx_.tr(Str::StHeatmap), fs_title, true).h + v.sy(4);
    const auto grid = charts::heatmap_grid(today_, 365);
    // Weekday labels take a narrow column at the reading start; the weeks fill the rest.
    const int label_w = v.sx(44);
    const int pitch = std::max(4, (v.w - 2 * pad - label_w) / std::max(1, grid.columns));
    const int cell = std::max(3, pitch - std::max(1, pitch / 6));
    const int grid_x = pad + label_w;
    const int months_h = c.measure("1", fs).h;
    const int grid_y = y + months_h + v.sy(2);
    int max_count = 0;
    for (const auto& [day, n] : counts_) max_count = std::max(max_count, n);
    // Month labels above the weeks where each month begins (skipped when they would touch).
    int last_end = -100000;
    for (const auto& m : grid.months) {
      const int lx = grid_x + m.column * pitch;
      const auto label = ctx_.tr(static_cast<Str>(static_cast<int>(Str::MonthJan) + m.month - 1));
      const int lw = c.measure(label, fs).w;
      if (lx < last_end + v.sx(6)) continue;
      const SDL_Rect box = v.place({lx, y, lw + 2, months_h});
      c.text(label, box, fs, ui::theme::kMuted, ui::Align::Left, false, false);
      last_end = lx + lw;
    }
    // Weekday initials: Monday, Wednesday, Friday.
    for (int row : {1, 3, 5}) {
      const auto label = ctx_.tr(static_cast<Str>(static_cast<int>(Str::WeekdaySun) + row));
      const SDL_Rect box =
          v.place({pad, grid_y + row * pitch + (cell - months_h) / 2, label_w - v.sx(6), months_h});
      c.text(label, box, fs, ui::theme::kMuted, v.end(), false, false);
    }
    for (const auto& cellp : grid.cells) {
      const auto it = counts_.find(cellp.day);
      const int n = it == counts_.end() ? 0 : it->second;
      const SDL_Rect r =
          v.place({grid_x + cellp.column * pitch, grid_y + cellp.row * pitch, cell, cell});
      c.fill(r, kHeat[charts::heat_level(n, max_count, 5)]);
      if (cellp.day == today_) c.outline(r, ui::theme::kAccent, std::max(1, pitch / 10));
    }
    // Legend at the reading end: less [0..4] more.
    const int ly = grid_y + 7 * pitch + v.sy(6);
    const int sq = cell;
    const auto less = ctx_.tr(Str::StLess), more = ctx_.tr(Str::StMore);
    const int more_w = c.measure(more, fs).w, less_w = c.measure(less, fs).w;
    int x = grid_x + grid.columns * pitch - (pitch - cell) - more_w;  // the grid's end
    c.text(more, v.place({x, ly + (sq - months_h) / 2, more_w + 2, months_h}), fs,
           ui::theme::kMuted, ui::Align::Left, false, false);
    x -= v.sx(8) + 5 * pitch;
    for (int l = 0; l < 5; ++l) c.fill(v.place({x + l * pitch, ly, sq, sq}), kHeat[l]);
    x -= v.sx(8) + less_w;
    c.text(less, v.place({x, ly + (sq - months_h) / 2, less_w + 2, months_h}), fs,
           ui::theme::kMuted, ui::Align::Left, false, false);
    // The busiest day at the reading start of the legend line.
    if (max_count > 0) {
      const std::string busiest =
          std::string(ctx_.tr(Str::StBusiest)) + " " + ui::number(max_count, s);
      c.text(busiest, {grid_x, ly + (sq - months_h) / 2, v.w - 2 * pad - label_w, months_h}, fs,
             ui::theme::kMuted, v.start(), false, false);
    }
  }

  void draw_forecast(ui::Canvas& c, const SDL_Rect& r) const {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    int y = panel_title(c, r, Str::StForecast);
    const int fs = v.font(16);
    const int lh = c.measure("1", fs).h;
    int total = 0, top = 0;
    for (int n : forecast_) {
      total += n;
      top = std::max(top, n);
    }
    if (total == 0) {
      empty_note(c, r, y);
      return;
    }
    const int scale = charts::nice_ceiling(top);
    // The scale's top, then the bars; day labels below (0 = today), time running in reading
    // order.
    c.text(ui::number(scale, s), {r.x + v.sx(14), y, r.w - v.sx(28), lh}, fs, ui::theme::kMuted,
           v.start(), false, false);
    y += lh + v.sy(2);
    const int base = r.y + r.h - v.sy(14) - 2 * lh - v.sy(6);
    const int inner_x = r.x + v.sx(14), inner_w = r.w - v.sx(28);
    const int n = static_cast<int>(forecast_.size());
    const int pitch = std::max(2, inner_w / std::max(1, n));
    const int bw = std::max(1, pitch - std::max(1, pitch / 4));
    c.fill({inner_x, y, inner_w, 1}, kAxis);
    // Positions inside the panel: mirror within the panel in right-to-left.
    auto at = [&](int off, int w) { return v.rtl ? inner_x + inner_w - off - w : inner_x + off; };
    for (int i = 0; i < n; ++i) {
      const int h = charts::bar_length(forecast_[i], scale, base - y);
      c.fill({at(i * pitch, bw), base - h, bw, h}, i == 0 ? ui::theme::kAccent : ui::theme::kEasy);
      if (i % 7 == 0) {
        const std::string label = ui::number(i, s);
        const int w = c.measure(label, fs).w;
        c.text(label, {at(i * pitch + bw / 2 - w / 2, w + 2), base + v.sy(4), w + 2, lh}, fs,
               ui::theme::kMuted, ui::Align::Left, false, false);
      }
    }
    c.fill({inner_x, base, inner_w, 1}, kAxis);
    const std::string caption = std::string(ctx_.tr(Str::StDaysFromToday)) + " · " +
                                ui::number(total, s) + " " + std::string(ctx_.tr(Str::StDue));
    c.text(caption, {inner_x, base + lh + v.sy(8), inner_w, lh}, fs, ui::theme::kMuted,
           ui::Align::Center, false, false);
  }

  void draw_retention(ui::Canvas& c, const SDL_Rect& r) const {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    const int y = panel_title(c, r, Str::StRetention);
    const int fs = v.font(16);
    const int lh = c.measure("1", fs).h;
    int reviews = 0;
    for (const auto& b : retention_) reviews += b.reviews;
    if (reviews == 0) {
      empty_note(c, r, y);
      return;
    }
    static constexpr const char* kBucket[] = {"1", "2–7", "8–30", "31–90", "91–365", "365+"};
    const int inner_x = r.x + v.sx(10), inner_w = r.w - v.sx(20);
    const int n = static_cast<int>(retention_.size());
    const int pitch = inner_w / std::max(1, n);
    const int bw = pitch - std::max(2, pitch / 5);
    const int base = r.y + r.h - v.sy(14) - 2 * lh - v.sy(6);
    const int bar_top = y + lh + v.sy(4);
    for (int i = 0; i < n; ++i) {
      const auto& b = retention_[static_cast<std::size_t>(i)];
      const int off = i * pitch + (pitch - bw) / 2;
      const int x = v.rtl ? inner_x + inner_w - off - bw : inner_x + off;
      const int h = charts::bar_length(b.retention(), 1.0, base - bar_top);
      c.fill({x, bar_top, bw, base - bar_top}, ui::Color{40, 52, 78});
      if (b.reviews > 0) {
        const double ret = b.retention();
        c.fill({x, base - h, bw, h}, ret >= 0.85   ? ui::theme::kGood
                                     : ret >= 0.70 ? ui::theme::kHard
                                                   : ui::theme::kBad);
      }
      const std::string pct =
          b.reviews > 0 ? ui::number(std::lround(b.retention() * 100), s) + "%" : "–";
      c.text(pct, {x - pitch / 4, bar_top - lh - v.sy(2), bw + pitch / 2, lh}, fs, ui::theme::kText,
             ui::Align::Center, true, false);
      if (i < 6) {
        c.text(bucket_label(kBucket[i], s), {x - (pitch - bw) / 2, base + v.sy(4), pitch, lh},
               v.font(14), ui::theme::kMuted, ui::Align::Center, false, false);
      }
    }
    c.text(ctx_.tr(Str::StDaysSinceReview), {inner_x, base + lh + v.sy(8), inner_w, lh}, fs,
           ui::theme::kMuted, ui::Align::Center, false, false);
  }

  void draw_mastery(ui::Canvas& c, const SDL_Rect& r) const {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    int y = panel_title(c, r, Str::StMastery);
    if (mastery_.empty()) {
      empty_note(c, r, y);
      return;
    }
    const int fs = v.font(16);
    const int lh = c.measure("1", fs).h;
    const int inner_x = r.x + v.sx(14), inner_w = r.w - v.sx(28);
    const int bar_h = std::max(5, v.sy(8));
    const int row_h = lh + bar_h + v.sy(5);
    const int legend_y = r.y + r.h - lh - v.sy(10);
    const int n = static_cast<int>(mastery_.size());
    const int rows = std::max(1, (legend_y - y + v.sy(5)) / row_h);
    for (int i = 0; i < n && i < rows; ++i) {
      const auto& m = mastery_[static_cast<std::size_t>(i)];
      const std::string pct = ui::number(std::lround(m.mastery() * 100), s) + "%";
      c.text(ui::isolate_ltr(m.document),
             {v.rtl ? inner_x + v.sx(60) : inner_x, y, inner_w - v.sx(60), lh}, fs,
             ui::theme::kText, v.start(), false, false);
      c.text(pct, {inner_x, y, inner_w, lh}, fs, ui::theme::kText, v.end(), true, false);
      const int by = y + lh + v.sy(2);
      c.fill({inner_x, by, inner_w, bar_h}, ui::Color{40, 52, 78});
      // Mature, then young, then learning, from the reading start.
      int off = 0;
      for (const auto& [count, colour] : {std::pair{m.mature, kMature}, std::pair{m.young, kYoung},
                                          std::pair{m.learning, kLearning}}) {
        const int w = std::min(inner_w - off, charts::bar_length(count, m.cards, inner_w));
        if (w <= 0) continue;
        const int x = v.rtl ? inner_x + inner_w - off - w : inner_x + off;
        c.fill({x, by, w, bar_h}, colour);
        off += w;
      }
      y += row_h;
    }
    if (rows < n) {  // how many documents did not fit, at the legend line's end
      c.text("+" + ui::number(n - rows, s), {inner_x, legend_y, inner_w, lh}, fs, ui::theme::kMuted,
             v.end(), true, false);
    }
    // Legend: mature · young · learning.
    int off = 0;
    for (const auto& [key, colour] :
         {std::pair{Str::StMature, kMature}, std::pair{Str::StYoung, kYoung},
          std::pair{Str::StLearning, kLearning}}) {
      const auto label = ctx_.tr(key);
      const int w = c.measure(label, fs).w;
      const int sq = lh / 2;
      const int total = sq + v.sx(4) + w;
      const int x = v.rtl ? inner_x + inner_w - off - total : inner_x + off;
      c.fill({v.rtl ? x + total - sq : x, legend_y + lh / 4, sq, sq}, colour);
      c.text(label, {v.rtl ? x : x + sq + v.sx(4), legend_y, w + 2, lh}, fs, ui::theme::kMuted,
             ui::Align::Left, false, false);
      off += total + v.sx(14);
    }
  }

  GameContext& ctx_;
  std::int64_t today_ = 0;
  std::map<std::int64_t, int> counts_;
  std::vector<int> forecast_;
  std::vector<store::RetentionBucket> retention_;
  std::vector<store::DocumentMastery> mastery_;
  long total_reviews_ = 0;
};

}  // namespace

std::unique_ptr<ui::Screen> make_stats(GameContext& ctx) {
  return std::make_unique<StatsScreen>(ctx);
}

}  // namespace tarikh::screens
