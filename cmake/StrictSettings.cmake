# One INTERFACE target carries every strictness flag (style rule 3). Every GroupDesk
# target links it, so a flag added here applies everywhere at once.
add_library(groupdesk_strict INTERFACE)
add_library(GroupDesk::Strict ALIAS groupdesk_strict)

target_compile_features(groupdesk_strict INTERFACE cxx_std_20)
target_compile_definitions(groupdesk_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_MESSAGELOGCONTEXT
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(groupdesk_strict INTERFACE
        -Wall -Wextra -Wpedantic
        -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wundef -Wimplicit-fallthrough
        -Werror=switch -Werror=return-type)
    if(GROUPDESK_WERROR)
        target_compile_options(groupdesk_strict INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(groupdesk_strict INTERFACE /W4 /permissive- /we4062)
    if(GROUPDESK_WERROR)
        target_compile_options(groupdesk_strict INTERFACE /WX)
    endif()
endif()

find_program(GROUPDESK_CCACHE ccache)
if(GROUPDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${GROUPDESK_CCACHE}" CACHE STRING "" FORCE)
endif()
