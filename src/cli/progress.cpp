#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace parley::cli {

Progress::Progress(std::size_t total, std::string unit, bool quiet)
    : total_(total),
      unit_(std::move(unit)),
      quiet_(quiet),
      enabled_(!quiet && total > 0 && isatty(fileno(stderr)) != 0),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (shown_) std::cerr << "\r" << std::string(72, ' ') << "\r" << std::flush;
}

void Progress::Update(std::size_t done) {
  if (!enabled_ || done == 0) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (seconds < 1.0) return;
  shown_ = true;
  constexpr int kWidth = 24;
  const double share = static_cast<double>(done) / static_cast<double>(total_);
  const int filled = static_cast<int>(share * kWidth);
  const double rate = static_cast<double>(done) / seconds;
  const double left = static_cast<double>(total_ - std::min(done, total_)) / rate;
  std::cerr << fmt::format("\r  [{}{}] {}/{} {}, {:.0f}/s, {:.0f} s left ",
                           std::string(static_cast<std::size_t>(filled), '#'),
                           std::string(static_cast<std::size_t>(kWidth - filled), '.'), done,
                           total_, unit_, rate, left)
            << std::flush;
}

void Progress::Update(std::size_t done, std::size_t total) {
  total_ = total;
  enabled_ = enabled_ || (total > 0 && !quiet_ && isatty(fileno(stderr)) != 0);
  Update(done);
}

std::function<void(std::size_t)> Progress::Callback() {
  return [this](std::size_t done) { Update(done); };
}

}  // namespace parley::cli
