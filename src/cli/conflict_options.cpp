// The regime flags and the model choice shared by `forecast --regime` and
// `compare-regimes` (docs/mechanisms/mediation-regimes.md, "On the command line").
#include <fmt/format.h>

#include "cli/conflict_cli.h"

namespace parley::cli {
namespace {

void AddList(CLI::App* app, const std::string& name, std::vector<std::string>& list,
             const std::string& help) {
  app->add_option(name, list, help)->delimiter(',')->group("Regimes");
}

Result<std::vector<ClientLink>> ParseClients(const std::vector<std::string>& texts) {
  std::vector<ClientLink> links;
  for (const std::string& text : texts) {
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == text.size()) {
      return InvalidArgument(fmt::format("--client '{}' must be CLIENT=PATRON", text));
    }
    links.push_back({text.substr(0, equals), text.substr(equals + 1)});
  }
  return links;
}

}  // namespace

void AddRegimeFlags(CLI::App* app, RegimeFlags& flags, bool with_regime) {
  if (with_regime) {
    app->add_option("--regime", flags.regime,
                    "Mediation regime: inclusive, hierarchical or multipolar (default: none)")
        ->group("Regimes");
  }
  app->add_option("--mediator", flags.mediator, "Inclusive: impartial mediator (no stake)")
      ->group("Regimes");
  AddList(app, "--inclusive-exclude", flags.inclusive_excluded,
          "Inclusive: actors kept off the table");
  app->add_option("--guarantor", flags.guarantor,
                  "Hierarchical: the guarantor (default: role guarantor)")
      ->group("Regimes");
  AddList(app, "--exclude", flags.excluded, "Hierarchical: actors the guarantor excludes");
  AddList(app, "--proxy", flags.proxies, "Hierarchical: the guarantor's proxies");
  AddList(app, "--agenda", flags.agenda, "Hierarchical: issues on the table (default all)");
  app->add_option("--coercion", flags.coercion_factor,
                  "Hierarchical: capability factor for guarantor and proxies, [1, 100] (default 1)")
      ->group("Regimes");
  app->add_option("--force-shock", flags.force_shock,
                  "Hierarchical: share moved toward the guarantor before talks, [0, 1] (default 0)")
      ->group("Regimes");
  app->add_flag("--force-from-strength", flags.force_from_strength,
                "Hierarchical: force before talks from the military balance (the guarantor "
                "side's chance of winning over the status quo, per issue)")
      ->group("Regimes");
  AddList(app, "--regional-power", flags.regional_powers,
          "Multipolar: regional powers (default: roles regional_power, guarantor)");
  AddList(app, "--client", flags.clients, "Multipolar: CLIENT=PATRON links");
  app->add_option("--client-pull", flags.client_pull,
                  "Multipolar: share a client moves toward the powers' deal, [0, 1] (default 0.5)")
      ->group("Regimes");
  AddList(app, "--multipolar-exclude", flags.multipolar_excluded,
          "Multipolar: actors kept off both tables");
}

Result<RegimeSettings> MergeRegimeFlags(const RegimeSettings& from_file, const RegimeFlags& flags) {
  RegimeSettings settings = from_file;
  if (!flags.mediator.empty()) settings.inclusive.mediator = flags.mediator;
  if (!flags.inclusive_excluded.empty()) settings.inclusive.excluded = flags.inclusive_excluded;
  if (!flags.guarantor.empty()) settings.hierarchical.guarantor = flags.guarantor;
  if (!flags.excluded.empty()) settings.hierarchical.excluded = flags.excluded;
  if (!flags.proxies.empty()) settings.hierarchical.proxies = flags.proxies;
  if (!flags.agenda.empty()) settings.hierarchical.agenda = flags.agenda;
  if (flags.coercion_factor) settings.hierarchical.coercion_factor = *flags.coercion_factor;
  if (flags.force_shock) settings.hierarchical.force_shock = *flags.force_shock;
  if (flags.force_from_strength) settings.hierarchical.force_from_strength = true;
  if (!flags.regional_powers.empty()) settings.multipolar.regional_powers = flags.regional_powers;
  if (!flags.clients.empty()) {
    auto clients = ParseClients(flags.clients);
    if (!clients) return tl::unexpected(clients.error());
    settings.multipolar.clients = std::move(*clients);
  }
  if (flags.client_pull) settings.multipolar.client_pull = *flags.client_pull;
  if (!flags.multipolar_excluded.empty()) settings.multipolar.excluded = flags.multipolar_excluded;
  return settings;
}

}  // namespace parley::cli
