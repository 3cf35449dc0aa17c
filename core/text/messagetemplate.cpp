// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplate.h"

#include <optional>
#include <utility>

namespace smsdesk {

namespace {

// Quotes longer than this are cut so each reason stays one readable line.
constexpr qsizetype kQuoteLimit = 30;
// What the text before a stray "}" shows of itself: enough to find it, not the whole line.
constexpr qsizetype kContextLimit = 20;
// Guessed UTF-16 units per rendered field (a first name, an order number): with it, most
// rows render with a single allocation.
constexpr qsizetype kFieldSizeGuess = 16;

constexpr QChar kEllipsis = u'\u2026';

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'-';
}

// Where looking for a placeholder's "}" gives up: another brace, or the end of the line.
bool endsPlaceholder(QChar c)
{
    return c == u'{' || c == u'}' || c == u'\n' || c == u'\r';
}

QString quoted(QStringView text)
{
    if (text.size() <= kQuoteLimit)
        return text.toString();
    qsizetype cut = kQuoteLimit - 1;
    if (text[cut - 1].isHighSurrogate())
        --cut; // never leave half a surrogate pair before the ellipsis
    return text.left(cut).toString() + kEllipsis;
}

// The line's text before `pos`, shortened from the left at a word boundary.
QString contextBefore(const QString &text, qsizetype pos)
{
    // lastIndexOf() reads a "from" of -1 as "from the end": position 0 starts a line anyway.
    const qsizetype lineStart = pos == 0 ? 0 : text.lastIndexOf(u'\n', pos - 1) + 1;
    QStringView before = QStringView(text).mid(lineStart, pos - lineStart).trimmed();
    if (before.size() <= kContextLimit)
        return before.toString();
    before = before.right(kContextLimit);
    const qsizetype space = before.indexOf(u' ');
    if (space >= 0 && space + 1 < before.size())
        before = before.mid(space + 1);
    if (before.front().isLowSurrogate())
        before = before.mid(1);
    return kEllipsis + before.toString();
}

TemplateProblem unclosedOpen(const QString &text, qsizetype open, qsizetype stop)
{
    // Quote the "{" and the name after it ("{first_name"), not the rest of the line.
    qsizetype end = open + 1;
    while (end < stop && isNameChar(text[end]))
        ++end;
    const QStringView shown = QStringView(text).mid(open, end - open);
    return { int(open), int(end - open),
             MessageTemplate::tr("\"%1\" is never closed: add } after the field name, or type {{ to show a "
                                 "brace.")
                 .arg(quoted(shown)) };
}

TemplateProblem strayClose(const QString &text, qsizetype pos)
{
    const QString before = contextBefore(text, pos);
    const QString reason = before.isEmpty()
        ? MessageTemplate::tr(
            "A \"}\" at the start of a line has no \"{\" before it: type }} to show a brace.")
        : MessageTemplate::tr("The \"}\" after \"%1\" has no \"{\" before it: type }} to show a brace.")
              .arg(before);
    return { int(pos), 1, reason };
}

// What is wrong with the name in `placeholder` (the whole "{...}" at `open`), if anything.
std::optional<TemplateProblem> nameProblem(QStringView placeholder, QStringView name, qsizetype open)
{
    const int position = int(open);
    const int length = int(placeholder.size());
    if (name.isEmpty()) {
        return TemplateProblem { position, length,
                                 MessageTemplate::tr("\"%1\" has no field name: put one between the braces, "
                                                     "like {first_name}.")
                                     .arg(quoted(placeholder)) };
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isNameChar(name[i]))
            continue;
        if (name[i].isSpace()) {
            return TemplateProblem { position, length,
                                     MessageTemplate::tr("\"%1\" has a space in the field name: use _ "
                                                         "instead, like {first_name}.")
                                         .arg(quoted(placeholder)) };
        }
        const bool pair = name[i].isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate();
        return TemplateProblem { position, length,
                                 MessageTemplate::tr("\"%1\" has \"%2\" in the field name: use only the "
                                                     "letters a to z, digits, _ and -.")
                                     .arg(quoted(placeholder), name.mid(i, pair ? 2 : 1).toString()) };
    }
    return std::nullopt;
}

const QString &firstNameKey()
{
    static const QString key = QStringLiteral("first_name");
    return key;
}
const QString &lastNameKey()
{
    static const QString key = QStringLiteral("last_name");
    return key;
}
const QString &nameKey()
{
    static const QString key = QStringLiteral("name");
    return key;
}
const QString &phoneKey()
{
    static const QString key = QStringLiteral("phone");
    return key;
}

// Lower-case keys are found directly; a CSV's "First_Name" costs a scan of the row's few fields.
const QString *lookUp(const QHash<QString, QString> &fields, const QString &name)
{
    const auto exact = fields.constFind(name);
    if (exact != fields.cend())
        return &exact.value();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

} // namespace

QList<TemplateProblem> MessageTemplate::scan(const QString &text, QList<Part> *parts)
{
    QList<TemplateProblem> problems;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parts->append(Part { std::exchange(literal, QString()), QString(), QString(), false });
    };
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        const bool doubled = i + 1 < size && text[i + 1] == c;
        if (c == u'}') {
            if (!doubled)
                problems.append(strayClose(text, i));
            literal += c;
            i += doubled ? 2 : 1;
            continue;
        }
        if (c != u'{') {
            literal += c;
            ++i;
            continue;
        }
        if (doubled) {
            literal += c;
            i += 2;
            continue;
        }
        qsizetype close = i + 1;
        while (close < size && !endsPlaceholder(text[close]))
            ++close;
        if (close == size || text[close] != u'}') {
            problems.append(unclosedOpen(text, i, close));
            i = close; // a "{" or a line break there starts afresh
            continue;
        }
        const QStringView inner = QStringView(text).mid(i + 1, close - i - 1);
        const qsizetype bar = inner.indexOf(u'|');
        const QStringView name = bar < 0 ? inner : inner.left(bar);
        if (auto problem = nameProblem(QStringView(text).mid(i, close - i + 1), name, i)) {
            problems.append(*problem);
        } else if (parts) {
            flushLiteral();
            const QString fallback = bar < 0 ? QString() : inner.mid(bar + 1).toString();
            parts->append(Part { QString(), name.toString().toLower(), fallback, bar >= 0 });
        }
        i = close + 1;
    }
    if (parts)
        flushLiteral();
    return problems;
}

Result<MessageTemplate> MessageTemplate::parse(const QString &text)
{
    MessageTemplate parsed;
    const QList<TemplateProblem> problems = scan(text, &parsed.m_parts);
    if (!problems.isEmpty()) {
        QStringList reasons;
        reasons.reserve(problems.size());
        for (const TemplateProblem &problem : problems)
            reasons.append(problem.reason);
        return Result<MessageTemplate>::failure(ErrorCode::Invalid, reasons.join(QLatin1Char('\n')));
    }
    parsed.m_text = text;
    for (const Part &part : std::as_const(parsed.m_parts)) {
        if (part.name.isEmpty()) {
            parsed.m_renderReserve += part.literal.size();
            continue;
        }
        parsed.m_renderReserve += kFieldSizeGuess;
        if (!parsed.m_placeholders.contains(part.name))
            parsed.m_placeholders.append(part.name);
    }
    return Result<MessageTemplate>(std::move(parsed));
}

QList<TemplateProblem> MessageTemplate::check(const QString &text)
{
    return scan(text, nullptr);
}

bool MessageTemplate::isFieldName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

QStringList MessageTemplate::unknownFields(const QStringList &known) const
{
    QStringList unknown;
    for (const QString &name : m_placeholders) {
        if (!known.contains(name, Qt::CaseInsensitive))
            unknown.append(name);
    }
    return unknown;
}

QString MessageTemplate::render(const QHash<QString, QString> &fields, QStringList *missing) const
{
    if (missing)
        missing->clear();
    QString out;
    out.reserve(m_renderReserve);
    for (const Part &part : m_parts) {
        if (part.name.isEmpty()) {
            out += part.literal;
            continue;
        }
        const QString *value = lookUp(fields, part.name);
        // A value of only spaces is as good as none: the default is the better message.
        const QStringView trimmed = value ? QStringView(*value).trimmed() : QStringView();
        if (!trimmed.isEmpty())
            out += trimmed;
        else if (part.hasFallback)
            out += part.fallback;
        else if (missing && !missing->contains(part.name))
            missing->append(part.name);
    }
    return out;
}

SegmentInfo MessageTemplate::segmentsFor(const QHash<QString, QString> &fields) const
{
    return SmsSegmenter::analyze(render(fields));
}

QStringList standardTemplateFields()
{
    return { firstNameKey(), lastNameKey(), nameKey(), phoneKey() };
}

QHash<QString, QString> standardFieldValues(const QString &firstName, const QString &lastName,
                                            const QString &displayName, const QString &phone)
{
    QStringList fullName;
    for (const QString &part : { firstName.trimmed(), lastName.trimmed() }) {
        if (!part.isEmpty())
            fullName.append(part);
    }
    const QString name = fullName.isEmpty() ? displayName.trimmed() : fullName.join(QLatin1Char(' '));
    return {
        { firstNameKey(), firstName }, { lastNameKey(), lastName }, { nameKey(), name }, { phoneKey(), phone }
    };
}

} // namespace smsdesk
