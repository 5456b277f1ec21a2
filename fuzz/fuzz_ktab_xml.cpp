// libFuzzer target: bytes through ParseKtabXml (scripts/fuzz.sh runs it).
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::Exercise(parley::ParseKtabXml(parley::fuzz::Bytes(data, size), "in.xml"));
  return 0;
}
