// Internal: the pieces of the mediation regimes (regimes.h): settings resolved
// to indices, the scenario transformations each regime applies, and the
// shared metrics. docs/mechanisms/mediation-regimes.md, rules M1-M6.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/regimes.h"

namespace parley::regime_detail {

using ActorSet = std::set<std::size_t>;

// RegimeSettings with every id replaced by its index.
struct Resolved {
  ActorSet inclusive_excluded;
  std::optional<std::size_t> mediator;
  std::optional<std::size_t> guarantor;  // the named one, or the first role `guarantor`
  ActorSet hierarchical_excluded;
  ActorSet proxies;
  std::set<std::size_t> agenda;  // issue indices; empty = every issue
  ActorSet powers;               // named, or the roles `regional_power` and `guarantor`
  std::vector<std::pair<std::size_t, std::size_t>> clients;  // (client, patron)
  ActorSet multipolar_excluded;
};

// Resolves ids and checks ranges; kInvalidArgument errors name the settings field.
Result<Resolved> Resolve(const Scenario& scenario, const RegimeSettings& settings);

// Drops every stance of these actors: they are off the table.
void RemoveActors(Scenario& scenario, const ActorSet& actors);
// Drops every stance on these issues: they are not negotiated.
void RemoveIssues(Scenario& scenario, const std::set<std::size_t>& issues);
// Multiplies these actors' capability by `factor`.
void ScaleCapability(Scenario& scenario, const ActorSet& actors, double factor);
// Rule M3.4: on every issue where `guarantor` has a stance and that is in
// `issues`, the status quo and every actor outside `aligned` move `share` of
// the way toward the guarantor's position.
void ApplyForceShock(Scenario& scenario, std::size_t guarantor, const ActorSet& aligned,
                     double share, const std::set<std::size_t>& issues);
// Moves `actor`'s position on each issue of `deal` `share` of the way toward it.
void PullToward(Scenario& scenario, std::size_t actor, const std::vector<IssueOutcome>& deal,
                double share);

// Every issue the original scenario has a stance on, from the model's outcome
// or, when the model gave none, the status quo (noted); issues with neither
// are left out.
std::vector<IssueOutcome> AssembleOutcomes(const Scenario& original, const ModelRun& run,
                                           std::vector<std::string>& notes);

// Table shares, distances, worst-off actor and red lines, all measured on the
// original scenario (ideal positions, saliences and capabilities as given).
Status FillMetrics(const Scenario& original, const RegimeOptions& options, RegimeOutcome& outcome);

// Every actor of the scenario but the excluded ones, in order.
std::vector<std::size_t> Without(const Scenario& scenario, const ActorSet& excluded);

// Runs one table of talks; errors are prefixed with `stage`.
Result<ModelRun> RunTable(const ScenarioModel& model, const Scenario& table,
                          std::string_view stage);

// Rules M3 and M4 (regime_hierarchical.cpp, regime_multipolar.cpp). REQUIRES:
// the regime's key party is present (a guarantor; a regional power).
Result<RegimeOutcome> RunHierarchical(const Scenario& scenario, const RegimeSettings& settings,
                                      const Resolved& resolved, const ScenarioModel& model);
Result<RegimeOutcome> RunMultipolar(const Scenario& scenario, const RegimeSettings& settings,
                                    const Resolved& resolved, const ScenarioModel& model);

// "'RUS', 'TUR'" for notes.
std::string ActorNames(const Scenario& scenario, const ActorSet& actors);

}  // namespace parley::regime_detail
