// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardsyntax.h"

#include "textfile.h"

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

namespace smsdesk::vcard {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isFold(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Where the value starts: the first ':' outside a quoted parameter value (4.0 quotes
// parameter values, which may hold ':'); -1 when there is none.
qsizetype valueColon(QStringView line)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            inQuotes = !inQuotes;
        else if (line[i] == u':' && !inQuotes)
            return i;
    }
    return -1;
}

// Splits at `separator` outside double quotes, dropping the quotes.
QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    bool inQuotes = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] == u'"') {
            inQuotes = !inQuotes;
        } else if (i == text.size() || (text[i] == separator && !inQuotes)) {
            QStringView part = text.sliced(start, i - start).trimmed();
            if (part.size() >= 2 && part.front() == u'"' && part.back() == u'"')
                part = part.sliced(1, part.size() - 2);
            parts.append(part);
            start = i + 1;
        }
    }
    return parts;
}

// 2.1 writes parameters without a name: "TEL;CELL;PREF", "N;QUOTED-PRINTABLE".
bool isEncodingName(const QString &upper)
{
    return upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64")
        || upper == QLatin1String("B") || upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT");
}

void addParameter(QStringView parameter, Property *property)
{
    const qsizetype equals = parameter.indexOf(u'=');
    if (equals < 0) {
        const QString bare = parameter.trimmed().toString();
        if (isEncodingName(bare.toUpper()))
            property->encoding = bare.toUpper();
        else if (!bare.isEmpty())
            property->types.append(bare.toLower());
        return;
    }
    const QString name = parameter.first(equals).trimmed().toString().toUpper();
    const QList<QStringView> values = splitOutsideQuotes(parameter.sliced(equals + 1), u',');
    if (name == QLatin1String("TYPE")) {
        for (const QStringView value : values) {
            if (!value.isEmpty())
                property->types.append(value.toString().toLower());
        }
    } else if (name == QLatin1String("ENCODING")) {
        property->encoding = values.value(0).toString().toUpper();
    } else if (name == QLatin1String("CHARSET")) {
        property->charset = values.value(0).toString().toUpper();
    } else if (name == QLatin1String("PREF")) {
        property->pref = values.value(0).toString();
    }
}

bool isQuotedPrintable(const Property &property)
{
    return property.encoding == QLatin1String("QUOTED-PRINTABLE");
}

// "...=" and then perhaps RFC 2045's transport padding.
bool endsInSoftBreak(QStringView physical)
{
    const QStringView trimmed = physical.trimmed();
    return !trimmed.isEmpty() && trimmed.back() == u'=';
}

bool isEndLine(QStringView physical)
{
    return physical.trimmed().compare(u"END:VCARD", Qt::CaseInsensitive) == 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2045 §6.7. Android writes every byte of a name as =XX (VCardBuilder.encodeQuotedPrintable);
// a malformed '=' is kept as it stands rather than losing the rest of the name.
QByteArray quotedPrintableBytes(QStringView encoded)
{
    const QByteArray in = encoded.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else if (in[i] == '=' && i + 1 == in.size()) {
            break; // a soft break with nothing after it
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

QString fromCharset(QByteArrayView bytes, const QString &charset)
{
    if (charset.isEmpty())
        return TextFile::fromUtf8OrWindows1252(bytes);
    if (charset == QLatin1String("UTF-8") || charset == QLatin1String("UTF8"))
        return QString::fromUtf8(bytes);
    // The WHATWG Encoding Standard reads all these labels as windows-1252, and so do we:
    // exporters that say ISO-8859-1 write € and „ from Windows' code page.
    static const char *const kWindows1252[] = { "ISO-8859-1",   "ISO8859-1", "ISO_8859-1", "LATIN1",
                                                "WINDOWS-1252", "CP1252",    "US-ASCII",   "ASCII" };
    for (const char *label : kWindows1252) {
        if (charset == QLatin1String(label))
            return TextFile::fromWindows1252(bytes);
    }
    QStringDecoder decoder(charset.toLatin1().constData()); // SHIFT_JIS and the like, where Qt has ICU
    if (decoder.isValid())
        return decoder(bytes);
    return TextFile::fromUtf8OrWindows1252(bytes);
}

QString decodeQuotedPrintable(QStringView encoded, const QString &charset)
{
    return fromCharset(quotedPrintableBytes(encoded), charset);
}

QString unescape(QStringView raw)
{
    if (!raw.contains(u'\\'))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'\\' || i + 1 == raw.size()) {
            out.append(c);
            continue;
        }
        const QChar next = raw[++i];
        if (next == u'n' || next == u'N')
            out.append(u'\n');
        else if (next == u'\\' || next == u',' || next == u';' || next == u':')
            out.append(next);
        else
            out.append(c).append(next); // not an escape: the backslash is data
    }
    return out;
}

// At ';' not escaped by a backslash (RFC 6350 §3.4: "\;" is a ';' inside a component).
QList<QStringView> splitComponents(QStringView raw)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'\\') {
            ++i;
        } else if (raw[i] == u';') {
            parts.append(raw.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(raw.sliced(start));
    return parts;
}

} // namespace

ContentLines::ContentLines(QStringView text, NameFilter isRead)
    : m_text(text)
    , m_isRead(isRead)
{
    nextPhysical();
}

bool ContentLines::nextPhysical()
{
    m_hasNext = m_pos < m_text.size();
    if (!m_hasNext)
        return false;
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !isLineBreak(m_text[m_pos]))
        ++m_pos;
    m_next = m_text.sliced(start, m_pos - start);
    ++m_lineNumber;
    if (m_pos < m_text.size())
        m_pos += m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n' ? 2 : 1;
    return true;
}

bool ContentLines::next(ContentLine *line)
{
    // A continuation with nothing before it continues nothing.
    while (m_hasNext && (m_next.isEmpty() || isFold(m_next.front())))
        nextPhysical();
    if (!m_hasNext)
        return false;
    line->number = m_lineNumber;
    line->read = m_isRead(propertyName(m_next));
    line->text = m_next.toString();
    QStringView last = m_next;
    std::optional<bool> quotedPrintable; // parsed only when a line ends in '='
    const auto softBreak = [&] {
        if (!endsInSoftBreak(last))
            return false;
        if (!quotedPrintable) {
            Property head;
            quotedPrintable = parseProperty(line->text, &head) && isQuotedPrintable(head);
        }
        return *quotedPrintable;
    };
    while (nextPhysical()) {
        if (m_next.isEmpty()) {
            if (softBreak())
                break; // "=" then an empty line: the value ended there
            continue;
        }
        if (softBreak() && !isEndLine(m_next)) {
            if (line->read) {
                line->text.truncate(line->text.lastIndexOf(u'='));
                line->text.append(m_next);
            }
        } else if (isFold(m_next.front())) {
            if (line->read)
                line->text.append(m_next.sliced(1));
        } else {
            break;
        }
        last = m_next;
    }
    return true;
}

QStringView propertyName(QStringView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != u';' && line[end] != u':')
        ++end;
    const QStringView name = line.first(end).trimmed();
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? name : name.sliced(dot + 1);
}

bool parseProperty(QStringView line, Property *property)
{
    const qsizetype colon = valueColon(line);
    if (colon < 0)
        return false;
    const QStringView head = line.first(colon);
    property->name = propertyName(head).toString().toUpper();
    property->value = line.sliced(colon + 1);
    const qsizetype semicolon = head.indexOf(u';');
    if (semicolon >= 0) {
        for (const QStringView parameter : splitOutsideQuotes(head.sliced(semicolon + 1), u';'))
            addParameter(parameter, property);
    }
    return !property->name.isEmpty();
}

QString decodedValue(const Property &property, Escapes escapes)
{
    if (isQuotedPrintable(property))
        return decodeQuotedPrintable(property.value, property.charset);
    return escapes == Escapes::Text ? unescape(property.value) : property.value.toString();
}

QStringList decodedComponents(const Property &property)
{
    QStringList components;
    // Android encodes each component on its own and joins them with ';' (VCardBuilder.
    // appendNamePropertiesV21): split first, then decode, so a ';' inside one stays there.
    for (const QStringView part : splitComponents(property.value)) {
        components.append(isQuotedPrintable(property) ? decodeQuotedPrintable(part, property.charset)
                                                      : unescape(part));
    }
    return components;
}

} // namespace smsdesk::vcard
