// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagedetailpane.h"

#include "displayformat.h"
#include "eventmodel.h"
#include "readmodel.h"
#include "theme.h"
#include "timelinedelegate.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace smsdesk {

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

MessageDetailPane::MessageDetailPane(ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_events(new EventModel(this))
    , m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Message details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select a message to see what happened to it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(theme::kMargin, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    m_to = selectableLabel(detail);
    QFont big = m_to->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_to->setFont(big);
    m_meta = selectableLabel(detail);
    m_meta->setEnabled(false);
    m_text = selectableLabel(detail);
    m_text->setAccessibleName(tr("Message text"));
    m_error = selectableLabel(detail);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, theme::error(palette));
    m_error->setPalette(palette);
    // What a broker gave that could not be read (issue 16): the entry as it came.
    m_rawTitle = new QLabel(detail);
    m_rawTitle->setWordWrap(true);
    m_raw = new QPlainTextEdit(detail);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Entry as the broker gave it"));
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setMaximumHeight(m_raw->fontMetrics().lineSpacing() * 8);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *historyTitle = new QLabel(tr("History"), detail);
    historyTitle->setFont(big);

    m_timeline = new QListView(detail);
    m_timeline->setModel(m_events);
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setAccessibleName(tr("Message history"));
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->setWordWrap(true);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->viewport()->setAutoFillBackground(false);

    for (QWidget *w :
         { static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_meta), static_cast<QWidget *>(m_text),
           static_cast<QWidget *>(m_error), static_cast<QWidget *>(m_rawTitle), static_cast<QWidget *>(m_raw),
           static_cast<QWidget *>(historyTitle) })
        layout->addWidget(w);
    layout->addWidget(m_timeline, 1);
    m_stack->addWidget(detail);
}

void MessageDetailPane::setDeviceNames(const QHash<qint64, QString> &names)
{
    m_deviceNames = names;
    m_events->setDeviceNames(names);
}

void MessageDetailPane::showSelectionCount(int count)
{
    m_placeholder->setText(count == 0 ? tr("Select a message to see what happened to it.")
                                      : tr("%n messages selected.", nullptr, count));
    m_stack->setCurrentWidget(m_placeholder);
    m_events->setEvents({});
}

void MessageDetailPane::showMessage(const Message &message)
{
    if (message.id.isNull()) {
        showSelectionCount(0);
        return;
    }
    const QLocale locale;
    const Result<QHash<QString, QString>> names = m_reader.contactNames({ message.to });
    const QString name = names ? names->value(message.to) : QString();
    m_to->setText(name.isEmpty() ? message.to : tr("%1 · %2").arg(name, message.to));
    m_meta->setText(tr("%n attempt(s) · %1 · %2 SMS, %3", nullptr, message.attempts)
                        .arg(DisplayFormat::dateTime(message.deadAtMs), locale.toString(message.segments),
                             message.encoding));
    m_text->setText(message.text);
    m_error->setText(message.lastError);
    m_error->setVisible(!message.lastError.isEmpty());
    showRawEntry(message.id);
    auto events = m_reader.events(message.id);
    m_events->setEvents(events ? events.value() : QList<MessageEvent> {});
    if (!events)
        m_error->setText(tr("The history could not be read: %1").arg(events.errorString()));
    m_stack->setCurrentIndex(1);
}

// Shown only for a dead letter an intake made: the entry, cut at 64 KiB (an entry may be a
// 10 MB mistake), so it can be fixed and sent again.
void MessageDetailPane::showRawEntry(const QUuid &id)
{
    constexpr qsizetype kShown = 64 * 1024;
    const Result<IntakeRaw> raw = m_reader.intakeRaw(id);
    m_rawTitle->setVisible(raw.ok());
    m_raw->setVisible(raw.ok());
    if (!raw) {
        m_raw->clear();
        return;
    }
    m_rawTitle->setText(tr("From %1, entry %2, as it came:").arg(raw->source, raw->brokerId));
    QString text = QString::fromUtf8(raw->raw.left(kShown));
    if (raw->raw.size() > kShown)
        text += u'\n' + tr("… (%1 more bytes not shown)").arg(QLocale().toString(raw->raw.size() - kShown));
    m_raw->setPlainText(text);
}

} // namespace smsdesk
