# SPDX-License-Identifier: GPL-3.0-or-later
# ctest installer_install_tree: installs the build into a staging folder as the .deb lays
# it out (prefix /usr), checks the files a desktop and a server need, and lets
# `appstreamcli validate-tree` check the metadata, desktop entry and icon together.
# Also: every screenshot the metadata names exists in docs/screenshots of this checkout.
#   cmake -DBUILD_DIR=... -DSTAGE=... -DAPPSTREAMCLI=... -DAPP_ID=... -DSOURCE_DIR=... -P check-install-tree.cmake
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "DESTDIR=${STAGE}"
                        ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(missing "")
foreach(path IN ITEMS
        bin/smsdesk bin/smsdesk-headless bin/smsdesk-gateway-sim
        share/applications/${APP_ID}.desktop share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg share/icons/hicolor/48x48/apps/${APP_ID}.png
        lib/systemd/user/smsdesk.service share/doc/smsdesk/copyright)
    if(NOT EXISTS "${STAGE}/usr/${path}")
        list(APPEND missing "/usr/${path}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}")
endif()
file(STRINGS "${STAGE}/usr/lib/systemd/user/smsdesk.service" exec REGEX "^ExecStart=")
if(NOT exec MATCHES "^ExecStart=/usr/bin/smsdesk-headless --headless")
    message(FATAL_ERROR "The systemd unit starts '${exec}', not /usr/bin/smsdesk-headless --headless")
endif()
file(READ "${STAGE}/usr/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
string(REGEX MATCHALL "/docs/screenshots/[^<]+\\.png" shots "${metainfo}")
if(NOT shots)
    message(FATAL_ERROR "The AppStream metadata names no screenshot")
endif()
foreach(shot IN LISTS shots)
    if(NOT EXISTS "${SOURCE_DIR}${shot}")
        message(FATAL_ERROR "The AppStream metadata shows ${shot}, which is not in this repository")
    endif()
endforeach()
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net "${STAGE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()
file(REMOVE_RECURSE "${STAGE}")
