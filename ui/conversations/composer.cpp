// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "messagetemplate.h"
#include "smssegmenter.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QCompleter>
#include <QStandardItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kMaxLines = 6;
constexpr int kMaxQuery = 60; // "/..." longer than this is a message that starts with a slash

// While the saved-text list is open it takes Enter, Tab and Escape: QCompleter hands every
// key to the editor first (QObject::event, past event filters), which would otherwise turn
// the Enter that picks a text into a line break.
class MessageEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QCompleter *picker = nullptr;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (picker && picker->popup()->isVisible()) {
            switch (event->key()) {
            case Qt::Key_Enter:
            case Qt::Key_Return:
            case Qt::Key_Escape:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
                event->ignore();
                return;
            default:
                break;
            }
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MessageEdit(this))
    , m_counter(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_savedButton(new QToolButton(this))
    , m_savedTexts(new QStandardItemModel(this))
    , m_picker(new QCompleter(m_savedTexts, this))
    , m_phone(new QComboBox(this))
    , m_send(new QToolButton(this))
    , m_schedule(new QToolButton(this))
{
    static_cast<MessageEdit *>(m_editor)->picker = m_picker;
    m_picker->setWidget(m_editor);
    m_picker->setCompletionMode(QCompleter::PopupCompletion);
    m_picker->setCaseSensitivity(Qt::CaseInsensitive);
    m_picker->setFilterMode(Qt::MatchContains);
    m_picker->setMaxVisibleItems(8);
    connect(m_picker, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insertSavedText(index.data(Qt::UserRole).toString()); });
    m_savedButton->setIcon(theme::icon(QStringLiteral("insert-text"), QStringLiteral("compose.svg")));
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_savedButton->setAutoRaise(true);
    connect(m_savedButton, &QToolButton::clicked, this, &Composer::showSavedTexts);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);
    m_phone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_send->setIcon(theme::icon(QStringLiteral("document-send"), QStringLiteral("send.svg")));
    m_send->setIconSize(QSize(22, 22));
    m_send->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_send->setAutoRaise(true);
    m_schedule->setIcon(theme::icon(QStringLiteral("appointment-new"), QStringLiteral("schedule.svg")));
    m_schedule->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_schedule->setAutoRaise(true);
    m_schedule->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->setSpacing(theme::kSpacing);
    row->addWidget(m_editor, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *under = new QHBoxLayout;
    under->addWidget(m_counter, 1);
    under->addWidget(m_savedButton);
    under->addWidget(m_schedule);
    under->addWidget(m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kMargin, theme::kSpacing);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addLayout(under);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateHeight();
        updatePicker();
        if (m_editor->document()->isEmpty())
            m_hint->hide();
    });
    connect(m_send, &QToolButton::clicked, this, &Composer::requestSend);
    // Quiet hours hold what is not urgent; the arrow beside Send offers the exception.
    auto *sendMenu = new QMenu(m_send);
    m_sendUrgent = sendMenu->addAction(QString());
    m_send->setMenu(sendMenu);
    m_send->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_sendUrgent, &QAction::triggered, this, [this] {
        if (!m_busy && !m_tooLong && !text().trimmed().isEmpty())
            Q_EMIT urgentSendRequested(text(), selectedDevice(), selectedSim());
    });
    connect(m_schedule, &QToolButton::clicked, this, [this] {
        if (!m_busy && !m_tooLong && !text().trimmed().isEmpty())
            Q_EMIT scheduleRequested(text(), selectedDevice(), selectedSim());
    });
    retranslate();
    updateHeight();
}

// Every fixed text is set here, so a language switch (QEvent::LanguageChange) reaches it.
void Composer::retranslate()
{
    m_editor->setPlaceholderText(tr("Write a message…"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setAccessibleDescription(tr("Press Ctrl+Enter to send"));
    m_phone->setAccessibleName(tr("Send from phone"));
    m_phone->setToolTip(tr("The phone that sends this message"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send message"));
    m_sendUrgent->setText(tr("Send urgent"));
    m_sendUrgent->setToolTip(tr("Sent at once, even inside the recipient's quiet hours"));
    m_sendUrgent->setStatusTip(m_sendUrgent->toolTip());
        m_schedule->setText(tr("Later…"));
    m_schedule->setToolTip(tr("Send at a date and time you choose"));
    m_schedule->setAccessibleName(tr("Schedule message"));
    m_counter->setAccessibleName(tr("Message length"));
    m_savedButton->setText(tr("Saved texts"));
    m_savedButton->setAccessibleName(tr("Put in a saved text"));
    m_savedButton->setToolTip(m_savedTexts->rowCount() > 0
                                  ? tr("Put in a saved text (Ctrl+T, or type / in an empty message)")
                                  : tr("No saved texts yet: add them in Settings → Saved texts"));
    setDevices(QList<Device>(m_devices), selectedDevice()); // "Any phone", "(disabled)"…
    updateCounter();
}

void Composer::setDevices(const QList<Device> &devices, qint64 preferred)
{
    m_devices = devices;
    const QSignalBlocker blocker(m_phone);
    m_phone->clear();
    m_phone->addItem(tr("Any phone"), qint64(0));
    m_phone->setItemData(0, tr("Smsdesk picks a phone that is online and has budget left"), Qt::ToolTipRole);
    for (const Device &device : devices) {
        QString label = device.name;
        if (!device.enabled)
            label = tr("%1 (disabled)").arg(device.name);
        else if (!device.health.pausedReason.isEmpty())
            label = tr("%1 (paused)").arg(device.name);
        else if (!device.health.online && device.health.lastSeenMs > 0)
            label = tr("%1 (offline)").arg(device.name);
        const QIcon icon = theme::icon(QStringLiteral("smartphone"), QStringLiteral("devices.svg"));
        m_phone->addItem(icon, label, device.id);
        // A phone with two SIM cards (as Test connection found them) offers each of them.
        if (device.simCards.size() < 2)
            continue;
        for (const SimCard &card : device.simCards) {
            const QString sim = card.label.isEmpty() ? tr("SIM %1").arg(card.slot)
                                                     : tr("SIM %1, %2").arg(card.slot).arg(card.label);
            m_phone->addItem(icon, tr("%1 · %2").arg(label, sim), device.id);
            m_phone->setItemData(m_phone->count() - 1, card.slot, kSimRole);
        }
    }
    selectDevice(preferred);
}

qint64 Composer::selectedDevice() const
{
    return m_phone->currentData().toLongLong();
}

int Composer::selectedSim() const
{
    return m_phone->currentData(kSimRole).toInt();
}

void Composer::selectDevice(qint64 deviceId)
{
    const int index = m_phone->findData(deviceId);
    m_phone->setCurrentIndex(index < 0 ? 0 : index);
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::clear()
{
    m_editor->clear();
    m_hint->hide();
}

void Composer::setSavedTexts(const QList<SavedTemplate> &texts)
{
    m_savedTexts->clear();
    for (const SavedTemplate &saved : texts) {
        auto *item = new QStandardItem(saved.name);
        item->setData(saved.body, Qt::UserRole);
        item->setToolTip(saved.body);
        m_savedTexts->appendRow(item);
    }
    m_savedButton->setEnabled(!texts.isEmpty());
    retranslate(); // the button's tooltip says whether there are any
}

void Composer::setRecipientFields(const QHash<QString, QString> &fields)
{
    m_fields = fields;
}

void Composer::showSavedTexts()
{
    if (m_savedTexts->rowCount() == 0)
        return;
    focusEditor();
    if (m_editor->document()->isEmpty()) {
        m_editor->setPlainText(QStringLiteral("/")); // updatePicker opens the list
        m_editor->moveCursor(QTextCursor::End);
        return;
    }
    m_picker->setCompletionPrefix(QString());
    QRect at = m_editor->cursorRect();
    at.setWidth(std::max(m_picker->popup()->sizeHintForColumn(0) + 24, m_editor->width() / 2));
    m_picker->complete(at);
    m_picker->popup()->setCurrentIndex(m_picker->completionModel()->index(0, 0));
}

bool Composer::isSavedTextQuery() const
{
    const QString body = text();
    return body.startsWith(QLatin1Char('/')) && body.size() <= kMaxQuery && !body.contains(QLatin1Char('\n'));
}

void Composer::updatePicker()
{
    if (m_savedTexts->rowCount() == 0 || !isSavedTextQuery()) {
        m_picker->popup()->hide();
        return;
    }
    m_picker->setCompletionPrefix(text().mid(1));
    if (m_picker->completionCount() == 0) {
        m_picker->popup()->hide();
        return;
    }
    QRect at = m_editor->cursorRect();
    at.setWidth(std::max(m_picker->popup()->sizeHintForColumn(0) + 24, m_editor->width() / 2));
    m_picker->complete(at);
    m_picker->popup()->setCurrentIndex(m_picker->completionModel()->index(0, 0));
}

void Composer::insertSavedText(const QString &body)
{
    QString filled = body;
    QStringList missing;
    if (const Result<MessageTemplate> parsed = MessageTemplate::parse(body))
        filled = parsed->render(m_fields, &missing);
    QTextCursor cursor = m_editor->textCursor();
    if (isSavedTextQuery())
        cursor.select(QTextCursor::Document); // the "/name" typed to find it goes
    cursor.insertText(filled);
    m_editor->setTextCursor(cursor);
    if (missing.isEmpty()) {
        m_hint->hide();
    } else {
        QStringList names;
        for (const QString &field : std::as_const(missing))
            names.append(QLatin1Char('{') + field + QLatin1Char('}'));
        m_hint->setText(tr("Nothing to fill in for %1 with this recipient: left empty. Check the text before sending.")
                            .arg(names.join(QStringLiteral(", "))));
        QPalette pal = m_hint->palette();
        pal.setColor(QPalette::WindowText, theme::warning(palette()));
        m_hint->setPalette(pal);
        m_hint->show();
    }
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy && !m_tooLong);
    m_schedule->setEnabled(m_send->isEnabled() && !text().trimmed().isEmpty());
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString Composer::counterText(const SegmentInfo &info)
{
    if (info.segments == 0)
        return tr("Empty · up to %1 SMS").arg(SmsSegmenter::kDefaultMaxSegments);
    QString text = tr("%n SMS", nullptr, info.segments) + QStringLiteral(" · ")
        + tr("%n left", nullptr, info.unitsLeft) + QStringLiteral(" · ") + info.encoding;
    if (info.isUcs2() && !info.firstNonGsm.isEmpty())
        text += QLatin1Char(' ') + tr("(because of “%1”)").arg(info.firstNonGsm);
    if (info.segments > SmsSegmenter::kDefaultMaxSegments)
        text = tr("Too long: %n SMS, at most %1", nullptr, info.segments)
                   .arg(SmsSegmenter::kDefaultMaxSegments);
    return text;
}

void Composer::updateCounter()
{
    const QString body = text();
    const SegmentInfo info = SmsSegmenter::analyze(body);
    m_counter->setText(counterText(info));
    m_tooLong = info.segments > SmsSegmenter::kDefaultMaxSegments;
    // Amber from the last two allowed segments on; red once it cannot be sent.
    const bool near = info.segments >= SmsSegmenter::kDefaultMaxSegments - 1;
    QPalette pal = palette();
    QColor color = pal.color(QPalette::PlaceholderText);
    if (m_tooLong)
        color = theme::error(pal);
    else if (near)
        color = theme::warning(pal);
    pal.setColor(QPalette::WindowText, color);
    m_counter->setPalette(pal);
    m_counter->setProperty("level",
                           m_tooLong  ? QStringLiteral("error")
                               : near ? QStringLiteral("warning")
                                      : QStringLiteral("normal"));
    m_send->setEnabled(!m_busy && !m_tooLong && !body.trimmed().isEmpty());
    m_schedule->setEnabled(m_send->isEnabled());
}

void Composer::updateHeight()
{
    // Grow with the text up to kMaxLines, then scroll inside.
    const QFontMetrics metrics(m_editor->font());
    const int lines
        = std::clamp(int(m_editor->document()->documentLayout()->documentSize().height()), 1, kMaxLines);
    const int frame = int(m_editor->document()->documentMargin() * 2) + m_editor->frameWidth() * 2 + 2;
    const int height = lines * metrics.lineSpacing() + frame;
    if (m_editor->height() != height)
        m_editor->setFixedHeight(height);
}

void Composer::requestSend()
{
    const QString body = text();
    if (m_busy || m_tooLong || body.trimmed().isEmpty())
        return;
    Q_EMIT sendRequested(body, selectedDevice(), selectedSim());
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
        if (key->key() == Qt::Key_T && key->modifiers() == Qt::ControlModifier) {
            showSavedTexts();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateCounter();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace smsdesk
