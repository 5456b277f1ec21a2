// The plain actor table of the expected-utility literature (one issue, one row
// per actor), as in the replication files of Bueno de Mesquita's studies:
//   # issue: Control of the corridor
//   # scale: 0 100
//   actor,capability,position,salience[,red_line_low,red_line_high]
//   AZE,60,90,80,60,100
// Columns may come in any order and their names in any case; '#' lines are
// comments, of which `issue:`, `scale:`, `status_quo:` and `salience_scale:`
// set the issue's name, its scale (default 0 100), its status quo and what full
// salience is written as (100, the default, or 1). docs/scenario-format.md.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "io/actor_csv_header.h"
#include "io/csv.h"
#include "io/files.h"
#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

// "Control of the corridor" -> "control_of_the_corridor"; "issue" when nothing is left.
std::string IdFromName(std::string_view name) {
  std::string id;
  for (char c : name) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (keep) id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!keep && !id.empty() && id.back() != '_') id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id.empty() ? "issue" : id;
}

struct Columns {
  std::map<std::string, std::size_t> index;  // column name -> field index
  std::size_t count = 0;
};

Result<Columns> ReadColumns(const csv::Row& header, const std::string& file) {
  Columns columns;
  columns.count = header.fields.size();
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    const std::string name = csv::Lower(csv::Trim(header.fields[c]));
    if (std::find(kActorCsvColumns.begin(), kActorCsvColumns.end(), name) ==
        kActorCsvColumns.end()) {
      return InvalidInput(fmt::format("unknown column '{}' in the actor table (allowed: actor, "
                                      "capability, position, salience, red_line_low, "
                                      "red_line_high)",
                                      csv::Trim(header.fields[c])),
                          file, header.line, name);
    }
    if (!columns.index.emplace(name, c).second) {
      return InvalidInput(fmt::format("column '{}' appears twice", name), file, header.line, name);
    }
  }
  for (std::string_view required : {"actor", "capability", "position", "salience"}) {
    if (columns.index.count(std::string(required)) == 0) {
      return InvalidInput(fmt::format("the actor table needs a '{}' column", required), file,
                          header.line, std::string(required));
    }
  }
  if (columns.index.count("red_line_low") != columns.index.count("red_line_high")) {
    return InvalidInput("red_line_low and red_line_high come together: give both columns or none",
                        file, header.line, "red_line");
  }
  return columns;
}

struct Cell {
  std::string text;
  std::string actor;
  int line = 0;
};

// A number in a cell; `allowed` says what the column takes, for the message.
Result<std::optional<double>> NumberIn(const Cell& cell, std::string_view field,
                                       std::string_view allowed, const std::string& file) {
  if (cell.text.empty()) return std::optional<double>{};
  auto value = csv::ParseNumber(cell.text);
  if (!value) {
    return InvalidInput(fmt::format("{} '{}' for actor '{}' {} (allowed: {})", field, cell.text,
                                    cell.actor, csv::NumberProblem(value.error()), allowed),
                        file, cell.line, std::string(field));
  }
  return std::optional<double>{*value};
}

Result<double> Required(const Cell& cell, std::string_view field, std::string_view allowed,
                        const std::string& file) {
  auto value = NumberIn(cell, field, allowed, file);
  if (!value) return tl::unexpected(value.error());
  if (!*value) {
    return InvalidInput(
        fmt::format("missing {} for actor '{}' (allowed: {})", field, cell.actor, allowed), file,
        cell.line, std::string(field));
  }
  return **value;
}

class RowReader {
 public:
  RowReader(const Columns& columns, Scenario& scenario, const std::string& file)
      : columns_(columns), scenario_(scenario), file_(file) {
    const Scale& scale = scenario.issues.front().scale;
    scale_ = fmt::format("a number in the scale [{:g}, {:g}]", scale.min, scale.max);
    salience_ = fmt::format("a number in [0, {:g}]", scenario.salience_scale);
  }

  Status Read(const csv::Row& row) {
    const std::size_t actor_column = columns_.index.at("actor");
    if (row.fields.size() != columns_.count) {
      const std::string who =
          actor_column < row.fields.size()
              ? fmt::format(" of actor '{}'", csv::Trim(row.fields[actor_column]))
              : "";
      return InvalidInput(fmt::format("row{} has {} fields, the header has {}", who,
                                      row.fields.size(), columns_.count),
                          file_, row.line);
    }
    const std::string actor = csv::Trim(row.fields[actor_column]);
    if (actor.empty()) return InvalidInput("actor without a name", file_, row.line, "actor");
    const auto cell = [&](const char* column) {
      return Cell{csv::Trim(row.fields[columns_.index.at(column)]), actor, row.line};
    };
    auto capability = Required(cell("capability"), "capability", "a number > 0", file_);
    if (!capability) return tl::unexpected(capability.error());
    auto position = Required(cell("position"), "position", scale_, file_);
    if (!position) return tl::unexpected(position.error());
    auto salience = Required(cell("salience"), "salience", salience_, file_);
    if (!salience) return tl::unexpected(salience.error());
    auto red_line = RedLine(row, cell);
    if (!red_line) return tl::unexpected(red_line.error());
    if (scenario_.actors.size() == kMaxActors) {
      return InvalidInput(fmt::format("more than {} actors (the most parley reads)", kMaxActors),
                          file_, row.line, "actor");
    }
    Actor entry;
    entry.id = entry.name = actor;
    entry.capability = *capability;
    entry.line = row.line;
    scenario_.stances.push_back(Stance{scenario_.actors.size(),
                                       0,
                                       *position,
                                       *salience / scenario_.salience_scale,
                                       *red_line,
                                       {},
                                       row.line});
    scenario_.actors.push_back(std::move(entry));
    return Ok();
  }

 private:
  template <typename CellOf>
  Result<std::optional<Interval>> RedLine(const csv::Row& row, const CellOf& cell) {
    if (columns_.index.count("red_line_low") == 0) return std::optional<Interval>{};
    auto low = NumberIn(cell("red_line_low"), "red_line_low", scale_, file_);
    if (!low) return tl::unexpected(low.error());
    auto high = NumberIn(cell("red_line_high"), "red_line_high", scale_, file_);
    if (!high) return tl::unexpected(high.error());
    if (!*low && !*high) return std::optional<Interval>{};
    if (!*low || !*high) {
      return InvalidInput(fmt::format("actor '{}' has only one end of its red line: give both "
                                      "red_line_low and red_line_high, or neither",
                                      cell("red_line_low").actor),
                          file_, row.line, "red_line");
    }
    return std::optional<Interval>{Interval{**low, **high}};
  }

  const Columns& columns_;
  Scenario& scenario_;
  const std::string& file_;
  std::string scale_;
  std::string salience_;
};

}  // namespace

Result<Scenario> ParseActorCsv(std::string_view text, const std::string& file) {
  if (auto raw = CheckRawInput(text, file); !raw) return tl::unexpected(raw.error());
  auto settings = ReadActorCsvComments(text, file);
  if (!settings) return tl::unexpected(settings.error());
  auto rows = csv::Parse(text, file);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) {
    return InvalidInput("empty actor table: it needs the header actor,capability,position,salience",
                        file, 1);
  }
  auto columns = ReadColumns(rows->front(), file);
  if (!columns) return tl::unexpected(columns.error());
  if (rows->size() == 1) {
    return InvalidInput("the actor table has a header but no actor rows", file, rows->front().line);
  }
  Scenario scenario;
  scenario.file = file;
  scenario.id = FileStem(file);
  scenario.salience_scale = settings->salience_scale;
  Issue issue;
  issue.name = settings->issue.empty() ? scenario.id : settings->issue;
  issue.id = IdFromName(issue.name);
  issue.scale = settings->scale;
  issue.status_quo = settings->status_quo;
  issue.line = settings->issue_line;
  scenario.name = issue.name;
  scenario.description = fmt::format("One issue read from the actor table {}", file);
  scenario.issues.push_back(std::move(issue));
  RowReader reader(*columns, scenario, file);
  for (std::size_t r = 1; r < rows->size(); ++r) {
    if (auto s = reader.Read((*rows)[r]); !s) return tl::unexpected(s.error());
  }
  if (auto s = ValidateScenario(scenario); !s) return tl::unexpected(s.error());
  return scenario;
}

}  // namespace parley
