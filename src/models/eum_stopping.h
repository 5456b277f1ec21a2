// Internal: how a run of the expected-utility model ends (models.md 3.8) and
// which point it then forecasts. RunEum appends rounds and asks these helpers
// whether to stop; they fill Forecast::termination, outcome and message.
#pragma once

#include <optional>
#include <string_view>

#include "parley/eum.h"
#include "parley/forecast.h"

namespace parley::eum {

// The earlier round whose positions equal the last round's exactly, if any.
std::optional<int> RepeatedRound(const Forecast& forecast);

// Round `last` repeats round `first` (first < last). Period 1 (nobody moved)
// ends kConverged on the median; a longer period ends kCycle on the mean of the
// medians of rounds first + 1 .. last (one full period), with the range of
// those medians in the message.
void EndOnRepeat(Forecast& forecast, int first, int last);

// The cap was reached. Without cycle detection the outcome is the last median
// (Scholz 2011). With it, the run is reported as still moving: the outcome is
// the mean of the medians of the last 10 rounds and the message gives how far
// they still range.
void EndOnCap(Forecast& forecast, const EumOptions& options);

}  // namespace parley::eum
