#include "parley/forecast.h"

namespace parley {

std::string ToString(Termination termination) {
  switch (termination) {
    case Termination::kClosedForm:
      return "closed_form";
    case Termination::kConverged:
      return "converged";
    case Termination::kMaxRounds:
      return "max_rounds";
    case Termination::kCycle:
      return "cycle";
    case Termination::kInfeasible:
      return "infeasible";
  }
  return "unknown";
}

}  // namespace parley
