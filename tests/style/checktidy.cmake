# cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DRUN_CLANG_TIDY=... -DCLANG_TIDY=... [-DBASE=<git revision>]
#       [-DONLY_DIRS=<folders, e.g. fuzz>] -P checktidy.cmake
# Runs clang-tidy (the checks in .clang-tidy, warnings as errors) on translation units of ours in
# compile_commands.json, two at a time. Generated moc/ui/qrc files are not checked.
#
# With BASE (a git revision), only the sources that differ from BASE are checked (committed or
# not, plus new files; a changed header brings its .cpp along): a whole-tree run costs ~12 s of
# CPU per file, far too slow for every CI run on two cores, while a change is checked in seconds.
# A file moved without a change (git's 100% rename) is not "differing": moving sources between
# folders must not make them all due at once. Without BASE (or outside a git checkout) the
# whole tree is checked.
if(NOT EXISTS ${BUILD_DIR}/compile_commands.json)
    message(FATAL_ERROR "clang-tidy: ${BUILD_DIR}/compile_commands.json is missing (CMAKE_EXPORT_COMPILE_COMMANDS)")
endif()
set(dirs "api|app|benchmarks|bulk|cli|config|fuzz|models|resources|sandbox|tests|views")
# The folders whose sources are checked (ONLY_DIRS narrows them; headers of all are checked
# through the sources that include them).
set(checked "${dirs}")
if(ONLY_DIRS)
    set(checked "${ONLY_DIRS}")
endif()
# run-clang-tidy takes a regular expression of files; ours are the sources outside the build tree.
set(ours "^${SOURCE_DIR}/(${checked})/.*\\.cpp$")

if(BASE)
    find_package(Git QUIET)
endif()
if(BASE AND GIT_FOUND AND EXISTS ${SOURCE_DIR}/.git)
    execute_process(COMMAND ${GIT_EXECUTABLE} diff --name-only -M100% --diff-filter=dr ${BASE} --
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE diff_result
                    OUTPUT_VARIABLE changed ERROR_VARIABLE diff_error)
    execute_process(COMMAND ${GIT_EXECUTABLE} ls-files --others --exclude-standard
                    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE untracked)
    if(NOT diff_result EQUAL 0)
        message(FATAL_ERROR "clang-tidy: cannot compare with ${BASE}: ${diff_error}")
    endif()
    string(REPLACE "\n" ";" changed "${changed};${untracked}")
    set(sources)
    foreach(file IN LISTS changed)
        if(NOT file MATCHES "^(${checked})/.*\\.(cpp|h)$")
            continue()
        endif()
        string(REGEX REPLACE "\\.h$" ".cpp" file "${file}")
        if(EXISTS ${SOURCE_DIR}/${file})
            list(APPEND sources ${file})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES sources)
    list(LENGTH sources count)
    if(count EQUAL 0)
        message(STATUS "clang-tidy: no C++ source differs from ${BASE}")
        return()
    endif()
    string(REPLACE "." "\\." escaped "${sources}")
    string(REPLACE "+" "\\+" escaped "${escaped}")
    string(REPLACE ";" "|" escaped "${escaped}")
    set(ours "^${SOURCE_DIR}/(${escaped})$")
    message(STATUS "clang-tidy: ${count} source(s) differ from ${BASE}")
endif()

execute_process(COMMAND ${RUN_CLANG_TIDY} -clang-tidy-binary ${CLANG_TIDY} -p ${BUILD_DIR} -j 2 -quiet
                        -header-filter "^${SOURCE_DIR}/(${dirs})/"
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
