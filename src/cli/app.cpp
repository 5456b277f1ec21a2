#include "cli/app.h"

#include <fmt/format.h>

#include <exception>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "cli/cluster.h"
#include "cli/command.h"
#include "cli/command_line.h"
#include "cli/conflict_cli.h"
#include "cli/dynamics_cli.h"
#include "cli/force_cli.h"
#include "cli/ledger.h"
#include "cli/report_cli.h"
#include "cli/scenario_source.h"
#include "cli/start_cli.h"
#include "cli/uncertainty_cli.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitData = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report Ctrl-C

// Every subcommand, in the order `parley --help` lists them. Add new ones here.
std::vector<Command> RegisterAll(CLI::App& app, const ModelRegistry& models) {
  return {
      RegisterForecastCommand(app, models),
      RegisterValidateCommand(app, models),
      RegisterScenariosCommand(app),
      RegisterShowCommand(app),
      RegisterConvertCommand(app),
      RegisterModelsCommand(app, models),
      RegisterEngageCommand(app, models),
      RegisterSimulateCommand(app, models),
      RegisterPackagesCommand(app),
      RegisterCompareRegimesCommand(app, models),
      RegisterExchangeCommand(app),
      RegisterUncertaintyCommand(app, models),
      RegisterSensitivityCommand(app, models),
      RegisterTippingCommand(app, models),
      RegisterNewCommand(app),
      RegisterReportCommand(app, models),
      RegisterRecordCommand(app, models),
      RegisterScoreCommand(app),
      RegisterForceCommand(app, models),
  };
}

int ExitCodeFor(const Error& error) {
  if (error.code == ErrorCode::kCancelled) return kExitInterrupted;
  return error.code == ErrorCode::kInvalidArgument ? kExitUsage : kExitData;
}

// Writes to standard output (or the stream tests pass) and checks that it
// arrived: `parley scenarios > /dev/full` must fail, not exit 0.
int WriteToStream(std::ostream& out, std::ostream& err, std::string_view text) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (out) return kExitOk;
  err << "parley: cannot write to standard output (disk full or closed pipe?)\n";
  return kExitData;
}

// A command must report errors as values; an exception escaping one is a bug
// in parley, reported as such instead of aborting the program.
Result<std::string> RunCommand(const Command& command) {
  try {
    return command.run();
  } catch (const nlohmann::json::type_error& exception) {
    if (exception.id ==
        316) {  // invalid UTF-8; inputs are checked, so a name given on the command line
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("the output would hold text that is not valid UTF-8 (a file "
                                   "name or argument?): {}",
                                   exception.what()));
    }
    return MakeError(ErrorCode::kInternal,
                     fmt::format("internal error (please report it): {}", exception.what()));
  } catch (const std::exception& exception) {
    return MakeError(ErrorCode::kInternal,
                     fmt::format("internal error (please report it): {}", exception.what()));
  }
}

int Execute(const Command& command, std::ostream& out, std::ostream& err) {
  WarningScope warnings(&err);  // prints each warning as it comes
  auto text = RunCommand(command);
  if (!text) {
    err << "parley: " << text.error().ToString() << "\n";
    return ExitCodeFor(text.error());
  }
  if (!WritesOutput()) return kExitOk;  // an MPI rank other than 0 (cluster.h)
  if (command.output_path && !command.output_path->empty() && *command.output_path != "-") {
    if (auto written = WriteTextFileAtomically(*command.output_path, *text); !written) {
      err << "parley: " << written.error().ToString() << "\n";
      return kExitData;
    }
    return kExitOk;
  }
  return WriteToStream(out, err, *text);
}

}  // namespace

std::shared_ptr<std::string> AddOutputOption(CLI::App* app) {
  auto path = std::make_shared<std::string>();
  app->add_option("-o,--output", *path,
                  "Write the output to FILE (written only on success; '-' for standard output)");
  return path;
}

Status CheckTableOrJsonFormat(const std::string& format) {
  if (format == "table" || format == "json") return Ok();
  return InvalidArgument(fmt::format("--format '{}' must be table or json", format));
}

CommandLine BuildCommandLine(const ModelRegistry& models) {
  CommandLine line;
  line.app = std::make_unique<CLI::App>(
      "parley: forecast and simulate multi-party negotiations in political conflicts", "parley");
  line.app->require_subcommand(1);
  line.app->set_version_flag("--version", "parley 0.1.0");
  line.commands = RegisterAll(*line.app, models);
  return line;
}

int Run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const ModelRegistry& models) {
  const CommandLine line = BuildCommandLine(models);
  CLI::App& app = *line.app;
  const std::vector<Command>& commands = line.commands;
  if (auto unknown = UnknownCommandMessage(app, argc, argv)) {
    err << "parley: " << *unknown << "\nRun 'parley --help' for usage.\n";
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return WriteToStream(out, err, app.help());
  } catch (const CLI::CallForAllHelp& e) {
    return WriteToStream(out, err, app.help("", CLI::AppFormatMode::All));
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {  // --version
      return WriteToStream(out, err, std::string(e.what()) + "\n");
    }
    err << "parley: " << e.what() << "\n";
    err << "Run 'parley --help' for usage.\n";
    return kExitUsage;
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return Execute(command, out, err);
  }
  return kExitUsage;
}

}  // namespace parley::cli
