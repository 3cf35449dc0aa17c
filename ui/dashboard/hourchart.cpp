// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourchart.h"

#include "theme.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QtMath>

namespace smsdesk {

HourChart::HourChart(const QString &title, const QString &valueTitle, const QList<Line> &lines,
                     QWidget *parent)
    : QChartView(parent)
{
    setAccessibleName(title);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // refreshed every second: motion would distract
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setAlignment(Qt::AlignTop);

    m_time = new QDateTimeAxis(chart);
    // The locale's short time without seconds: the axis ticks are whole minutes.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    m_time->setFormat(format);
    m_time->setTickCount(7); // every ten minutes across the hour
    m_time->setTitleText(tr("Time"));
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%d"));
    m_value->setTitleText(valueTitle);
    m_value->setRange(0, 5);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    for (const Line &line : lines) {
        auto *series = new QLineSeries(chart);
        series->setName(line.name);
        series->setPen(QPen(line.color, 2));
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        m_series.append(series);
    }
    setChart(chart);
    applyPalette();
}

void HourChart::setTexts(const QString &title, const QString &valueTitle, const QStringList &lineNames)
{
    setAccessibleName(title);
    chart()->setTitle(title);
    m_time->setTitleText(tr("Time"));
    m_value->setTitleText(valueTitle);
    for (int i = 0; i < m_series.size() && i < lineNames.size(); ++i)
        m_series.at(i)->setName(lineNames.at(i));
}

void HourChart::setData(qint64 fromMs, qint64 toMs, const QList<QList<QPointF>> &lines)
{
    double top = 0;
    for (int i = 0; i < m_series.size() && i < lines.size(); ++i) {
        m_series.at(i)->replace(lines.at(i)); // one call: one repaint, not one per point
        for (const QPointF &p : lines.at(i))
            top = std::max(top, p.y());
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    // Whole numbers on the value axis, at least 0–5 so an idle hour does not look alarming.
    const int ceiling = std::max(5, int(std::ceil(top * 1.1)));
    const int step = std::max(1, (ceiling + 4) / 5);
    m_value->setRange(0, step * 5);
    m_value->setTickCount(6);
}

void HourChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void HourChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = theme::mix(pal.color(QPalette::Window), text, 0.12);
    QChart *c = chart();
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         { static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_value) }) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_time->setLabelsFont(small);
    m_value->setLabelsFont(small);
    m_time->setTitleFont(small);
    m_value->setTitleFont(small);
    setBackgroundBrush(Qt::NoBrush);
}

} // namespace smsdesk
