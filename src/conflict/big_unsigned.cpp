#include "big_unsigned.h"

#include <algorithm>

namespace parley::exchange_detail {
namespace {

__extension__ typedef unsigned __int128 u128;

void Trim(BigUnsigned& a) {
  while (a.used > 0 && a.limb[static_cast<std::size_t>(a.used - 1)] == 0) --a.used;
}

int BitLength(const BigUnsigned& a) {
  if (a.used == 0) return 0;
  const std::uint64_t top = a.limb[static_cast<std::size_t>(a.used - 1)];
  return (a.used - 1) * 64 + (64 - __builtin_clzll(top));
}

}  // namespace

int CompareBig(const BigUnsigned& a, const BigUnsigned& b) {
  if (a.used != b.used) return a.used < b.used ? -1 : 1;
  for (int k = a.used - 1; k >= 0; --k) {
    const auto n = static_cast<std::size_t>(k);
    if (a.limb[n] != b.limb[n]) return a.limb[n] < b.limb[n] ? -1 : 1;
  }
  return 0;
}

BigUnsigned AddBig(const BigUnsigned& a, const BigUnsigned& b) {
  BigUnsigned sum;
  u128 carry = 0;
  const int n = std::max(a.used, b.used);
  for (int k = 0; k < n || (carry != 0 && k < BigUnsigned::kLimbs); ++k) {
    const auto m = static_cast<std::size_t>(k);
    carry += static_cast<u128>(a.limb[m]) + b.limb[m];
    sum.limb[m] = static_cast<std::uint64_t>(carry);
    carry >>= 64;
    sum.used = k + 1;
  }
  Trim(sum);
  return sum;
}

BigUnsigned SubBig(const BigUnsigned& a, const BigUnsigned& b) {  // a >= b
  BigUnsigned difference;
  std::uint64_t borrow = 0;
  for (int k = 0; k < a.used; ++k) {
    const auto m = static_cast<std::size_t>(k);
    const u128 subtrahend = static_cast<u128>(b.limb[m]) + borrow;
    const u128 minuend = a.limb[m];
    borrow = minuend < subtrahend ? 1 : 0;
    difference.limb[m] =
        static_cast<std::uint64_t>((minuend + (static_cast<u128>(borrow) << 64)) - subtrahend);
  }
  difference.used = a.used;
  Trim(difference);
  return difference;
}

BigUnsigned MulSmall(const BigUnsigned& a, std::uint64_t factor, std::uint64_t add) {
  BigUnsigned product;
  u128 carry = add;
  int k = 0;
  for (; k < a.used; ++k) {
    const auto m = static_cast<std::size_t>(k);
    carry += static_cast<u128>(a.limb[m]) * factor;
    product.limb[m] = static_cast<std::uint64_t>(carry);
    carry >>= 64;
  }
  if (carry != 0 && k < BigUnsigned::kLimbs)
    product.limb[static_cast<std::size_t>(k++)] = static_cast<std::uint64_t>(carry);
  product.used = k;
  Trim(product);
  return product;
}

// a /= divisor; returns the remainder.
std::uint64_t DivSmall(BigUnsigned& a, std::uint64_t divisor) {
  u128 remainder = 0;
  for (int k = a.used - 1; k >= 0; --k) {
    const auto m = static_cast<std::size_t>(k);
    const u128 current = (remainder << 64) | a.limb[m];
    a.limb[m] = static_cast<std::uint64_t>(current / divisor);
    remainder = current % divisor;
  }
  Trim(a);
  return static_cast<std::uint64_t>(remainder);
}

BigUnsigned MulBig(const BigUnsigned& a, const BigUnsigned& b) {
  BigUnsigned product;
  for (int x = 0; x < a.used; ++x) {
    u128 carry = 0;
    int y = 0;
    for (; y < b.used && x + y < BigUnsigned::kLimbs; ++y) {
      const auto n = static_cast<std::size_t>(x + y);
      carry += static_cast<u128>(a.limb[static_cast<std::size_t>(x)]) *
                   b.limb[static_cast<std::size_t>(y)] +
               product.limb[n];
      product.limb[n] = static_cast<std::uint64_t>(carry);
      carry >>= 64;
    }
    for (int n = x + y; carry != 0 && n < BigUnsigned::kLimbs; ++n) {
      carry += product.limb[static_cast<std::size_t>(n)];
      product.limb[static_cast<std::size_t>(n)] = static_cast<std::uint64_t>(carry);
      carry >>= 64;
    }
  }
  product.used = BigUnsigned::kLimbs;
  Trim(product);
  return product;
}

// Binary long division: quotient and remainder of a / b (b != 0).
void DivModBig(const BigUnsigned& a, const BigUnsigned& b, BigUnsigned& quotient,
               BigUnsigned& remainder) {
  if (b.used == 1) {  // the common case: a divisor of at most 19 digits
    quotient = a;
    remainder = BigUnsigned::Of(DivSmall(quotient, b.limb[0]));
    return;
  }
  quotient = BigUnsigned{};
  remainder = BigUnsigned{};
  for (int bit = BitLength(a) - 1; bit >= 0; --bit) {
    remainder =
        MulSmall(remainder, 2, (a.limb[static_cast<std::size_t>(bit / 64)] >> (bit % 64)) & 1u);
    if (CompareBig(remainder, b) >= 0) {
      remainder = SubBig(remainder, b);
      quotient.limb[static_cast<std::size_t>(bit / 64)] |= std::uint64_t{1} << (bit % 64);
      quotient.used = std::max(quotient.used, bit / 64 + 1);
    }
  }
  Trim(quotient);
}

const BigUnsigned& Pow10(int k) {
  static const auto table = [] {
    std::array<BigUnsigned, 155> powers{};
    powers[0] = BigUnsigned::Of(1);
    for (std::size_t n = 1; n < powers.size(); ++n) powers[n] = MulSmall(powers[n - 1], 10);
    return powers;
  }();
  return table[static_cast<std::size_t>(k)];
}

// a x 10^k, or (a / 10^k, remainder) for the division below.
BigUnsigned ShiftUp(const BigUnsigned& a, int k) {
  if (k == 0) return a;
  if (k <= 19) {
    std::uint64_t factor = 1;
    for (int n = 0; n < k; ++n) factor *= 10;
    return MulSmall(a, factor);
  }
  return MulBig(a, Pow10(k));
}

void ShiftDown(const BigUnsigned& a, int k, BigUnsigned& quotient, BigUnsigned& remainder) {
  if (k <= 19) {
    quotient = a;
    std::uint64_t divisor = 1;
    for (int n = 0; n < k; ++n) divisor *= 10;
    remainder = BigUnsigned::Of(DivSmall(quotient, divisor));
    return;
  }
  quotient = a;
  for (int left = k; left > 0; left -= 19) {
    std::uint64_t divisor = 1;
    for (int n = 0; n < std::min(left, 19); ++n) divisor *= 10;
    DivSmall(quotient, divisor);
  }
  remainder = SubBig(a, MulBig(quotient, Pow10(k)));
}

BigUnsigned BigUnsigned::Of(std::uint64_t value) {
  BigUnsigned big;
  big.limb[0] = value;
  big.used = value == 0 ? 0 : 1;
  return big;
}

int BigUnsigned::Digits() const {
  if (used == 0) return 0;
  if (used <= 2) {  // up to 38 digits: one comparison with a power of ten in 128 bits
    static constexpr auto kPowers = [] {
      std::array<u128, 39> powers{};
      powers[0] = 1;
      for (std::size_t n = 1; n < powers.size(); ++n) powers[n] = powers[n - 1] * 10;
      return powers;
    }();
    const u128 value = (static_cast<u128>(limb[1]) << 64) | limb[0];
    const int estimate = static_cast<int>((BitLength(*this) - 1) * 0.30102999566398120) + 1;
    if (estimate < 39 && value >= kPowers[static_cast<std::size_t>(estimate)]) return estimate + 1;
    return estimate;
  }
  int digits = static_cast<int>((BitLength(*this) - 1) * 0.30102999566398120) + 1;
  while (digits < 154 && CompareBig(*this, Pow10(digits)) >= 0) ++digits;
  while (digits > 1 && CompareBig(*this, Pow10(digits - 1)) < 0) --digits;
  return digits;
}

}  // namespace parley::exchange_detail
