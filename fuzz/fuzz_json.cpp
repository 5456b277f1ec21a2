// libFuzzer target: bytes through ParseScenarioJson (scripts/fuzz.sh runs it).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::Exercise(parley::ParseScenarioJson(parley::fuzz::Bytes(data, size), "in.json"));
  return 0;
}
