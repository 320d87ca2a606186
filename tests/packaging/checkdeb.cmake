# Builds the .deb with CPack and checks that it contains the executables, the desktop
# file, the AppStream metadata and the icons. Run by CTest after the build:
#   cmake -DCPACK_CONFIG=<build>/CPackConfig.cmake -DWORK_DIR=<dir> -P checkdeb.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(
    COMMAND cpack --config "${CPACK_CONFIG}" -G DEB -B "${WORK_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()

file(GLOB debs "${WORK_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected exactly one .deb in ${WORK_DIR}, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

execute_process(COMMAND dpkg-deb -c "${debs}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed")
endif()
execute_process(COMMAND dpkg-deb -f "${debs}" Package Depends OUTPUT_VARIABLE fields)
message(STATUS "control fields:\n${fields}")

set(missing "")
foreach(expected
        "./usr/bin/groupdesk"
        "./usr/bin/groupdesk-cli"
        "./usr/bin/groupdesk-sandbox"
        "./usr/share/applications/org.groupdesk.GroupDesk.desktop"
        "./usr/share/metainfo/org.groupdesk.GroupDesk.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/org.groupdesk.GroupDesk.svg"
        "./usr/share/icons/hicolor/48x48/apps/org.groupdesk.GroupDesk.png"
        "./usr/share/icons/hicolor/256x256/apps/org.groupdesk.GroupDesk.png")
    string(FIND "${listing}" "${expected}\n" pos)
    if(pos EQUAL -1)
        string(FIND "${listing}" "${expected} " pos)
    endif()
    if(pos EQUAL -1)
        list(APPEND missing "${expected}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "missing from the .deb: ${missing}\nlisting:\n${listing}")
endif()

string(FIND "${fields}" "Package: groupdesk" pos)
if(pos EQUAL -1)
    message(FATAL_ERROR "package is not named groupdesk:\n${fields}")
endif()
foreach(dep libqt6widgets6 libqt6keychain1 libqt6svg6)
    string(FIND "${fields}" "${dep}" pos)
    if(pos EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}:\n${fields}")
    endif()
endforeach()
message(STATUS "the .deb contains the executables, desktop file, metainfo and icons")
