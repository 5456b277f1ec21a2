#include "analysis/monte_carlo_collect.h"

#include <fmt/format.h>

#include <string_view>
#include <utility>

#include "analysis/run_blocks.h"

namespace parley {

void ParallelFor(ThreadPool* pool, std::size_t count,
                 const std::function<void(std::size_t, int)>& task) {
  if (pool != nullptr) {
    pool->ForEach(count, task);
  } else {
    for (std::size_t index = 0; index < count; ++index) task(index, 0);
  }
}

namespace {

// Per period, its number and date, then per issue one byte (0 not judged,
// 1 judged, 2 judged with an imposer) and the imposer's index as 4
// little-endian bytes.
void AppendUnsigned(std::uint32_t value, RunRecord& record) {
  for (int byte = 0; byte < 4; ++byte) record.push_back(static_cast<char>(value >> (8 * byte)));
}

Result<std::uint32_t> ReadUnsigned(std::string_view record, std::size_t& offset) {
  if (offset + 4 > record.size()) {
    return MakeError(ErrorCode::kInvalidInput, "run record ends inside a force verdict");
  }
  std::uint32_t value = 0;
  for (int byte = 0; byte < 4; ++byte) {
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(record[offset++])) << (8 * byte);
  }
  return value;
}

Result<std::vector<PeriodJudgement>> ReadJudgements(std::string_view record, std::size_t& offset) {
  auto count = ReadUnsigned(record, offset);
  if (!count) return tl::unexpected(count.error());
  std::vector<PeriodJudgement> periods;
  for (std::uint32_t p = 0; p < *count; ++p) {
    PeriodJudgement period;
    auto number = ReadUnsigned(record, offset);
    auto length = number ? ReadUnsigned(record, offset) : number;
    if (!length) return tl::unexpected(length.error());
    period.period = static_cast<int>(*number);
    if (offset + *length > record.size()) {
      return MakeError(ErrorCode::kInvalidInput, "run record ends inside a period's date");
    }
    period.date = std::string(record.substr(offset, *length));
    offset += *length;
    auto issues = ReadUnsigned(record, offset);
    if (!issues) return tl::unexpected(issues.error());
    for (std::uint32_t k = 0; k < *issues; ++k) {
      if (offset >= record.size()) {
        return MakeError(ErrorCode::kInvalidInput, "run record ends inside a force verdict");
      }
      const char kind = record[offset++];
      auto imposer = ReadUnsigned(record, offset);
      if (!imposer) return tl::unexpected(imposer.error());
      DrawForce force;
      force.judged = kind != 0;
      if (kind == 2) force.imposer = *imposer;
      period.issues.push_back(force);
    }
    periods.push_back(std::move(period));
  }
  return periods;
}

// Run `run`'s record into draws.Run(m, run) and, judging force, judgements[m][run].
Status DecodeRun(const RunRecord& record, std::size_t run, bool force, DrawTable& draws,
                 RunJudgements& judgements) {
  std::size_t offset = 0;
  for (std::size_t m = 0; m < draws.Models(); ++m) {
    if (Status decoded = DecodeOutcomesInto(record, offset, draws.Run(m, run)); !decoded) {
      return decoded;
    }
    if (!force) continue;
    auto judged = ReadJudgements(record, offset);
    if (!judged) return tl::unexpected(judged.error());
    judgements[m][run] = std::move(*judged);
  }
  if (offset != record.size()) {
    return MakeError(
        ErrorCode::kInternal,
        fmt::format("run {} gave {} bytes of outcomes, expected {}", run, record.size(), offset));
  }
  return Ok();
}

}  // namespace

void AppendJudgements(const std::vector<PeriodJudgement>& periods, RunRecord& record) {
  AppendUnsigned(static_cast<std::uint32_t>(periods.size()), record);
  for (const PeriodJudgement& period : periods) {
    AppendUnsigned(static_cast<std::uint32_t>(period.period), record);
    AppendUnsigned(static_cast<std::uint32_t>(period.date.size()), record);
    record += period.date;
    AppendUnsigned(static_cast<std::uint32_t>(period.issues.size()), record);
    for (const DrawForce& force : period.issues) {
      record.push_back(static_cast<char>(!force.judged ? 0 : force.imposer ? 2 : 1));
      AppendUnsigned(force.imposer ? static_cast<std::uint32_t>(*force.imposer) : 0u, record);
    }
  }
}

Status DecodeRuns(std::vector<RunRecord>& records, bool force, DrawTable& draws,
                  RunJudgements& judgements, ThreadPool* pool) {
  FirstFailure failure;  // none unless a record is broken
  ParallelFor(pool, records.size(), [&](std::size_t run, int) {
    auto decoded = DecodeRun(records[run], run, force, draws, judgements);
    if (!decoded) failure.Record(run, decoded.error());
    RunRecord().swap(records[run]);
  });
  if (failure.Failed()) return tl::unexpected(failure.Take());
  return Ok();
}

std::vector<ModelSummary> SummariseModels(const Scenario& scenario,
                                          const std::vector<std::string>& names,
                                          const DrawTable& draws,
                                          const std::vector<std::vector<DrawOutcome>>& points,
                                          bool ensemble, ThreadPool* pool) {
  const std::size_t issues = scenario.issues.size();
  const std::size_t models = names.size();
  std::vector<ModelSummary> summaries(models + (ensemble ? 1 : 0));
  for (std::size_t m = 0; m < summaries.size(); ++m) {
    summaries[m].model = m < models ? names[m] : "ensemble";
    summaries[m].issues.resize(issues);
  }
  // One task per (row, issue); the ensemble pools model by model, run by run.
  ParallelFor(pool, summaries.size() * issues, [&](std::size_t task, int) {
    const std::size_t row = task / issues;
    const std::size_t k = task % issues;
    const std::size_t first = row < models ? row : 0;
    const std::size_t last = row < models ? row + 1 : models;
    const DrawOutcome* point = row < models ? &points[row][k] : nullptr;
    summaries[row].issues[k] = SummariseIssue(scenario, k, draws.Column(first, last, k), point);
  });
  return summaries;
}

}  // namespace parley
