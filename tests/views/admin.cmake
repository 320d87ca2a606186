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
