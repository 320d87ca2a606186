#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/**
 * What went wrong with one request, in a form both code and people can use.
 *
 * kind() drives program decisions (retry, CLI exit code, which banner to show);
 * userMessage() is one plain sentence for the UI. PostHog's drf-exceptions-hog body
 * {type, code, detail, attr} is kept when present; the parser tolerates the
 * non-standard bodies listed in docs/posthog-api-contract.md (swapped code/detail on capture
 * failures, bare {"detail": ...}, HTML error pages).
 *
 * Never contains the API key: messages are built from the server's body and the URL
 * path only.
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,            ///< no error
        Network,         ///< connection refused, reset, DNS, ...
        Timeout,         ///< no complete answer within the transfer timeout
        Tls,             ///< certificate or handshake failure
        InsecureUrl,     ///< plain http:// to a non-loopback host without the profile's allowance,
                         ///< or a redirect/next link to another origin
        Unauthenticated, ///< 401, or 403 authentication_failed / not_authenticated
        MissingScope,    ///< 403 "API key missing required scope 'x'"
        NeedsSession,    ///< 403 "This action does not support personal API key access"
        Forbidden,       ///< any other 403 (project access, editor access, org policy)
        NotFound,        ///< 404
        Validation,      ///< 400 (attr names the field when the server said so)
        Throttled,       ///< 429, still throttled after the allowed retries
        Server,          ///< 5xx
        BadResponse,     ///< body is not what the contract promises (bad JSON, HTML, truncated)
        Cancelled,       ///< the caller cancelled the job
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0);

    /// Builds an error from an HTTP status and the raw response body (JSON or not).
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {});

    bool isOk() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }

    /// PostHog's fields; empty when the body did not carry them.
    QString type() const { return m_type; }
    QString code() const { return m_code; }
    QString detail() const { return m_detail; }
    QString attr() const { return m_attr; }

    /// Seconds the server asked us to wait (Retry-After, or parsed from
    /// "Expected available in N seconds"); -1 when unknown.
    int retryAfterSeconds() const { return m_retryAfter; }

    /// PostHog wrote the change but failed to send its `$groupidentify` event afterwards
    /// (`capture_http_error` / `capture_error`, any status): the write must not be repeated.
    bool isCaptureFailure() const;

    /// A failure that may pass when the same request is sent again later: the connection, a
    /// timeout, a 5xx, a garbled or truncated answer, a throttle. Such a request may also have
    /// reached PostHog, so a write that failed this way has an unknown outcome.
    static bool isTransient(Kind kind);
    bool isTransient() const { return isTransient(m_kind); }

    /// One clear sentence for people: says what failed and, where useful, what to do.
    QString userMessage() const;

    /// Short stable identifier of the kind ("validation", "throttled", ...), for logs and the CLI.
    static QString kindName(Kind kind);

    // Setters used by the transport when it builds an error by hand.
    void setDetail(const QString &detail) { m_detail = detail; }
    void setAttr(const QString &attr) { m_attr = attr; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_message;
    QString m_type;
    QString m_code;
    QString m_detail;
    QString m_attr;
};

Q_DECLARE_METATYPE(ApiError)
