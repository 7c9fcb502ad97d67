// Classroom competition rules: teams answer together (or buzz in), scored as teachers know it
// from Kahoot. A pure, deterministic state machine: the caller passes the time (milliseconds on
// any monotonic clock) into every call, so tests and the headless loop drive it exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game/srs/fsrs.hpp"
#include "questions/bank/question.hpp"

namespace tarikh::store {
class LearnerDb;  // game/store/learner_db.hpp
}

namespace tarikh::session::classroom {

using Millis = std::int64_t;

struct ScoringRules {
  bool speed = true;   // off: every correct answer earns the full base
  bool streak = true;  // off: no streak bonus
  int base = 1000;
  int streak_step = 100;  // per consecutive correct answer after the first
  int streak_cap = 500;
};

// Points for one answer: a correct answer earns round((1 - (t/T)/2) * base) (t clamped to
// [0, T]) plus min(streak_step * (streak - 1), streak_cap), where `streak` counts this answer
// (1 for a first correct answer). A wrong or missing answer earns 0.
int points_for(bool correct, Millis answer_ms, Millis limit_ms, int streak,
               const ScoringRules& rules);

enum class Mode {
  Everyone,  // every team answers at once; answers lock when given
  Buzzer,    // the first team to buzz answers aloud; the host marks it right or wrong
};

enum class Pacing { Host, Automatic };

struct Team {
  std::string name;
  std::uint32_t color = 0xFFFFFFFF;  // 0xRRGGBBAA
};

struct Settings {
  Millis time_limit_ms = 20000;  // 5 s .. 120 s
  Mode mode = Mode::Everyone;
  Pacing pacing = Pacing::Host;
  Millis reveal_ms = 5000;  // automatic pacing: how long the reveal stays up
  ScoringRules scoring;
  bool top_three_only = false;  // leaderboard shows only the first three places
};

struct QuestionSpec {
  std::string id;
  std::vector<std::string> choices;  // empty: the host judges (buzzer round, typed)
  int correct_choice = -1;           // index into choices, or -1 when the host judges
};

struct Answer {
  int team = -1;
  bool answered = false;  // false: the time ran out (or the round closed) first
  int choice = -1;        // -1: no choice (unanswered, or judged by the host)
  bool correct = false;
  Millis time_ms = 0;  // from the question opening, pauses excluded
  int points = 0;
};

struct Standing {
  int team = 0;
  int score = 0;
  int place = 1;  // ties share a place: 1, 1, 3
};

enum class Phase { Question, Reveal, Leaderboard, Podium };

class Competition {
 public:
  // Throws std::invalid_argument for 0 or 1 team, more than 8, an empty name, no questions, or
  // a time limit outside 5 s .. 120 s.
  Competition(std::vector<Team> teams, std::vector<QuestionSpec> questions, Settings settings,
              Millis now);

  Phase phase() const { return phase_; }
  int question_index() const { return index_; }
  const QuestionSpec& question() const { return questions_.at(index_); }
  const QuestionSpec& question_at(int i) const {
    return questions_.at(static_cast<std::size_t>(i));
  }
  int question_count() const { return static_cast<int>(questions_.size()); }
  const std::vector<Team>& teams() const { return teams_; }
  const Settings& settings() const { return settings_; }

  // Time left on the countdown (0 once it ran out); frozen while paused.
  Millis remaining(Millis now) const;
  bool paused() const { return paused_; }
  void pause(Millis now);
  void resume(Millis now);

  // Everyone mode: a team picks a choice. Returns false when the answer is not taken (wrong
  // phase, paused, time up, already answered, bad index).
  bool answer(int team, int choice, Millis now);
  bool has_answered(int team) const;

  // Buzzer mode: the first team to buzz gets the floor; the host then marks it.
  bool buzz(int team, Millis now);
  std::optional<int> buzzed_team() const { return buzzed_; }
  // The host marks the team with the floor right or wrong. Wrong: that team is locked out for
  // this question and the others may buzz again.
  bool judge(bool correct, Millis now);

  // Advances time: closes the question when the countdown ends or every team has answered,
  // and in automatic pacing moves on after the reveal.
  void tick(Millis now);

  // The host presses next: Question -> Reveal (closing it early), Reveal -> Leaderboard,
  // Leaderboard -> next Question, or Podium after the last one.
  void next(Millis now);

  // Answers of the current (or last) question, one per team in team order.
  const std::vector<Answer>& answers() const { return rounds_.at(index_); }
  // Every question's answers, in question order (rounds not reached are empty).
  const std::vector<std::vector<Answer>>& rounds() const { return rounds_; }

  std::vector<Standing> standings() const;
  // What the leaderboard shows: all standings, or only those placed in the top three.
  std::vector<Standing> leaderboard() const;

  // Per question and team: the answer, right or wrong, time in ms, points; then totals.
  std::string results_csv() const;

 private:
  void open_question(Millis now);
  void close_question(Millis now);
  Millis elapsed(Millis now) const;
  void record(int team, int choice, bool correct, Millis time_ms);

  std::vector<Team> teams_;
  std::vector<QuestionSpec> questions_;
  Settings settings_;
  Phase phase_ = Phase::Question;
  int index_ = 0;
  Millis opened_at_ = 0;
  Millis paused_total_ = 0;
  Millis paused_at_ = 0;
  bool paused_ = false;
  Millis phase_since_ = 0;
  std::optional<int> buzzed_;
  Millis buzz_time_ = 0;
  std::vector<bool> locked_out_;
  std::vector<int> streaks_;
  std::vector<int> scores_;
  std::vector<std::vector<Answer>> rounds_;
};

// ---- Setting a competition up from a deck (pure; the setup screen shows and edits these) ----

// Question types a competition can ask (a bit mask): multiple choice and which-came-first keep
// their choices; cloze and numeric questions get choices made for them.
enum TypeBit : unsigned {
  kMcq = 1,
  kWhichFirst = 2,
  kCloze = 4,
  kNumeric = 8,
  kAllTypes = 15,
};
// The bit of a bank question type ("mcq", ...), 0 for types a competition does not ask.
unsigned type_bit(std::string_view type);

// A deck question as a competition asks it.
struct RoomQuestion {
  std::string id;
  std::string type;
  std::string prompt;
  std::vector<std::string> choices;  // 2 to 4
  int correct = 0;                   // index into choices
  std::string sentence;              // the cited sentence (first fact), may be empty
  std::string doc;                   // its document
};

// The deck's questions of the chosen types, in deck order, at most `count` (count <= 0: all).
// Cloze and numeric questions whose answer is a whole number get three nearby numbers as
// distractors (years within 15 years, other numbers within a few steps; chosen from the
// question id, so the same deck gives the same choices), sorted ascending; other cloze answers
// take the answers of the deck's other questions of that type. Questions that cannot get at
// least two choices are skipped. A `document` (a file name) keeps only the questions citing it.
std::vector<RoomQuestion> room_questions(const std::vector<questions::Question>& deck,
                                         unsigned types, int count,
                                         const std::string& document = {});

// The documents the deck's questions cite, sorted by name (for the setup's choice).
std::vector<std::string> room_documents(const std::vector<questions::Question>& deck);

// What the setup screen chooses.
struct Setup {
  unsigned types = kAllTypes;
  int question_count = 5;
  int seconds = 20;  // per question, 5 .. 120
  int teams = 2;     // 2 .. 8
  Mode mode = Mode::Everyone;
  Pacing pacing = Pacing::Host;
  bool speed_points = true;
  bool streak_bonus = true;
  bool top_three_only = false;
  // A learner profile whose scheduler every question of the competition feeds (0: none, the
  // default): see class_review and feed_review.
  std::int64_t feed_profile = 0;
  // Questions from one document only (its file name, as citations name it); empty: the whole
  // bank.
  std::string document;
};

inline constexpr int kMinSeconds = 5;
inline constexpr int kMaxSeconds = 120;
inline constexpr int kMinTeams = 2;
inline constexpr int kMaxTeams = 8;

// `s` with every value in its range: at least one type, 1 .. `available` questions (and at
// least 1), 5 .. 120 s, 2 .. 8 teams.
Setup normalized(Setup s, int available);
// The competition settings a setup stands for.
Settings settings_of(const Setup& s);
// The questions' specs for the rules: in Buzzer mode the host judges (no choices to check).
std::vector<QuestionSpec> specs_of(const std::vector<RoomQuestion>& qs, Mode mode);

// Saves a competition into the learner database's competition tables: one row per question and
// team that answered (the answer as in results_csv(), right or wrong, time, points), then marks
// it finished. Returns the competition's id. `started_at`/`finished_at`: ms since 1970.
std::int64_t save_competition(store::LearnerDb& db, const Competition& c, std::string_view name,
                              std::int64_t started_at, std::int64_t finished_at);

// ---- Feeding a learner profile's scheduler (optional; off by default) ----

// One question of a competition as one review of the chosen profile's card: what the class as a
// whole showed it knows, as a teacher reads the room. Everyone mode: remembered (Good) when more
// than half of the teams answered right (a team without an answer counts as not right; one of
// two teams right is not enough), else forgotten (Again). Buzzer round: remembered when a team
// was judged right. duration_ms: the mean answer time of the teams that answered (0: none).
struct ClassReview {
  srs::Rating rating = srs::Rating::Again;
  int duration_ms = 0;
};
ClassReview class_review(const std::vector<Answer>& answers, Mode mode);

// Records `review` for `profile`'s card of `question_id` at `now_ms` the way the quiz records
// its player's answers (store::StoreDeck::record): LearnerDb::answer with the profile's
// scheduler settings, mode "classroom". A question the profile has no card for is skipped.
// Returns whether a review was recorded. Throws what LearnerDb throws.
bool feed_review(store::LearnerDb& db, std::int64_t profile, const std::string& question_id,
                 const ClassReview& review, std::int64_t now_ms);

}  // namespace tarikh::session::classroom
