#include "cli/round_progress.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <memory>
#include <string>

namespace parley::cli {

std::size_t RoundCap(const ConfiguredModel& model) {
  const std::string& option = model.spec().rounds_option;
  if (option.empty()) return 0;
  const std::string text = model.spec().get(model.options(), option);
  std::size_t cap = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), cap);
  return error == std::errc() ? cap : 0;
}

RunObserver RoundProgress(Progress& progress, const Scenario& scenario,
                          const std::vector<ConfiguredModel>& models) {
  struct State {
    std::map<std::string, std::size_t, std::less<>> caps;  // model name -> round cap
    std::string model;                                     // the run being shown
    int last_round = -1;
  };
  auto state = std::make_shared<State>();
  for (const ConfiguredModel& model : models) {
    if (const std::size_t cap = RoundCap(model); cap > 0) state->caps[model.name()] = cap;
  }
  return [state, &progress, &scenario](const RoundUpdate& update) {
    const auto cap = state->caps.find(update.model);
    if (cap == state->caps.end() || update.round == nullptr) return true;
    // A new model, or a new issue (group) whose rounds start again from 0.
    const bool restart = update.model != state->model || update.round->round < state->last_round;
    // SMP and the exchange model report each round once per issue of the group: show it once.
    if (!restart && update.round->round == state->last_round) return true;
    if (restart) {
      state->model = std::string(update.model);
      const std::string issue =
          update.issue < scenario.issues.size() ? scenario.issues[update.issue].id : "";
      progress.Restart(cap->second, fmt::format("{} rounds on '{}'", update.model, issue));
    }
    state->last_round = update.round->round;
    progress.Update(static_cast<std::size_t>(update.round->round), cap->second);
    return true;
  };
}

}  // namespace parley::cli
