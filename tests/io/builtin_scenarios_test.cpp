// Every scenario shipped in scenarios/*.yaml loads, validates, and carries a
// source or an estimate reason for every value (the rule of issue 4, part 6).
#include "parley/builtin_scenarios.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "parley/uncertainty.h"

namespace parley::builtin_scenarios_test {
namespace {

// A source is usable when it names a document the scenario declares, or gives
// an estimate reason.
bool IsUsableSource(const Scenario& scenario, const Source& source) {
  if (source.IsEstimate()) return true;
  return scenario.documents.count(source.document) > 0;
}

using Check = std::function<void(const Provenance&, const std::string&, const std::string&)>;

void CheckEvents(const Scenario& scenario, const Check& check) {
  for (const TimelineEvent& event : scenario.timeline.events) {
    const std::string who = "event '" + event.id + "'";
    check(event.provenance, event.date.empty() ? "round" : "date", who);
    if (!event.capability.empty()) check(event.provenance, "capability", who);
    if (!event.stances.empty()) check(event.provenance, "stances", who);
    if (!event.status_quo.empty()) check(event.provenance, "status_quo", who);
    if (!event.leaves.empty()) check(event.provenance, "leaves", who);
    if (!event.enters.empty()) check(event.provenance, "enters", who);
    if (!event.bellicose.empty()) check(event.provenance, "bellicose", who);
    if (!event.measures.empty()) check(event.provenance, "measures", who);
    if (event.regime) check(event.provenance, "regime", who);
    if (!event.military.empty()) check(event.provenance, "military", who);
    if (!event.commitments.empty()) check(event.provenance, "commitments", who);
  }
}

void CheckEngagement(const Scenario& scenario, const Check& check) {
  const EngagementSettings& engagement = scenario.engagement;
  if (engagement.default_trust) check(engagement.provenance, "default_trust", "engagement");
  for (const TrustLink& link : engagement.trust) {
    check(link.provenance, "trust",
          "trust " + scenario.actors[link.first].id + "-" + scenario.actors[link.second].id);
  }
  for (const EngagementPolicy& policy : engagement.policies) {
    const std::string who = "policy of '" + scenario.actors[policy.actor].id + "'";
    if (policy.requires_settlement_link) check(policy.provenance, "requires_settlement_link", who);
    if (!policy.exempt_types.empty()) check(policy.provenance, "exempt_types", who);
    if (!policy.rejected_types.empty()) check(policy.provenance, "rejected_types", who);
  }
  for (const EngagementMeasure& measure : engagement.measures) {
    for (const char* field : {"type", "parties", "attributes"}) {
      check(measure.provenance, field, "measure '" + measure.id + "'");
    }
  }
}

// Military strengths, costs of fighting and commitments: each value's source
// also gives the reason for its range.
void CheckForce(const Scenario& scenario, const Check& check) {
  for (const Actor& actor : scenario.actors) {
    if (actor.military) check(actor.provenance, "military", "actor '" + actor.id + "'");
  }
  const ForceSettings& force = scenario.force;
  if (force.default_cost) check(force.provenance, "cost", "force");
  for (const ForceCost& cost : force.costs) {
    check(cost.provenance, "cost",
          "cost " + scenario.actors[cost.actor].id + "/" + scenario.issues[cost.issue].id);
  }
  for (const ForceCommitment& c : force.commitments) {
    check(c.provenance, "share",
          "commitment " + scenario.actors[c.patron].id + "/" + scenario.actors[c.client].id);
  }
}

// Every missing or unusable source, as "actor 'AZE': capability" lines.
std::vector<std::string> UnsourcedValues(const Scenario& scenario) {
  std::vector<std::string> missing;
  const Check check = [&](const Provenance& provenance, const std::string& field,
                          const std::string& who) {
    const auto found = provenance.find(field);
    if (found == provenance.end() || !IsUsableSource(scenario, found->second)) {
      missing.push_back(who + ": " + field);
    }
  };
  for (const Actor& actor : scenario.actors) {
    check(actor.provenance, "capability", "actor '" + actor.id + "'");
    if (actor.capability_range)
      check(actor.provenance, "capability_range", "actor '" + actor.id + "'");
  }
  for (const Issue& issue : scenario.issues) {
    if (issue.status_quo) check(issue.provenance, "status_quo", "issue '" + issue.id + "'");
  }
  for (const Stance& stance : scenario.stances) {
    const std::string who =
        "stance " + scenario.actors[stance.actor].id + "/" + scenario.issues[stance.issue].id;
    check(stance.provenance, "position", who);
    check(stance.provenance, "salience", who);
    if (stance.red_line) check(stance.provenance, "red_line", who);
    if (stance.position_range) check(stance.provenance, "position_range", who);
    if (stance.salience_range) check(stance.provenance, "salience_range", who);
  }
  const UncertaintySettings& section = scenario.uncertainty;
  if (section.position_sd) check(section.provenance, "position", "uncertainty");
  if (section.salience_sd) check(section.provenance, "salience", "uncertainty");
  if (section.capability_factor) check(section.provenance, "capability", "uncertainty");
  CheckEvents(scenario, check);
  CheckEngagement(scenario, check);
  CheckForce(scenario, check);
  return missing;
}

// Lower-case letters and digits only, so that quotes match the seed text
// whatever its quote marks, dashes, line breaks or markup.
std::string Normalised(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// The seed file a document title names ("... (shared/seeds/001_x.txt)").
std::optional<std::string> SeedFile(const std::string& title) {
  const auto start = title.find("shared/seeds/");
  if (start == std::string::npos) return std::nullopt;
  const auto name = start + std::string("shared/seeds/").size();
  const auto end = title.find(')', name);
  return std::string(PARLEY_SHARED_DIR) + "/seeds/" + title.substr(name, end - name);
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Paragraph N of a seed: its N-th line with text (docs/scenarios/README.md).
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!Normalised(line).empty() || line.find_first_not_of(" \t\r") != std::string::npos) {
      paragraphs.push_back(line);
    }
  }
  return paragraphs;
}

// A locator "para. 7", "paras. 9, 12" or "para. 23 and note 19": the first part
// of the quote must occur in one of the paragraphs it names. Other locators pass.
bool QuoteInLocatedParagraphs(const std::string& text, const Source& source) {
  if (source.locator.rfind("para", 0) != 0) return true;
  const std::string locator = source.locator.substr(0, source.locator.find(" and note"));
  const std::string first = Normalised(source.quote.substr(0, source.quote.find("...")));
  const std::vector<std::string> paragraphs = Paragraphs(text);
  std::istringstream numbers(locator.substr(locator.find_first_of("0123456789")));
  for (std::string token; std::getline(numbers, token, ',');) {
    const std::size_t n = std::stoul(token);
    if (n >= 1 && n <= paragraphs.size() &&
        Normalised(paragraphs[n - 1]).find(first) != std::string::npos) {
      return true;
    }
  }
  return false;
}

void ForEachProvenance(const Scenario& scenario,
                       const std::function<void(const Provenance&)>& use) {
  for (const Actor& actor : scenario.actors) use(actor.provenance);
  for (const Issue& issue : scenario.issues) use(issue.provenance);
  for (const Stance& stance : scenario.stances) use(stance.provenance);
  use(scenario.uncertainty.provenance);
  for (const TimelineEvent& event : scenario.timeline.events) use(event.provenance);
  use(scenario.engagement.provenance);
  for (const TrustLink& link : scenario.engagement.trust) use(link.provenance);
  for (const EngagementPolicy& policy : scenario.engagement.policies) use(policy.provenance);
  for (const EngagementMeasure& measure : scenario.engagement.measures) use(measure.provenance);
  use(scenario.force.provenance);
  for (const ForceCost& cost : scenario.force.costs) use(cost.provenance);
  for (const ForceCommitment& c : scenario.force.commitments) use(c.provenance);
}

// Quotes (each part between "...") that do not occur in their seed document.
std::vector<std::string> MisquotedSources(const Scenario& scenario) {
  std::vector<std::string> wrong;
  ForEachProvenance(scenario, [&](const Provenance& provenance) {
    for (const auto& [field, source] : provenance) {
      const auto title = scenario.documents.find(source.document);
      if (source.quote.empty() || title == scenario.documents.end()) continue;
      const auto file = SeedFile(title->second);
      if (!file) continue;
      const std::string seed = Normalised(ReadAll(*file));
      if (!QuoteInLocatedParagraphs(ReadAll(*file), source)) {
        wrong.push_back(field + ": not in " + source.locator + ": \"" + source.quote + "\"");
      }
      std::string_view rest = source.quote;
      while (!rest.empty()) {
        const auto cut = rest.find("...");
        const std::string part = Normalised(rest.substr(0, cut));
        if (!part.empty() && seed.find(part) == std::string::npos) {
          wrong.push_back(field + ": \"" + std::string(rest.substr(0, cut)) + "\"");
        }
        rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 3);
      }
    }
  });
  return wrong;
}

TEST(BuiltinScenarios, TheDefaultScenarioIsLachin2023) {
  EXPECT_EQ(DefaultScenarioId(), "lachin-2023");
}

TEST(BuiltinScenarios, TheDefaultScenarioLoadsAndValidates) {
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->id, "lachin-2023");
  EXPECT_EQ(scenario->as_of, "2023-02-15");
}

TEST(BuiltinScenarios, TheDefaultScenarioStaysSmallEnoughForIssueTwo) {
  // Brief for the default scenario: 6-10 actors, 2-3 issues.
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_GE(scenario->actors.size(), 6u);
  EXPECT_LE(scenario->actors.size(), 10u);
  EXPECT_GE(scenario->issues.size(), 2u);
  EXPECT_LE(scenario->issues.size(), 3u);
}

TEST(BuiltinScenarios, TheDefaultScenarioCodesAzerbaijansCheckpointDemandAtTheScaleTop) {
  // seed001 para. 15: "an Azerbaijani demand for checkpoints along the Lachin Corridor";
  // the checkpoints scale puts "Azerbaijani checkpoints" at 100.
  constexpr double kExact = 1e-12;
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const Stance* stance =
      scenario->FindStance(*scenario->FindActor("AZE"), *scenario->FindIssue("checkpoints"));
  ASSERT_NE(stance, nullptr);
  EXPECT_NEAR(stance->position, 100.0, kExact);
  EXPECT_NEAR(stance->salience, 0.90, kExact);  // 90 on salience_scale 100
}

TEST(BuiltinScenarios, EveryBuiltinScenarioIsListed) {
  const std::vector<BuiltinScenarioInfo> list = ListBuiltinScenarios();
  std::vector<std::string> ids;
  for (const BuiltinScenarioInfo& info : list) ids.push_back(info.id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "lachin-2023"), ids.end());
}

TEST(BuiltinScenarios, TheListingGivesTheNameAndDateTheParsedScenarioHas) {
  // The listing reads two top-level lines of each file instead of parsing it.
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id;
    EXPECT_EQ(info.name, scenario->name) << info.id;
    EXPECT_EQ(info.as_of, scenario->as_of) << info.id;
  }
}

TEST(BuiltinScenarios, EveryBuiltinScenarioLoadsAndValidates) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    EXPECT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
  }
}

TEST(BuiltinScenarios, EveryValueInEveryBuiltinScenarioHasASourceOrAnEstimateReason) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
    const std::vector<std::string> missing = UnsourcedValues(*scenario);
    std::string listing;
    for (const std::string& line : missing) listing += "\n  " + line;
    EXPECT_TRUE(missing.empty()) << info.id << " has values without a source:" << listing;
  }
}

TEST(BuiltinScenarios, EveryQuoteInEveryBuiltinScenarioOccursInItsSeedDocument) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
    std::string listing;
    for (const std::string& line : MisquotedSources(*scenario)) listing += "\n  " + line;
    EXPECT_TRUE(listing.empty()) << info.id << " quotes text its seed does not contain:" << listing;
  }
}

TEST(BuiltinScenarios, TheLachinAndGeorgiaScenariosCarryRanges) {
  for (const char* id : {"lachin-2023", "lachin-blockade-2022", "georgia-2018"}) {
    const auto scenario = LoadBuiltinScenario(id);
    ASSERT_TRUE(scenario) << id << ": " << scenario.error().ToString();
    EXPECT_GE(ListUncertainInputs(*scenario).size(), 10u) << id;
  }
}

TEST(BuiltinScenarios, EveryDrawFromABuiltinScenarioIsAValidScenario) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
    for (std::uint64_t run = 0; run < 20; ++run) {
      const Scenario drawn = DrawScenario(*scenario, 2023, run);
      const Status status = ValidateScenario(drawn);
      EXPECT_TRUE(status) << info.id << " run " << run << ": " << status.error().ToString();
    }
  }
}

TEST(BuiltinScenarios, TheIssueFourScenariosAreBuiltIn) {
  for (const char* id :
       {"georgia-2018", "karabakh-2016", "lachin-blockade-2022", "syria-astana-2017"}) {
    const auto scenario = LoadBuiltinScenario(id);
    EXPECT_TRUE(scenario) << id << ": " << scenario.error().ToString();
  }
}

}  // namespace
}  // namespace parley::builtin_scenarios_test
