// KTAB's SMP XML (reference/ktab/SPEC.md 4.2, SMPModel::xmlRead): name, desc,
// prngSeed, optional ModelParameters (all nine when present), Dimensions,
// Actors (capability, Position/dCoord and Salience/dSal per dimension, 0-100)
// and IdealAdjustment (iaPair: adjustingIdeal, referencePos, adjust).
// Parameters go to Scenario::parameters as "smp.<Name>" (validated by the SMP
// options); the accommodation pairs to Scenario::accommodation. Differences
// from KTAB: a missing IdealAdjustment means the identity (KTAB insists on one
// pair), and positions are checked against 0-100 (KTAB does not check them).
#include <fmt/format.h>
#include <tinyxml2.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "io/csv.h"
#include "io/files.h"
#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

using tinyxml2::XMLElement;

struct Reader {
  const std::string& file;

  tl::unexpected<Error> Fail(const XMLElement* at, std::string message, std::string field) const {
    return InvalidInput(std::move(message), file, at != nullptr ? at->GetLineNum() : 0,
                        std::move(field));
  }

  Result<const XMLElement*> Child(const XMLElement* parent, const char* name,
                                  std::string_view where) const {
    const XMLElement* child = parent->FirstChildElement(name);
    if (child == nullptr) {
      return Fail(parent, fmt::format("<{}> is missing in {}", name, where), name);
    }
    return child;
  }

  static std::string Text(const XMLElement* element) {
    const char* text = element->GetText();
    return text != nullptr ? text : "";
  }

  Result<double> Number(const XMLElement* element, std::string_view who) const {
    const std::string text = Text(element);
    auto value = csv::ParseNumber(text);
    if (!value) {
      return Fail(element,
                  fmt::format("<{}> '{}' for {} {}", element->Name(), text, who,
                              csv::NumberProblem(value.error())),
                  element->Name());
    }
    return *value;
  }
};

Status ReadParameters(const Reader& reader, const XMLElement* root, Scenario& scenario) {
  const XMLElement* parameters = root->FirstChildElement("ModelParameters");
  if (parameters == nullptr) return Ok();
  constexpr const char* kNames[] = {"VictoryProbModel", "PCEModel",     "StateTransitions",
                                    "VotingRule",       "BigRAdjust",   "BigRRange",
                                    "ThirdPartyCommit", "InterVecBrgn", "BargnModel"};
  for (const char* name : kNames) {
    auto element = reader.Child(parameters, name, "<ModelParameters> (all nine are required)");
    if (!element) return tl::unexpected(element.error());
    std::string value = Reader::Text(*element);
    const std::size_t first = value.find_first_not_of(" \t\r\n");
    const std::size_t last = value.find_last_not_of(" \t\r\n");
    value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
    scenario.parameters[fmt::format("smp.{}", name)] = value;
  }
  return Ok();
}

Status ReadDimensions(const Reader& reader, const XMLElement* root, Scenario& scenario) {
  auto dimensions = reader.Child(root, "Dimensions", "<Scenario>");
  if (!dimensions) return tl::unexpected(dimensions.error());
  for (const XMLElement* name = (*dimensions)->FirstChildElement("dName"); name != nullptr;
       name = name->NextSiblingElement("dName")) {
    if (scenario.issues.size() == kMaxIssues) {
      return reader.Fail(name,
                         fmt::format("more than {} dimensions (the most parley reads)", kMaxIssues),
                         "Dimensions");
    }
    Issue issue;
    issue.id = Reader::Text(name);
    issue.name = issue.id;
    issue.scale = Scale{0.0, 100.0, "", ""};
    issue.line = name->GetLineNum();
    scenario.issues.push_back(std::move(issue));
  }
  if (scenario.issues.empty()) {
    return reader.Fail(*dimensions, "<Dimensions> lists no <dName>", "Dimensions");
  }
  return Ok();
}

// Reads the dCoord or dSal values of one actor; one per dimension.
Result<std::vector<double>> ReadVector(const Reader& reader, const XMLElement* actor,
                                       const char* group, const char* item,
                                       const Scenario& scenario, const std::string& who) {
  auto parent = reader.Child(actor, group, who);
  if (!parent) return tl::unexpected(parent.error());
  std::vector<double> values;
  for (const XMLElement* element = (*parent)->FirstChildElement(item); element != nullptr;
       element = element->NextSiblingElement(item)) {
    auto value = reader.Number(element, who);
    if (!value) return tl::unexpected(value.error());
    if (*value < 0.0 || *value > 100.0) {
      return reader.Fail(element,
                         fmt::format("<{}> {:g} for {} outside [0, 100]", item, *value, who), item);
    }
    values.push_back(*value);
  }
  if (values.size() != scenario.issues.size()) {
    return reader.Fail(*parent,
                       fmt::format("{} has {} <{}> values for {} dimensions", who, values.size(),
                                   item, scenario.issues.size()),
                       group);
  }
  return values;
}

Status ReadActor(const Reader& reader, const XMLElement* element, Scenario& scenario) {
  Actor actor;
  actor.line = element->GetLineNum();
  auto name = reader.Child(element, "name", "an <Actor>");
  if (!name) return tl::unexpected(name.error());
  actor.id = Reader::Text(*name);
  actor.name = actor.id;
  const std::string who = fmt::format("actor '{}'", actor.id);
  if (const XMLElement* description = element->FirstChildElement("description")) {
    actor.description = Reader::Text(description);
  }
  auto capability_element = reader.Child(element, "capability", who);
  if (!capability_element) return tl::unexpected(capability_element.error());
  auto capability = reader.Number(*capability_element, who);
  if (!capability) return tl::unexpected(capability.error());
  if (!(*capability > 0.0)) {
    return reader.Fail(*capability_element,
                       fmt::format("capability {:g} for {} must be > 0", *capability, who),
                       "capability");
  }
  actor.capability = *capability;
  auto position = ReadVector(reader, element, "Position", "dCoord", scenario, who);
  if (!position) return tl::unexpected(position.error());
  auto salience = ReadVector(reader, element, "Salience", "dSal", scenario, who);
  if (!salience) return tl::unexpected(salience.error());
  const std::size_t i = scenario.actors.size();
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    scenario.stances.push_back(
        Stance{i, k, (*position)[k], (*salience)[k] / 100, {}, {}, actor.line});
  }
  scenario.actors.push_back(std::move(actor));
  return Ok();
}

Result<std::size_t> ActorByName(const Reader& reader, const XMLElement* pair, const char* field,
                                const Scenario& scenario) {
  auto element = reader.Child(pair, field, "an <iaPair>");
  if (!element) return tl::unexpected(element.error());
  const std::string name = Reader::Text(*element);
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    if (scenario.actors[i].id == name) return i;
  }
  return reader.Fail(
      *element, fmt::format("<{}> names actor '{}', which is not in <Actors>", field, name), field);
}

Status ReadAccommodation(const Reader& reader, const XMLElement* root, Scenario& scenario) {
  const XMLElement* adjustment = root->FirstChildElement("IdealAdjustment");
  if (adjustment == nullptr) return Ok();
  for (const XMLElement* pair = adjustment->FirstChildElement("iaPair"); pair != nullptr;
       pair = pair->NextSiblingElement("iaPair")) {
    auto adjusting = ActorByName(reader, pair, "adjustingIdeal", scenario);
    if (!adjusting) return tl::unexpected(adjusting.error());
    auto reference = ActorByName(reader, pair, "referencePos", scenario);
    if (!reference) return tl::unexpected(reference.error());
    auto weight_element = reader.Child(pair, "adjust", "an <iaPair>");
    if (!weight_element) return tl::unexpected(weight_element.error());
    const std::string who =
        fmt::format("the iaPair of '{}' toward '{}'", scenario.actors[*adjusting].id,
                    scenario.actors[*reference].id);
    auto weight = reader.Number(*weight_element, who);
    if (!weight) return tl::unexpected(weight.error());
    if (*weight < 0.0 || *weight > 1.0) {
      return reader.Fail(*weight_element,
                         fmt::format("<adjust> {:g} for {} outside [0, 1]", *weight, who),
                         "adjust");
    }
    scenario.accommodation.push_back(AccommodationPair{*adjusting, *reference, *weight});
  }
  return Ok();
}

Status ReadSeed(const Reader& reader, const XMLElement* root, Scenario& scenario) {
  auto seed = reader.Child(root, "prngSeed", "<Scenario>");
  if (!seed) return tl::unexpected(seed.error());
  const std::string text = Reader::Text(*seed);
  errno = 0;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
  const bool digits_only = text.find_first_not_of("0123456789 \t\r\n") == std::string::npos;
  if (errno != 0 || end == text.c_str() || !digits_only) {
    return reader.Fail(*seed, fmt::format("<prngSeed> '{}' is not a 64-bit decimal number", text),
                       "prngSeed");
  }
  scenario.seed = static_cast<std::uint64_t>(value);
  return Ok();
}

}  // namespace

Result<Scenario> ParseKtabXml(std::string_view text, const std::string& file) {
  if (auto raw = CheckRawInput(text, file); !raw) return tl::unexpected(raw.error());
  tinyxml2::XMLDocument document;
  if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
    return InvalidInput(fmt::format("not well-formed XML: {}", document.ErrorStr()), file,
                        document.ErrorLineNum());
  }
  const Reader reader{file};
  const XMLElement* root = document.FirstChildElement("Scenario");
  if (root == nullptr) return InvalidInput("the root element must be <Scenario>", file, 1);
  Scenario scenario;
  scenario.file = file;
  scenario.salience_scale = 100.0;
  if (const XMLElement* name = root->FirstChildElement("name")) scenario.name = Reader::Text(name);
  if (const XMLElement* desc = root->FirstChildElement("desc")) {
    scenario.description = Reader::Text(desc);
  }
  scenario.id = FileStem(file).empty() ? scenario.name : FileStem(file);
  if (auto ok = ReadSeed(reader, root, scenario); !ok) return tl::unexpected(ok.error());
  if (auto ok = ReadParameters(reader, root, scenario); !ok) return tl::unexpected(ok.error());
  if (auto ok = ReadDimensions(reader, root, scenario); !ok) return tl::unexpected(ok.error());
  auto actors = reader.Child(root, "Actors", "<Scenario>");
  if (!actors) return tl::unexpected(actors.error());
  for (const XMLElement* actor = (*actors)->FirstChildElement("Actor"); actor != nullptr;
       actor = actor->NextSiblingElement("Actor")) {
    if (scenario.actors.size() == kMaxActors) {
      return reader.Fail(
          actor, fmt::format("more than {} actors (the most parley reads)", kMaxActors), "Actors");
    }
    if (auto ok = ReadActor(reader, actor, scenario); !ok) return tl::unexpected(ok.error());
  }
  if (auto ok = ReadAccommodation(reader, root, scenario); !ok) return tl::unexpected(ok.error());
  if (auto valid = ValidateScenario(scenario); !valid) return tl::unexpected(valid.error());
  return scenario;
}

}  // namespace parley
