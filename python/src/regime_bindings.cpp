// parley.regimes: any model under the inclusive, hierarchical and multipolar
// mediation regimes (regimes.h), with the scenario's own `regimes:` settings,
// as `parley compare-regimes` runs them.
#include <algorithm>

#include "bindings.h"
#include "parley/regime_sameness.h"
#include "parley/regimes.h"

namespace parley::python {
namespace {

struct ModelComparison {
  std::string model;
  RegimeComparison comparison;
  std::vector<SameOutcomes> same;
};

std::vector<ModelComparison> Compare(const Scenario& scenario, const RunRequest& request) {
  const std::vector<ConfiguredModel> models = ModelsOf(scenario, request);
  auto pool = PoolOf(request);
  RunContext context;
  context.pool = pool.get();
  context.seed = request.seed;
  std::vector<ModelComparison> comparisons;
  for (const ConfiguredModel& model : models) {
    ModelComparison entry{model.name(), {}, {}};
    entry.comparison =
        Unwrap(CompareRegimes(scenario, scenario.regimes, TableModel(model, context)));
    entry.same = Unwrap(ExplainSameOutcomes(scenario, scenario.regimes, entry.comparison));
    comparisons.push_back(std::move(entry));
  }
  return comparisons;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ";") + part;
  return text;
}

std::string CrossedOn(const Scenario& scenario, const RedLineReport& report, std::size_t issue) {
  std::vector<std::string> ids;
  for (const IssueRedLines& lines : report.issues) {
    if (lines.issue != issue) continue;
    for (const RedLineCheck& check : lines.crossed) ids.push_back(ActorId(scenario, check.actor));
  }
  return Joined(ids);
}

py::dict Regimes(const Scenario& scenario, const RunRequest& request) {
  std::vector<ModelComparison> comparisons;
  {
    py::gil_scoped_release release;
    comparisons = Compare(scenario, request);
  }
  Table outcomes({"model", "regime", "issue", "outcome", "off_agenda", "red_lines_crossed", "table",
                  "actor_share", "capability_share", "weighted_distance", "worst_off",
                  "worst_distance", "rounds"});
  Table skipped({"model", "regime", "reason"});
  Table same({"model", "regime", "same_as", "reasons"});
  std::vector<std::string> notes;
  for (const ModelComparison& entry : comparisons) {
    for (const RegimeOutcome& regime : entry.comparison.regimes) {
      const std::string name(ToString(regime.regime));
      for (const IssueOutcome& outcome : regime.outcomes) {
        const bool off = std::find(regime.off_agenda.begin(), regime.off_agenda.end(),
                                   outcome.issue) != regime.off_agenda.end();
        outcomes.Row(entry.model, name, IssueId(scenario, outcome.issue), outcome.outcome, off,
                     CrossedOn(scenario, regime.red_lines, outcome.issue),
                     Joined(ActorIds(scenario, regime.table)), regime.actor_share,
                     regime.capability_share, regime.weighted_distance,
                     ActorId(scenario, regime.worst_off), regime.worst_distance, regime.rounds);
      }
      for (const std::string& note : regime.notes) {
        notes.push_back(entry.model + ", " + name + ": " + note);
      }
    }
    for (const SkippedRegime& regime : entry.comparison.skipped) {
      skipped.Row(entry.model, std::string(ToString(regime.regime)), regime.reason);
    }
    for (const SameOutcomes& pair : entry.same) {
      same.Row(entry.model, std::string(ToString(pair.regime)), std::string(ToString(pair.same_as)),
               Joined(pair.reasons));
    }
  }
  py::dict result;
  result["outcomes"] = outcomes.ToDict();
  result["skipped"] = skipped.ToDict();
  result["same_outcomes"] = same.ToDict();
  result["notes"] = notes;
  return result;
}

}  // namespace

void BindRegimes(py::module_& module) {
  module.def(
      "_regimes",
      [](const Scenario& scenario, const std::string& model,
         const std::map<std::string, std::string>& settings, std::optional<std::uint64_t> seed,
         int threads) {
        return Regimes(scenario, RunRequest{model, settings, seed, threads});
      },
      py::arg("scenario"), py::arg("model"), py::arg("settings"), py::arg("seed"),
      py::arg("threads"));
}

}  // namespace parley::python
