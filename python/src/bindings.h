// Shared pieces of the Python module (docs/python.md): library errors as one
// C++ exception that the module turns into parley.Error, a column table that
// Python turns into a pandas DataFrame, and the model set-up every call shares.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"

namespace parley::python {

namespace py = pybind11;

// A library Error on its way to Python, where it becomes parley.Error with
// the message the command line prints ("file:line: message").
class LibraryError : public std::runtime_error {
 public:
  explicit LibraryError(Error error)
      : std::runtime_error(error.ToString()), error_(std::move(error)) {}
  const Error& error() const { return error_; }

 private:
  Error error_;
};

// "invalid_input", "invalid_argument", "not_found", "io", "not_supported", "internal",
// "cancelled": parley.Error.code.
std::string CodeName(ErrorCode code);

// Throws LibraryError with `code` and `message`.
[[noreturn]] inline void Fail(ErrorCode code, std::string message) {
  throw LibraryError(MakeError(code, std::move(message)).value());
}

// The value of `result`, or LibraryError.
template <typename T>
T Unwrap(Result<T> result) {
  if (!result) throw LibraryError(std::move(result.error()));
  return std::move(*result);
}
inline void Check(const Status& status) {
  if (!status) throw LibraryError(status.error());
}

// Columns in order, each a list of cells: pandas.DataFrame(table.ToDict()).
class Table {
 public:
  explicit Table(std::vector<std::string> columns);
  template <typename... Cells>
  void Row(Cells&&... cells) {
    static_assert(sizeof...(Cells) > 0);
    std::size_t column = 0;
    (Add(column++, py::cast(std::forward<Cells>(cells))), ...);
  }
  py::dict ToDict() const;

 private:
  void Add(std::size_t column, py::object cell);
  std::vector<std::string> names_;
  std::vector<py::list> columns_;
};

// What every run takes besides the scenario: the models to run (as the
// command line's --model and --set), the seed and the worker threads.
struct RunRequest {
  std::string model = "all";
  std::map<std::string, std::string> settings;  // "<model>.<option>" -> value
  std::optional<std::uint64_t> seed;
  int threads = 1;
};

// The configured models of `request` on `scenario` (the scenario's
// `parameters:` first, then the settings); kInvalidArgument for a setting of
// an unknown model, kNotFound for an unknown model name.
std::vector<ConfiguredModel> ModelsOf(const Scenario& scenario, const RunRequest& request);

// A thread pool when threads > 1 (results never depend on it).
std::unique_ptr<ThreadPool> PoolOf(const RunRequest& request);

// The issue's, actor's id; None-able indices become ids or None.
std::string IssueId(const Scenario& scenario, std::size_t issue);
std::string ActorId(const Scenario& scenario, std::size_t actor);
std::vector<std::string> ActorIds(const Scenario& scenario, const std::vector<std::size_t>& actors);

void BindScenario(py::module_& module);
void BindForecast(py::module_& module);
void BindRegimes(py::module_& module);
void BindUncertainty(py::module_& module);

}  // namespace parley::python
