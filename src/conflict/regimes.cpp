// The three mediation regimes (docs/mechanisms/mediation-regimes.md, rules M2-M5).
#include "parley/regimes.h"

#include <fmt/format.h>

#include "regime_detail.h"

namespace parley {
namespace {

using regime_detail::ActorNames;
using regime_detail::ActorSet;
using regime_detail::Resolved;
using regime_detail::RunTable;
using regime_detail::Without;

ActorSet Minus(ActorSet set, const ActorSet& removed) {
  for (std::size_t i : removed) set.erase(i);
  return set;
}

// The reason a regime cannot run on this scenario, if its key party is missing.
std::optional<std::string> MissingParty(const Resolved& resolved, RegimeKind regime) {
  if (regime == RegimeKind::kHierarchical && !resolved.guarantor) {
    return "the hierarchical regime needs a guarantor: name one with --guarantor or "
           "regimes.hierarchical.guarantor (no actor has role 'guarantor')";
  }
  if (regime == RegimeKind::kMultipolar &&
      Minus(resolved.powers, resolved.multipolar_excluded).empty()) {
    return "the multipolar regime needs regional powers: name them with --regional-power or "
           "regimes.multipolar.regional_powers (no actor has role 'regional_power' or 'guarantor')";
  }
  return std::nullopt;
}

// Rule M2.
Result<RegimeOutcome> RunInclusive(const Scenario& scenario, const Resolved& resolved,
                                   const ScenarioModel& model) {
  RegimeOutcome outcome;
  Scenario table = scenario;
  regime_detail::RemoveActors(table, resolved.inclusive_excluded);
  outcome.notes.push_back("every actor at the table bargains with its own capability");
  if (resolved.mediator) {
    regime_detail::RemoveActors(table, {*resolved.mediator});
    outcome.notes.push_back(
        fmt::format("impartial mediator '{}': at the table, its stances do not "
                    "enter",
                    scenario.actors[*resolved.mediator].id));
  }
  if (!resolved.inclusive_excluded.empty()) {
    outcome.notes.push_back("excluded: " + ActorNames(scenario, resolved.inclusive_excluded));
  }
  auto run = RunTable(model, table, "inclusive table");
  if (!run) return tl::unexpected(run.error());
  outcome.model = run->model;
  outcome.rounds = run->rounds;
  outcome.outcomes = regime_detail::AssembleOutcomes(scenario, *run, outcome.notes);
  outcome.table = Without(scenario, resolved.inclusive_excluded);
  return outcome;
}

}  // namespace

Result<RegimeOutcome> RunRegime(const Scenario& scenario, RegimeKind regime,
                                const RegimeSettings& settings, const ScenarioModel& model,
                                const RegimeOptions& options) {
  if (!model) return InvalidArgument("regimes: no model to run at the table");
  auto resolved = regime_detail::Resolve(scenario, settings);
  if (!resolved) return tl::unexpected(resolved.error());
  if (auto missing = MissingParty(*resolved, regime)) return InvalidArgument(*missing);
  Result<RegimeOutcome> outcome = InvalidArgument("regimes: unhandled regime");
  switch (regime) {
    case RegimeKind::kInclusive:
      outcome = RunInclusive(scenario, *resolved, model);
      break;
    case RegimeKind::kHierarchical:
      outcome = regime_detail::RunHierarchical(scenario, settings, *resolved, model);
      break;
    case RegimeKind::kMultipolar:
      outcome = regime_detail::RunMultipolar(scenario, settings, *resolved, model);
      break;
  }
  if (!outcome) return outcome;
  outcome->regime = regime;
  if (auto s = regime_detail::FillMetrics(scenario, options, *outcome); !s) {
    return tl::unexpected(s.error());
  }
  return outcome;
}

Result<std::optional<std::string>> RegimeUnavailable(const Scenario& scenario, RegimeKind regime,
                                                     const RegimeSettings& settings) {
  auto resolved = regime_detail::Resolve(scenario, settings);
  if (!resolved) return tl::unexpected(resolved.error());
  return MissingParty(*resolved, regime);
}

Result<RegimeComparison> CompareRegimes(const Scenario& scenario, const RegimeSettings& settings,
                                        const ScenarioModel& model, const RegimeOptions& options) {
  auto resolved = regime_detail::Resolve(scenario, settings);
  if (!resolved) return tl::unexpected(resolved.error());
  RegimeComparison comparison;
  const auto regimes = AllRegimes();
  for (std::size_t r = 0; r < regimes.size(); ++r) {
    if (auto missing = MissingParty(*resolved, regimes[r])) {
      comparison.skipped.push_back({regimes[r], *missing});
    } else {
      auto outcome = RunRegime(scenario, regimes[r], settings, model, options);
      if (!outcome) return tl::unexpected(outcome.error());
      comparison.regimes.push_back(std::move(*outcome));
    }
    if (options.progress) options.progress(r + 1, regimes.size());
  }
  return comparison;
}

}  // namespace parley
