// Internal: the Forecast shape shared by the one-shot (closed-form) models.
#pragma once

#include <string>

#include "parley/classic_models.h"

namespace parley {

// A forecast with rounds[0] only: the positions given and the model's outcome.
Forecast OneShotForecast(std::string model, const IssueProblem& problem, double outcome,
                         std::string message);

}  // namespace parley
