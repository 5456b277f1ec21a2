// Counts of force verdicts over draws (src/analysis/imposition_tally.h).
#include "analysis/imposition_tally.h"

namespace parley {

std::vector<ImpositionOdds> ImpositionTally::EmptyRow() const {
  std::vector<ImpositionOdds> row(issues_);
  for (std::size_t k = 0; k < issues_; ++k) {
    row[k].issue = k;
    row[k].imposer_count.assign(actors_, 0);
  }
  return row;
}

void ImpositionTally::Count(std::vector<ImpositionOdds>& row,
                            const std::vector<DrawForce>& judged) {
  for (std::size_t k = 0; k < judged.size() && k < row.size(); ++k) {
    if (!judged[k].judged) continue;
    ++row[k].judged;
    if (!judged[k].imposer) continue;
    ++row[k].imposed;
    ++row[k].imposer_count[*judged[k].imposer];
  }
}

void ImpositionTally::AddRow(std::vector<ImpositionOdds>& into,
                             const std::vector<ImpositionOdds>& row) {
  for (std::size_t k = 0; k < into.size() && k < row.size(); ++k) {
    into[k].judged += row[k].judged;
    into[k].imposed += row[k].imposed;
    for (std::size_t a = 0; a < into[k].imposer_count.size(); ++a) {
      into[k].imposer_count[a] += row[k].imposer_count[a];
    }
  }
}

void ImpositionTally::Add(const std::vector<PeriodJudgement>& periods) {
  if (periods.empty()) return;
  if (outcome_.empty()) outcome_ = EmptyRow();
  Count(outcome_, periods.back().issues);
  if (periods.size() < 2) return;  // no timeline: the outcome is the only row
  for (std::size_t p = 0; p < periods.size(); ++p) {
    if (p == periods_.size()) periods_.push_back({periods[p].period, periods[p].date, EmptyRow()});
    Count(periods_[p].issues, periods[p].issues);
  }
}

void ImpositionTally::Merge(const ImpositionTally& other) {
  if (!other.outcome_.empty()) {
    if (outcome_.empty()) outcome_ = EmptyRow();
    AddRow(outcome_, other.outcome_);
  }
  for (std::size_t p = 0; p < other.periods_.size(); ++p) {
    if (p == periods_.size()) {
      periods_.push_back({other.periods_[p].period, other.periods_[p].date, EmptyRow()});
    }
    AddRow(periods_[p].issues, other.periods_[p].issues);
  }
}

std::vector<ImpositionOdds> ImpositionTally::Outcome() const { return outcome_; }

}  // namespace parley
