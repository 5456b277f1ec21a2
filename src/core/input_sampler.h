// Internal: the uncertain inputs of a scenario with the constants of their
// inverse CDFs computed once, so that a Monte Carlo or Sobol run draws each
// value with a few multiplications and one square root (triangular) or one
// inverse normal (normal, log-normal), instead of recomputing a division or two
// normal CDFs (erfc) per value and draw. Every value equals Quantile(input, u)
// to the bit: the same operations on the same operands, in the same order.
#pragma once

#include <cstdint>
#include <vector>

#include "parley/scenario.h"
#include "parley/uncertainty.h"

namespace parley {

// One input ready to draw: Quantile(input, u) as a few stored constants.
struct PreparedInput {
  explicit PreparedInput(const UncertainInput& input);

  // Quantile(input, u) for u already in [0, 1) (SplitMix64::NextUnit's range,
  // or clamped by ClampUnit).
  double ValueAt(double u) const;
  // Writes `value` into the input's field of `drawn` (its actor's capability,
  // or its stance's position or salience).
  void Write(double value, Scenario& drawn) const;

  UncertainField field;
  Distribution distribution;
  std::size_t target;  // the actor (capability) or the stance (position, salience)
  double value;        // the point value: mode, mean or median
  double low;
  double high;
  double spread;  // normal: sd; log-normal: ln(factor)
  double width;   // high - low
  double left;    // triangular: mode - low
  double right;   // triangular: high - mode
  double turn;    // triangular: (mode - low) / width, F(mode)
  double below;   // normal: Phi((low - mean) / sd)
  double span;    // normal: Phi((high - mean) / sd) - below
  double floor;   // capability: 1e-9 x value; else -infinity (no floor)
};

// u as Quantile takes it: NaN to 0, then clamped into [0, 1 - 2^-53].
double ClampUnit(double u);

// The unit values of run `run` under `seed` into every element of `units`, in
// order: the same numbers as `SplitMix64 generator = RunGenerator(seed, run);
// for (double& u : units) u = generator.NextUnit();`, with the generator
// inlined (the library is position-independent, so GCC inlines no exported
// function into another).
void FillRunUnits(std::uint64_t seed, std::uint64_t run, std::vector<double>& units);

// The prepared inputs of a scenario, in ListUncertainInputs order.
class InputSampler {
 public:
  explicit InputSampler(const std::vector<UncertainInput>& inputs);

  // SetDrawnValues(drawn, inputs, unit_values): input n from unit_values[n]
  // (clamped); inputs without a unit value keep their value in `drawn`.
  void Write(const std::vector<double>& unit_values, Scenario& drawn) const;
  // Run `run` under `seed` (DrawScenario(scenario, seed, run)): one
  // RunGenerator(seed, run).NextUnit() per input, in order, through `units`
  // (scratch space, resized to one value per input).
  void WriteRun(std::uint64_t seed, std::uint64_t run, std::vector<double>& units,
                Scenario& drawn) const;

 private:
  std::vector<PreparedInput> inputs_;
};

}  // namespace parley
