#include "game/app/script.hpp"

#include <SDL.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "game/screens/game_context.hpp"
#include "questions/arabic/utf8.hpp"

namespace tarikh::app {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

int integer(std::string_view w, int lo, int hi, int line, const std::string& what) {
  int v = 0;
  const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (ec != std::errc() || end != w.data() + w.size()) {
    throw ScriptError(line, what + " must be a whole number, not '" + std::string(w) + "'");
  }
  if (v < lo || v > hi) {
    throw ScriptError(line, what + " must be between " + std::to_string(lo) + " and " +
                                std::to_string(hi) + ", not " + std::to_string(v));
  }
  return v;
}

void expect_args(const std::vector<std::string_view>& args, std::size_t n, int line,
                 const std::string& usage) {
  if (args.size() != n) throw ScriptError(line, "expected '" + usage + "'");
}

// "Shift+Up" -> (SDLK_UP, KMOD_SHIFT).
std::pair<SDL_Keycode, int> key_with_mods(std::string_view spec, int line) {
  int mods = KMOD_NONE;
  for (;;) {
    const auto plus = spec.find('+');
    if (plus == std::string_view::npos || plus == 0 || plus + 1 >= spec.size()) break;
    const std::string mod(spec.substr(0, plus));
    if (SDL_strcasecmp(mod.c_str(), "shift") == 0) {
      mods |= KMOD_SHIFT;
    } else if (SDL_strcasecmp(mod.c_str(), "ctrl") == 0) {
      mods |= KMOD_CTRL;
    } else if (SDL_strcasecmp(mod.c_str(), "alt") == 0) {
      mods |= KMOD_ALT;
    } else {
      break;
    }
    spec.remove_prefix(plus + 1);
  }
  const std::string name(spec);
  const SDL_Keycode key = SDL_GetKeyFromName(name.c_str());
  if (key == SDLK_UNKNOWN) throw ScriptError(line, "unknown key name '" + name + "'");
  return {key, mods};
}

bool valid_shot_name(std::string_view n) {
  if (n.empty() || n.front() == '.' || n.size() > 100) return false;
  for (char c : n) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<ScriptCommand> parse_script(std::string_view source) {
  using Kind = ScriptCommand::Kind;
  std::vector<ScriptCommand> out;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= source.size()) {
    std::size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) nl = source.size();
    std::string_view raw = source.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (text::first_invalid(raw)) throw ScriptError(line_no, "not valid UTF-8");
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;

    const auto space = line.find_first_of(" \t");
    const std::string_view cmd = line.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
    ScriptCommand c;
    c.line = line_no;
    if (cmd == "text") {
      // The rest of the line, exactly (one separating space removed above).
      if (rest.empty()) throw ScriptError(line_no, "expected 'text STRING'");
      c.kind = Kind::Text;
      c.text = std::string(rest);
      out.push_back(std::move(c));
      continue;
    }
    std::string_view args_text = rest;
    if (const auto hash = args_text.find('#'); hash != std::string_view::npos) {
      args_text = args_text.substr(0, hash);
    }
    const auto args = words(args_text);
    if (cmd == "wait") {
      expect_args(args, 1, line_no, "wait MS");
      c.kind = Kind::Wait;
      c.a = integer(args[0], 0, kMaxWaitMs, line_no, "wait MS");
    } else if (cmd == "key") {
      if (args.empty()) throw ScriptError(line_no, "expected 'key NAME'");
      // Key names may hold spaces ("Left Shift", "Keypad Enter").
      std::string name(trim(args_text));
      c.kind = Kind::Key;
      const auto [key, mods] = key_with_mods(name, line_no);
      c.a = static_cast<int>(key);
      c.b = mods;
      c.text = name;
    } else if (cmd == "click") {
      expect_args(args, 2, line_no, "click X Y");
      c.kind = Kind::Click;
      c.a = integer(args[0], 0, kMaxCoordinate, line_no, "X");
      c.b = integer(args[1], 0, kMaxCoordinate, line_no, "Y");
    } else if (cmd == "drag") {
      expect_args(args, 4, line_no, "drag X1 Y1 X2 Y2");
      c.kind = Kind::Drag;
      c.a = integer(args[0], 0, kMaxCoordinate, line_no, "X1");
      c.b = integer(args[1], 0, kMaxCoordinate, line_no, "Y1");
      c.c = integer(args[2], 0, kMaxCoordinate, line_no, "X2");
      c.d = integer(args[3], 0, kMaxCoordinate, line_no, "Y2");
    } else if (cmd == "pad") {
      expect_args(args, 2, line_no, "pad N BUTTON");
      c.kind = Kind::Pad;
      c.a = integer(args[0], 0, kMaxPads - 1, line_no, "gamepad N");
      const std::string button(args[1]);
      const auto b = SDL_GameControllerGetButtonFromString(button.c_str());
      if (b == SDL_CONTROLLER_BUTTON_INVALID) {
        throw ScriptError(line_no, "unknown gamepad button '" + button + "'");
      }
      c.b = static_cast<int>(b);
      c.text = button;
    } else if (cmd == "resize") {
      expect_args(args, 2, line_no, "resize W H");
      c.kind = Kind::Resize;
      c.a = integer(args[0], kMinWindow, kMaxWindow, line_no, "W");
      c.b = integer(args[1], kMinWindow, kMaxWindow, line_no, "H");
    } else if (cmd == "shot") {
      expect_args(args, 1, line_no, "shot NAME");
      if (!valid_shot_name(args[0])) {
        throw ScriptError(line_no, "shot NAME may hold only letters, digits, '-', '_' and '.'");
      }
      c.kind = Kind::Shot;
      c.text = std::string(args[0]);
    } else if (cmd == "expect-screen" || cmd == "goto") {
      expect_args(args, 1, line_no, std::string(cmd) + " NAME");
      if (!screens::is_screen_name(args[0])) {
        throw ScriptError(line_no, "unknown screen '" + std::string(args[0]) + "'");
      }
      c.kind = cmd == "goto" ? Kind::Goto : Kind::ExpectScreen;
      c.text = std::string(args[0]);
    } else if (cmd == "quit") {
      expect_args(args, 0, line_no, "quit");
      c.kind = Kind::Quit;
    } else {
      throw ScriptError(line_no, "unknown command '" + std::string(cmd) + "'");
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<ScriptCommand> load_script(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in || std::filesystem::is_directory(file)) {
    throw ScriptError(0, "cannot read script " + file.string());
  }
  std::ostringstream s;
  s << in.rdbuf();
  return parse_script(s.str());
}

}  // namespace tarikh::app
