// `parley new NAME`: a commented scenario template that runs as written.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "cli/start_cli.h"

namespace parley::cli {
namespace {

// The template, with {id} for the scenario id. Every value cites an estimate
// that says to replace it, so `parley show` marks what is still a placeholder.
constexpr const char* kTemplate =
    R"(# A parley scenario (schema 1): every field is explained in docs/scenario-format.md,
# and docs/guide.md walks through coding one from sources. This template runs as written:
#   parley forecast {id}.yaml        where the bargaining lands, every model
#   parley show {id}.yaml            the values and the source of each
# Replace the placeholder actors, issues and stances with your own; keep a source for every
# value (a document with a locator and quote, or an estimate with its reason).
parley: 1
id: {id}
name: "{id}: replace with a one-line title"
description: "What is being negotiated, by whom, and as of when."
as_of: "2026-01-01"            # the date your information reflects (YYYY-MM-DD)
salience_scale: 100            # saliences below are on 0..100 (use 1 for 0..1)

documents:                     # the sources that values cite, by key
  doc1: "Author (year), title, where to find it"

actors:                        # capability > 0; only ratios between actors matter
  - id: GOV
    name: Government
    role: parent_state         # parent_state | de_facto_authority | patron | guarantor | mediator |
                               # regional_power | international_organisation | civil_society | other
    capability: 60
    sources:
      capability: {estimate: "placeholder: replace with your coding and its reason"}
  - id: REG
    name: Regional authority
    role: de_facto_authority
    capability: 25
    sources:
      capability: {estimate: "placeholder: replace with your coding and its reason"}
  - id: MED
    name: Mediator
    role: mediator
    capability: 15
    sources:
      capability: {document: doc1, locator: "p. 1", quote: "replace with the passage you coded"}

issues:                        # each issue is a line between two labelled ends
  - id: autonomy
    name: Powers of the region
    scale: {min: 0, max: 100, min_label: "no self-rule", max_label: "full independence"}
    status_quo: 20             # optional: where things stand if talks fail
    sources:
      status_quo: {estimate: "placeholder: replace with your coding and its reason"}
  - id: monitoring
    name: International monitoring of the ceasefire
    scale: {min: 0, max: 100, min_label: "none", max_label: "armed international mission"}
    status_quo: 10
    sources:
      status_quo: {estimate: "placeholder: replace with your coding and its reason"}

stances:                       # one per actor and issue; an actor without one sits the issue out
  - actor: GOV
    issue: autonomy
    position: 10               # where the actor wants the outcome, on the issue's scale
    salience: 90               # how much it cares, 0..salience_scale
    red_line: [0, 40]          # optional: the outcomes it can accept (it must hold its position)
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}
      red_line: {estimate: "placeholder: replace with your coding and its reason"}
  - actor: REG
    issue: autonomy
    position: 80
    salience: 95
    red_line: [50, 100]
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}
      red_line: {estimate: "placeholder: replace with your coding and its reason"}
  - actor: MED
    issue: autonomy
    position: 50
    salience: 40
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}
  - actor: GOV
    issue: monitoring
    position: 20
    salience: 50
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}
  - actor: REG
    issue: monitoring
    position: 90
    salience: 60
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}
  - actor: MED
    issue: monitoring
    position: 70
    salience: 80
    sources:
      position: {estimate: "placeholder: replace with your coding and its reason"}
      salience: {estimate: "placeholder: replace with your coding and its reason"}

# Optional sections (see docs/scenario-format.md and docs/mechanisms/):
# uncertainty:                 # spreads for values you are unsure of (parley uncertainty)
#   position: {sd: 5}
#   sources:
#     position: {estimate: "codings on 0-100 are good to about 5 points"}
# regimes: {...}               # mediation formats: docs/mechanisms/mediation-regimes.md
# events: [...]                # a timeline for parley simulate: docs/mechanisms/timeline-events.md
# engagement: {...}            # engagement measures for parley engage: docs/mechanisms/engagement.md
)";

bool IsIdCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
}

struct NewRequest {
  std::string name;
  bool force = false;
};

// "cyprus-2017" -> id "cyprus-2017", file "cyprus-2017.yaml"; "x.yaml" -> id "x".
Result<std::string> IdFromName(const std::string& name) {
  std::string id = name;
  for (std::string_view suffix : {".yaml", ".yml"}) {
    if (id.size() > suffix.size() && id.ends_with(suffix)) id.resize(id.size() - suffix.size());
  }
  if (id.empty() || !std::all_of(id.begin(), id.end(), IsIdCharacter)) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("scenario name '{}' must be letters, digits, '-', '_' or '.' "
                                 "(it becomes the scenario id and the file name)",
                                 name));
  }
  return id;
}

}  // namespace

std::string ScenarioTemplate(std::string_view id) {
  std::string text = kTemplate;
  const std::string_view marker = "{id}";
  for (std::size_t at = text.find(marker); at != std::string::npos;
       at = text.find(marker, at + id.size())) {
    text.replace(at, marker.size(), id);
  }
  return text;
}

Command RegisterNewCommand(CLI::App& app) {
  auto request = std::make_shared<NewRequest>();
  CLI::App* sub = app.add_subcommand(
      "new", "Write a commented scenario template NAME.yaml that runs as written");
  sub->add_option("name", request->name, "Scenario id; the file is NAME.yaml unless -o is given")
      ->required();
  auto output = AddOutputOption(sub);
  sub->add_flag("--force", request->force, "Overwrite an existing file");
  return Command{
      sub,
      [request, output]() -> Result<std::string> {
        auto id = IdFromName(request->name);
        if (!id) return tl::unexpected(id.error());
        if (output->empty()) *output = *id + ".yaml";
        std::error_code error;
        if (*output != "-" && !request->force && std::filesystem::exists(*output, error)) {
          return MakeError(ErrorCode::kInvalidArgument,
                           fmt::format("{} exists; use --force to overwrite it, or "
                                       "-o to write elsewhere",
                                       *output));
        }
        return ScenarioTemplate(*id);
      },
      output};
}

}  // namespace parley::cli
