// `parley compare-regimes` says why regimes give the same outcomes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_support.h"

namespace parley::regime_sameness_cli_test {
namespace {

using testing::RunCli;

TEST(CompareRegimesCli, SaysWhyTheThreeRegimesAgreeOnLachin2023) {
  // lachin-2023 names no exclusions, coercion, force or clients; the
  // compromise model is a weighted mean. All three columns are identical.
  const auto result = RunCli({"compare-regimes"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Why regimes give the same outcomes"), std::string::npos);
  EXPECT_NE(result.out.find("hierarchical gives the same outcomes as inclusive: nobody is "
                            "excluded; every issue is on the"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("no coercion (factor 1); no force before talks."), std::string::npos);
  EXPECT_NE(result.out.find("multipolar gives the same outcomes as inclusive"), std::string::npos);
  EXPECT_NE(result.out.find("(the model is linear in the weights)"), std::string::npos);
}

TEST(CompareRegimesCli, OnlyTheRegimesThatAgreeAreExplained) {
  // Coercion x2 moves the hierarchical compromise (checkpoints 53.6 -> 48.7);
  // the multipolar one still equals the inclusive one.
  const auto result = RunCli({"compare-regimes", "--coercion", "2", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto& same = json["comparisons"][0]["same_outcomes"];
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0]["regime"], "multipolar");
  EXPECT_EQ(same[0]["same_as"], "inclusive");
}

}  // namespace
}  // namespace parley::regime_sameness_cli_test
