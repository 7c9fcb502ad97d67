// Recall and precision of recognize() against hand annotations: the five bundled documents and
// documents written in other styles (tests/data/documents-extra). A mention counts as found when
// its value and its surface both match an annotated one (each annotation matched once).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "questions/dates/mention.hpp"

using namespace tarikh::questions;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Gold {
  std::string kind, value, surface;
};

std::vector<Gold> read_tsv(const fs::path& p) {
  std::vector<Gold> out;
  std::istringstream in(slurp(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto t1 = line.find('\t');
    const auto t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) {
      ADD_FAILURE() << p << ": bad line " << line;
      continue;
    }
    out.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return out;
}

struct Score {
  int gold = 0, found = 0, correct = 0;
  double recall() const { return gold ? static_cast<double>(correct) / gold : 1.0; }
  double precision() const { return found ? static_cast<double>(correct) / found : 1.0; }
};

Score score_document(const fs::path& doc, const fs::path& tsv, std::string& report) {
  const std::string text = slurp(doc);
  const auto gold = read_tsv(tsv);
  const auto got = recognize(text);
  std::multimap<std::pair<std::string, std::string>, bool> pending;
  for (const auto& g : gold) pending.insert({{g.value, g.surface}, true});
  Score s;
  s.gold = static_cast<int>(gold.size());
  s.found = static_cast<int>(got.size());
  for (const auto& m : got) {
    EXPECT_EQ(m.surface, text.substr(m.begin, m.end - m.begin));
    const auto it = pending.find({m.value, m.surface});
    if (it != pending.end()) {
      ++s.correct;
      pending.erase(it);
    } else {
      report +=
          "  extra: " + std::string(kind_name(m.kind)) + "\t" + m.value + "\t" + m.surface + "\n";
    }
  }
  for (const auto& [key, unused] : pending)
    report += "  missed: " + key.first + "\t" + key.second + "\n";
  return s;
}

Score score_folder(const fs::path& docs, std::string& report) {
  Score total;
  const fs::path annotations = fs::path(TARIKH_TEST_DATA) / "annotations";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(docs))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const fs::path tsv = annotations / (f.stem().string() + ".tsv");
    if (!fs::exists(tsv)) {
      ADD_FAILURE() << "no annotation for " << f;
      continue;
    }
    std::string r;
    const Score s = score_document(f, tsv, r);
    std::printf("  %-28s gold %3d found %3d correct %3d  recall %.3f precision %.3f\n",
                f.stem().string().c_str(), s.gold, s.found, s.correct, s.recall(), s.precision());
    if (!r.empty()) report += f.filename().string() + ":\n" + r;
    if (!r.empty() && std::getenv("TARIKH_ANNOTATION_REPORT")) std::printf("%s", r.c_str());
    total.gold += s.gold;
    total.found += s.found;
    total.correct += s.correct;
  }
  return total;
}

TEST(Annotations, BundledDocuments) {
  std::string report;
  const Score s = score_folder(fs::path(TARIKH_SOURCE_DIR) / "assets" / "documents", report);
  std::printf("bundled documents: %d annotated, %d found, %d correct: recall %.3f precision %.3f\n",
              s.gold, s.found, s.correct, s.recall(), s.precision());
  EXPECT_GE(s.gold, 100);
  EXPECT_GE(s.recall(), 0.97) << report;
  EXPECT_GE(s.precision(), 0.97) << report;
}

TEST(Annotations, DocumentsInOtherStyles) {
  std::string report;
  const Score s = score_folder(fs::path(TARIKH_TEST_DATA) / "documents-extra", report);
  std::printf("other styles: %d annotated, %d found, %d correct: recall %.3f precision %.3f\n",
              s.gold, s.found, s.correct, s.recall(), s.precision());
  EXPECT_GE(s.gold, 80);
  EXPECT_GE(s.recall(), 0.97) << report;
  EXPECT_GE(s.precision(), 0.97) << report;
}

}  // namespace
