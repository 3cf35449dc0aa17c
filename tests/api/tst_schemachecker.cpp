// SPDX-License-Identifier: GPL-3.0-or-later
// The checker tst_apiopenapi holds the API's answers to docs/openapi.json with: what the
// document does not say is refused, so the checks there can fail.
#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsdesk::test;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSchemaChecker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SchemaChecker> m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("SMSDESK_TEST_DATA") + QStringLiteral("/../../docs/openapi.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/openapi.json not found next to SMSDESK_TEST_DATA");
        m_schema = std::make_unique<SchemaChecker>(QJsonDocument::fromJson(file.readAll()).object());
    }

    // The checker itself: what the document does not say is refused (so the checks below can fail).
    void theCheckerRefusesWhatTheDocumentDoesNotSay()
    {
        const QJsonObject good { { QStringLiteral("status"), QStringLiteral("ok") },
                                 { QStringLiteral("version"), QStringLiteral("1") } };
        const QString health = QStringLiteral("/healthz");
        QCOMPARE(m_schema->checkAnswer(QStringLiteral("get"), health, 200, "application/json", json(good)),
                 QStringList());
        QJsonObject extra = good;
        extra.insert(QStringLiteral("uptime"), 3);
        QJsonObject missing = good;
        missing.remove(QStringLiteral("version"));
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("version"), 1);
        QJsonObject wrongValue = good;
        wrongValue.insert(QStringLiteral("status"), QStringLiteral("fine"));
        for (const QJsonObject &bad : { extra, missing, wrongType, wrongValue })
            QCOMPARE(m_schema->checkAnswer(QStringLiteral("get"), health, 200, "application/json", json(bad))
                         .size(),
                     1);
        QCOMPARE(
            m_schema->checkAnswer(QStringLiteral("get"), health, 201, "application/json", json(good)).size(),
            1);
        QCOMPARE(m_schema->checkAnswer(QStringLiteral("get"), health, 200, "text/html", json(good)).size(),
                 1);
        QCOMPARE(
            m_schema->checkAnswer(QStringLiteral("put"), health, 200, "application/json", json(good)).size(),
            1);
        const QJsonObject nullable { { QStringLiteral("type"),
                                       QJsonArray { QStringLiteral("string"), QStringLiteral("null") } } };
        QVERIFY(m_schema->check(QJsonValue::Null, nullable).isEmpty());
        QCOMPARE(m_schema->check(2, nullable).size(), 1);
        QCOMPARE(m_schema->check(1.5, QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } })
                     .size(),
                 1);
        QCOMPARE(
            m_schema->check(1, QJsonObject { { QStringLiteral("pattern"), QStringLiteral(".") } }).size(), 1);
        const QJsonObject ref { { QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Stats") } };
        QCOMPARE(m_schema->check(QJsonObject { { QStringLiteral("queued"), 1 } }, ref).size(),
                 6); // six required missing
    }
};

QTEST_GUILESS_MAIN(TestSchemaChecker)
#include "tst_schemachecker.moc"
