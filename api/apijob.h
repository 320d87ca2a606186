#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
class QNetworkReply;

/**
 * One HTTP request to PostHog, from first attempt to final answer.
 *
 * Created and started only by PostHogClient (which queues it behind the concurrency cap
 * and the rate limiter). The job owns its retries: a safe request is sent again on 429
 * (honouring Retry-After), 502/503/504 and connection failures; a GET also on 500 and on a
 * 200 whose body is unreadable (cut off, not JSON, a proxy's HTML page); a POST is retried
 * only when the server cannot have processed it (429, connection refused, host not found).
 *
 * Contract: finished() is emitted exactly once, on every path (success, error, timeout,
 * cancel), and the job deletes itself with deleteLater() afterwards. Hold it in a
 * QPointer if you keep it.
 */
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    enum class Method
    {
        Get,
        Post,
        Put,
        Patch,
        Delete,
    };
    Q_ENUM(Method)

    ApiJob(Method method, const QNetworkRequest &request, QByteArray body, QObject *parent = nullptr);
    ~ApiJob() override;

    Method method() const { return m_method; }
    /// The request URL (never contains the key: the key travels in a header only).
    QUrl url() const { return m_request.url(); }

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    /// Parsed body; a null document when the body was empty or not JSON.
    QJsonDocument json() const { return m_json; }
    int attempts() const { return m_attempts; }

    /// Aborts the request; finished() follows with ApiError::Kind::Cancelled.
    void cancel();

    // Used by PostHogClient.
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Off: body() is kept unparsed and json() stays null, so a caller can parse a large
    /// answer (a 50,000-row query page) off the GUI thread.
    void setParseJson(bool parse) { m_parseJson = parse; }
    /// Called by the client for every attempt (first and retries); `nam` must outlive the attempt.
    void startAttempt(QNetworkAccessManager *nam);
    /// Sends every attempt through this manager instead of the client's (a session's cookie jar).
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_ownNam = nam; }
    /// Session-authenticated request: redirects are not followed; a redirect to the login
    /// page (PostHog's SessionAgeMiddleware) fails with Unauthenticated "session expired".
    void setSessionAuth(bool session) { m_sessionAuth = session; }
    bool isSessionAuth() const { return m_sessionAuth; }
    /// Origin the key may be sent to: redirects elsewhere fail with InsecureUrl.
    void setTrustedOrigin(const QUrl &origin) { m_trustedOrigin = origin; }
    /// Finishes the job with `error` without sending anything more (configuration
    /// problems, client-side validation). No-op when already finished.
    void abortWith(const ApiError &error);

    /// Pure policy, exposed for tests: should an attempt that ended like this be retried?
    static bool shouldRetry(Method method, int httpStatus, int networkError, bool mayHaveReachedServer);
    /// Backoff before retry `attempt` (1-based), with jitter; Retry-After wins when >= 0.
    static std::chrono::milliseconds backoffDelay(int attempt, int retryAfterSeconds);

Q_SIGNALS:
    /// Emitted exactly once. The job is deleted later.
    void finished(ApiJob *job);
    /// The client schedules the retry (so it goes through the rate limiter again).
    void retryRequested(ApiJob *job, std::chrono::milliseconds delay);
    /// Emitted when a request attempt leaves the wire (success, failure or retry pending).
    void attemptEnded(ApiJob *job);

private:
    void sendCurrent();
    void onReplyFinished();
    void onTimeout();
    /// Takes the reply off the wire without letting its finished() reach us.
    QNetworkReply *detachReply();
    /// Ends one attempt: retries when the policy allows, else finishes.
    void concludeAttempt(const ApiError &error, int httpStatus, int networkError, bool mayHaveReachedServer);
    void finish(const ApiError &error);

    Method m_method;
    QNetworkRequest m_request;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<QNetworkAccessManager> m_ownNam;
    bool m_sessionAuth = false;
    QString m_tlsMessage;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QUrl m_trustedOrigin;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
    int m_maxRetries = 4;
    int m_attempts = 0;
    int m_redirects = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_unreadableBody = false; ///< this attempt's 2xx body could not be read as JSON
    bool m_parseJson = true;
    QByteArray m_body;
    QJsonDocument m_json;
    ApiError m_error;
};
