# PostHog web-session sign-in widgets (issue 19, owner: session), offscreen, against the
# in-process sandbox over loopback.
if(TARGET groupdesk_sandbox)
    groupdesk_add_test(NAME sessionsignin
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sessionsignin.cpp
        LIBRARIES groupdesk_views groupdesk_sandbox
        LABELS views)
endif()
# The embedded-browser sign-in (Qt WebEngine) against the sandbox's HTML /login page.
if(TARGET groupdesk_sandbox AND TARGET groupdesk_browsersignin)
    groupdesk_add_test(NAME browsersignin
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_browsersignin.cpp
        LIBRARIES groupdesk_browsersignin groupdesk_sandbox
        TIMEOUT 300
        LABELS views)
    # Chromium refuses to run as root with its sandbox, and CI has no GPU.
    set_property(TEST browsersignin APPEND PROPERTY ENVIRONMENT
        "QTWEBENGINE_DISABLE_SANDBOX=1;QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --no-sandbox")
endif()
