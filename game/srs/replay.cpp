#include "game/srs/replay.hpp"

#include <charconv>
#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "game/srs/fsrs.hpp"

namespace tarikh::srs {

namespace {

bool parse_int(std::string_view field, std::int64_t& value) {
  while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
  if (field.empty()) return false;
  const char* end = field.data() + field.size();
  auto [ptr, ec] = std::from_chars(field.data(), end, value);
  return ec == std::errc() && ptr == end;
}

// One parsed review, echoed in its output line.
struct Echo {
  std::int64_t card, day, rating;
};

// The reviews are parsed a block at a time, then computed together (Fsrs::replay takes several
// cards at once), then printed.
constexpr std::size_t kBlock = 1 << 15;

class Replayer {
 public:
  Replayer(std::ostream& out, std::ostream& err, double retention)
      : fsrs_(kDefaultParams, retention), out_(out), err_(err) {
    steps_.reserve(kBlock);
    echo_.reserve(kBlock);
  }

  // Parses one line (without its newline). False after printing an error.
  bool line(std::string_view text) {
    ++line_no_;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) return true;
    if (line_no_ == 1 && text == "card,day,rating") return true;
    std::string_view rest = text;
    std::int64_t fields[3];
    for (int i = 0; i < 3; ++i) {
      const std::size_t comma = rest.find(',');
      if ((i < 2) != (comma != std::string_view::npos)) {
        return fail("expected card,day,rating, got '" + std::string(text) + "'");
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
    const auto [it, first] = slots_.try_emplace(card, static_cast<std::uint32_t>(last_day_.size()));
    std::int64_t elapsed = -1;
    if (first) {
      last_day_.push_back(day);
      states_.emplace_back();
    } else {
      std::int64_t& last = last_day_[it->second];
      if (day < last) {
        return fail("day " + std::to_string(day) + " of card " + std::to_string(card) +
                    " is before its previous review on day " + std::to_string(last) +
                    " (input must be in time order)");
      }
      elapsed = day - last;
      last = day;
    }
    steps_.push_back({it->second, static_cast<Rating>(rating), elapsed});
    echo_.push_back({card, day, rating});
    if (steps_.size() == kBlock) flush();
    return true;
  }

  // Computes and prints the parsed reviews.
  void flush() {
    results_.resize(steps_.size());
    fsrs_.replay(steps_, states_, results_);
    std::string text;
    text.reserve(steps_.size() * 48);
    char buffer[160];
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      char* p = buffer;
      char* const end = buffer + sizeof buffer;
      const auto field = [&](auto value, auto... format) {
        p = std::to_chars(p, end - 1, value, format...).ptr;  // room left for the comma
        *p++ = ',';
      };
      // "%.6f" exactly: to_chars with a precision prints the correctly rounded decimal, as
      // glibc's printf does.
      field(echo_[i].card);
      field(echo_[i].day);
      field(echo_[i].rating);
      field(results_[i].state.stability, std::chars_format::fixed, 6);
      field(results_[i].state.difficulty, std::chars_format::fixed, 6);
      field(results_[i].interval);
      p[-1] = '\n';
      text.append(buffer, p);
    }
    out_ << text;
    steps_.clear();
    echo_.clear();
  }

 private:
  bool fail(const std::string& message) {
    flush();
    out_.flush();
    err_ << "line " << line_no_ << ": " << message << "\n";
    return false;
  }

  Fsrs fsrs_;
  std::ostream& out_;
  std::ostream& err_;
  long line_no_ = 0;
  std::unordered_map<std::int64_t, std::uint32_t> slots_;  // card id -> index of its state
  std::vector<std::int64_t> last_day_;
  std::vector<MemoryState> states_;
  std::vector<ReplayStep> steps_;
  std::vector<Echo> echo_;
  std::vector<ReplayResult> results_;
};

}  // namespace

int replay(std::istream& in, std::ostream& out, std::ostream& err, double retention) {
  Replayer replayer(out, err, retention);
  // Large reads, lines cut out of the buffer; a line cut by the end of a read is carried over.
  std::string buffer;
  std::vector<char> chunk(1 << 20);
  while (true) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    buffer.append(chunk.data(), got);
    std::size_t start = 0;
    for (std::size_t nl; (nl = buffer.find('\n', start)) != std::string::npos; start = nl + 1) {
      if (!replayer.line(std::string_view(buffer).substr(start, nl - start))) return 2;
    }
    buffer.erase(0, start);
  }
  if (!buffer.empty() && !replayer.line(buffer)) return 2;
  replayer.flush();
  out.flush();
  return 0;
}

}  // namespace tarikh::srs
