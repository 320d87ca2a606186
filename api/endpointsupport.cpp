#include "endpointsupport.h"

#include "posthogclient.h"

namespace EndpointSupport {

ApiError badShape(const char *what)
{
    return ApiError(
        ApiError::Kind::BadResponse,
        PostHogClient::tr("The server's answer does not have the expected shape (%1).").arg(QString::fromLatin1(what)));
}

QJsonValue verbatim(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ApiError parseNoContent(const QJsonDocument &, NoContent &)
{
    return {};
}

bool resultsArray(const QJsonDocument &doc, QJsonArray &out)
{
    if (doc.isArray()) {
        out = doc.array();
        return true;
    }
    if (doc.isObject() && doc.object().value(QLatin1String("results")).isArray()) {
        out = doc.object().value(QLatin1String("results")).toArray();
        return true;
    }
    return false;
}

QUrl nextLink(const QJsonDocument &doc)
{
    const QJsonValue next = doc.object().value(QLatin1String("next"));
    return next.isString() && !next.toString().isEmpty() ? QUrl(next.toString(), QUrl::TolerantMode) : QUrl();
}

QString metricsPath(int typeIndex)
{
    return QStringLiteral("groups_types/%1/metrics/").arg(typeIndex);
}

} // namespace EndpointSupport
