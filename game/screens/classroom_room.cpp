#include "game/screens/classroom_room.hpp"

#include <SDL.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <system_error>

#include "game/screens/screens.hpp"
#include "game/store/learner_db.hpp"
#include "game/ui/widgets.hpp"

namespace tarikh::screens {

namespace {

// Physical keys, and what they type on a US layout (for labels and when SDL knows no layout).
constexpr std::array<std::array<int, 4>, cr::kMaxTeams> kZones = {{
    {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4},
    {SDL_SCANCODE_7, SDL_SCANCODE_8, SDL_SCANCODE_9, SDL_SCANCODE_0},
    {SDL_SCANCODE_Q, SDL_SCANCODE_W, SDL_SCANCODE_E, SDL_SCANCODE_R},
    {SDL_SCANCODE_J, SDL_SCANCODE_K, SDL_SCANCODE_L, SDL_SCANCODE_SEMICOLON},
    {SDL_SCANCODE_A, SDL_SCANCODE_S, SDL_SCANCODE_D, SDL_SCANCODE_F},
    {SDL_SCANCODE_M, SDL_SCANCODE_COMMA, SDL_SCANCODE_PERIOD, SDL_SCANCODE_SLASH},
    {SDL_SCANCODE_Z, SDL_SCANCODE_X, SDL_SCANCODE_C, SDL_SCANCODE_V},
    {SDL_SCANCODE_F1, SDL_SCANCODE_F2, SDL_SCANCODE_F3, SDL_SCANCODE_F4},
}};
constexpr std::array<std::array<int, 4>, cr::kMaxTeams> kUsKeys = {{
    {SDLK_1, SDLK_2, SDLK_3, SDLK_4},
    {SDLK_7, SDLK_8, SDLK_9, SDLK_0},
    {SDLK_q, SDLK_w, SDLK_e, SDLK_r},
    {SDLK_j, SDLK_k, SDLK_l, SDLK_SEMICOLON},
    {SDLK_a, SDLK_s, SDLK_d, SDLK_f},
    {SDLK_m, SDLK_COMMA, SDLK_PERIOD, SDLK_SLASH},
    {SDLK_z, SDLK_x, SDLK_c, SDLK_v},
    {SDLK_F1, SDLK_F2, SDLK_F3, SDLK_F4},
}};

// The US layout: for the zones' keys and the letters.
int us_scancode_of(int key) {
  if (key >= SDLK_a && key <= SDLK_z) return SDL_SCANCODE_A + (key - SDLK_a);
  for (std::size_t t = 0; t < kZones.size(); ++t) {
    for (std::size_t i = 0; i < 4; ++i) {
      if (kUsKeys[t][i] == key) return kZones[t][i];
    }
  }
  return SDL_SCANCODE_UNKNOWN;
}

int us_key_of(int scancode) {
  for (std::size_t t = 0; t < kZones.size(); ++t) {
    for (std::size_t i = 0; i < 4; ++i) {
      if (kZones[t][i] == scancode) return kUsKeys[t][i];
    }
  }
  return SDLK_UNKNOWN;
}

int sdl_scancode_of(int key) {
  const SDL_Scancode sc = SDL_GetScancodeFromKey(static_cast<SDL_Keycode>(key));
  return sc != SDL_SCANCODE_UNKNOWN ? static_cast<int>(sc) : us_scancode_of(key);
}

int sdl_key_of(int scancode) {
  const SDL_Keycode k = SDL_GetKeyFromScancode(static_cast<SDL_Scancode>(scancode));
  return k != SDLK_UNKNOWN ? static_cast<int>(k) : us_key_of(scancode);
}

constexpr KeyLayout kSdlLayout{sdl_scancode_of, sdl_key_of};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// What a key's cap says: F1, an upper-case Latin letter, a digit or sign, or the character a
// non-Latin layout types (followed by a left-to-right mark, so that a row of Arabic letters stays
// in key order inside left-to-right text). Empty for a key with no character.
std::string key_text(int key) {
  if (key >= SDLK_F1 && key <= SDLK_F12) return "F" + std::to_string(key - SDLK_F1 + 1);
  if (key >= 'a' && key <= 'z') return std::string(1, static_cast<char>(key - 'a' + 'A'));
  if (key > 0x20 && key < 0x7F) return std::string(1, static_cast<char>(key));
  if (key >= 0xA0 && key <= 0x10FFFF && (key & SDLK_SCANCODE_MASK) == 0 &&
      !(key >= 0xD800 && key <= 0xDFFF)) {
    std::string out;
    append_utf8(out, static_cast<std::uint32_t>(key));
    out += "\xE2\x80\x8E";  // U+200E LEFT-TO-RIGHT MARK
    return out;
  }
  return "";
}

constexpr std::array<std::uint32_t, kTeamColours> kColours = {
    0xE5484DFF,  // red
    0x3E8EEDFF,  // blue
    0x3FBF6FFF,  // green
    0xF2C230FF,  // yellow
    0xA66EF0FF,  // purple
    0xF08A3CFF,  // orange
    0x2EC4C4FF,  // teal
    0xF06EB4FF,  // pink
};

}  // namespace

const KeyLayout& sdl_layout() {
  return kSdlLayout;
}

const std::array<int, 4>& zone_scancodes(int team) {
  return kZones.at(static_cast<std::size_t>(team));
}

std::string zone_label(int team, const KeyLayout& layout) {
  const auto t = static_cast<std::size_t>(team);
  std::string out;
  for (std::size_t i = 0; i < 4; ++i) {
    std::string k = key_text(layout.key_of(kZones.at(t)[i]));
    if (k.empty()) k = key_text(kUsKeys.at(t)[i]);  // a key with no character: its US name
    if (!out.empty()) out += ' ';
    out += k;
  }
  return out;
}

void Buzzers::resize(int teams) {
  pads_.resize(static_cast<std::size_t>(std::clamp(teams, 0, cr::kMaxTeams)), -1);
}

std::optional<BuzzerPress> Buzzers::press(const ui::InputEvent& e) const {
  using K = ui::InputEvent::Kind;
  using ui::Action;
  if (e.device < 0) {
    if ((e.kind != K::Key && e.kind != K::Action) || e.key == 0) return std::nullopt;
    const int scancode = layout_->scancode_of(e.key);
    if (scancode == SDL_SCANCODE_UNKNOWN) return std::nullopt;
    for (int t = 0; t < teams(); ++t) {
      const auto& z = zone_scancodes(t);
      const auto it = std::find(z.begin(), z.end(), scancode);
      if (it != z.end()) return BuzzerPress{t, static_cast<int>(it - z.begin())};
    }
    return std::nullopt;
  }
  if (e.kind != K::Action) return std::nullopt;
  const int team = team_of_pad(e.device);
  if (team < 0) return std::nullopt;
  switch (e.action) {
    case Action::Up:
      return BuzzerPress{team, 0};
    case Action::Right:
      return BuzzerPress{team, 1};
    case Action::Down:
      return BuzzerPress{team, 2};
    case Action::Left:
      return BuzzerPress{team, 3};
    case Action::Accept:
    case Action::Reveal:
    case Action::MoveUp:
    case Action::MoveDown:
      return BuzzerPress{team, -1};
    default:
      return std::nullopt;
  }
}

int Buzzers::bind_pad(int device) {
  if (device < 0) return -1;
  if (const int t = team_of_pad(device); t >= 0) return t;
  for (std::size_t t = 0; t < pads_.size(); ++t) {
    if (pads_[t] < 0) {
      pads_[t] = device;
      return static_cast<int>(t);
    }
  }
  return -1;
}

int Buzzers::pad_of(int team) const {
  return team >= 0 && team < teams() ? pads_[static_cast<std::size_t>(team)] : -1;
}

int Buzzers::team_of_pad(int device) const {
  const auto it = std::find(pads_.begin(), pads_.end(), device);
  return device >= 0 && it != pads_.end() ? static_cast<int>(it - pads_.begin()) : -1;
}

std::uint32_t team_colour(int index) {
  return kColours.at(
      static_cast<std::size_t>(((index % kTeamColours) + kTeamColours) % kTeamColours));
}

void ClassroomRoom::set_teams(int n) {
  n = std::clamp(n, cr::kMinTeams, cr::kMaxTeams);
  setup.teams = n;
  while (static_cast<int>(colours.size()) > n) colours.pop_back();
  while (static_cast<int>(colours.size()) < n) {
    int c = 0;
    while (std::find(colours.begin(), colours.end(), c) != colours.end()) ++c;
    colours.push_back(c);
  }
  tested.resize(static_cast<std::size_t>(n), false);
  names.resize(static_cast<std::size_t>(n));
  buzzers.resize(n);
}

ClassroomRoom& room_of(GameContext& ctx) {
  if (!ctx.classroom) ctx.classroom = std::make_shared<ClassroomRoom>();
  return *ctx.classroom;
}

bool is_classroom_screen(std::string_view name) {
  return name == "classroom-setup" || name == "classroom-question" || name == "leaderboard" ||
         name == "podium";
}

bool is_team_pad_back(const ClassroomRoom& room, const ui::InputEvent& e) {
  return e.kind == ui::InputEvent::Kind::Action && e.action == ui::Action::Back && e.device >= 0 &&
         room.buzzers.team_of_pad(e.device) >= 0;
}

bool is_host_pause(const ClassroomRoom& room, const ui::InputEvent& e) {
  if (is_host_key(e, 'p')) return true;
  return e.kind == ui::InputEvent::Kind::Action && e.action == ui::Action::Menu && e.device >= 0 &&
         room.buzzers.team_of_pad(e.device) < 0;
}

std::string team_name(const GameContext& ctx, int team) {
  if (ctx.classroom && team >= 0 && team < static_cast<int>(ctx.classroom->names.size()) &&
      !ctx.classroom->names[static_cast<std::size_t>(team)].empty()) {
    return ctx.classroom->names[static_cast<std::size_t>(team)];
  }
  return std::string(ctx.tr(ui::Str::CrTeam)) + " " + ui::number(team + 1, ctx.settings);
}

bool start_competition(GameContext& ctx) {
  ClassroomRoom& r = room_of(ctx);
  const auto& deck = ctx.deck.questions();
  r.setup = cr::normalized(
      r.setup,
      static_cast<int>(cr::room_questions(deck, r.setup.types, 0, r.setup.document).size()));
  r.questions = cr::room_questions(deck, r.setup.types, r.setup.question_count, r.setup.document);
  if (r.questions.empty()) return false;
  r.set_teams(r.setup.teams);
  std::vector<cr::Team> teams;
  for (int t = 0; t < r.setup.teams; ++t) {
    teams.push_back({team_name(ctx, t), team_colour(r.colours[static_cast<std::size_t>(t)])});
  }
  r.competition =
      std::make_unique<cr::Competition>(std::move(teams), cr::specs_of(r.questions, r.setup.mode),
                                        cr::settings_of(r.setup), ctx.clock.now_ms());
  r.started_ms = ctx.clock.now_ms();
  r.results_file.clear();
  r.save_error.clear();
  r.saved = false;
  r.fed = 0;
  r.reviews_fed = 0;
  r.feed_name.clear();
  if (r.setup.feed_profile != 0 && ctx.db) {
    // The profile may not have played this bank yet: its cards follow the deck, as when the
    // learner switches to it.
    std::vector<std::string> ids;
    ids.reserve(deck.size());
    for (const auto& q : deck) ids.push_back(q.id);
    try {
      for (const auto& p : ctx.db->profiles()) {
        if (p.id == r.setup.feed_profile) r.feed_name = p.name;
      }
      ctx.db->sync_cards(r.setup.feed_profile, ids, ctx.clock.now_ms() / 1000);
    } catch (const std::exception& e) {
      r.save_error = e.what();
    }
  }
  return true;
}

void feed_scheduler(GameContext& ctx) {
  ClassroomRoom& r = room_of(ctx);
  if (!r.competition || r.setup.feed_profile == 0 || !ctx.db) return;
  const cr::Competition& c = *r.competition;
  const int closed = c.question_index() + (c.phase() == cr::Phase::Question ? 0 : 1);
  for (; r.fed < closed; ++r.fed) {
    const auto& answers = c.rounds().at(static_cast<std::size_t>(r.fed));
    try {
      if (cr::feed_review(*ctx.db, r.setup.feed_profile, c.question_at(r.fed).id,
                          cr::class_review(answers, c.settings().mode), ctx.clock.now_ms())) {
        ++r.reviews_fed;
      }
    } catch (const std::exception& e) {
      r.save_error = e.what();
    }
  }
}

std::string_view screen_for(const cr::Competition& c) {
  switch (c.phase()) {
    case cr::Phase::Leaderboard:
      return "leaderboard";
    case cr::Phase::Podium:
      return "podium";
    default:
      return "classroom-question";
  }
}

void save_results(GameContext& ctx) {
  ClassroomRoom& r = room_of(ctx);
  if (r.saved || !r.competition || r.competition->phase() != cr::Phase::Podium) return;
  r.saved = true;
  namespace fs = std::filesystem;
  fs::path data = ctx.data_dir;
  if (data.empty()) {
    if (char* pref = SDL_GetPrefPath("tarikh", "tarikh")) {
      data = pref;
      SDL_free(pref);
    }
  }
  if (data.empty()) {
    r.save_error = "no data folder";
    return;
  }
  const fs::path dir = data / "results";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    r.save_error = dir.string() + ": " + ec.message();
    return;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  fs::path file = dir / ("competition-" + std::string(stamp) + ".csv");
  for (int n = 2; fs::exists(file, ec) && n < 1000; ++n) {
    file = dir / ("competition-" + std::string(stamp) + "-" + std::to_string(n) + ".csv");
  }
  std::ofstream out(file, std::ios::binary);
  out << r.competition->results_csv();
  out.close();
  if (!out) {
    r.save_error = "cannot write " + file.string();
    return;
  }
  r.results_file = fs::absolute(file, ec);
  if (ec) r.results_file = file;
  // The learner database keeps the results too (competition tables), when the game has one.
  if (ctx.db) {
    try {
      cr::save_competition(*ctx.db, *r.competition, "competition-" + std::string(stamp),
                           r.started_ms, ctx.clock.now_ms());
    } catch (const std::exception& e) {
      r.save_error = e.what();
    }
  }
}

bool follow_phase(GameContext& ctx, std::string_view my_name, bool& switching) {
  if (switching) return true;
  feed_scheduler(ctx);
  const ClassroomRoom& r = room_of(ctx);
  if (!r.competition) return false;
  const std::string_view target = screen_for(*r.competition);
  if (target == my_name) return false;
  switching = true;
  ctx.stack.replace(make_screen(target, ctx));
  return true;
}

bool is_host_next(const ui::InputEvent& e) {
  return e.kind == ui::InputEvent::Kind::Action && e.device < 0 &&
         (e.action == ui::Action::Reveal || e.action == ui::Action::Accept);
}

bool is_host_key(const ui::InputEvent& e, char letter, const KeyLayout& layout) {
  if (e.kind != ui::InputEvent::Kind::Key || e.device >= 0 || e.key == 0) return false;
  return e.key == letter || (letter >= 'a' && letter <= 'z' &&
                             layout.scancode_of(e.key) == SDL_SCANCODE_A + (letter - 'a'));
}

ui::Color rgba_colour(std::uint32_t rgba) {
  return ui::Color{static_cast<std::uint8_t>(rgba >> 24), static_cast<std::uint8_t>(rgba >> 16),
                   static_cast<std::uint8_t>(rgba >> 8), 255};
}

void centred_line(ui::Canvas& c, std::string_view s, const SDL_Rect& box, int size, ui::Color col,
                  ui::Align align, bool bold) {
  const auto ts = c.measure(s, size, bold);
  c.text(s, {box.x, box.y + (box.h - ts.h) / 2, box.w, 0}, size, col, align, bold, false);
}

std::string signed_points(int points, const ui::Settings& s) {
  return ui::isolate_ltr("+" + ui::number(points, s));
}

}  // namespace tarikh::screens
