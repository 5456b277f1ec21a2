// Where an actor's capability comes from in a backtest of EU Council
// decisions: the data file's own value (in the DEU file, GDP), the member
// states' Council voting weights of the time of the decision, or the same for
// everyone. The weight tables are public facts with their dates and treaty
// articles (src/core/council_weights.cpp; docs/validation.md).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct CalendarDay {
  int year = 0;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  auto operator<=>(const CalendarDay&) const = default;
};

// The Council's weighting of its members in force over [from, until]:
// Treaty votes (EU-15, the 2004 transition, Nice) or, from 1 November 2014,
// population (the double majority's population criterion).
struct CouncilWeights {
  std::string_view id;  // "eu15", "eu25-transition", "nice-eu25", ..., "double-majority"
  std::string_view name;
  CalendarDay from;
  CalendarDay until;
  std::string_view source;  // treaty article or statistic, with its date
  // DEU member-state code ("de", "uk", "bu", "cr", ...) to weight: votes, or
  // population in thousands. One entry per member state of the time.
  std::vector<std::pair<std::string_view, double>> weights;

  double Total() const;
  std::optional<double> WeightOf(std::string_view member) const;
};

// Every table, oldest first; together they cover 1 January 1995 to 31 January
// 2020 (the EU-15 to the United Kingdom's withdrawal) without gap.
const std::vector<CouncilWeights>& CouncilWeightTables();

// The table in force on `day`; kNotFound outside the covered period.
Result<const CouncilWeights*> CouncilWeightsOn(CalendarDay day);

// When each DEU member-state code joined (1 January 1995 for the EU-15, which
// are all members from the first table on); nullopt for other codes.
std::optional<CalendarDay> AccessionOf(std::string_view member);

// The year of a DEU proposal from its identifier: a letter, then the year's
// last two digits, then the procedure number ("d00032" = 2000/0032(COD),
// "d140100" = 2014/0100(COD), "n98110" = 1998/0110(CNS)); 90-99 read as
// 19xx, 00-89 as 20xx. nullopt when the identifier is not of that form.
std::optional<int> DeuProposalYear(std::string_view proposal);

// The day whose Council weights decide a DEU proposal: 1 January of the year
// after the proposal's (a Council decision comes after the proposal, commonly
// a year or more later; the data do not give its date), or the accession of
// the latest-joining member state with a stance on the proposal, whichever is
// later (those states sat in the Council that decided).
CalendarDay CouncilDecisionDay(int proposal_year, const std::vector<std::string>& members);

enum class CapabilitySource {
  kFile,     // "gdp": the file's own capability (in the DEU file: GDP)
  kCouncil,  // "council": Council voting weights of the time (member states)
  kEqual,    // "equal": every actor 1
};
Result<CapabilitySource> CapabilitySourceFromString(std::string_view text);
std::string_view ToString(CapabilitySource source);

// The scenario with its capabilities taken from `source`; kFile returns it
// unchanged, kEqual sets every actor's to 1. kCouncil needs DEU data: for each
// proposal (Issue::group) the weights on its CouncilDecisionDay. A member
// state then becomes one actor per table it is weighted under ("de@eu15",
// "de@nice-eu27", ...), so that one proposal's weights never leak into
// another's. The member states of a table together keep the capability the
// file gives them together (their sum), shared in proportion to their
// weights; the Commission ("com") and the Parliament ("ep") keep the file's
// value, so their standing against the Council as a whole is the file's.
// Capability ranges are dropped (the new values are facts, not estimates).
// Meant for data read from the DEU CSV, whose only references to actors are
// the stances (other sections that index actors are not remapped).
Result<Scenario> WithCapability(const Scenario& scenario, CapabilitySource source);

}  // namespace parley
