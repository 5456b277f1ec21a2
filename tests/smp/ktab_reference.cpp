#include "ktab_reference.h"

#include <fmt/format.h>

#include <sstream>

#include "parley/io.h"

namespace parley::smp_test {
namespace {

constexpr std::string_view kFractional = "Fractional change compared to first step: ";
constexpr std::string_view kStates = "There were ";
constexpr std::string_view kPositionsTitle = "History of actor positions over time:";

std::string TrimRight(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.pop_back();
  return text;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(TrimRight(line));
  return lines;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

// Compares one history line: the label up to ':' and then each number.
void CompareHistoryLine(const std::string& expected, const std::string& actual,
                        std::vector<std::string>& problems) {
  const std::size_t colon = expected.find(':');
  const std::string label = expected.substr(0, colon);
  if (actual.substr(0, actual.find(':')) != label) {
    problems.push_back(fmt::format("history line '{}' came out as '{}'", label, actual));
    return;
  }
  const std::vector<std::string> want = Words(expected.substr(colon + 1));
  const std::vector<std::string> got = Words(actual.substr(actual.find(':') + 1));
  if (want.size() != got.size()) {
    problems.push_back(
        fmt::format("{}: {} states expected, {} computed", label, want.size(), got.size()));
    return;
  }
  for (std::size_t t = 0; t < want.size(); ++t) {
    if (want[t] != got[t]) {
      problems.push_back(
          fmt::format("{}: state {}: KTAB {}, parley {}", label, t, want[t], got[t]));
    }
  }
}

}  // namespace

std::string ReferencePath(const std::string& relative) {
  return std::string(PARLEY_SHARED_DIR) + "/reference/ktab/" + relative;
}

Result<KtabSummary> ReadKtabSummary(const std::string& path) {
  auto text = ReadTextFile(path);
  if (!text) return tl::unexpected(text.error());
  KtabSummary summary;
  bool in_history = false;
  for (const std::string& line : Lines(*text)) {
    if (line.rfind(kFractional, 0) == 0) {
      summary.fractional_change.push_back(Words(line.substr(kFractional.size())).at(0));
    } else if (line.rfind(kStates, 0) == 0) {
      summary.state_count = std::stoi(line.substr(kStates.size()));
    } else if (line == kPositionsTitle) {
      in_history = true;
    }
    if (in_history && !line.empty()) summary.history.push_back(line);
  }
  if (summary.state_count == 0 || summary.history.empty()) {
    return InvalidInput("not a KTAB summary (no state count or history)", path);
  }
  return summary;
}

Result<KtabCase> LoadKtabCase(const std::string& path) {
  auto scenario = LoadScenario(path);
  if (!scenario) return tl::unexpected(scenario.error());
  auto problem = SmpProblemFromScenario(*scenario);
  if (!problem) return tl::unexpected(problem.error());
  auto options = SmpOptionsFromScenario(*scenario);
  if (!options) return tl::unexpected(options.error());
  return KtabCase{std::move(*problem), *options};
}

std::vector<std::string> CompareWithKtab(const KtabCase& ktab_case, const KtabSummary& expected,
                                         int threads) {
  SmpOptions options = ktab_case.options;
  options.threads = threads;
  auto run = RunSmp(ktab_case.problem, options);
  if (!run) return {"run failed: " + run.error().ToString()};
  std::vector<std::string> problems;
  if (static_cast<int>(run->states.size()) != expected.state_count) {
    problems.push_back(
        fmt::format("KTAB had {} states, parley {}", expected.state_count, run->states.size()));
  }
  for (std::size_t t = 1; t < run->states.size() && t <= expected.fractional_change.size(); ++t) {
    const std::string line = FormatKtabFractionalChange(run->states[t].fractional_change, 0.02);
    const std::string got = Words(line.substr(kFractional.size())).at(0);
    if (got != expected.fractional_change[t - 1]) {
      problems.push_back(fmt::format("fractional change of turn {}: KTAB {}, parley {}", t,
                                     expected.fractional_change[t - 1], got));
    }
  }
  const std::vector<std::string> history = Lines(FormatKtabHistory(ktab_case.problem, *run));
  if (history.size() != expected.history.size()) {
    problems.push_back(
        fmt::format("history has {} lines, KTAB {}", history.size(), expected.history.size()));
    return problems;
  }
  for (std::size_t line = 0; line < history.size(); ++line) {
    CompareHistoryLine(expected.history[line], history[line], problems);
  }
  return problems;
}

}  // namespace parley::smp_test
