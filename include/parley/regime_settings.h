// The settings of the mediation regimes (regimes.h), as a scenario file's
// `regimes:` section or the CLI's regime flags state them. Actors and issues
// are named by id; RunRegime resolves and checks them against the scenario.
// docs/mechanisms/mediation-regimes.md gives every rule and its seed passage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/result.h"

namespace parley {

// The mediation regimes (seed 002): who sits at the table, with what weight,
// in what order. regimes.h runs them.
enum class RegimeKind {
  kInclusive,     // liberal peacebuilding
  kHierarchical,  // a guarantor's top-down format
  kMultipolar,    // the Astana format: regional powers first
};

std::string_view ToString(RegimeKind kind);
Result<RegimeKind> RegimeKindFromString(std::string_view text);
std::vector<RegimeKind> AllRegimes();  // inclusive, hierarchical, multipolar

// Ranges of the numeric settings (checked by the reader and by RunRegime).
inline constexpr double kMinCoercionFactor = 1.0;
inline constexpr double kMaxCoercionFactor = 100.0;

// Liberal peacebuilding (seed 002: "inclusive peace processes"; the Geneva
// talks' "inclusive power-sharing").
struct InclusiveSettings {
  // An impartial mediator: at the table without a stake, so its own stances
  // do not enter the bargaining. Empty: none (every actor bargains).
  std::string mediator;
  // Actors kept off the table even here (e.g. listed groups). Default none.
  std::vector<std::string> excluded;
};

// Russia's hierarchical model (seed 002: "high-level, top-down negotiations
// with key parties, on Russia's terms; control of the information and
// humanitarian space").
struct HierarchicalSettings {
  // Sets agenda and format. Empty: the first actor with role `guarantor`.
  std::string guarantor;
  // Excluded from the table ("they excluded certain opposition groups from the
  // talks completely", seed 002). Default none.
  std::vector<std::string> excluded;
  // Actors whose capability the guarantor's coercion also raises. Default none.
  std::vector<std::string> proxies;
  // Issues on the table; the others keep their status quo. Empty: every issue.
  std::vector<std::string> agenda;
  // Multiplies the capability of the guarantor and its proxies. Range [1, 100];
  // default 1 (no coercion). Seed 002: "Russia's most successful mediation
  // efforts have combined talks with coercion".
  double coercion_factor = 1.0;
  // Use of force before talks: the share of the way every other actor at the
  // table and the status quo move toward the guarantor's position. Range
  // [0, 1]; default 0. Seed 002: "they used military force to persuade other
  // groups to participate and comply".
  double force_shock = 0.0;
  // Derive the force before talks from the military balance instead
  // (`force_shock: strength`): on each agenda issue the share is the
  // guarantor's side's chance of winning a fight over the status quo
  // (force.h: ViewOfForce at the status quo, Hirshleifer 1989 eq. 1), so a
  // guarantor three times as strong as all who hold the status quo moves
  // them 75% of the way. Default false. docs/mechanisms/mediation-regimes.md.
  bool force_from_strength = false;
};

struct ClientLink {
  std::string client;
  std::string patron;
};

// The Astana format (seed 002: "it sought a consensus among regional powers
// ... and it promoted talks between" the parties; "reduce them to being
// proxies of regional players").
struct MultipolarSettings {
  // Bargain first among themselves. Empty: the actors with role
  // `regional_power` or `guarantor`.
  std::vector<std::string> regional_powers;
  std::vector<ClientLink> clients;  // each client moves toward its patron's deal
  // Share of the way a client's position moves toward the powers' deal.
  // Range [0, 1]; default 0.5 (an estimate: halfway; no seed gives a number).
  double client_pull = 0.5;
  std::vector<std::string> excluded;  // kept off both tables. Default none.
};

struct RegimeSettings {
  InclusiveSettings inclusive;
  HierarchicalSettings hierarchical;
  MultipolarSettings multipolar;
  int line = 0;  // where the `regimes:` section starts in its file (0: none)

  // True when every field has its default (the writer then omits the section).
  bool IsDefault() const {
    return inclusive.mediator.empty() && inclusive.excluded.empty() &&
           hierarchical.guarantor.empty() && hierarchical.excluded.empty() &&
           hierarchical.proxies.empty() && hierarchical.agenda.empty() &&
           hierarchical.coercion_factor == 1.0 && hierarchical.force_shock == 0.0 &&
           !hierarchical.force_from_strength && multipolar.regional_powers.empty() &&
           multipolar.clients.empty() && multipolar.client_pull == 0.5 &&
           multipolar.excluded.empty();
  }
};

}  // namespace parley
