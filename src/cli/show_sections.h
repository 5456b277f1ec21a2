// Internal: the parts of `parley show` for a scenario's optional sections:
// mediation regimes, the timeline of events, engagement, documents and model
// settings. Each appends nothing when its section is absent.
#pragma once

#include <string>

#include "parley/scenario.h"

namespace parley::cli {

// "value source" text as `parley show` prints it (an estimate, or a document,
// locator and quote).
std::string SourceText(const Scenario& scenario, const Source& source);

void AppendRegimes(std::string& out, const Scenario& scenario);
void AppendTimeline(std::string& out, const Scenario& scenario);
void AppendEngagement(std::string& out, const Scenario& scenario);
// The documents sources cite, model parameters, KTAB accommodation pairs and the seed.
void AppendDocumentsAndSettings(std::string& out, const Scenario& scenario);

}  // namespace parley::cli
