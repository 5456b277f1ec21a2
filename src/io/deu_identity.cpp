#include "io/deu_identity.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "io/files.h"

namespace parley {
namespace {

// DEU I-III's actor codes (reference/deu/README.md; DEU codebook): the
// Commission, the Parliament and the 28 member states.
constexpr std::array<std::string_view, 30> kDeuActors = {
    "com", "ep", "at", "be", "bu", "cr", "cy", "cz", "de", "dk", "ee", "el", "es", "fi", "fr",
    "hu",  "ie", "it", "lt", "lu", "lv", "mt", "nl", "pl", "pt", "ro", "se", "si", "sk", "uk"};

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// A letter and digits: "d00032", "a04163" (DEU's proposal codes).
bool IsDeuCode(std::string_view text) {
  return text.size() >= 2 && std::islower(static_cast<unsigned char>(text[0])) != 0 &&
         AllDigits(text.substr(1));
}

// Issue "d00032i1" in proposal "d00032": a code, 'i', the issue's number.
bool IsDeuIssue(const Issue& issue) {
  const std::string_view id = issue.id;
  const std::size_t i = id.rfind('i');
  return IsDeuCode(issue.group) && i != std::string_view::npos && i > 0 &&
         IsDeuCode(id.substr(0, i)) && AllDigits(id.substr(i + 1));
}

bool IsDeuActor(const Actor& actor) {
  return std::find(kDeuActors.begin(), kDeuActors.end(), actor.id) != kDeuActors.end();
}

}  // namespace

bool IsDeuIiiData(const Scenario& scenario) {
  return !scenario.issues.empty() &&
         std::all_of(scenario.issues.begin(), scenario.issues.end(), IsDeuIssue) &&
         std::all_of(scenario.actors.begin(), scenario.actors.end(), IsDeuActor);
}

void NameDeuScenario(Scenario& scenario, const std::string& file) {
  if (!IsDeuIiiData(scenario)) {
    scenario.id = FileStem(file);
    scenario.name = fmt::format("{} (DEU-format CSV)", scenario.id);
    scenario.description = fmt::format("Read from the DEU-format CSV {}", file);
    return;
  }
  scenario.id = "deu";
  scenario.name = "DEU III: EU legislative decisions";
  scenario.description =
      fmt::format("DEU III data (Arregui & Perarnaud 2021, CC BY 4.0) read from {}", file);
  scenario.documents["deu"] = "DEU III dataset, doi 10.34810/data53";
  for (Issue& issue : scenario.issues) {
    issue.provenance["outcome"] = Source{"deu", fmt::format("{}:{}", file, issue.line), "", ""};
  }
}

}  // namespace parley
