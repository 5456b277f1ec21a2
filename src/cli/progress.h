// Internal: the progress line every long command shows on stderr: a bar, the
// work done, the rate and the time left. Shown only when stderr is a terminal
// and the work has taken over a second; cleared when the Progress dies, so
// nothing of it stays in a terminal's scrollback or reaches a pipe or a file.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace parley::cli {

class Progress {
 public:
  // `unit` names what is counted ("draws", "rows"); `quiet` turns the line off.
  Progress(std::size_t total, std::string unit, bool quiet = false);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `done` of the total are finished; call from one thread.
  void Update(std::size_t done);
  // The same, when the total is only known as the work goes (it may grow).
  void Update(std::size_t done, std::size_t total);
  // A new stretch of work on the same line ("eum rounds, issue 2 of 5"): the
  // count, the total and the rate start again; the line stays where it is.
  void Restart(std::size_t total, std::string unit);
  // Update as a callback for the library's progress hooks (MonteCarloOptions::progress, ...).
  std::function<void(std::size_t)> Callback();
  // Update(done, total) as a callback (PackageOptions::progress, SimulationOptions::progress, ...).
  std::function<void(std::size_t, std::size_t)> TotalCallback();

 private:
  std::size_t total_;
  std::string unit_;
  bool quiet_;
  bool enabled_;
  bool shown_ = false;
  std::size_t width_ = 0;                        // characters of the longest line written
  std::chrono::steady_clock::time_point start_;  // the 1 s before the line shows
  std::chrono::steady_clock::time_point rate_start_;
};

// `-q,--quiet`: every command with a progress line turns it off the same way.
void AddQuietFlag(CLI::App* command, bool& quiet);

}  // namespace parley::cli
