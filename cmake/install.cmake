# The CMake package: `cmake --install build --prefix P` installs the libraries,
# the public headers, the parley program and parleyConfig.cmake, so another
# project can write
#   find_package(parley 0.1 CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE parley::parley)
# parley::parley is every library subsystem (core, io, models, smp, conflict,
# analysis), not the command line. tests/CMakeLists.txt builds
# cmake/package_test/ against an installed copy.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# `parley` is the program's target name, so the umbrella is parley_library,
# exported as parley::parley.
add_library(parley_library INTERFACE)
set_target_properties(parley_library PROPERTIES EXPORT_NAME parley)
target_link_libraries(parley_library INTERFACE parley_analysis parley_io)
add_library(parley::parley ALIAS parley_library)

set(parley_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/parley)
install(TARGETS ${parley_libraries} parley_warnings parley_library EXPORT parleyTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS parley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/parley DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT parleyTargets NAMESPACE parley:: DESTINATION ${parley_cmake_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/parleyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/parleyConfig.cmake
                              INSTALL_DESTINATION ${parley_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/parleyConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/parleyConfig.cmake ${PROJECT_BINARY_DIR}/parleyConfigVersion.cmake
        DESTINATION ${parley_cmake_dir})
