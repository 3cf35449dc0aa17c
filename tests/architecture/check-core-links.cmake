# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a core target links QtGui or QtWidgets, directly or through another target
# (DESIGN §1: core is GUI-free, the headless program and the core tests prove it), or
# borrows another core folder as an include path instead of linking its target.
# Run by ctest (architecture_core_links): cmake -DGRAPH=<build>/tests/architecture/links.cmake -P this
cmake_minimum_required(VERSION 3.25)
include(${GRAPH})
if(NOT SMSDESK_CORE_TARGETS)
    message(FATAL_ERROR "no core targets in ${GRAPH}: the walk found nothing to check")
endif()
set(failures)
foreach(target IN LISTS SMSDESK_CORE_TARGETS)
    foreach(chain IN LISTS SMSDESK_CHAINS_${target})
        string(REGEX REPLACE ".* > " "" reached "${chain}")
        if(reached MATCHES "^Qt6?::(Gui|Widgets)$")
            list(APPEND failures "  ${chain}")
        elseif(reached MATCHES " \\(unseen\\)$")
            # A target the walk could not open might hide a QtGui link: name it, never pass.
            list(APPEND failures "  ${chain}: find_package() it in tests/architecture/CMakeLists.txt")
        endif()
    endforeach()
endforeach()
foreach(target IN LISTS SMSDESK_CORE_TARGETS)
    foreach(dir IN LISTS SMSDESK_INCLUDES_${target})
        string(FIND "${dir}/" "${SMSDESK_CORE_DIR}/" in_core)
        string(FIND "${dir}/" "${SMSDESK_SOURCE_DIR_${target}}/" in_own)
        if(in_core EQUAL 0 AND NOT in_own EQUAL 0)
            list(APPEND failures "  ${target} borrows the include path ${dir}: link the target that owns it")
        endif()
    endforeach()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "core must stay GUI-free and link what it includes (DESIGN §1):\n${text}")
endif()
list(LENGTH SMSDESK_CORE_TARGETS count)
message(STATUS "${count} core targets, none links QtGui or QtWidgets or borrows an include path: "
               "${SMSDESK_CORE_TARGETS}")
