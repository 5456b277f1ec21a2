// Internal: the scenario files compiled into the binary by
// cmake/embed_scenarios.cmake.
#pragma once

#include <vector>

namespace parley::detail {

struct EmbeddedFile {
  const char* name;     // file name, e.g. "lachin-2023.yaml"
  const char* content;  // the whole file
};

const std::vector<EmbeddedFile>& EmbeddedScenarioFiles();

}  // namespace parley::detail
