// Run records: exact bytes of each run's outcomes (include/parley/run_records.h).
#include "parley/run_records.h"

#include <fmt/format.h>

#include <bit>
#include <cstdint>

#include "parley/sha256.h"

namespace parley {
namespace {

void AppendBits(std::uint64_t bits, std::string& out) {
  for (int byte = 0; byte < 8; ++byte) {
    out.push_back(static_cast<char>((bits >> (8 * byte)) & 0xFF));
  }
}

std::uint64_t ReadBits(std::string_view bytes) {
  std::uint64_t bits = 0;
  for (int byte = 7; byte >= 0; --byte) {
    bits = (bits << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(byte)]);
  }
  return bits;
}

}  // namespace

void AppendOutcomes(const std::vector<DrawOutcome>& outcomes, RunRecord& record) {
  for (const DrawOutcome& outcome : outcomes) {
    const int reason = outcome.reason ? 1 + static_cast<int>(*outcome.reason) : 0;
    record.push_back(static_cast<char>(reason));
    AppendBits(std::bit_cast<std::uint64_t>(outcome.outcome), record);
  }
}

RunRecord EncodeOutcomes(const std::vector<DrawOutcome>& outcomes) {
  RunRecord record;
  record.reserve(outcomes.size() * kOutcomeRecordBytes);
  AppendOutcomes(outcomes, record);
  return record;
}

Status DecodeOutcomesInto(std::string_view record, std::size_t& offset,
                          std::span<DrawOutcome> outcomes) {
  if (offset > record.size() || (record.size() - offset) / kOutcomeRecordBytes < outcomes.size()) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("run record of {} bytes is too short for {} outcomes at byte {}",
                                 record.size(), outcomes.size(), offset));
  }
  for (DrawOutcome& outcome : outcomes) {
    const auto reason = static_cast<unsigned char>(record[offset]);
    if (reason > kNoOutcomeReasonCount) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("run record has unknown reason {} at byte {}", reason, offset));
    }
    outcome.reason = reason > 0
                         ? std::optional<NoOutcomeReason>(static_cast<NoOutcomeReason>(reason - 1))
                         : std::nullopt;
    outcome.outcome = std::bit_cast<double>(ReadBits(record.substr(offset + 1, 8)));
    offset += kOutcomeRecordBytes;
  }
  return Ok();
}

Result<std::vector<DrawOutcome>> DecodeOutcomes(std::string_view record, std::size_t& offset,
                                                std::size_t count) {
  std::vector<DrawOutcome> outcomes(count);
  if (Status decoded = DecodeOutcomesInto(record, offset, outcomes); !decoded) {
    return tl::unexpected(decoded.error());
  }
  return outcomes;
}

std::string InputsDigest(const std::vector<UncertainInput>& inputs) {
  std::string bytes;
  for (const UncertainInput& input : inputs) {
    bytes += fmt::format("{} {} {} {} {} ", static_cast<int>(input.field), input.actor,
                         input.issue ? static_cast<long long>(*input.issue) : -1LL,
                         input.stance ? static_cast<long long>(*input.stance) : -1LL,
                         static_cast<int>(input.distribution));
    for (double value : {input.value, input.low, input.high, input.spread}) {
      bytes += fmt::format("{:016x} ", std::bit_cast<std::uint64_t>(value));
    }
    bytes += "\n";
  }
  return Sha256Hex(bytes).substr(0, 16);
}

}  // namespace parley
