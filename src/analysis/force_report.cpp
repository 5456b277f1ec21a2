#include "parley/force_report.h"

namespace parley {

bool HasForce(const Scenario& scenario) {
  for (const Actor& actor : scenario.actors) {
    if (actor.military) return true;
  }
  return false;
}

Result<ForceReport> AnalyseForce(const Scenario& scenario, const ScenarioForecast* forecast,
                                 const ForceOptions& options) {
  if (auto s = ValidateForceOptions(options); !s) return tl::unexpected(s.error());
  ForceReport report;
  report.options = options;
  if (forecast) report.model = forecast->model;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const ForceIssue issue = MakeForceIssue(scenario, k, options);
    IssueForceReport row;
    row.issue = k;
    row.indivisible = issue.indivisible;
    row.armed = ArmedParties(issue);
    row.range = BargainingRange(issue, options);
    if (forecast) {
      if (const IssueForecast* found = forecast->Find(k)) {
        // A point the model does not stand by (a cut-off run) is not judged.
        if (found->forecast.point_defined) {
          row.verdict = JudgeOutcome(issue, found->forecast.outcome, options);
        } else {
          row.no_forecast = found->forecast.message;
        }
      } else {
        row.no_forecast = "the model gave no forecast";
        for (const SkippedIssue& skipped : forecast->skipped) {
          if (skipped.issue == k) row.no_forecast = skipped.reason;
        }
      }
    }
    report.issues.push_back(std::move(row));
  }
  return report;
}

}  // namespace parley
