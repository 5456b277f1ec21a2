#include "io/writer_json.h"

#include <fmt/format.h>

#include <cstdlib>
#include <string>

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

nlohmann::ordered_json SourcesJson(const Provenance& provenance) {
  Json sources = Json::object();
  for (const auto& [field, source] : provenance) {
    Json entry = Json::object();
    if (!source.document.empty()) entry["document"] = source.document;
    if (!source.locator.empty()) entry["locator"] = source.locator;
    if (!source.quote.empty()) entry["quote"] = source.quote;
    if (source.IsEstimate()) entry["estimate"] = source.estimate_reason;
    sources[field] = entry;
  }
  return sources;
}

double SalienceOnFileScale(const Scenario& scenario, double salience) {
  // strtod, not std::stod: a subnormal salience (1e-310) must not throw.
  const std::string rounded = fmt::format("{:.12g}", salience * scenario.salience_scale);
  return std::strtod(rounded.c_str(), nullptr);
}

}  // namespace parley
