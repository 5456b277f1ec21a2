#include "cli/ledger.h"

#include <fmt/format.h>

#include <algorithm>

#include "parley/sha256.h"

namespace parley::cli {

std::vector<double> LedgerLevels() {
  std::vector<double> levels;
  for (int k = 1; k <= 19; ++k) levels.push_back(k / 20.0);
  return levels;
}

std::string GenesisHash() { return std::string(64, '0'); }

std::string EntryHash(const LedgerEntry& entry, const std::string& previous) {
  LedgerEntry body = entry;
  body.erase("hash");
  return Sha256Hex(previous + "\n" + body.dump());
}

Result<LedgerFile> ReadLedger(
    const std::string& text, const std::string& file,
    const std::function<void(std::size_t done, std::size_t total)>& progress) {
  LedgerFile ledger;
  std::string previous = GenesisHash();
  std::size_t start = 0;
  int line = 0;
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  while (start < text.size()) {
    if (progress && line % 64 == 0) progress(static_cast<std::size_t>(line), lines);
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string row = text.substr(start, end - start);
    start = end + 1;
    ++line;
    if (row.find_first_not_of(" \t\r") == std::string::npos) continue;
    LedgerEntry entry = LedgerEntry::parse(row, nullptr, /*allow_exceptions=*/false);
    if (entry.is_discarded() || !entry.is_object()) {
      return InvalidInput("not a JSON object (one ledger entry per line)", file, line, "entry");
    }
    const std::size_t number = ledger.entries.size() + 1;
    const std::string stored = entry.value("hash", std::string());
    const std::string linked = entry.value("previous_hash", std::string());
    if (linked != previous) {
      ledger.broken.push_back(fmt::format(
          "{}:{}: entry {}: previous_hash does not match the hash of the entry before it", file,
          line, number));
    } else if (stored != EntryHash(entry, previous)) {
      ledger.broken.push_back(fmt::format(
          "{}:{}: entry {}: its content does not match its hash (edited after recording)", file,
          line, number));
    }
    previous = stored;
    ledger.entries.push_back(std::move(entry));
    ledger.lines.push_back(line);
  }
  return ledger;
}

}  // namespace parley::cli
