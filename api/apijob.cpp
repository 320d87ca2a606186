#include "apijob.h"

#include "apilogging.h"
#include "oneshotuploaddevice.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <utility>

using namespace std::chrono_literals;

namespace {
constexpr int MaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

/// Errors of the connection itself (as opposed to Qt's mapping of HTTP statuses).
/// ContentReSendError is Qt giving up on its own resend of a one-shot POST body after
/// the connection broke: a broken connection as far as we are concerned.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ContentReSendError;
}

/// Failures that prove the request never reached the server: safe to resend even a POST.
bool neverReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

QByteArray verb(ApiJob::Method method)
{
    switch (method) {
    case ApiJob::Method::Get:
        return QByteArrayLiteral("GET");
    case ApiJob::Method::Post:
        return QByteArrayLiteral("POST");
    case ApiJob::Method::Put:
        return QByteArrayLiteral("PUT");
    case ApiJob::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case ApiJob::Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}
} // namespace

ApiJob::ApiJob(Method method, const QNetworkRequest &request, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_request(request)
    , m_requestBody(std::move(body))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (QNetworkReply *reply = detachReply()) {
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::startAttempt(QNetworkAccessManager *nam)
{
    if (m_ownNam)
        nam = m_ownNam;
    if (m_finished || !nam)
        return;
    m_nam = nam;
    ++m_attempts;
    m_elapsed.start();
    sendCurrent();
}

void ApiJob::sendCurrent()
{
    m_timedOut = false;
    m_tlsMessage.clear();
    QNetworkRequest request = m_request;
    // Redirects are followed by hand so that the key never follows one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    switch (m_method) {
    case Method::Get:
        reply = m_nam->get(request);
        break;
    case Method::Post: {
        // Not rewindable on purpose: Qt must not resend a POST behind our back.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        auto *body = new OneShotUploadDevice(m_requestBody);
        reply = m_nam->post(request, body);
        body->setParent(reply);
        break;
    }
    case Method::Put:
        reply = m_nam->put(request, m_requestBody);
        break;
    case Method::Patch:
        reply = m_nam->sendCustomRequest(request, QByteArrayLiteral("PATCH"), m_requestBody);
        break;
    case Method::Delete:
        reply = m_nam->deleteResource(request);
        break;
    }
    qCDebug(lcApi).noquote() << verb(m_method) << request.url().path() << "attempt" << m_attempts;
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // The timeout measures inactivity, like QNetworkRequest::setTransferTimeout: a big
    // page that keeps arriving is not cut off.
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timer.start(m_timeout); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timer.start(m_timeout); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsMessage = errors.constFirst().errorString();
    });
#endif
    m_timer.start(m_timeout);
}

QNetworkReply *ApiJob::detachReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (reply)
        reply->disconnect(this);
    return reply;
}

void ApiJob::onTimeout()
{
    QNetworkReply *reply = detachReply();
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
    m_timedOut = true;
    qCInfo(lcApi).noquote() << verb(m_method) << m_request.url().path() << "timed out after" << m_elapsed.elapsed()
                            << "ms";
    concludeAttempt(
        ApiError(ApiError::Kind::Timeout,
                 tr("The server did not answer within %1 seconds.").arg(std::max<qint64>(1, m_timeout.count() / 1000))),
        0, QNetworkReply::TimeoutError, true);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = detachReply();
    if (!reply)
        return;
    reply->deleteLater();
    m_timer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->readAll();
    m_httpStatus = status;
    qCDebug(lcApi).noquote() << verb(m_method) << m_request.url().path() << "->" << status << netError
                             << m_elapsed.elapsed() << "ms";

    if (m_cancelled) {
        concludeAttempt(ApiError(ApiError::Kind::Cancelled, QString()), status, netError, true);
        return;
    }

    if (m_sessionAuth && status >= 300 && status < 400) {
        // API calls never follow a session's redirects: PostHog answers an expired session with
        // a 302 to /login even on API paths, and following it would fetch the login page.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool toLogin =
            target.path().endsWith(QLatin1String("/login")) || target.path().endsWith(QLatin1String("/login/"));
        concludeAttempt(toLogin ? ApiError(ApiError::Kind::Unauthenticated,
                                           tr("Your PostHog session has expired; sign in again."), status)
                                : ApiError(ApiError::Kind::BadResponse,
                                           tr("The server redirected the request unexpectedly."), status),
                        status, 0, true);
        return;
    }
    // Redirects: same origin only, and only where the method survives the redirect.
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!sameOrigin(target, m_trustedOrigin.isValid() ? m_trustedOrigin : m_request.url())) {
            qCWarning(lcApi).noquote() << "refused redirect to another origin:" << target.host();
            concludeAttempt(
                ApiError(ApiError::Kind::InsecureUrl,
                         tr("The server redirected to another address (%1); the API key was not sent there.")
                             .arg(target.host()),
                         status),
                status, 0, true);
            return;
        }
        const bool keepsMethod = status == 307 || status == 308;
        if (++m_redirects > MaxRedirects || (!keepsMethod && m_method != Method::Get)) {
            concludeAttempt(ApiError(ApiError::Kind::BadResponse,
                                     tr("The server redirected the request too often or in an unsupported way."),
                                     status),
                            status, 0, true);
            return;
        }
        m_request.setUrl(target);
        sendCurrent();
        return;
    }

    ApiError error;
    if (isTransportError(netError)) {
        if (netError == QNetworkReply::SslHandshakeFailedError) {
            const QString why = m_tlsMessage.isEmpty() ? reply->errorString() : m_tlsMessage;
            error = ApiError(ApiError::Kind::Tls,
                             tr("The secure connection to %1 failed: %2. If the server uses a private certificate "
                                "authority, add its CA file to the connection profile.")
                                 .arg(m_request.url().host(), why));
        } else if (status > 0) {
            // The answer started and then broke off (connection reset mid-body, truncated transfer).
            error = ApiError(ApiError::Kind::BadResponse, tr("The server's answer was cut off."), status);
        } else {
            error = ApiError(ApiError::Kind::Network,
                             tr("Could not reach %1: %2").arg(m_request.url().host(), reply->errorString()));
        }
        const QNetworkReply::NetworkError policyError =
            netError == QNetworkReply::ContentReSendError ? QNetworkReply::RemoteHostClosedError : netError;
        concludeAttempt(error, 0, policyError, !neverReachedServer(netError));
        return;
    }
    if (status == 0) {
        concludeAttempt(ApiError(ApiError::Kind::BadResponse, tr("The server sent no HTTP status.")), 0, 0, true);
        return;
    }
    if (status == 404 && m_method == Method::Delete && m_attempts > 1 && m_error.kind() != ApiError::Kind::Throttled) {
        // The earlier attempt may have deleted it before its answer was lost: gone is what we wanted.
        qCInfo(lcApi).noquote() << verb(m_method) << m_request.url().path() << "404 on retry - already deleted";
        concludeAttempt(ApiError(), status, 0, true);
        return;
    }
    if (status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"));
        if (m_sessionAuth && error.kind() == ApiError::Kind::Unauthenticated
            && !m_request.url().path().contains(QLatin1String("/api/login"))) {
            ApiError expired(ApiError::Kind::Unauthenticated, tr("Your PostHog session has ended; sign in again."),
                             status);
            expired.setDetail(error.detail());
            error = expired;
        }
        concludeAttempt(error, status, 0, true);
        return;
    }

    m_body = body;
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.isEmpty() && m_parseJson) {
        QJsonParseError parseError{};
        m_json = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // The parser's complaint ("unterminated string") means nothing to a user: it goes
            // to the log, the message says what happened.
            qCInfo(lcApi).noquote() << verb(m_method) << m_request.url().path()
                                    << "answer is not JSON:" << parseError.errorString();
            const QString message =
                trimmed.startsWith('<')
                    ? tr("The server answered with a web page instead of data; check the server address.")
                    : tr("The server's answer could not be read: it was garbled or incomplete.");
            // A proxy's page or a broken body on a read is a passing fault like a 502: the GET
            // is sent again (concludeAttempt), a write is not.
            m_unreadableBody = true;
            concludeAttempt(ApiError(ApiError::Kind::BadResponse, message, status), status, 0, true);
            return;
        }
    }
    concludeAttempt(ApiError(), status, 0, true);
}

void ApiJob::concludeAttempt(const ApiError &error, int httpStatus, int networkError, bool mayHaveReachedServer)
{
    Q_EMIT attemptEnded(this);
    if (m_finished)
        return;
    if (error.isOk() || error.kind() == ApiError::Kind::Cancelled || m_cancelled) {
        finish(m_cancelled ? ApiError(ApiError::Kind::Cancelled, QString()) : error);
        return;
    }
    const int retriesDone = m_attempts - 1;
    const bool unreadableRead = std::exchange(m_unreadableBody, false) && m_method == Method::Get;
    // A capture failure comes after the write, whatever its status (even 429): resending would
    // repeat a change the server already made.
    if (retriesDone < m_maxRetries && !error.isCaptureFailure()
        && (unreadableRead || shouldRetry(m_method, httpStatus, networkError, mayHaveReachedServer))) {
        const auto delay = backoffDelay(m_attempts, error.retryAfterSeconds());
        qCInfo(lcApi).noquote() << verb(m_method) << m_request.url().path() << ApiError::kindName(error.kind())
                                << "- retry" << m_attempts << "in" << delay.count() << "ms";
        m_error = error;
        m_redirects = 0;
        Q_EMIT retryRequested(this, delay);
        return;
    }
    finish(error);
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_timer.stop();
    if (QNetworkReply *reply = detachReply()) {
        reply->abort();
        reply->deleteLater();
        concludeAttempt(ApiError(ApiError::Kind::Cancelled, QString()), 0, QNetworkReply::OperationCanceledError, true);
        return;
    }
    // Queued or waiting for a retry: nothing on the wire.
    finish(ApiError(ApiError::Kind::Cancelled, QString()));
}

void ApiJob::abortWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_timer.stop();
    if (QNetworkReply *reply = detachReply()) {
        reply->abort();
        reply->deleteLater();
        Q_EMIT attemptEnded(this);
    }
    finish(error);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_error = error;
    if (!error.isOk() && error.kind() != ApiError::Kind::Cancelled) {
        qCInfo(lcApi).noquote() << verb(m_method) << m_request.url().path()
                                << "failed:" << ApiError::kindName(error.kind()) << error.httpStatus() << "after"
                                << m_attempts << "attempt(s)";
    }
    Q_EMIT finished(this);
    deleteLater();
}

bool ApiJob::shouldRetry(Method method, int httpStatus, int networkError, bool mayHaveReachedServer)
{
    // 429 means the server refused before doing anything: safe for every method.
    if (httpStatus == 429)
        return true;
    const bool idempotent = method != Method::Post;
    // A gateway error on a POST may hide a request that was processed (PostHog's capture
    // failures answer 502 after the group row was written): never resend those.
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return idempotent;
    // PostHog answers a passing database or ClickHouse hiccup with 500. A read is safe to
    // repeat; a write may have been applied before the error, so it keeps its answer.
    if (httpStatus == 500)
        return method == Method::Get;
    if (httpStatus != 0)
        return false;
    switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return idempotent || !mayHaveReachedServer;
    default:
        return false;
    }
}

std::chrono::milliseconds ApiJob::backoffDelay(int attempt, int retryAfterSeconds)
{
    auto *random = QRandomGenerator::global();
    if (retryAfterSeconds >= 0) {
        // The server's word wins; a little jitter keeps parallel jobs from waking together.
        return std::chrono::milliseconds(qint64(retryAfterSeconds) * 1000 + random->bounded(250));
    }
    constexpr qint64 baseMs = 300;
    constexpr qint64 capMs = 30000;
    const int shift = std::clamp(attempt - 1, 0, 16);
    const qint64 ceiling = std::min(capMs, baseMs << shift);
    // "Equal jitter": half fixed, half random, so delays still grow but never align.
    return std::chrono::milliseconds(ceiling / 2 + random->bounded(ceiling / 2 + 1));
}
