// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatview.h"

#include "bubbledelegate.h"
#include "chatmodel.h"
#include "domain.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

namespace smsdesk {

ChatView::ChatView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new BubbleDelegate(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(24);
    retranslate();
    connect(m_delegate, &BubbleDelegate::retryRequested, this, &ChatView::retryRequested);
    connect(verticalScrollBar(), &QScrollBar::sliderPressed, this, [this] { m_revealKey.clear(); });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_wasAtBottom = value >= verticalScrollBar()->maximum() - 4;
        if (value == verticalScrollBar()->minimum())
            maybeFetchOlder();
    });
    // Keep the newest bubble in view while the list grows, if the user was looking at it.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_wasAtBottom && !m_fetching)
            verticalScrollBar()->setValue(max);
    });
}

void ChatView::retranslate()
{
    setAccessibleName(tr("Messages"));
}

void ChatView::setChatModel(ChatModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChatView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_wasAtBottom = true;
        m_revealKey.clear();
        QTimer::singleShot(0, this, [this] {
            scrollToNewest();
            maybeFetchOlder();
        });
    });
    // Bubble heights depend on their data (day separators, edited text): re-lay out.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { scheduleDelayedItemsLayout(); });
}

bool ChatView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ChatView::scrollToNewest()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    doItemsLayout();
    if (!m_revealKey.isEmpty()) {
        if (const int row = m_model->rowOfKey(m_revealKey); row >= 0) {
            const QModelIndex index = m_model->index(row);
            setCurrentIndex(index);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_wasAtBottom = isAtBottom();
            return;
        }
        m_revealKey.clear();
    }
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_wasAtBottom = true;
}

void ChatView::scrollToKey(const QString &key)
{
    // Queued like the reload's own scrolls (a reset, rows prepended to reach the key): each of
    // them centres the key instead, until the user scrolls, clicks or sends.
    m_revealKey = key;
    m_wasAtBottom = false;
    QTimer::singleShot(0, this, &ChatView::scrollToNewest);
}

void ChatView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent)
    Q_UNUSED(last)
    if (first == 0 && m_fetching)
        return; // older history: fetchOlder's caller keeps the position
    const bool ownMessage
        = m_model && m_model->index(last).data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing;
    if (ownMessage && first > 0)
        m_revealKey.clear(); // the user wrote: follow the conversation again
    if (m_wasAtBottom || ownMessage)
        QTimer::singleShot(0, this, &ChatView::scrollToNewest);
}

void ChatView::maybeFetchOlder()
{
    if (!m_model || m_fetching || !m_model->hasOlder())
        return;
    // Anchor on the distance from the bottom: prepending rows must not move what is seen.
    m_fetching = true;
    const int fromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    m_model->fetchOlder();
    doItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum() - fromBottom);
    m_fetching = false;
    // A short first page may not fill the view: keep going until it scrolls.
    if (verticalScrollBar()->maximum() == 0 && m_model->hasOlder())
        QTimer::singleShot(0, this, &ChatView::maybeFetchOlder);
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Wheel || event->type() == QEvent::MouseButtonPress)
        m_revealKey.clear(); // the user moves on from a search hit
    return QListView::viewportEvent(event);
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    m_revealKey.clear();
    const QModelIndex current = currentIndex();
    const bool dead = current.isValid()
        && current.data(ChatModel::StatusRole).toInt() == int(MessageStatus::Dead)
        && current.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing;
    if (dead && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT retryRequested(current);
        return;
    }
    if (event->matches(QKeySequence::Copy) && current.isValid()) {
        QApplication::clipboard()->setText(current.data(ChatModel::TextRole).toString());
        return;
    }
    if (event->key() == Qt::Key_Up && current.row() == 0)
        maybeFetchOlder();
    QListView::keyPressEvent(event);
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Message actions"));
    menu.addAction(tr("Copy text"), this, [index] {
        QApplication::clipboard()->setText(index.data(ChatModel::TextRole).toString());
    });
    if (index.data(ChatModel::DirectionRole).toInt() == ChatModel::Outgoing
        && index.data(ChatModel::StatusRole).toInt() == int(MessageStatus::Dead)) {
        menu.addAction(tr("Retry"), this, [this, index] { Q_EMIT retryRequested(index); });
    }
    if (BubbleDelegate::isScheduled(index)) {
        menu.addAction(tr("Edit scheduled message…"), this, [this, index] { Q_EMIT editScheduledRequested(index); });
        menu.addAction(tr("Cancel scheduled message"), this, [this, index] { Q_EMIT cancelScheduledRequested(index); });
    }
    menu.exec(event->globalPos());
}

void ChatView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The delegate words "Retry" and the day separators with tr(): sizes change too.
        scheduleDelayedItemsLayout();
    }
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    if (atBottom)
        QTimer::singleShot(0, this, &ChatView::scrollToNewest);
}

} // namespace smsdesk
