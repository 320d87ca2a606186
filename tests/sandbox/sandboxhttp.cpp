#include "sandboxhttp.h"

#include <QtCore/QBuffer>
#include <QtTest/QSignalSpy>

#include <utility>

using namespace Qt::StringLiterals;

SandboxHttp::SandboxHttp(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
{ }

SandboxHttp::Response SandboxHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                        const QString &key, int timeoutMs)
{
    const QUrl url =
        path.startsWith(u"http"_s) ? QUrl(path, QUrl::StrictMode) : m_baseUrl.resolved(QUrl(path, QUrl::StrictMode));
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    if (!finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return response; // finished == false: the server never completed the reply
    }
    response.finished = true;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.retryAfter = reply->rawHeader("Retry-After");
    response.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    response.deprecation = reply->rawHeader("Deprecation");
    reply->deleteLater();
    return response;
}
