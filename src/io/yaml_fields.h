// Internal: typed, line-aware access to YAML (and JSON) scenario nodes. Every
// failure names the file, line and field.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Fails unless `node` is a map whose keys are all in `allowed` (CheckKeys).
Status CheckMap(const YAML::Node& node, const std::vector<std::string_view>& allowed,
                const std::string& file, std::string_view context);

// The optional list `parent[key]`: absent or null reads as empty; anything but
// a list fails with `not_a_list` (at the node's line, field `key`); otherwise
// `read_item(item)`, returning Status, runs on each item in order until one fails.
template <typename ReadItem>
Status ForEachListItem(const YAML::Node& parent, std::string_view key, const std::string& file,
                       std::string not_a_list, ReadItem read_item) {
  const YAML::Node list = parent[std::string(key)];
  if (!list || list.IsNull()) return Ok();
  if (!list.IsSequence()) {
    return InvalidInput(std::move(not_a_list), file, LineOf(list), std::string(key));
  }
  for (const YAML::Node& item : list) {
    if (auto s = read_item(item); !s) return s;
  }
  return Ok();
}

// A `sources:` map: field name -> {document, locator, quote} or {estimate: reason}.
Result<Provenance> ReadProvenance(const YAML::Node& parent, const std::string& file,
                                  std::string_view context);

}  // namespace parley::yaml
