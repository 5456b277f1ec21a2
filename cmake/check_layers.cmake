cmake_minimum_required(VERSION 3.22)
# Fails when a source file includes a header of a subsystem it may not use.
# The arrows (docs/architecture.md): core <- io; core <- models <- smp,
# conflict <- analysis <- cli. Run by ctest as `layers` (tests/CMakeLists.txt):
#   cmake -DSOURCE_DIR=<repo> -P cmake/check_layers.cmake
# Every public header belongs to one subsystem; a new header must be added here.

set(owner_core result scenario forecast issue_problem model model_builder thread_pool provenance
    regime_settings timeline_events engagement_settings value_range uncertainty
    scenario_warnings sha256 force_settings council_weights)
set(owner_io io builtin_scenarios store)
set(owner_models classic_models eum eum_detail)
set(owner_smp smp smp_options smp_generator)
set(owner_conflict exchange regimes red_lines packages engagement timeline regime_sameness force)
set(owner_analysis validation forecast_report monte_carlo sensitivity tipping draw_evaluation draw_table
    bottom_line ensemble scores force_report run_records)

# What each subsystem may include (itself included).
set(allowed_core core)
set(allowed_io io core)
set(allowed_models models core)
set(allowed_smp smp models core)
set(allowed_conflict conflict models core)
set(allowed_analysis analysis smp conflict models core)
set(allowed_cli cli analysis smp conflict models core io)
set(subsystems core io models smp conflict analysis cli)

file(GLOB public_headers RELATIVE ${SOURCE_DIR}/include/parley ${SOURCE_DIR}/include/parley/*.h)
foreach(header IN LISTS public_headers)
  string(REGEX REPLACE "\\.h$" "" name ${header})
  set(found "")
  foreach(sub IN LISTS subsystems)
    if(name IN_LIST owner_${sub})
      set(found ${sub})
    endif()
  endforeach()
  if(NOT found)
    message(FATAL_ERROR "include/parley/${header} belongs to no subsystem: add it to "
                        "cmake/check_layers.cmake")
  endif()
  set(layer_of_${name} ${found})
endforeach()

set(violations "")
foreach(sub IN LISTS subsystems)
  file(GLOB_RECURSE sources ${SOURCE_DIR}/src/${sub}/*.cpp ${SOURCE_DIR}/src/${sub}/*.h)
  foreach(source IN LISTS sources)
    file(STRINGS ${source} includes REGEX "^#include \"(parley|core|io|models|smp|conflict|analysis|cli)/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z]+)/([a-z_0-9]+)\\.h\".*" "\\1;\\2" parts "${line}")
      list(GET parts 0 dir)
      list(GET parts 1 name)
      if(dir STREQUAL "parley")
        set(target ${layer_of_${name}})
      else()
        set(target ${dir})
      endif()
      if(NOT target IN_LIST allowed_${sub})
        file(RELATIVE_PATH where ${SOURCE_DIR} ${source})
        list(APPEND violations "${where}: ${line} (src/${sub} may use: ${allowed_${sub}})")
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "forbidden includes:\n  ${text}")
endif()
message(STATUS "layers: every include follows the arrows")
