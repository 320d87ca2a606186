# Administration of group types and usage metrics (issue 6, owner: admin).
target_sources(groupdesk_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/grouptypespanel.h
    ${CMAKE_CURRENT_LIST_DIR}/usagemetricspanel.h)
