#include "smp/simd.h"

namespace parley::smp {

bool HasAvx2() {
#if PARLEY_SMP_HAS_AVX2_PATH
  static const bool kHasAvx2 = __builtin_cpu_supports("avx2");
  return kHasAvx2;
#else
  return false;
#endif
}

}  // namespace parley::smp
