# Admin widget tests: group types and usage metrics panels and
# dialogs, offscreen, against a stateful fake PostHog at the QNAM seam (fakeadminserver.h).
groupdesk_add_test(NAME adminwidgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_adminwidgets.cpp ${CMAKE_CURRENT_LIST_DIR}/fakeadminserver.h
    LIBRARIES groupdesk_views groupdesk_testsupport
    TIMEOUT 180
    LABELS views)
# The same dialogs against the real in-process sandbox over loopback HTTP.
groupdesk_add_test(NAME adminsandbox
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_adminsandbox.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 180
    LABELS views)
# Issue 17: event property suggestions for a metric's sum, failed suggestions said, no
# definitions loaded for panels that never show them (sandbox over loopback).
groupdesk_add_test(NAME metricsuggestions
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsuggestions.cpp
    LIBRARIES groupdesk_views groupdesk_sandbox
    TIMEOUT 120
    LABELS views)
