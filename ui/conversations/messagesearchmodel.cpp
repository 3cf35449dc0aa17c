// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesearchmodel.h"

#include "chatmodel.h"
#include "phonenumbers.h"
#include "readmodel.h"

namespace smsdesk {

MessageSearchModel::MessageSearchModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_numbers(numbers)
{ }

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &h = hit(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = h.snippet;
        text.remove(QChar(search::kMarkStart)).remove(QChar(search::kMarkEnd));
        const QString who = data(index, PeerRole).toString();
        return h.outgoing ? tr("To %1: %2").arg(who, text) : tr("From %1: %2").arg(who, text);
    }
    case PeerRole:
        return h.contactName.isEmpty() ? m_numbers.displayFormat(h.number) : h.contactName;
    case NumberRole:
        return h.number;
    case NameRole:
        return h.contactName;
    case OutgoingRole:
        return h.outgoing;
    case AtRole:
        return h.atMs;
    case SnippetRole:
        return h.snippet;
    case KeyRole:
        return ChatModel::keyFor(h.outgoing, h.id, h.inboundId);
    default:
        return {};
    }
}

bool MessageSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void MessageSearchModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    SearchQuery query;
    query.text = m_query;
    query.cursor = m_next;
    query.limit = kPageSize;
    const Result<SearchPage> page = m_reader.searchMessages(query);
    if (!page) {
        m_more = false;
        Q_EMIT searchFailed(page.errorString());
        return;
    }
    m_more = page->more;
    m_next = page->next;
    if (page->hits.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page->hits.size()) - 1);
    m_hits += page->hits;
    endInsertRows();
}

void MessageSearchModel::setQuery(const QString &text)
{
    beginResetModel();
    m_query = text.trimmed();
    m_hits.clear();
    m_words.clear();
    m_next = {};
    m_cut = false;
    m_more = false;
    endResetModel();
    if (m_query.isEmpty()) {
        Q_EMIT searched();
        return;
    }
    SearchQuery query;
    query.text = m_query;
    query.limit = kPageSize;
    const Result<SearchPage> page = m_reader.searchMessages(query);
    if (!page) {
        Q_EMIT searchFailed(page.errorString());
        Q_EMIT searched();
        return;
    }
    m_words = page->words;
    m_cut = page->cut;
    m_more = page->more;
    m_next = page->next;
    if (!page->hits.isEmpty()) {
        beginInsertRows({}, 0, int(page->hits.size()) - 1);
        m_hits = page->hits;
        endInsertRows();
    }
    Q_EMIT searched();
}

} // namespace smsdesk
