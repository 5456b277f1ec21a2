// `parley score LEDGER --outcomes OUTCOMES.csv`: check the ledger's hash chain
// and score every recorded forecast whose outcome is now known.
#include <fmt/format.h>

#include <map>

#include "cli/ledger.h"
#include "cli/progress.h"
#include "parley/io.h"
#include "parley/scores.h"

namespace parley::cli {
namespace {

struct ScoreArgs {
  std::string ledger;
  std::string outcomes;
  bool quiet = false;  // --quiet: no progress line
};

using Outcomes = std::map<std::pair<std::string, std::string>, double>;  // (scenario, issue)

// "scenario,issue,outcome" with a header line; '#' lines are comments.
Result<Outcomes> ReadOutcomes(const std::string& path) {
  auto text = ReadTextFile(path);
  if (!text) return tl::unexpected(text.error());
  Outcomes outcomes;
  std::size_t start = 0;
  int line = 0;
  bool header = true;
  while (start < text->size()) {
    const std::size_t end = std::min(text->find('\n', start), text->size());
    std::string row = text->substr(start, end - start);
    start = end + 1;
    ++line;
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (row.empty() || row[0] == '#') continue;
    if (header) {
      if (row != "scenario,issue,outcome") {
        return InvalidInput("the header must be 'scenario,issue,outcome'", path, line, "header");
      }
      header = false;
      continue;
    }
    const std::size_t a = row.find(','), b = row.find(',', a + 1);
    if (a == std::string::npos || b == std::string::npos) {
      return InvalidInput("expected 3 fields: scenario,issue,outcome", path, line, "row");
    }
    char* rest = nullptr;
    const std::string number = row.substr(b + 1);
    const double value = std::strtod(number.c_str(), &rest);
    if (number.empty() || *rest != '\0' || !std::isfinite(value)) {
      return InvalidInput(fmt::format("outcome '{}' is not a finite number", number), path, line,
                          "outcome");
    }
    outcomes[{row.substr(0, a), row.substr(a + 1, b - a - 1)}] = value;
  }
  return outcomes;
}

struct ModelTotals {
  int n = 0;
  double absolute = 0.0, crps = 0.0;
  std::array<int, 3> covered{};
};

Result<std::string> RunScore(const ScoreArgs& args) {
  auto text = ReadTextFile(args.ledger);
  if (!text) return tl::unexpected(text.error());
  Progress progress(0, "ledger lines", args.quiet);  // checking the hash chain
  auto ledger = ReadLedger(*text, args.ledger, progress.TotalCallback());
  if (!ledger) return tl::unexpected(ledger.error());
  if (!ledger->broken.empty()) {
    std::string message = "the ledger's hash chain is broken:";
    for (const std::string& link : ledger->broken) message += "\n  " + link;
    return InvalidInput(message, args.ledger, 0, "hash");
  }
  auto outcomes = ReadOutcomes(args.outcomes);
  if (!outcomes) return tl::unexpected(outcomes.error());
  const std::vector<double> levels = LedgerLevels();
  // Central intervals from the recorded levels: 50% = q25..q75, 80% = q10..q90, 90% = q05..q95.
  const std::array<std::pair<std::size_t, std::size_t>, 3> bounds = {{{4, 14}, {1, 17}, {0, 18}}};
  std::string table =
      fmt::format("{:>5} {:<16} {:<20} {:<20} {:>8} {:>8} {:>8} {:>8}  {}\n", "entry", "model",
                  "scenario", "issue", "point", "outcome", "|error|", "CRPS", "in 50/80/90");
  std::map<std::string, ModelTotals> totals;
  int pending = 0;
  for (const LedgerEntry& entry : ledger->entries) {
    const std::string scenario = entry.value("scenario", std::string());
    const std::string model = entry.value("model", std::string());
    for (const auto& issue : entry.value("issues", nlohmann::ordered_json::array())) {
      const auto found = outcomes->find({scenario, issue.value("issue", std::string())});
      const auto& quantiles = issue["quantiles"];
      if (found == outcomes->end() || issue["point"].is_null() || quantiles.size() != 19 ||
          quantiles[0].is_null()) {
        ++pending;
        continue;
      }
      const double y = found->second, point = issue["point"].get<double>();
      const std::vector<double> q = quantiles.get<std::vector<double>>();
      const double crps = QuantileCrps(levels, q, y);
      ModelTotals& total = totals[model];
      ++total.n;
      total.absolute += std::abs(point - y);
      total.crps += crps;
      std::string inside;
      for (std::size_t l = 0; l < bounds.size(); ++l) {
        const bool in = q[bounds[l].first] <= y && y <= q[bounds[l].second];
        total.covered[l] += in ? 1 : 0;
        inside += in ? (l ? "/yes" : "yes") : (l ? "/no" : "no");
      }
      table += fmt::format("{:>5} {:<16} {:<20} {:<20} {:>8.2f} {:>8.2f} {:>8.2f} {:>8.2f}  {}\n",
                           entry.value("entry", 0), model, scenario, found->first.second, point, y,
                           std::abs(point - y), crps, inside);
    }
  }
  std::string out = fmt::format("Ledger {}: {} entries, hash chain intact\n", args.ledger,
                                ledger->entries.size());
  out += table;
  out += fmt::format("\n{:<16} {:>6} {:>8} {:>8} {:>7} {:>7} {:>7}\n", "model", "issues", "MAE",
                     "CRPS", "cov50", "cov80", "cov90");
  for (const auto& [model, t] : totals) {
    out += fmt::format("{:<16} {:>6} {:>8.3f} {:>8.3f} {:>7.3f} {:>7.3f} {:>7.3f}\n", model, t.n,
                       t.absolute / t.n, t.crps / t.n, double(t.covered[0]) / t.n,
                       double(t.covered[1]) / t.n, double(t.covered[2]) / t.n);
  }
  out += fmt::format(
      "{} recorded issue forecasts have no known outcome yet (pending).\nCRPS from the recorded "
      "quantiles (docs/validation.md, 'Forecast ledger').\n",
      pending);
  return out;
}

}  // namespace

Command RegisterScoreCommand(CLI::App& app) {
  auto args = std::make_shared<ScoreArgs>();
  CLI::App* sub = app.add_subcommand(
      "score",
      "Check a forecast ledger's hash chain and score the forecasts whose outcome is known");
  sub->add_option("ledger", args->ledger, "The ledger file (JSON lines)")->required();
  sub->add_option("--outcomes", args->outcomes, "CSV: scenario,issue,outcome")->required();
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunScore(*args); }, output};
}

}  // namespace parley::cli
