// libFuzzer target: bytes through ParseActorCsv (scripts/fuzz.sh runs it).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::Exercise(parley::ParseActorCsv(parley::fuzz::Bytes(data, size), "in.csv"));
  return 0;
}
