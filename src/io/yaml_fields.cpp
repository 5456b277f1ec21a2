#include "io/yaml_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "io/csv.h"

namespace parley::yaml {
namespace {

std::string Join(const std::vector<std::string_view>& names) {
  std::string joined;
  for (std::string_view name : names) joined += (joined.empty() ? "" : ", ") + std::string(name);
  return joined;
}

Result<Source> ReadSource(const YAML::Node& node, const std::string& file,
                          std::string_view context) {
  if (!node.IsMap()) {
    return InvalidInput(fmt::format("{}: a source must be a map with document/locator/quote or "
                                    "estimate",
                                    context),
                        file, LineOf(node), "sources");
  }
  if (auto s = CheckKeys(node, {"document", "locator", "quote", "estimate"}, file, context); !s) {
    return tl::unexpected(s.error());
  }
  Source source;
  auto document = OptionalText(node, "document", file, context);
  auto locator = OptionalText(node, "locator", file, context);
  auto quote = OptionalText(node, "quote", file, context);
  auto estimate = OptionalText(node, "estimate", file, context);
  for (auto* part : {&document, &locator, &quote, &estimate}) {
    if (!*part) return tl::unexpected(part->error());
  }
  source = Source{*document, *locator, *quote, *estimate};
  if (source.document.empty() && !source.IsEstimate()) {
    return InvalidInput(fmt::format("{}: a source needs a document or an estimate reason", context),
                        file, LineOf(node), "sources");
  }
  return source;
}

}  // namespace

int LineOf(const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  return mark.line >= 0 ? mark.line + 1 : 0;
}

Result<double> Number(const YAML::Node& node, const std::string& file, std::string_view field,
                      std::string_view context) {
  if (!node.IsScalar()) {
    return InvalidInput(fmt::format("{}: {} must be a number", context, field), file, LineOf(node),
                        std::string(field));
  }
  const std::string& text = node.Scalar();
  std::string lowered = text;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lowered.find("nan") != std::string::npos || lowered.find("inf") != std::string::npos) {
    return InvalidInput(fmt::format("{}: {} is '{}', not a finite number", context, field, text),
                        file, LineOf(node), std::string(field));
  }
  auto value = csv::ParseNumber(text);
  if (!value && value.error().message.find("range") != std::string::npos) {
    return InvalidInput(fmt::format("{}: {} {}", context, field, value.error().message), file,
                        LineOf(node), std::string(field));
  }
  if (!value) {
    const bool out_of_range = value.error().message.find("finite") != std::string::npos;
    return InvalidInput(fmt::format("{}: {} is '{}', not a {}number", context, field, text,
                                    out_of_range ? "finite " : ""),
                        file, LineOf(node), std::string(field));
  }
  return *value;
}

Result<std::string> Text(const YAML::Node& node, const std::string& file, std::string_view field,
                         std::string_view context) {
  if (!node.IsScalar()) {
    return InvalidInput(fmt::format("{}: {} must be text", context, field), file, LineOf(node),
                        std::string(field));
  }
  return node.Scalar();
}

Result<double> RequiredNumber(const YAML::Node& parent, std::string_view key,
                              const std::string& file, std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node) {
    return InvalidInput(fmt::format("{}: missing required field '{}'", context, key), file,
                        LineOf(parent), std::string(key));
  }
  return Number(node, file, key, context);
}

Result<std::optional<double>> OptionalNumber(const YAML::Node& parent, std::string_view key,
                                             const std::string& file, std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node || node.IsNull()) return std::optional<double>{};
  auto value = Number(node, file, key, context);
  if (!value) return tl::unexpected(value.error());
  return std::optional<double>{*value};
}

Result<std::string> RequiredText(const YAML::Node& parent, std::string_view key,
                                 const std::string& file, std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node || node.IsNull()) {
    return InvalidInput(fmt::format("{}: missing required field '{}'", context, key), file,
                        LineOf(parent), std::string(key));
  }
  return Text(node, file, key, context);
}

Result<std::string> OptionalText(const YAML::Node& parent, std::string_view key,
                                 const std::string& file, std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node || node.IsNull()) return std::string{};
  return Text(node, file, key, context);
}

Status CheckKeys(const YAML::Node& node, const std::vector<std::string_view>& allowed,
                 const std::string& file, std::string_view context) {
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return InvalidInput(
          fmt::format("{}: unknown field '{}' (allowed: {})", context, key, Join(allowed)), file,
          LineOf(entry.first), key);
    }
  }
  return Ok();
}

Status CheckMap(const YAML::Node& node, const std::vector<std::string_view>& allowed,
                const std::string& file, std::string_view context) {
  if (!node.IsMap()) {
    return InvalidInput(fmt::format("{} must be a map", context), file, LineOf(node),
                        std::string(context));
  }
  return CheckKeys(node, allowed, file, context);
}

Result<Provenance> ReadProvenance(const YAML::Node& parent, const std::string& file,
                                  std::string_view context) {
  Provenance provenance;
  const YAML::Node sources = parent["sources"];
  if (!sources || sources.IsNull()) return provenance;
  if (!sources.IsMap()) {
    return InvalidInput(fmt::format("{}: sources must map field names to sources", context), file,
                        LineOf(sources), "sources");
  }
  for (const auto& entry : sources) {
    auto source = ReadSource(entry.second, file,
                             fmt::format("{}, source of '{}'", context, entry.first.Scalar()));
    if (!source) return tl::unexpected(source.error());
    provenance[entry.first.Scalar()] = std::move(*source);
  }
  return provenance;
}

}  // namespace parley::yaml
