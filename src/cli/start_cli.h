// Internal: the getting-started parts of the command line: `parley new`, the
// nearest-command hint for a mistyped subcommand, and the generators of the
// bash completion script and the man page (all from the same CLI11 app).
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"

namespace parley::cli {

// `parley new NAME [-o FILE] [--force]`: writes a commented scenario template.
Command RegisterNewCommand(CLI::App& app);

// The commented template `parley new` writes, with `id` set to `id`.
std::string ScenarioTemplate(std::string_view id);

// Edit distance (insertions, deletions, substitutions and swaps of two
// neighbouring letters each count 1): "forcast" -> "forecast" is 1.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a likely typo
// (distance at most 2, and less than half the word), else nothing.
std::optional<std::string> NearestName(std::string_view word,
                                       const std::vector<std::string>& candidates);

// When argv's first argument looks like a subcommand (no leading '-') that
// `app` does not have: "unknown command 'forcast'; did you mean 'forecast'?".
std::optional<std::string> UnknownCommandMessage(const CLI::App& app, int argc,
                                                 const char* const* argv);

// A bash completion script for `app` (subcommands, their options, and the
// values of options that list them), and a man page in roff.
std::string BashCompletion(const CLI::App& app);
std::string ManPage(const CLI::App& app);

}  // namespace parley::cli
