# SPDX-License-Identifier: GPL-3.0-or-later
# Smsdesk's translations (Qt Linguist): smsdesk_<lang>.ts in this folder, compiled with
# lrelease and embedded into the UI library as ":/i18n/smsdesk_<lang>.qm", which
# ui/i18n/translations.cpp loads.
#
#   smsdesk_add_translations(smsdesk_ui)   # in ui/CMakeLists.txt, after add_library()
#
# creates `update_translations` (lupdate: refreshes every .ts from the sources; then
# translate the new entries in Linguist and commit the .ts files) and builds the .qm files
# with the library. tests/i18n fails while any entry is unfinished or a text is missing.
# Adding a language: add its code below, build update_translations, translate.
# Texts with a count use tr("%n message(s)", nullptr, n): every language, English
# included (smsdesk_en.ts), gives its singular and plural forms.
set(SMSDESK_TRANSLATION_LANGUAGES de es fr)
# English is the source language; its catalogue holds only the plural forms
# ("%n message(s)" -> "1 message" / "2 messages"), made with lupdate -pluralonly.
set(SMSDESK_PLURAL_ONLY_TS "${CMAKE_CURRENT_LIST_DIR}/smsdesk_en.ts")
set(SMSDESK_TRANSLATIONS_DIR "${CMAKE_CURRENT_LIST_DIR}")
# No line numbers, so a .ts changes only when a text changes; drop texts the code no
# longer has, so the files hold nothing dead.
set(SMSDESK_LUPDATE_OPTIONS -locations none -no-obsolete)

# The texts to translate: the UI, plus the engine facade's messages that the UI shows as
# they are (core/engine), plus the broker intake's status lines that Settings -> Intake and
# the dashboard show as they are (core/intake), plus the phone number checks' reasons
# (core/text/phonenumbers, marked with QT_TRANSLATE_NOOP, translated only for the UI's own
# fields). The rest of core speaks to logs and HTTP clients: English.
function(smsdesk_translation_sources out_var)
    set(patterns "${PROJECT_SOURCE_DIR}/ui/*/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*/*.h"
                 "${PROJECT_SOURCE_DIR}/core/engine/*.cpp" "${PROJECT_SOURCE_DIR}/core/engine/*.h"
                 "${PROJECT_SOURCE_DIR}/core/intake/*.cpp" "${PROJECT_SOURCE_DIR}/core/intake/*.h"
                 "${PROJECT_SOURCE_DIR}/core/text/phonenumbers.cpp")
    if(CMAKE_SCRIPT_MODE_FILE)
        file(GLOB sources ${patterns})
    else()
        file(GLOB sources CONFIGURE_DEPENDS ${patterns})
    endif()
    list(SORT sources)
    set(${out_var} ${sources} PARENT_SCOPE)
endfunction()

function(smsdesk_add_translations target)
    set(ts_files "")
    foreach(lang IN LISTS SMSDESK_TRANSLATION_LANGUAGES)
        list(APPEND ts_files "${SMSDESK_TRANSLATIONS_DIR}/smsdesk_${lang}.ts")
    endforeach()
    smsdesk_translation_sources(sources)
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/core/engine"
                            "${PROJECT_SOURCE_DIR}/core/intake"
        RESOURCE_PREFIX "/i18n"
        LUPDATE_OPTIONS ${SMSDESK_LUPDATE_OPTIONS}
        LRELEASE_OPTIONS -silent)

    # The English plurals: same sources, -pluralonly, embedded beside the others.
    set(en_qm "${CMAKE_CURRENT_BINARY_DIR}/smsdesk_en.qm")
    add_custom_target(${target}_lupdate_en
        COMMAND Qt6::lupdate ${SMSDESK_LUPDATE_OPTIONS} -pluralonly ${sources} -ts ${SMSDESK_PLURAL_ONLY_TS}
        COMMENT "Updating the English plural forms" VERBATIM)
    add_dependencies(update_translations ${target}_lupdate_en)
    add_custom_command(OUTPUT ${en_qm}
        COMMAND Qt6::lrelease -silent ${SMSDESK_PLURAL_ONLY_TS} -qm ${en_qm}
        DEPENDS ${SMSDESK_PLURAL_ONLY_TS} Qt6::lrelease VERBATIM)
    qt_add_resources(${target} "${target}_translations_en" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}"
                     FILES ${en_qm})
endfunction()
