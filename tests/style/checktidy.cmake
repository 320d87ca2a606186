# cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DRUN_CLANG_TIDY=... -DCLANG_TIDY=... -P checktidy.cmake
# Runs clang-tidy (the checks in .clang-tidy, warnings as errors) on every translation unit of
# ours in compile_commands.json, two at a time. Generated moc/ui/qrc files are not checked.
if(NOT EXISTS ${BUILD_DIR}/compile_commands.json)
    message(FATAL_ERROR "clang-tidy: ${BUILD_DIR}/compile_commands.json is missing (CMAKE_EXPORT_COMPILE_COMMANDS)")
endif()
# run-clang-tidy takes a regular expression of files; ours are the sources outside the build tree.
set(ours "^${SOURCE_DIR}/(api|app|benchmarks|cli|config|models|resources|sandbox|tests|views)/.*\\.cpp$")
execute_process(COMMAND ${RUN_CLANG_TIDY} -clang-tidy-binary ${CLANG_TIDY} -p ${BUILD_DIR} -j 2 -quiet
                        -header-filter "^${SOURCE_DIR}/(api|app|benchmarks|cli|config|models|resources|sandbox|tests|views)/"
                        "${ours}"
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*(warning|error): [^\n]*" findings "${output}")
    list(JOIN findings "\n" text)
    message("${text}")
    message(FATAL_ERROR "clang-tidy: findings above (checks in .clang-tidy)")
endif()
message(STATUS "clang-tidy: no findings")
