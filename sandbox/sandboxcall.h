#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

/** One parsed API request as the resource handlers see it (auth already checked). */
struct SandboxCall
{
    QByteArray method;    ///< "GET", "POST", ...
    QStringList segments; ///< path segments after /api/projects/<id>/, no empty ones
    QUrlQuery query;      ///< decoded query items
    QByteArray body;
    QUrl url;           ///< absolute request URL (scheme/host/port as the client used them)
    bool older = false; ///< SandboxOptions::ServerVersion::Older

    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasParam(const QString &name) const { return query.hasQueryItem(name); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};
