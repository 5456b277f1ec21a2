// Deterministic synthetic SMP problems, for benchmarks and tests.
#pragma once

#include <cstddef>
#include <cstdint>

#include "parley/smp.h"

namespace parley {

// n actors ("G0001", ...) on m dimensions ("Dim1", ...), drawn from SplitMix64
// seeded with `seed`, written as a KTAB CSV would hold them (two decimals on
// 0-100): capability in [10, 200]; positions uniform on [0, 100]; saliences
// with a total in [50, 95] spread over the dimensions, each at least 1.
// Identity accommodation. Same arguments, same problem, on every platform.
SmpProblem GenerateSmpProblem(std::size_t actors, std::size_t dimensions, std::uint64_t seed);

}  // namespace parley
