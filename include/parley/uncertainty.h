// Uncertain scenario inputs and the deterministic sampler that draws a concrete
// scenario from them, for Monte Carlo and variance-based sensitivity analysis.
//
// A scenario's uncertain inputs are its capabilities, positions and saliences
// that carry a range (value_range.h) or fall under its `uncertainty:` section.
// ListUncertainInputs names them in a fixed order; Quantile maps a unit value u
// in [0, 1) to a value of one input by its inverse CDF; DrawScenario sets every
// input from one unit value each, so a Sobol/Saltelli matrix row drives a draw;
// the (seed, run) form draws the unit values from a SplitMix64 generator that
// depends on (seed, run) alone. Everything here is pure and thread-safe; no
// std::*_distribution is used (their output is implementation-defined).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014; the same mixer as Vigna's splitmix64.c). Seed 1234567 gives
// 6457827717110365317, 3203168211198807973, ... (tests/core/random_test.cpp).
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  // The top 53 bits of Next() as k / 2^53: uniform on [0, 1), never 1.
  double NextUnit();

 private:
  std::uint64_t state_;
};

// The generator of run `run` under `seed`: seeded with output number run + 1 of
// SplitMix64(seed), which SplitMix64's additive state gives in O(1). Run r's
// stream depends only on (seed, r), whatever the thread count or run order.
SplitMix64 RunGenerator(std::uint64_t seed, std::uint64_t run);

// k / 2^53 for the top 53 bits of `bits`: [0, 1).
double UnitFromBits(std::uint64_t bits);

// Standard normal CDF, 0.5 erfc(-x / sqrt 2) (accurate in both tails).
double NormalCdf(double x);
// Its inverse for p in (0, 1) (-inf at 0, +inf at 1, NaN outside): Wichura's
// AS 241 PPND16 (Applied Statistics 37(3), 477-484, 1988), about 1e-16
// relative. Phi^-1(0.975) = 1.959963984540054.
double InverseNormalCdf(double p);

enum class UncertainField { kCapability, kPosition, kSalience };
std::string_view ToString(UncertainField field);  // "capability", "position", "salience"

// One uncertain value of a scenario and the distribution it is drawn from.
struct UncertainInput {
  UncertainField field = UncertainField::kCapability;
  std::size_t actor = 0;              // index into Scenario::actors
  std::optional<std::size_t> issue;   // index into Scenario::issues; none for capability
  std::optional<std::size_t> stance;  // index into Scenario::stances; none for capability
  Distribution distribution = Distribution::kTriangular;
  double value = 0.0;  // the point value (mode of a triangular, mean of a normal)
  // The support: triangular/uniform low and high; a normal's truncation bounds
  // (the issue's scale, [0, 1] for salience, [0, +inf) for capability);
  // log-normal 0 and +inf.
  double low = 0.0;
  double high = 0.0;
  double spread = 0.0;         // normal: sd; log-normal: ln(factor); else 0
  bool scenario_wide = false;  // from the `uncertainty:` section, not the value's own range
};

// Every uncertain input: each actor's capability in actor order, then each
// stance's position and salience in stance order. A value's own range wins over
// the `uncertainty:` section. Empty when nothing is uncertain.
std::vector<UncertainInput> ListUncertainInputs(const Scenario& scenario);

// "AZE capability", "AZE position on checkpoints": for tables and errors.
std::string InputLabel(const Scenario& scenario, const UncertainInput& input);

// The value of `input` at unit value u (its inverse CDF). u is clamped into
// [0, 1); a normal or log-normal uses max(u, 2^-54) so that u = 0 stays finite.
// The result always lies in [input.low, input.high]; a capability is > 0.
double Quantile(const UncertainInput& input, double u);

// The concrete scenario with inputs[n] set to Quantile(inputs[n],
// unit_values[n]); every range and the `uncertainty:` section removed, so the
// result passes ValidateScenario and nothing in it is uncertain.
// REQUIRES: inputs from ListUncertainInputs(scenario) (or a subset);
// unit_values.size() == inputs.size() (CheckUnitValues). Extra unit values are
// ignored; inputs without one keep their point value.
Scenario DrawScenario(const Scenario& scenario, const std::vector<UncertainInput>& inputs,
                      const std::vector<double>& unit_values);
// The scenario with every range and the `uncertainty:` section removed (its
// point values kept): the base a draw writes its values into.
Scenario WithoutUncertainty(Scenario scenario);

// Sets inputs[n] of `drawn` to Quantile(inputs[n], unit_values[n]) and leaves
// every other value as it is: with `drawn` a copy of
// WithoutUncertainty(scenario), the result equals DrawScenario(scenario,
// inputs, unit_values), without copying the scenario for each draw.
void SetDrawnValues(Scenario& drawn, const std::vector<UncertainInput>& inputs,
                    const std::vector<double>& unit_values);

// Run `run` of a Monte Carlo under `seed`: one RunGenerator(seed, run).NextUnit()
// per input of ListUncertainInputs(scenario), in order.
Scenario DrawScenario(const Scenario& scenario, std::uint64_t seed, std::uint64_t run);

// kInvalidArgument unless there is one finite unit value in [0, 1) per input.
Status CheckUnitValues(const std::vector<UncertainInput>& inputs,
                       const std::vector<double>& unit_values);

// Command-line overrides of the `uncertainty:` section (--position-sd,
// --salience-sd, --capability-factor); an empty optional keeps the file's.
struct UncertaintyOverrides {
  std::optional<double> position_sd;        // on the issue's scale, > 0
  std::optional<double> salience_sd;        // on the file's salience scale (0..100 or 0..1), > 0
  std::optional<double> capability_factor;  // > 1

  bool IsEmpty() const { return !position_sd && !salience_sd && !capability_factor; }
};

// The scenario with the overrides written into its `uncertainty:` section
// (provenance of an overridden part becomes "set on the command line").
// kInvalidArgument naming the option and its allowed range when one is out of
// range, e.g. "--position-sd must be a finite number > 0, got -1".
Result<Scenario> ApplyUncertaintyOverrides(Scenario scenario,
                                           const UncertaintyOverrides& overrides);

}  // namespace parley
