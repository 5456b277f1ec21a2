// Internal to the tests: the hand-derivable two-actor force file shared by the
// force, report and uncertainty CLI tests. A (strength 3, at 1) against B
// (strength 1, at 0): p = 0.75; costs c_A = 0.1, c_B = 0.2, so the bargaining
// range is [0.65, 0.95] (docs/mechanisms/force.md F4).
#pragma once

namespace parley::testing {

inline constexpr const char* kTwoArmedActors = R"(parley: 1
id: two
actors:
  - {id: A, capability: 1, military: 3}
  - {id: B, capability: 3, military: 1}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  cost: 0.1
  costs:
    - {actor: B, issue: status, cost: 0.2}
)";

}  // namespace parley::testing
