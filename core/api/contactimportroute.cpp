// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimportroute.h"

#include "apijson.h"
#include "contactimport.h"
#include "headinspector.h"
#include "queuestore.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <variant>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

// The store's limits for groups (core/store/ops_contacts.cpp), checked here so a 422 names
// the parameter before the file is read.
constexpr int kMaxGroupName = 200;
constexpr int kMaxGroups = 50;

// A file the guard lets in is one the readers take whole, and the other way round.
static_assert(HeadLimits {}.maxImportBody == CsvReader::kMaxBytes
              && HeadLimits {}.maxImportBody == VCardReader::kMaxBytes);

// What phones, Google, Outlook and curl send a contact file as; the content decides how it
// is read (BEGIN:VCARD or not), and its bytes which encoding it has.
constexpr QByteArrayView kMediaTypes[] = { "text/csv",       "text/vcard", "text/x-vcard",
                                           "text/directory", "text/plain", "application/octet-stream" };

struct ImportQuery
{
    QStringList groups; // every imported contact joins these
    bool dryRun = false;
};

std::variant<ImportQuery, Problem> readQuery(const QUrlQuery &query)
{
    Errors errors;
    QSet<QString> unknown;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != u"group" && item.first != u"dry_run" && !unknown.contains(item.first)) {
            unknown.insert(item.first);
            errors.append({ item.first.left(kMaxGroupName),
                            QStringLiteral("unknown query parameter; use group and dry_run") });
        }
    }
    ImportQuery out;
    const QStringList groups = query.allQueryItemValues(QStringLiteral("group"), QUrl::FullyDecoded);
    if (groups.size() > kMaxGroups)
        errors.append({ QStringLiteral("group"), QStringLiteral("at most %1 groups").arg(kMaxGroups) });
    for (qsizetype i = 0; i < groups.size() && groups.size() <= kMaxGroups; ++i) {
        const QString name = groups.at(i).trimmed();
        if (name.isEmpty() || name.size() > kMaxGroupName)
            errors.append({ QStringLiteral("group"),
                            QStringLiteral("\"%1\": a group name has 1 to %2 characters")
                                .arg(groups.at(i).left(40))
                                .arg(kMaxGroupName) });
        else if (!out.groups.contains(name))
            out.groups.append(name);
    }
    const QStringList dryRun = query.allQueryItemValues(QStringLiteral("dry_run"));
    if (dryRun.size() > 1 || (dryRun.size() == 1 && dryRun.first() != u"true" && dryRun.first() != u"false"))
        errors.append({ QStringLiteral("dry_run"),
                        QStringLiteral("true (read the file, store nothing) or false (the default), once") });
    out.dryRun = dryRun.value(0) == u"true";
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return out;
}

// What the file gave, the same for a dry run and an import: rows read, and the rows (or
// numbers of a row) left out with their line and why.
QJsonObject summary(const ImportPlan &plan, bool dryRun)
{
    QJsonArray rejected;
    const qsizetype listed = qMin<qsizetype>(plan.rejected.size(), ContactImportRoute::kMaxRejectedListed);
    for (const ImportProblem &problem : plan.rejected.first(listed))
        rejected.append(QJsonObject { { QStringLiteral("row"), problem.line }, // DESIGN §6b: the line where the row starts
                                      { QStringLiteral("reason"), problem.reason } });
    return QJsonObject {
        { QStringLiteral("rows"), plan.rows },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("rejected_total"), int(plan.rejected.size()) },
        { QStringLiteral("dry_run"), dryRun },
    };
}

// A file that cannot be read as a whole (no phone column, a card without END:VCARD, an
// unclosed quote, not text at all): nothing of it is taken.
Problem unreadable(const Error &error)
{
    if (error.code != ErrorCode::Invalid)
        return Problem::fromError(error);
    QString reason = error.message;
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper();
    Problem problem
        = Problem::make(Problem::Kind::Validation, QStringLiteral("%1. Nothing was imported.").arg(reason));
    problem.errors.append({ QStringLiteral("body"), error.message });
    return problem;
}

} // namespace

ContactImportRoute::ContactImportRoute(ApiContext context)
    : m_context(context)
{ }

void ContactImportRoute::addTo(Router &router)
{
    router.add(QHttpServerRequest::Method::Post, QString::fromLatin1(kPath),
               [this](const auto &request, const auto &reply, const auto &) { import(request, reply); });
}

bool ContactImportRoute::acceptsMediaType(QByteArrayView mediaType)
{
    return std::find(std::begin(kMediaTypes), std::end(kMediaTypes), mediaType) != std::end(kMediaTypes);
}

QString ContactImportRoute::mediaTypes()
{
    QStringList names;
    for (const QByteArrayView type : kMediaTypes)
        names.append(QString::fromLatin1(type));
    return names.join(QStringLiteral(", "));
}

void ContactImportRoute::import(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto query = readQuery(request.query());
    if (auto *problem = std::get_if<Problem>(&query)) {
        reply->problem(*problem);
        return;
    }
    const ImportQuery options = std::get<ImportQuery>(query);
    // Read here, in the API thread, like every route's validation: 10,000 rows take about
    // 0.3 s, and the thread answers no other request meanwhile. The body is at most
    // HeadLimits::maxImportBody (20 MiB, CsvReader::kMaxBytes), refused from the head above it.
    // The numbers are read in the business's region: m_context.phoneNumbers follows the setting.
    const Result<ImportPlan> plan
        = ContactImport::fromData(request.body(), m_context.phoneNumbers, options.groups);
    if (!plan) {
        reply->problem(unreadable(plan.error()));
        return;
    }
    QJsonObject answer = summary(plan.value(), options.dryRun);
    if (options.dryRun) {
        answer.insert(QStringLiteral("contacts"), int(plan->contacts.size()));
        reply->json(200, ApiJson::compact(answer));
        return;
    }
    // One job, one transaction: every contact or none. Several rows of one number, and
    // numbers stored already, merge into one contact (no Idempotency-Key needed: a retry merges).
    m_context.store.importContacts(plan->contacts)
        .then(m_context.context, [reply, answer](const Result<ContactImportResult> &done) {
            if (!done) {
                Problem problem = Problem::fromError(done.error());
                problem.detail = QStringLiteral("Nothing was imported: %1").arg(problem.detail);
                reply->problem(problem);
                return;
            }
            QJsonObject out = answer;
            out.insert(QStringLiteral("imported"), done->imported);
            out.insert(QStringLiteral("merged"), done->merged);
            reply->json(200, ApiJson::compact(out));
        });
}

} // namespace smsdesk
