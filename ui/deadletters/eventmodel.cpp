// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "displayformat.h"
#include "theme.h"

namespace smsdesk {

EventModel::EventModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void EventModel::setEvents(QList<MessageEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const MessageEvent &a, const MessageEvent &b) { return a.atMs < b.atMs; });
    endResetModel();
}

QString EventModel::kindText(const QString &kind)
{
    static const QHash<QString, const char *> texts = {
        { QLatin1String(EventKind::Enqueued), QT_TR_NOOP("Queued") },
        { QLatin1String(EventKind::Claimed), QT_TR_NOOP("Handed to a phone") },
        { QLatin1String(EventKind::Sent), QT_TR_NOOP("Sent") },
        { QLatin1String(EventKind::Delivered), QT_TR_NOOP("Delivered") },
        { QLatin1String(EventKind::Retry), QT_TR_NOOP("Failed, will retry") },
        { QLatin1String(EventKind::Dead), QT_TR_NOOP("Gave up") },
        { QLatin1String(EventKind::Cancelled), QT_TR_NOOP("Cancelled") },
        { QLatin1String(EventKind::Requeued), QT_TR_NOOP("Requeued") },
        { QLatin1String(EventKind::Released), QT_TR_NOOP("Not sent: no phone free") },
        { QLatin1String(EventKind::LeaseExpired), QT_TR_NOOP("No answer in time") },
        { QLatin1String(EventKind::Report), QT_TR_NOOP("Report from the phone") },
        { QLatin1String(EventKind::Edited), QT_TR_NOOP("Edited") },
    };
    const char *text = texts.value(kind);
    return text ? tr(text) : kind;
}

int EventModel::kindTone(const QString &kind)
{
    if (kind == QLatin1String(EventKind::Sent) || kind == QLatin1String(EventKind::Delivered))
        return int(theme::Tone::Success);
    if (kind == QLatin1String(EventKind::Retry) || kind == QLatin1String(EventKind::LeaseExpired))
        return int(theme::Tone::Warning);
    if (kind == QLatin1String(EventKind::Dead))
        return int(theme::Tone::Error);
    return -1;
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = DisplayFormat::dateTime(e.atMs) + QStringLiteral(" · ") + kindText(e.kind);
        if (e.httpStatus > 0)
            text += QStringLiteral(" · HTTP %1").arg(e.httpStatus);
        if (!e.detail.isEmpty())
            text += QStringLiteral(" · ") + e.detail;
        return text;
    }
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
    case AtRole:
        return e.atMs;
    case KindRole:
        return e.kind;
    case KindTextRole:
        return kindText(e.kind);
    case ToneRole:
        return kindTone(e.kind);
    case DeviceIdRole:
        return e.deviceId;
    case DeviceNameRole:
        return e.deviceId == 0 ? QString() : m_deviceNames.value(e.deviceId, tr("Removed phone"));
    case HttpStatusRole:
        return e.httpStatus;
    case DetailRole:
        return e.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { AtRole, "at" },
                   { KindRole, "kind" },
                   { KindTextRole, "kindText" },
                   { ToneRole, "tone" },
                   { DeviceIdRole, "deviceId" },
                   { DeviceNameRole, "deviceName" },
                   { HttpStatusRole, "httpStatus" },
                   { DetailRole, "detail" } });
    return names;
}

} // namespace smsdesk
