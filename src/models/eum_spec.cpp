// Registry entry of Bueno de Mesquita's expected-utility model (eum.h): its
// options as settings ("eum.max_rounds", "eum.preset", ...), run issue by issue.
#include <fmt/format.h>

#include <optional>

#include "parley/eum.h"
#include "parley/model_builder.h"

namespace parley {
namespace {

// Setter and getter of an optional switch: "preset" leaves it to the preset.
template <typename Enum, typename Parse, typename Print>
void AddSwitch(ModelBuilder<EumOptions>& builder, std::string name,
               std::optional<Enum> EumOptions::*member, Parse parse, Print print,
               std::string choices, std::string reference, std::string description) {
  const std::string range = choices + ", preset";
  builder.Option(
      name, range, std::move(reference), std::move(description),
      [=](EumOptions& options, std::string_view text) -> Status {
        if (text == "preset") {
          options.*member = std::nullopt;
          return Ok();
        }
        auto value = parse(text);
        if (!value) return model_builder_detail::OutOfRange("eum", name, text, range);
        options.*member = *value;
        return Ok();
      },
      [=](const EumOptions& options) {
        return (options.*member) ? std::string(print(*(options.*member))) : "preset";
      });
}

Result<bool> FlagFromString(std::string_view text) { return model_builder_detail::ParseFlag(text); }
std::string_view FlagName(bool value) { return value ? "true" : "false"; }

Result<EumStopRule> StopRuleFromString(std::string_view text) {
  if (text == "fixed") return EumStopRule::kFixedRounds;
  if (text == "median-stable") return EumStopRule::kMedianStable;
  return InvalidArgument("unknown stop rule");
}
std::string_view StopRuleName(EumStopRule rule) {
  return rule == EumStopRule::kFixedRounds ? "fixed" : "median-stable";
}

}  // namespace

ModelSpec EumModel() {
  ModelBuilder<EumOptions> builder(
      "eum", "Bueno de Mesquita's expected-utility model (challenges, rounds of moves)");
  builder
      .Choice(
          "preset", &EumOptions::preset, EumPresetFromString,
          [](EumPreset preset) { return ToString(preset); }, "scholz_code, paper",
          "Scholz, Calbert & Smith 2011; models.md 3.2 and 3.4",
          "which reconstruction of the model")
      .Number("q", &EumOptions::q, 0.0, 1.0, "Bueno de Mesquita 1985; Scholz 2011 eq. 25a",
              "probability the target stays put when not challenged")
      .Integer("max_rounds", &EumOptions::max_rounds, 1, 10000,
               "Scholz et al. 2011, Appendix step 13", "round cap")
      .Choice("stop_rule", &EumOptions::stop_rule, StopRuleFromString, StopRuleName,
              "fixed, median-stable", "models.md 3.8", "when a run stops before the cap")
      .Number("stop_tolerance", &EumOptions::stop_tolerance, 1e-9, 0.999999, "models.md 3.8",
              "median-stable: a quiet round moves the median by at most this share of R")
      .Integer("stop_patience", &EumOptions::stop_patience, 1, 100, "models.md 3.8",
               "median-stable: quiet rounds needed to stop")
      .Flag("detect_cycles", &EumOptions::detect_cycles, "models.md 3.8",
            "stop when a round repeats an earlier one (a cycle)");
  AddSwitch(
      builder, "perspective", &EumOptions::perspective, EumPerspectiveFromString,
      [](EumPerspective value) { return ToString(value); }, "viewer, own", "models.md 3.3 A2",
      "whose risk exponent prices a challenge");
  AddSwitch(
      builder, "probability", &EumOptions::probability, EumProbabilityFromString,
      [](EumProbability value) { return ToString(value); }, "printed, scholz_normaliser",
      "models.md 3.3 A4", "probability that i prevails against j");
  AddSwitch(
      builder, "range", &EumOptions::range, EumRangeFromString,
      [](EumRange value) { return ToString(value); }, "initial_positions, current_positions, scale",
      "models.md 3.3 A5", "the range R that turns distances into [0, 1]");
  AddSwitch(
      builder, "offer_selection", &EumOptions::offer_selection, EumOfferSelectionFromString,
      [](EumOfferSelection value) { return ToString(value); },
      "scholz_code, most_enforceable, smallest_move", "models.md 3.3 A7",
      "which offer an actor accepts");
  AddSwitch(builder, "conflict_moves", &EumOptions::conflict_moves, FlagFromString, FlagName,
            "true, false", "models.md 3.3 A8", "a conflict moves the weaker side");
  AddSwitch(builder, "capitulation", &EumOptions::capitulation, FlagFromString, FlagName,
            "true, false", "Scholz 2011 fig. 6; models.md 3.4 item 5",
            "the capitulation region moves the actor fully");
  return builder.RoundsOption("max_rounds")
      .Check(ValidateEumOptions)
      .Run([](const Scenario& scenario, const EumOptions& options, const RunContext& context) {
        return ForecastIssueByIssue(
            scenario, "eum",
            [&options](const IssueProblem& problem, const RoundObserver& observer) {
              return RunEum(problem, options, observer);
            },
            context);
      });
}

}  // namespace parley
