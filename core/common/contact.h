// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace smsdesk {

// A customer as the shop knows them (issue 14): shown by name wherever their number
// appears, grouped for campaigns, with fields templates can use. Each number belongs to
// one contact at most, so a number has one name.
struct Contact
{
    qint64 id = 0;
    QString name; // how the contact is shown; the store composes it when empty
    QString firstName, lastName;
    QStringList numbers; // E.164, at least one
    QStringList groups; // tags ("regulars", "newsletter"), for campaigns
    QMap<QString, QString> fields; // custom fields for templates; keys lower-case
    QString note;
    qint64 createdAtMs = 0, updatedAtMs = 0;
};

// What an import did: new contacts, and contacts it added to (a number, a group, a field)
// because one of the imported numbers was already theirs (or twice in the file).
struct ContactImportResult
{
    int imported = 0;
    int merged = 0;
};

// A text staff pick instead of typing it again ("Your order is ready, {first_name}").
struct SavedTemplate
{
    qint64 id = 0;
    QString name;
    QString body;
    qint64 updatedAtMs = 0;
};

struct ContactFilter
{
    QString search; // name or number
    QString group; // only this group ("" = all)
    int limit = 200;
    int offset = 0;
};

} // namespace smsdesk
