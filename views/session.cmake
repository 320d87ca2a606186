# PostHog web-session sign-in (issue 19, owner: session). The browser sign-in is a separate
# library (views/browsersignin/) so that only the app and its test link Qt WebEngine.
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sessionsignindialog.h ${CMAKE_CURRENT_LIST_DIR}/sessionsignindialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessionsignindialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.h ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.cpp)
