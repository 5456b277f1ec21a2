// Internal: typed, line-aware access to YAML (and JSON) scenario nodes. Every
// failure names the file, line and field.
#pragma once

#include <vector>
#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley::yaml {

// 1-based line of a node (0 when the node has no mark).
int LineOf(const YAML::Node& node);

// Reads a scalar field as a finite double / string. `context` names what the
// field belongs to ("actor 'AZE'"), for messages.
Result<double> Number(const YAML::Node& node, const std::string& file, std::string_view field,
                      std::string_view context);
Result<std::string> Text(const YAML::Node& node, const std::string& file, std::string_view field,
                         std::string_view context);
// The field `key` of map `parent`: required or optional.
Result<double> RequiredNumber(const YAML::Node& parent, std::string_view key,
                              const std::string& file, std::string_view context);
Result<std::optional<double>> OptionalNumber(const YAML::Node& parent, std::string_view key,
                                             const std::string& file, std::string_view context);
Result<std::string> RequiredText(const YAML::Node& parent, std::string_view key,
                                 const std::string& file, std::string_view context);
Result<std::string> OptionalText(const YAML::Node& parent, std::string_view key,
                                 const std::string& file, std::string_view context);

// Fails on a key of map `node` that is not in `allowed` (catches typos such as
// "salence"), naming the allowed keys.
Status CheckKeys(const YAML::Node& node, const std::vector<std::string_view>& allowed,
                 const std::string& file, std::string_view context);

// A `sources:` map: field name -> {document, locator, quote} or {estimate: reason}.
Result<Provenance> ReadProvenance(const YAML::Node& parent, const std::string& file,
                                  std::string_view context);

}  // namespace parley::yaml
