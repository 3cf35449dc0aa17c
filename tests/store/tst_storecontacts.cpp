// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts and saved texts in the store (issue 14, points 1 and 2), on SQLite and, as
// tst_storecontacts_postgres, on PostgreSQL: a number has one name, an import is all or
// nothing and merges what is known, the thread list shows and searches names, and another
// desk hears of every change.
#include "storereader.h"
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
Contact contact(const QString &first, const QString &last, const QStringList &numbers,
                const QStringList &groups = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.numbers = numbers;
    c.groups = groups;
    return c;
}
} // namespace

class tst_StoreContacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aContactIsStoredAndReadBack();
    void aNumberHasOneName();
    void anImportMergesAndIsAllOrNothing();
    void theThreadListShowsAndSearchesNames();
    void savedTexts();
    void anotherDeskHearsOfChanges();
};

void tst_StoreContacts::aContactIsStoredAndReadBack()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QSignalSpy changed(&f.store(), &QueueStore::contactsChanged);
    Contact ada = contact(QStringLiteral(" Ada "), QStringLiteral("Lovelace"),
                          { QStringLiteral("+4915112345678"), QStringLiteral("+493012345678") },
                          { QStringLiteral("regulars"), QStringLiteral(" newsletter"), QStringLiteral("regulars") });
    ada.fields.insert(QStringLiteral("table"), QStringLiteral("7"));
    const Result<Contact> saved = await(f.store().saveContact(ada));
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->name, QStringLiteral("Ada Lovelace")); // composed from the parts, trimmed
    QCOMPARE(saved->numbers, (QStringList { QStringLiteral("+4915112345678"), QStringLiteral("+493012345678") }));
    QCOMPARE(saved->groups, (QStringList { QStringLiteral("newsletter"), QStringLiteral("regulars") }));
    QTRY_COMPARE(changed.count(), 1);

    StoreReader reader(f.config());
    QVERIFY(reader.open().ok());
    const Result<Contact> byNumber = reader.contactByNumber(QStringLiteral("+493012345678"));
    QVERIFY(byNumber.ok());
    QCOMPARE(byNumber->id, saved->id);
    QCOMPARE(byNumber->fields.value(QStringLiteral("table")), QStringLiteral("7"));
    QCOMPARE(reader.contactByNumber(QStringLiteral("+4915199999999")).code(), ErrorCode::NotFound);

    // Edited: a number changed, the old one is free again.
    Contact edited = saved.value();
    edited.numbers = { QStringLiteral("+4915112345678") };
    edited.name = QStringLiteral("Ada (table 7)");
    QVERIFY(await(f.store().saveContact(edited)).ok());
    QCOMPARE(reader.contactByNumber(QStringLiteral("+493012345678")).code(), ErrorCode::NotFound);
    QCOMPARE(reader.contact(saved->id)->name, QStringLiteral("Ada (table 7)"));

    ContactFilter filter;
    filter.search = QStringLiteral("table");
    QCOMPARE(reader.contacts(filter)->size(), 1);
    filter.search = QStringLiteral("5112345");
    QCOMPARE(reader.contacts(filter)->size(), 1);
    filter = {};
    filter.group = QStringLiteral("newsletter");
    QCOMPARE(reader.contactCount(filter).value(), 1);
    filter.group = QStringLiteral("nobody");
    QCOMPARE(reader.contactCount(filter).value(), 0);

    // Refused: no number, a number not in international form, an unknown id.
    QCOMPARE(await(f.store().saveContact(contact(QStringLiteral("No"), QStringLiteral("Number"), {}))).code(),
             ErrorCode::Invalid);
    const Result<Contact> national
        = await(f.store().saveContact(contact(QStringLiteral("Bob"), {}, { QStringLiteral("0151 1234") })));
    QCOMPARE(national.code(), ErrorCode::Invalid);
    QVERIFY2(national.errorString().contains(QStringLiteral("0151 1234")), qPrintable(national.errorString()));
    Contact ghost = contact(QStringLiteral("Ghost"), {}, { QStringLiteral("+4915100000001") });
    ghost.id = 9999;
    QCOMPARE(await(f.store().saveContact(ghost)).code(), ErrorCode::NotFound);

    QVERIFY(await(f.store().removeContact(saved->id)).ok());
    QCOMPARE(reader.contactCount({}).value(), 0);
    QCOMPARE(reader.contactByNumber(QStringLiteral("+4915112345678")).code(), ErrorCode::NotFound);
    QCOMPARE(await(f.store().removeContact(saved->id)).code(), ErrorCode::NotFound);
}

void tst_StoreContacts::aNumberHasOneName()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Result<Contact> first
        = await(f.store().saveContact(contact(QStringLiteral("Ada"), {}, { QStringLiteral("+4915112345678") })));
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    const Result<Contact> second
        = await(f.store().saveContact(contact(QStringLiteral("Bob"), {}, { QStringLiteral("+4915112345678") })));
    QCOMPARE(second.code(), ErrorCode::Conflict);
    QVERIFY2(second.errorString().contains(QStringLiteral("Ada")), qPrintable(second.errorString()));
    StoreReader reader(f.config());
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.contactCount({}).value(), 1);
}

void tst_StoreContacts::anImportMergesAndIsAllOrNothing()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    Contact known = contact({}, {}, { QStringLiteral("+4915112345678") }, { QStringLiteral("regulars") });
    QVERIFY(await(f.store().saveContact(known)).ok()); // named only by its number so far

    Contact ada = contact(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                          { QStringLiteral("+4915112345678"), QStringLiteral("+493011111111") },
                          { QStringLiteral("newsletter") });
    ada.fields.insert(QStringLiteral("city"), QStringLiteral("London"));
    const QList<Contact> file {
        ada,
        contact(QStringLiteral("Bob"), QStringLiteral("Byte"), { QStringLiteral("+4915122222222") }),
        contact(QStringLiteral("Bobby"), {}, { QStringLiteral("+4915122222222") }, { QStringLiteral("vip") }), // twice in the file
        contact(QStringLiteral("Cy"), {}, { QStringLiteral("+4915133333333") }),
    };
    const Result<ContactImportResult> imported = await(f.store().importContacts(file));
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QCOMPARE(imported->imported, 2); // Bob, Cy
    QCOMPARE(imported->merged, 2); // Ada into the known number, Bobby into Bob

    StoreReader reader(f.config());
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.contactCount({}).value(), 3);
    const Contact merged = reader.contactByNumber(QStringLiteral("+4915112345678")).value();
    QCOMPARE(merged.name, QStringLiteral("Ada Lovelace")); // a real name replaces the bare number
    QCOMPARE(merged.numbers, (QStringList { QStringLiteral("+4915112345678"), QStringLiteral("+493011111111") }));
    QCOMPARE(merged.groups, (QStringList { QStringLiteral("newsletter"), QStringLiteral("regulars") }));
    QCOMPARE(merged.fields.value(QStringLiteral("city")), QStringLiteral("London"));
    const Contact bob = reader.contactByNumber(QStringLiteral("+4915122222222")).value();
    QCOMPARE(bob.name, QStringLiteral("Bob Byte")); // an existing name stays
    QCOMPARE(bob.groups, QStringList { QStringLiteral("vip") });

    // One bad row: nothing of the file is stored.
    const QList<Contact> bad { contact(QStringLiteral("Dee"), {}, { QStringLiteral("+4915144444444") }),
                               contact(QStringLiteral("Eve"), {}, { QStringLiteral("not a number") }) };
    const Result<ContactImportResult> refused = await(f.store().importContacts(bad));
    QCOMPARE(refused.code(), ErrorCode::Invalid);
    QVERIFY2(refused.errorString().contains(QStringLiteral("Eve")), qPrintable(refused.errorString()));
    QCOMPARE(reader.contactCount({}).value(), 3);
    QCOMPARE(reader.contactByNumber(QStringLiteral("+4915144444444")).code(), ErrorCode::NotFound);
    const Result<QList<QPair<QString, int>>> groups = reader.contactGroups();
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), 3);
    QCOMPARE(groups->at(0), qMakePair(QStringLiteral("newsletter"), 1));
}

void tst_StoreContacts::theThreadListShowsAndSearchesNames()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(QStringLiteral("+4915112345678"), QStringLiteral("Your table is ready"));
    f.enqueue(QStringLiteral("+4915199999999"), QStringLiteral("Closed on Monday"));
    QVERIFY(await(f.store().saveContact(contact(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                                { QStringLiteral("+4915112345678") })))
                .ok());
    StoreReader reader(f.config());
    QVERIFY(reader.open().ok());
    const Result<QList<ThreadSummary>> threads = reader.threads(QString(), 10, 0);
    QVERIFY(threads.ok());
    QCOMPARE(threads->size(), 2);
    for (const ThreadSummary &t : threads.value())
        QCOMPARE(t.contactName, t.number == QLatin1String("+4915112345678") ? QStringLiteral("Ada Lovelace") : QString());
    const Result<QList<ThreadSummary>> found = reader.threads(QStringLiteral("lovel"), 10, 0);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().number, QStringLiteral("+4915112345678"));
    QCOMPARE(reader.threadCount(QStringLiteral("lovel")).value(), 1);
    QCOMPARE(reader.threads(QStringLiteral("Monday"), 10, 0)->size(), 1);
}

void tst_StoreContacts::savedTexts()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QSignalSpy changed(&f.store(), &QueueStore::templatesChanged);
    SavedTemplate ready { 0, QStringLiteral("Order ready"), QStringLiteral("Hi {first_name}, your order is ready."), 0 };
    const Result<SavedTemplate> saved = await(f.store().saveTemplate(ready));
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QVERIFY(saved->id > 0);
    QTRY_COMPARE(changed.count(), 1);
    SavedTemplate same { 0, QStringLiteral("Order ready"), QStringLiteral("another"), 0 };
    QCOMPARE(await(f.store().saveTemplate(same)).code(), ErrorCode::Conflict);
    QCOMPARE(await(f.store().saveTemplate(SavedTemplate { 0, QStringLiteral("Empty"), QStringLiteral("  "), 0 })).code(),
             ErrorCode::Invalid);
    SavedTemplate edited = saved.value();
    edited.body = QStringLiteral("Hi {first_name|there}, your order is ready.");
    QVERIFY(await(f.store().saveTemplate(edited)).ok());
    QVERIFY(await(f.store().saveTemplate(SavedTemplate { 0, QStringLiteral("Closed"), QStringLiteral("We are closed on Monday."), 0 })).ok());
    StoreReader reader(f.config());
    QVERIFY(reader.open().ok());
    const Result<QList<SavedTemplate>> list = reader.templates();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Closed")); // by name
    QCOMPARE(list->at(1).body, QStringLiteral("Hi {first_name|there}, your order is ready."));
    QVERIFY(await(f.store().removeTemplate(saved->id)).ok());
    QCOMPARE(reader.templates()->size(), 1);
    QCOMPARE(await(f.store().removeTemplate(saved->id)).code(), ErrorCode::NotFound);
}

void tst_StoreContacts::anotherDeskHearsOfChanges()
{
    SMSDESK_POSTGRES_ONLY("desks share a PostgreSQL database");
    StoreFixture f;
    QVERIFY(f.open().ok());
    std::unique_ptr<QueueStore> other = f.openAnother();
    QVERIFY(other);
    QSignalSpy contacts(other.get(), &QueueStore::contactsChanged);
    QSignalSpy texts(other.get(), &QueueStore::templatesChanged);
    QVERIFY(await(f.store().saveContact(contact(QStringLiteral("Ada"), {}, { QStringLiteral("+4915112345678") }))).ok());
    QVERIFY(await(f.store().saveTemplate(SavedTemplate { 0, QStringLiteral("Hi"), QStringLiteral("Hi!"), 0 })).ok());
    QTRY_COMPARE(contacts.count(), 1);
    QTRY_COMPARE(texts.count(), 1);
}

QTEST_GUILESS_MAIN(tst_StoreContacts)
#include "tst_storecontacts.moc"
