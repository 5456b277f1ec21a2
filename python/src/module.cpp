// The `parley._parley` extension: the library's scenarios, models, forecast,
// regimes, uncertainty and sensitivity as plain tables (dicts of columns);
// parley/__init__.py turns them into pandas DataFrames (docs/python.md).
#include "bindings.h"

namespace parley::python {
namespace {

void BindErrors(py::module_& module) {
  // parley.Error: every library Error, with the message the command line
  // prints and the error's code, file, line and field as attributes.
  static py::exception<LibraryError> error_type(module, "Error", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const LibraryError& error) {
      py::object type = py::reinterpret_borrow<py::object>(error_type.ptr());
      py::object value = type(error.what());
      value.attr("code") = CodeName(error.error().code);
      value.attr("message") = error.error().message;
      value.attr("file") = error.error().file;
      value.attr("line") = error.error().line;
      value.attr("field") = error.error().field;
      PyErr_SetObject(error_type.ptr(), value.ptr());
    }
  });
}

}  // namespace
}  // namespace parley::python

PYBIND11_MODULE(_parley, module) {
  module.doc() = "parley's library: forecasts of multi-party negotiations (docs/python.md)";
  parley::python::BindErrors(module);
  parley::python::BindScenario(module);
  parley::python::BindForecast(module);
  parley::python::BindRegimes(module);
  parley::python::BindUncertainty(module);
}
