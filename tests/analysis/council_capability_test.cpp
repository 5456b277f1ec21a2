// --capability council splits each member state into one actor per weight
// table ("de@eu15", "de@nice-eu27", ...). The split itself must change no
// forecast: with every copy given back its file capability, each model
// forecasts every DEU issue exactly as on the file (tolerance 1e-9).
#include <gtest/gtest.h>

#include "parley/council_weights.h"
#include "parley/io.h"
#include "parley/model.h"

namespace parley::council_capability_test {
namespace {

TEST(CouncilCapabilitySplit, WithTheFilesCapabilitiesEveryModelForecastsAsOnTheFile) {
  auto file = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv");
  ASSERT_TRUE(file) << file.error().ToString();
  auto split = WithCapability(*file, CapabilitySource::kCouncil);
  ASSERT_TRUE(split) << split.error().ToString();
  ASSERT_GT(split->actors.size(), file->actors.size());
  for (Actor& actor : split->actors) {
    const std::string original = actor.id.substr(0, actor.id.find('@'));
    actor.capability = file->actors[*file->FindActor(original)].capability;
  }
  auto models =
      ConfigureModels(BuiltinModels(), "weighted_median,compromise,nash,eum,smp,exchange", *file);
  ASSERT_TRUE(models) << models.error().ToString();
  for (const ConfiguredModel& model : *models) {
    auto on_file = model.Run(*file, {});
    auto on_split = model.Run(*split, {});
    ASSERT_TRUE(on_file && on_split) << model.name();
    ASSERT_EQ(on_file->issues.size(), on_split->issues.size()) << model.name();
    for (const IssueForecast& issue : on_file->issues) {
      const IssueForecast* other = on_split->Find(issue.issue);
      ASSERT_NE(other, nullptr) << model.name();
      EXPECT_NEAR(issue.forecast.outcome, other->forecast.outcome, 1e-9)
          << model.name() << " on " << file->issues[issue.issue].id;
    }
  }
}

}  // namespace
}  // namespace parley::council_capability_test
