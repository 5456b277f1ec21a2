// Internal: checks on a parsed YAML (or JSON) tree before any field is read:
// one document only, no duplicated keys, and the limits of input_checks.h on
// nesting, node count (aliases expanded) and list lengths.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "parley/result.h"

namespace parley::yaml {

// Fails on a second document in `documents` (YAML's '---').
Status CheckSingleDocument(const std::vector<YAML::Node>& documents, const std::string& file);

// Fails on a map with the same key twice (YAML and JSON readers would keep one
// silently), on nesting deeper than kMaxNestingDepth, on more than kMaxNodes
// nodes counting every alias use, and on top-level actors/issues/stances
// lists longer than their limits.
Status CheckTree(const YAML::Node& root, const std::string& file);

}  // namespace parley::yaml
