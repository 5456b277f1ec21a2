// The bash completion script and the man page, both generated from the
// command line's own subcommands and options (so they cannot drift from it).
#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "cli/start_cli.h"
#include "parley/builtin_scenarios.h"
#include "parley/model.h"

namespace parley::cli {
namespace {

std::vector<const CLI::App*> Subcommands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
}

// Named options shown in the help (CLI11 hides those in the empty group).
std::vector<const CLI::Option*> NamedOptions(const CLI::App& app) {
  std::vector<const CLI::Option*> options;
  for (const CLI::Option* option : app.get_options()) {
    if (option->nonpositional() && !option->get_group().empty()) options.push_back(option);
  }
  return options;
}

std::vector<std::string> Spellings(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.get_snames()) names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) names.push_back("--" + name);
  return names;
}

bool TakesValue(const CLI::Option& option) {
  const auto& long_names = option.get_lnames();
  const bool help = std::find(long_names.begin(), long_names.end(), "help") != long_names.end();
  return !help && option.get_type_size() != 0;
}

// The values a --format or --to option lists at the start of its help:
// "table, json or csv (default table)" -> table json csv; "yaml (default),
// json or deu-csv" -> yaml json deu-csv.
std::vector<std::string> ListedValues(const CLI::Option& option) {
  const auto& long_names = option.get_lnames();
  const bool lists =
      std::find(long_names.begin(), long_names.end(), "format") != long_names.end() ||
      std::find(long_names.begin(), long_names.end(), "to") != long_names.end();
  if (!lists) return {};
  static const std::regex kList(R"(^([a-z0-9-]+)((, [a-z0-9-]+)*)( or ([a-z0-9-]+))?)");
  static const std::regex kDefaultNote(R"( ?\(default[^)]*\))");
  const std::string text = std::regex_replace(option.get_description(), kDefaultNote, "");
  std::smatch match;
  if (!std::regex_search(text, match, kList)) return {};
  std::vector<std::string> values{match[1].str()};
  static const std::regex kWord(R"([a-z0-9-]+)");
  const std::string middle = match[2].str();
  for (auto it = std::sregex_iterator(middle.begin(), middle.end(), kWord);
       it != std::sregex_iterator(); ++it) {
    values.push_back(it->str());
  }
  if (match[5].matched) values.push_back(match[5].str());
  return values;
}

std::string ModelChoices() {
  std::string names = "all";
  for (const auto& spec : BuiltinModels().Models()) names += " " + spec->name;
  return names;
}

// The `case "$prev"` arms of one subcommand: what follows each option that
// takes a value (files, models, listed values, or nothing to suggest).
std::string ValueArms(const CLI::App& sub) {
  std::string arms;
  for (const CLI::Option* option : NamedOptions(sub)) {
    if (!TakesValue(*option)) continue;
    const std::string pattern = fmt::format("{}", fmt::join(Spellings(*option), "|"));
    const auto& long_names = option->get_lnames();
    const std::string long_name = long_names.empty() ? "" : long_names.front();
    std::string reply = "COMPREPLY=()";
    if (long_name == "output" || long_name == "draws") {
      reply = R"(COMPREPLY=($(compgen -f -- "$cur")))";
    } else if (long_name == "model") {
      reply = fmt::format(R"(COMPREPLY=($(compgen -W "{}" -- "$cur")))", ModelChoices());
    } else if (auto values = ListedValues(*option); !values.empty()) {
      reply = fmt::format(R"(COMPREPLY=($(compgen -W "{}" -- "$cur")))", fmt::join(values, " "));
    }
    arms += fmt::format("        {}) {}; return ;;\n", pattern, reply);
  }
  return arms;
}

std::string OptionWords(const CLI::App& sub) {
  std::vector<std::string> words;
  for (const CLI::Option* option : NamedOptions(sub)) {
    for (const std::string& name : option->get_lnames()) words.push_back("--" + name);
  }
  return fmt::format("{}", fmt::join(words, " "));
}

// Roff: a backslash doubled, a hyphen that is a minus sign, no line starting with a dot.
std::string Roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

}  // namespace

std::string BashCompletion(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : Subcommands(app)) names.push_back(sub->get_name());
  std::vector<std::string> scenarios;
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) scenarios.push_back(info.id);

  std::string script =
      fmt::format(R"(# bash completion for parley. Generated from parley's own command line at build
# time (parley_shell_docs); do not edit. Install as
# /usr/share/bash-completion/completions/parley, or source it.
_parley() {{
    local cur prev command
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "{} --help --version" -- "$cur"))
        return
    fi
    command="${{COMP_WORDS[1]}}"
    case "$command" in
)",
                  fmt::join(names, " "));
  for (const CLI::App* sub : Subcommands(app)) {
    script += fmt::format("    {})\n        case \"$prev\" in\n{}        esac\n", sub->get_name(),
                          ValueArms(*sub));
    script += fmt::format(
        "        if [[ \"$cur\" == -* ]]; then\n"
        "            COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))\n"
        "            return\n"
        "        fi\n        ;;\n",
        OptionWords(*sub));
  }
  script += fmt::format(R"(    esac
    COMPREPLY=($(compgen -W "{}" -- "$cur") $(compgen -f -- "$cur"))
}}
complete -o filenames -F _parley parley
)",
                        fmt::join(scenarios, " "));
  return script;
}

std::string ManPage(const CLI::App& app) {
  std::string page = fmt::format(
      ".TH PARLEY 1 \"\" \"parley 0.1.0\" \"User Commands\"\n"
      ".SH NAME\nparley \\- {}\n"
      ".SH SYNOPSIS\n.B parley\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fISCENARIO\\fR]\n"
      ".SH DESCRIPTION\n"
      "parley takes a scenario (actors of unequal power with positions, saliences and red lines "
      "on issues with labelled scales) and forecasts where the bargaining lands, with models "
      "from the literature. A scenario is a YAML or JSON file, a KTAB or DEU CSV file, or the "
      "id of a built-in scenario (\\fBparley scenarios\\fR). \\fBparley new NAME\\fR writes a "
      "commented template.\n"
      ".SH COMMANDS\n",
      Roff("forecast and simulate multi-party negotiations in political conflicts"));
  for (const CLI::App* sub : Subcommands(app)) {
    page += fmt::format(".SS \"parley {}\"\n{}\n", sub->get_name(), Roff(sub->get_description()));
    for (const CLI::Option* option : sub->get_options()) {
      if (option->get_group().empty()) continue;
      const std::string names = option->nonpositional()
                                    ? fmt::format("{}", fmt::join(Spellings(*option), ", "))
                                    : option->get_name();
      const std::string value = TakesValue(*option) && option->nonpositional()
                                    ? fmt::format(" \\fI{}\\fR", Roff(option->get_type_name()))
                                    : "";
      page += fmt::format(".TP\n\\fB{}\\fR{}\n{}\n", Roff(names), value,
                          Roff(option->get_description()));
    }
  }
  page +=
      ".SH EXIT STATUS\n0 success; 1 bad data (the message names file, line, field, actor and "
      "allowed range; no output file is written); 2 bad usage.\n"
      ".SH FILES\nOutput given with \\fB\\-o\\fR \\fIFILE\\fR is written only on success; "
      "\\fB\\-o \\-\\fR writes to standard output.\n"
      ".SH SEE ALSO\nThe analyst's guide (docs/guide.md) and the scenario format "
      "(docs/scenario-format.md) in the parley sources.\n";
  return page;
}

}  // namespace parley::cli
