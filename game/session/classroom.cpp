#include "game/session/classroom.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <stdexcept>

#include "game/store/learner_db.hpp"

namespace tarikh::session::classroom {

int points_for(bool correct, Millis answer_ms, Millis limit_ms, int streak,
               const ScoringRules& rules) {
  if (!correct) return 0;
  int points = rules.base;
  if (rules.speed && limit_ms > 0) {
    const double t = static_cast<double>(std::clamp<Millis>(answer_ms, 0, limit_ms));
    points = static_cast<int>(std::lround((1.0 - (t / static_cast<double>(limit_ms)) / 2.0) *
                                          static_cast<double>(rules.base)));
  }
  if (rules.streak && streak > 1) {
    points += std::min(rules.streak_step * (streak - 1), rules.streak_cap);
  }
  return points;
}

Competition::Competition(std::vector<Team> teams, std::vector<QuestionSpec> questions,
                         Settings settings, Millis now)
    : teams_(std::move(teams)), questions_(std::move(questions)), settings_(settings) {
  if (teams_.size() < 2 || teams_.size() > 8) {
    throw std::invalid_argument("a competition needs 2 to 8 teams");
  }
  for (const Team& t : teams_) {
    if (t.name.empty()) throw std::invalid_argument("every team needs a name");
  }
  if (questions_.empty()) throw std::invalid_argument("a competition needs questions");
  for (const QuestionSpec& q : questions_) {
    if (!q.choices.empty() &&
        (q.correct_choice < 0 || q.correct_choice >= static_cast<int>(q.choices.size()))) {
      throw std::invalid_argument("question " + q.id + " has no valid correct choice");
    }
  }
  if (settings_.time_limit_ms < 5000 || settings_.time_limit_ms > 120000) {
    throw std::invalid_argument("the time per question must be between 5 and 120 seconds");
  }
  streaks_.assign(teams_.size(), 0);
  scores_.assign(teams_.size(), 0);
  rounds_.resize(questions_.size());
  open_question(now);
}

void Competition::open_question(Millis now) {
  phase_ = Phase::Question;
  phase_since_ = now;
  opened_at_ = now;
  paused_total_ = 0;
  paused_ = false;
  buzzed_.reset();
  locked_out_.assign(teams_.size(), false);
  auto& round = rounds_.at(index_);
  round.assign(teams_.size(), Answer{});
  for (std::size_t i = 0; i < round.size(); ++i) round[i].team = static_cast<int>(i);
}

Millis Competition::elapsed(Millis now) const {
  const Millis until = paused_ ? paused_at_ : now;
  return std::max<Millis>(0, until - opened_at_ - paused_total_);
}

Millis Competition::remaining(Millis now) const {
  if (phase_ != Phase::Question) return 0;
  return std::max<Millis>(0, settings_.time_limit_ms - elapsed(now));
}

void Competition::pause(Millis now) {
  if (phase_ != Phase::Question || paused_) return;
  paused_ = true;
  paused_at_ = now;
}

void Competition::resume(Millis now) {
  if (!paused_ || buzzed_) return;  // a team with the floor keeps the clock stopped
  paused_total_ += std::max<Millis>(0, now - paused_at_);
  paused_ = false;
}

bool Competition::has_answered(int team) const {
  return team >= 0 && team < static_cast<int>(teams_.size()) && rounds_.at(index_)[team].answered;
}

void Competition::record(int team, int choice, bool correct, Millis time_ms) {
  Answer& a = rounds_.at(index_)[team];
  a.answered = true;
  a.choice = choice;
  a.correct = correct;
  a.time_ms = time_ms;
  streaks_[team] = correct ? streaks_[team] + 1 : 0;
  a.points =
      points_for(correct, time_ms, settings_.time_limit_ms, streaks_[team], settings_.scoring);
  scores_[team] += a.points;
}

bool Competition::answer(int team, int choice, Millis now) {
  if (phase_ != Phase::Question || paused_ || settings_.mode != Mode::Everyone) return false;
  if (team < 0 || team >= static_cast<int>(teams_.size()) || has_answered(team)) return false;
  const QuestionSpec& q = question();
  if (choice < 0 || choice >= static_cast<int>(q.choices.size())) return false;
  const Millis t = elapsed(now);
  if (t > settings_.time_limit_ms) return false;
  record(team, choice, choice == q.correct_choice, t);
  const auto& round = rounds_.at(index_);
  if (std::all_of(round.begin(), round.end(), [](const Answer& a) { return a.answered; })) {
    close_question(now);
  }
  return true;
}

bool Competition::buzz(int team, Millis now) {
  if (phase_ != Phase::Question || paused_ || settings_.mode != Mode::Buzzer) return false;
  if (team < 0 || team >= static_cast<int>(teams_.size()) || buzzed_ || locked_out_[team]) {
    return false;
  }
  const Millis t = elapsed(now);
  if (t > settings_.time_limit_ms) return false;
  buzzed_ = team;
  buzz_time_ = t;
  paused_ = true;  // the clock stops while the team answers aloud
  paused_at_ = now;
  return true;
}

bool Competition::judge(bool correct, Millis now) {
  if (phase_ != Phase::Question || !buzzed_) return false;
  const int team = *buzzed_;
  record(team, -1, correct, buzz_time_);
  buzzed_.reset();
  paused_total_ += std::max<Millis>(0, now - paused_at_);
  paused_ = false;
  if (correct) {
    close_question(now);
    return true;
  }
  locked_out_[team] = true;
  if (std::all_of(locked_out_.begin(), locked_out_.end(), [](bool b) { return b; })) {
    close_question(now);
  }
  return true;
}

void Competition::close_question(Millis now) {
  for (const Answer& a : rounds_.at(index_)) {
    if (!a.answered) streaks_[a.team] = 0;
  }
  buzzed_.reset();
  paused_ = false;
  phase_ = Phase::Reveal;
  phase_since_ = now;
}

void Competition::tick(Millis now) {
  if (phase_ == Phase::Question) {
    if (!paused_ && elapsed(now) >= settings_.time_limit_ms) close_question(now);
    return;
  }
  if (settings_.pacing == Pacing::Automatic &&
      (phase_ == Phase::Reveal || phase_ == Phase::Leaderboard) &&
      now - phase_since_ >= settings_.reveal_ms) {
    next(now);
  }
}

void Competition::next(Millis now) {
  switch (phase_) {
    case Phase::Question:
      close_question(now);
      break;
    case Phase::Reveal:
      phase_ = Phase::Leaderboard;
      phase_since_ = now;
      break;
    case Phase::Leaderboard:
      if (index_ + 1 >= question_count()) {
        phase_ = Phase::Podium;
        phase_since_ = now;
      } else {
        ++index_;
        open_question(now);
      }
      break;
    case Phase::Podium:
      break;
  }
}

std::vector<Standing> Competition::standings() const {
  std::vector<Standing> out;
  for (std::size_t i = 0; i < teams_.size(); ++i) {
    out.push_back({static_cast<int>(i), scores_[i], 1});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Standing& a, const Standing& b) { return a.score > b.score; });
  for (std::size_t i = 1; i < out.size(); ++i) {
    out[i].place = out[i].score == out[i - 1].score ? out[i - 1].place : static_cast<int>(i) + 1;
  }
  return out;
}

std::vector<Standing> Competition::leaderboard() const {
  std::vector<Standing> all = standings();
  if (settings_.top_three_only) {
    std::erase_if(all, [](const Standing& s) { return s.place > 3; });
  }
  return all;
}

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string Competition::results_csv() const {
  std::string out = "question,team,answer,correct,time_ms,points\n";
  const int reached = phase_ == Phase::Podium ? question_count() : index_ + 1;
  for (int qi = 0; qi < reached; ++qi) {
    const QuestionSpec& q = questions_[qi];
    for (const Answer& a : rounds_[qi]) {
      std::string given;
      if (a.answered) given = a.choice >= 0 ? q.choices[a.choice] : "(judged by host)";
      out += csv_field(q.id) + "," + csv_field(teams_[a.team].name) + "," + csv_field(given) + "," +
             (a.answered ? (a.correct ? "right" : "wrong") : "no answer") + "," +
             (a.answered ? std::to_string(a.time_ms) : "") + "," + std::to_string(a.points) + "\n";
    }
  }
  for (const Standing& s : standings()) {
    out += "total," + csv_field(teams_[s.team].name) + ",,place " + std::to_string(s.place) + ",," +
           std::to_string(s.score) + "\n";
  }
  return out;
}

// ---- Setup ----

unsigned type_bit(std::string_view type) {
  if (type == "mcq") return kMcq;
  if (type == "which_first") return kWhichFirst;
  if (type == "cloze") return kCloze;
  if (type == "numeric") return kNumeric;
  return 0;
}

namespace {

// A whole number written in ASCII or Arabic-Indic digits (nothing else), or nullopt.
std::optional<long> whole_number(std::string_view s) {
  long v = 0;
  int digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int d = -1;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c == 0xD9 && i + 1 < s.size()) {  // U+0660..U+0669: D9 A0..A9
      const unsigned char c2 = static_cast<unsigned char>(s[i + 1]);
      if (c2 >= 0xA0 && c2 <= 0xA9) {
        d = c2 - 0xA0;
        ++i;
      }
    }
    if (d < 0 || digits >= 12) return std::nullopt;
    v = v * 10 + d;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  return v;
}

// Distractor years stay in the past (the documents are history).
constexpr long kLatestYear = 2025;

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// Three distinct distractors near `n`, chosen by `seed`.
std::vector<long> near_numbers(long n, std::uint32_t seed) {
  std::vector<long> candidates;
  if (n >= 1000 && n <= 2200) {  // a year
    for (long d = -15; d <= 15; ++d) {
      if (d != 0 && n + d <= kLatestYear) candidates.push_back(n + d);
    }
  } else {
    const long step = std::max<long>(1, (n + 2) / 4);
    for (long k = -3; k <= 3; ++k) {
      if (k != 0 && n + k * step > 0) candidates.push_back(n + k * step);
    }
  }
  std::vector<long> out;
  std::uint32_t x = seed ? seed : 1;
  while (out.size() < 3 && !candidates.empty()) {
    x ^= x << 13;  // xorshift32
    x ^= x >> 17;
    x ^= x << 5;
    const std::size_t i = x % candidates.size();
    out.push_back(candidates[i]);
    candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return out;
}

}  // namespace

std::vector<std::string> room_documents(const std::vector<questions::Question>& deck) {
  std::set<std::string> docs;
  for (const questions::Question& q : deck) {
    for (const auto& f : q.facts) {
      if (!f.doc.empty()) docs.insert(f.doc);
    }
  }
  return {docs.begin(), docs.end()};
}

std::vector<RoomQuestion> room_questions(const std::vector<questions::Question>& deck,
                                         unsigned types, int count, const std::string& document) {
  std::vector<RoomQuestion> out;
  for (const questions::Question& q : deck) {
    if (count > 0 && static_cast<int>(out.size()) >= count) break;
    const unsigned bit = type_bit(q.type);
    if ((bit & types) == 0) continue;
    if (!document.empty() &&
        std::none_of(q.facts.begin(), q.facts.end(),
                     [&](const questions::FactRef& f) { return f.doc == document; })) {
      continue;
    }
    RoomQuestion r;
    r.id = q.id;
    r.type = q.type;
    r.prompt = q.prompt;
    if (!q.facts.empty()) {
      r.sentence = q.facts.front().sentence;
      r.doc = q.facts.front().doc;
    }
    if (bit == kMcq || bit == kWhichFirst) {
      const auto it = std::find(q.choices.begin(), q.choices.end(), q.answer);
      if (it == q.choices.end() || q.choices.size() < 2 || q.choices.size() > 4) continue;
      r.choices = q.choices;
      r.correct = static_cast<int>(it - q.choices.begin());
    } else if (const auto n = whole_number(q.answer)) {
      std::vector<long> nums = near_numbers(*n, fnv1a(q.id));
      nums.push_back(*n);
      std::sort(nums.begin(), nums.end());
      for (long v : nums) r.choices.push_back(std::to_string(v));
      r.correct = static_cast<int>(std::find(nums.begin(), nums.end(), *n) - nums.begin());
    } else {
      r.choices.push_back(q.answer);
      for (const questions::Question& o : deck) {
        if (r.choices.size() >= 4) break;
        if (o.type == q.type && o.id != q.id && !o.answer.empty() &&
            std::find(r.choices.begin(), r.choices.end(), o.answer) == r.choices.end()) {
          r.choices.push_back(o.answer);
        }
      }
      if (r.choices.size() < 2) continue;
      // The answer's place follows the question id, not always first.
      const std::size_t at = fnv1a(q.id) % r.choices.size();
      std::swap(r.choices[0], r.choices[at]);
      r.correct = static_cast<int>(at);
    }
    out.push_back(std::move(r));
  }
  return out;
}

Setup normalized(Setup s, int available) {
  s.types &= kAllTypes;
  if (s.types == 0) s.types = kAllTypes;
  s.question_count = std::clamp(s.question_count, 1, std::max(1, available));
  s.seconds = std::clamp(s.seconds, kMinSeconds, kMaxSeconds);
  s.teams = std::clamp(s.teams, kMinTeams, kMaxTeams);
  return s;
}

Settings settings_of(const Setup& s) {
  Settings out;
  out.time_limit_ms = static_cast<Millis>(std::clamp(s.seconds, kMinSeconds, kMaxSeconds)) * 1000;
  out.mode = s.mode;
  out.pacing = s.pacing;
  out.scoring.speed = s.speed_points;
  out.scoring.streak = s.streak_bonus;
  out.top_three_only = s.top_three_only;
  return out;
}

std::vector<QuestionSpec> specs_of(const std::vector<RoomQuestion>& qs, Mode mode) {
  std::vector<QuestionSpec> out;
  for (const RoomQuestion& q : qs) {
    QuestionSpec spec;
    spec.id = q.id;
    if (mode == Mode::Everyone) {
      spec.choices = q.choices;
      spec.correct_choice = q.correct;
    }
    out.push_back(std::move(spec));
  }
  return out;
}

std::int64_t save_competition(store::LearnerDb& db, const Competition& c, std::string_view name,
                              std::int64_t started_at, std::int64_t finished_at) {
  const std::int64_t id = db.create_competition(name, started_at);
  const auto& rounds = c.rounds();
  for (std::size_t qi = 0; qi < rounds.size(); ++qi) {
    const QuestionSpec& q = c.question_at(static_cast<int>(qi));
    for (const Answer& a : rounds[qi]) {
      if (!a.answered) continue;
      store::CompetitionAnswer row;
      row.team = c.teams().at(static_cast<std::size_t>(a.team)).name;
      row.question_id = q.id;
      row.answer = a.choice >= 0 ? q.choices.at(static_cast<std::size_t>(a.choice))
                                 : std::string("(judged by host)");
      row.correct = a.correct;
      row.time_ms = static_cast<int>(a.time_ms);
      row.points = a.points;
      db.record_competition_answer(id, row);
    }
  }
  db.finish_competition(id, finished_at);
  return id;
}

ClassReview class_review(const std::vector<Answer>& answers, Mode mode) {
  ClassReview r;
  int right = 0, answered = 0;
  Millis total_ms = 0;
  for (const Answer& a : answers) {
    if (!a.answered) continue;
    ++answered;
    total_ms += a.time_ms;
    right += a.correct ? 1 : 0;
  }
  const bool remembered =
      mode == Mode::Buzzer ? right > 0 : 2 * right > static_cast<int>(answers.size());
  r.rating = remembered ? srs::Rating::Good : srs::Rating::Again;
  r.duration_ms = answered > 0 ? static_cast<int>(total_ms / answered) : 0;
  return r;
}

bool feed_review(store::LearnerDb& db, std::int64_t profile, const std::string& question_id,
                 const ClassReview& review, std::int64_t now_ms) {
  const auto row = db.card(profile, question_id);
  if (!row) return false;
  const srs::Scheduler scheduler(db.scheduler_config(profile));
  const std::int64_t now_s = now_ms >= 0 ? now_ms / 1000 : -((-now_ms + 999) / 1000);
  db.answer(scheduler, row->card.id, now_s, review.rating, review.duration_ms, "classroom");
  return true;
}

}  // namespace tarikh::session::classroom
