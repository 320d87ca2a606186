# Main window and group browsing.
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addpropertydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/addpropertydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/addpropertydialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/browseworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/browseworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/bulkselectionactions.cpp ${CMAKE_CURRENT_LIST_DIR}/bulkselectionactions.h
    ${CMAKE_CURRENT_LIST_DIR}/errorbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/errorbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/fetchpauseproxy.cpp ${CMAKE_CURRENT_LIST_DIR}/fetchpauseproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/groupfilterbar.cpp ${CMAKE_CURRENT_LIST_DIR}/groupfilterbar.h
    ${CMAKE_CURRENT_LIST_DIR}/groupdetailpane.cpp ${CMAKE_CURRENT_LIST_DIR}/groupdetailpane.h
    ${CMAKE_CURRENT_LIST_DIR}/groupstablepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/groupstablepanel.h
    ${CMAKE_CURRENT_LIST_DIR}/grouptypeitemdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/grouptypeitemdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/grouptypesidebar.cpp ${CMAKE_CURRENT_LIST_DIR}/grouptypesidebar.h
    ${CMAKE_CURRENT_LIST_DIR}/hinttableview.cpp ${CMAKE_CURRENT_LIST_DIR}/hinttableview.h
    ${CMAKE_CURRENT_LIST_DIR}/importwizard.cpp ${CMAKE_CURRENT_LIST_DIR}/importwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/jsoneditordialog.cpp ${CMAKE_CURRENT_LIST_DIR}/jsoneditordialog.h
    ${CMAKE_CURRENT_LIST_DIR}/jsoneditordialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.cpp ${CMAKE_CURRENT_LIST_DIR}/profiledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/propertyvaluedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/propertyvaluedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/tableexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/tableexporter.h)
# Themed icons with bundled fallbacks (resources/appicons.h).
target_link_libraries(groupdesk_views PUBLIC groupdesk_resources)
