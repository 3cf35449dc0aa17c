# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=... -DCHECKER=... -DPROJECT_SOURCE_DIR=... -DWORK_DIR=... -P check-ts-up-to-date.cmake
# Runs lupdate, exactly as `update_translations` does, on copies of the .ts files, then the
# completeness checker on the copies. The sources and options come from the one definition.
include(${PROJECT_SOURCE_DIR}/translations/SmsdeskTranslations.cmake)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies "")
foreach(lang IN LISTS SMSDESK_TRANSLATION_LANGUAGES)
    file(COPY ${SMSDESK_TRANSLATIONS_DIR}/smsdesk_${lang}.ts DESTINATION ${WORK_DIR})
    list(APPEND copies ${WORK_DIR}/smsdesk_${lang}.ts)
endforeach()
file(COPY ${SMSDESK_PLURAL_ONLY_TS} DESTINATION ${WORK_DIR})
get_filename_component(en_copy ${SMSDESK_PLURAL_ONLY_TS} NAME)
smsdesk_translation_sources(sources)
execute_process(COMMAND ${LUPDATE} ${SMSDESK_LUPDATE_OPTIONS} ${sources} -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
execute_process(COMMAND ${LUPDATE} ${SMSDESK_LUPDATE_OPTIONS} -pluralonly ${sources} -ts ${WORK_DIR}/${en_copy}
                RESULT_VARIABLE rc_en OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0 OR NOT rc_en EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}, ${rc_en})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env SMSDESK_TS_DIR=${WORK_DIR} ${CHECKER} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The .ts files miss translations for texts in the sources: build the "
                        "update_translations target, translate the new entries and commit the .ts files.")
endif()
