#include "posthogsession.h"

#include "apilogging.h"
#include "sessioncookiejar.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace {
bool isCsrf(const QNetworkCookie &cookie)
{
    return cookie.name() == PostHogSession::CsrfCookieName;
}

bool isRemember(const QNetworkCookie &cookie)
{
    return cookie.name().startsWith(PostHogSession::RememberCookiePrefix);
}
} // namespace

PostHogSession::PostHogSession(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_nam(new QNetworkAccessManager(this))
    , m_jar(new SessionCookieJar(m_nam))
    , m_userAgent(QByteArrayLiteral("GroupDesk/" GROUPDESK_VERSION))
{
    m_nam->setCookieJar(m_jar);
    m_jar->setParent(m_nam);
}

PostHogSession::~PostHogSession() = default;

QUrl PostHogSession::siteUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setQuery(QString());
    url.setFragment(QString());
    QString prefix = m_baseUrl.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QByteArray PostHogSession::origin() const
{
    QUrl origin =
        m_baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    return origin.toEncoded();
}

QList<QNetworkCookie> PostHogSession::cookies() const
{
    return m_jar->cookies();
}

bool PostHogSession::hasSessionCookie() const
{
    const auto all = m_jar->cookies();
    return std::any_of(all.cbegin(), all.cend(), [](const QNetworkCookie &c) { return !isCsrf(c) && !isRemember(c); });
}

QByteArray PostHogSession::csrfToken() const
{
    const auto all = m_jar->cookies();
    for (const QNetworkCookie &cookie : all) {
        if (isCsrf(cookie))
            return cookie.value();
    }
    return {};
}

QByteArray PostHogSession::saveCookies() const
{
    QByteArray saved;
    const auto all = m_jar->cookies();
    for (const QNetworkCookie &cookie : all) {
        if (cookie.isSessionCookie() && isRemember(cookie))
            continue; // a browser-lifetime remember cookie is meant to die with the session
        saved += cookie.toRawForm(QNetworkCookie::Full) + '\n';
    }
    return saved;
}

void PostHogSession::restoreCookies(const QByteArray &saved, const QString &userEmail)
{
    QList<QNetworkCookie> restored;
    const QList<QByteArray> lines = saved.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            restored += QNetworkCookie::parseCookies(line);
    }
    m_jar->setCookies(restored);
    m_userEmail = userEmail;
    setState(hasSessionCookie() ? State::SignedIn : State::SignedOut);
}

void PostHogSession::adoptCookies(const QList<QNetworkCookie> &cookies)
{
    for (QNetworkCookie cookie : cookies) {
        // QtWebEngine reports host-only cookies with the host as domain; keep them host-only.
        if (cookie.domain() == m_baseUrl.host())
            cookie.setDomain(QString());
        m_jar->setCookiesFromUrl({cookie}, siteUrl(QStringLiteral("/")));
    }
}

void PostHogSession::dropSessionCookie()
{
    QList<QNetworkCookie> kept;
    const auto all = m_jar->cookies();
    for (const QNetworkCookie &cookie : all) {
        if (isCsrf(cookie) || isRemember(cookie))
            kept.append(cookie);
    }
    m_jar->setCookies(kept);
}

void PostHogSession::prepareRequest(QNetworkRequest &request, ApiJob::Method method) const
{
    // The session must not travel with a key: PostHog would authenticate the key first.
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArray());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (method != ApiJob::Method::Get) {
        // Django's CSRF check: the token header plus a trusted Origin (HTTPS needs one).
        request.setRawHeader(QByteArrayLiteral("X-CSRFToken"), csrfToken());
        request.setRawHeader(QByteArrayLiteral("Origin"), origin());
    }
}

ApiJob *PostHogSession::startJob(ApiJob::Method method, const QString &sitePath, const QByteArray &jsonBody,
                                 bool sessionAuth)
{
    QNetworkRequest request(siteUrl(sitePath));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    prepareRequest(request, method);
    auto *job = new ApiJob(method, request, jsonBody, this);
    job->setMaxRetries(method == ApiJob::Method::Get ? 2 : 0);
    job->setTrustedOrigin(m_baseUrl);
    job->setSessionAuth(sessionAuth);
    job->setNetworkAccessManager(m_nam);
    // Started on the next turn so callers connect to finished() first.
    QPointer<ApiJob> guard(job);
    QTimer::singleShot(0, job, [this, guard] {
        if (guard)
            guard->startAttempt(m_nam);
    });
    connect(job, &ApiJob::retryRequested, job, [this](ApiJob *retrying, std::chrono::milliseconds delay) {
        QPointer<ApiJob> again(retrying);
        QTimer::singleShot(delay, retrying, [this, again] {
            if (again && !again->isFinished())
                again->startAttempt(m_nam);
        });
    });
    return job;
}

void PostHogSession::fetchUser(QObject *context, std::function<void(const ApiError &)> done)
{
    ApiJob *job = startJob(ApiJob::Method::Get, QStringLiteral("/api/users/@me/"), {}, true);
    connect(job, &ApiJob::finished, context ? context : this, [this, done = std::move(done)](ApiJob *finished) {
        if (finished->error().isOk()) {
            const QJsonObject user = finished->json().object();
            m_userEmail = user.value(QLatin1String("email")).toString();
            m_userName = user.value(QLatin1String("first_name")).toString();
        } else if (finished->error().kind() == ApiError::Kind::Unauthenticated && m_state == State::SignedIn) {
            markExpired();
        }
        if (done)
            done(finished->error());
    });
}

void PostHogSession::signOut(QObject *context, std::function<void(const ApiError &)> done)
{
    if (!hasSessionCookie()) {
        clear();
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            if (done)
                done(ApiError());
        });
        return;
    }
    ApiJob *job = startJob(ApiJob::Method::Post, QStringLiteral("/logout"), {}, true);
    connect(job, &ApiJob::finished, context ? context : this, [this, done = std::move(done)](ApiJob *finished) {
        // Django answers a logout with a 302 to /login; a session already gone is signed out too.
        const int status = finished->httpStatus();
        const bool ok = finished->error().isOk() || status == 302 || status == 401;
        clear();
        if (done)
            done(ok ? ApiError() : finished->error());
    });
}

void PostHogSession::markSignedIn(const QString &email, const QString &name)
{
    if (!email.isEmpty())
        m_userEmail = email;
    if (!name.isEmpty())
        m_userName = name;
    setState(State::SignedIn);
    Q_EMIT cookiesChanged();
}

void PostHogSession::markExpired()
{
    if (m_state == State::Expired)
        return;
    qCInfo(lcApi) << "PostHog session expired";
    dropSessionCookie();
    setState(State::Expired);
    Q_EMIT cookiesChanged();
    Q_EMIT expired();
}

void PostHogSession::clear()
{
    m_jar->setCookies({});
    m_userEmail.clear();
    m_userName.clear();
    setState(State::SignedOut);
    Q_EMIT cookiesChanged();
}

void PostHogSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
