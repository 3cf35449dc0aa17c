// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QStringView>

#include <algorithm>

namespace smsdesk {

namespace {

// A + followed only by what people put in a phone number: a formula needs more than that.
bool isPhoneNumber(QStringView cell)
{
    if (cell.size() < 2 || cell.front() != u'+')
        return false;
    bool digit = false;
    for (const QChar c : cell.sliced(1)) {
        if (c.isDigit() && c.unicode() < 0x80)
            digit = true;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digit;
}

bool startsFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'+')
        return !isPhoneNumber(cell);
    return first == u'=' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

// Besides RFC 4180's reasons (comma, quote, line break) and blanks at either end (which
// readers trim), any character a reader might take for the delimiter when it guesses one.
bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front().isSpace() || cell.back().isSpace())
        return true;
    return std::any_of(cell.begin(), cell.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\r' || c == u'\n' || c == u';' || c == u'\t' || c == u'|';
    });
}

void appendCell(QString *out, const QString &cell)
{
    QString value = startsFormula(cell) ? QLatin1Char('\'') + cell : cell;
    if (!needsQuotes(value)) {
        out->append(value);
        return;
    }
    out->append(u'"');
    out->append(value.replace(u'"', QLatin1String("\"\"")));
    out->append(u'"');
}

void appendRow(QString *out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out->append(u',');
        appendCell(out, cells[i]);
    }
    out->append(QLatin1String("\r\n"));
}

} // namespace

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    appendRow(&text, header);
    for (const QStringList &row : rows)
        appendRow(&text, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray CsvWriter::rows(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        appendRow(&text, row);
    return text.toUtf8();
}

} // namespace smsdesk
