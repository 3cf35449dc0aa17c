// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QStackedWidget;

namespace smsdesk {

class EventModel;
class ReadModel;

// The detail pane beside the dead letters: the whole message and its history as a
// vertical timeline, instead of a pop-up window (UI.md).
class MessageDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailPane)

public:
    MessageDetailPane(ReadModel &reader, QWidget *parent = nullptr);

    void setDeviceNames(const QHash<qint64, QString> &names);
    // Shows `message` and reads its events; a null id clears the pane.
    void showMessage(const Message &message);
    void showSelectionCount(int count);
    EventModel *events() const { return m_events; }
    QPlainTextEdit *rawEntry() const { return m_raw; } // visible for an intake's dead letter

private:
    void showRawEntry(const QUuid &id);

    ReadModel &m_reader;
    QHash<qint64, QString> m_deviceNames;
    EventModel *m_events = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_rawTitle = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QListView *m_timeline = nullptr;
};

} // namespace smsdesk
