#include <gtest/gtest.h>

#include "parley/io.h"

namespace parley::deu_csv_test {
namespace {

constexpr const char* kHeader =
    "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
    "position,salience,reference_point,outcome\n";

TEST(DeuCsv, GroupsRowsIntoIssuesAndSkipsActorsWithMissingValues) {
  const std::string text = std::string("# comment\n") + kHeader +
                           "i1,p1,name,Reg,Gen,COD,QMV,de,4.1,0,80,0,100\n"
                           "i1,p1,name,Reg,Gen,COD,QMV,fr,2.8,,20,0,100\n"
                           "i2,p1,name,Reg,Gen,COD,QMV,de,4.1,50,50,,\n";
  auto scenario = ParseDeuCsv(text, "d.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues.size(), 2u);
  EXPECT_EQ(scenario->stances.size(), 2u);  // fr sits out i1: no position
  EXPECT_DOUBLE_EQ(*scenario->issues[0].outcome, 100.0);
  EXPECT_FALSE(scenario->issues[1].outcome.has_value());
}

TEST(DeuCsv, NamesLineFieldAndActorOfABadNumber) {
  const std::string text = std::string(kHeader) + "i1,p1,n,Reg,Gen,COD,QMV,de,4.1,abc,80,0,100\n";
  auto scenario = ParseDeuCsv(text, "d.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "d.csv:2: position 'abc' for actor 'de' on issue 'i1' is not a number");
}

TEST(DeuCsv, LoadsTheDevelopmentSplit) {
  // reference/deu/README.md: 68 proposals, 166 issues in the development split.
  auto scenario = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues.size(), 166u);
  EXPECT_EQ(scenario->id, "deu");
  EXPECT_EQ(scenario->name, "DEU III: EU legislative decisions");
  EXPECT_EQ(scenario->documents.count("deu"), 1u);
}

TEST(DeuCsv, AUsersOwnTableInTheFormatIsNamedAfterItsFileNotAsDeuIii) {
  const std::string text = std::string(kHeader) + "i1,p1,name,Reg,Gen,COD,QMV,de,4.1,0,80,0,100\n";
  auto scenario = ParseDeuCsv(text, "data/council_votes.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->id, "council_votes");
  EXPECT_EQ(scenario->name, "council_votes (DEU-format CSV)");
  EXPECT_TRUE(scenario->documents.empty());
  EXPECT_EQ(scenario->issues[0].provenance.at("outcome").document, "data/council_votes.csv");
}

TEST(DeuCsv, DeuIiiCodesWithAnActorOutsideTheDataSetAreNotDeuIii) {
  const std::string deu_row = "d00032i1,d00032,documents,Reg,General,COD,QMV,de,4.1,0,80,0,100\n";
  auto deu = ParseDeuCsv(std::string(kHeader) + deu_row, "x.csv");
  ASSERT_TRUE(deu) << deu.error().ToString();
  EXPECT_EQ(deu->id, "deu");
  const std::string other = "d00032i1,d00032,documents,Reg,General,COD,QMV,no,0.4,0,80,0,100\n";
  auto mine = ParseDeuCsv(std::string(kHeader) + deu_row + other, "x.csv");
  ASSERT_TRUE(mine) << mine.error().ToString();
  EXPECT_EQ(mine->id, "x");  // Norway is not in DEU
}

}  // namespace
}  // namespace parley::deu_csv_test

namespace parley::deu_csv_test {
namespace {

TEST(DeuCsv, MapsTheCouncilVotingRuleIntoTheIssue) {
  // DEU codebook, column counvte: QMV or Unan.
  const std::string text = std::string(
                               "issue_id,proposal_id,proposal_name,type,council,procedure,"
                               "voting_rule,actor,capability,position,salience,reference_point,"
                               "outcome\n") +
                           "i1,p1,name,Reg,Gen,COD,QMV,de,4.1,0,80,0,100\n"
                           "i2,p2,name,Dir,Gen,CNS,Unan,de,4.1,50,50,,\n"
                           "i3,p3,name,Dir,Gen,CNS,,de,4.1,50,50,,\n";
  auto scenario = ParseDeuCsv(text, "d.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues[0].voting_rule, VotingRule::kQualifiedMajority);
  EXPECT_EQ(scenario->issues[1].voting_rule, VotingRule::kUnanimity);
  EXPECT_FALSE(scenario->issues[2].voting_rule.has_value());
  auto csv = ScenarioToDeuCsv(*scenario);
  ASSERT_TRUE(csv) << csv.error().ToString();
  auto back = ParseDeuCsv(*csv, "back.csv");
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->issues[0].voting_rule, VotingRule::kQualifiedMajority);
  EXPECT_EQ(back->issues[1].voting_rule, VotingRule::kUnanimity);
}

}  // namespace
}  // namespace parley::deu_csv_test
