// SPDX-License-Identifier: GPL-3.0-or-later
#include "smssegmenter.h"

#include "gsm7alphabet.h"

#include <utility>

namespace smsdesk {

namespace {

// Walks code points; a lone surrogate comes back as itself (one unit, never GSM-7).
class CodePoints
{
public:
    explicit CodePoints(QStringView text)
        : m_text(text)
    { }
    bool hasNext() const { return m_pos < m_text.size(); }
    qsizetype index() const { return m_pos; }
    char32_t next()
    {
        const QChar c = m_text[m_pos++];
        if (c.isHighSurrogate() && m_pos < m_text.size() && m_text[m_pos].isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text[m_pos++]);
        return c.unicode();
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

using CostFn = int (*)(char32_t); // septets for GSM-7, UTF-16 units for UCS-2

struct Layout
{
    int segments = 0;
    int lastFill = 0;
};

// Fills segments in order. A multi-unit character (an escape pair, a surrogate pair) that
// does not fit opens the next segment: split, the receiving phone shows garbage at the seam.
Layout layOut(QStringView text, int capacity, CostFn cost)
{
    Layout layout;
    CodePoints it(text);
    while (it.hasNext()) {
        const int units = cost(it.next());
        if (layout.segments == 0 || layout.lastFill + units > capacity) {
            ++layout.segments;
            layout.lastFill = 0;
        }
        layout.lastFill += units;
    }
    return layout;
}

int utf16Units(char32_t c)
{
    return QChar::requiresSurrogates(c) ? 2 : 1;
}

// Returns the GSM-7 septet count, or -1 and the offending character when UCS-2 is needed.
int gsmSeptets(QStringView text, QString *firstNonGsm)
{
    int total = 0;
    CodePoints it(text);
    while (it.hasNext()) {
        const char32_t c = it.next();
        const int septets = gsm7::septets(c);
        if (septets == 0) {
            const qsizetype end = it.index();
            const qsizetype start = end - (QChar::requiresSurrogates(c) ? 2 : 1);
            *firstNonGsm = text.mid(start, end - start).toString();
            return -1;
        }
        total += septets;
    }
    return total;
}

SegmentInfo fill(QString encoding, int units, int single, int multi, QStringView text, CostFn cost)
{
    SegmentInfo info;
    info.encoding = std::move(encoding);
    info.units = units;
    if (units <= single) {
        info.perSegment = single;
        info.segments = units == 0 ? 0 : 1;
        info.unitsLeft = single - units;
        return info;
    }
    const Layout layout = layOut(text, multi, cost);
    info.perSegment = multi;
    info.segments = layout.segments;
    info.unitsLeft = multi - layout.lastFill;
    return info;
}

int gsmCost(char32_t c)
{
    return gsm7::septets(c);
}

} // namespace

SegmentInfo SmsSegmenter::analyze(QStringView text)
{
    QString firstNonGsm;
    const int septets = gsmSeptets(text, &firstNonGsm);
    if (septets >= 0)
        return fill(QStringLiteral("GSM-7"), septets, kGsmSingle, kGsmMulti, text, &gsmCost);

    SegmentInfo info
        = fill(QStringLiteral("UCS-2"), int(text.size()), kUcs2Single, kUcs2Multi, text, &utf16Units);
    info.firstNonGsm = std::move(firstNonGsm);
    return info;
}

} // namespace smsdesk
