# Issue 18 (keyboard, help, connection failures, export, translations): the real window
# against the in-process sandbox over loopback HTTP.
if(TARGET groupdesk_sandbox)
    groupdesk_add_test(NAME polish
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_polish.cpp
        LIBRARIES groupdesk_views groupdesk_sandbox
        TIMEOUT 300
        LABELS views)
    target_compile_definitions(tst_polish PRIVATE GROUPDESK_VERSION="${PROJECT_VERSION}")
endif()
# Every string of the window has a translation in every bundled language (see
# CODING_GUIDELINES.md, "Translations"); lupdate runs on the app's own source list.
include(${PROJECT_SOURCE_DIR}/resources/translations/sources.cmake)
set(i18n_list ${CMAKE_CURRENT_BINARY_DIR}/i18n_sources.lst)
list(JOIN groupdesk_i18n_sources "\n" i18n_lines)
file(WRITE ${i18n_list} "${i18n_lines}\n")
groupdesk_add_test(NAME translations
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp
    LIBRARIES groupdesk_views
    TIMEOUT 180
    LABELS views i18n)
target_compile_definitions(tst_translations PRIVATE
    GROUPDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    GROUPDESK_I18N_SOURCES="${i18n_list}"
    GROUPDESK_TS_DIR="${PROJECT_SOURCE_DIR}/resources/translations"
    GROUPDESK_QM_DIR="${PROJECT_BINARY_DIR}/app")
if(TARGET groupdesk_lrelease)
    add_dependencies(tst_translations groupdesk_lrelease)
endif()
