// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace smsdesk {

// A plain line chart of the last hour for the dashboard: time along the bottom, a
// labelled value axis, the palette's colours, no animation or decoration.
class HourChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HourChart)

public:
    struct Line
    {
        QString name;
        QColor color;
    };

    HourChart(const QString &title, const QString &valueTitle, const QList<Line> &lines,
              QWidget *parent = nullptr);

    // Points are (ms since epoch, value); one list per line, in the constructor's order.
    void setData(qint64 fromMs, qint64 toMs, const QList<QList<QPointF>> &lines);
    QLineSeries *series(int line) const { return m_series.value(line); }
    // After a language switch: the chart's title, the value axis and the line names.
    void setTexts(const QString &title, const QString &valueTitle, const QStringList &lineNames);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
};

} // namespace smsdesk
