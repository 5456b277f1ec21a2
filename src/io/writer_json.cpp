#include "io/writer_json.h"

#include <fmt/format.h>

#include <string>

namespace parley {

nlohmann::ordered_json SourcesJson(const Provenance& provenance) {
  using Json = nlohmann::ordered_json;
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
  return std::stod(fmt::format("{:.12g}", salience * scenario.salience_scale));
}

}  // namespace parley
