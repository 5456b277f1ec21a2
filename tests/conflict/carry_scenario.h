// Three actors of unequal capability on one issue, no events: the scenario of
// the timeline carry-forward tests (tests/conflict/timeline_simulation_test.cpp)
// and of SMP on a timeline (tests/analysis/timeline_smp_test.cpp).
#pragma once

namespace parley::testing {

constexpr const char* kCarryScenario = R"(parley: 1
id: carry
actors:
  - {id: A, capability: 3}
  - {id: B, capability: 2}
  - {id: C, capability: 1}
issues:
  - {id: x, scale: {min: 0, max: 10}}
stances:
  - {actor: A, issue: x, position: 2, salience: 80}
  - {actor: B, issue: x, position: 6, salience: 90}
  - {actor: C, issue: x, position: 10, salience: 100}
)";

}  // namespace parley::testing
