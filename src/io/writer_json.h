// Internal: pieces of the JSON tree that the scenario writer and the section
// writers (events, engagement) share, so every section writes them alike.
#pragma once

#include <nlohmann/json.hpp>

#include "parley/scenario.h"

namespace parley {

// A `sources:` map: field name -> {document, locator, quote} or {estimate:
// reason}, leaving out empty parts (the inverse of yaml::ReadProvenance).
nlohmann::ordered_json SourcesJson(const Provenance& provenance);

// `salience` (stored on [0, 1]) back on the file's salience scale, without
// float noise such as 80.00000000000001.
double SalienceOnFileScale(const Scenario& scenario, double salience);

}  // namespace parley
