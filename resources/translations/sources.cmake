# What lupdate reads for the app's translations: every library the window uses. Shared by
# app/CMakeLists.txt (qt_add_translations, update_translations) and tst_translations, so
# the test checks exactly the strings the app ships.
file(GLOB groupdesk_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/views/*/*.cpp ${PROJECT_SOURCE_DIR}/views/*/*.ui ${PROJECT_SOURCE_DIR}/models/*.cpp
    ${PROJECT_SOURCE_DIR}/api/*.cpp ${PROJECT_SOURCE_DIR}/config/*.cpp)
file(GLOB groupdesk_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/*.ts)
