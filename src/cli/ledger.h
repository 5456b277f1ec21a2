// Internal: the forecast ledger, a JSON-lines file of forecasts where each
// entry carries the hash of the one before it (docs/validation.md, "Forecast
// ledger"). Entry hash = SHA-256 of the previous entry's hash, a newline, and
// the entry's compact JSON without its "hash" field.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parley/result.h"

namespace parley::cli {

using LedgerEntry = nlohmann::ordered_json;

// The quantile levels each entry records: 0.05, 0.10, ..., 0.95.
std::vector<double> LedgerLevels();

// "0" x 64: the previous hash of the first entry.
std::string GenesisHash();

// The hash an entry must carry, given the previous entry's hash.
std::string EntryHash(const LedgerEntry& entry, const std::string& previous);

struct LedgerFile {
  std::vector<LedgerEntry> entries;
  std::vector<int> lines;           // the file line of each entry
  std::vector<std::string> broken;  // "ledger.jsonl:3: entry 3: ..." for each broken link
};

// Parses the ledger text (empty text: no entries) and checks every link of
// its chain. kInvalidInput naming file and line for a line that is not a JSON
// object; a broken chain is reported in `broken`, not as an error.
// `progress` (for a progress line) sees the lines read and the file's line count.
Result<LedgerFile> ReadLedger(
    const std::string& text, const std::string& file,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

}  // namespace parley::cli

#include "cli/command.h"

namespace parley::cli {
Command RegisterRecordCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterScoreCommand(CLI::App& app);
}  // namespace parley::cli
