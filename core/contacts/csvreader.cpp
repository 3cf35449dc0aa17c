// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "textfile.h"

#include <QStringView>

#include <algorithm>
#include <utility>

namespace smsdesk {

namespace {

// In the order that wins a tie: RFC 4180's comma first.
constexpr char16_t kDelimiters[] = { u',', u';', u'\t', u'|' };

bool isDelimiterCandidate(QChar c)
{
    return std::find(std::begin(kDelimiters), std::end(kDelimiters), c.unicode()) != std::end(kDelimiters);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// CRLF, LF and a lone CR each end one line.
int countLineBreaks(QStringView text)
{
    int breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            ++breaks;
        else if (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))
            ++breaks;
    }
    return breaks;
}

// Excel writes and honours a first line "sep=;" that names the delimiter (files made for
// Excel in another locale carry it). Returns where the next line starts, or 0 without one.
qsizetype excelSeparatorLine(QStringView text, QChar *delimiter)
{
    static constexpr QStringView kPrefix = u"sep=";
    if (text.size() < 5 || !text.startsWith(kPrefix, Qt::CaseInsensitive) || !isDelimiterCandidate(text[4]))
        return 0;
    if (text.size() == 5) {
        *delimiter = text[4];
        return 5;
    }
    if (!isLineBreak(text[5]))
        return 0;
    *delimiter = text[4];
    return text[5] == u'\r' && text.size() > 6 && text[6] == u'\n' ? 7 : 6;
}

// The most frequent candidate outside quotes on the first line that holds anything but
// delimiters and blanks (Excel's ";;;;" above a header is an empty row, not the header).
// A file of such lines only still gets their delimiter, so that they read as empty rows.
QChar detectDelimiter(QStringView text)
{
    constexpr std::size_t kCount = std::size(kDelimiters);
    int line[kCount] = {};
    int emptyRows[kCount] = {};
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes; // "" inside quotes toggles twice: same state
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (isLineBreak(c)) {
            if (content)
                break;
            for (std::size_t d = 0; d < kCount; ++d)
                emptyRows[d] += std::exchange(line[d], 0);
        } else if (isDelimiterCandidate(c)) {
            const auto at = std::find(std::begin(kDelimiters), std::end(kDelimiters), c.unicode());
            ++line[at - std::begin(kDelimiters)];
        } else if (!c.isSpace()) {
            content = true;
        }
    }
    const int *counts = content ? line : emptyRows;
    const int *best = std::max_element(counts, counts + kCount); // the first of equals
    return *best == 0 ? QChar(u',') : QChar(kDelimiters[best - counts]);
}

bool isBlank(QStringView cell)
{
    return std::all_of(cell.begin(), cell.end(), [](QChar c) { return c.isSpace(); });
}

bool isBlankRow(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return isBlank(cell); });
}

// RFC 4180 records, one at a time. Unquoted cells are slices of the text, quoted ones are
// built from the runs between quotes: no per-character appends.
class Parser
{
public:
    Parser(QStringView text, QChar delimiter, qsizetype pos, int line)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_pos(pos)
        , m_line(line)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; } // where the next record starts

    // False when a quoted field is never closed.
    bool read(QStringList *cells)
    {
        for (;;) {
            QString cell;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"' && !readQuoted(&cell))
                return false;
            // Unquoted, or what follows a closing quote ("a"b reads as ab, as in Excel).
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos]))
                ++m_pos;
            if (m_pos > start)
                cell.append(m_text.sliced(start, m_pos - start));
            cells->append(std::move(cell));
            if (m_pos >= m_text.size())
                return true;
            if (m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            m_pos
                += m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n' ? 2 : 1;
            ++m_line;
            return true;
        }
    }

private:
    bool readQuoted(QString *cell)
    {
        ++m_pos; // the opening quote
        for (;;) {
            const qsizetype close = m_text.indexOf(u'"', m_pos);
            if (close < 0)
                return false;
            const QStringView run = m_text.sliced(m_pos, close - m_pos);
            m_line += countLineBreaks(run);
            cell->append(run);
            if (close + 1 < m_text.size() && m_text[close + 1] == u'"') {
                cell->append(u'"');
                m_pos = close + 2;
                continue;
            }
            m_pos = close + 1;
            return true;
        }
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Result<CsvTable> invalid(QString message)
{
    return Result<CsvTable>::failure(ErrorCode::Invalid, std::move(message));
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &data)
{
    Result<TextFile::Decoded> decoded = TextFile::decode(data, kMaxBytes);
    if (!decoded)
        return decoded.error();
    const QStringView text = decoded->text;

    CsvTable table;
    table.encoding = decoded->encoding;
    const qsizetype start = excelSeparatorLine(text, &table.delimiter);
    if (start == 0)
        table.delimiter = detectDelimiter(text);

    Parser parser(text, table.delimiter, start, start == 0 ? 1 : 2);
    bool haveHeader = false;
    while (!parser.atEnd()) {
        const int line = parser.line();
        QStringList cells;
        if (!parser.read(&cells))
            return invalid(
                QStringLiteral("the row starting at line %1 has a quote that is never closed").arg(line));
        if (isBlankRow(cells))
            continue;
        if (!haveHeader) {
            for (QString &cell : cells)
                cell = cell.trimmed();
            table.header = std::move(cells);
            haveHeader = true;
            continue;
        }
        table.rows.append(std::move(cells));
        table.lines.append(line);
    }
    if (!haveHeader)
        return TextFile::emptyFile();
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    Result<QByteArray> data = TextFile::read(path, kMaxBytes);
    if (!data)
        return data.error();
    return parse(data.value());
}

} // namespace smsdesk
