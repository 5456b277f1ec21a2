// KTAB's printed lines (SPEC 4.11, 4.14), formatted with the C library's
// printf rules so that the digits (and ties) match smpc's output.
#include <cstdio>
#include <string>

#include "parley/smp.h"

namespace parley {
namespace {

template <typename... Values>
std::string Printf(const char* format, Values... values) {
  const int length = std::snprintf(nullptr, 0, format, values...);
  if (length <= 0) return {};
  std::string text(static_cast<std::size_t>(length) + 1, '\0');
  std::snprintf(text.data(), text.size(), format, values...);
  text.pop_back();
  return text;
}

}  // namespace

std::string FormatKtabHistory(const SmpProblem& problem, const SmpRun& run) {
  const std::size_t m = problem.DimensionCount();
  std::string text = "History of actor positions over time:\n";
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    for (std::size_t k = 0; k < m; ++k) {
      text += problem.actor_names[i] + ", " + problem.dimension_names[k] + ":";
      for (const SmpState& state : run.states) {
        text += Printf(" %5.1f", 100 * state.position[i * m + k]);
      }
      text += '\n';
    }
  }
  text += "History of actors' winning probabilities:\n";
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    text += problem.actor_names[i] + ", prob :";
    for (const SmpState& state : run.states) {
      text += Printf(" %.4f", state.winning_probability[i]);
    }
    text += '\n';
  }
  return text;
}

std::string FormatKtabFractionalChange(double fractional_change, double target) {
  return Printf("Fractional change compared to first step: %.4f  (target=%.4f)", fractional_change,
                target);
}

std::string FormatKtabStateCount(const SmpRun& run) {
  const int states = static_cast<int>(run.states.size());
  return Printf("There were %d states, with %d steps between them", states, states - 1);
}

}  // namespace parley
