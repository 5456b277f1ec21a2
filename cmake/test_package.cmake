# ctest `cmake_package`: installs parley into a scratch prefix, then configures,
# builds and runs cmake/package_test against it with find_package(parley).
# Run with -DSOURCE_DIR=<repository> -DBINARY_DIR=<build folder>.
set(work ${BINARY_DIR}/package_test)
file(REMOVE_RECURSE ${work})
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${what} failed (${code}):\n${out}")
  endif()
  set(output "${out}" PARENT_SCOPE)
endfunction()
run("cmake --install" ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${work}/prefix)
run("configuring the consumer" ${CMAKE_COMMAND} -S ${SOURCE_DIR}/cmake/package_test
    -B ${work}/build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${work}/prefix)
run("building the consumer" ${CMAKE_COMMAND} --build ${work}/build)
run("running the consumer" ${work}/build/consumer)
# The weighted median of lachin-2023's checkpoints issue (parley forecast lachin-2023 --model
# weighted_median), from the installed library.
if(NOT output STREQUAL "lachin-2023 checkpoints weighted_median 30\n")
  message(FATAL_ERROR "the consumer printed '${output}'")
endif()
message(STATUS "the consumer built against ${work}/prefix printed: ${output}")
