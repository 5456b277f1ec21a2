// Internal: one round of the expected-utility model on resolved settings
// (models.md 3.2 steps 2-11). The public wrappers in eum_detail.h resolve the
// options and call these; RunEum resolves once and loops over ComputeStep.
#pragma once

#include <vector>

#include "models/eum_calculus.h"
#include "parley/eum_detail.h"
#include "parley/issue_problem.h"

namespace parley::eum {

// The round's state at `position`: R by the range rule (A5) and the weighted median.
EumSnapshot MakeSnapshot(const IssueProblem& problem, const EumSettings& settings,
                         std::vector<double> position);

// The dyad (viewer, other) as the viewer decides on it (Scholz 2011 fig. 6):
// x = E(viewer challenges other) with r_viewer; y = E(other challenges viewer)
// with r_viewer (EumPerspective::kViewer) or r_other (kOwn) (A2).
EumViewPoint ViewPoint(const Pass& pass, const EumSettings& settings, std::size_t viewer,
                       std::size_t other);

// Steps 8-9: security, risk score and risk exponent of every actor.
// `storage` lends the pass its buffers (see PassStorage) and gets them back.
EumRisk ComputeRisk(const IssueProblem& problem, const EumSettings& settings,
                    const EumSnapshot& snapshot, PassStorage& storage);

// Steps 2-11: the risk step, every actor's accepted offer and the new positions.
EumStepResult ComputeStep(const IssueProblem& problem, const EumSettings& settings,
                          const EumSnapshot& snapshot, PassStorage& storage);

}  // namespace parley::eum
