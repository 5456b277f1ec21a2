#include "io/csv.h"

#include <gtest/gtest.h>

namespace parley::csv::csv_test {
namespace {

TEST(Csv, SplitsQuotedFieldsWithEscapedQuotesAndCommas) {
  auto rows = Parse("a,\"b, \"\"c\"\"\",d\n", "t.csv");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].fields, (std::vector<std::string>{"a", "b, \"c\"", "d"}));
}

TEST(Csv, SkipsCommentLinesButKeepsTheirLineNumbersCounted) {
  auto rows = Parse("# source: x\nh1,h2\r\n1,2\n", "t.csv");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].line, 3);
  EXPECT_EQ((*rows)[1].fields[1], "2");
}

TEST(Csv, ReportsAnUnterminatedQuoteWithItsLine) {
  auto rows = Parse("a,b\n\"open,c\n", "t.csv");
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().ToString(), "t.csv:2: unterminated quoted field");
}

TEST(Csv, ParsesNumbersAndRejectsNaNAndGarbage) {
  EXPECT_DOUBLE_EQ(*ParseNumber(" 12.5 "), 12.5);
  EXPECT_FALSE(ParseNumber("nan"));
  EXPECT_FALSE(ParseNumber("12abc"));
  EXPECT_FALSE(ParseNumber(""));
}

}  // namespace
}  // namespace parley::csv::csv_test

namespace parley::csv::csv_test {
namespace {

TEST(Csv, QuotesOnlyFieldsThatNeedItAndDoublesInnerQuotes) {
  EXPECT_EQ(Quote("plain"), "plain");
  EXPECT_EQ(Quote("a,b"), "\"a,b\"");
  EXPECT_EQ(Quote("say \"no\""), "\"say \"\"no\"\"\"");
}

TEST(Csv, ReadsBackWhatQuoteWrites) {
  const std::string field = "Nagorno-Karabakh, \"Artsakh\"\nauthorities";
  auto rows = Parse(Quote(field) + ",x\n", "t.csv");
  ASSERT_TRUE(rows);
  EXPECT_EQ((*rows)[0].fields[0], field);
}

}  // namespace
}  // namespace parley::csv::csv_test
