// Options of KTAB's spatial model of politics (SMP): the nine model parameters
// with KTAB's option names, the seed, the thread count and the stopping rule.
// Section numbers ("SPEC 4.5") refer to reference/ktab/SPEC.md.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parley/result.h"

namespace parley {

// How coalition strengths become victory probabilities (SPEC 4.6, Model::vProb):
// P(i>j) = x_i / (x_i + x_j) with x = s, s^2, s^4, s^8; kBinary is a steep ramp
// that gives certainty once one side is 10% stronger (2:1 strengths give 1 - 1e-6).
enum class SmpVictoryProbModel { kLinear, kSquare, kQuartic, kOctic, kBinary };

// Probability of each option over a whole set (SPEC 4.6, Model::probCE2).
enum class SmpPceModel { kConditional, kMarkovIncentive, kMarkovUniform };

// How an actor picks among the bargains offered to it (SPEC 4.9).
enum class SmpStateTransitions { kDeterministic, kStochastic };

// An actor's vote between two options with utility difference d (SPEC 4.6):
// Binary w*clip(d/1e-8), PropBin w*(0.8d + 0.2 bin), Prop w*d, PropCbc
// w*(0.5d + 0.5d^3), Cubic w*d^3, ASymProsp w*d for losses, (2/3)w*d for gains.
enum class SmpVotingRule { kBinary, kPropBin, kProp, kPropCbc, kCubic, kASymProsp };

// How h estimates i's risk attitude R^h_i (SPEC 4.5 step 6). kFull makes every
// perceived utility matrix equal the objective one, which KTAB rejects: it is
// refused by ValidateSmpOptions.
enum class SmpBigRAdjust { kNone, kOneThird, kHalf, kTwoThirds, kFull };

// The range of inferred risk attitudes R_i (SPEC 4.5 step 4): [0,1], [-1/2,1], [-1,1].
enum class SmpBigRRange { kMin, kMid, kMax };

// What a third party expects to gain from joining a side (SPEC 4.7 step 4).
enum class SmpThirdPartyCommit { kNoCommit, kSemiCommit, kFullCommit };

// How a two-actor bargain is interpolated per dimension (SPEC 4.8 step 5).
enum class SmpInterVecBargain { kS1P1, kS2P2, kS2PMax };

// Which interpolated bargains an initiator puts on the table (SPEC 4.8 step 4).
enum class SmpBargainModel { kInitOnlyInterp, kInitRcvrInterp, kPwCompInterp };

// KTAB's option names ("Linear", "MarkovIncentive", "PropCbc", ...).
std::string_view ToString(SmpVictoryProbModel value);
std::string_view ToString(SmpPceModel value);
std::string_view ToString(SmpStateTransitions value);
std::string_view ToString(SmpVotingRule value);
std::string_view ToString(SmpBigRAdjust value);
std::string_view ToString(SmpBigRRange value);
std::string_view ToString(SmpThirdPartyCommit value);
std::string_view ToString(SmpInterVecBargain value);
std::string_view ToString(SmpBargainModel value);

// Parse KTAB's option names, ignoring case. Errors (kInvalidArgument) list the choices.
Result<SmpVictoryProbModel> SmpVictoryProbModelFromString(std::string_view text);
Result<SmpPceModel> SmpPceModelFromString(std::string_view text);
Result<SmpStateTransitions> SmpStateTransitionsFromString(std::string_view text);
Result<SmpVotingRule> SmpVotingRuleFromString(std::string_view text);
Result<SmpBigRAdjust> SmpBigRAdjustFromString(std::string_view text);
Result<SmpBigRRange> SmpBigRRangeFromString(std::string_view text);
Result<SmpThirdPartyCommit> SmpThirdPartyCommitFromString(std::string_view text);
Result<SmpInterVecBargain> SmpInterVecBargainFromString(std::string_view text);
Result<SmpBargainModel> SmpBargainModelFromString(std::string_view text);

// KTAB's default seed, KBase::dSeed = 0xD67CC16FE69C185C (SPEC 4.1).
inline constexpr std::uint64_t kKtabDefaultSeed = 15455440707583219804ULL;

struct SmpOptions {
  // The nine model parameters; defaults are KTAB's (SPEC 4.3).
  SmpVictoryProbModel victory_prob_model = SmpVictoryProbModel::kLinear;
  SmpPceModel pce_model = SmpPceModel::kConditional;
  SmpStateTransitions state_transitions = SmpStateTransitions::kDeterministic;
  SmpVotingRule voting_rule = SmpVotingRule::kProp;
  SmpBigRAdjust big_r_adjust = SmpBigRAdjust::kOneThird;
  SmpBigRRange big_r_range = SmpBigRRange::kMid;
  SmpThirdPartyCommit third_party_commit = SmpThirdPartyCommit::kSemiCommit;
  SmpInterVecBargain inter_vec_bargain = SmpInterVecBargain::kS2P2;
  SmpBargainModel bargain_model = SmpBargainModel::kInitOnlyInterp;

  // Seed of KTAB's generator (SPEC 4.13); used only by stochastic transitions.
  // Any value except 0 (KTAB draws a random seed for 0, which parley refuses
  // so that every run is reproducible). Default KTAB's dSeed.
  std::uint64_t seed = kKtabDefaultSeed;
  // Worker threads, range [1, 256]; default 1. Results do not depend on it.
  int threads = 1;
  // Problems with fewer actors run on one thread whatever `threads` says:
  // below about 40 actors a turn takes less than a millisecond and waking a
  // second thread costs more than it saves. Range [0, 100000]; default 40.
  int min_actors_for_threads = 40;
  // Stopping rule (SPEC 4.11, SMPModel::configExec): stop after max_turns
  // steps, or after at least min_turns steps once the fractional change falls
  // below min_delta_ratio. KTAB: 100, 2, 0.02; min_significant_delta 1e-4 is
  // added to the first step's distance to avoid 0/0. Ranges: max_turns
  // [1, 100000], min_turns [1, max_turns], min_delta_ratio [0, 1],
  // min_significant_delta (0, 1].
  int max_turns = 100;
  int min_turns = 2;
  double min_delta_ratio = 0.02;
  double min_significant_delta = 1e-4;
};

// Checks ranges and refuses BigRAdjust=Full (kInvalidArgument, naming the parameter).
Status ValidateSmpOptions(const SmpOptions& options);

// The nine KTAB parameter names in KTAB's order: "VictoryProbModel",
// "PCEModel", "StateTransitions", "VotingRule", "BigRAdjust", "BigRRange",
// "ThirdPartyCommit", "InterVecBrgn", "BargnModel" (SPEC 4.2 XML tags).
std::vector<std::string_view> SmpParameterNames();
// The option names a parameter accepts, in KTAB's index order; empty if unknown.
std::vector<std::string_view> SmpParameterChoices(std::string_view parameter);
// The current option name of a parameter; empty if the parameter is unknown.
std::string_view SmpParameterValue(const SmpOptions& options, std::string_view parameter);
// Sets a parameter by KTAB names (both case-insensitive). kInvalidArgument on an unknown
// parameter or option, naming both and the choices.
Status SetSmpParameter(SmpOptions& options, std::string_view parameter, std::string_view value);

// Reads the "smp.<Parameter>" keys of Scenario::parameters on top of `base`.
// Keys of other models are ignored; an unknown "smp." key is an error.
Result<SmpOptions> SmpOptionsFromParameters(const std::map<std::string, std::string>& parameters,
                                            const SmpOptions& base = {});

}  // namespace parley
