// Reading and writing scenarios. This is the only part of the library that
// touches files. Every reader validates what it reads and reports the first
// problem as "file:line: message" naming the field and actor.
#pragma once

#include <string>
#include <string_view>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

enum class ScenarioFormat {
  kYaml,     // parley's native format (docs/scenario-format.md)
  kJson,     // the same schema as JSON
  kKtabCsv,  // KTAB's SMP CSV (reference/ktab/SPEC.md 4.2)
  kKtabXml,  // KTAB's SMP XML (reference/ktab/SPEC.md 4.2)
  kDeuCsv,   // the DEU long CSV (reference/deu/README.md)
  // A plain one-issue actor table: actor,capability,position,salience.
  kActorCsv,
};

std::string_view ToString(ScenarioFormat format);
Result<ScenarioFormat> ScenarioFormatFromString(std::string_view text);
// Guesses the format from the extension and, for .csv, the header line.
Result<ScenarioFormat> DetectScenarioFormat(const std::string& path);

// Parses parley's YAML or JSON scenario text. `file` names the source in messages.
Result<Scenario> ParseScenarioText(std::string_view text, const std::string& file);
// The same for text that must be strict JSON (what LoadScenario uses for .json):
// YAML-isms such as trailing commas are refused, with the line.
Result<Scenario> ParseScenarioJson(std::string_view text, const std::string& file);
Result<Scenario> ParseDeuCsv(std::string_view text, const std::string& file);
Result<Scenario> ParseKtabCsv(std::string_view text, const std::string& file);
Result<Scenario> ParseKtabXml(std::string_view text, const std::string& file);
// A one-issue actor table: header actor,capability,position,salience (any
// order, optional red_line_low,red_line_high); '#' lines `issue:`, `scale:`,
// `status_quo:` and `salience_scale:` (docs/scenario-format.md).
Result<Scenario> ParseActorCsv(std::string_view text, const std::string& file);

// Reads a file in the given (or detected) format and validates it.
Result<Scenario> LoadScenario(const std::string& path);
Result<Scenario> LoadScenario(const std::string& path, ScenarioFormat format);

// Renders a scenario in parley's native schema.
std::string ScenarioToYaml(const Scenario& scenario);
std::string ScenarioToJson(const Scenario& scenario);

// Renders a scenario as KTAB's SMP CSV: every actor must take a stance on
// every issue (KTAB has no abstentions); positions are mapped from each
// issue's scale onto 0-100 and saliences written on 0-100. Parameters,
// accommodation and provenance have no place in that format and are dropped.
Result<std::string> ScenarioToKtabCsv(const Scenario& scenario);
// Renders a scenario as the DEU long CSV (one row per stance; status quo as
// reference_point, real outcome as outcome). Scales must be 0-100.
Result<std::string> ScenarioToDeuCsv(const Scenario& scenario);

// Every reader refuses input that is not UTF-8 (naming the line and byte
// offset), input over 64 MiB, and more actors or issues than parley's limits
// (docs/errors.md lists them).

// Reads a whole file into a string (at most 64 MiB).
Result<std::string> ReadTextFile(const std::string& path);
// Reads a whole file parley wrote itself (a checkpoint), without the 64 MiB cap.
Result<std::string> ReadLargeFile(const std::string& path);
// Writes `content` to `path` atomically: a fresh temporary file (random name,
// O_EXCL) beside the target, given the target's mode, synced, then renamed
// over it, so a failed run never leaves a half-written output. A symbolic
// link is followed (the file it points to is replaced); a target that is not
// a regular file (directory, device, FIFO) is refused. docs/errors.md.
Status WriteTextFileAtomically(const std::string& path, std::string_view content);

}  // namespace parley
