#include "io/yaml_checks.h"

#include <fmt/format.h>

#include <map>

#include "io/input_checks.h"
#include "io/yaml_fields.h"

namespace parley::yaml {
namespace {

struct Walker {
  const std::string& file;
  std::size_t nodes = 0;

  Status Visit(const YAML::Node& node, int depth) {
    if (++nodes > kMaxNodes) {
      return InvalidInput(fmt::format("more than {} values once aliases are expanded (the most "
                                      "parley reads; a '*alias' counts each time it is used)",
                                      kMaxNodes),
                          file, LineOf(node), "size");
    }
    if (depth > kMaxNestingDepth) {
      return InvalidInput(
          fmt::format("nesting deeper than {} levels (the most parley reads)", kMaxNestingDepth),
          file, LineOf(node), "nesting");
    }
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) {
        if (auto s = Visit(item, depth + 1); !s) return s;
      }
    } else if (node.IsMap()) {
      std::map<std::string, int> keys;
      for (const auto& entry : node) {
        if (entry.first.IsScalar()) {
          const auto [at, inserted] = keys.emplace(entry.first.Scalar(), LineOf(entry.first));
          if (!inserted) {
            return InvalidInput(fmt::format("key '{}' appears twice in one map (first on line "
                                            "{}); remove one",
                                            entry.first.Scalar(), at->second),
                                file, LineOf(entry.first), entry.first.Scalar());
          }
        }
        if (auto s = Visit(entry.first, depth + 1); !s) return s;
        if (auto s = Visit(entry.second, depth + 1); !s) return s;
      }
    }
    return Ok();
  }
};

Status CheckListLength(const YAML::Node& root, const char* key, std::size_t limit,
                       const std::string& file) {
  const YAML::Node list = root[key];
  if (!list || !list.IsSequence() || list.size() <= limit) return Ok();
  return InvalidInput(
      fmt::format("'{}' has {} entries; parley reads at most {}", key, list.size(), limit), file,
      LineOf(list), key);
}

}  // namespace

Status CheckSingleDocument(const std::vector<YAML::Node>& documents, const std::string& file) {
  for (std::size_t d = 1; d < documents.size(); ++d) {
    if (documents[d].IsNull()) continue;  // an empty document loses nothing
    return InvalidInput(
        "a second YAML document (after '---') starts here; a scenario file holds one "
        "document, so split it into two files",
        file, LineOf(documents[d]), "document");
  }
  return Ok();
}

Status CheckTree(const YAML::Node& root, const std::string& file) {
  Walker walker{file};
  if (auto s = walker.Visit(root, 0); !s) return s;
  if (!root.IsMap()) return Ok();
  if (auto s = CheckListLength(root, "actors", kMaxActors, file); !s) return s;
  if (auto s = CheckListLength(root, "issues", kMaxIssues, file); !s) return s;
  return CheckListLength(root, "stances", kMaxStances, file);
}

}  // namespace parley::yaml
