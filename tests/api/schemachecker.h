// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace smsdesk::test {

// Checks JSON answers against an OpenAPI 3.1 document (docs/openapi.json), with the subset of
// JSON Schema that document uses: type (one or an array, "null" among them), enum, properties,
// required, additionalProperties (false or a schema), items, oneOf, $ref to the document's
// components, and the bounds minimum/maximum, minLength/maxLength, minItems/maxItems.
// Annotations (description, format, default, contentMediaType) are read past; any other
// keyword is reported, so a schema the checker cannot judge never passes unseen.
class SchemaChecker final
{
public:
    explicit SchemaChecker(QJsonObject document);

    const QJsonObject &document() const { return m_document; }
    // `value` against `schema`: one line per mistake ("$.messages[0].to: …"); empty when valid.
    QStringList check(const QJsonValue &value, const QJsonValue &schema,
                      const QString &path = QStringLiteral("$")) const;
    // Follows "$ref": "#/components/…" (repeatedly); anything else as it is.
    QJsonObject resolve(const QJsonValue &value) const;
    // The operation for `method` ("get", "post" …) on `pattern` ("/api/v1/messages/{id}").
    QJsonObject operation(const QString &method, const QString &pattern) const;
    // An answer of that operation: its status is documented, its content type is one the
    // response lists, and a JSON body validates against that content's schema.
    QStringList checkAnswer(const QString &method, const QString &pattern, int status,
                            const QByteArray &contentType, const QByteArray &body) const;
    // A JSON request body against the operation's requestBody schema (none: nothing to say).
    QStringList checkRequest(const QString &method, const QString &pattern, const QByteArray &body) const;
    // Every operation of the document, as "get /api/v1/messages/{id}".
    QSet<QString> operations() const;
    // Every "$ref" anywhere in the document that does not resolve.
    QStringList danglingRefs() const;

private:
    QStringList checkType(const QJsonValue &value, const QJsonValue &type, const QString &path) const;
    void collectRefs(const QJsonValue &value, const QString &path, QStringList *dangling) const;
    QJsonValue pointer(const QString &ref) const;

    QJsonObject m_document;
};

} // namespace smsdesk::test
