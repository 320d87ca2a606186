# Main window and group browsing (issue 5, owner: browse).
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addpropertydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/addpropertydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionsession.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionsession.h
    ${CMAKE_CURRENT_LIST_DIR}/errorbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/errorbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/groupdetailpane.cpp ${CMAKE_CURRENT_LIST_DIR}/groupdetailpane.h
    ${CMAKE_CURRENT_LIST_DIR}/groupstablepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/groupstablepanel.h
    ${CMAKE_CURRENT_LIST_DIR}/grouptypesidebar.cpp ${CMAKE_CURRENT_LIST_DIR}/grouptypesidebar.h
    ${CMAKE_CURRENT_LIST_DIR}/jsoneditordialog.cpp ${CMAKE_CURRENT_LIST_DIR}/jsoneditordialog.h
    ${CMAKE_CURRENT_LIST_DIR}/propertyvaluedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/propertyvaluedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/tableexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/tableexporter.h)
