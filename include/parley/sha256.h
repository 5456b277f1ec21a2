// SHA-256 (NIST FIPS 180-4, "Secure Hash Standard", 2015, section 6.2), for
// the forecast ledger's digests and hash chain. Sha256Hex("abc") =
// "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
// (FIPS 180-4 example, NIST CSRC "SHA256.pdf").
#pragma once

#include <string>
#include <string_view>

namespace parley {

// The digest of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace parley
