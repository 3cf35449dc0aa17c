// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace smsdesk {

// Which language the user interface speaks, switchable at run time.
//
// install() loads Smsdesk's own catalogue (":/i18n/smsdesk_<lang>.qm", embedded in
// smsdesk_ui; for English only the plural forms) and Qt's (qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath, for the standard buttons and dialogs) and replaces
// whatever an earlier call loaded. Call it at start even for English. The
// translators belong to the QCoreApplication, so there is no state here to pass around.
//
// What widgets must do: tr() runs when a text is set, so a language switch only reaches a
// widget that sets its texts again. Qt sends every widget a QEvent::LanguageChange after
// install(); each widget that shows fixed text puts its setText()/setToolTip()/
// setAccessibleName() calls in one retranslate() function, called from the constructor
// and from changeEvent() on QEvent::LanguageChange. Models emit headerDataChanged() and
// dataChanged() for their translated columns from the same event (forwarded by their view
// or page). Texts built from data (counts, errors) are rebuilt on the next update.
class Translations final
{
public:
    struct Language
    {
        QString code; // ISO 639-1: "en", "de", "es", "fr"
        QString nativeName; // in that language, for a picker: "English", "Deutsch", "Español"
    };

    // English (the source language) first, then every embedded catalogue. A Settings
    // picker adds "System language" (an empty code) in front of these.
    static QList<Language> available();

    // The language install() would pick: `requested` if we have it, else the first of the
    // system's preferred UI languages that we have, else "en". Empty = follow the system.
    static QString resolve(const QString &requested);

    // Switches the application to `requested` (see resolve()) and returns the code now in
    // effect. Also makes it the default QLocale, so dates and numbers match the texts
    // (keeping the system's regional formats when the language is the system's own).
    // Call after the Q(Core)Application exists.
    static QString install(const QString &requested);

    // The code install() last put in effect ("en" before any call).
    static QString current();

    Translations() = delete;
};

} // namespace smsdesk
