// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace smsdesk {

class MessageSearchModel;
class PhoneNumbers;
class ReadModel;

// Under the conversation list while a search is typed: every message that holds the words,
// the words marked, newest first. Choosing one opens its conversation at that message.
class MessageSearchList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageSearchList)

public:
    MessageSearchList(ReadModel &reader, const PhoneNumbers &numbers, QWidget *parent = nullptr);

    // Searches after a short pause in typing (each keystroke does not read the store);
    // "" hides the list at once.
    void setQuery(const QString &text);
    // Searches now (Enter in the search box, tests).
    void searchNow();

    MessageSearchModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLabel *header() const { return m_header; }

Q_SIGNALS:
    // The number's conversation, at the message with `key` (ChatModel's key), written or
    // received at `atMs`; `words` are the words searched for.
    void messageChosen(const QString &number, const QString &key, qint64 atMs, const QStringList &words);
    void searchFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();

    MessageSearchModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QListView *m_view = nullptr;
    QTimer *m_pause = nullptr;
    QString m_pending;
};

} // namespace smsdesk
