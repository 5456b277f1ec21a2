#include "cli/app.h"

#include <fmt/format.h>

#include <vector>

#include "cli/command.h"
#include "cli/conflict_cli.h"
#include "cli/dynamics_cli.h"
#include "cli/uncertainty_cli.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitData = 1;
constexpr int kExitUsage = 2;

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
  };
}

int ExitCodeFor(const Error& error) {
  return error.code == ErrorCode::kInvalidArgument ? kExitUsage : kExitData;
}

int Execute(const Command& command, std::ostream& out, std::ostream& err) {
  auto text = command.run();
  if (!text) {
    err << "parley: " << text.error().ToString() << "\n";
    return ExitCodeFor(text.error());
  }
  if (command.output_path && !command.output_path->empty()) {
    if (auto written = WriteTextFileAtomically(*command.output_path, *text); !written) {
      err << "parley: " << written.error().ToString() << "\n";
      return kExitData;
    }
    return kExitOk;
  }
  out << *text;
  return kExitOk;
}

}  // namespace

std::shared_ptr<std::string> AddOutputOption(CLI::App* app) {
  auto path = std::make_shared<std::string>();
  app->add_option("-o,--output", *path, "Write the output to FILE (written only on success)");
  return path;
}

Status CheckTableOrJsonFormat(const std::string& format) {
  if (format == "table" || format == "json") return Ok();
  return InvalidArgument(fmt::format("--format '{}' must be table or json", format));
}

int Run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const ModelRegistry& models) {
  CLI::App app{"parley: forecast and simulate multi-party negotiations in political conflicts"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  const std::vector<Command> commands = RegisterAll(app, models);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp& e) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {  // --version
      out << e.what() << "\n";
      return kExitOk;
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
