// Ranges on capability, position and salience, and the `uncertainty:` section.
#include "io/uncertainty_section.h"

#include <fmt/format.h>

#include <cstdlib>

#include "io/writer_json.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;
using yaml::LineOf;

// `value` times `factor`; a scaled value (salience) without float noise such as
// 80.00000000000001, an unscaled one exactly as it is.
double Scaled(double value, double factor) {
  if (factor == 1.0) return value;
  // strtod, not std::stod: a subnormal value (1e-310) must not throw.
  const std::string rounded = fmt::format("{:.12g}", value * factor);
  return std::strtod(rounded.c_str(), nullptr);
}

Result<Distribution> ReadDistribution(const YAML::Node& node, const std::string& file,
                                      std::string_view key, const std::string& context) {
  auto name = yaml::OptionalText(node, "dist", file, context);
  if (!name) return tl::unexpected(name.error());
  if (name->empty()) return Distribution::kTriangular;
  auto distribution = DistributionFromString(*name);
  if (!distribution) {
    return InvalidInput(fmt::format("{}: {}", context, distribution.error().message), file,
                        LineOf(node["dist"]), std::string(key));
  }
  return *distribution;
}

// low/high for triangular and uniform, sd for normal; the other keys refused.
Status ReadSpread(const YAML::Node& node, const std::string& file, std::string_view key,
                  const std::string& context, ValueRange& range) {
  const std::string field(key);
  const std::string name(ToString(range.distribution));
  if (range.distribution == Distribution::kNormal) {
    if (node["low"] || node["high"]) {
      return InvalidInput(fmt::format("{}: a normal range takes sd, not low/high (it is "
                                      "truncated to the allowed range)",
                                      context),
                          file, LineOf(node), field);
    }
    auto sd = yaml::OptionalNumber(node, "sd", file, context);
    if (!sd) return tl::unexpected(sd.error());
    if (!*sd) {
      return InvalidInput(fmt::format("{}: a normal range needs sd", context), file, LineOf(node),
                          field);
    }
    range.sd = **sd;
    return Ok();
  }
  if (node["sd"]) {
    return InvalidInput(fmt::format("{}: sd applies only to dist: normal; a {} range takes low "
                                    "and high",
                                    context, name),
                        file, LineOf(node["sd"]), field);
  }
  auto low = yaml::OptionalNumber(node, "low", file, context);
  auto high = yaml::OptionalNumber(node, "high", file, context);
  if (!low) return tl::unexpected(low.error());
  if (!high) return tl::unexpected(high.error());
  if (!*low || !*high) {
    return InvalidInput(fmt::format("{}: a {} range needs low and high", context, name), file,
                        LineOf(node), field);
  }
  range.low = **low;
  range.high = **high;
  return Ok();
}

// `key: {sd: 5}` or `key: {factor: 1.2}` inside the section.
Result<std::optional<double>> ReadSectionPart(const YAML::Node& section, const char* key,
                                              const char* parameter, const std::string& file) {
  const YAML::Node node = section[key];
  if (!node || node.IsNull()) return std::optional<double>{};
  const std::string context = fmt::format("uncertainty: {}", key);
  if (auto s = yaml::CheckMap(node, {parameter}, file, context); !s) {
    return tl::unexpected(s.error());
  }
  auto value = yaml::OptionalNumber(node, parameter, file, context);
  if (!value) return tl::unexpected(value.error());
  if (!*value) {
    return InvalidInput(fmt::format("{} needs {}", context, parameter), file, LineOf(node), key);
  }
  return *value;
}

}  // namespace

Result<UncertainNumber> ReadUncertainNumber(const YAML::Node& parent, std::string_view key,
                                            const std::string& file, std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node || !node.IsMap()) {
    auto value = yaml::RequiredNumber(parent, key, file, context);
    if (!value) return tl::unexpected(value.error());
    return UncertainNumber{*value, std::nullopt};
  }
  const std::string where = fmt::format("{}, {}", context, key);
  if (auto s = yaml::CheckKeys(node, {"value", "low", "high", "dist", "sd"}, file, where); !s) {
    return tl::unexpected(s.error());
  }
  auto value = yaml::RequiredNumber(node, "value", file, where);
  if (!value) return tl::unexpected(value.error());
  auto distribution = ReadDistribution(node, file, key, where);
  if (!distribution) return tl::unexpected(distribution.error());
  ValueRange range;
  range.distribution = *distribution;
  if (auto s = ReadSpread(node, file, key, where, range); !s) return tl::unexpected(s.error());
  return UncertainNumber{*value, range};
}

std::optional<ValueRange> ScaleRange(const std::optional<ValueRange>& range, double divisor) {
  if (!range) return std::nullopt;
  ValueRange scaled = *range;
  scaled.low /= divisor;
  scaled.high /= divisor;
  scaled.sd /= divisor;
  return scaled;
}

Json UncertainNumberJson(double value, const std::optional<ValueRange>& range, double factor) {
  if (!range) return Scaled(value, factor);
  Json json = {{"value", Scaled(value, factor)}};
  if (range->distribution == Distribution::kNormal) {
    json["dist"] = "normal";
    json["sd"] = Scaled(range->sd, factor);
    return json;
  }
  json["low"] = Scaled(range->low, factor);
  json["high"] = Scaled(range->high, factor);
  if (range->distribution != Distribution::kTriangular) {
    json["dist"] = std::string(ToString(range->distribution));
  }
  return json;
}

Status ReadUncertaintySection(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["uncertainty"];
  if (!node || node.IsNull()) return Ok();
  const std::string& file = scenario.file;
  if (auto s = yaml::CheckMap(node, {"position", "salience", "capability", "sources"}, file,
                              "uncertainty");
      !s) {
    return s;
  }
  auto position = ReadSectionPart(node, "position", "sd", file);
  auto salience = ReadSectionPart(node, "salience", "sd", file);
  auto capability = ReadSectionPart(node, "capability", "factor", file);
  auto provenance = yaml::ReadProvenance(node, file, "uncertainty");
  if (!position) return tl::unexpected(position.error());
  if (!salience) return tl::unexpected(salience.error());
  if (!capability) return tl::unexpected(capability.error());
  if (!provenance) return tl::unexpected(provenance.error());
  UncertaintySettings& section = scenario.uncertainty;
  section.line = LineOf(node);
  section.position_sd = *position;
  if (*salience) section.salience_sd = **salience / scenario.salience_scale;
  section.capability_factor = *capability;
  section.provenance = std::move(*provenance);
  return Ok();
}

Json UncertaintyJson(const Scenario& scenario) {
  const UncertaintySettings& section = scenario.uncertainty;
  Json json = Json::object();
  if (section.position_sd) json["position"] = {{"sd", *section.position_sd}};
  if (section.salience_sd) {
    json["salience"] = {{"sd", Scaled(*section.salience_sd, scenario.salience_scale)}};
  }
  if (section.capability_factor) json["capability"] = {{"factor", *section.capability_factor}};
  if (!section.provenance.empty()) json["sources"] = SourcesJson(section.provenance);
  return json;
}

}  // namespace parley
