// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QMutexLocker>

#include <algorithm>

namespace smsdesk {

Metrics::Metrics() = default;

void Metrics::describe(const QByteArray &name, const QByteArray &type, const QByteArray &help)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        it = m_families.insert(name, Family {});
        m_order.append(name);
    }
    it->type = type;
    it->help = help;
}

void Metrics::increment(const QByteArray &name, const QByteArray &labels, double by)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        it = m_families.insert(name, Family { QByteArrayLiteral("counter"), {}, {}, {}, {}, 0, 0 });
        m_order.append(name);
    }
    it->series[labels] += by;
}

void Metrics::setGauge(const QByteArray &name, const QByteArray &labels, double value)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        it = m_families.insert(name, Family { QByteArrayLiteral("gauge"), {}, {}, {}, {}, 0, 0 });
        m_order.append(name);
    }
    it->series[labels] = value;
}

void Metrics::defineHistogram(const QByteArray &name, QVector<double> upperBounds, const QByteArray &help)
{
    QMutexLocker lock(&m_mutex);
    std::sort(upperBounds.begin(), upperBounds.end());
    Family family { QByteArrayLiteral("histogram"),          help, {}, upperBounds,
                    QVector<quint64>(upperBounds.size(), 0), 0,    0 };
    if (!m_families.contains(name))
        m_order.append(name);
    m_families.insert(name, family);
}

void Metrics::observe(const QByteArray &name, double value)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it == m_families.end() || it->type != "histogram")
        return;
    const auto bound = std::lower_bound(it->bounds.cbegin(), it->bounds.cend(), value);
    if (bound != it->bounds.cend())
        ++it->bucketCounts[int(bound - it->bounds.cbegin())];
    it->sum += value;
    ++it->count;
}

double Metrics::value(const QByteArray &name, const QByteArray &labels) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_families.constFind(name);
    return it == m_families.cend() ? 0 : it->series.value(labels);
}

static QByteArray seriesLine(const QByteArray &name, const QByteArray &labels, double value)
{
    QByteArray line = name;
    if (!labels.isEmpty())
        line += '{' + labels + '}';
    return line + ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

QByteArray Metrics::renderPrometheus() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (const QByteArray &name : m_order) {
        const Family &family = m_families[name];
        if (!family.help.isEmpty())
            out += "# HELP " + name + ' ' + family.help + '\n';
        out += "# TYPE " + name + ' ' + family.type + '\n';
        if (family.type == "histogram") {
            quint64 cumulative = 0;
            for (int i = 0; i < family.bounds.size(); ++i) {
                cumulative += family.bucketCounts[i];
                out += seriesLine(name + "_bucket", "le=\"" + QByteArray::number(family.bounds[i]) + '"',
                                  double(cumulative));
            }
            out += seriesLine(name + "_bucket", "le=\"+Inf\"", double(family.count));
            out += seriesLine(name + "_sum", {}, family.sum);
            out += seriesLine(name + "_count", {}, double(family.count));
            continue;
        }
        for (auto it = family.series.cbegin(); it != family.series.cend(); ++it)
            out += seriesLine(name, it.key(), it.value());
    }
    return out;
}

} // namespace smsdesk
