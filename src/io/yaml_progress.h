// Internal: a guard against a known hang of yaml-cpp 0.7 (Debian 12). On some
// malformed inputs (a ',' outside [ ] or { } before a block sequence, e.g.
// ", a\n-\n-\n") its parser stops consuming input and YAML::LoadAll returns
// new empty documents forever (fixed upstream in yaml-cpp after 0.8,
// jbeder/yaml-cpp pull 1319). A first pass reads the events only and stops at
// the first document that does not move past the one before.
#pragma once

#include <string>
#include <string_view>

#include "parley/result.h"

namespace parley::yaml {

// Fails, naming the line, when the parser would read a document where the
// previous one started (no progress), or on YAML syntax errors; Ok when
// every document moves on. Reads events only: no tree is built.
Status CheckParserProgresses(std::string_view text, const std::string& file);

}  // namespace parley::yaml
