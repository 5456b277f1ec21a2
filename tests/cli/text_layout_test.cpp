// The terminal layout helpers: one number format, wrapping at spaces.
#include "cli/text_layout.h"

#include <gtest/gtest.h>

namespace parley::cli::text_layout_test {
namespace {

TEST(TextLayout, NumbersHaveOneDecimalAndNoNegativeZero) {
  EXPECT_EQ(Number(69.8694), "69.9");
  EXPECT_EQ(Number(30.0), "30.0");
  EXPECT_EQ(Number(-0.01), "0.0");
}

TEST(TextLayout, WrapBreaksAtSpacesWithAHangingIndent) {
  EXPECT_EQ(Wrap("aaa bbb ccc", "> ", "  ", 9), "> aaa bbb\n  ccc\n");
  EXPECT_EQ(Wrap("short", "", "", 100), "short\n");
}

TEST(TextLayout, WrapCutsAWordLongerThanALine) {
  EXPECT_EQ(Wrap("abcdefghij", "", "", 4), "abcd\nefgh\nij\n");
}

TEST(TextLayout, RenderWrappedAlignsColumnsAndWrapsTheLastUnderItself) {
  // The last column starts at 13: 37 characters of room on a 50-column line.
  const std::string text = RenderWrapped(
      {{"model", "n", "forecast"}, {"eum", "20", "a cycle of period 2 between rounds 18 and 20"}},
      2, "lrl", 50);
  EXPECT_EQ(text,
            "  model   n  forecast\n"
            "  eum    20  a cycle of period 2 between rounds 18\n"
            "             and 20\n");
}

TEST(TextLayout, RenderWrappedHangsNarrowLastColumnsFourPastTheIndent) {
  // 13 + 30 > 22: continuation lines start at 2 + 4.
  const std::string text = RenderWrapped(
      {{"model", "n", "forecast"}, {"eum", "20", "one two three four"}}, 2, "lrl", 22);
  EXPECT_EQ(text,
            "  model   n  forecast\n"
            "  eum    20  one two\n"
            "      three four\n");
}

TEST(TextLayout, JoinedListUsesAnd) {
  EXPECT_EQ(JoinedList({"ARM"}), "ARM");
  EXPECT_EQ(JoinedList({"ARM", "NKR", "IRN"}), "ARM, NKR and IRN");
}

}  // namespace
}  // namespace parley::cli::text_layout_test
