// KTAB's SMP CSV (reference/ktab/SPEC.md 4.2, SMPModel::csvRead):
//   line 1: scenario name, description, actor count, dimension count [, ...]
//   line 2: 3 ignored header fields, then (dimension name, salience header) pairs
//   line 3+: actor name, description, capability, then position, salience per dimension
// Fields split at ',' ("$$" stands for a comma, surrounding '"' are dropped,
// other white space is kept, as KTAB's minicsv does); a blank line ends the
// file; positions and saliences are on 0-100. Differences from KTAB: no length
// limits on names (KTAB's database limits); a capability of 0, which KTAB
// accepts here but aborts on later, is an error; lines after the declared
// actors or after the blank line are errors, not silently dropped. Actors are
// limited to 250 as in KTAB, dimensions to 1000 (io/input_checks.h).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/csv.h"
#include "io/files.h"
#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

struct Line {
  int number = 0;
  std::vector<std::string> fields;
};

std::string CleanField(std::string_view raw) {
  std::string field;
  for (std::size_t at = 0; at < raw.size(); ++at) {
    const bool escaped_comma = raw[at] == '$' && at + 1 < raw.size() && raw[at + 1] == '$';
    field += escaped_comma ? ',' : raw[at];
    if (escaped_comma) ++at;
  }
  const std::size_t first = field.find_first_not_of(" \t");
  const std::size_t last = field.find_last_not_of(" \t");
  if (first != std::string::npos && field[first] == '"' && last > first && field[last] == '"') {
    field = field.substr(first + 1, last - first - 1);
  }
  return field;
}

// Splits lines up to the first blank one; strips a UTF-8 byte-order mark and CR.
std::vector<Line> SplitLines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Line> lines;
  int number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string line(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      // KTAB stops here; text after the blank line would be lost without a word.
      const std::size_t rest = text.find_first_not_of(" \t\r\n");
      if (rest != std::string_view::npos) {
        const auto skipped = std::count(text.begin(), text.begin() + rest, '\n');
        lines.push_back(Line{number + 1 + static_cast<int>(skipped), {}});
      }
      break;
    }
    Line parsed{number, {}};
    std::size_t start = 0;
    for (std::size_t comma = line.find(',');; comma = line.find(',', start)) {
      parsed.fields.push_back(CleanField(std::string_view(line).substr(start, comma - start)));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    lines.push_back(std::move(parsed));
  }
  return lines;
}

// istringstream >> double semantics: leading blanks allowed, a complete number required.
Result<double> Number(const Line& line, std::size_t column, std::string_view what,
                      std::string_view who, const std::string& file) {
  if (column >= line.fields.size()) {
    return InvalidInput(fmt::format("missing {} for {} (column {})", what, who, column + 1), file,
                        line.number, std::string(what));
  }
  const std::string& text = line.fields[column];
  auto value = csv::ParseNumber(text);
  if (!value) {
    return InvalidInput(
        fmt::format("{} '{}' for {} {}", what, text, who, csv::NumberProblem(value.error())), file,
        line.number, std::string(what));
  }
  return *value;
}

Status InRange(double value, double low, double high, const Line& line, std::string_view what,
               std::string_view who, const std::string& file) {
  if (value >= low && value <= high) return Ok();
  return InvalidInput(
      fmt::format("{} {:g} for {} outside [{:g}, {:g}]", what, value, who, low, high), file,
      line.number, std::string(what));
}

Status ReadHeader(const std::vector<Line>& lines, Scenario& scenario, std::size_t& actors,
                  std::size_t& dimensions, const std::string& file) {
  if (lines.size() < 2) {
    return InvalidInput("a KTAB CSV needs a scenario line and a header line", file, 1);
  }
  const Line& first = lines[0];
  auto actor_count = Number(first, 2, "actor count", "the scenario", file);
  if (!actor_count) return tl::unexpected(actor_count.error());
  auto dimension_count = Number(first, 3, "dimension count", "the scenario", file);
  if (!dimension_count) return tl::unexpected(dimension_count.error());
  // Range first, so that the whole-number test never converts an out-of-range double.
  const double max_actors = static_cast<double>(kMaxActors);
  if (!(*actor_count >= 3 && *actor_count <= max_actors) ||
      *actor_count != std::floor(*actor_count)) {
    return InvalidInput(
        fmt::format("actor count {:g} must be a whole number in [3, {}]", *actor_count, kMaxActors),
        file, first.number, "actor count");
  }
  const double max_dimensions = static_cast<double>(kMaxIssues);
  if (!(*dimension_count >= 1 && *dimension_count <= max_dimensions) ||
      *dimension_count != std::floor(*dimension_count)) {
    return InvalidInput(fmt::format("dimension count {:g} must be a whole number in [1, {}]",
                                    *dimension_count, kMaxIssues),
                        file, first.number, "dimension count");
  }
  actors = static_cast<std::size_t>(*actor_count);
  dimensions = static_cast<std::size_t>(*dimension_count);
  scenario.name = first.fields[0];
  scenario.description = first.fields[1];
  const Line& header = lines[1];
  if (header.fields.size() < 3 + 2 * dimensions) {
    return InvalidInput(fmt::format("the header needs 3 fields and then a (position, salience) "
                                    "pair for each of the {} dimensions",
                                    dimensions),
                        file, header.number, "header");
  }
  for (std::size_t k = 0; k < dimensions; ++k) {
    Issue issue;
    issue.id = header.fields[3 + 2 * k];
    issue.name = issue.id;
    issue.scale = Scale{0.0, 100.0, "", ""};
    issue.line = header.number;
    scenario.issues.push_back(std::move(issue));
  }
  return Ok();
}

Status ReadActor(const Line& line, Scenario& scenario, const std::string& file) {
  const std::size_t i = scenario.actors.size();
  Actor actor;
  actor.id = line.fields[0];
  actor.name = actor.id;
  actor.description = line.fields.size() > 1 ? line.fields[1] : "";
  actor.line = line.number;
  const std::string who = fmt::format("actor '{}'", actor.id);
  if (actor.id.empty()) return InvalidInput("actor without a name", file, line.number, "name");
  auto capability = Number(line, 2, "capability", who, file);
  if (!capability) return tl::unexpected(capability.error());
  if (auto ok = InRange(*capability, 0.0, 1e8, line, "capability", who, file); !ok) return ok;
  if (*capability <= 0.0) {
    return InvalidInput(fmt::format("capability 0 for {}: SMP needs a capability > 0", who), file,
                        line.number, "capability");
  }
  actor.capability = *capability;
  double salience_total = 0.0;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const std::string where = fmt::format("{} on '{}'", who, scenario.issues[k].id);
    auto position = Number(line, 3 + 2 * k, "position", where, file);
    if (!position) return tl::unexpected(position.error());
    auto salience = Number(line, 4 + 2 * k, "salience", where, file);
    if (!salience) return tl::unexpected(salience.error());
    if (auto ok = InRange(*position, 0.0, 100.0, line, "position", where, file); !ok) return ok;
    if (auto ok = InRange(*salience, 0.0, 100.0, line, "salience", where, file); !ok) return ok;
    salience_total += *salience;
    if (salience_total > 100.0) {
      return InvalidInput(fmt::format("saliences of {} add up to more than 100", who), file,
                          line.number, "salience");
    }
    scenario.stances.push_back(Stance{i, k, *position, *salience / 100, {}, {}, line.number});
  }
  scenario.actors.push_back(std::move(actor));
  return Ok();
}

}  // namespace

Result<Scenario> ParseKtabCsv(std::string_view text, const std::string& file) {
  if (auto raw = CheckRawInput(text, file); !raw) return tl::unexpected(raw.error());
  const std::vector<Line> lines = SplitLines(text);
  if (!lines.empty() && lines.back().fields.empty()) {
    return InvalidInput(
        "text follows the blank line that ends a KTAB CSV; remove the blank line "
        "or the text after it",
        file, lines.back().number);
  }
  Scenario scenario;
  scenario.file = file;
  scenario.id = FileStem(file);
  scenario.salience_scale = 100.0;
  std::size_t actors = 0;
  std::size_t dimensions = 0;
  if (auto ok = ReadHeader(lines, scenario, actors, dimensions, file); !ok) {
    return tl::unexpected(ok.error());
  }
  if (lines.size() < 2 + actors) {
    const int last = lines.empty() ? 1 : lines.back().number;
    return InvalidInput(fmt::format("the scenario line promises {} actors but {} actor lines "
                                    "follow the header (a blank line ends a KTAB CSV)",
                                    actors, lines.size() - 2),
                        file, last, "actor count");
  }
  if (lines.size() > 2 + actors) {
    return InvalidInput(fmt::format("the scenario line declares {} actors but more actor lines "
                                    "follow; correct the actor count or remove the extra lines",
                                    actors),
                        file, lines[2 + actors].number, "actor count");
  }
  for (std::size_t row = 0; row < actors; ++row) {
    if (auto ok = ReadActor(lines[2 + row], scenario, file); !ok) return tl::unexpected(ok.error());
  }
  if (auto valid = ValidateScenario(scenario); !valid) return tl::unexpected(valid.error());
  return scenario;
}

}  // namespace parley
