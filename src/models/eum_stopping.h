// Internal: how a run of the expected-utility model ends (models.md 3.8) and
// which point it then forecasts. RunEum appends rounds and asks these helpers
// whether to stop; they fill Forecast::termination, outcome and message.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "parley/eum.h"
#include "parley/forecast.h"

namespace parley::eum {

// Finds exact repeats of the position vector. A 64-bit fingerprint per round
// keeps the search to one integer comparison per earlier round; vectors are
// compared only when fingerprints match.
class RepeatFinder {
 public:
  // Records the last round of `forecast` and returns the earlier round whose
  // positions equal it exactly, if any. Call once per appended round.
  std::optional<int> Add(const Forecast& forecast);

 private:
  std::vector<std::uint64_t> fingerprint_;
};

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
