#include "core/enum_table.h"

#include <gtest/gtest.h>

namespace parley::enum_table_test {
namespace {

enum class Colour { kRed, kDarkBlue, kUnnamed };

constexpr EnumTable<Colour, 2> kColourNames = {{
    {Colour::kRed, "red"},
    {Colour::kDarkBlue, "DarkBlue"},
}};

TEST(EnumTable, NameOfFallsBackForAValueTheTableLacks) {
  EXPECT_EQ(NameOf(kColourNames, Colour::kDarkBlue), "DarkBlue");
  EXPECT_EQ(NameOf(kColourNames, Colour::kUnnamed), "unknown");
  EXPECT_EQ(NameOf(kColourNames, Colour::kUnnamed, "?"), "?");
}

TEST(EnumTable, ValueOfMatchesExactlyAndValueOfIgnoringCaseFoldsCase) {
  EXPECT_EQ(ValueOf(kColourNames, "DarkBlue"), Colour::kDarkBlue);
  EXPECT_EQ(ValueOf(kColourNames, "darkblue"), std::nullopt);
  EXPECT_EQ(ValueOfIgnoringCase(kColourNames, "darkBLUE"), Colour::kDarkBlue);
  EXPECT_EQ(ValueOfIgnoringCase(kColourNames, "dark"), std::nullopt);
}

TEST(EnumTable, NamesValuesAndAllowedNamesKeepTableOrder) {
  EXPECT_EQ(Names(kColourNames), (std::vector<std::string_view>{"red", "DarkBlue"}));
  EXPECT_EQ(Values(kColourNames), (std::vector<Colour>{Colour::kRed, Colour::kDarkBlue}));
  EXPECT_EQ(AllowedNames(kColourNames), "red, DarkBlue");
}

}  // namespace
}  // namespace parley::enum_table_test
