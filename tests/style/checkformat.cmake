# cmake -DSOURCE_DIR=... -DCLANG_FORMAT=... -P checkformat.cmake
# Fails (and names the files) when any C++ source differs from what .clang-format makes of it.
set(dirs api app benchmarks bulk cli config fuzz models resources sandbox tests views)
set(files)
foreach(dir IN LISTS dirs)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND files ${found})
endforeach()
list(LENGTH files count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message("${errors}")
    message(FATAL_ERROR "clang-format: files differ from .clang-format; run clang-format -i on them")
endif()
message(STATUS "clang-format: ${count} files clean")
