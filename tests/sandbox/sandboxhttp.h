#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

/**
 * Blocking-by-event-loop HTTP helper for the sandbox tests: one real request over
 * loopback with QNetworkAccessManager (no PostHogClient), waited for with a spy.
 */
class SandboxHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttp)

public:
    struct Response
    {
        bool finished = false;
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
        QByteArray wwwAuthenticate;
        QByteArray deprecation;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
    };

    explicit SandboxHttp(QUrl baseUrl, QObject *parent = nullptr);

    /// `path` is relative to the base URL ("/api/projects/1/groups_types/") or absolute.
    Response send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &key = QStringLiteral("phx_groupdesk_demo_key"), int timeoutMs = 20000);
    Response get(const QString &path, const QString &key = QStringLiteral("phx_groupdesk_demo_key"))
    {
        return send("GET", path, {}, key);
    }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
};
