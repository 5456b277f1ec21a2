// The brief's tables: the mediation regimes compared, the tipping points of
// the focus model, and the source of every value of the scenario.
#include <fmt/format.h>

#include <algorithm>

#include "cli/report_cli.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

constexpr std::size_t kChangesShown = 3;

std::string Cell(std::string_view text) { return "<td>" + HtmlEscape(text) + "</td>"; }
std::string Num(std::string_view text) { return "<td class=\"num\">" + HtmlEscape(text) + "</td>"; }

std::string Percent0(double share) { return fmt::format("{:.0f}%", share * 100.0); }

// An id that may break after each underscore in a narrow column.
std::string BreakableId(const std::string& id) {
  std::string out;
  for (char c : HtmlEscape(id)) {
    out += c;
    if (c == '_') out += "<wbr>";
  }
  return out;
}

std::string IdList(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  std::string out;
  for (std::size_t actor : actors) out += (out.empty() ? "" : ", ") + scenario.actors[actor].id;
  return out.empty() ? "none" : out;
}

// One model's row under one regime; the model's name spans its regimes' rows.
std::string RegimeRow(const Scenario& scenario, const std::string& model, std::size_t span,
                      const RegimeOutcome& outcome) {
  std::string row = "<tr>";
  if (span > 0) row += fmt::format("<td rowspan=\"{}\">{}</td>", span, HtmlEscape(model));
  row += Cell(ToString(outcome.regime));
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    auto found = std::find_if(outcome.outcomes.begin(), outcome.outcomes.end(),
                              [k](const IssueOutcome& o) { return o.issue == k; });
    const bool off = std::find(outcome.off_agenda.begin(), outcome.off_agenda.end(), k) !=
                     outcome.off_agenda.end();
    row += Num(found == outcome.outcomes.end() ? std::string("-")
                                               : Short(found->outcome) + (off ? " (off)" : ""));
  }
  row += Num(fmt::format("{:.2f}", outcome.weighted_distance));
  row += Cell(
      fmt::format("{} ({:.2f})", scenario.actors[outcome.worst_off].id, outcome.worst_distance));
  row += Cell(IdList(scenario, outcome.red_lines.Spoilers()));
  row += Num(std::to_string(outcome.rounds));
  return row + "</tr>\n";
}

// Who sits at each regime's table: the same whatever the model.
std::string TableRows(const Scenario& scenario, const RegimeComparison& comparison) {
  std::string out;
  for (const RegimeOutcome& outcome : comparison.regimes) {
    std::string off;
    for (std::size_t k : outcome.off_agenda)
      off += (off.empty() ? "" : ", ") + scenario.issues[k].id;
    out += "<tr>" + Cell(ToString(outcome.regime)) + Cell(IdList(scenario, outcome.table)) +
           Num(Percent0(outcome.actor_share)) + Num(Percent0(outcome.capability_share)) +
           Cell(off.empty() ? "none" : off) + "</tr>\n";
  }
  return out;
}

std::string ThresholdWords(const Scenario& scenario, const TippingThreshold& threshold) {
  std::string what = threshold.midpoint ? "the midpoint" : "";
  if (!threshold.actors.empty()) {
    what += (what.empty() ? "" : " and ") + IdList(scenario, threshold.actors) + " red line";
  }
  return what + " at " + Short(threshold.value, 2);
}

std::string ChangeWords(const Scenario& scenario, const TippingChange& change) {
  const std::string& actor = scenario.actors[change.actor].id;
  switch (change.field) {
    case UncertainField::kCapability:
      return fmt::format("{} capability x{}", actor, Short(change.factor, 2));
    case UncertainField::kSalience:
      return fmt::format("{} salience {} to {}", actor,
                         Short(change.from * scenario.salience_scale),
                         Short(change.to * scenario.salience_scale));
    case UncertainField::kPosition:
      return fmt::format("{} position {} to {}", actor, Short(change.from), Short(change.to));
  }
  return actor;
}

// The document's key (listed with its title above the table) and locator.
std::string SourceCells(const Source& source) {
  std::string document = source.document;
  if (!source.locator.empty()) document += (document.empty() ? "" : ", ") + source.locator;
  const std::string evidence =
      source.IsEstimate() ? "Analyst estimate: " + source.estimate_reason
                          : (source.quote.empty() ? "" : "\u201c" + source.quote + "\u201d");
  return Cell(document) + Cell(evidence);
}

std::string RangeText(const std::optional<ValueRange>& range, double scale = 1.0) {
  if (!range) return "";
  if (range->distribution == Distribution::kNormal) return "sd " + Short(range->sd * scale, 2);
  return Short(range->low * scale, 2) + " to " + Short(range->high * scale, 2);
}

std::string FieldName(std::string field) {
  std::replace(field.begin(), field.end(), '_', ' ');
  return field;
}

// One row per field of `provenance`; `value` gives the value of a field.
template <typename ValueOf>
std::string Rows(const std::string& what, const Provenance& provenance, ValueOf value) {
  std::string out;
  for (const auto& [field, source] : provenance) {
    out += "<tr>" + Cell(what) + "<td class=\"field\">" + HtmlEscape(FieldName(field)) + "</td>" +
           Num(value(field)) + SourceCells(source) + "</tr>\n";
  }
  return out;
}

std::string StanceValue(const Scenario& scenario, const Stance& stance, const std::string& field) {
  if (field == "position") return Short(stance.position, 2);
  if (field == "salience") return Short(stance.salience * scenario.salience_scale, 2);
  if (field == "position_range") return RangeText(stance.position_range);
  if (field == "salience_range") return RangeText(stance.salience_range, scenario.salience_scale);
  if (field == "red_line" && stance.red_line) {
    return fmt::format("[{}, {}]", Short(stance.red_line->low), Short(stance.red_line->high));
  }
  return "";
}

}  // namespace

std::string RegimeSection(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  if (inputs.regimes.empty()) return {};
  std::string out =
      "<section><h2>Mediation regimes compared</h2>\n<p class=\"caption\">Who sits at the "
      "inclusive, hierarchical and multipolar tables (the share of actors and of capability at "
      "the table, issues left off the agenda at their status quo):</p>\n<table><tr><th>regime</th>"
      "<th>at the table</th><th>actors</th><th>capability</th><th>off the agenda</th></tr>\n" +
      TableRows(scenario, inputs.regimes.front().second) + "</table>\n";
  out +=
      "<p class=\"caption\">What each model forecasts at each table: the outcome per issue, the "
      "capability-weighted distance of the outcomes from actors' ideals (0 = every ideal met, 1 "
      "= the far end), the worst-off actor and its distance, whose red lines are crossed, and "
      "the rounds to settle.</p>\n<table class=\"regimes\"><tr><th>model</th><th>regime</th>";
  for (const Issue& issue : scenario.issues) out += "<th>" + BreakableId(issue.id) + "</th>";
  out += "<th>distance</th><th>worst off</th><th>red lines crossed</th><th>rounds</th></tr>\n";
  for (const auto& [model, comparison] : inputs.regimes) {
    for (std::size_t n = 0; n < comparison.regimes.size(); ++n) {
      out +=
          RegimeRow(scenario, model, n == 0 ? comparison.regimes.size() : 0, comparison.regimes[n]);
    }
  }
  out += "</table>\n";
  const auto& skipped = inputs.regimes.front().second.skipped;  // the scenario lacks the party
  if (!skipped.empty()) {
    out += "<p>Regimes not run:</p><ul>\n";
    for (const SkippedRegime& regime : skipped) {
      out += fmt::format("<li>{}: {}</li>\n", ToString(regime.regime), HtmlEscape(regime.reason));
    }
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

std::string TippingSection(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  std::string out = fmt::format(
      "<section><h2>Tipping points ({})</h2>\n<p class=\"caption\">The smallest change of one "
      "input (capability x0.1 to x10, salience, position) that moves the point forecast across "
      "each actor's red line and the scale's midpoint; the {} smallest per threshold.</p>\n",
      HtmlEscape(inputs.focus_model), kChangesShown);
  for (const IssueTipping& issue : inputs.tipping) {
    const Issue& item = scenario.issues[issue.issue];
    if (!issue.point) {
      out += fmt::format("<h3>{}</h3><p>No point forecast ({}): nothing to tip.</p>\n",
                         HtmlEscape(item.name),
                         issue.point_reason ? ToString(*issue.point_reason) : "skipped");
      continue;
    }
    out += fmt::format(
        "<h3>{}: forecast {}</h3>\n<table><tr><th>threshold</th><th>forecast "
        "is</th><th>smallest changes that cross it</th></tr>\n",
        HtmlEscape(item.name), Short(*issue.point, 2));
    for (const TippingThreshold& threshold : issue.thresholds) {
      std::string changes;
      if (threshold.on_threshold) changes = "the forecast sits on it";
      for (std::size_t n = 0; n < std::min(kChangesShown, threshold.changes.size()); ++n) {
        changes += (changes.empty() ? "" : "; ") + ChangeWords(scenario, threshold.changes[n]);
      }
      if (changes.empty()) changes = "no single input within its range";
      out += "<tr>" + Cell(ThresholdWords(scenario, threshold)) +
             Cell(threshold.forecast_above ? "above" : "below") + Cell(changes) + "</tr>\n";
    }
    out += "</table>\n";
  }
  return out + "</section>\n";
}

std::string ProvenanceSection(const Scenario& scenario) {
  std::string out = "<section><h2>Where every value comes from</h2>\n";
  if (!scenario.documents.empty()) {
    out += "<p class=\"caption\">Documents:</p><ul class=\"caption\">\n";
    for (const auto& [key, title] : scenario.documents) {
      out += fmt::format("<li><b>{}</b>: {}</li>\n", HtmlEscape(key), HtmlEscape(title));
    }
    out += "</ul>\n";
  }
  out +=
      "<table><tr><th>value of</th><th>field</th><th>value</th><th>source</th><th>quote or "
      "reason</th></tr>\n";
  const auto none = [](const std::string&) { return std::string(); };
  for (const Actor& actor : scenario.actors) {
    out += Rows(actor.name, actor.provenance, [&](const std::string& field) {
      if (field == "capability_range") return RangeText(actor.capability_range);
      return field == "capability" ? Short(actor.capability, 2) : std::string();
    });
  }
  for (const Issue& issue : scenario.issues) {
    out += Rows(issue.name, issue.provenance, [&](const std::string& field) {
      if (field == "status_quo" && issue.status_quo) return Short(*issue.status_quo, 2);
      if (field == "outcome" && issue.outcome) return Short(*issue.outcome, 2);
      return std::string();
    });
  }
  for (const Stance& stance : scenario.stances) {
    const std::string what =
        scenario.actors[stance.actor].id + " on " + scenario.issues[stance.issue].id;
    out += Rows(what, stance.provenance,
                [&](const std::string& field) { return StanceValue(scenario, stance, field); });
  }
  for (const TimelineEvent& event : scenario.timeline.events) {
    out += Rows("event " + event.id, event.provenance, none);
  }
  const EngagementSettings& engagement = scenario.engagement;
  out += Rows("engagement", engagement.provenance, none);
  for (const TrustLink& link : engagement.trust) {
    out += Rows("trust " + scenario.actors[link.first].id + "-" + scenario.actors[link.second].id,
                link.provenance, [&](const std::string&) { return Short(link.trust, 2); });
  }
  for (const EngagementPolicy& policy : engagement.policies) {
    out += Rows("policy of " + scenario.actors[policy.actor].id, policy.provenance, none);
  }
  for (const EngagementMeasure& measure : engagement.measures) {
    out += Rows("measure " + measure.id, measure.provenance, none);
  }
  out += Rows("uncertainty section", scenario.uncertainty.provenance, none);
  return out + "</table></section>\n";
}

}  // namespace parley::cli
