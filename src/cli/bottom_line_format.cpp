// The bottom line as text, JSON and CSV (bottom_line_format.h).
#include "cli/bottom_line_format.h"

#include <fmt/format.h>

#include "cli/text_layout.h"
#include "io/csv.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> ActorIds(const Scenario& scenario,
                                  const std::vector<std::size_t>& actors) {
  std::vector<std::string> ids;
  for (std::size_t a : actors) ids.push_back(scenario.actors[a].id);
  return ids;
}

std::string Percent(double probability) { return fmt::format("{:g}%", 100.0 * probability); }

// "90% of 200 draws: 24.3 to 41.2" (and how many draws had no point).
std::string IntervalText(const CentralValueInterval& interval) {
  std::string text = fmt::format("{} of {} draws: {} to {}",
                                 Percent(interval.probability_high - interval.probability_low),
                                 interval.draws, Number(interval.low), Number(interval.high));
  if (interval.draws_without_point > 0) {
    text += fmt::format(", {} draw(s) without a point", interval.draws_without_point);
  }
  return text;
}

// "30.0 (models 20.0 to 57.1, spread 37.1; 3 of 5 within 10; 90% of 200 draws: 24.3 to 41.2)".
std::string WhereText(const IssueBottomLine& line) {
  if (!line.central) return "no model gives a point.";
  std::string text = fmt::format("{} (", Number(*line.central));
  if (line.points.size() == 1) {
    text += fmt::format("{} alone", line.with_point.front());
  } else {
    text += fmt::format("models {} to {}, spread {}; {} of {} within {}", Number(*line.low),
                        Number(*line.high), Number(line.spread), line.within_band,
                        line.points.size(), fmt::format("{:g}", line.agreement_band));
  }
  if (line.interval) text += "; " + IntervalText(*line.interval);
  return text + ").";
}

// "nash (gridlock): no point beats the status quo for every actor ...".
std::string NoPointText(const NoPoint& why) {
  return fmt::format("{} ({}): {}", why.model, NoPointLabel(why), why.message);
}

}  // namespace

std::string NoPointLabel(const NoPoint& why) {
  switch (why.reason) {
    case NoOutcomeReason::kInfeasible:
      return "gridlock";
    case NoOutcomeReason::kCycle:
      return "cycle";
    case NoOutcomeReason::kRoundCap:
      return fmt::format("round cap ({} rounds)", why.rounds);
    case NoOutcomeReason::kStopped:
      return fmt::format("stopped after {} rounds", why.rounds);
    case NoOutcomeReason::kSkipped:
      break;
  }
  return "skipped";
}

std::string BottomLineText(const Scenario& scenario, const std::vector<IssueBottomLine>& lines) {
  std::string out = Wrap(
      "Bottom line: the median of the models' points; their range and spread; how many lie within "
      "a tenth of the scale of the median; where the median lands over draws of the uncertain "
      "inputs; the red lines it crosses; why a model gives no point.",
      "", "");
  std::size_t name_width = 0;
  for (const IssueBottomLine& line : lines) {
    name_width = std::max(name_width, scenario.issues[line.issue].id.size());
  }
  for (const IssueBottomLine& line : lines) {
    std::string text = WhereText(line);
    if (line.central) {
      const auto crossed = ActorIds(scenario, line.red_lines_crossed);
      text += crossed.empty() ? " Crosses no red line."
                              : fmt::format(" Crosses the red line{} of {}.",
                                            crossed.size() > 1 ? "s" : "", JoinedList(crossed));
    }
    for (const NoPoint& why : line.no_point) text += " No point from " + NoPointText(why) + ".";
    const std::string first =
        fmt::format("  {:<{}}  ", scenario.issues[line.issue].id + ":", name_width + 1);
    out += Wrap(text, first, std::string(first.size(), ' '));
  }
  return out;
}

Json BottomLineJson(const Scenario& scenario, const std::vector<IssueBottomLine>& lines) {
  Json array = Json::array();
  auto optional = [](const std::optional<double>& value) -> Json {
    return value ? Json(*value) : Json(nullptr);
  };
  for (const IssueBottomLine& line : lines) {
    Json no_point = Json::array();
    for (const NoPoint& why : line.no_point) {
      no_point.push_back({{"model", why.model},
                          {"reason", std::string(ToString(why.reason))},
                          {"label", NoPointLabel(why)},
                          {"state", why.state},
                          {"message", why.message}});
    }
    Json interval = nullptr;
    if (line.interval) {
      interval = {{"low", line.interval->low},
                  {"high", line.interval->high},
                  {"probability_low", line.interval->probability_low},
                  {"probability_high", line.interval->probability_high},
                  {"draws", line.interval->draws},
                  {"draws_without_point", line.interval->draws_without_point}};
    }
    array.push_back({{"issue", scenario.issues[line.issue].id},
                     {"low", optional(line.low)},
                     {"high", optional(line.high)},
                     {"central", optional(line.central)},
                     {"central_rule", "median of the models' points"},
                     {"spread", line.spread},
                     {"models", line.models},
                     {"models_with_point", line.with_point},
                     {"agreement_band", line.agreement_band},
                     {"within_band", line.within_band},
                     {"red_lines_crossed", ActorIds(scenario, line.red_lines_crossed)},
                     {"no_point", std::move(no_point)},
                     {"interval", std::move(interval)}});
  }
  return array;
}

std::string BottomLineCsv(const Scenario& scenario, const std::vector<IssueBottomLine>& lines) {
  std::string out =
      "issue,central,low,high,spread,models,models_with_point,agreement_band,within_band,"
      "interval_low,interval_high,interval_draws,red_lines_crossed,no_point\n";
  auto number = [](const std::optional<double>& value) {
    return value ? fmt::format("{:.6f}", *value) : std::string();
  };
  for (const IssueBottomLine& line : lines) {
    std::string crossed, no_point;
    for (const std::string& id : ActorIds(scenario, line.red_lines_crossed)) {
      crossed += (crossed.empty() ? "" : ";") + id;
    }
    for (const NoPoint& why : line.no_point) {
      no_point +=
          fmt::format("{}{}={}", no_point.empty() ? "" : ";", why.model, ToString(why.reason));
    }
    const auto& interval = line.interval;
    out += fmt::format("{},{},{},{},{:.6f},{},{},{:g},{},{},{},{},{},{}\n",
                       csv::Quote(scenario.issues[line.issue].id), number(line.central),
                       number(line.low), number(line.high), line.spread, line.models,
                       line.points.size(), line.agreement_band, line.within_band,
                       number(interval ? std::optional(interval->low) : std::nullopt),
                       number(interval ? std::optional(interval->high) : std::nullopt),
                       interval ? std::to_string(interval->draws) : std::string(),
                       csv::Quote(crossed), csv::Quote(no_point));
  }
  return out;
}

}  // namespace parley::cli
