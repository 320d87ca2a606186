# Main window tests: the real window, offscreen, against a
# stateful fake PostHog at the QNAM seam (fakegroupserver.h).
groupdesk_add_test(NAME mainwindow
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/fakegroupserver.h
    LIBRARIES groupdesk_views groupdesk_testsupport
    TIMEOUT 300
    LABELS views)
groupdesk_add_test(NAME browsewidgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_browsewidgets.cpp
    LIBRARIES groupdesk_views
    TIMEOUT 120
    LABELS views)
# The same window against the real in-process sandbox over loopback HTTP (demo mode).
groupdesk_add_test(NAME mainwindowsandbox
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindowsandbox.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 300
    LABELS views)
groupdesk_add_test(NAME querybrowse
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_querybrowse.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 300
    LABELS views)
# "Test connection" in the profile dialog against the sandbox (project name, scopes, advice).
groupdesk_add_test(NAME profiledialogsandbox
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profiledialogsandbox.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 120
    LABELS views)
# The same window against the sandbox with faults on three requests in ten (issue 17).
groupdesk_add_test(NAME windowfaults
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_windowfaults.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 300
    LABELS views)
