# Main window tests (issue 5, owner: browse): a real window, offscreen, against the
# in-process sandbox over loopback HTTP.
if(TARGET groupdesk_sandbox)
    groupdesk_add_test(NAME mainwindow
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
        LIBRARIES groupdesk_views groupdesk_sandbox
        TIMEOUT 300)
endif()
groupdesk_add_test(NAME browsewidgets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_browsewidgets.cpp
    LIBRARIES groupdesk_views
    TIMEOUT 120)
