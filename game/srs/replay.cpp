#include "game/srs/replay.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "game/srs/fsrs.hpp"

namespace tarikh::srs {

namespace {

struct CardHistory {
  MemoryState state;
  std::int64_t last_day;
};

bool parse_int(std::string_view field, std::int64_t& value) {
  while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
  if (field.empty()) return false;
  const char* end = field.data() + field.size();
  auto [ptr, ec] = std::from_chars(field.data(), end, value);
  return ec == std::errc() && ptr == end;
}

}  // namespace

int replay(std::istream& in, std::ostream& out, std::ostream& err, double retention) {
  const Fsrs fsrs(kDefaultParams, retention);
  std::unordered_map<std::int64_t, CardHistory> cards;
  std::string line;
  std::string buffer;
  long line_no = 0;
  char formatted[160];
  auto fail = [&](const std::string& message) {
    out << buffer;
    out.flush();
    err << "line " << line_no << ": " << message << "\n";
    return 2;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line_no == 1 && line == "card,day,rating") continue;
    std::string_view rest(line);
    std::int64_t fields[3];
    for (int i = 0; i < 3; ++i) {
      const std::size_t comma = rest.find(',');
      if ((i < 2) != (comma != std::string_view::npos)) {
        return fail("expected card,day,rating, got '" + line + "'");
      }
      const std::string_view field = i < 2 ? rest.substr(0, comma) : rest;
      if (!parse_int(field, fields[i])) {
        return fail("not a whole number: '" + std::string(field) + "'");
      }
      if (i < 2) rest.remove_prefix(comma + 1);
    }
    const auto [card, day, rating] = fields;
    if (rating < 1 || rating > 4) {
      return fail("unknown rating " + std::to_string(rating) +
                  " (1 again, 2 hard, 3 good, 4 easy)");
    }
    const auto g = static_cast<Rating>(rating);
    auto it = cards.find(card);
    MemoryState next;
    if (it == cards.end()) {
      next = fsrs.next_state(std::nullopt, 0, g);
      cards.emplace(card, CardHistory{next, day});
    } else {
      const std::int64_t elapsed = day - it->second.last_day;
      if (elapsed < 0) {
        return fail("day " + std::to_string(day) + " of card " + std::to_string(card) +
                    " is before its previous review on day " + std::to_string(it->second.last_day) +
                    " (input must be in time order)");
      }
      next = fsrs.next_state(it->second.state, static_cast<long>(elapsed), g);
      it->second = {next, day};
    }
    std::snprintf(formatted, sizeof formatted, "%lld,%lld,%lld,%.6f,%.6f,%d\n",
                  static_cast<long long>(card), static_cast<long long>(day),
                  static_cast<long long>(rating), next.stability, next.difficulty,
                  fsrs.next_interval(next.stability));
    buffer += formatted;
    if (buffer.size() > (1 << 16)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  out.flush();
  return 0;
}

}  // namespace tarikh::srs
