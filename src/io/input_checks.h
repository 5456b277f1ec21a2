// Internal: checks every reader runs on raw input before it builds anything,
// and the limits that keep a hostile file from exhausting the machine. The
// limits are listed for users in docs/errors.md; each error names its limit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parley/result.h"

namespace parley {

// Largest input file or text parley reads: 64 MiB.
inline constexpr std::uint64_t kMaxInputBytes = 64ull << 20;
// Most actors, issues (KTAB dimensions) and stances one scenario may have.
// 250 actors is KTAB's own limit; EUM's run time grows with the cube of the
// actor count (250 actors: about 0.3 s per issue for 10 rounds).
inline constexpr std::size_t kMaxActors = 250;
inline constexpr std::size_t kMaxIssues = 1'000;
inline constexpr std::size_t kMaxStances = 100'000;
// Deepest nesting of YAML/JSON collections (parley's schema needs 5).
inline constexpr int kMaxNestingDepth = 64;
// Most YAML/JSON nodes after aliases are expanded (guards "billion laughs").
inline constexpr std::size_t kMaxNodes = 2'000'000;

// Fails on the first byte that is not valid UTF-8, naming its line and byte
// offset (0-based from the start of the file).
Status CheckUtf8(std::string_view text, const std::string& file);

// Fails when `text` is longer than kMaxInputBytes.
Status CheckInputSize(std::string_view text, const std::string& file);

// Both checks above: what every Parse* function runs first.
Status CheckRawInput(std::string_view text, const std::string& file);

}  // namespace parley
