cmake_minimum_required(VERSION 3.22)
# Fails when a test file does not put its tests and helpers in a namespace
# named after the file (tests/core/scenario_test.cpp: `namespace
# parley::scenario_test {` or `parley::<any>::scenario_test`). The test
# programs are unity builds (docs/architecture.md, "The house"): without it,
# two files' helpers of one name (`kExact`, `Load()`) collide as soon as the
# files share a batch. Run by ctest as `test_namespaces`:
#   cmake -DSOURCE_DIR=<repo> -P cmake/check_test_namespaces.cmake

file(GLOB test_files ${SOURCE_DIR}/tests/*/*_test.cpp)
set(failures "")
foreach(file IN LISTS test_files)
  get_filename_component(stem ${file} NAME_WE)
  file(STRINGS ${file} openings REGEX "^namespace parley(::[a-z_0-9]+)*::${stem} {$")
  if(NOT openings)
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
    string(APPEND failures "\n  ${relative}: no `namespace parley::${stem} {`")
  endif()
endforeach()
if(failures)
  message(FATAL_ERROR "test files outside a namespace named after the file:${failures}")
endif()
