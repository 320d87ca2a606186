#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

/// True for snake_case identifiers such as "capture_http_error" (no spaces, no punctuation).
bool looksLikeIdentifier(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re.match(text).hasMatch();
}

/// First human message of a DRF field-error structure ({"name": ["msg"]} or ["msg"]).
QString firstMessage(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const auto &item : array) {
            QString text = firstMessage(item);
            if (!text.isEmpty())
                return text;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QString text = firstMessage(it.value());
            if (!text.isEmpty())
                return text;
        }
    }
    return {};
}

ApiError::Kind kindForStatus(int status)
{
    if (status == 401)
        return ApiError::Kind::Unauthenticated;
    if (status == 403)
        return ApiError::Kind::Forbidden;
    // 405 means "this server has no such endpoint" for our purposes (removed actions).
    if (status == 404 || status == 405 || status == 410)
        return ApiError::Kind::NotFound;
    if (status == 429)
        return ApiError::Kind::Throttled;
    if (status >= 500 && status < 600)
        return ApiError::Kind::Server;
    if (status >= 400 && status < 500)
        return ApiError::Kind::Validation;
    return ApiError::Kind::BadResponse;
}

} // namespace

ApiError::ApiError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{ }

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError error(kindForStatus(httpStatus), QString(), httpStatus);

    const QByteArray trimmed = body.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject object = doc.object();
        error.m_type = object.value(QLatin1String("type")).toString();
        error.m_code = object.value(QLatin1String("code")).toString();
        error.m_attr = object.value(QLatin1String("attr")).toString();
        const QJsonValue detail = object.value(QLatin1String("detail"));
        if (detail.isString()) {
            error.m_detail = detail.toString();
        } else if (!detail.isUndefined() && !detail.isNull()) {
            error.m_detail = firstMessage(detail);
        } else if (error.m_type.isEmpty() && error.m_code.isEmpty()) {
            // Plain DRF field errors: {"name": ["This field is required."]}.
            if (!object.isEmpty()) {
                error.m_attr = object.constBegin().key();
                error.m_detail = firstMessage(object.constBegin().value());
            }
        }
        // Capture failures (and older update_property) swap code and detail:
        // {"code": "Failed to submit ...", "detail": "capture_http_error"}.
        if (looksLikeIdentifier(error.m_detail) && !error.m_code.isEmpty() && !looksLikeIdentifier(error.m_code))
            std::swap(error.m_code, error.m_detail);
    } else if (parseError.error == QJsonParseError::NoError && doc.isArray()) {
        error.m_detail = firstMessage(doc.array());
    } else if (!trimmed.isEmpty() && trimmed.startsWith('<')) {
        // A proxy or load balancer's HTML page: do not show the markup.
        error.m_message = tr("The server answered with a web page instead of data (HTTP %1).").arg(httpStatus);
    }

    if (httpStatus == 403) {
        const QString detail = error.m_detail;
        if (detail.contains(QLatin1String("does not support personal API key access"), Qt::CaseInsensitive))
            error.m_kind = Kind::NeedsSession;
        else if (detail.contains(QLatin1String("missing required scope"), Qt::CaseInsensitive))
            error.m_kind = Kind::MissingScope;
        else if (error.m_code == QLatin1String("authentication_failed")
                 || error.m_code == QLatin1String("not_authenticated"))
            error.m_kind = Kind::Unauthenticated;
    }

    bool ok = false;
    const int headerSeconds = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && headerSeconds >= 0) {
        error.m_retryAfter = headerSeconds;
    } else {
        static const QRegularExpression re(QStringLiteral("available in (\\d+) second"));
        const QRegularExpressionMatch match = re.match(error.m_detail);
        if (match.hasMatch())
            error.m_retryAfter = match.captured(1).toInt();
    }
    return error;
}

bool ApiError::isCaptureFailure() const
{
    for (const QString &value : {m_code, m_type, m_detail}) {
        if (value == QLatin1String("capture_http_error") || value == QLatin1String("capture_error"))
            return true;
    }
    return false;
}

bool ApiError::isTransient(Kind kind)
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::Throttled:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    if (!m_message.isEmpty())
        return m_message;

    if (isCaptureFailure()) {
        return tr("PostHog saved the change but failed to send its $groupidentify event (%1).")
            .arg(m_code.isEmpty() ? m_type : m_code);
    }
    QString base;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        base = tr("Could not reach the PostHog server.");
        break;
    case Kind::Timeout:
        base = tr("The PostHog server did not answer in time.");
        break;
    case Kind::Tls:
        base = tr("The secure connection failed: the server's certificate was not accepted.");
        break;
    case Kind::InsecureUrl:
        base = tr("Refused to send the API key over an insecure or foreign address.");
        break;
    case Kind::Unauthenticated:
        base = tr("The personal API key was rejected. Check the key in the connection settings.");
        break;
    case Kind::MissingScope:
        base = tr("The personal API key lacks a required scope.");
        break;
    case Kind::NeedsSession:
        return tr("PostHog does not allow this change with a personal API key; make it in the PostHog web app.");
    case Kind::Forbidden:
        base = tr("Access denied.");
        break;
    case Kind::NotFound:
        base = tr("Not found.");
        break;
    case Kind::Validation:
        base = tr("The server rejected the request.");
        break;
    case Kind::Throttled:
        base = m_retryAfter >= 0 ? tr("PostHog's rate limit was reached; try again in %1 seconds.").arg(m_retryAfter)
                                 : tr("PostHog's rate limit was reached; try again later.");
        break;
    case Kind::Server:
        base = tr("The PostHog server had an error (HTTP %1).").arg(m_httpStatus);
        break;
    case Kind::BadResponse:
        base = tr("The server's answer could not be read.");
        break;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    if (m_detail.isEmpty())
        return base;
    // PostHog's details often lack a full stop; the message may get advice appended.
    QString detail = m_detail.trimmed();
    if (!detail.isEmpty() && !QStringLiteral(".!?:").contains(detail.back()))
        detail += QLatin1Char('.');
    if (!m_attr.isEmpty() && m_attr != QLatin1String("detail"))
        return base + QLatin1Char(' ') + m_attr + QLatin1String(": ") + detail;
    // DRF's plain 404 says "Not found." itself: "Not found. Not found." reads like a glitch.
    if (detail.compare(base, Qt::CaseInsensitive) == 0)
        return base;
    return base + QLatin1Char(' ') + detail;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Kind::MissingScope:
        return QStringLiteral("missing_scope");
    case Kind::NeedsSession:
        return QStringLiteral("needs_session");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
