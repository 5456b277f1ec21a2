// From a parley Scenario to the SMP input (dimensions = issues).
#include <fmt/format.h>

#include <optional>
#include <string>

#include "parley/smp.h"

namespace parley {
namespace {

// The stance of actor i on issue k, or nullptr (without Scenario::FindStance,
// which keeps this file independent of the scenario index).
std::vector<const Stance*> StanceTable(const Scenario& scenario) {
  const std::size_t m = scenario.issues.size();
  std::vector<const Stance*> table(scenario.actors.size() * m, nullptr);
  for (const Stance& stance : scenario.stances) {
    if (stance.actor < scenario.actors.size() && stance.issue < m) {
      table[stance.actor * m + stance.issue] = &stance;
    }
  }
  return table;
}

// The position given to actors that sit issue k out: its status quo, else the
// capability x salience weighted mean of the participants' positions.
std::optional<double> StandInPosition(const Scenario& scenario,
                                      const std::vector<const Stance*>& table, std::size_t k) {
  const Issue& issue = scenario.issues[k];
  if (issue.status_quo) return *issue.status_quo;
  const std::size_t m = scenario.issues.size();
  double weighted = 0.0;
  double total = 0.0;
  double plain = 0.0;
  std::size_t count = 0;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    const Stance* stance = table[i * m + k];
    if (stance == nullptr) continue;
    const double weight = scenario.actors[i].capability * stance->salience;
    weighted += weight * stance->position;
    total += weight;
    plain += stance->position;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return total > 0 ? weighted / total : plain / static_cast<double>(count);
}

void ScaleSaliences(SmpProblem& problem) {
  const std::size_t m = problem.DimensionCount();
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    double sum = 0.0;
    for (std::size_t k = 0; k < m; ++k) sum += problem.salience[i * m + k];
    if (sum <= 1.0 + 1e-9) continue;
    for (std::size_t k = 0; k < m; ++k) problem.salience[i * m + k] /= sum;
    problem.notes.push_back(fmt::format(
        "saliences of actor '{}' sum to {:.3g} across issues; SMP reads them as shares of "
        "attention, so they were divided by that sum",
        problem.actor_names[i], sum));
  }
}

}  // namespace

Result<SmpProblem> SmpProblemFromScenario(const Scenario& scenario) {
  const std::size_t n = scenario.actors.size();
  const std::size_t m = scenario.issues.size();
  if (m == 0) return InvalidInput("SMP needs at least one issue", scenario.file);
  const std::vector<const Stance*> table = StanceTable(scenario);
  SmpProblem problem;
  for (const Issue& issue : scenario.issues) {
    problem.dimension_names.push_back(issue.name.empty() ? issue.id : issue.name);
    problem.scale_min.push_back(issue.scale.min);
    problem.scale_max.push_back(issue.scale.max);
  }
  problem.position.assign(n * m, 0.0);
  problem.salience.assign(n * m, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const Actor& actor = scenario.actors[i];
    problem.actor_names.push_back(actor.name.empty() ? actor.id : actor.name);
    problem.capability.push_back(actor.capability);
    bool cares = false;
    for (std::size_t k = 0; k < m; ++k) {
      const Scale& scale = scenario.issues[k].scale;
      const Stance* stance = table[i * m + k];
      std::optional<double> raw;
      if (stance != nullptr) {
        raw = stance->position;
        problem.salience[i * m + k] = stance->salience;
        cares = cares || stance->salience > 0.0;
      } else {
        raw = StandInPosition(scenario, table, k);
        if (!raw) {
          return InvalidInput(
              fmt::format("no actor takes a stance on issue '{}'", scenario.issues[k].id),
              scenario.file, scenario.issues[k].line, "stances");
        }
        problem.notes.push_back(fmt::format(
            "actor '{}' sits issue '{}' out: salience 0, position {:g} (the issue's {})", actor.id,
            scenario.issues[k].id, *raw,
            scenario.issues[k].status_quo ? "status quo" : "weighted mean position"));
      }
      // (x - min) / (max - min): KTAB's x / 100 exactly when the scale is 0-100.
      problem.position[i * m + k] = (*raw - scale.min) / (scale.max - scale.min);
    }
    if (!cares) {
      return InvalidInput(fmt::format("actor '{}' has salience 0 on every issue; SMP needs some "
                                      "salience to compute its distances",
                                      actor.id),
                          scenario.file, actor.line, "salience");
    }
  }
  if (!scenario.accommodation.empty()) {
    problem.accommodation.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) problem.accommodation[i * n + i] = 1.0;
    for (const AccommodationPair& pair : scenario.accommodation) {
      if (pair.adjusting >= n || pair.reference >= n) {
        return InvalidInput("accommodation pair names an actor that does not exist", scenario.file,
                            0, "accommodation");
      }
      problem.accommodation[pair.adjusting * n + pair.reference] = pair.weight;
    }
  }
  ScaleSaliences(problem);
  if (auto valid = ValidateSmpProblem(problem); !valid) {
    Error error = valid.error();
    error.file = scenario.file;
    return tl::unexpected(std::move(error));
  }
  return problem;
}

Result<SmpOptions> SmpOptionsFromScenario(const Scenario& scenario, const SmpOptions& base) {
  auto options = SmpOptionsFromParameters(scenario.parameters, base);
  if (!options) {
    options.error().file = scenario.file;
    return options;
  }
  if (scenario.seed) options->seed = *scenario.seed;
  return options;
}

}  // namespace parley
