// EumOptions: preset and switch names, validation ranges, and the choices each
// preset makes for the ambiguities of models.md 3.3.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "parley/eum.h"
#include "parley/eum_detail.h"

namespace parley::eum_options_test {
namespace {

TEST(EumOptions, NamesEveryPresetAndReadsTheNameBack) {
  for (EumPreset preset : {EumPreset::kScholzCode, EumPreset::kPaper}) {
    EXPECT_EQ(EumPresetFromString(ToString(preset)).value(), preset);
  }
  EXPECT_EQ(ToString(EumPreset::kScholzCode), "scholz_code");
  EXPECT_EQ(ToString(EumPreset::kPaper), "paper");
}

TEST(EumOptions, ReadsEverySwitchNameBack) {
  for (auto value : {EumPerspective::kViewer, EumPerspective::kOwn}) {
    EXPECT_EQ(EumPerspectiveFromString(ToString(value)).value(), value);
  }
  for (auto value : {EumProbability::kPrinted, EumProbability::kScholzNormaliser}) {
    EXPECT_EQ(EumProbabilityFromString(ToString(value)).value(), value);
  }
  for (auto value : {EumRange::kInitialPositions, EumRange::kCurrentPositions, EumRange::kScale}) {
    EXPECT_EQ(EumRangeFromString(ToString(value)).value(), value);
  }
  for (auto value : {EumOfferSelection::kScholzCode, EumOfferSelection::kMostEnforceable,
                     EumOfferSelection::kSmallestMove}) {
    EXPECT_EQ(EumOfferSelectionFromString(ToString(value)).value(), value);
  }
}

TEST(EumOptions, RejectsAnUnknownPresetListingTheAllowedNames) {
  const auto preset = EumPresetFromString("scholz");
  ASSERT_FALSE(preset);
  EXPECT_EQ(preset.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(preset.error().message.find("scholz_code, paper"), std::string::npos);
}

TEST(EumOptions, AcceptsTheDefaults) { EXPECT_TRUE(ValidateEumOptions(EumOptions{})); }

TEST(EumOptions, RejectsEachFieldOutsideItsRange) {
  const auto invalid = [](auto edit) {
    EumOptions options;
    options.preset = EumPreset::kPaper;
    edit(options);
    const Status status = ValidateEumOptions(options);
    return !status && status.error().code == ErrorCode::kInvalidArgument;
  };
  EXPECT_TRUE(invalid([](EumOptions& o) { o.q = -0.1; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.q = std::nan(""); }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.max_rounds = 0; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.max_rounds = 10001; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.stop_tolerance = 0.0; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.stop_tolerance = 1.0; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.stop_patience = 0; }));
  EXPECT_TRUE(invalid([](EumOptions& o) { o.stop_patience = 101; }));
  EXPECT_FALSE(invalid([](EumOptions& o) { o.q = 0.5; }));
}

// models.md 3.4 item 4: the Scholz-code variant has no (1 - Q) branch.
TEST(EumOptions, AllowsOnlyQOneWithTheScholzCodePreset) {
  EumOptions options;
  options.q = 0.5;
  const Status status = ValidateEumOptions(options);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("paper"), std::string::npos);
}

TEST(EumOptions, ResolvesTheScholzCodePresetToTheJmckibChoices) {
  const EumSettings settings = ResolveEumSettings(EumOptions{});
  EXPECT_EQ(settings.perspective, EumPerspective::kViewer);
  EXPECT_EQ(settings.probability, EumProbability::kScholzNormaliser);
  EXPECT_EQ(settings.range, EumRange::kInitialPositions);
  EXPECT_EQ(settings.offer_selection, EumOfferSelection::kScholzCode);
  EXPECT_TRUE(settings.conflict_moves);
  EXPECT_FALSE(settings.capitulation);
}

TEST(EumOptions, ResolvesThePaperPresetToThePrintedEquations) {
  EumOptions options;
  options.preset = EumPreset::kPaper;
  const EumSettings settings = ResolveEumSettings(options);
  EXPECT_EQ(settings.perspective, EumPerspective::kOwn);
  EXPECT_EQ(settings.probability, EumProbability::kPrinted);
  EXPECT_EQ(settings.range, EumRange::kInitialPositions);
  EXPECT_EQ(settings.offer_selection, EumOfferSelection::kMostEnforceable);
  EXPECT_TRUE(settings.conflict_moves);
  EXPECT_TRUE(settings.capitulation);
}

TEST(EumOptions, LetsAnExplicitSwitchOverrideThePreset) {
  EumOptions options;
  options.probability = EumProbability::kPrinted;
  options.range = EumRange::kScale;
  options.capitulation = true;
  const EumSettings settings = ResolveEumSettings(options);
  EXPECT_EQ(settings.probability, EumProbability::kPrinted);
  EXPECT_EQ(settings.range, EumRange::kScale);
  EXPECT_TRUE(settings.capitulation);
  EXPECT_EQ(settings.perspective, EumPerspective::kViewer);
}

}  // namespace
}  // namespace parley::eum_options_test
