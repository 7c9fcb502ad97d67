// The reference implementation for conformance tests: the npm package ts-fsrs 5.4.2, installed
// with npm into the build tree on first use (under a file lock, so tests running in parallel
// install it once). No silent skip: if npm or the network is missing the caller fails loudly.
#pragma once

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "support/process.hpp"

namespace tarikh::testing {

inline constexpr const char* kTsFsrsVersion = "5.4.2";

// The node_modules folder holding ts-fsrs, installing it when needed. On failure returns an
// empty path and sets `error`.
inline std::filesystem::path ensure_ts_fsrs(std::string& error) {
  namespace fs = std::filesystem;
  const fs::path prefix = fs::path(TARIKH_BUILD_DIR) / "node";
  const fs::path modules = prefix / "node_modules";
  const fs::path package = modules / "ts-fsrs" / "package.json";
  auto installed = [&] {
    return fs::exists(package) &&
           read_file(package).find(std::string("\"version\": \"") + kTsFsrsVersion + "\"") !=
               std::string::npos;
  };
  fs::create_directories(prefix);
  const int lock = ::open((prefix / ".install.lock").c_str(), O_RDWR | O_CREAT, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
    if (lock >= 0) ::close(lock);
    error = "cannot lock " + (prefix / ".install.lock").string();
    return {};
  }
  fs::path result;
  if (!installed()) {
    const auto r = run_process({"/usr/bin/env", "npm", "install", "--no-audit", "--no-fund",
                                "--loglevel=error", "--prefix", prefix.string(),
                                std::string("ts-fsrs@") + kTsFsrsVersion});
    if (r.exit_code != 0 || !installed()) {
      error = "npm install ts-fsrs@" + std::string(kTsFsrsVersion) + " into " + prefix.string() +
              " failed (exit " + std::to_string(r.exit_code) + "): " + r.err + r.out;
    }
  }
  if (installed()) result = modules;
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return result;
}

// Runs a node script with arguments, feeding `input`.
inline ProcessResult run_node(const std::string& script, std::vector<std::string> args,
                              const std::string& input) {
  args.insert(args.begin(), {"/usr/bin/env", "node", script});
  return run_process(args, input);
}

}  // namespace tarikh::testing
