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
# dpkg-shlibdeps finds the linked libraries; the dlopen'ed ones come from runtime-dlopen.txt.
foreach(dep libqt6widgets6 libqt6keychain1 ${DLOPEN_PACKAGES})
    string(FIND "${fields}" "${dep}" pos)
    if(pos EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}:\n${fields}")
    endif()
endforeach()
# "Installs and starts": unpack the package (no root needed) and run the installed binaries,
# which proves they carry no build-tree RPATH and find their Qt libraries and plugins.
set(root "${WORK_DIR}/root")
execute_process(COMMAND dpkg-deb -x "${debs}" "${root}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(run "groupdesk --version" "groupdesk-cli --help" "groupdesk-sandbox --help")
    separate_arguments(run)
    list(GET run 0 binary)
    list(GET run 1 option)
    execute_process(
        # No display at all, as on a build server: --version/--help must not need one.
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            "${root}/usr/bin/${binary}" ${option}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "installed ${binary} ${option} failed (${rc}):\n${out}\n${err}")
    endif()
    string(REGEX MATCH "^[^\n]*" first_line "${out}")
    message(STATUS "${binary} ${option}: ${first_line}")
endforeach()
message(STATUS "the .deb contains the executables, desktop file, metainfo and icons, and they start")
