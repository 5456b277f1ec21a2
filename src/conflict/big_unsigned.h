// Internal: the unsigned integers beneath Decimal28 (decimal28.h): exact
// coefficients of up to 512 bits and the few operations decimal rounding needs.
#pragma once

#include <array>
#include <cstdint>

namespace parley::exchange_detail {

// An unsigned integer of up to 512 bits (about 154 decimal digits), enough
// for the exact intermediate results before rounding to 28 digits.
struct BigUnsigned {
  static constexpr int kLimbs = 8;
  std::array<std::uint64_t, kLimbs> limb{};  // little-endian
  int used = 0;                              // limbs in use; 0 for zero

  static BigUnsigned Of(std::uint64_t value);
  bool IsZero() const { return used == 0; }
  int Digits() const;  // decimal digits; 0 for zero
};

int CompareBig(const BigUnsigned& a, const BigUnsigned& b);
BigUnsigned AddBig(const BigUnsigned& a, const BigUnsigned& b);
BigUnsigned SubBig(const BigUnsigned& a, const BigUnsigned& b);  // a >= b
// a x factor + add.
BigUnsigned MulSmall(const BigUnsigned& a, std::uint64_t factor, std::uint64_t add = 0);
std::uint64_t DivSmall(BigUnsigned& a, std::uint64_t divisor);  // a /= divisor; the remainder
BigUnsigned MulBig(const BigUnsigned& a, const BigUnsigned& b);
const BigUnsigned& Pow10(int k);  // k in [0, 154]
// a x 10^k; and a / 10^k with its remainder.
BigUnsigned ShiftUp(const BigUnsigned& a, int k);
void ShiftDown(const BigUnsigned& a, int k, BigUnsigned& quotient, BigUnsigned& remainder);
// Quotient and remainder of a / b (b != 0).
void DivModBig(const BigUnsigned& a, const BigUnsigned& b, BigUnsigned& quotient,
               BigUnsigned& remainder);

}  // namespace parley::exchange_detail
