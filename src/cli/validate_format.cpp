#include "cli/validate_format.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace parley::cli {
namespace {

bool AnyDraws(const BacktestResult& result) {
  for (const ErrorSummary& row : result.rows) {
    if (row.probabilistic) return true;
  }
  return false;
}

std::string Pit(const ProbabilisticScores& scores) {
  std::string text;
  for (int count : scores.pit_histogram) text += fmt::format("{:>4}", count);
  return text;
}

std::string Quoted(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string Number(std::optional<double> value) {
  return value ? fmt::format("{:.6g}", *value) : std::string();
}

// The scores of the forecast distributions (with --runs).
std::string DistributionTable(const BacktestOptions& options, const BacktestResult& result);

}  // namespace

std::string ValidateTable(const Scenario& scenario, const BacktestOptions& options,
                          const BacktestResult& result) {
  const auto& rows = result.rows;
  std::string out = fmt::format("Backtest on {} ({} issues with a real outcome)\n", scenario.name,
                                rows.empty() ? 0 : rows.front().scored + rows.front().skipped);
  out += fmt::format("{:<46} {:>6} {:>7} {:>8} {:>8} {:>10} {:>10} {:>8}\n", "predictor", "issues",
                     "skipped", "MAE", "RMSE", "median AE", "within 10%", "bias");
  for (const ErrorSummary& row : rows) {
    out += fmt::format("{:<46} {:>6} {:>7} {:>8.3f} {:>8.3f} {:>10.3f} {:>10.3f} {:>+8.3f}\n",
                       row.predictor, row.scored, row.skipped, row.mean_absolute_error,
                       row.root_mean_squared_error, row.median_absolute_error, row.share_within,
                       row.mean_signed_error);
  }
  out +=
      "Errors on each issue's scale (DEU: 0-100). 'within 10%' = share of issues whose error is at "
      "most 10% of the scale range; bias = mean of (forecast - outcome).\n'skipped' = issues with "
      "an outcome the predictor gave no forecast for ('parley forecast --format json' lists each "
      "reason).\n";
  if (AnyDraws(result)) out += DistributionTable(options, result);
  for (const ErrorSummary& row : rows) {
    if (!row.note.empty()) out += fmt::format("{}: {}\n", row.predictor, row.note);
  }
  for (const std::string& note : result.notes) out += "note: " + note + "\n";
  return out;
}

namespace {

std::string DistributionTable(const BacktestOptions& options, const BacktestResult& result) {
  std::string out = fmt::format("\nForecast distributions ({} draws per model, seed {})\n",
                                options.runs, options.seed);
  out += fmt::format("{:<46} {:>6} {:>8} {:>7} {:>7} {:>7}   {}\n", "predictor", "issues", "CRPS",
                     "cov50", "cov80", "cov90", "PIT histogram (10 bins: 0-0.1 ... 0.9-1)");
  for (const ErrorSummary& row : result.rows) {
    if (!row.probabilistic) continue;
    const ProbabilisticScores& p = *row.probabilistic;
    out += fmt::format("{:<46} {:>6} {:>8.3f} {:>7.3f} {:>7.3f} {:>7.3f}  {}\n", row.predictor,
                       p.scored, p.crps, p.coverage[0], p.coverage[1], p.coverage[2], Pit(p));
  }
  out +=
      "CRPS: continuous ranked probability score (Gneiting & Raftery 2007), on the scale, lower "
      "is better; a point forecast's CRPS is its MAE.\ncovNN: share of outcomes inside the central "
      "NN% interval of the draws (honest intervals: about NN%). PIT: where each outcome falls in "
      "its forecast distribution;\na flat histogram is calibrated, a U shape too narrow, a hump "
      "too wide.\n";
  return out;
}

}  // namespace

std::string ValidateJson(const Scenario& scenario, const BacktestOptions& options,
                         const BacktestResult& result) {
  nlohmann::ordered_json json = {{"schema", "parley.validate/2"}, {"dataset", scenario.file}};
  json["runs"] = options.runs;
  json["seed"] = options.seed;
  json["predictors"] = nlohmann::ordered_json::array();
  for (const ErrorSummary& row : result.rows) {
    nlohmann::ordered_json entry = {{"predictor", row.predictor},
                                    {"issues", row.scored},
                                    {"skipped", row.skipped},
                                    {"mae", row.mean_absolute_error},
                                    {"rmse", row.root_mean_squared_error},
                                    {"median_ae", row.median_absolute_error},
                                    {"share_within_10_percent", row.share_within},
                                    {"bias", row.mean_signed_error}};
    if (row.probabilistic) {
      const ProbabilisticScores& p = *row.probabilistic;
      entry["distribution"] = {{"issues", p.scored},           {"crps", p.crps},
                               {"coverage_50", p.coverage[0]}, {"coverage_80", p.coverage[1]},
                               {"coverage_90", p.coverage[2]}, {"pit_histogram", p.pit_histogram}};
    }
    if (!row.note.empty()) entry["note"] = row.note;
    json["predictors"].push_back(std::move(entry));
  }
  json["notes"] = result.notes;
  return json.dump(2) + "\n";
}

std::string PerIssueCsv(const BacktestResult& result) {
  std::string out =
      "predictor,issue,proposal,forecast,outcome,error,low50,high50,low80,high80,low90,high90,"
      "crps,pit\n";
  for (const IssueRecord& record : result.issues) {
    out += fmt::format("{},{},{},{},{},{}", Quoted(record.predictor), Quoted(record.issue),
                       Quoted(record.group), Number(record.forecast), Number(record.outcome),
                       record.forecast ? Number(*record.forecast - record.outcome) : "");
    for (std::size_t l = 0; l < kCentralLevels.size(); ++l) {
      if (l < record.intervals.size()) {
        out += fmt::format(",{},{}", Number(record.intervals[l].low),
                           Number(record.intervals[l].high));
      } else {
        out += ",,";
      }
    }
    out += fmt::format(",{},{}\n", Number(record.crps), Number(record.pit));
  }
  return out;
}

}  // namespace parley::cli
