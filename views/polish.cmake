# Keyboard, help, connection-failure page and other window polish (issue 18).
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apprestarter.cpp ${CMAKE_CURRENT_LIST_DIR}/apprestarter.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionfailurepage.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionfailurepage.h
    ${CMAKE_CURRENT_LIST_DIR}/helpmenu.cpp ${CMAKE_CURRENT_LIST_DIR}/helpmenu.h
    ${CMAKE_CURRENT_LIST_DIR}/languagemenu.cpp ${CMAKE_CURRENT_LIST_DIR}/languagemenu.h
    ${CMAKE_CURRENT_LIST_DIR}/shortcutpriority.cpp ${CMAKE_CURRENT_LIST_DIR}/shortcutpriority.h
    ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/tabnavigation.cpp ${CMAKE_CURRENT_LIST_DIR}/tabnavigation.h
    ${CMAKE_CURRENT_LIST_DIR}/weblinkbuttons.cpp ${CMAKE_CURRENT_LIST_DIR}/weblinkbuttons.h)
# The README's "Working in the window" section is the Help menu's text (one source of truth).
qt_add_resources(groupdesk_views "groupdesk_doc"
    PREFIX "/groupdesk/doc"
    BASE "${PROJECT_SOURCE_DIR}"
    FILES "${PROJECT_SOURCE_DIR}/README.md")
target_compile_definitions(groupdesk_views PRIVATE GROUPDESK_VERSION="${PROJECT_VERSION}")
