// Internal: decimal floating-point arithmetic with 28 significant digits,
// every result rounded half to even. This is the arithmetic of Python's
// `decimal` module in its default context (the General Decimal Arithmetic
// specification, precision 28, ROUND_HALF_EVEN), in which Decide computes its
// exchanges. The `decide` preset needs it to reproduce Decide's runs exactly:
// Decide ranks near-equal gains and decides whether an outcome passes a
// demander's position by digits that binary doubles round differently.
// Worked number: 100 / 6.5 = 15.38461538461538461538461538 (28 digits).
#pragma once

#include <string>
#include <string_view>

#include "big_unsigned.h"

namespace parley::exchange_detail {

class Decimal28 {
 public:
  Decimal28() = default;  // zero
  // Exact (not rounded), like Python's Decimal("...") : "12.5", "-3e-10".
  static Decimal28 Parse(std::string_view text);
  // Decimal(str(x)) in Python: the shortest text that reads back as x.
  static Decimal28 FromDouble(double x);
  static Decimal28 FromInt(long long value);

  double ToDouble() const;  // correctly rounded
  std::string ToString() const;
  bool IsZero() const { return coefficient_.IsZero(); }
  bool IsNegative() const { return negative_ && !IsZero(); }

  friend Decimal28 operator+(const Decimal28& a, const Decimal28& b);
  friend Decimal28 operator-(const Decimal28& a, const Decimal28& b);
  friend Decimal28 operator*(const Decimal28& a, const Decimal28& b);
  friend Decimal28 operator/(const Decimal28& a, const Decimal28& b);  // b != 0
  Decimal28 operator-() const;
  friend Decimal28 Abs(const Decimal28& a);
  // -1, 0, 1 as a < b, a == b, a > b (exact).
  friend int Compare(const Decimal28& a, const Decimal28& b);
  friend bool operator<(const Decimal28& a, const Decimal28& b) { return Compare(a, b) < 0; }
  friend bool operator>(const Decimal28& a, const Decimal28& b) { return Compare(a, b) > 0; }
  friend bool operator<=(const Decimal28& a, const Decimal28& b) { return Compare(a, b) <= 0; }
  friend bool operator>=(const Decimal28& a, const Decimal28& b) { return Compare(a, b) >= 0; }
  friend bool operator==(const Decimal28& a, const Decimal28& b) { return Compare(a, b) == 0; }

 private:
  // Rounds `coefficient` x 10^exponent to 28 digits, half to even.
  static Decimal28 Rounded(bool negative, BigUnsigned coefficient, int exponent);
  static Decimal28 AddSigned(const Decimal28& a, const Decimal28& b, bool negate_b);

  bool negative_ = false;
  int exponent_ = 0;
  BigUnsigned coefficient_;
};

}  // namespace parley::exchange_detail
