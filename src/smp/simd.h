// Internal: a minimal lane type for the SMP inner loops. `Vec` holds
// kLanes doubles (GCC/Clang vector extension); every operation is the plain
// IEEE operation per lane, so a lane computes exactly what the scalar code
// computes (no fused multiply-add: parley is built without FMA, like KTAB).
// The kernels are templates over T = double or Vec; loops run over whole
// vectors and finish the remainder with T = double.
#pragma once

#include <cstdint>
#include <cstring>

namespace parley::smp {

inline constexpr int kLanes = 2;  // SSE2, available on every x86-64
using Vec = double __attribute__((vector_size(8 * kLanes)));
using Mask = std::int64_t __attribute__((vector_size(8 * kLanes)));

inline Vec Load(const double* from) {
  Vec value;
  std::memcpy(&value, from, sizeof value);
  return value;
}

inline void Store(double* to, Vec value) { std::memcpy(to, &value, sizeof value); }

// A value of type T with every lane equal to x.
template <typename T>
inline T Splat(double x) {
  if constexpr (sizeof(T) == sizeof(double)) {
    return x;
  } else {
    return T{} + x;
  }
}

// m ? a : b per lane.
inline double Select(bool mask, double a, double b) { return mask ? a : b; }
inline Vec Select(Mask mask, Vec a, Vec b) { return mask ? a : b; }

// The lane indices first, first + 1, ... as doubles, for masks on indices.
inline Vec LaneIndices(std::size_t first) {
  Vec value;
  for (int lane = 0; lane < kLanes; ++lane) value[lane] = static_cast<double>(first + lane);
  return value;
}

}  // namespace parley::smp
