// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignroutes.h"

#include "apijson.h"
#include "campaignplan.h"
#include "campaignreport.h"
#include "csvreader.h"
#include "queuestore.h"
#include "requestvalidator.h"
#include "storereader.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <variant>

namespace smsdesk {

namespace {

using Errors = QList<Problem::FieldError>;

constexpr int kMaxName = 200; // a campaign's name, a group's
constexpr int kMaxText = 1600; // as a saved text (templateroutes.cpp)
constexpr int kMaxPerMinute = 100'000;
constexpr qint64 kYearMs = 366LL * 24 * 3600 * 1000; // as send_at (requestvalidator.cpp)
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;
constexpr int kReasonsInProblem = 20; // left-out rows named in a 422's errors

// What POST /api/v1/campaigns asks for, its types checked.
struct CampaignRequest
{
    enum class Source { Group, Numbers, Csv };
    Campaign campaign; // name, text (empty when templateId names a saved text), start, pace
    qint64 templateId = 0;
    Source source = Source::Numbers;
    QString group;
    QString numbers; // one or more a line, as pasted
    QString csv;
    QString numberColumn; // a CSV header; empty: the column the header says holds numbers
    bool dryRun = false;
};

// Adds `message` for `field` unless `ok`.
void need(bool ok, const QString &field, const QString &message, Errors *errors)
{
    if (!ok)
        errors->append({ field, message });
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(ApiJson::toRfc3339(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void refuseUnknown(const QJsonObject &object, const QSet<QString> &known, const QString &prefix,
                   Errors *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        need(known.contains(it.key()), prefix + it.key().left(kMaxName),
             QStringLiteral("unknown field; see docs/api.md"), errors);
}

// `recipients`: exactly one of group, numbers (an array, or one string as pasted) and csv.
void readRecipients(const QJsonValue &value, CampaignRequest *out, Errors *errors)
{
    static const QSet<QString> known { QStringLiteral("group"), QStringLiteral("numbers"),
                                       QStringLiteral("csv"), QStringLiteral("number_column") };
    const QJsonObject object = value.toObject();
    const QJsonValue group = object.value(u"group"), numbers = object.value(u"numbers"),
                     csv = object.value(u"csv"), column = object.value(u"number_column");
    if (!value.isObject()
        || int(!group.isUndefined()) + int(!numbers.isUndefined()) + int(!csv.isUndefined()) != 1) {
        errors->append({ QStringLiteral("recipients"),
                         QStringLiteral("required: an object with exactly one of {\"group\": \"name\"}, "
                                        "{\"numbers\": [\"+12025550123\", …]} and {\"csv\": \"…\"}") });
        return;
    }
    refuseUnknown(object, known, QStringLiteral("recipients."), errors);
    if (!group.isUndefined()) {
        out->source = CampaignRequest::Source::Group;
        out->group = group.toString().trimmed();
        need(group.isString() && !out->group.isEmpty() && out->group.size() <= kMaxName,
             QStringLiteral("recipients.group"),
             QStringLiteral("must be a group name, 1 to %1 characters").arg(kMaxName), errors);
    } else if (!numbers.isUndefined()) {
        out->source = CampaignRequest::Source::Numbers;
        bool strings = numbers.isArray();
        QStringList lines; // one element a line, so a left-out row names its place in the array
        for (const QJsonValue &number : numbers.toArray()) {
            strings = strings && number.isString();
            lines.append(number.toString().simplified());
        }
        out->numbers = numbers.isString() ? numbers.toString() : lines.join(u'\n');
        need(numbers.isString() || strings, QStringLiteral("recipients.numbers"),
             QStringLiteral("must be an array of phone numbers (strings), or one string of numbers apart by "
                            "line breaks, commas or semicolons"),
             errors);
    } else {
        out->source = CampaignRequest::Source::Csv;
        out->csv = csv.toString();
        need(csv.isString() && !out->csv.trimmed().isEmpty(), QStringLiteral("recipients.csv"),
             QStringLiteral("must be the CSV text: a header row, then one row a recipient"), errors);
    }
    out->numberColumn = column.toString().trimmed();
    need(column.isUndefined() || (csv.isString() && column.isString() && !out->numberColumn.isEmpty()),
         QStringLiteral("recipients.number_column"),
         QStringLiteral("goes with csv: the header of the column that holds the numbers"), errors);
}

std::variant<CampaignRequest, Problem> readRequest(const QJsonObject &body, qint64 nowMs)
{
    static const QSet<QString> known { QStringLiteral("name"),     QStringLiteral("template_id"),
                                       QStringLiteral("text"),     QStringLiteral("recipients"),
                                       QStringLiteral("start_at"), QStringLiteral("per_minute"),
                                       QStringLiteral("dry_run") };
    Errors errors;
    refuseUnknown(body, known, QString(), &errors);
    CampaignRequest out;
    out.campaign.name = body.value(u"name").toString().trimmed();
    need(body.value(u"name").isString() && !out.campaign.name.isEmpty()
             && out.campaign.name.size() <= kMaxName,
         QStringLiteral("name"), QStringLiteral("required: 1 to %1 characters").arg(kMaxName), &errors);
    const QJsonValue text = body.value(u"text"), templateId = body.value(u"template_id");
    out.campaign.text = text.toString();
    if (text.isUndefined() == templateId.isUndefined())
        errors.append(
            { QStringLiteral("text"), QStringLiteral("give text or template_id (a saved text), one") });
    else if (!text.isUndefined())
        need(text.isString() && !out.campaign.text.trimmed().isEmpty()
                 && out.campaign.text.size() <= kMaxText,
             QStringLiteral("text"), QStringLiteral("not empty, at most %1 characters").arg(kMaxText),
             &errors);
    else if (templateId.toInteger(0) >= 1)
        out.templateId = templateId.toInteger();
    else
        errors.append({ QStringLiteral("template_id"), QStringLiteral("must be a saved text's id (≥ 1)") });
    readRecipients(body.value(u"recipients"), &out, &errors);
    const QJsonValue startAt = body.value(u"start_at");
    const qint64 at = startAt.isString() ? ApiJson::parseRfc3339(startAt.toString()).value_or(0) : 0;
    need(startAt.isUndefined() || startAt.isNull() || (at > nowMs && at <= nowMs + kYearMs),
         QStringLiteral("start_at"),
         QStringLiteral("an RFC 3339 time in the coming year, e.g. \"2026-03-14T10:30:00Z\""), &errors);
    out.campaign.startAtMs = at;
    const QJsonValue perMinute = body.value(u"per_minute");
    const qint64 pace = perMinute.isUndefined() || perMinute.isNull() ? 0 : perMinute.toInteger(-1);
    need(pace >= 0 && pace <= kMaxPerMinute, QStringLiteral("per_minute"),
         QStringLiteral("an integer from 0 (no pause) to %1").arg(kMaxPerMinute), &errors);
    out.campaign.perMinute = int(pace);
    const QJsonValue dryRun = body.value(u"dry_run");
    need(dryRun.isUndefined() || dryRun.isBool(), QStringLiteral("dry_run"), QStringLiteral("true or false"),
         &errors);
    out.dryRun = dryRun.toBool(false);
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return out;
}

// A 422 for one field; its detail says that nothing was queued.
Problem invalid(const QString &field, const QString &message)
{
    Problem problem = Problem::validation({ { field, message } });
    problem.detail = QStringLiteral("%1: %2. Nothing was queued.").arg(field, message);
    return problem;
}

// The recipients as given, and where they came from in words ("group regulars").
std::variant<QList<CampaignRecipient>, Problem> readRecipientList(const CampaignRequest &request,
                                                                  StoreReader &reader, QString *source)
{
    using Source = CampaignRequest::Source;
    QList<CampaignRecipient> list;
    if (request.source == Source::Group) {
        const Result<QList<Contact>> contacts = reader.allContacts(request.group);
        if (!contacts)
            return Problem::fromError(contacts.error());
        list = CampaignRecipients::fromContacts(contacts.value());
        *source = QStringLiteral("group %1").arg(request.group);
    } else if (request.source == Source::Numbers) {
        list = CampaignRecipients::fromPasted(request.numbers);
        *source
            = list.size() == 1 ? QStringLiteral("1 number") : QStringLiteral("%1 numbers").arg(list.size());
    } else {
        const QString field = QStringLiteral("recipients.csv");
        const Result<CsvTable> table = CsvReader::parse(request.csv.toUtf8());
        if (!table)
            return invalid(field, table.errorString());
        const QStringList &header = table->header; // cells trimmed
        const auto named = std::find_if(header.cbegin(), header.cend(), [&](const QString &name) {
            return name.compare(request.numberColumn, Qt::CaseInsensitive) == 0;
        });
        if (!request.numberColumn.isEmpty() && named == header.cend())
            return invalid(QStringLiteral("recipients.number_column"),
                           QStringLiteral("the CSV has no column \"%1\" (its columns: %2)")
                               .arg(request.numberColumn.left(kMaxName), header.join(u", ")));
        const int column = request.numberColumn.isEmpty() ? -1 : int(named - header.cbegin());
        const Result<QList<CampaignRecipient>> rows = CampaignRecipients::fromCsv(table.value(), column);
        if (!rows) // no column the header names as phone numbers: number_column names one
            return invalid(field, rows.errorString());
        list = rows.value();
        *source = QStringLiteral("CSV, %1 rows").arg(table->rows.size());
    }
    if (list.isEmpty())
        return invalid(QStringLiteral("recipients"),
                       request.source == Source::Group
                           ? QStringLiteral("group \"%1\" has no contacts with a number").arg(request.group)
                           : QStringLiteral("no phone numbers in it"));
    return list;
}

// The preview's rows as JSON: the included ones as the messages they become, or the ones
// left out with why. At most kMaxListed.
QJsonArray rowsJson(const CampaignPreview &preview, bool included)
{
    QJsonArray rows;
    for (const CampaignRow &row : preview.rows) {
        if (rows.size() == CampaignRoutes::kMaxListed)
            break;
        if (row.included() != included)
            continue;
        if (included)
            rows.append(QJsonObject { { QStringLiteral("row"), row.line },
                                      { QStringLiteral("to"), row.number },
                                      { QStringLiteral("name"), textOrNull(row.name) },
                                      { QStringLiteral("text"), row.text },
                                      { QStringLiteral("segments"), row.segments },
                                      { QStringLiteral("encoding"), row.encoding } });
        else
            rows.append(QJsonObject { { QStringLiteral("row"), row.line },
                                      { QStringLiteral("input"), row.input },
                                      { QStringLiteral("reason"), row.leftOut } });
    }
    return rows;
}

Problem nothingIncluded(const CampaignPreview &preview)
{
    Problem problem
        = Problem::make(Problem::Kind::Validation,
                        QStringLiteral("None of the %1 recipients can be sent to; nothing was queued.")
                            .arg(preview.rows.size()));
    for (const CampaignRow &row : preview.rows.first(qMin<qsizetype>(preview.rows.size(), kReasonsInProblem)))
        problem.errors.append(
            { QStringLiteral("recipients"), QStringLiteral("row %1: %2").arg(row.line).arg(row.leftOut) });
    return problem;
}

QJsonObject messageJson(const CampaignMessage &m)
{
    return QJsonObject {
        { QStringLiteral("id"), m.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("to"), m.to },
        { QStringLiteral("name"), textOrNull(m.contactName) },
        { QStringLiteral("text"), m.text },
        { QStringLiteral("status"), statusName(m.status) },
        { QStringLiteral("attempts"), m.attempts },
        { QStringLiteral("due_at"), timeOrNull(m.dueAtMs) },
        { QStringLiteral("sent_at"), timeOrNull(m.sentAtMs) },
        { QStringLiteral("delivered_at"), timeOrNull(m.deliveredAtMs) },
        { QStringLiteral("last_error"), textOrNull(m.lastError) },
    };
}

// limit (1–1,000, default 100) and, where `cursor` is given, cursor; nothing else.
std::optional<Problem> readPaging(const QUrlQuery &query, int *limit, qint64 *cursor = nullptr)
{
    Errors errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        need(item.first == u"limit" || (cursor && item.first == u"cursor"), item.first.left(kMaxName),
             QStringLiteral("unknown query parameter; see docs/api.md"), &errors);
    bool ok = true;
    if (const QString text = query.queryItemValue(QStringLiteral("limit")); !text.isEmpty()) {
        *limit = text.toInt(&ok);
        need(ok && *limit >= 1 && *limit <= kMaxLimit, QStringLiteral("limit"),
             QStringLiteral("an integer from 1 to %1").arg(kMaxLimit), &errors);
    }
    if (const QString text = query.queryItemValue(QStringLiteral("cursor")); cursor && !text.isEmpty()) {
        *cursor = text.toLongLong(&ok);
        need(ok && *cursor >= 1, QStringLiteral("cursor"),
             QStringLiteral("use the next_cursor of the previous page"), &errors);
    }
    if (errors.isEmpty())
        return std::nullopt;
    return Problem::validation(std::move(errors));
}

} // namespace

CampaignRoutes::CampaignRoutes(ApiContext context)
    : m_context(context)
{ }

void CampaignRoutes::addTo(Router &router, ApiContext context)
{
    using M = QHttpServerRequest::Method;
    const auto routes = std::make_shared<CampaignRoutes>(context);
    const QString base = QStringLiteral("/api/v1/campaigns");
    router.add(M::Get, base, [routes](const auto &request, const auto &reply, const auto &) {
        routes->list(request, reply);
    });
    router.add(M::Post, base, [routes](const auto &request, const auto &reply, const auto &) {
        routes->create(request, reply);
    });
    router.add(M::Get, base + QStringLiteral("/{id}"),
               [routes](const auto &, const auto &reply, const auto &args) { routes->get(reply, args); });
    for (const auto &[action, what] : { std::pair(QStringLiteral("pause"), Change::Pause),
                                        std::pair(QStringLiteral("resume"), Change::Resume),
                                        std::pair(QStringLiteral("cancel"), Change::Cancel) })
        router.add(M::Post, base + QStringLiteral("/{id}/") + action,
                   [routes, what = what](const auto &, const auto &reply, const auto &args) {
                       routes->change(reply, args, what);
                   });
    router.add(M::Get, base + QStringLiteral("/{id}/messages"),
               [routes](const auto &request, const auto &reply, const auto &args) {
                   routes->messages(request, reply, args);
               });
    router.add(M::Get, base + QStringLiteral("/{id}/report"),
               [routes](const auto &, const auto &reply, const auto &args) { routes->report(reply, args); });
}

QJsonObject CampaignRoutes::toJson(const Campaign &c, const QJsonObject &extra)
{
    const CampaignCounts &n = c.counts;
    QJsonObject json {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("text"), c.text },
        { QStringLiteral("source"), c.source },
        { QStringLiteral("state"), campaignStateName(c.state) },
        { QStringLiteral("finished"), c.isFinished() },
        { QStringLiteral("recipients"), c.recipients },
        { QStringLiteral("segments"), c.segments },
        { QStringLiteral("start_at"), timeOrNull(c.startAtMs) },
        { QStringLiteral("per_minute"), c.perMinute },
        { QStringLiteral("created_at"), timeOrNull(c.createdAtMs) },
        { QStringLiteral("updated_at"), timeOrNull(c.updatedAtMs) },
        { QStringLiteral("counts"),
          QJsonObject { { QStringLiteral("queued"), n.queued },
                        { QStringLiteral("retrying"), n.retrying },
                        { QStringLiteral("sending"), n.sending },
                        { QStringLiteral("sent"), n.sent },
                        { QStringLiteral("delivered"), n.delivered },
                        { QStringLiteral("dead"), n.dead },
                        { QStringLiteral("cancelled"), n.cancelled } } },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

std::optional<qint64> CampaignRoutes::campaignId(const RouteArgs &args, const ReplyPtr &reply,
                                                 Campaign *campaign)
{
    if (args.id.isEmpty()
        || !std::all_of(args.id.cbegin(), args.id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        reply->problem(Problem::make(
            Problem::Kind::Malformed,
            QStringLiteral("Campaign ids are whole numbers from 1, not \"%1\".").arg(args.id.left(32))));
        return std::nullopt;
    }
    const std::optional<qint64> id = args.rowId(); // nullopt for 0 or 19 digits and more: no such campaign
    const Result<Campaign> stored
        = id ? m_context.reader.campaign(*id) : Result<Campaign>(Error { ErrorCode::NotFound, {} });
    if (stored.code() == ErrorCode::NotFound)
        reply->problem(
            Problem::make(Problem::Kind::NotFound,
                          QStringLiteral("No campaign with id %1; GET /api/v1/campaigns lists them.")
                              .arg(args.id.left(32))));
    else if (!stored)
        reply->problem(Problem::fromError(stored.error()));
    else if (campaign)
        *campaign = stored.value();
    return stored ? id : std::nullopt;
}

void CampaignRoutes::list(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    int limit = kDefaultLimit;
    if (const std::optional<Problem> problem = readPaging(request.query(), &limit)) {
        reply->problem(*problem);
        return;
    }
    const Result<QList<Campaign>> campaigns = m_context.reader.campaigns(limit);
    if (!campaigns) {
        reply->problem(Problem::fromError(campaigns.error()));
        return;
    }
    QJsonArray items;
    for (const Campaign &campaign : campaigns.value())
        items.append(toJson(campaign));
    reply->json(200, ApiJson::compact({ { QStringLiteral("campaigns"), items } }));
}

void CampaignRoutes::get(const ReplyPtr &reply, const RouteArgs &args)
{
    Campaign campaign;
    if (campaignId(args, reply, &campaign))
        reply->json(200, ApiJson::compact(toJson(campaign)));
}

void CampaignRoutes::create(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    auto parsed = RequestJson::parseObject(request.body());
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    auto read = readRequest(std::get<QJsonObject>(parsed), m_context.clock.nowMs());
    if (auto *problem = std::get_if<Problem>(&read)) {
        reply->problem(*problem);
        return;
    }
    const CampaignRequest &asked = std::get<CampaignRequest>(read);
    QString text = asked.campaign.text;
    if (asked.templateId > 0) {
        const Result<QList<SavedTemplate>> templates = m_context.reader.templates();
        if (!templates) {
            reply->problem(Problem::fromError(templates.error()));
            return;
        }
        const auto saved = std::find_if(templates->cbegin(), templates->cend(),
                                        [&](const SavedTemplate &t) { return t.id == asked.templateId; });
        if (saved == templates->cend()) {
            reply->problem(
                invalid(QStringLiteral("template_id"),
                        QStringLiteral("no saved text with id %1; GET /api/v1/templates lists them")
                            .arg(asked.templateId)));
            return;
        }
        text = saved->body;
    }
    QString source;
    auto recipients = readRecipientList(asked, m_context.reader, &source);
    if (auto *problem = std::get_if<Problem>(&recipients)) {
        reply->problem(*problem);
        return;
    }
    // Fields come from every contact whose number is on the list. Read and planned on this
    // thread like every route's validation: a shop's thousands of contacts take a moment.
    const Result<QList<Contact>> contacts = m_context.reader.allContacts(QString());
    if (!contacts) {
        reply->problem(Problem::fromError(contacts.error()));
        return;
    }
    const Result<QSet<QString>> optedOut = m_context.reader.allOptedOutNumbers();
    if (!optedOut) {
        reply->problem(Problem::fromError(optedOut.error()));
        return;
    }
    const CampaignPlanner planner(m_context.phoneNumbers, contacts.value(), optedOut.value());
    const Result<CampaignPreview> preview
        = planner.preview(std::get<QList<CampaignRecipient>>(recipients), text);
    if (!preview) {
        const QString field = asked.templateId > 0 ? QStringLiteral("template_id") : QStringLiteral("text");
        reply->problem(preview.code() == ErrorCode::Invalid ? invalid(field, preview.errorString())
                                                            : Problem::fromError(preview.error()));
        return;
    }
    if (preview->included == 0) {
        reply->problem(nothingIncluded(preview.value()));
        return;
    }
    if (asked.dryRun) {
        reply->json(200,
                    ApiJson::compact({
                        { QStringLiteral("dry_run"), true },
                        { QStringLiteral("name"), asked.campaign.name },
                        { QStringLiteral("text"), text },
                        { QStringLiteral("source"), source },
                        { QStringLiteral("start_at"), timeOrNull(asked.campaign.startAtMs) },
                        { QStringLiteral("per_minute"), asked.campaign.perMinute },
                        { QStringLiteral("recipients"), preview->included },
                        { QStringLiteral("segments"), preview->segments },
                        { QStringLiteral("ucs2"), preview->ucs2 },
                        { QStringLiteral("messages"), rowsJson(preview.value(), true) },
                        { QStringLiteral("left_out"), rowsJson(preview.value(), false) },
                        { QStringLiteral("left_out_count"), preview->leftOut },
                    }));
        return;
    }
    Campaign campaign = asked.campaign; // the store starts it no earlier than now
    campaign.text = text;
    campaign.source = source;
    queue(std::move(campaign), preview.value(), reply);
}

void CampaignRoutes::queue(Campaign campaign, const CampaignPreview &preview, const ReplyPtr &reply)
{
    const QJsonObject leftOut { { QStringLiteral("dry_run"), false },
                                { QStringLiteral("left_out"), rowsJson(preview, false) },
                                { QStringLiteral("left_out_count"), preview.leftOut } };
    m_context.store.createCampaign(std::move(campaign), preview.messages())
        .then(m_context.context, [reply, leftOut](const Result<Campaign> &stored) {
            if (!stored) { // QueueFull (429) names the room left in the queue
                Problem problem = Problem::fromError(stored.error());
                problem.detail = QStringLiteral("Nothing was queued: %1").arg(problem.detail);
                reply->problem(problem);
                return;
            }
            reply->json(
                202, ApiJson::compact(toJson(stored.value(), leftOut)),
                { { QByteArrayLiteral("Location"), "/api/v1/campaigns/" + QByteArray::number(stored->id) } });
        });
}

void CampaignRoutes::change(const ReplyPtr &reply, const RouteArgs &args, Change what)
{
    const std::optional<qint64> id = campaignId(args, reply);
    if (!id)
        return;
    // Pausing and resuming answer a Status, cancelling how many it cancelled.
    const auto counted
        = [](const Status &status) { return status ? Result<int>(0) : Result<int>(status.error()); };
    QFuture<Result<int>> done = what == Change::Cancel ? m_context.store.cancelCampaign(*id)
        : what == Change::Pause                        ? m_context.store.pauseCampaign(*id).then(counted)
                                                       : m_context.store.resumeCampaign(*id).then(counted);
    done.then(m_context.context, [this, reply, what, id = *id](const Result<int> &changed) {
        if (changed) {
            answerChanged(id, reply,
                          what == Change::Cancel
                              ? QJsonObject { { QStringLiteral("cancelled"), changed.value() } }
                              : QJsonObject {});
            return;
        }
        Problem problem = Problem::fromError(changed.error());
        if (changed.code() == ErrorCode::Conflict) // "the campaign is cancelled; it cannot be resumed"
            problem.detail = QStringLiteral("Campaign %1: %2. Create a new campaign to send again.")
                                 .arg(QString::number(id), changed.errorString());
        reply->problem(problem);
    });
}

void CampaignRoutes::answerChanged(qint64 id, const ReplyPtr &reply, const QJsonObject &extra)
{
    const Result<Campaign> campaign = m_context.reader.campaign(id);
    if (!campaign) {
        reply->problem(Problem::fromError(campaign.error()));
        return;
    }
    reply->json(200, ApiJson::compact(toJson(campaign.value(), extra)));
}

void CampaignRoutes::messages(const QHttpServerRequest &request, const ReplyPtr &reply, const RouteArgs &args)
{
    int limit = kDefaultLimit;
    qint64 cursor = 0;
    if (const std::optional<Problem> problem = readPaging(request.query(), &limit, &cursor)) {
        reply->problem(*problem);
        return;
    }
    const std::optional<qint64> id = campaignId(args, reply);
    if (!id)
        return;
    // One more than asked tells whether another page follows.
    const Result<QList<CampaignMessage>> page = m_context.reader.campaignMessages(*id, cursor, limit + 1);
    if (!page) {
        reply->problem(Problem::fromError(page.error()));
        return;
    }
    QJsonArray items;
    for (const CampaignMessage &message : page->first(qMin<qsizetype>(limit, page->size())))
        items.append(messageJson(message));
    const QJsonValue next = page->size() > limit ? QJsonValue(QString::number(page->at(limit - 1).seq))
                                                 : QJsonValue(QJsonValue::Null);
    reply->json(
        200,
        ApiJson::compact({ { QStringLiteral("messages"), items }, { QStringLiteral("next_cursor"), next } }));
}

void CampaignRoutes::report(const ReplyPtr &reply, const RouteArgs &args)
{
    const std::optional<qint64> id = campaignId(args, reply);
    if (!id)
        return;
    QList<CampaignMessage> all;
    for (qint64 after = 0;;) {
        const Result<QList<CampaignMessage>> page
            = m_context.reader.campaignMessages(*id, after, kReportPage);
        if (!page) {
            reply->problem(Problem::fromError(page.error()));
            return;
        }
        all += page.value();
        if (page->size() < kReportPage)
            break;
        after = page->constLast().seq;
    }
    reply->send(200, QByteArrayLiteral("text/csv; charset=utf-8"), CampaignReport::toCsv(all),
                { { QByteArrayLiteral("Content-Disposition"),
                    "attachment; filename=\"campaign-" + QByteArray::number(*id) + ".csv\"" } });
}

} // namespace smsdesk
