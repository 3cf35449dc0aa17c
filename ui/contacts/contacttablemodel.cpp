// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttablemodel.h"

#include "phonenumbers.h"

namespace smsdesk {

ContactTableModel::ContactTableModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_numbers(numbers)
{
    m_filter.limit = m_pageSize;
}

void ContactTableModel::setFilter(const QString &search, const QString &group)
{
    m_filter.search = search.trimmed();
    m_filter.group = group;
    load(m_pageSize);
}

void ContactTableModel::reload()
{
    load(std::max<qsizetype>(m_rows.size(), m_pageSize));
}

void ContactTableModel::load(qsizetype keepRows)
{
    // Views (and QAbstractItemModelTester) call fetchMore() from inside the reset
    // notification; inserting rows then would nest two changes. The loop below fetches.
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    m_notifying = false;
    while (canFetchMore({}) && m_rows.size() < keepRows)
        fetchMore({});
}

void ContactTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contact &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case NumbersColumn: {
        QStringList shown;
        for (const QString &number : c.numbers)
            shown.append(m_numbers.displayFormat(number));
        return shown.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case GroupsColumn:
        return c.groups.join(QStringLiteral(", "));
    case NoteColumn:
        return role == Qt::ToolTipRole ? c.note : QString(c.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NumbersColumn:
        return tr("Numbers");
    case GroupsColumn:
        return tr("Groups");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    ContactFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = m_pageSize;
    Result<QList<Contact>> more = m_reader.contacts(page);
    if (!more) {
        m_atEnd = true; // stop asking; the page shows the error
        m_lastError = more.errorString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_atEnd = more->size() < m_pageSize;
    if (more->isEmpty())
        return;
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows.append(std::move(more.value()));
    endInsertRows();
    m_notifying = false;
}

} // namespace smsdesk
