// --capability council on DEU data: each proposal's member states weighted by
// the Council votes of its time (hand-derived from the treaty tables,
// src/core/council_weights.cpp), the Commission keeping the file's value.
#include <gtest/gtest.h>

#include <string>

#include "parley/council_weights.h"
#include "parley/io.h"

namespace parley::deu_council_capability_test {
namespace {

constexpr const char* kHeader =
    "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
    "position,salience,reference_point,outcome\n";

// One issue of `proposal` on which every state of `states` and the Commission
// take a stance; every capability 2 (the file's GDP would differ by state).
std::string Proposal(const std::string& proposal, const std::vector<std::string>& states) {
  std::string rows;
  for (const std::string& state : states) {
    rows += proposal + "i1," + proposal + ",n,Reg,General,COD,QMV," + state + ",2,50,50,0,40\n";
  }
  return rows + proposal + "i1," + proposal + ",n,Reg,General,COD,QMV,com,4.1,50,50,0,40\n";
}

const std::vector<std::string> kEu15 = {"at", "be", "de", "dk", "el", "es", "fi", "fr",
                                        "ie", "it", "lu", "nl", "pt", "se", "uk"};
const std::vector<std::string> kEu25 = {"at", "be", "cy", "cz", "de", "dk", "ee", "el", "es",
                                        "fi", "fr", "hu", "ie", "it", "lt", "lu", "lv", "mt",
                                        "nl", "pl", "pt", "se", "si", "sk", "uk"};

double CapabilityOf(const Scenario& scenario, const std::string& id) {
  auto found = scenario.FindActor(id);
  EXPECT_TRUE(found) << id;
  return found ? scenario.actors[*found].capability : 0.0;
}

Scenario Council(const std::string& text) {
  auto read = ParseDeuCsv(text, "c.csv");
  EXPECT_TRUE(read) << read.error().ToString();
  auto council = WithCapability(*read, CapabilitySource::kCouncil);
  EXPECT_TRUE(council) << council.error().ToString();
  return *council;
}

TEST(DeuCouncilCapability, AProposalOf2003GivesGermany10Of87) {
  // 15 states x capability 2 = 30 shared by votes: Germany 10 / 87 x 30.
  const Scenario scenario = Council(kHeader + Proposal("d03001", kEu15));
  EXPECT_NEAR(CapabilityOf(scenario, "de@eu15"), 10.0 / 87.0 * 30.0, 1e-12);
  EXPECT_NEAR(CapabilityOf(scenario, "lu@eu15"), 2.0 / 87.0 * 30.0, 1e-12);
  EXPECT_DOUBLE_EQ(CapabilityOf(scenario, "com"), 4.1);  // the file's value
}

TEST(DeuCouncilCapability, AProposalOf2006GivesGermanyItsNiceVotes29) {
  // Decided from 1 January 2007: the Nice votes of the EU-27, of which the
  // 25 states with a stance hold 321 (Bulgaria and Romania are not actors here).
  const Scenario scenario = Council(kHeader + Proposal("d06001", kEu25));
  EXPECT_NEAR(CapabilityOf(scenario, "de@nice-eu27"), 29.0 / 321.0 * 50.0, 1e-12);
  EXPECT_NEAR(CapabilityOf(scenario, "mt@nice-eu27"), 3.0 / 321.0 * 50.0, 1e-12);
}

TEST(DeuCouncilCapability, EachProposalKeepsTheWeightsOfItsOwnTime) {
  const Scenario scenario =
      Council(kHeader + Proposal("d03001", kEu15) + Proposal("d06001", kEu25));
  EXPECT_EQ(scenario.actors.size(), 15u + 25u + 1u);  // a copy per state and table, one com
  // Germany's share of the member states' capability on each proposal.
  EXPECT_NEAR(CapabilityOf(scenario, "de@eu15") / 30.0, 10.0 / 87.0, 1e-12);
  EXPECT_NEAR(CapabilityOf(scenario, "de@nice-eu27") / 50.0, 29.0 / 321.0, 1e-12);
  for (const Stance& stance : scenario.stances) {
    const std::string& actor = scenario.actors[stance.actor].id;
    const std::string& proposal = scenario.issues[stance.issue].group;
    if (actor == "com") continue;
    EXPECT_EQ(actor.substr(actor.find('@')), proposal == "d03001" ? "@eu15" : "@nice-eu27");
  }
}

TEST(DeuCouncilCapability, EqualGivesEveryActorOne) {
  auto read = ParseDeuCsv(kHeader + Proposal("d03001", kEu15), "c.csv");
  ASSERT_TRUE(read);
  auto equal = WithCapability(*read, CapabilitySource::kEqual);
  ASSERT_TRUE(equal);
  for (const Actor& actor : equal->actors) EXPECT_EQ(actor.capability, 1.0) << actor.id;
}

TEST(DeuCouncilCapability, AProposalWithoutAYearIsAnErrorNamingIt) {
  auto read =
      ParseDeuCsv(std::string(kHeader) + "i1,p1,n,Reg,Gen,COD,QMV,de,2,50,50,0,40\n", "c.csv");
  ASSERT_TRUE(read);
  auto council = WithCapability(*read, CapabilitySource::kCouncil);
  ASSERT_FALSE(council);
  EXPECT_EQ(council.error().ToString(),
            "c.csv:2: --capability council: cannot tell the year of proposal 'p1' of issue 'i1' "
            "(DEU proposal codes are a letter, the year's two digits and a number, e.g. d00032)");
}

TEST(DeuCouncilCapability, AnActorThatIsNoMemberStateIsAnErrorNamingIt) {
  auto read = ParseDeuCsv(
      std::string(kHeader) + "d03001i1,d03001,n,Reg,Gen,COD,QMV,no,2,50,50,0,40\n", "c.csv");
  ASSERT_TRUE(read);
  auto council = WithCapability(*read, CapabilitySource::kCouncil);
  ASSERT_FALSE(council);
  EXPECT_NE(council.error().ToString().find("actor 'no' on issue 'd03001i1' is not a DEU"),
            std::string::npos)
      << council.error().ToString();
}

TEST(DeuCouncilCapability, TheDevelopmentSplitUsesEveryTableItsYearsReach) {
  // Proposals 1995-2017: the EU-15 votes (to 2003), Nice (2004-2013 with the
  // EU-25, -27 states), the double majority (2014 on); never the 2004
  // transition, since a proposal of 2003 is taken as decided on 1 January 2004.
  auto read = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv");
  ASSERT_TRUE(read) << read.error().ToString();
  auto council = WithCapability(*read, CapabilitySource::kCouncil);
  ASSERT_TRUE(council) << council.error().ToString();
  EXPECT_TRUE(council->FindActor("de@eu15"));
  EXPECT_TRUE(council->FindActor("de@nice-eu25"));
  EXPECT_TRUE(council->FindActor("de@nice-eu27"));
  EXPECT_TRUE(council->FindActor("de@double-majority"));
  EXPECT_FALSE(council->FindActor("de@eu25-transition"));
  EXPECT_EQ(council->stances.size(), read->stances.size());
}

}  // namespace
}  // namespace parley::deu_council_capability_test
