// The EU Council's weighting of its member states, 1995-2020 (council_weights.h).
// Codes are DEU's: el = Greece, bu = Bulgaria, cr = Croatia, uk = United Kingdom.
//
// Sources (public facts, each table's `source` repeats its own):
// - EU-15, 1 Jan 1995 - 30 Apr 2004: Art. 148(2) EC as adapted on the accession
//   of Austria, Finland and Sweden (Council Decision of 1 January 1995 adjusting
//   the instruments of accession, OJ L 1, 1.1.1995), Art. 205(2) EC after the
//   Treaty of Amsterdam: 87 votes, qualified majority 62.
// - EU-25, 1 May - 31 Oct 2004: Act of Accession 2003, Art. 26 (OJ L 236,
//   23.9.2003): the EU-15 votes unchanged plus the new members; 124 votes,
//   qualified majority 88.
// - Nice weights from 1 Nov 2004: Protocol on the enlargement of the EU annexed
//   to the Treaty of Nice, Art. 3, as adapted by the Act of Accession 2003
//   (OJ L 236, 23.9.2003): EU-25, 321 votes, qualified majority 232; from 1 Jan
//   2007 with Bulgaria 10 and Romania 14 (Act of Accession 2005, OJ L 157,
//   21.6.2005): 345 votes (255), the figures Protocol No 36 (Lisbon), Art. 3(3),
//   repeats; from 1 Jul 2013 with Croatia 7 (Act of Accession 2012, OJ L 112,
//   24.4.2012, amending Protocol No 36): 352 votes (260). Denmark, Ireland,
//   Lithuania, Slovakia and Finland have 7 votes each (not 9): only 7 gives the
//   published totals 321, 345 and 352.
// - Double majority from 1 Nov 2014: Art. 16(4) TEU, Art. 238(3) TFEU (55 % of
//   the members representing 65 % of the population; until 31 Mar 2017 a member
//   could ask for the Nice weights, Protocol No 36, Art. 3(2)). Weight here =
//   population in thousands, Eurostat, population on 1 January 2015 (demo_pjan),
//   used for every year of the period: an approximation, the shares move by a
//   few tenths of a percentage point a year at most.
#include "parley/council_weights.h"

#include <fmt/format.h>

#include <algorithm>

namespace parley {
namespace {

using Weights = std::vector<std::pair<std::string_view, double>>;

// The EU-15's votes, 1995-2004 (also their votes in the 2004 transition).
Weights Eu15Votes() {
  return {{"de", 10}, {"fr", 10}, {"it", 10}, {"uk", 10}, {"es", 8},
          {"be", 5},  {"el", 5},  {"nl", 5},  {"pt", 5},  {"at", 4},
          {"se", 4},  {"dk", 3},  {"ie", 3},  {"fi", 3},  {"lu", 2}};
}

Weights Transition2004Votes() {
  Weights votes = Eu15Votes();
  const Weights added = {{"pl", 8}, {"cz", 5}, {"hu", 5}, {"ee", 3}, {"lv", 3},
                         {"lt", 3}, {"si", 3}, {"sk", 3}, {"cy", 2}, {"mt", 2}};
  votes.insert(votes.end(), added.begin(), added.end());
  return votes;
}

Weights NiceEu25Votes() {
  return {{"de", 29}, {"fr", 29}, {"it", 29}, {"uk", 29}, {"es", 27}, {"pl", 27}, {"nl", 13},
          {"be", 12}, {"cz", 12}, {"el", 12}, {"hu", 12}, {"pt", 12}, {"at", 10}, {"se", 10},
          {"dk", 7},  {"ie", 7},  {"lt", 7},  {"sk", 7},  {"fi", 7},  {"cy", 4},  {"ee", 4},
          {"lv", 4},  {"lu", 4},  {"si", 4},  {"mt", 3}};
}

Weights NiceEu27Votes() {
  Weights votes = NiceEu25Votes();
  votes.push_back({"ro", 14});
  votes.push_back({"bu", 10});
  return votes;
}

Weights NiceEu28Votes() {
  Weights votes = NiceEu27Votes();
  votes.push_back({"cr", 7});
  return votes;
}

// Eurostat, population on 1 January 2015, thousands (EU-28 508,450.9).
Weights Population2015() {
  return {{"de", 81197.5}, {"fr", 66415.2}, {"uk", 64875.2}, {"it", 60795.6}, {"es", 46449.6},
          {"pl", 38005.6}, {"ro", 19870.6}, {"nl", 16900.7}, {"be", 11258.4}, {"el", 10858.0},
          {"cz", 10538.3}, {"pt", 10374.8}, {"hu", 9855.6},  {"se", 9747.4},  {"at", 8576.3},
          {"bu", 7202.2},  {"dk", 5659.7},  {"fi", 5471.8},  {"sk", 5421.3},  {"ie", 4628.9},
          {"cr", 4225.3},  {"lt", 2921.3},  {"si", 2062.9},  {"lv", 1986.1},  {"ee", 1313.3},
          {"cy", 847.0},   {"lu", 563.0},   {"mt", 429.3}};
}

std::vector<CouncilWeights> MakeTables() {
  return {
      {"eu15",
       "EU-15 votes (87)",
       {1995, 1, 1},
       {2004, 4, 30},
       "Art. 205(2) EC (Amsterdam), votes since 1 Jan 1995: 87, QMV 62",
       Eu15Votes()},
      {"eu25-transition",
       "EU-25 transitional votes (124)",
       {2004, 5, 1},
       {2004, 10, 31},
       "Act of Accession 2003, Art. 26: 124 votes, QMV 88",
       Transition2004Votes()},
      {"nice-eu25",
       "Nice votes, EU-25 (321)",
       {2004, 11, 1},
       {2006, 12, 31},
       "Treaty of Nice, enlargement protocol Art. 3, Act of Accession 2003: 321, QMV 232",
       NiceEu25Votes()},
      {"nice-eu27",
       "Nice votes, EU-27 (345)",
       {2007, 1, 1},
       {2013, 6, 30},
       "Act of Accession 2005; Protocol No 36 Art. 3(3): 345 votes, QMV 255",
       NiceEu27Votes()},
      {"nice-eu28",
       "Nice votes, EU-28 (352)",
       {2013, 7, 1},
       {2014, 10, 31},
       "Act of Accession 2012 (Protocol No 36): 352 votes, QMV 260",
       NiceEu28Votes()},
      {"double-majority",
       "double majority, population shares (EU-28)",
       {2014, 11, 1},
       {2020, 1, 31},
       "Art. 16(4) TEU, Art. 238(3) TFEU; Eurostat population 1 Jan 2015 (approximate)",
       Population2015()},
  };
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

double CouncilWeights::Total() const {
  double total = 0.0;
  for (const auto& [member, weight] : weights) total += weight;
  return total;
}

std::optional<double> CouncilWeights::WeightOf(std::string_view member) const {
  for (const auto& [code, weight] : weights) {
    if (code == member) return weight;
  }
  return std::nullopt;
}

const std::vector<CouncilWeights>& CouncilWeightTables() {
  static const std::vector<CouncilWeights> tables = MakeTables();
  return tables;
}

Result<const CouncilWeights*> CouncilWeightsOn(CalendarDay day) {
  for (const CouncilWeights& table : CouncilWeightTables()) {
    if (table.from <= day && day <= table.until) return &table;
  }
  return MakeError(ErrorCode::kNotFound,
                   fmt::format("no Council weights for {:04}-{:02}-{:02} (parley has them from "
                               "1995-01-01 to 2020-01-31)",
                               day.year, day.month, day.day));
}

std::optional<CalendarDay> AccessionOf(std::string_view member) {
  if (member == "bu" || member == "ro") return CalendarDay{2007, 1, 1};
  if (member == "cr") return CalendarDay{2013, 7, 1};
  const CouncilWeights& transition = CouncilWeightTables()[1];
  if (!transition.WeightOf(member)) return std::nullopt;
  if (CouncilWeightTables()[0].WeightOf(member)) return CalendarDay{1995, 1, 1};
  return CalendarDay{2004, 5, 1};
}

std::optional<int> DeuProposalYear(std::string_view proposal) {
  if (proposal.size() < 4 || proposal[0] < 'a' || proposal[0] > 'z') return std::nullopt;
  const std::string_view digits = proposal.substr(1);
  if (!AllDigits(digits)) return std::nullopt;
  const int two = (digits[0] - '0') * 10 + (digits[1] - '0');
  return two >= 90 ? 1900 + two : 2000 + two;
}

CalendarDay CouncilDecisionDay(int proposal_year, const std::vector<std::string>& members) {
  CalendarDay day{proposal_year + 1, 1, 1};
  for (const std::string& member : members) {
    if (auto joined = AccessionOf(member)) day = std::max(day, *joined);
  }
  return day;
}

Result<CapabilitySource> CapabilitySourceFromString(std::string_view text) {
  if (text == "gdp") return CapabilitySource::kFile;
  if (text == "council") return CapabilitySource::kCouncil;
  if (text == "equal") return CapabilitySource::kEqual;
  return InvalidArgument(
      fmt::format("unknown capability source '{}' (allowed: gdp, council, equal)", text));
}

std::string_view ToString(CapabilitySource source) {
  switch (source) {
    case CapabilitySource::kFile:
      return "gdp";
    case CapabilitySource::kCouncil:
      return "council";
    case CapabilitySource::kEqual:
      return "equal";
  }
  return "gdp";
}

}  // namespace parley
