#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <iostream>

namespace parley::cli {

Progress::Progress(std::size_t total, std::string unit, bool quiet)
    : total_(total),
      unit_(std::move(unit)),
      quiet_(quiet),
      enabled_(!quiet && total > 0 && isatty(fileno(stderr)) != 0),
      start_(std::chrono::steady_clock::now()),
      rate_start_(start_) {}

Progress::~Progress() {
  if (shown_) std::cerr << "\r" << std::string(width_, ' ') << "\r" << std::flush;
}

void Progress::Update(std::size_t done) {
  if (!enabled_ || done == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - start_).count() < 1.0) return;
  const double seconds = std::max(std::chrono::duration<double>(now - rate_start_).count(), 1e-3);
  shown_ = true;
  constexpr int kWidth = 24;
  const double share = std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
  const int filled = static_cast<int>(share * kWidth);
  const double rate = static_cast<double>(done) / seconds;
  const double left = static_cast<double>(total_ - std::min(done, total_)) / rate;
  std::string line = fmt::format("\r  [{}{}] {}/{} {}, {:.{}f}/s, {:.0f} s left ",
                                 std::string(static_cast<std::size_t>(filled), '#'),
                                 std::string(static_cast<std::size_t>(kWidth - filled), '.'), done,
                                 total_, unit_, rate, rate < 10.0 ? 1 : 0, left);
  const std::size_t width = line.size() - 1;                     // without the '\r'
  if (width < width_) line += std::string(width_ - width, ' ');  // wipe a longer line's tail
  width_ = std::max(width_, width);
  std::cerr << line << std::flush;
}

void Progress::Update(std::size_t done, std::size_t total) {
  total_ = total;
  enabled_ = enabled_ || (total > 0 && !quiet_ && isatty(fileno(stderr)) != 0);
  Update(done);
}

void Progress::Restart(std::size_t total, std::string unit) {
  unit_ = std::move(unit);
  rate_start_ = std::chrono::steady_clock::now();
  Update(0, total);
}

std::function<void(std::size_t)> Progress::Callback() {
  return [this](std::size_t done) { Update(done); };
}

std::function<void(std::size_t, std::size_t)> Progress::TotalCallback() {
  return [this](std::size_t done, std::size_t total) { Update(done, total); };
}

void AddQuietFlag(CLI::App* command, bool& quiet) {
  command->add_flag("-q,--quiet", quiet, "No progress line on stderr");
}

}  // namespace parley::cli
