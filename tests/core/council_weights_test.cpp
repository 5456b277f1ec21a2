// The Council weight tables against the treaties' published totals and dates
// (sources in src/core/council_weights.cpp): 87 votes for the EU-15 (Art. 205(2)
// EC), 124 in the 2004 transition (Act of Accession 2003, Art. 26), 321 / 345 /
// 352 under Nice for EU-25 / 27 / 28. Exact integers: tolerance 0.
#include "parley/council_weights.h"

#include <gtest/gtest.h>

namespace parley::council_weights_test {
namespace {

const CouncilWeights& On(int year, int month, int day) {
  auto table = CouncilWeightsOn({year, month, day});
  EXPECT_TRUE(table) << table.error().ToString();
  return **table;
}

TEST(CouncilWeights, TreatyTotalsAreThePublishedOnes) {
  EXPECT_EQ(On(2003, 6, 1).Total(), 87.0);
  EXPECT_EQ(On(2004, 6, 1).Total(), 124.0);
  EXPECT_EQ(On(2005, 6, 1).Total(), 321.0);
  EXPECT_EQ(On(2010, 6, 1).Total(), 345.0);
  EXPECT_EQ(On(2014, 1, 1).Total(), 352.0);
}

TEST(CouncilWeights, EachTableHasOneWeightPerMemberStateOfItsTime) {
  EXPECT_EQ(On(2003, 6, 1).weights.size(), 15u);
  EXPECT_EQ(On(2004, 6, 1).weights.size(), 25u);
  EXPECT_EQ(On(2005, 6, 1).weights.size(), 25u);
  EXPECT_EQ(On(2010, 6, 1).weights.size(), 27u);
  EXPECT_EQ(On(2014, 1, 1).weights.size(), 28u);
  EXPECT_EQ(On(2016, 1, 1).weights.size(), 28u);
}

TEST(CouncilWeights, GermanyHas10VotesIn2003And29In2006) {
  EXPECT_EQ(On(2003, 6, 1).WeightOf("de"), 10.0);
  EXPECT_EQ(On(2006, 6, 1).WeightOf("de"), 29.0);
  EXPECT_EQ(On(2006, 6, 1).WeightOf("dk"), 7.0);  // Nice: DK, IE, LT, SK, FI 7 each
  EXPECT_EQ(On(2004, 6, 1).WeightOf("pl"), 8.0);  // the transition
  EXPECT_EQ(On(2006, 6, 1).WeightOf("bu"), std::nullopt);
}

TEST(CouncilWeights, TablesChangeOnTheirTreatyDates) {
  EXPECT_EQ(On(2004, 4, 30).id, "eu15");
  EXPECT_EQ(On(2004, 5, 1).id, "eu25-transition");
  EXPECT_EQ(On(2004, 10, 31).id, "eu25-transition");
  EXPECT_EQ(On(2004, 11, 1).id, "nice-eu25");
  EXPECT_EQ(On(2007, 1, 1).id, "nice-eu27");
  EXPECT_EQ(On(2013, 6, 30).id, "nice-eu27");
  EXPECT_EQ(On(2013, 7, 1).WeightOf("cr"), 7.0);
  EXPECT_EQ(On(2014, 10, 31).id, "nice-eu28");
  EXPECT_EQ(On(2014, 11, 1).id, "double-majority");
}

TEST(CouncilWeights, DoubleMajorityWeighsByPopulation) {
  // Eurostat, 1 January 2015: Germany 81,197.5 of 508,450.9 thousand = 15.97 %.
  const CouncilWeights& table = On(2016, 1, 1);
  EXPECT_NEAR(*table.WeightOf("de") / table.Total(), 0.1597, 0.0001);
}

TEST(CouncilWeights, OutsideTheCoveredYearsIsNotFound) {
  EXPECT_FALSE(CouncilWeightsOn({1994, 12, 31}));
  auto late = CouncilWeightsOn({2020, 2, 1});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, ErrorCode::kNotFound);
}

TEST(CouncilWeights, ProposalYearComesFromTheDeuIdentifier) {
  EXPECT_EQ(DeuProposalYear("d00032"), 2000);  // 2000/0032(COD), access to documents
  EXPECT_EQ(DeuProposalYear("d95341"), 1995);
  EXPECT_EQ(DeuProposalYear("n98110"), 1998);
  EXPECT_EQ(DeuProposalYear("d140100"), 2014);
  EXPECT_EQ(DeuProposalYear("p1"), std::nullopt);
  EXPECT_EQ(DeuProposalYear("d0a032"), std::nullopt);
}

TEST(CouncilWeights, DecisionDayIsTheYearAfterTheProposalOrTheLatestAccession) {
  EXPECT_EQ(CouncilDecisionDay(2003, {"de", "fr"}), (CalendarDay{2004, 1, 1}));
  EXPECT_EQ(CouncilDecisionDay(2002, {"de", "pl"}), (CalendarDay{2004, 5, 1}));
  EXPECT_EQ(CouncilDecisionDay(2004, {"de", "bu"}), (CalendarDay{2007, 1, 1}));
  EXPECT_EQ(CouncilDecisionDay(2011, {"cr"}), (CalendarDay{2013, 7, 1}));
  EXPECT_EQ(CouncilDecisionDay(2015, {"com"}), (CalendarDay{2016, 1, 1}));
}

TEST(CouncilWeights, CapabilitySourcesByName) {
  EXPECT_EQ(*CapabilitySourceFromString("council"), CapabilitySource::kCouncil);
  EXPECT_EQ(ToString(*CapabilitySourceFromString("gdp")), "gdp");
  auto bad = CapabilitySourceFromString("votes");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message,
            "unknown capability source 'votes' (allowed: gdp, council, equal)");
}

}  // namespace
}  // namespace parley::council_weights_test
