// The `decide` preset's decimal arithmetic against Python's decimal module in
// its default context (28 digits, half to even): every expected value below
// was printed by Python 3 (`from decimal import Decimal as D`).
#include "conflict/decimal28.h"

#include <gtest/gtest.h>

namespace parley::exchange_detail::decimal28_test {
namespace {

Decimal28 D(const char* text) { return Decimal28::Parse(text); }

TEST(Decimal28, DividesToTwentyEightDigits) {
  EXPECT_EQ(D("100") / D("6.5"), D("15.38461538461538461538461538"));
  EXPECT_EQ(D("1") / D("3"), D("0.3333333333333333333333333333"));
}

TEST(Decimal28, RoundsHalfToEven) {
  EXPECT_EQ(D("1.0000000000000000000000000005") + D("0"), D("1"));
  EXPECT_EQ(D("1.0000000000000000000000000015") + D("0"), D("1.000000000000000000000000002"));
}

TEST(Decimal28, KeepsTheLastDigitDecideComparesWith) {
  // 100 / 6.5 x 6.5 is below 100 by three units in the 28th digit, so an
  // actor's moves on sample_data's tol-hoogte stay within Decide's 100 cap.
  const Decimal28 product = D("100") / D("6.5") * D("6.5");
  EXPECT_EQ(product, D("99.99999999999999999999999997"));
  EXPECT_LT(product, D("100"));
}

TEST(Decimal28, TakesABinaryConstantExactlyBeforeRounding) {
  // (1 - 0.75) x Decimal(0.4), as Decide's partial adoption computes it.
  const Decimal28 weight = D("0.40000000000000002220446049250313080847263336181640625");
  EXPECT_EQ((D("1") - D("0.75")) * weight, D("0.1000000000000000055511151231"));
}

TEST(Decimal28, SubtractsATinyAmountWithoutLosingTheSign) {
  EXPECT_EQ(D("1") - D("1e-40"), D("1"));
  EXPECT_TRUE((D("2.5") * D("0.1") - D("0.25")).IsZero());
  EXPECT_LT(D("1") - D("1e-40"), D("1.0000000000000000000000000001"));
  EXPECT_EQ(Compare(D("-3"), D("2")), -1);
}

TEST(Decimal28, ReadsADoubleAsItsShortestText) {
  EXPECT_EQ(Decimal28::FromDouble(0.55), D("0.55"));
  EXPECT_DOUBLE_EQ(D("15.38461538461538461538461538").ToDouble(), 100.0 / 6.5);
}

}  // namespace
}  // namespace parley::exchange_detail::decimal28_test
