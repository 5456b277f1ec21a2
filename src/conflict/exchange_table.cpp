#include "exchange_table.h"

namespace parley::exchange_detail {

double Table::Outcome(std::size_t d) const {
  if (total_weight[d] <= 0.0) return 0.0;
  double sum = 0.0;
  for (std::size_t i = 0; i < actors; ++i) {
    if (Takes(i, d)) sum += Weight(i, d) * Position(i, d);
  }
  return sum / total_weight[d];
}

std::vector<double> Table::Outcomes() const {
  std::vector<double> outcomes(issues);
  for (std::size_t d = 0; d < issues; ++d) outcomes[d] = Outcome(d);
  return outcomes;
}

std::vector<double> Table::StancePositions(const Scenario& scenario) const {
  std::vector<double> positions;
  for (const Stance& stance : scenario.stances)
    positions.push_back(Position(stance.actor, stance.issue));
  return positions;
}

Table MakeTable(const Scenario& scenario) {
  Table table;
  table.actors = scenario.actors.size();
  table.issues = scenario.issues.size();
  const std::size_t cells = table.actors * table.issues;
  table.position.assign(cells, 0.0);
  table.red_line.assign(cells, std::nullopt);
  table.committed.assign(cells, 0);
  table.salience.assign(cells, 0.0);
  table.takes.assign(cells, 0);
  table.total_weight.assign(table.issues, 0.0);
  for (const Actor& actor : scenario.actors) table.capability.push_back(actor.capability);
  for (const Issue& issue : scenario.issues) {
    table.range.push_back(issue.scale.Range());
    table.lower.push_back(issue.scale.min);
  }
  for (const Stance& stance : scenario.stances) {
    const std::size_t cell = stance.actor * table.issues + stance.issue;
    table.position[cell] = stance.position;
    table.salience[cell] = stance.salience;
    table.takes[cell] = 1;
    table.red_line[cell] = stance.red_line;
    table.total_weight[stance.issue] += table.capability[stance.actor] * stance.salience;
  }
  table.own = table.position;
  return table;
}

}  // namespace parley::exchange_detail
