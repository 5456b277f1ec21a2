# The bash completion script and the man page, generated at build time from
# parley's own command line (tools/shell_docs.cpp), and what `cmake --install`
# puts where: bin/parley, share/bash-completion/completions/parley,
# share/man/man1/parley.1.
include(GNUInstallDirs)

add_executable(parley_shell_docs ${PROJECT_SOURCE_DIR}/tools/shell_docs.cpp)
target_link_libraries(parley_shell_docs PRIVATE parley_cli CLI11::CLI11 parley_warnings)
target_include_directories(parley_shell_docs PRIVATE ${PROJECT_SOURCE_DIR}/src)

set(PARLEY_COMPLETION_FILE ${PROJECT_BINARY_DIR}/share/bash-completion/completions/parley)
set(PARLEY_MAN_FILE ${PROJECT_BINARY_DIR}/share/man/man1/parley.1)
add_custom_command(
  OUTPUT ${PARLEY_COMPLETION_FILE} ${PARLEY_MAN_FILE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/share/bash-completion/completions
          ${PROJECT_BINARY_DIR}/share/man/man1
  COMMAND parley_shell_docs ${PARLEY_COMPLETION_FILE} ${PARLEY_MAN_FILE}
  DEPENDS parley_shell_docs
  COMMENT "Generating the bash completion script and the man page"
  VERBATIM)
add_custom_target(parley_shell_docs_files ALL DEPENDS ${PARLEY_COMPLETION_FILE} ${PARLEY_MAN_FILE})

install(TARGETS parley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PARLEY_COMPLETION_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PARLEY_MAN_FILE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(PARLEY_BUILD_TESTS)
  # The cli tests check the generated files; the README tour runs verbatim.
  add_dependencies(parley_cli_tests parley_shell_docs_files)
  add_test(NAME readme_tour
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/readme_tour.sh $<TARGET_FILE:parley>
                   ${PROJECT_SOURCE_DIR})
endif()
