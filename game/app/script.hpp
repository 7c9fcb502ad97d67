// The `play` script (DESIGN.md): one command a line, `#` comments, blank lines ignored. The
// whole script is checked before anything runs; a bad line is a ScriptError "line N: ...".
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh::app {

struct ScriptCommand {
  enum class Kind { Wait, Key, Text, Click, Drag, Pad, Resize, Shot, ExpectScreen, Goto, Quit };
  Kind kind = Kind::Wait;
  int line = 0;
  int a = 0, b = 0, c = 0, d = 0;  // wait: a=ms; click: a,b; drag: a,b -> c,d; pad: a=index,
                                   // b=SDL_GameControllerButton; resize: a,b; key: a=SDL_Keycode,
                                   // b=SDL_Keymod
  std::string text;                // text, shot name, screen name, key name as written
};

class ScriptError : public std::runtime_error {
 public:
  ScriptError(int line, const std::string& message)
      : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + message : message),
        line_(line) {}
  int line() const { return line_; }

 private:
  int line_;
};

// Parses a whole script. `#` starts a comment anywhere except in `text`, whose argument is the
// rest of the line exactly (so it may hold `#`). Throws ScriptError on the first bad line.
std::vector<ScriptCommand> parse_script(std::string_view source);

// Reads and parses FILE; a missing or unreadable file is a ScriptError (line 0).
std::vector<ScriptCommand> load_script(const std::filesystem::path& file);

// Limits checked by the parser.
inline constexpr int kMaxWaitMs = 3'600'000;
inline constexpr int kMaxCoordinate = 16384;
inline constexpr int kMinWindow = 64;
inline constexpr int kMaxWindow = 8192;
inline constexpr int kMaxPads = 16;

}  // namespace tarikh::app
