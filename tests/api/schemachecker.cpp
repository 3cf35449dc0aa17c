// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace smsdesk::test {

namespace {
const QSet<QString> kAnnotations { QStringLiteral("description"), QStringLiteral("format"),
                                   QStringLiteral("default"), QStringLiteral("contentMediaType") };

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString shown(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(80);
}
} // namespace

SchemaChecker::SchemaChecker(QJsonObject document)
    : m_document(std::move(document))
{ }

QJsonValue SchemaChecker::pointer(const QString &ref) const
{
    if (!ref.startsWith(u"#/"))
        return QJsonValue::Undefined;
    QJsonValue at = m_document;
    for (const QString &part : ref.mid(2).split(u'/')) {
        if (!at.isObject())
            return QJsonValue::Undefined;
        at = at.toObject().value(QString(part)
                                     .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                     .replace(QStringLiteral("~0"), QStringLiteral("~")));
    }
    return at;
}

QJsonObject SchemaChecker::resolve(const QJsonValue &value) const
{
    QJsonObject object = value.toObject();
    for (int depth = 0; depth < 16 && object.contains(u"$ref"); ++depth)
        object = pointer(object.value(u"$ref").toString()).toObject();
    return object;
}

QStringList SchemaChecker::checkType(const QJsonValue &value, const QJsonValue &type,
                                     const QString &path) const
{
    const QStringList allowed = type.isArray() ? QVariant(type.toArray().toVariantList()).toStringList()
                                               : QStringList { type.toString() };
    const QString actual = typeOf(value);
    if (allowed.contains(actual) || (actual == u"integer" && allowed.contains(u"number")))
        return {};
    return {
        path
        + QStringLiteral(": is %1 (%2), the document says %3").arg(actual, shown(value), allowed.join(u'|'))
    };
}

QStringList SchemaChecker::check(const QJsonValue &value, const QJsonValue &schemaValue,
                                 const QString &path) const
{
    if (!schemaValue.isObject())
        return { path + QStringLiteral(": the schema is no object") };
    const QJsonObject raw = schemaValue.toObject();
    if (raw.contains(u"$ref")) {
        const QJsonValue target = pointer(raw.value(u"$ref").toString());
        if (!target.isObject())
            return { path + QStringLiteral(": $ref %1 does not resolve").arg(raw.value(u"$ref").toString()) };
        return check(value, target, path);
    }
    QStringList errors;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        static const QSet<QString> known { QStringLiteral("type"),
                                           QStringLiteral("enum"),
                                           QStringLiteral("properties"),
                                           QStringLiteral("required"),
                                           QStringLiteral("additionalProperties"),
                                           QStringLiteral("items"),
                                           QStringLiteral("oneOf"),
                                           QStringLiteral("minimum"),
                                           QStringLiteral("maximum"),
                                           QStringLiteral("minLength"),
                                           QStringLiteral("maxLength"),
                                           QStringLiteral("minItems"),
                                           QStringLiteral("maxItems") };
        if (!known.contains(it.key()) && !kAnnotations.contains(it.key()))
            errors.append(path
                          + QStringLiteral(": the checker does not know the keyword \"%1\"").arg(it.key()));
    }
    if (raw.contains(u"type")) {
        errors += checkType(value, raw.value(u"type"), path);
        if (!errors.isEmpty())
            return errors;
    }
    if (raw.contains(u"enum") && !raw.value(u"enum").toArray().contains(value))
        errors.append(path
                      + QStringLiteral(": %1 is none of %2").arg(shown(value), shown(raw.value(u"enum"))));
    if (raw.contains(u"oneOf")) {
        int matching = 0;
        QStringList why;
        for (const QJsonValue &option : raw.value(u"oneOf").toArray()) {
            const QStringList optionErrors = check(value, option, path);
            matching += optionErrors.isEmpty() ? 1 : 0;
            why += optionErrors;
        }
        if (matching != 1)
            errors.append(path
                          + QStringLiteral(": matches %1 of the oneOf schemas, not one (%2)")
                                .arg(matching)
                                .arg(why.join(QStringLiteral("; "))));
    }
    if (value.isDouble()) {
        if (raw.contains(u"minimum") && value.toDouble() < raw.value(u"minimum").toDouble())
            errors.append(path + QStringLiteral(": below the minimum"));
        if (raw.contains(u"maximum") && value.toDouble() > raw.value(u"maximum").toDouble())
            errors.append(path + QStringLiteral(": above the maximum"));
    }
    if (value.isString()) {
        const qsizetype length = value.toString().toUcs4().size();
        if (raw.contains(u"minLength") && length < raw.value(u"minLength").toInt())
            errors.append(path + QStringLiteral(": shorter than minLength"));
        if (raw.contains(u"maxLength") && length > raw.value(u"maxLength").toInt())
            errors.append(path + QStringLiteral(": longer than maxLength"));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (raw.contains(u"minItems") && array.size() < raw.value(u"minItems").toInt())
            errors.append(path + QStringLiteral(": fewer items than minItems"));
        if (raw.contains(u"maxItems") && array.size() > raw.value(u"maxItems").toInt())
            errors.append(path + QStringLiteral(": more items than maxItems"));
        if (raw.contains(u"items"))
            for (qsizetype i = 0; i < array.size(); ++i)
                errors += check(array.at(i), raw.value(u"items"), path + QStringLiteral("[%1]").arg(i));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = raw.value(u"properties").toObject();
        for (const QJsonValue &name : raw.value(u"required").toArray())
            if (!object.contains(name.toString()))
                errors.append(
                    path + QStringLiteral(": the required field \"%1\" was not sent").arg(name.toString()));
        const QJsonValue additional = raw.value(u"additionalProperties");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + u'.' + it.key();
            if (properties.contains(it.key()))
                errors += check(it.value(), properties.value(it.key()), at);
            else if (additional == QJsonValue(false))
                errors.append(at + QStringLiteral(": sent, but not in the document"));
            else if (additional.isObject())
                errors += check(it.value(), additional, at);
        }
    }
    return errors;
}

QJsonObject SchemaChecker::operation(const QString &method, const QString &pattern) const
{
    return m_document.value(u"paths").toObject().value(pattern).toObject().value(method).toObject();
}

QStringList SchemaChecker::checkAnswer(const QString &method, const QString &pattern, int status,
                                       const QByteArray &contentType, const QByteArray &body) const
{
    const QString what = method.toUpper() + u' ' + pattern + QStringLiteral(" → %1").arg(status);
    const QJsonObject op = operation(method, pattern);
    if (op.isEmpty())
        return { what + QStringLiteral(": no such operation in the document") };
    const QJsonObject responses = op.value(u"responses").toObject();
    if (!responses.contains(QString::number(status)))
        return { what
                 + QStringLiteral(": status not documented (the document has %1)")
                       .arg(responses.keys().join(u", ")) };
    const QJsonObject response = resolve(responses.value(QString::number(status)));
    const QJsonObject content = response.value(u"content").toObject();
    const QString type = QString::fromLatin1(contentType.split(';').constFirst().trimmed().toLower());
    if (content.isEmpty())
        return body.isEmpty()
            ? QStringList()
            : QStringList { what + QStringLiteral(": a body the document does not describe") };
    if (!content.contains(type))
        return {
            what
            + QStringLiteral(": Content-Type %1, the document has %2").arg(type, content.keys().join(u", "))
        };
    if (type != u"application/json" && type != u"application/problem+json")
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return { what + QStringLiteral(": the body is not JSON: ") + error.errorString() };
    const QJsonValue value = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    QStringList errors = check(value, content.value(type).toObject().value(u"schema"));
    for (QString &e : errors)
        e.prepend(what + QStringLiteral(": "));
    return errors;
}

QStringList SchemaChecker::checkRequest(const QString &method, const QString &pattern,
                                        const QByteArray &body) const
{
    const QJsonObject requestBody = resolve(operation(method, pattern).value(u"requestBody"));
    const QJsonValue schema
        = requestBody.value(u"content").toObject().value(u"application/json").toObject().value(u"schema");
    if (body.isEmpty() || !schema.isObject())
        return {};
    QStringList errors = check(QJsonDocument::fromJson(body).object(), schema);
    for (QString &e : errors)
        e.prepend(method.toUpper() + u' ' + pattern + QStringLiteral(" request: "));
    return errors;
}

QSet<QString> SchemaChecker::operations() const
{
    QSet<QString> operations;
    const QJsonObject paths = m_document.value(u"paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path)
        for (const QString &method : path.value().toObject().keys())
            if (method != u"parameters")
                operations.insert(method + u' ' + path.key());
    return operations;
}

void SchemaChecker::collectRefs(const QJsonValue &value, const QString &path, QStringList *dangling) const
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectRefs(array.at(i), path + QStringLiteral("[%1]").arg(i), dangling);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref" && !pointer(it.value().toString()).isObject())
                dangling->append(path + QStringLiteral(": ") + it.value().toString());
            collectRefs(it.value(), path + u'/' + it.key(), dangling);
        }
    }
}

QStringList SchemaChecker::danglingRefs() const
{
    QStringList dangling;
    collectRefs(m_document, QString(), &dangling);
    return dangling;
}

} // namespace smsdesk::test
