// Names of distributions (value_range.h) and the command-line overrides of the
// `uncertainty:` section (uncertainty.h).
#include "parley/value_range.h"

#include <fmt/format.h>

#include <cmath>

#include "core/enum_table.h"
#include "parley/uncertainty.h"

namespace parley {
namespace {

constexpr EnumTable<Distribution, 4> kDistributionNames = {{
    {Distribution::kTriangular, "triangular"},
    {Distribution::kUniform, "uniform"},
    {Distribution::kNormal, "normal"},
    {Distribution::kLogNormal, "lognormal"},
}};

// The distributions a file may name after `dist:`.
constexpr EnumTable<Distribution, 3> kFileDistributions = {{
    {Distribution::kTriangular, "triangular"},
    {Distribution::kUniform, "uniform"},
    {Distribution::kNormal, "normal"},
}};

// One override: kInvalidArgument unless finite and above `least`.
Status CheckOverride(const std::optional<double>& value, double least, const char* option) {
  if (value && (!std::isfinite(*value) || *value <= least)) {
    return InvalidArgument(
        fmt::format("{} must be a finite number > {:g}, got {:g}", option, least, *value));
  }
  return Ok();
}

Source CommandLine(const char* option, double value) {
  Source source;
  source.estimate_reason = fmt::format("set on the command line ({} {:g})", option, value);
  return source;
}

}  // namespace

std::string_view ToString(Distribution distribution) {
  return NameOf(kDistributionNames, distribution);
}

Result<Distribution> DistributionFromString(std::string_view text) {
  if (auto distribution = ValueOf(kFileDistributions, text)) return *distribution;
  return InvalidInput(fmt::format("unknown distribution '{}' (allowed: {})", text,
                                  AllowedNames(kFileDistributions)));
}

Result<Scenario> ApplyUncertaintyOverrides(Scenario scenario,
                                           const UncertaintyOverrides& overrides) {
  if (auto s = CheckOverride(overrides.position_sd, 0.0, "--position-sd"); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = CheckOverride(overrides.salience_sd, 0.0, "--salience-sd"); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = CheckOverride(overrides.capability_factor, 1.0, "--capability-factor"); !s) {
    return tl::unexpected(s.error());
  }
  UncertaintySettings& section = scenario.uncertainty;
  if (overrides.position_sd) {
    section.position_sd = *overrides.position_sd;
    section.provenance["position"] = CommandLine("--position-sd", *overrides.position_sd);
  }
  if (overrides.salience_sd) {
    section.salience_sd = *overrides.salience_sd / scenario.salience_scale;
    section.provenance["salience"] = CommandLine("--salience-sd", *overrides.salience_sd);
  }
  if (overrides.capability_factor) {
    section.capability_factor = *overrides.capability_factor;
    section.provenance["capability"] =
        CommandLine("--capability-factor", *overrides.capability_factor);
  }
  return scenario;
}

}  // namespace parley
