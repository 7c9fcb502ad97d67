#include "questions/bank/build.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "questions/arabic/utf8.hpp"
#include "questions/dates/mention.hpp"
#include "questions/facts/fold.hpp"
#include "questions/generate/generate.hpp"
#include "questions/generate/values.hpp"

namespace tarikh::questions {

namespace fs = std::filesystem;

// Bump when recognition, event extraction or merging changes what a document yields.
constexpr int kFactPipelineVersion = 24;
// How a document's key in the bank ends: its content hash, then this.
const std::string kPipelineMark = "-p";

int fact_pipeline_version() {
  return kFactPipelineVersion;
}

std::optional<int> pipeline_version(const DocumentRecord& document) {
  const std::string& key = document.content_hash;
  const auto at = key.rfind(kPipelineMark);
  if (at == std::string::npos || at + kPipelineMark.size() >= key.size()) return std::nullopt;
  int version = 0;
  for (std::size_t i = at + kPipelineMark.size(); i < key.size(); ++i) {
    if (key[i] < '0' || key[i] > '9' || version > 1'000'000) return std::nullopt;
    version = version * 10 + (key[i] - '0');
  }
  return version;
}

// A weekday named with a date ("الأحد 15 أيار 1948") that the date did not fall on: the
// teacher is told (the document, not Tarikh, is wrong). Hijri days are left alone: their
// Gregorian day may differ by one from the day the month was sighted.
void check_weekdays(std::string_view chunk, const std::vector<Mention>& mentions, int first_line,
                    const std::string& path, std::vector<std::string>& warnings) {
  // Folded names, Sunday first.
  static constexpr std::string_view kDays[] = {"الاحد",  "الاثنين", "الثلاثاء", "الاربعاء",
                                               "الخميس", "الجمعه",  "السبت"};
  static constexpr std::string_view kNames[] = {"الأحد",  "الاثنين", "الثلاثاء", "الأربعاء",
                                                "الخميس", "الجمعة",  "السبت"};
  static constexpr std::string_view kEnglish[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};
  auto weekday_of = [](std::string_view word) -> int {
    const std::string f = fold_arabic(word);
    for (int d = 0; d < 7; ++d) {
      // With a conjunction or a preposition glued on: "والأحد", "بالأحد".
      if (f == kDays[d] ||
          (f.size() == kDays[d].size() + 2 && f.compare(2, std::string::npos, kDays[d]) == 0)) {
        return d;
      }
    }
    return -1;
  };
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  for (const Mention& m : mentions) {
    if (m.granularity != "day" || !m.span || m.span->first != m.span->last ||
        m.value.find("AH") != std::string::npos || m.value.find('/') != std::string::npos) {
      continue;
    }
    // The word just before the date ("الأحد 15 …", "يوم الأحد، 15 …"), or the date's own first
    // word when the mention starts with it.
    int named = -1;
    std::size_t end = std::min(m.begin, chunk.size());
    while (end > 0 && (is_space(chunk[end - 1]) || chunk[end - 1] == ',')) --end;
    if (end >= 2 && chunk.compare(end - 2, 2, "\xD8\x8C") == 0) end -= 2;  // ،
    while (end > 0 && is_space(chunk[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && !is_space(chunk[begin - 1])) --begin;
    if (begin < end) named = weekday_of(chunk.substr(begin, end - begin));
    if (named < 0) {
      const std::string_view surface = chunk.substr(m.begin, m.end - m.begin);
      named = weekday_of(surface.substr(0, surface.find(' ')));
    }
    if (named < 0) continue;
    const long days = m.span->first;  // days since 1970-01-01, a Thursday
    const int actual = static_cast<int>(((days + 4) % 7 + 7) % 7);
    if (actual == named) continue;
    const int line =
        first_line + static_cast<int>(std::count(chunk.begin(), chunk.begin() + m.begin, '\n'));
    warnings.push_back(path + ":" + std::to_string(line) + ": " + std::string(kNames[named]) +
                       " does not match " + m.surface + ", a " + std::string(kEnglish[actual]) +
                       " (" + std::string(kNames[actual]) + ")");
  }
}

std::vector<fs::path> collect_documents(const std::vector<fs::path>& inputs,
                                        std::vector<std::string>& warnings) {
  std::vector<fs::path> out;
  std::set<fs::path> seen;
  auto add = [&](const fs::path& p) {
    std::error_code ec;
    const fs::path key = fs::weakly_canonical(p, ec);
    if (seen.insert(ec ? p : key).second) out.push_back(p);
  };
  for (const auto& input : inputs) {
    std::error_code ec;
    const auto st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      warnings.push_back(input.string() + ": no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator
               it(input, fs::directory_options::skip_permission_denied, ec),
           end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt")
          found.push_back(it->path());
      }
      if (found.empty()) warnings.push_back(input.string() + ": no .txt documents in this folder");
      std::sort(found.begin(), found.end());
      for (const auto& f : found) add(f);
    } else {
      add(input);
    }
  }
  return out;
}

std::string content_hash(const fs::path& path, std::uint64_t& size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read");
  std::vector<char> block(1 << 20);
  std::uint64_t h = 0xcbf29ce484222325ULL;
  size = 0;
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    h = fnv1a64(std::string_view(block.data(), n), h);
    size += n;
  }
  if (in.bad()) throw std::runtime_error("cannot read");
  return hex64(h) + "-" + std::to_string(size);
}

namespace {

std::size_t cut_point(const std::string& buf, std::size_t want) {
  // Prefer the last line break, then a sentence end, then a space, then a code-point boundary.
  std::size_t nl = buf.rfind('\n', want);
  if (nl != std::string::npos && nl >= want / 4) return nl + 1;
  for (std::size_t i = std::min(want, buf.size() - 1); i > want / 4; --i) {
    if (buf[i] == ' ' && (buf[i - 1] == '.' || buf[i - 1] == '!' || buf[i - 1] == '?'))
      return i + 1;
  }
  const std::size_t sp = buf.rfind(' ', want);
  if (sp != std::string::npos && sp >= want / 4) return sp + 1;
  std::size_t i = std::min(want, buf.size());
  while (i > 0 && (static_cast<unsigned char>(buf[i]) & 0xC0) == 0x80) --i;
  return i > 0 ? i : std::min(want, buf.size());
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(s, pos);
    if (c == text::kReplacement && s.substr(at, 3) != "\xEF\xBF\xBD") {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(at, pos - at));
    }
  }
  return out;
}

}  // namespace

DocumentRecord read_document(const fs::path& path, std::size_t chunk_bytes,
                             const std::function<void(std::uint64_t)>& on_bytes) {
  DocumentRecord rec;
  rec.name = path.filename().string();
  rec.path = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    rec.warnings.push_back(rec.path + ": cannot read this file");
    return rec;
  }
  chunk_bytes = std::max<std::size_t>(chunk_bytes, 4096);
  std::string buf;
  std::vector<char> block(chunk_bytes);
  int line = 1;
  std::size_t chars = 0;
  bool first = true, any_text = false, invalid_warned = false;
  std::vector<Fact> facts;
  std::size_t merged_size = 0;
  auto process = [&](std::string chunk) {
    if (first && chunk.compare(0, 3, "\xEF\xBB\xBF") == 0) chunk.erase(0, 3);
    first = false;
    for (char& c : chunk) {
      if (c == '\r') c = ' ';
      if (!any_text && c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\v')
        any_text = true;
    }
    if (const auto bad = text::first_invalid(chunk)) {
      if (!invalid_warned) {
        const int bad_line =
            line + static_cast<int>(std::count(chunk.begin(), chunk.begin() + *bad, '\n'));
        rec.warnings.push_back(rec.path + ":" + std::to_string(bad_line) + ": invalid UTF-8");
        invalid_warned = true;
      }
      chunk = repair_utf8(chunk);
    }
    const auto sentences = split_sentences(chunk);
    auto mentions = recognize(chunk);
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    check_weekdays(chunk, mentions, line, rec.path, rec.warnings);
    auto found = facts_of_text(rec.name, chunk, sentences, mentions, line, chars);
    for (auto& f : found) facts.push_back(std::move(f));
    if (facts.size() > 4096 + 2 * merged_size) {
      facts = merge_facts(std::move(facts)).facts;
      merged_size = facts.size();
    }
    line += static_cast<int>(std::count(chunk.begin(), chunk.end(), '\n'));
    for (unsigned char c : chunk) chars += (c & 0xC0) != 0x80;
  };
  bool eof = false;
  while (!eof) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n < block.size()) eof = true;
    if (in.bad()) {
      rec.warnings.push_back(rec.path + ":" + std::to_string(line) + ": read error");
      break;
    }
    buf.append(block.data(), n);
    if (on_bytes) on_bytes(n);
    while (buf.size() >= chunk_bytes) {
      const std::size_t cut = cut_point(buf, chunk_bytes);
      process(buf.substr(0, cut));
      buf.erase(0, cut);
    }
  }
  if (!buf.empty()) process(std::move(buf));
  if (!any_text) {
    rec.warnings.push_back(rec.path + ":1: empty document");
    return rec;
  }
  rec.facts = merge_facts(std::move(facts)).facts;
  if (rec.facts.empty()) rec.warnings.push_back(rec.path + ":1: no dates or numbers found");
  return rec;
}

BuildSummary build_bank(const BuildOptions& options) {
  BuildSummary summary;
  std::error_code ec;
  if (options.out.empty()) throw BankError("no bank file to write");
  if (fs::is_directory(options.out, ec)) {
    throw BankError(options.out.string() + ": is a folder, not a bank file");
  }
  const auto paths = collect_documents(options.inputs, summary.warnings);

  // Documents of the previous bank, by name and content.
  std::map<std::pair<std::string, std::string>, DocumentRecord> previous;
  if (fs::exists(options.out, ec)) {
    try {
      for (auto& d : read_bank_documents(options.out)) {
        auto key = std::make_pair(d.name, d.content_hash);
        previous.emplace(std::move(key), std::move(d));
      }
    } catch (const BankError&) {
      summary.warnings.push_back(options.out.string() +
                                 ": the previous bank is unreadable; building from scratch");
    }
  }

  std::uint64_t total = 0;
  for (const auto& p : paths) total += fs::file_size(p, ec) * !ec;
  std::uint64_t done = 0;
  BankContent content;
  for (const auto& p : paths) {
    const std::string name = p.filename().string();
    if (options.progress) options.progress(done, total, name);
    std::uint64_t size = 0;
    std::string hash;
    try {
      // The pipeline's version is part of the key: facts made by older code are re-made.
      hash = content_hash(p, size) + kPipelineMark + std::to_string(kFactPipelineVersion);
    } catch (const std::exception&) {
      summary.warnings.push_back(p.string() + ": cannot read this file");
      continue;
    }
    DocumentRecord rec;
    if (auto it = previous.find({name, hash}); it != previous.end()) {
      rec = it->second;
      rec.path = p.string();
      ++summary.documents_reused;
      done += size;
    } else {
      rec = read_document(p, options.chunk_bytes, [&](std::uint64_t n) {
        done += n;
        if (options.progress) options.progress(done, total, name);
      });
    }
    rec.content_hash = hash;
    rec.size = size;
    summary.bytes += size;
    for (const auto& w : rec.warnings) summary.warnings.push_back(w);
    if (!rec.facts.empty()) ++summary.documents;
    content.documents.push_back(std::move(rec));
  }
  if (options.progress) options.progress(total, total, "");
  if (summary.documents == 0) {
    std::string why =
        summary.warnings.empty() ? std::string("no documents given") : summary.warnings.front();
    if (summary.warnings.size() > 1) {
      why += " (and " + std::to_string(summary.warnings.size() - 1) + " more)";
    }
    throw BuildError("no usable document: " + why);
  }
  std::vector<Fact> all;
  for (const auto& d : content.documents) all.insert(all.end(), d.facts.begin(), d.facts.end());
  content.merged = merge_facts(std::move(all));
  content.questions = generate_questions(content.merged);
  write_bank(options.out, content);

  for (const auto& f : content.merged.facts)
    ++summary.facts_by_kind[std::string(kind_name(f.kind))];
  for (const auto& q : content.questions) ++summary.questions_by_type[q.type];
  summary.facts = static_cast<int>(content.merged.facts.size());
  summary.questions = static_cast<int>(content.questions.size());
  for (const auto& c : content.merged.conflicts) {
    ConflictRecord r;
    r.event = c.event;
    for (std::size_t i : c.facts) {
      FactRef ref = fact_ref(content.merged.facts[i]);
      r.sides.push_back(std::move(ref));
    }
    summary.conflicts.push_back(std::move(r));
  }
  return summary;
}

}  // namespace tarikh::questions
