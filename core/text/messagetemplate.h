// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "smssegmenter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smsdesk {

// One thing wrong in a template, for the editor to underline and the owner to fix.
struct TemplateProblem
{
    int position = 0; // 0-based UTF-16 index in the text (what QTextCursor counts)
    int length = 1; // how much of the text to underline: the "{" and the name after it, or the whole {...}
    QString reason; // a sentence quoting the text, e.g. "{first_name" is never closed: ...
};

// A message with fields ("Hi {first_name}, your order {order_no} is ready"), parsed once
// and rendered per recipient. The syntax is ours:
//   {name}          a field: ASCII letters, digits, _ and -; case-insensitive, kept lower-case
//   {name|default}  the default stands in when the field is empty or missing; it is taken
//                   as written (spaces kept) and may not contain {, } or a line break
//   {{ and }}       a literal { and }
// A placeholder never spans a line break: a "{" left open would otherwise swallow the
// next line into a "field name". Cheap to copy; const methods are thread-safe.
class MessageTemplate final
{
    // The problems' reasons: context "MessageTemplate" for lupdate.
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    MessageTemplate() = default; // the empty template: no fields, renders ""

    // ErrorCode::Invalid with every problem's reason, one per line, when check() finds any.
    static Result<MessageTemplate> parse(const QString &text);
    // The same problems parse() refuses, in text order, each with where it is; empty when valid.
    static QList<TemplateProblem> check(const QString &text);
    // Whether `name` may be used between braces (e.g. to tell which CSV columns can be fields).
    static bool isFieldName(QStringView name);

    QString text() const { return m_text; }
    // Field names (lower-case) in order of first use, each once.
    QStringList placeholders() const { return m_placeholders; }
    // The fields used here that `known` (compared case-insensitively) lacks, in order of first
    // use. `known` is what the recipients can have: standardTemplateFields() plus a CSV's
    // columns. A campaign refuses to start while this is not empty.
    QStringList unknownFields(const QStringList &known) const;

    // The text as it will be sent: each placeholder becomes its field's value (trimmed), else
    // its default, else "". Keys of `fields` are matched case-insensitively (lower-case keys
    // take the fast path). `missing`, when given, is set to the fields that had neither a
    // value nor a default, in order of first use (the preview's "no first_name for row 12").
    // An explicit empty default ("{title|}") means "empty is fine": not reported missing.
    QString render(const QHash<QString, QString> &fields, QStringList *missing = nullptr) const;
    // Encoding and segments of the text as it will be sent, not as typed: "{{" costs two
    // septets once rendered, and a value like "Zoë" switches the message to UCS-2.
    SegmentInfo segmentsFor(const QHash<QString, QString> &fields) const;

private:
    // Literal text and fields alternate; adjacent literals are merged at parse time so
    // render() is one append per part into a reserved string.
    struct Part
    {
        QString literal; // the text, when name is empty
        QString name; // the field, lower-case
        QString fallback;
        bool hasFallback = false;
    };

    static QList<TemplateProblem> scan(const QString &text, QList<Part> *parts);

    QString m_text;
    QList<Part> m_parts;
    QStringList m_placeholders;
    qsizetype m_renderReserve = 0; // the literal text plus a guess per field use
};

// The fields every contact has, so the composer, the template editor and the campaign
// agree: first_name, last_name, name, phone.
QStringList standardTemplateFields();

// Their values for one contact; the one place that decides what {name} means: first and
// last name, or the contact's display name when both are empty.
QHash<QString, QString> standardFieldValues(const QString &firstName, const QString &lastName,
                                            const QString &displayName, const QString &phone);

} // namespace smsdesk
