// The probability of imposition in `parley uncertainty` (rule F8 of
// docs/mechanisms/force.md): one line per issue in the table, an "imposition"
// object per issue in the JSON.
#include <fmt/format.h>

#include <algorithm>

#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kNamedImposers = 3;  // the table names at most three

// Actors who would impose, most frequent first (ties in actor order).
std::vector<std::size_t> Imposers(const ImpositionOdds& odds) {
  std::vector<std::size_t> actors;
  for (std::size_t a = 0; a < odds.imposer_count.size(); ++a) {
    if (odds.imposer_count[a] > 0) actors.push_back(a);
  }
  std::stable_sort(actors.begin(), actors.end(), [&](std::size_t x, std::size_t y) {
    return odds.imposer_count[x] > odds.imposer_count[y];
  });
  return actors;
}

double Share(int count, int judged) { return judged == 0 ? 0.0 : double(count) / judged; }

// A share for the table with two decimals; "<0.01" rather than a 0 for a
// share that is not zero.
std::string ShareText(double share) {
  return share > 0.0 && share < 0.005 ? std::string("<0.01") : Short(share, 2);
}

Json OddsJson(const Scenario& scenario, const ImpositionOdds& odds) {
  Json imposers = Json::object();
  for (std::size_t a : Imposers(odds)) {
    imposers[scenario.actors[a].id] = Share(odds.imposer_count[a], odds.judged);
  }
  return {{"judged", odds.judged},
          {"imposed", odds.imposed},
          {"probability", odds.judged == 0 ? Json(nullptr) : Json(odds.Probability())},
          {"imposers", imposers}};
}

}  // namespace

std::string ImpositionHeader(const MonteCarloResult& result) {
  if (!result.force) return "";
  return fmt::format(
      "Force: each draw also draws military strengths, costs and commitment shares; 'force' "
      "is\nthe share of draws whose outcome some armed actor would rather overturn by force "
      "(m {}).\n",
      Short(result.force->decisiveness, 2));
}

std::string ImpositionLines(const Scenario& scenario, const ModelSummary& model,
                            std::size_t issue) {
  if (issue >= model.imposition.size()) return "";
  const ImpositionOdds& odds = model.imposition[issue];
  if (odds.judged == 0 && model.imposition_by_period.empty()) return "";
  std::string who;
  const std::vector<std::size_t> imposers = Imposers(odds);
  for (std::size_t n = 0; n < imposers.size() && n < kNamedImposers; ++n) {
    who += fmt::format("{}{} {}", who.empty() ? "" : ", ", scenario.actors[imposers[n]].id,
                       ShareText(Share(odds.imposer_count[imposers[n]], odds.judged)));
  }
  if (imposers.size() > kNamedImposers) {
    who += fmt::format(", {} more", imposers.size() - kNamedImposers);
  }
  std::string out = odds.judged == 0 ? std::string("    force: no outcome to judge in any draw\n")
                                     : fmt::format("    force: P {} of {} judged draws{}\n",
                                                   ShareText(odds.Probability()), odds.judged,
                                                   who.empty() ? "" : " (" + who + ")");
  if (model.imposition_by_period.empty()) return out;
  std::string line =
      fmt::format("    force by period {}-{}:", model.imposition_by_period.front().period,
                  model.imposition_by_period.back().period);
  for (const PeriodImposition& period : model.imposition_by_period) {
    const ImpositionOdds& p = period.issues[issue];
    const std::string cell = p.judged == 0 ? "-" : ShareText(p.Probability());
    if (line.size() + 1 + cell.size() > 98) {
      out += line + "\n";
      line = "     ";
    }
    line += " " + cell;
  }
  return out + line + "\n";
}

Json ImpositionJson(const Scenario& scenario, const ModelSummary& model, std::size_t issue) {
  if (issue >= model.imposition.size()) return Json(nullptr);
  Json json = OddsJson(scenario, model.imposition[issue]);
  if (model.imposition_by_period.empty()) return json;
  Json periods = Json::array();
  for (const PeriodImposition& period : model.imposition_by_period) {
    Json row = {{"period", period.period}, {"date", period.date}};
    row.update(OddsJson(scenario, period.issues[issue]));
    periods.push_back(row);
  }
  json["by_period"] = periods;
  return json;
}

}  // namespace parley::cli
