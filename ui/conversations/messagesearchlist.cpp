// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesearchlist.h"

#include "messagesearchmodel.h"
#include "theme.h"
#include "timeformat.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

// The snippet's text without its marks, and where the marked words are.
struct MarkedText
{
    QString text;
    QList<QPair<int, int>> marks; // start, length
};

MarkedText unmark(const QString &snippet)
{
    MarkedText out;
    int start = -1;
    for (const QChar c : snippet) {
        if (c == QChar(search::kMarkStart)) {
            start = int(out.text.size());
        } else if (c == QChar(search::kMarkEnd)) {
            if (start >= 0)
                out.marks.append({ start, int(out.text.size()) - start });
            start = -1;
        } else {
            out.text += c.isSpace() ? QChar(u' ') : c; // one paragraph: line breaks read as spaces
        }
    }
    // The first match near the start, so two lines show it: text long before it gives way.
    constexpr int kLead = 24;
    if (!out.marks.isEmpty() && out.marks.first().first > kLead + 8) {
        int cut = out.marks.first().first - kLead;
        while (cut < out.marks.first().first && !out.text.at(cut).isSpace())
            ++cut; // at a word's start
        while (cut < out.marks.first().first && out.text.at(cut).isSpace())
            ++cut;
        out.text = QStringLiteral("…") + out.text.mid(cut);
        for (auto &m : out.marks)
            m.first += 1 - cut;
    }
    return out;
}

class SearchHitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return { 240, option.fontMetrics.height() * 3 + theme::kSpacing * 2 + 6 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const QRect card
            = theme::paintRowCard(painter, option.rect, selected, option.state & QStyle::State_MouseOver, pal);
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? theme::mix(text, pal.color(QPalette::Highlight), 0.25)
                                      : pal.color(QPalette::PlaceholderText);
        const QRect content = card.adjusted(theme::kMargin, theme::kSpacing / 2 + 1, -theme::kSpacing,
                                            -theme::kSpacing / 2);
        const int lineHeight = option.fontMetrics.height();

        // Top line: who (bold), and when on the right.
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetrics smallMetrics(small);
        const QString when = timefmt::listTime(index.data(MessageSearchModel::AtRole).toLongLong(),
                                               QDateTime::currentMSecsSinceEpoch());
        const int whenWidth = smallMetrics.horizontalAdvance(when) + 2;
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRect(content.right() - whenWidth, content.top(), whenWidth, lineHeight),
                          Qt::AlignRight | Qt::AlignVCenter, when);
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        QString who = index.data(MessageSearchModel::PeerRole).toString();
        who = index.data(MessageSearchModel::OutgoingRole).toBool() ? MessageSearchList::tr("To %1").arg(who)
                                                                    : MessageSearchList::tr("From %1").arg(who);
        const int whoWidth = content.width() - whenWidth - theme::kSpacing;
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(content.left(), content.top(), whoWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(who, Qt::ElideRight, whoWidth));

        // Then the snippet on up to two lines, the matched words marked.
        const MarkedText snippet = unmark(index.data(MessageSearchModel::SnippetRole).toString());
        QTextLayout layout(snippet.text, option.font);
        QList<QTextLayout::FormatRange> formats;
        const QColor mark = theme::warning(pal);
        for (const auto &[start, length] : snippet.marks) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setFontWeight(QFont::DemiBold);
            range.format.setBackground(mark);
            range.format.setForeground(theme::textOn(mark));
            formats.append(range);
        }
        layout.setFormats(formats);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        layout.beginLayout();
        qreal y = 0;
        for (int i = 0; i < 2; ++i) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(content.width());
            line.setPosition({ 0, y });
            y += lineHeight;
        }
        layout.endLayout();
        painter->setPen(muted);
        painter->setClipRect(QRect(content.left(), content.top() + lineHeight, content.width(), lineHeight * 2 + 2));
        layout.draw(painter, QPointF(content.left(), content.top() + lineHeight + 2));
        painter->restore();
    }
};

} // namespace

MessageSearchList::MessageSearchList(ReadModel &reader, const PhoneNumbers &numbers, QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageSearchModel(reader, numbers, this))
    , m_header(new QLabel(this))
    , m_view(new QListView(this))
    , m_pause(new QTimer(this))
{
    QFont font = m_header->font();
    font.setWeight(QFont::DemiBold);
    m_header->setFont(font);
    m_header->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, theme::kSpacing, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    hide();

    connect(m_pause, &QTimer::timeout, this, &MessageSearchList::searchNow);
    connect(m_model, &MessageSearchModel::searchFailed, this, &MessageSearchList::searchFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MessageSearchList::updateHeader);
    connect(m_model, &MessageSearchModel::searched, this, &MessageSearchList::updateHeader);
    const auto choose = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT messageChosen(index.data(MessageSearchModel::NumberRole).toString(),
                             index.data(MessageSearchModel::KeyRole).toString(),
                             index.data(MessageSearchModel::AtRole).toLongLong(), m_model->words());
    };
    connect(m_view, &QListView::clicked, this, choose);
    connect(m_view, &QListView::activated, this, choose);
    updateHeader();
}

void MessageSearchList::setQuery(const QString &text)
{
    m_pending = text.trimmed();
    if (m_pending.isEmpty()) {
        m_pause->stop();
        m_model->setQuery({});
        hide();
        return;
    }
    m_pause->start();
}

void MessageSearchList::searchNow()
{
    m_pause->stop();
    m_model->setQuery(m_pending);
    setVisible(!m_pending.isEmpty());
}

void MessageSearchList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
}

void MessageSearchList::updateHeader()
{
    const int n = m_model->rowCount();
    QString text;
    if (m_model->query().isEmpty())
        text = tr("Messages");
    else if (n == 0)
        text = tr("No messages contain “%1”.")
                   .arg(m_header->fontMetrics().elidedText(m_model->query(), Qt::ElideRight, 240));
    else if (m_model->more())
        text = tr("Messages: the newest %n", nullptr, n);
    else
        text = tr("Messages: %n found", nullptr, n);
    if (m_model->cut())
        text += QLatin1Char('\n') + tr("The search was long: only its start was searched.");
    m_header->setText(text);
    m_view->setVisible(n > 0);
}

} // namespace smsdesk
