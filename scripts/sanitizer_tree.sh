# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: the one clang tree with
# AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage
# (build-asan/; PARLEY_FUZZ=ON adds the flags, CMakeLists.txt), and the
# ThreadSanitizer tree (build-tsan/). Installs clang, its runtime libraries and
# lld (the sanitizer trees link with it: several times quicker than GNU ld on
# instrumented test programs) when they are missing.
install_sanitizer_tools() {
  if ! command -v clang++ >/dev/null || ! command -v ld.lld >/dev/null ||
    ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    local sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
      clang libclang-rt-dev lld
  fi
}

configure_asan_tree() {
  install_sanitizer_tools
  # Debug keeps assertions on; -O1 with line tables only (readable stack traces,
  # a quicker build); the glue (tests, CLI) at -O0, the tests uninstrumented.
  # Without MPI: Open MPI's own allocations at exit read as leaks, in plugins
  # no suppression can name; the runs' split is tested in the normal suite.
  CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
    -DPARLEY_LIGHT_GLUE=ON -DPARLEY_MPI=OFF \
    -DPARLEY_FUZZ=ON -DPARLEY_WERROR=OFF -DPARLEY_BUILD_BENCH=OFF -DPARLEY_BUILD_PYTHON=OFF >/dev/null
}

# ThreadSanitizer: clang as the ASan tree, -O1, the same light glue.
configure_tsan_tree() {
  install_sanitizer_tools
  CXX=clang++ cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS=-fsanitize=thread \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -fuse-ld=lld" -DPARLEY_LIGHT_GLUE=ON \
    -DPARLEY_MPI=OFF -DPARLEY_WERROR=OFF -DPARLEY_BUILD_BENCH=OFF -DPARLEY_BUILD_PYTHON=OFF >/dev/null
}
