// Internal: `parley validate` output as a table, JSON and the per-issue CSV.
#pragma once

#include <string>

#include "parley/scenario.h"
#include "parley/validation.h"

namespace parley::cli {

std::string ValidateTable(const Scenario& scenario, const BacktestOptions& options,
                          const BacktestResult& result);
std::string ValidateJson(const Scenario& scenario, const BacktestOptions& options,
                         const BacktestResult& result);
// predictor,issue,proposal,forecast,outcome,error,low50,high50,low80,high80,low90,high90,crps,pit
std::string PerIssueCsv(const BacktestResult& result);

}  // namespace parley::cli
