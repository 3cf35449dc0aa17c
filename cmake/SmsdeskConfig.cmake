# SPDX-License-Identifier: GPL-3.0-or-later
# The one place for flags every Smsdesk target shares (qBittorrent's qbt_common_cfg).
add_library(smsdesk_common_cfg INTERFACE)
target_compile_features(smsdesk_common_cfg INTERFACE cxx_std_17)
set_target_properties(smsdesk_common_cfg PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(smsdesk_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
if(SMSDESK_WERROR)
    target_compile_options(smsdesk_common_cfg INTERFACE -Werror)
endif()
target_compile_definitions(smsdesk_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    SMSDESK_VERSION="${PROJECT_VERSION}")
if(SMSDESK_SANITIZE)
    string(REPLACE ";" "," _smsdesk_san "${SMSDESK_SANITIZE}")
    target_compile_options(smsdesk_common_cfg INTERFACE -fsanitize=${_smsdesk_san} -fno-omit-frame-pointer)
    target_link_options(smsdesk_common_cfg INTERFACE -fsanitize=${_smsdesk_san})
endif()

# smsdesk_add_test(NAME SOURCES ... LIBS ... [GUI] [KEYCHAIN] [POSTGRES] [SMALL_DISK SIZE])
# One executable per test class; GUI tests run offscreen, KEYCHAIN tests run
# inside a private D-Bus session with an unlocked gnome-keyring. POSTGRES also
# registers NAME_postgres: the same executable with SMSDESK_TEST_STORE_BACKEND=postgres
# against a throwaway PostgreSQL cluster (tests/run-with-postgres.sh), label "postgres".
# SMALL_DISK runs the test with a tmpfs of SIZE of its own (tests/run-with-small-disk.sh).
function(smsdesk_add_test name)
    cmake_parse_arguments(T "GUI;KEYCHAIN;POSTGRES" "TIMEOUT;SMALL_DISK" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE smsdesk_common_cfg smsdesk_testsupport Qt6::Test ${T_LIBS})
    if(T_KEYCHAIN)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/run-with-keychain.sh $<TARGET_FILE:${name}>)
    elseif(T_SMALL_DISK)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/run-with-small-disk.sh ${T_SMALL_DISK}
                                      $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "SMSDESK_TEST_DATA=${SMSDESK_TEST_DATA_DIR}"
            "SMSDESK_BUILD_DIR=${PROJECT_BINARY_DIR}")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
    if(T_POSTGRES)
        add_test(NAME ${name}_postgres
                 COMMAND ${PROJECT_SOURCE_DIR}/tests/run-with-postgres.sh $<TARGET_FILE:${name}>)
        set_tests_properties(${name}_postgres PROPERTIES
            ENVIRONMENT "${env};SMSDESK_TEST_STORE_BACKEND=postgres" TIMEOUT ${T_TIMEOUT} LABELS postgres)
    endif()
endfunction()
