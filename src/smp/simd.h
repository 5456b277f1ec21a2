// Internal: lane types for the SMP inner loops (GCC/Clang vector extensions).
// Vec2 (SSE2, every x86-64) and Vec4 (AVX2, chosen at run time) hold 2 and 4
// doubles; every operation is the plain IEEE operation per lane, so a lane
// computes exactly what the scalar code computes. Neither parley nor KTAB is
// built with FMA, and the AVX2 paths enable "avx2" only (not "fma"), so no
// multiply-add is ever fused. The kernels are templates over T = double, Vec2
// or Vec4; loops run over whole vectors and finish the remainder with double.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

// Vec4 values are only passed between always-inlined functions, so the ABI
// note GCC attaches to 32-byte vector arguments does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace parley::smp {

using Vec2 = double __attribute__((vector_size(16)));
using Vec4 = double __attribute__((vector_size(32)));

// Doubles per value of T (1 for double).
template <typename T>
inline constexpr std::size_t kLanes = sizeof(T) / sizeof(double);

template <typename V>
[[gnu::always_inline]] inline V Load(const double* from) {
  V value;
  std::memcpy(&value, from, sizeof value);
  return value;
}

template <typename V>
[[gnu::always_inline]] inline void Store(double* to, V value) {
  std::memcpy(to, &value, sizeof value);
}

// A value of type T with every lane equal to x.
template <typename T>
[[gnu::always_inline]] inline T Splat(double x) {
  if constexpr (kLanes<T> == 1) {
    return x;
  } else {
    return T{} + x;
  }
}

// mask ? a : b per lane (mask: bool for double, the comparison result for vectors).
template <typename T, typename M>
[[gnu::always_inline]] inline T Select(M mask, T a, T b) {
  return mask ? a : b;
}

// The lane indices first, first + 1, ... as doubles, to build masks on indices.
template <typename V>
[[gnu::always_inline]] inline V LaneIndices(std::size_t first) {
  V value;
  for (std::size_t lane = 0; lane < kLanes<V>; ++lane) {
    value[lane] = static_cast<double>(first + lane);
  }
  return value;
}

// Whether this processor runs the AVX2 paths (checked once); false where
// parley has none (non-x86 builds).
bool HasAvx2();

}  // namespace parley::smp

// Marks the AVX2 instantiations of the inner loops (x86-64 GCC/Clang only).
#if defined(__x86_64__)
#define PARLEY_SMP_AVX2_TARGET __attribute__((target("avx2")))
#define PARLEY_SMP_HAS_AVX2_PATH 1
#else
#define PARLEY_SMP_HAS_AVX2_PATH 0
#endif

namespace parley::smp {}  // namespace parley::smp
