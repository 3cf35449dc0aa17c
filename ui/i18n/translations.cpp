// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QVariant>

#include <algorithm>

namespace smsdesk {

namespace {

const auto kCatalogueDir = QStringLiteral(":/i18n");
const auto kSourceLanguage = QStringLiteral("en");
// Marks our translators among the application's children, so the next install() finds them.
const auto kTranslatorName = QStringLiteral("smsdesk_i18n_translator");
const char kCurrentProperty[] = "smsdesk_i18n_language";

QString languageOf(const QString &uiLanguage) // "de-CH" -> "de"
{
    return QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
}

QStringList embeddedCodes()
{
    QStringList codes;
    const QStringList files = QDir(kCatalogueDir).entryList({ QStringLiteral("smsdesk_*.qm") }, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(8, file.size() - 8 - 3); // "smsdesk_" ... ".qm"
    return codes;
}

bool isAvailable(const QString &code)
{
    return code == kSourceLanguage || embeddedCodes().contains(code);
}

// The language's own name as a picker shows it. CLDR gives "español de España" and
// lower-case "français" (Qt 6.4), so the shipped languages are named here.
QString nativeName(const QString &code)
{
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"fr")
        return QStringLiteral("Français");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

void removeOurTranslators(QCoreApplication *app)
{
    const auto ours = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : ours) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void load(QCoreApplication *app, const QString &directory, const QString &file)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(kTranslatorName);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages;
    for (const QString &code : embeddedCodes()) {
        if (code != kSourceLanguage)
            languages.append({ code, nativeName(code) });
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return a.nativeName.localeAwareCompare(b.nativeName) < 0;
    });
    languages.prepend({ kSourceLanguage, QStringLiteral("English") });
    return languages;
}

QString Translations::resolve(const QString &requested)
{
    if (!requested.isEmpty() && isAvailable(requested))
        return requested;
    // Walk the user's preferences ourselves: QTranslator::load(QLocale, ...) would skip an
    // "en-US" it has no file for and pick a second choice, turning English desktops German.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : preferred) {
        const QString code = languageOf(uiLanguage);
        if (isAvailable(code))
            return code;
    }
    return kSourceLanguage;
}

QString Translations::install(const QString &requested)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = resolve(requested);
    if (!app)
        return code;

    removeOurTranslators(app);
    // English too: its catalogue gives the plural forms ("1 message", "2 messages").
    load(app, kCatalogueDir, QStringLiteral("smsdesk_") + code);
    if (code != kSourceLanguage)
        load(app, QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral("qtbase_") + code);

    const QLocale system = QLocale::system();
    QLocale::setDefault(languageOf(system.name()) == code ? system : QLocale(code));
    app->setProperty(kCurrentProperty, code);
    return code;
}

QString Translations::current()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QString code = app ? app->property(kCurrentProperty).toString() : QString();
    return code.isEmpty() ? kSourceLanguage : code;
}

} // namespace smsdesk
