#include "decimal28.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace parley::exchange_detail {
namespace {

constexpr int kPrecision = 28;
constexpr std::uint64_t kTen19 = 10000000000000000000ull;

}  // namespace

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
