// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace smsdesk {

class BubbleDelegate;
class ChatModel;

// The bubble list of one conversation. Sticks to the bottom while new messages arrive,
// loads older history when scrolled to the top (keeping the visible bubbles in place), and
// offers Retry for a dead message by mouse, context menu or the Enter key.
class ChatView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    void setChatModel(ChatModel *model);
    BubbleDelegate *bubbleDelegate() const { return m_delegate; }
    bool isAtBottom() const;
    void scrollToNewest();
    // A search hit: the bubble with `key` centred and current, also after the scrolls a
    // reload has queued, until the user scrolls, clicks or sends.
    void scrollToKey(const QString &key);

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    void editScheduledRequested(const QModelIndex &index);
    void cancelScheduledRequested(const QModelIndex &index);

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void maybeFetchOlder();

    ChatModel *m_model = nullptr;
    BubbleDelegate *m_delegate = nullptr;
    bool m_wasAtBottom = true;
    bool m_fetching = false;
    QString m_revealKey; // a search hit being shown (scrollToKey)
};

} // namespace smsdesk
