// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesearch.h"

#include <QAbstractListModel>

namespace smsdesk {

class PhoneNumbers;
class ReadModel;

// The messages a search finds, every message of both directions and not only the last of
// each conversation (issue 15, point 4): newest first, the next page read when the view
// scrolls to the end (ReadModel::searchMessages, FTS5 / PostgreSQL full text).
class MessageSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageSearchModel)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // E.164
        NameRole, // the contact's name, "" when none
        PeerRole, // the contact's name, else the number as people write it
        OutgoingRole, // bool
        AtRole, // qint64 ms since epoch
        SnippetRole, // text around the match, the matched words between search::kMarkStart/End
        KeyRole, // ChatModel's key of the message: "out:<uuid>" / "in:<id>"
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;

    MessageSearchModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Runs the search from its newest page; "" empties the list.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    QStringList words() const { return m_words; } // what was searched for
    bool cut() const { return m_cut; } // only the start of a long query was searched
    bool more() const { return m_more; }

Q_SIGNALS:
    void searchFailed(const QString &error);
    void searched(); // a search ran (its first page is in, or it failed)

private:
    const SearchHit &hit(const QModelIndex &index) const { return m_hits.at(index.row()); }

    ReadModel &m_reader;
    const PhoneNumbers &m_numbers;
    QString m_query;
    QList<SearchHit> m_hits;
    QStringList m_words;
    SearchCursor m_next;
    bool m_more = false;
    bool m_cut = false;
};

} // namespace smsdesk
