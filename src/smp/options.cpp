// Names, parsing and validation of the SMP options (SPEC 4.3).
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "core/enum_table.h"
#include "parley/smp_options.h"

namespace parley {
namespace {

// KTAB's option names in KTAB's enum order (kmodel.h, smp.h name tables).
constexpr EnumTable<SmpVictoryProbModel, 5> kVictoryNames = {{
    {SmpVictoryProbModel::kLinear, "Linear"},
    {SmpVictoryProbModel::kSquare, "Square"},
    {SmpVictoryProbModel::kQuartic, "Quartic"},
    {SmpVictoryProbModel::kOctic, "Octic"},
    {SmpVictoryProbModel::kBinary, "Binary"},
}};
constexpr EnumTable<SmpPceModel, 3> kPceNames = {{
    {SmpPceModel::kConditional, "Conditional"},
    {SmpPceModel::kMarkovIncentive, "MarkovIncentive"},
    {SmpPceModel::kMarkovUniform, "MarkovUniform"},
}};
constexpr EnumTable<SmpStateTransitions, 2> kTransitionNames = {{
    {SmpStateTransitions::kDeterministic, "Deterministic"},
    {SmpStateTransitions::kStochastic, "Stochastic"},
}};
constexpr EnumTable<SmpVotingRule, 6> kVotingNames = {{
    {SmpVotingRule::kBinary, "Binary"},
    {SmpVotingRule::kPropBin, "PropBin"},
    {SmpVotingRule::kProp, "Prop"},
    {SmpVotingRule::kPropCbc, "PropCbc"},
    {SmpVotingRule::kCubic, "Cubic"},
    {SmpVotingRule::kASymProsp, "ASymProsp"},
}};
constexpr EnumTable<SmpBigRAdjust, 5> kAdjustNames = {{
    {SmpBigRAdjust::kNone, "None"},
    {SmpBigRAdjust::kOneThird, "OneThird"},
    {SmpBigRAdjust::kHalf, "Half"},
    {SmpBigRAdjust::kTwoThirds, "TwoThirds"},
    {SmpBigRAdjust::kFull, "Full"},
}};
constexpr EnumTable<SmpBigRRange, 3> kRangeNames = {{
    {SmpBigRRange::kMin, "Min"},
    {SmpBigRRange::kMid, "Mid"},
    {SmpBigRRange::kMax, "Max"},
}};
constexpr EnumTable<SmpThirdPartyCommit, 3> kCommitNames = {{
    {SmpThirdPartyCommit::kNoCommit, "NoCommit"},
    {SmpThirdPartyCommit::kSemiCommit, "SemiCommit"},
    {SmpThirdPartyCommit::kFullCommit, "FullCommit"},
}};
constexpr EnumTable<SmpInterVecBargain, 3> kInterVecNames = {{
    {SmpInterVecBargain::kS1P1, "S1P1"},
    {SmpInterVecBargain::kS2P2, "S2P2"},
    {SmpInterVecBargain::kS2PMax, "S2PMax"},
}};
constexpr EnumTable<SmpBargainModel, 3> kBargainNames = {{
    {SmpBargainModel::kInitOnlyInterp, "InitOnlyInterp"},
    {SmpBargainModel::kInitRcvrInterp, "InitRcvrInterp"},
    {SmpBargainModel::kPwCompInterp, "PWCompInterp"},
}};

// KTAB's names are read ignoring case; the error lists the choices.
template <typename Enum, std::size_t N>
Result<Enum> ParseName(std::string_view text, const EnumTable<Enum, N>& table,
                       std::string_view parameter) {
  if (auto value = ValueOfIgnoringCase(table, text)) return *value;
  return InvalidArgument(
      fmt::format("unknown {} '{}'; choose one of {}", parameter, text, AllowedNames(table)));
}

// One row per KTAB parameter: its name, its choices, and how to read and set it.
struct Parameter {
  std::string_view name;
  std::vector<std::string_view> choices;
  std::string_view (*get)(const SmpOptions&);
  Status (*set)(SmpOptions&, std::string_view);
};

template <typename Enum, Enum SmpOptions::*Field>
std::string_view GetField(const SmpOptions& options) {
  return ToString(options.*Field);
}

template <typename Enum, Enum SmpOptions::*Field, Result<Enum> (*Parse)(std::string_view)>
Status SetField(SmpOptions& options, std::string_view text) {
  auto value = Parse(text);
  if (!value) return tl::unexpected<Error>(value.error());
  options.*Field = *value;
  return Ok();
}

template <typename Enum, Enum SmpOptions::*Field, Result<Enum> (*Parse)(std::string_view),
          std::size_t N>
Parameter MakeParameter(std::string_view name, const EnumTable<Enum, N>& table) {
  return {name, Names(table), &GetField<Enum, Field>, &SetField<Enum, Field, Parse>};
}

const std::vector<Parameter>& Parameters() {
  using O = SmpOptions;
  static const std::vector<Parameter> kParameters = {
      MakeParameter<SmpVictoryProbModel, &O::victory_prob_model, &SmpVictoryProbModelFromString>(
          "VictoryProbModel", kVictoryNames),
      MakeParameter<SmpPceModel, &O::pce_model, &SmpPceModelFromString>("PCEModel", kPceNames),
      MakeParameter<SmpStateTransitions, &O::state_transitions, &SmpStateTransitionsFromString>(
          "StateTransitions", kTransitionNames),
      MakeParameter<SmpVotingRule, &O::voting_rule, &SmpVotingRuleFromString>("VotingRule",
                                                                              kVotingNames),
      MakeParameter<SmpBigRAdjust, &O::big_r_adjust, &SmpBigRAdjustFromString>("BigRAdjust",
                                                                               kAdjustNames),
      MakeParameter<SmpBigRRange, &O::big_r_range, &SmpBigRRangeFromString>("BigRRange",
                                                                            kRangeNames),
      MakeParameter<SmpThirdPartyCommit, &O::third_party_commit, &SmpThirdPartyCommitFromString>(
          "ThirdPartyCommit", kCommitNames),
      MakeParameter<SmpInterVecBargain, &O::inter_vec_bargain, &SmpInterVecBargainFromString>(
          "InterVecBrgn", kInterVecNames),
      MakeParameter<SmpBargainModel, &O::bargain_model, &SmpBargainModelFromString>("BargnModel",
                                                                                    kBargainNames),
  };
  return kParameters;
}

const Parameter* FindParameter(std::string_view name) {
  for (const Parameter& parameter : Parameters()) {
    if (EqualIgnoringCase(parameter.name, name)) return &parameter;
  }
  return nullptr;
}

}  // namespace

std::string_view ToString(SmpVictoryProbModel value) { return NameOf(kVictoryNames, value, "?"); }
std::string_view ToString(SmpPceModel value) { return NameOf(kPceNames, value, "?"); }
std::string_view ToString(SmpStateTransitions value) {
  return NameOf(kTransitionNames, value, "?");
}
std::string_view ToString(SmpVotingRule value) { return NameOf(kVotingNames, value, "?"); }
std::string_view ToString(SmpBigRAdjust value) { return NameOf(kAdjustNames, value, "?"); }
std::string_view ToString(SmpBigRRange value) { return NameOf(kRangeNames, value, "?"); }
std::string_view ToString(SmpThirdPartyCommit value) { return NameOf(kCommitNames, value, "?"); }
std::string_view ToString(SmpInterVecBargain value) { return NameOf(kInterVecNames, value, "?"); }
std::string_view ToString(SmpBargainModel value) { return NameOf(kBargainNames, value, "?"); }

Result<SmpVictoryProbModel> SmpVictoryProbModelFromString(std::string_view text) {
  return ParseName<SmpVictoryProbModel>(text, kVictoryNames, "VictoryProbModel");
}
Result<SmpPceModel> SmpPceModelFromString(std::string_view text) {
  return ParseName<SmpPceModel>(text, kPceNames, "PCEModel");
}
Result<SmpStateTransitions> SmpStateTransitionsFromString(std::string_view text) {
  return ParseName<SmpStateTransitions>(text, kTransitionNames, "StateTransitions");
}
Result<SmpVotingRule> SmpVotingRuleFromString(std::string_view text) {
  return ParseName<SmpVotingRule>(text, kVotingNames, "VotingRule");
}
Result<SmpBigRAdjust> SmpBigRAdjustFromString(std::string_view text) {
  return ParseName<SmpBigRAdjust>(text, kAdjustNames, "BigRAdjust");
}
Result<SmpBigRRange> SmpBigRRangeFromString(std::string_view text) {
  return ParseName<SmpBigRRange>(text, kRangeNames, "BigRRange");
}
Result<SmpThirdPartyCommit> SmpThirdPartyCommitFromString(std::string_view text) {
  return ParseName<SmpThirdPartyCommit>(text, kCommitNames, "ThirdPartyCommit");
}
Result<SmpInterVecBargain> SmpInterVecBargainFromString(std::string_view text) {
  return ParseName<SmpInterVecBargain>(text, kInterVecNames, "InterVecBrgn");
}
Result<SmpBargainModel> SmpBargainModelFromString(std::string_view text) {
  return ParseName<SmpBargainModel>(text, kBargainNames, "BargnModel");
}

Status ValidateSmpOptions(const SmpOptions& options) {
  if (options.big_r_adjust == SmpBigRAdjust::kFull) {
    return InvalidArgument(
        "BigRAdjust=Full is not a valid SMP configuration: with it every actor's estimate of "
        "the others' risk attitudes equals their true attitudes, so the perceived utility "
        "matrices equal the objective one and KTAB aborts (\"Estimate of change in utility by h "
        "out of valid range\", SPEC 4.3); choose None, OneThird, Half or TwoThirds");
  }
  if (options.seed == 0) {
    return InvalidArgument(
        "SMP seed 0 is not allowed: KTAB replaces it by a random seed, which would make the run "
        "irreproducible; give any other 64-bit value (KTAB's default is 15455440707583219804)");
  }
  if (options.threads < 1 || options.threads > 256) {
    return InvalidArgument(fmt::format("SMP threads {} outside [1, 256]", options.threads));
  }
  if (options.min_actors_for_threads < 0 || options.min_actors_for_threads > 100000) {
    return InvalidArgument(fmt::format("SMP min_actors_for_threads {} outside [0, 100000]",
                                       options.min_actors_for_threads));
  }
  if (options.max_turns < 1 || options.max_turns > 100000) {
    return InvalidArgument(fmt::format("SMP max_turns {} outside [1, 100000]", options.max_turns));
  }
  if (options.min_turns < 1 || options.min_turns > options.max_turns) {
    return InvalidArgument(fmt::format("SMP min_turns {} outside [1, max_turns = {}]",
                                       options.min_turns, options.max_turns));
  }
  if (!(options.min_delta_ratio >= 0.0 && options.min_delta_ratio <= 1.0)) {
    return InvalidArgument(
        fmt::format("SMP min_delta_ratio {} outside [0, 1]", options.min_delta_ratio));
  }
  if (!(options.min_significant_delta > 0.0 && options.min_significant_delta <= 1.0)) {
    return InvalidArgument(
        fmt::format("SMP min_significant_delta {} outside (0, 1]", options.min_significant_delta));
  }
  return Ok();
}

std::vector<std::string_view> SmpParameterNames() {
  std::vector<std::string_view> names;
  for (const Parameter& parameter : Parameters()) names.push_back(parameter.name);
  return names;
}

std::vector<std::string_view> SmpParameterChoices(std::string_view parameter) {
  const Parameter* found = FindParameter(parameter);
  return found ? found->choices : std::vector<std::string_view>{};
}

std::string_view SmpParameterValue(const SmpOptions& options, std::string_view parameter) {
  const Parameter* found = FindParameter(parameter);
  return found ? found->get(options) : std::string_view{};
}

Status SetSmpParameter(SmpOptions& options, std::string_view parameter, std::string_view value) {
  const Parameter* found = FindParameter(parameter);
  if (found == nullptr) {
    return InvalidArgument(fmt::format("unknown SMP parameter '{}'; the parameters are {}",
                                       parameter, fmt::join(SmpParameterNames(), ", ")));
  }
  return found->set(options, value);
}

Result<SmpOptions> SmpOptionsFromParameters(const std::map<std::string, std::string>& parameters,
                                            const SmpOptions& base) {
  constexpr std::string_view kPrefix = "smp.";
  SmpOptions options = base;
  for (const auto& [key, value] : parameters) {
    if (key.compare(0, kPrefix.size(), kPrefix) != 0) continue;
    auto set = SetSmpParameter(options, std::string_view(key).substr(kPrefix.size()), value);
    if (!set) {
      Error error = set.error();
      error.code = ErrorCode::kInvalidInput;
      error.field = key;
      error.message = fmt::format("parameter {}: {}", key, error.message);
      return tl::unexpected<Error>(std::move(error));
    }
  }
  return options;
}

}  // namespace parley
