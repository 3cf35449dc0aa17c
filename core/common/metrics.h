// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QVector>

namespace smsdesk {

// Process-wide counters, gauges and histograms, rendered in the Prometheus text format
// for GET /metrics. Thread-safe; cheap enough for the dispatch hot path (one mutex,
// no allocation for an existing series). Passed by reference, never a singleton.
class Metrics final
{
public:
    Metrics();
    Q_DISABLE_COPY_MOVE(Metrics)

    // `labels` is the inside of the braces, e.g. `device="3"`, or empty.
    void describe(const QByteArray &name, const QByteArray &type, const QByteArray &help);
    void increment(const QByteArray &name, const QByteArray &labels = {}, double by = 1);
    void setGauge(const QByteArray &name, const QByteArray &labels, double value);
    // Histogram with fixed upper bounds (seconds), declared once.
    void defineHistogram(const QByteArray &name, QVector<double> upperBounds, const QByteArray &help);
    void observe(const QByteArray &name, double value);

    double value(const QByteArray &name, const QByteArray &labels = {}) const; // for tests
    QByteArray renderPrometheus() const;

private:
    struct Family
    {
        QByteArray type;
        QByteArray help;
        QHash<QByteArray, double> series; // labels → value
        QVector<double> bounds; // histograms
        QVector<quint64> bucketCounts;
        double sum = 0;
        quint64 count = 0;
    };
    mutable QMutex m_mutex;
    QHash<QByteArray, Family> m_families;
    QVector<QByteArray> m_order; // stable output order
};

} // namespace smsdesk
