// `parley scenarios` (list built-ins) and `parley show SCENARIO`.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/scenario_source.h"
#include "cli/show_sections.h"
#include "parley/builtin_scenarios.h"

namespace parley::cli {
namespace {

void AppendProvenance(std::string& out, const Scenario& scenario, const Provenance& provenance,
                      const char* indent) {
  for (const auto& [field, source] : provenance) {
    out += fmt::format("{}[{}] {}\n", indent, field, SourceText(scenario, source));
  }
}

// " [0, 25] triangular" or " normal sd 5" after a value; empty when it is fixed.
// `factor` puts a salience back on the file's scale.
std::string RangeText(const std::optional<ValueRange>& range, double factor = 1.0) {
  if (!range) return "";
  if (range->distribution == Distribution::kNormal) {
    return fmt::format(" normal sd {:g}", range->sd * factor);
  }
  return fmt::format(" [{:g}, {:g}] {}", range->low * factor, range->high * factor,
                     ToString(range->distribution));
}

// The `uncertainty:` section: what varies for values without a range of their own.
void AppendUncertainty(std::string& out, const Scenario& scenario) {
  const UncertaintySettings& section = scenario.uncertainty;
  if (section.IsEmpty()) return;
  out += "\nUncertainty (values without a range of their own):\n";
  if (section.position_sd) {
    out += fmt::format("  positions    normal sd {:g}, truncated to each issue's scale\n",
                       *section.position_sd);
  }
  if (section.salience_sd) {
    out += fmt::format("  saliences    normal sd {:g}, truncated to [0, {:g}]\n",
                       *section.salience_sd * scenario.salience_scale, scenario.salience_scale);
  }
  if (section.capability_factor) {
    out += fmt::format(
        "  capabilities log-normal: one standard deviation multiplies or divides by {:g}\n",
        *section.capability_factor);
  }
  AppendProvenance(out, scenario, section.provenance, "      ");
}

// "      uncertain: position 10 [0, 25] triangular; salience 60 [40, 70] uniform".
void AppendStanceRanges(std::string& out, const Scenario& scenario, const Stance& stance) {
  std::string text;
  if (stance.position_range) {
    text += fmt::format("position {:g}{}", stance.position, RangeText(stance.position_range));
  }
  if (stance.salience_range) {
    text += fmt::format("{}salience {:g}{}", text.empty() ? "" : "; ",
                        stance.salience * scenario.salience_scale,
                        RangeText(stance.salience_range, scenario.salience_scale));
  }
  if (!text.empty()) out += "      uncertain: " + text + "\n";
}

// The actors' military strength and the `force:` section (force_settings.h).
void AppendForce(std::string& out, const Scenario& scenario) {
  const ForceSettings& force = scenario.force;
  std::string strengths;
  for (const Actor& actor : scenario.actors) {
    if (!actor.military) continue;
    strengths += fmt::format("  {:<10} military {:g}{}\n", actor.id, *actor.military,
                             RangeText(actor.military_range));
  }
  if (strengths.empty() && force.IsEmpty()) return;
  out += "\nForce (military strength in the theatre; costs of fighting on the utility scale):\n";
  out += strengths;
  if (force.default_cost) {
    out += fmt::format("  cost of fighting {:g}{} for every actor and issue not listed\n",
                       *force.default_cost, RangeText(force.default_cost_range));
  }
  for (const ForceCost& cost : force.costs) {
    out += fmt::format("  cost {:g}{} for {} on {}\n", cost.cost, RangeText(cost.cost_range),
                       scenario.actors[cost.actor].id, scenario.issues[cost.issue].id);
    AppendProvenance(out, scenario, cost.provenance, "      ");
  }
  for (const ForceCommitment& c : force.commitments) {
    out += fmt::format("  {} commits {:g}{} of its strength to {}\n", scenario.actors[c.patron].id,
                       c.share, RangeText(c.share_range), scenario.actors[c.client].id);
    AppendProvenance(out, scenario, c.provenance, "      ");
  }
  for (std::size_t k : force.indivisible) {
    out += fmt::format("  issue '{}' is indivisible: only its two ends are possible outcomes\n",
                       scenario.issues[k].id);
  }
  AppendProvenance(out, scenario, force.provenance, "      ");
}

std::string Describe(const Scenario& scenario) {
  std::string out = fmt::format("{} ({})\n", scenario.name, scenario.id);
  if (!scenario.as_of.empty()) out += fmt::format("As of: {}\n", scenario.as_of);
  if (!scenario.description.empty()) out += scenario.description + "\n";
  out += fmt::format("\nActors ({}):\n", scenario.actors.size());
  for (const Actor& actor : scenario.actors) {
    out += fmt::format("  {:<10} {:<34} {:<26} capability {:g}{}\n", actor.id, actor.name,
                       ToString(actor.role), actor.capability, RangeText(actor.capability_range));
    AppendProvenance(out, scenario, actor.provenance, "      ");
  }
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    out +=
        fmt::format("\nIssue '{}': {}\n  scale {:g} = '{}' ... {:g} = '{}'\n", issue.id, issue.name,
                    issue.scale.min, issue.scale.min_label, issue.scale.max, issue.scale.max_label);
    if (issue.status_quo) out += fmt::format("  status quo {:g}\n", *issue.status_quo);
    if (issue.outcome) out += fmt::format("  real outcome {:g}\n", *issue.outcome);
    if (issue.voting_rule) out += fmt::format("  voting rule {}\n", ToString(*issue.voting_rule));
    AppendProvenance(out, scenario, issue.provenance, "      ");
    out += fmt::format("  {:<10} {:>8} {:>8}  {}\n", "actor", "position", "salience", "red line");
    for (const Stance& stance : scenario.stances) {
      if (stance.issue != k) continue;
      const std::string red_line =
          stance.red_line ? fmt::format("[{:g}, {:g}]", stance.red_line->low, stance.red_line->high)
                          : "-";
      out += fmt::format("  {:<10} {:>8g} {:>8g}  {}\n", scenario.actors[stance.actor].id,
                         stance.position, stance.salience * scenario.salience_scale, red_line);
      AppendStanceRanges(out, scenario, stance);
      AppendProvenance(out, scenario, stance.provenance, "      ");
    }
  }
  AppendUncertainty(out, scenario);
  AppendRegimes(out, scenario);
  AppendTimeline(out, scenario);
  AppendEngagement(out, scenario);
  AppendDocumentsAndSettings(out, scenario);
  AppendForce(out, scenario);
  return out;
}

}  // namespace

Command RegisterScenariosCommand(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("scenarios", "List the built-in scenarios");
  return Command{sub,
                 []() -> Result<std::string> {
                   std::string out = fmt::format("{:<24} {:<12} {}\n", "id", "as of", "name");
                   for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
                     out += fmt::format("{:<24} {:<12} {}\n", info.id, info.as_of, info.name);
                   }
                   out += fmt::format("Default: {}\n", DefaultScenarioId());
                   return out;
                 },
                 nullptr};
}

Command RegisterShowCommand(CLI::App& app) {
  auto source = std::make_shared<ScenarioSource>();
  CLI::App* sub =
      app.add_subcommand("show", "Show a scenario's actors, issues, stances and sources");
  AddScenarioArgument(sub, *source, /*required=*/true);
  auto output = AddOutputOption(sub);
  return Command{sub,
                 [source]() -> Result<std::string> {
                   auto scenario = LoadScenarioFrom(*source);
                   if (!scenario) return tl::unexpected(scenario.error());
                   return Describe(*scenario);
                 },
                 output};
}

}  // namespace parley::cli
