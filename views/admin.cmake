# Administration of group types and usage metrics.
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/readonlybanner.h ${CMAKE_CURRENT_LIST_DIR}/readonlybanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inlineerrorlabel.h ${CMAKE_CURRENT_LIST_DIR}/inlineerrorlabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grouptypespanel.h ${CMAKE_CURRENT_LIST_DIR}/grouptypespanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deletegrouptypedialog.h ${CMAKE_CURRENT_LIST_DIR}/deletegrouptypedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deletegrouptypedialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/defaultcolumnseditor.h ${CMAKE_CURRENT_LIST_DIR}/defaultcolumnseditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grouptypemetadatadialog.h ${CMAKE_CURRENT_LIST_DIR}/grouptypemetadatadialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grouptypemetadatadialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/usagemetricspanel.h ${CMAKE_CURRENT_LIST_DIR}/usagemetricspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/usagemetricpreview.h ${CMAKE_CURRENT_LIST_DIR}/usagemetricpreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pendingstyledelegate.h ${CMAKE_CURRENT_LIST_DIR}/pendingstyledelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricitemdelegate.h ${CMAKE_CURRENT_LIST_DIR}/metricitemdelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/propertyfilterseditor.h ${CMAKE_CURRENT_LIST_DIR}/propertyfilterseditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricfiltersform.h ${CMAKE_CURRENT_LIST_DIR}/metricfiltersform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricdialog.h ${CMAKE_CURRENT_LIST_DIR}/metricdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricdialog.ui)
