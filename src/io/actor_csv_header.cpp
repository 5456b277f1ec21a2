#include "io/actor_csv_header.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "io/csv.h"

namespace parley {
namespace {

// Fields split at commas or blanks, empty ones dropped.
std::vector<std::string> Words(std::string_view text, std::string_view separators) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (separators.find(c) == std::string_view::npos) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

Status ReadScale(std::string_view value, int line, const std::string& file, Scale& scale) {
  const std::vector<std::string> words = Words(value, " \t,");
  std::optional<double> low;
  std::optional<double> high;
  if (words.size() == 2) {
    if (auto number = csv::ParseNumber(words[0])) low = *number;
    if (auto number = csv::ParseNumber(words[1])) high = *number;
  }
  if (!low || !high || !(*low < *high)) {
    return InvalidInput(fmt::format("scale '{}' must be two numbers MIN MAX with MIN < MAX, e.g. "
                                    "'# scale: 0 100'",
                                    csv::Trim(value)),
                        file, line, "scale");
  }
  scale.min = *low;
  scale.max = *high;
  return Ok();
}

Status ReadSetting(const std::string& key, std::string_view value, int line,
                   const std::string& file, ActorCsvSettings& settings) {
  if (key == "issue") {
    settings.issue = csv::Trim(value);
    settings.issue_line = line;
    return Ok();
  }
  if (key == "scale") return ReadScale(value, line, file, settings.scale);
  auto number = csv::ParseNumber(value);
  if (key == "status_quo") {
    if (!number) {
      return InvalidInput(fmt::format("status_quo '{}' {} (allowed: a number in the scale)",
                                      csv::Trim(value), csv::NumberProblem(number.error())),
                          file, line, "status_quo");
    }
    settings.status_quo = *number;
    settings.issue_line = settings.issue_line == 0 ? line : settings.issue_line;
    return Ok();
  }
  if (!number || (*number != 100.0 && *number != 1.0)) {
    return InvalidInput(fmt::format("salience_scale '{}' must be 100 or 1", csv::Trim(value)), file,
                        line, "salience_scale");
  }
  settings.salience_scale = *number;
  return Ok();
}

}  // namespace

bool IsActorCsvHeader(std::string_view line) {
  const std::vector<std::string> fields = Words(line, ",");
  std::set<std::string> names;
  for (const std::string& field : fields) names.insert(csv::Lower(csv::Trim(field)));
  const bool starts_with_actor =
      !fields.empty() && csv::Lower(csv::Trim(fields.front())) == "actor";
  return starts_with_actor || (names.count("actor") && names.count("capability") &&
                               names.count("position") && names.count("salience"));
}

Result<ActorCsvSettings> ReadActorCsvComments(std::string_view text, const std::string& file) {
  ActorCsvSettings settings;
  std::map<std::string, int> seen;  // key -> line
  int number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    if (line.empty() || line.front() != '#') continue;
    const std::string body = csv::Trim(line.substr(1));
    const std::size_t colon = body.find(':');
    if (colon == std::string::npos) continue;
    const std::string key = csv::Lower(csv::Trim(std::string_view(body).substr(0, colon)));
    if (key != "issue" && key != "scale" && key != "status_quo" && key != "salience_scale") {
      continue;
    }
    if (auto [at, fresh] = seen.emplace(key, number); !fresh) {
      return InvalidInput(fmt::format("a second '{}:' line (the first is on line {}); an actor "
                                      "table holds one issue",
                                      key, at->second),
                          file, number, key);
    }
    if (auto s = ReadSetting(key, std::string_view(body).substr(colon + 1), number, file, settings);
        !s) {
      return tl::unexpected(s.error());
    }
  }
  if (settings.status_quo &&
      (*settings.status_quo < settings.scale.min || *settings.status_quo > settings.scale.max)) {
    return InvalidInput(fmt::format("status_quo {:g} outside the scale [{:g}, {:g}]",
                                    *settings.status_quo, settings.scale.min, settings.scale.max),
                        file, seen.at("status_quo"), "status_quo");
  }
  return settings;
}

}  // namespace parley
