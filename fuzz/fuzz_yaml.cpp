// libFuzzer target: bytes through ParseScenarioText (scripts/fuzz.sh runs it).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::Exercise(parley::ParseScenarioText(parley::fuzz::Bytes(data, size), "in.yaml"));
  return 0;
}
