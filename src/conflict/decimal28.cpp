#include "decimal28.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace parley::exchange_detail {
namespace {

constexpr int kPrecision = 28;
constexpr std::uint64_t kTen19 = 10000000000000000000ull;

__extension__ typedef unsigned __int128 u128;

void Trim(BigUnsigned& a) {
  while (a.used > 0 && a.limb[static_cast<std::size_t>(a.used - 1)] == 0) --a.used;
}

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

BigUnsigned MulSmall(const BigUnsigned& a, std::uint64_t factor, std::uint64_t add = 0) {
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

int BitLength(const BigUnsigned& a) {
  if (a.used == 0) return 0;
  const std::uint64_t top = a.limb[static_cast<std::size_t>(a.used - 1)];
  return (a.used - 1) * 64 + (64 - __builtin_clzll(top));
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
BigUnsigned ShiftUp(const BigUnsigned& a, int k) { return k == 0 ? a : MulBig(a, Pow10(k)); }

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

}  // namespace

BigUnsigned BigUnsigned::Of(std::uint64_t value) {
  BigUnsigned big;
  big.limb[0] = value;
  big.used = value == 0 ? 0 : 1;
  return big;
}

int BigUnsigned::Digits() const {
  if (used == 0) return 0;
  int digits = static_cast<int>((BitLength(*this) - 1) * 0.30102999566398120) + 1;
  while (digits < 154 && CompareBig(*this, Pow10(digits)) >= 0) ++digits;
  while (digits > 1 && CompareBig(*this, Pow10(digits - 1)) < 0) --digits;
  return digits;
}

Decimal28 Decimal28::Rounded(bool negative, BigUnsigned coefficient, int exponent) {
  Decimal28 result;
  const int digits = coefficient.Digits();
  if (digits > kPrecision) {
    const int drop = digits - kPrecision;
    BigUnsigned kept, rest;
    ShiftDown(coefficient, drop, kept, rest);
    // Compare the dropped part with half a unit: 2 x rest against 10^drop.
    const int half = CompareBig(MulSmall(rest, 2), Pow10(drop));
    const bool odd = kept.used > 0 && (kept.limb[0] & 1u) != 0;
    if (half > 0 || (half == 0 && odd)) kept = MulSmall(kept, 1, 1);
    exponent += drop;
    if (CompareBig(kept, Pow10(kPrecision)) == 0) {
      kept = Pow10(kPrecision - 1);
      ++exponent;
    }
    coefficient = kept;
  }
  result.negative_ = negative && !coefficient.IsZero();
  result.exponent_ = coefficient.IsZero() ? 0 : exponent;
  result.coefficient_ = coefficient;
  return result;
}

Decimal28 Decimal28::Parse(std::string_view text) {
  Decimal28 value;
  std::size_t at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) value.negative_ = text[at++] == '-';
  bool fraction = false;
  for (; at < text.size() && text[at] != 'e' && text[at] != 'E'; ++at) {
    if (text[at] == '.') {
      fraction = true;
      continue;
    }
    value.coefficient_ =
        MulSmall(value.coefficient_, 10, static_cast<std::uint64_t>(text[at] - '0'));
    if (fraction) --value.exponent_;
  }
  if (at < text.size()) {
    int shift = 0;
    const char* first = text.data() + at + 1;
    if (*first == '+') ++first;
    std::from_chars(first, text.data() + text.size(), shift);
    value.exponent_ += shift;
  }
  if (value.coefficient_.IsZero()) value = Decimal28{};
  return value;
}

Decimal28 Decimal28::FromDouble(double x) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, x).ptr;
  return Parse(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

Decimal28 Decimal28::FromInt(long long value) {
  Decimal28 result;
  result.negative_ = value < 0;
  result.coefficient_ = BigUnsigned::Of(value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1
                                                  : static_cast<std::uint64_t>(value));
  return result;
}

std::string Decimal28::ToString() const {
  if (IsZero()) return "0";
  std::string digits;
  BigUnsigned rest = coefficient_;
  while (!rest.IsZero()) {
    std::string chunk = std::to_string(DivSmall(rest, kTen19));
    if (!rest.IsZero()) chunk.insert(0, 19 - chunk.size(), '0');
    digits.insert(0, chunk);
  }
  return (negative_ ? "-" : "") + digits + "e" + std::to_string(exponent_);
}

double Decimal28::ToDouble() const { return std::strtod(ToString().c_str(), nullptr); }

Decimal28 Decimal28::operator-() const {
  Decimal28 negated = *this;
  negated.negative_ = !negative_ && !IsZero();
  return negated;
}

Decimal28 Abs(const Decimal28& a) {
  Decimal28 magnitude = a;
  magnitude.negative_ = false;
  return magnitude;
}

Decimal28 Decimal28::AddSigned(const Decimal28& a, const Decimal28& b, bool negate_b) {
  const bool b_negative = b.negative_ != negate_b;
  if (b.IsZero()) return Rounded(a.negative_, a.coefficient_, a.exponent_);
  if (a.IsZero()) return Rounded(b_negative, b.coefficient_, b.exponent_);
  // Digits far below both leading digits only matter as a sticky digit.
  const int top =
      std::max(a.exponent_ + a.coefficient_.Digits(), b.exponent_ + b.coefficient_.Digits());
  const int floor = top - 80;
  BigUnsigned coefficient[2] = {a.coefficient_, b.coefficient_};
  int exponent[2] = {a.exponent_, b.exponent_};
  for (int n = 0; n < 2; ++n) {
    if (exponent[n] >= floor) continue;
    BigUnsigned kept, rest;
    ShiftDown(coefficient[n], floor - exponent[n], kept, rest);
    coefficient[n] = MulSmall(kept, 10, rest.IsZero() ? 0 : 1);
    exponent[n] = floor - 1;
  }
  const int common = std::min(exponent[0], exponent[1]);
  for (int n = 0; n < 2; ++n) coefficient[n] = ShiftUp(coefficient[n], exponent[n] - common);
  if (a.negative_ == b_negative) {
    return Rounded(a.negative_, AddBig(coefficient[0], coefficient[1]), common);
  }
  const int order = CompareBig(coefficient[0], coefficient[1]);
  if (order == 0) return Decimal28{};
  return order > 0 ? Rounded(a.negative_, SubBig(coefficient[0], coefficient[1]), common)
                   : Rounded(b_negative, SubBig(coefficient[1], coefficient[0]), common);
}

Decimal28 operator+(const Decimal28& a, const Decimal28& b) {
  return Decimal28::AddSigned(a, b, false);
}

Decimal28 operator-(const Decimal28& a, const Decimal28& b) {
  return Decimal28::AddSigned(a, b, true);
}

Decimal28 operator*(const Decimal28& a, const Decimal28& b) {
  return Decimal28::Rounded(a.negative_ != b.negative_, MulBig(a.coefficient_, b.coefficient_),
                            a.exponent_ + b.exponent_);
}

Decimal28 operator/(const Decimal28& a, const Decimal28& b) {
  if (a.IsZero() || b.IsZero()) return Decimal28{};  // callers never divide by zero
  // At least 31 quotient digits, then a sticky digit for an inexact rest.
  const int shift = std::max(0, 31 + b.coefficient_.Digits() - a.coefficient_.Digits());
  BigUnsigned quotient, remainder;
  DivModBig(ShiftUp(a.coefficient_, shift), b.coefficient_, quotient, remainder);
  quotient = MulSmall(quotient, 10, remainder.IsZero() ? 0 : 1);
  return Decimal28::Rounded(a.negative_ != b.negative_, quotient,
                            a.exponent_ - b.exponent_ - shift - 1);
}

int Compare(const Decimal28& a, const Decimal28& b) {
  if (a.IsZero() && b.IsZero()) return 0;
  if (a.IsNegative() != b.IsNegative()) return a.IsNegative() ? -1 : 1;
  const Decimal28 difference = a - b;
  return difference.IsZero() ? 0 : (difference.IsNegative() ? -1 : 1);
}

}  // namespace parley::exchange_detail
