# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the UI could reach data around the facade (DESIGN §1, issue 12): smsdesk_ui must
# link the facade's target (smsdesk_engine) and Qt alone, borrow no include path, and include
# from core only the headers of the facade's interface (the ReadModel it hands out, the types
# its signatures use); never StoreReader/QueueStore, never QtSql.
# Run by ctest (architecture_ui_facade):
#   cmake -DGRAPH=<links.cmake> -DSOURCE_DIR=<source> -DBINARY_DIR=<build> -P this
cmake_minimum_required(VERSION 3.25)
include(${GRAPH})
set(facade_target smsdesk_engine)
# What EngineFacade's and ReadModel's signatures use, by header.
set(facade_headers
    enginefacade.h readmodel.h # the facade and the read model it hands out
    messagesearch.h history.h # store: what ReadModel::searchMessages and historyPage answer
    messageexport.h # store: the CSV export of history, which reads through a ReadModel only
    domain.h result.h thenifalive.h # common: messages, devices, results, futures
    contact.h # common: contacts and saved texts, as the facade saves them
    optout.h # common: a number on the suppression list, as the facade adds and lifts them
    tokenlimit.h # common: an API token's request limit, as the facade sets it
    contactimport.h # contacts: a file's plan and column mapping, as the facade reads them
    campaign.h campaignplan.h # common, campaigns: a campaign, its recipients and its preview
    csvreader.h # contacts: the CSV table a campaign's recipients are read from
    phonenumbers.h smssegmenter.h # text: the number and segment rules the composer shows
    messagetemplate.h # text: the placeholder rules saved texts are checked and filled with
    dispatchstatus.h # the dispatcher's state, as the facade signals it
    intake.h # intake: a broker intake's settings and live state, as the facade keeps them
    gatewayadapter.h # Credentials, as the device dialog edits them
    outboundwebhook.h # common: outbound webhook endpoints, deliveries and attempts, as ReadModel answers them
    webhookendpointroutes.h # api: OutboundWebhooks::Created, the new endpoint and its secret the facade answers
)
set(failures)

set(found_facade FALSE)
foreach(link IN LISTS SMSDESK_UI_LINKS)
    if(link STREQUAL "" OR link MATCHES "-NOTFOUND$")
        continue()
    elseif(link STREQUAL facade_target)
        set(found_facade TRUE)
    elseif(link MATCHES "^Qt6?::|^smsdesk_ui_")
        # Qt, and the UI's own generated parts (smsdesk_ui_resources_N: embedded translations)
    elseif(link MATCHES "\\$<")
        # Qt's wrappers around those parts: only the UI's own targets may appear inside.
        string(REGEX MATCHALL "smsdesk[A-Za-z0-9_-]*" named "${link}")
        foreach(name IN LISTS named)
            if(NOT name MATCHES "^smsdesk_ui_")
                list(APPEND failures "  smsdesk_ui links ${name} (in ${link}): only ${facade_target} and Qt")
            endif()
        endforeach()
    else()
        list(APPEND failures "  smsdesk_ui links ${link}: only ${facade_target} (the facade) and Qt")
    endif()
endforeach()
if(NOT found_facade)
    list(APPEND failures "  smsdesk_ui does not link ${facade_target}, the facade's target")
endif()

foreach(dir IN LISTS SMSDESK_UI_INCLUDES)
    if(dir STREQUAL "" OR dir MATCHES "-NOTFOUND$")
        continue()
    endif()
    string(FIND "${dir}/" "${SOURCE_DIR}/ui/" in_ui)
    string(FIND "${dir}/" "${BINARY_DIR}/" in_build)
    if(NOT in_ui EQUAL 0 AND NOT in_build EQUAL 0)
        list(APPEND failures "  smsdesk_ui borrows the include path ${dir}: link the target that owns it")
    endif()
endforeach()

file(GLOB_RECURSE ui_sources ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
file(GLOB_RECURSE ui_headers RELATIVE ${SOURCE_DIR}/ui ${SOURCE_DIR}/ui/*.h)
set(ui_names)
foreach(header IN LISTS ui_headers)
    get_filename_component(name ${header} NAME)
    list(APPEND ui_names ${name})
endforeach()
foreach(source IN LISTS ui_sources)
    file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include")
    file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
    foreach(line IN LISTS lines)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            set(included "${CMAKE_MATCH_1}")
            get_filename_component(name "${included}" NAME)
            if(NOT name IN_LIST ui_names AND NOT name IN_LIST facade_headers
               AND NOT name MATCHES "^ui_|\\.moc$|^moc_")
                list(APPEND failures "  ${shown} includes \"${included}\", not part of the facade's interface")
            endif()
        elseif(line MATCHES "#[ \t]*include[ \t]*<(QSql[A-Za-z]*|QtSql/[^>]*)>")
            list(APPEND failures "  ${shown} includes <${CMAKE_MATCH_1}>: the UI never touches SQL")
        endif()
    endforeach()
endforeach()

if(failures)
    list(REMOVE_DUPLICATES failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "the UI must reach data only through the facade (issue 12):\n${text}")
endif()
list(LENGTH ui_sources count)
message(STATUS "smsdesk_ui links ${facade_target} and Qt alone; ${count} UI files include only the facade's interface")
