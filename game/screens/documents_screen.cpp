// Documents: the built-in documents (assets/documents) and the learner's own (<data>/documents),
// each with its facts, questions and warnings from the bank; the conflicts between documents
// (listed, never hidden); and a path field: Enter adds the file (or a folder's .txt files) to
// <data>/documents and rebuilds the bank on a worker thread, with a progress bar on screen.
// Errors (no such path, a file that is not UTF-8 text, a failed build) are shown in red.
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "game/app/paths.hpp"
#include "game/screens/screens.hpp"
#include "game/text/text_field.hpp"
#include "game/ui/widgets.hpp"
#include "questions/arabic/utf8.hpp"
#include "questions/bank/bank.hpp"
#include "questions/bank/build.hpp"

namespace tarikh::screens {

namespace {

namespace fs = std::filesystem;
using ui::Action;
using ui::Str;

struct DocRow {
  std::string name;
  int facts = -1;  // -1: not in the bank
  int questions = 0;
  std::vector<std::string> warnings;
};

// One line of the scrolling list.
struct Line {
  enum class Kind { Section, Doc, Warning, Conflict, Sides, Note } kind = Kind::Note;
  std::string text;
  std::string detail;  // Doc: the counts, at the line's other end
};

std::vector<fs::path> txt_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec) && e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

fs::path builtin_dir() {
  try {
    return app::assets_dir() / "documents";
  } catch (const std::exception&) {
    return {};
  }
}

// The 1-based line of the first invalid UTF-8 byte of `file`, 0 when it is valid.
int invalid_utf8_line(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  const std::string bytes = s.str();
  const auto bad = text::first_invalid(bytes);
  if (!bad) return 0;
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + *bad, '\n'));
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  s = s.substr(b, e - b + 1);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

// The bank build, on a worker thread: progress in atomics, the result read after `done`.
struct BuildJob {
  std::atomic<std::uint64_t> bytes_done{0}, bytes_total{0};
  std::atomic<bool> done{false};
  std::mutex mutex;
  std::string current;  // the document being read (under mutex)
  std::string error;    // empty on success
  questions::BuildSummary summary;
  std::thread thread;
  ~BuildJob() {
    if (thread.joinable()) thread.join();
  }
};

class DocumentsScreen : public ui::Screen {
 public:
  explicit DocumentsScreen(GameContext& ctx) : ctx_(ctx) { refresh(); }
  ~DocumentsScreen() override = default;
  std::string_view name() const override { return "documents"; }
  bool wants_text() const override { return !job_; }
  bool animating() const override { return job_ != nullptr; }

  void handle(const ui::InputEvent& e, const ui::View&) override {
    if (job_) return;  // the build runs: input waits
    if (e.kind == ui::InputEvent::Kind::Text) {
      field_.insert(e.text);
      return;
    }
    if (e.kind != ui::InputEvent::Kind::Action) return;
    switch (e.action) {
      case Action::Erase:
        field_.backspace();
        break;
      case Action::Accept:
        add(field_.text());
        break;
      case Action::Up:
        scroll_ = std::max(0, scroll_ - 1);
        break;
      case Action::Down:
        scroll_ = std::min(std::max(0, static_cast<int>(lines_.size()) - 1), scroll_ + 1);
        break;
      default:
        break;
    }
  }

  void update(int) override {
    if (!job_) return;
    // Headless play (no video: nobody watches) lets the build finish within this step, so that
    // a script's `wait` sees its result; a window only polls and keeps drawing the progress.
    if (SDL_WasInit(SDL_INIT_VIDEO) == 0 && job_->thread.joinable()) job_->thread.join();
    if (!job_->done.load()) return;
    if (job_->thread.joinable()) job_->thread.join();
    finish_build();
  }

  void draw(ui::Canvas& c) const override {
    const ui::View& v = c.view();
    const auto& s = ctx_.settings;
    c.clear(ui::theme::kBackground);
    const std::string info = ui::number(static_cast<long>(builtin_.size() + own_.size()), s) + " " +
                             std::string(ctx_.tr(Str::DocCount)) + " · " +
                             ui::number(total_questions_, s) + " " +
                             std::string(ctx_.tr(Str::DocQuestions));
    const int top = ui::draw_header(c, ctx_.tr(Str::Documents), info);
    const int pad = v.sx(48);
    const int fs = v.font(ui::theme::kSmall);
    int y = top + v.sy(12);
    // The path field.
    c.text(ctx_.tr(Str::DocAddPrompt), {pad, y, v.w - 2 * pad, 0}, fs, ui::theme::kMuted, v.start(),
           false, false);
    y += c.measure(ctx_.tr(Str::DocAddPrompt), fs).h + v.sy(6);
    const SDL_Rect field{pad, y, v.w - 2 * pad, v.sy(52)};
    c.fill(field, ui::Color{250, 250, 246});
    c.outline(field, job_ ? ui::theme::kMuted : ui::theme::kAccent, 3);
    const std::string shown = ui::isolate_ltr(field_.display_text() + (job_ ? "" : "|"));
    const int ffs = v.font(ui::theme::kSmall + 4);
    // A long path shows its end (where the caret is), clipped to the field.
    const SDL_Rect inner{field.x + v.sx(14), field.y, field.w - v.sx(28), field.h};
    const bool long_path = c.measure(shown, ffs).w > inner.w;
    SDL_RenderSetClipRect(c.renderer(), &inner);
    c.text(shown, {inner.x, field.y + (field.h - c.measure("|", ffs).h) / 2, inner.w, 0}, ffs,
           ui::Color{20, 20, 30}, long_path ? ui::Align::Right : ui::Align::Left, false, false);
    SDL_RenderSetClipRect(c.renderer(), nullptr);
    y = field.y + field.h + v.sy(10);
    // Progress bar while building, else the last message.
    const SDL_Rect status{pad, y, v.w - 2 * pad, v.sy(46)};
    if (job_) {
      const auto total = job_->bytes_total.load(), done_bytes = job_->bytes_done.load();
      const double f = total ? static_cast<double>(done_bytes) / total : 0.0;
      c.fill(status, ui::theme::kPanel);
      const int w = std::clamp(static_cast<int>(f * status.w), 0, status.w);
      c.fill(v.place({status.x, status.y, w, status.h}), ui::theme::kGood);
      std::string current;
      {
        std::lock_guard<std::mutex> lock(job_->mutex);
        current = job_->current;
      }
      const std::string label = std::string(ctx_.tr(Str::DocBuilding)) + " " +
                                ui::number(std::lround(f * 100), s) + "%" +
                                (current.empty() ? "" : "  " + ui::isolate_ltr(current));
      c.text(label,
             {status.x + v.sx(12), status.y + (status.h - c.measure(label, fs).h) / 2,
              status.w - v.sx(24), 0},
             fs, ui::theme::kText, v.start(), true, false);
    } else if (!message_.empty()) {
      c.fill(status, error_ ? ui::Color{120, 36, 44} : ui::Color{30, 96, 56});
      c.fit_text(message_, {status.x + v.sx(12), status.y + 2, status.w - v.sx(24), status.h - 4},
                 fs, ui::theme::kText, v.start(), true);
    }
    if (job_ || !message_.empty()) y = status.y + status.h + v.sy(12);  // else the list moves up
    // The list.
    const int bottom = v.h - v.sy(48);
    const int lfs = v.font(ui::theme::kSmall - 2);  // the list's type
    const int lh = c.measure("Ag", lfs).h + v.sy(4);
    for (std::size_t i = static_cast<std::size_t>(scroll_); i < lines_.size(); ++i) {
      if (y + lh > bottom) break;
      const Line& l = lines_[i];
      const SDL_Rect box{pad, y, v.w - 2 * pad, lh};
      switch (l.kind) {
        case Line::Kind::Section:
          c.fill({pad, y + lh - 2, v.w - 2 * pad, 2}, ui::theme::kPanelHover);
          c.text(l.text, box, lfs, ui::theme::kAccent, v.start(), true, false);
          break;
        case Line::Kind::Doc:
          c.text(ui::isolate_ltr(l.text), {pad + v.sx(16), y, v.w - 2 * pad - v.sx(32), lh}, lfs,
                 ui::theme::kText, v.start(), false, false);
          c.text(l.detail, box, lfs, ui::theme::kMuted, v.end(), false, false);
          break;
        case Line::Kind::Warning:
          c.text(ui::isolate_ltr(l.text), {pad + v.sx(40), y, v.w - 2 * pad - v.sx(56), lh},
                 v.font(ui::theme::kSmall - 3), ui::theme::kHard, v.start(), false, false);
          break;
        case Line::Kind::Conflict: {
          // A long event is cut to the line with an ellipsis (its documents follow below).
          const int w = v.w - 2 * pad - v.sx(32), cfs = v.font(ui::theme::kSmall - 2);
          std::string event = l.text;
          if (c.measure(event, cfs).w > w) {
            while (!event.empty() && c.measure(event + "…", cfs).w > w) {
              std::size_t cut = event.size() - 1;
              while (cut > 0 && (static_cast<unsigned char>(event[cut]) & 0xC0) == 0x80) --cut;
              event.resize(cut);
            }
            event += "…";
          }
          c.text(event, {pad + v.sx(16), y, w, lh}, cfs, ui::theme::kText,
                 ui::content_align(l.text), false, false);
          break;
        }
        case Line::Kind::Sides:
          c.text(l.text, {pad + v.sx(40), y, v.w - 2 * pad - v.sx(56), lh},
                 v.font(ui::theme::kSmall - 2), ui::theme::kHard, v.start(), true, false);
          break;
        case Line::Kind::Note:
          c.text(l.text, {pad + v.sx(16), y, v.w - 2 * pad - v.sx(32), lh}, lfs, ui::theme::kMuted,
                 v.start(), false, false);
          break;
      }
      y += lh;
    }
    ui::draw_hint(c, ctx_.tr(Str::DocHint));
  }

 private:
  fs::path own_dir() const {
    return ctx_.data_dir.empty() ? fs::path() : ctx_.data_dir / "documents";
  }
  fs::path bank_path() const {
    return ctx_.data_dir.empty() ? fs::path() : app::default_bank_path(ctx_.data_dir);
  }

  void fail(Str what, const std::string& detail) {
    error_ = true;
    message_ = std::string(ctx_.tr(what)) + (detail.empty() ? "" : ": " + ui::isolate_ltr(detail));
    field_.set_text("");  // the message repeats what was typed
  }

  void add(const std::string& typed) {
    std::string path = trim(typed);
    if (path.empty()) return;
    if (path.rfind("~/", 0) == 0) {
      if (const char* home = std::getenv("HOME")) path = std::string(home) + path.substr(1);
    }
    std::error_code ec;
    const fs::path p = fs::absolute(fs::path(path), ec);
    if (ec || !fs::exists(p, ec)) return fail(Str::DocErrMissing, path);
    if (own_dir().empty()) return fail(Str::DocErrCopy, path);
    std::vector<fs::path> files;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> ignored;
      files = questions::collect_documents({p}, ignored);
      if (files.empty()) return fail(Str::DocErrEmpty, path);
    } else {
      files.push_back(p);
    }
    // Every file is checked before any is copied: a bad one adds nothing.
    for (const auto& f : files) {
      if (const int line = invalid_utf8_line(f)) {
        return fail(Str::DocErrUtf8, f.filename().string() + ":" + std::to_string(line));
      }
    }
    fs::create_directories(own_dir(), ec);
    for (const auto& f : files) {
      fs::copy_file(f, own_dir() / f.filename(), fs::copy_options::overwrite_existing, ec);
      if (ec) return fail(Str::DocErrCopy, f.string());
    }
    added_ = files.size() == 1 ? files.front().filename().string()
                               : ui::number(static_cast<long>(files.size()), ctx_.settings);
    field_.set_text("");
    start_build();
  }

  void start_build() {
    questions::BuildOptions opt;
    if (const auto b = builtin_dir(); !b.empty() && fs::is_directory(b)) opt.inputs.push_back(b);
    opt.inputs.push_back(own_dir());
    opt.out = bank_path();
    message_.clear();
    job_ = std::make_unique<BuildJob>();
    BuildJob* job = job_.get();
    opt.progress = [job](std::uint64_t done, std::uint64_t total, const std::string& doc) {
      job->bytes_done = done;
      job->bytes_total = total;
      std::lock_guard<std::mutex> lock(job->mutex);
      job->current = doc;
    };
    job->thread = std::thread([job, opt = std::move(opt)] {
      try {
        job->summary = questions::build_bank(opt);
      } catch (const std::exception& e) {
        job->error = e.what();
      }
      job->done = true;
    });
  }

  void finish_build() {
    const auto job = std::move(job_);
    if (!job->error.empty()) {
      fail(Str::DocErrBuild, job->error);
    } else {
      error_ = false;
      message_ = std::string(ctx_.tr(Str::DocAdded)) + " " + ui::isolate_ltr(added_) + " · " +
                 std::string(ctx_.tr(Str::DocBuilt)) + " · " +
                 ui::number(job->summary.questions, ctx_.settings) + " " +
                 std::string(ctx_.tr(Str::DocQuestions));
      if (ctx_.reload_bank) ctx_.reload_bank();
    }
    refresh();
  }

  // Reads the folders and the bank again and rebuilds the list's lines.
  void refresh() {
    builtin_.clear();
    own_.clear();
    conflicts_.clear();
    total_questions_ = 0;
    bool have_bank = false;
    std::map<std::string, DocRow> in_bank;
    std::error_code ec;
    const fs::path bank = bank_path();
    if (!bank.empty() && fs::exists(bank, ec)) {
      try {
        for (const auto& d : questions::read_bank_documents(bank)) {
          DocRow& r = in_bank[d.name];
          r.facts = static_cast<int>(d.facts.size());
          r.warnings = d.warnings;
        }
        const auto qs = questions::read_bank(bank);
        count_questions(qs, in_bank);
        total_questions_ = static_cast<long>(qs.size());
        conflicts_ = questions::read_bank_conflicts(bank);
        have_bank = true;
      } catch (const std::exception& e) {
        fail(Str::DocErrBuild, e.what());
      }
    }
    if (!have_bank) {
      // No bank in the data folder: the deck's questions still say which documents they cite.
      count_questions(ctx_.deck.questions(), in_bank);
      total_questions_ = static_cast<long>(ctx_.deck.questions().size());
    }
    auto row_for = [&](const fs::path& f) {
      DocRow r;
      r.name = f.filename().string();
      if (const auto it = in_bank.find(r.name); it != in_bank.end()) {
        r.facts = it->second.facts;
        r.questions = it->second.questions;
        r.warnings = it->second.warnings;
      }
      return r;
    };
    for (const auto& f : txt_files(builtin_dir())) builtin_.push_back(row_for(f));
    if (!own_dir().empty()) {
      for (const auto& f : txt_files(own_dir())) own_.push_back(row_for(f));
    }
    make_lines(have_bank);
  }

  static void count_questions(const std::vector<questions::Question>& qs,
                              std::map<std::string, DocRow>& rows) {
    for (const auto& q : qs) {
      std::set<std::string> docs;
      for (const auto& f : q.facts) docs.insert(f.doc);
      for (const auto& d : docs) rows[d].questions += 1;
    }
  }

  std::string counts(const DocRow& r) const {
    const auto& s = ctx_.settings;
    std::string out;
    if (r.facts >= 0)
      out += ui::number(r.facts, s) + " " + std::string(ctx_.tr(Str::DocFacts)) + " · ";
    out += ui::number(r.questions, s) + " " + std::string(ctx_.tr(Str::DocQuestions));
    if (!r.warnings.empty()) {
      out += " · " + ui::number(static_cast<long>(r.warnings.size()), s) + " " +
             std::string(ctx_.tr(Str::DocWarnings));
    }
    return out;
  }

  void make_lines(bool have_bank) {
    lines_.clear();
    const auto& s = ctx_.settings;
    auto docs = [&](Str title, const std::vector<DocRow>& rows, Str none) {
      lines_.push_back(
          {Line::Kind::Section,
           std::string(ctx_.tr(title)) + " (" + ui::number(static_cast<long>(rows.size()), s) + ")",
           {}});
      if (rows.empty()) lines_.push_back({Line::Kind::Note, std::string(ctx_.tr(none)), {}});
      for (const auto& r : rows) {
        lines_.push_back({Line::Kind::Doc, r.name, counts(r)});
        for (std::size_t i = 0; i < r.warnings.size() && i < 3; ++i) {
          lines_.push_back({Line::Kind::Warning, r.warnings[i], {}});
        }
      }
    };
    // Conflicts come first when there are any (they need the learner's eye), else last.
    auto conflicts = [&] {
      lines_.push_back({Line::Kind::Section,
                        std::string(ctx_.tr(Str::DocConflicts)) + " (" +
                            ui::number(static_cast<long>(conflicts_.size()), s) + ")",
                        {}});
      if (!have_bank) {
        lines_.push_back({Line::Kind::Note, std::string(ctx_.tr(Str::DocNoBank)), {}});
      } else if (conflicts_.empty()) {
        lines_.push_back({Line::Kind::Note, std::string(ctx_.tr(Str::DocNoConflicts)), {}});
      }
      // Each conflict: the event, then the values the documents give, each with its document.
      for (const auto& cf : conflicts_) {
        std::string sides;
        for (std::size_t i = 0; i < cf.sides.size(); ++i) {
          const auto& side = cf.sides[i];
          if (i) sides += "   ≠   ";
          sides += ui::isolate(ui::localize_digits(side.surface.empty() ? side.value : side.surface,
                                                   s.digits)) +
                   " " + ui::isolate_ltr("(" + side.doc + ":" + std::to_string(side.line) + ")");
        }
        lines_.push_back({Line::Kind::Conflict, cf.event, {}});
        lines_.push_back({Line::Kind::Sides, sides, {}});
      }
    };
    if (!conflicts_.empty()) conflicts();
    docs(Str::DocBuiltIn, builtin_, Str::DocNoOwn);
    docs(Str::DocOwn, own_, Str::DocNoOwn);
    if (conflicts_.empty()) conflicts();
    scroll_ = std::min(scroll_, std::max(0, static_cast<int>(lines_.size()) - 1));
  }

  GameContext& ctx_;
  text::TextField field_{1024};
  std::vector<DocRow> builtin_, own_;
  std::vector<questions::ConflictRecord> conflicts_;
  std::vector<Line> lines_;
  long total_questions_ = 0;
  int scroll_ = 0;
  std::string message_;
  bool error_ = false;
  std::string added_;
  std::unique_ptr<BuildJob> job_;
};

}  // namespace

std::unique_ptr<ui::Screen> make_documents(GameContext& ctx) {
  return std::make_unique<DocumentsScreen>(ctx);
}

}  // namespace tarikh::screens
