// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped .ts file is complete: no unfinished, obsolete or empty entry, the same
// placeholders as the English text, and one keyboard accelerator where the English has one.
// English itself ships only its plural forms.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the <translation type="..."> attribute: empty when finished
    QStringList texts; // the translation, or each numerus form
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile parse(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && entry.numerus) {
            ts.entries << entry; // numerus forms end here; a plain <translation> is read whole below
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry { context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {} };
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus) {
                entry.texts << xml.readElementText();
                ts.entries << entry;
            }
        } else if (name == u"numerusform") {
            entry.texts << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

int accelerators(const QString &text)
{
    // "&x" marks a shortcut letter; "&&" is a literal ampersand.
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString where(const Entry &e)
{
    return e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
}

} // namespace

class TranslationFilesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void TranslationFilesTest::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    // The languages the product promises (issue 6); a missing file fails, it is not skipped.
    QTest::newRow("German") << QStringLiteral("de") << false;
    QTest::newRow("Spanish") << QStringLiteral("es") << false;
    QTest::newRow("French") << QStringLiteral("fr") << false;
    // English is the source language: its file only says "1 message" / "2 messages".
    QTest::newRow("English plurals") << QStringLiteral("en") << true;
}

void TranslationFilesTest::complete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    // SMSDESK_TS_DIR lets the "up to date" test check freshly lupdate'd copies.
    const QString dir = qEnvironmentVariable("SMSDESK_TS_DIR", QStringLiteral(SMSDESK_TRANSLATIONS_DIR));
    const QString path = QDir(dir).filePath(QStringLiteral("smsdesk_%1.ts").arg(language));
    const TsFile ts = parse(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + ts.error));
    QCOMPARE(ts.language, language);
    // Far fewer entries than the UI has means the file was not generated from the sources.
    QVERIFY2(ts.entries.size() > (pluralOnly ? 5 : 200), qPrintable(QString::number(ts.entries.size())));

    QStringList problems;
    for (const Entry &e : ts.entries) {
        if (pluralOnly && !e.numerus) {
            problems << QStringLiteral("%1 is not a plural form").arg(where(e));
            continue;
        }
        if (!e.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where(e), e.type);
            continue;
        }
        if (e.texts.isEmpty() || (e.numerus && e.texts.size() < 2))
            problems << QStringLiteral("%1 has no translation").arg(where(e));
        for (const QString &text : e.texts) {
            if (text.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(where(e));
                continue;
            }
            QSet<QString> expected = placeholders(e.source);
            QSet<QString> actual = placeholders(text);
            if (e.numerus) { // a singular form may say "one" instead of %n
                expected.remove(QStringLiteral("%n"));
                actual.remove(QStringLiteral("%n"));
            }
            if (expected != actual)
                problems << QStringLiteral("%1 -> \"%2\": placeholders differ").arg(where(e), text);
            if (accelerators(e.source) != accelerators(text))
                problems << QStringLiteral("%1 -> \"%2\": accelerator (&) differs").arg(where(e), text);
            // French typography (translations/README.md): a no-break space before : ; ? !, never
            // a plain one, which would let the sign start a line of its own.
            static const QRegularExpression plainSpaceBeforeSign(QStringLiteral(" [:;?!]"));
            if (language == QLatin1String("fr") && text.contains(plainSpaceBeforeSign))
                problems << QStringLiteral("%1 -> \"%2\": a plain space before : ; ? or ! (use U+00A0)")
                                .arg(where(e), text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translationfiles.moc"
