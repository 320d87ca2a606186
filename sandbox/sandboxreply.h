#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

/**
 * One HTTP response before the server writes it (and perhaps spoils it with a fault).
 * Error helpers produce the drf-exceptions-hog body PostHog uses: {type, code, detail, attr}.
 */
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonObject &object)
    {
        return {
            status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static SandboxReply json(int status, const QJsonArray &array)
    {
        return {status, QByteArrayLiteral("application/json"), QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    static SandboxReply noContent() { return {204, QByteArray(), QByteArray(), {}}; }
    static SandboxReply error(int status, const QString &type, const QString &code, const QString &detail,
                              const QJsonValue &attr = QJsonValue())
    {
        return json(status, QJsonObject{{QStringLiteral("type"), type},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("detail"), detail},
                                        {QStringLiteral("attr"), attr}});
    }
    static SandboxReply validation(const QString &attr, const QString &detail,
                                   const QString &code = QStringLiteral("invalid_input"))
    {
        return error(400, QStringLiteral("validation_error"), code, detail,
                     attr.isNull() ? QJsonValue() : QJsonValue(attr));
    }
    static SandboxReply required(const QString &attr)
    {
        return validation(attr, QStringLiteral("This field is required."), QStringLiteral("required"));
    }
    static SandboxReply notFound(const QString &detail = QStringLiteral("Not found."))
    {
        return error(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), detail);
    }
    static SandboxReply methodNotAllowed(const QByteArray &method)
    {
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"),
                     QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(method)));
    }
    static SandboxReply serverError()
    {
        return error(500, QStringLiteral("server_error"), QStringLiteral("error"),
                     QStringLiteral("A server error occurred."));
    }
    static SandboxReply forbidden(const QString &detail)
    {
        return error(403, QStringLiteral("authentication_error"), QStringLiteral("permission_denied"), detail);
    }
};
