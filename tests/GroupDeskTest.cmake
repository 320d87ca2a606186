# groupdesk_add_test(NAME <name> SOURCES <files...> LIBRARIES <libs...> [TIMEOUT s] [LABELS ...])
# Builds tst_<name>, links Qt::Test plus the given libraries, and registers it with CTest.
# Tests always run on the offscreen platform so they never need a display.
function(groupdesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    set(target tst_${ARG_NAME})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test groupdesk_strict ${ARG_LIBRARIES})
    target_compile_definitions(${target} PRIVATE QT_FORCE_ASSERTS)
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    add_test(NAME ${ARG_NAME} COMMAND ${target})
    # Collected so the top-level "check" target can build every test before running CTest.
    set_property(GLOBAL APPEND PROPERTY GROUPDESK_TEST_TARGETS ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 240)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${ARG_NAME};XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${ARG_NAME}/.config")
endfunction()
