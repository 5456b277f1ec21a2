// The --smp-* flags of the commands that run models, as model settings.
#include <fmt/format.h>

#include <cctype>

#include "cli/smp_cli.h"
#include "parley/model.h"
#include "parley/smp_options.h"

namespace parley::cli {
namespace {

// "VictoryProbModel" -> "victory-prob-model", "PCEModel" -> "pce-model",
// "BigRAdjust" -> "big-r-adjust".
std::string KebabCase(std::string_view name) {
  std::string kebab;
  for (std::size_t at = 0; at < name.size(); ++at) {
    const bool upper = std::isupper(static_cast<unsigned char>(name[at])) != 0;
    const bool next_lower =
        at + 1 < name.size() && std::islower(static_cast<unsigned char>(name[at + 1])) != 0;
    const bool previous_lower =
        at > 0 && std::islower(static_cast<unsigned char>(name[at - 1])) != 0;
    if (upper && at > 0 && (previous_lower || next_lower)) kebab += '-';
    kebab += static_cast<char>(std::tolower(static_cast<unsigned char>(name[at])));
  }
  return kebab;
}

}  // namespace

CLI::Validator SeedValidator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const bool digits =
            !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        return digits
                   ? ""
                   : "a seed is a whole number from 0 to 18446744073709551615, not '" + text + "'";
      },
      "SEED");
}

void AddSmpFlags(CLI::App* app, SmpCliFlags& flags) {
  const std::vector<std::string_view> names = SmpParameterNames();
  for (std::size_t p = 0; p < names.size(); ++p) {
    const std::vector<std::string_view> choices = SmpParameterChoices(names[p]);
    const SmpOptions defaults;
    app->add_option(fmt::format("--smp-{},--smp-{}", KebabCase(names[p]), names[p]),
                    flags.parameters[p],
                    fmt::format("SMP {}: {} (default {})", names[p], fmt::join(choices, ", "),
                                SmpParameterValue(defaults, names[p])))
        ->group("SMP (--model smp)");
  }
  app->add_option("--smp-seed", flags.seed,
                  "SMP seed for stochastic transitions (default: the scenario's, else KTAB's "
                  "15455440707583219804)")
      ->check(SeedValidator())
      ->group("SMP (--model smp)");
  app->add_option("--smp-threads", flags.threads,
                  "SMP worker threads, 1-256 (default 1; results do not depend on it)")
      ->group("SMP (--model smp)");
  app->add_option("--smp-max-turns", flags.max_turns, "SMP turn cap (default 100, as KTAB)")
      ->group("SMP (--model smp)");
}

ModelSettings SmpSettings(const SmpCliFlags& flags) {
  ModelSettings settings;
  const std::vector<std::string_view> names = SmpParameterNames();
  for (std::size_t p = 0; p < names.size(); ++p) {
    if (!flags.parameters[p].empty()) {
      settings["smp." + std::string(names[p])] = flags.parameters[p];
    }
  }
  if (flags.seed) settings["smp.seed"] = std::to_string(*flags.seed);
  if (flags.max_turns) settings["smp.max_turns"] = std::to_string(*flags.max_turns);
  return settings;
}

}  // namespace parley::cli
