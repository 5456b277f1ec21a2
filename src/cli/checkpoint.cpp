// Checkpoints of long runs (cli/checkpoint.h).
#include "cli/checkpoint.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "parley/io.h"
#include "parley/sha256.h"

namespace parley::cli {
namespace {

constexpr std::string_view kMagic = "parley-checkpoint 1";

// Options that never change a run's result: they may differ on --resume.
const std::set<std::string>& Neutral() {
  static const std::set<std::string> names = {
      "--checkpoint",  "--resume", "--checkpoint-runs", "--checkpoint-seconds",
      "--threads",     "--output", "--quiet",           "--help",
      "--format",      "--top",    "--draws",           "--per-issue",
      "--no-warnings", "--store"};
  return names;
}

// One line per value: a newline inside an argument would split the record.
std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    out.push_back(kDigits[byte >> 4]);
    out.push_back(kDigits[byte & 15]);
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<std::string> FromHex(std::string_view text) {
  if (text.size() % 2 != 0) return std::nullopt;
  std::string bytes;
  bytes.reserve(text.size() / 2);
  for (std::size_t i = 0; i < text.size(); i += 2) {
    const int high = HexDigit(text[i]);
    const int low = HexDigit(text[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    bytes.push_back(static_cast<char>(high * 16 + low));
  }
  return bytes;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return lines;
}

}  // namespace

CommandFingerprint FingerprintOf(const CLI::App& command, const Scenario& scenario) {
  CommandFingerprint fingerprint;
  fingerprint.emplace_back("command", command.get_name());
  fingerprint.emplace_back(
      "scenario", fmt::format("{} (digest {})", scenario.id, Sha256Hex(ScenarioToJson(scenario))));
  for (const CLI::Option* option : command.get_options()) {
    const std::string name = option->get_name();
    if (option->get_positional() || Neutral().count(name) > 0) continue;
    std::string value = "(not given)";
    if (option->count() > 0) value = OneLine(fmt::format("{}", fmt::join(option->results(), " ")));
    fingerprint.emplace_back(name, value);
  }
  return fingerprint;
}

std::vector<std::string> FingerprintDifferences(const CommandFingerprint& stored,
                                                const CommandFingerprint& here) {
  auto find = [](const CommandFingerprint& list, const std::string& name) -> std::string {
    for (const auto& [key, value] : list) {
      if (key == name) return value;
    }
    return "(absent)";
  };
  std::vector<std::string> differences;
  std::set<std::string> seen;
  for (const CommandFingerprint* list : {&stored, &here}) {
    for (const auto& field : *list) {
      if (!seen.insert(field.first).second) continue;
      const std::string there = find(stored, field.first);
      const std::string now = find(here, field.first);
      if (there != now) {
        differences.push_back(
            fmt::format("{} is {} in the checkpoint, {} here", field.first, there, now));
      }
    }
  }
  return differences;
}

std::string CheckpointText(const CommandFingerprint& fingerprint,
                           const std::vector<CheckpointJob>& jobs) {
  std::string text = std::string(kMagic) + "\n";
  for (const auto& [name, value] : fingerprint) text += fmt::format("field {} {}\n", name, value);
  for (const CheckpointJob& job : jobs) {
    text += fmt::format("job {} {} {}\n", job.runs, job.records.size(), job.name);
    for (const RunRecord& record : job.records) text += Hex(record) + "\n";
  }
  return text + "end\n";
}

Result<CheckpointContent> ParseCheckpoint(std::string_view text, const std::string& path) {
  const std::vector<std::string_view> lines = Lines(text);
  auto bad = [&](std::size_t line, const std::string& what) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("{}:{}: not a parley checkpoint: {}", path, line + 1, what));
  };
  if (lines.empty() || lines[0] != kMagic) return bad(0, fmt::format("expected '{}'", kMagic));
  if (lines.back() != "end") return bad(lines.size() - 1, "no 'end' line (truncated?)");
  CheckpointContent content;
  std::size_t n = 1;
  for (; n + 1 < lines.size() && lines[n].starts_with("field "); ++n) {
    const std::string_view rest = lines[n].substr(6);
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) return bad(n, "a field without a value");
    content.fingerprint.emplace_back(std::string(rest.substr(0, space)),
                                     std::string(rest.substr(space + 1)));
  }
  while (n + 1 < lines.size()) {
    CheckpointJob job;
    std::size_t done = 0;
    char name[2] = {};
    const std::string header(lines[n]);
    int consumed = 0;
    if (std::sscanf(header.c_str(), "job %zu %zu %1c%n", &job.runs, &done, name, &consumed) != 3 ||
        done > job.runs) {
      return bad(n, "expected 'job RUNS DONE NAME' with DONE <= RUNS");
    }
    job.name = header.substr(static_cast<std::size_t>(consumed) - 1);
    ++n;
    for (std::size_t r = 0; r < done; ++r, ++n) {
      if (n + 1 >= lines.size()) return bad(n, "fewer run records than the job says");
      auto record = FromHex(lines[n]);
      if (!record) return bad(n, "a run record that is not hex");
      job.records.push_back(std::move(*record));
    }
    content.jobs.push_back(std::move(job));
  }
  return content;
}

Result<std::unique_ptr<CheckpointExecutor>> CheckpointExecutor::Open(
    CheckpointSettings settings, CommandFingerprint fingerprint) {
  if (settings.every_runs < 1 || settings.every_runs > 10'000'000) {
    return InvalidArgument(
        fmt::format("--checkpoint-runs must be in [1, 10000000], got {}", settings.every_runs));
  }
  if (!(settings.every_seconds >= 0.1 && settings.every_seconds <= 86400.0)) {
    return InvalidArgument(fmt::format("--checkpoint-seconds must be in [0.1, 86400], got {}",
                                       settings.every_seconds));
  }
  std::unique_ptr<CheckpointExecutor> executor(
      new CheckpointExecutor(std::move(settings), std::move(fingerprint)));
  const std::string& path = executor->settings_.path;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return executor;  // none yet: start from run 0
  if (!executor->settings_.resume) {
    return InvalidArgument(fmt::format(
        "checkpoint '{}' already exists: add --resume to continue it, or remove it to start "
        "again",
        path));
  }
  auto text = ReadLargeFile(path);
  if (!text) return tl::unexpected(text.error());
  auto content = ParseCheckpoint(*text, path);
  if (!content) return tl::unexpected(content.error());
  const auto differences = FingerprintDifferences(content->fingerprint, executor->fingerprint_);
  if (!differences.empty()) {
    return InvalidArgument(fmt::format(
        "checkpoint '{}' was written by another command, refusing to mix their runs: {}", path,
        fmt::join(differences, "; ")));
  }
  executor->stored_ = std::move(content->jobs);
  return executor;
}

Status CheckpointExecutor::Save() {
  std::vector<CheckpointJob> all = jobs_;
  for (std::size_t j = jobs_.size(); j < stored_.size(); ++j) all.push_back(stored_[j]);
  return WriteTextFileAtomically(settings_.path, CheckpointText(fingerprint_, all));
}

Result<std::vector<RunRecord>> CheckpointExecutor::Execute(std::string_view job, std::size_t runs,
                                                           const ComputeRuns& compute) {
  const std::size_t index = jobs_.size();
  CheckpointJob current{std::string(job), runs, {}};
  if (index < stored_.size()) {
    CheckpointJob& stored = stored_[index];
    if (stored.name != job || stored.runs != runs) {
      return InvalidArgument(fmt::format(
          "checkpoint '{}' holds another job as job {}: '{}' ({} runs) there, '{}' ({} runs) "
          "here",
          settings_.path, index + 1, stored.name, stored.runs, job, runs));
    }
    current.records = std::move(stored.records);
  }
  jobs_.push_back(std::move(current));
  std::vector<RunRecord>& records = jobs_.back().records;
  using Clock = std::chrono::steady_clock;
  std::size_t saved = records.size();
  auto saved_at = Clock::now();
  // Chunks grow while they are quick, so the time limit is checked often
  // enough even when one run takes seconds.
  std::size_t chunk = 1;
  while (records.size() < runs) {
    const std::size_t first = records.size();
    const std::size_t last = std::min({runs, first + chunk, saved + settings_.every_runs});
    const auto started = Clock::now();
    auto computed = compute(first, last);
    if (!computed) {
      // Ctrl-C or a failed run: keep what is done for --resume.
      if (records.size() > saved) static_cast<void>(Save());
      return tl::unexpected(computed.error());
    }
    for (RunRecord& record : *computed) records.push_back(std::move(record));
    const double took = std::chrono::duration<double>(Clock::now() - started).count();
    if (took < settings_.every_seconds / 8.0) chunk = std::min<std::size_t>(chunk * 2, 4096);
    const double since = std::chrono::duration<double>(Clock::now() - saved_at).count();
    if (records.size() - saved >= settings_.every_runs || since >= settings_.every_seconds ||
        records.size() == runs) {
      if (Status written = Save(); !written) return tl::unexpected(written.error());
      saved = records.size();
      saved_at = Clock::now();
    }
  }
  if (saved != records.size() || records.empty()) {
    if (Status written = Save(); !written) return tl::unexpected(written.error());
  }
  return records;
}

}  // namespace parley::cli
