// The multipolar (Astana) regime: regional powers bargain first among
// themselves, their clients move toward the powers' deal, then the full table
// bargains (docs/mechanisms/mediation-regimes.md, rule M4).
#include <fmt/format.h>

#include "regime_detail.h"

namespace parley::regime_detail {
namespace {

std::string DealText(const Scenario& scenario, const std::vector<IssueOutcome>& deal) {
  std::string text;
  for (const IssueOutcome& outcome : deal) {
    text += fmt::format("{}'{}' {:.4g}", text.empty() ? "" : ", ",
                        scenario.issues[outcome.issue].id, outcome.outcome);
  }
  return text.empty() ? "nothing" : text;
}

ActorSet Others(const Scenario& scenario, const ActorSet& kept) {
  ActorSet others;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    if (kept.count(i) == 0) others.insert(i);
  }
  return others;
}

}  // namespace

Result<RegimeOutcome> RunMultipolar(const Scenario& scenario, const RegimeSettings& settings,
                                    const Resolved& resolved, const ScenarioModel& model) {
  ActorSet powers = resolved.powers;
  for (std::size_t i : resolved.multipolar_excluded) powers.erase(i);
  for (const auto& [client, patron] : resolved.clients) {
    if (powers.count(patron) == 0) {
      return InvalidArgument(
          fmt::format("regimes.multipolar.clients: patron '{}' of '{}' is not a "
                      "regional power at the table",
                      scenario.actors[patron].id, scenario.actors[client].id));
    }
  }
  RegimeOutcome outcome;
  Scenario first = scenario;
  RemoveActors(first, Others(scenario, powers));
  auto deal = RunTable(model, first, "multipolar stage 1 (regional powers)");
  if (!deal) return tl::unexpected(deal.error());
  outcome.notes.push_back(fmt::format("stage 1: regional powers {} agree on {}",
                                      ActorNames(scenario, powers),
                                      DealText(scenario, deal->outcomes)));

  Scenario full = scenario;
  RemoveActors(full, resolved.multipolar_excluded);
  for (std::size_t power : powers) PullToward(full, power, deal->outcomes, 1.0);
  ActorSet clients;
  for (const auto& [client, patron] : resolved.clients) {
    if (resolved.multipolar_excluded.count(client) > 0) continue;
    PullToward(full, client, deal->outcomes, settings.multipolar.client_pull);
    clients.insert(client);
  }
  outcome.notes.push_back(
      clients.empty()
          ? std::string("stage 2: the powers hold to their deal; no clients are named")
          : fmt::format("stage 2: the powers hold to their deal; clients {} move {:g}% of the way "
                        "toward it",
                        ActorNames(scenario, clients), 100.0 * settings.multipolar.client_pull));
  if (!resolved.multipolar_excluded.empty()) {
    outcome.notes.push_back("excluded: " + ActorNames(scenario, resolved.multipolar_excluded));
  }
  auto run = RunTable(model, full, "multipolar stage 3 (full table)");
  if (!run) return tl::unexpected(run.error());
  outcome.notes.push_back("stage 3: the full table bargains");
  outcome.model = run->model;
  outcome.rounds = deal->rounds + run->rounds;
  outcome.outcomes = AssembleOutcomes(scenario, *run, outcome.notes);
  outcome.table = Without(scenario, resolved.multipolar_excluded);
  return outcome;
}

}  // namespace parley::regime_detail
