#pragma once

#include "apierror.h"
#include "apijob.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class SessionCookieJar;

/**
 * A browser-style PostHog web session (docs/posthog-session-and-query.md section 1): the cookie
 * jar (the session cookie whatever the server names it, `posthog_csrftoken`, the 30-day
 * `remember-cookie_*`) and the network manager that carries it.
 *
 * PostHogClient routes requests through it (SessionRoute decides which); SessionSignIn and
 * the browser sign-in fill it. Unsafe requests get `X-CSRFToken` and `Origin`; API calls
 * never follow redirects. A 302 to /login, a 401 or a 403 not_authenticated on a session
 * request ends the session (state Expired, expired() emitted) so the caller can sign in again.
 *
 * Cookie values are secrets: they go to the OS keychain only (saveCookies()/restoreCookies()
 * give the keychain form) and are never logged. Nothing here shows UI.
 */
class PostHogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostHogSession)

public:
    enum class State
    {
        SignedOut,
        SignedIn,
        Expired,
    };
    Q_ENUM(State)

    static constexpr auto CsrfCookieName = "posthog_csrftoken";
    static constexpr auto RememberCookiePrefix = "remember-cookie_";

    /// `baseUrl` is the profile's server (origin plus optional path prefix).
    explicit PostHogSession(QUrl baseUrl, QObject *parent = nullptr);
    ~PostHogSession() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /// Absolute URL of a site path such as "/api/login" under the base URL's prefix.
    QUrl siteUrl(const QString &path) const;
    /// "scheme://host[:port]", the value of the Origin header.
    QByteArray origin() const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    /// The signed-in user (from /api/users/@me/); empty when unknown.
    QString userEmail() const { return m_userEmail; }
    QString userName() const { return m_userName; }

    QList<QNetworkCookie> cookies() const;
    /// True when the jar holds a cookie that can be the session one (any name but the CSRF
    /// and remember cookies: Cloud may rename `sessionid`).
    bool hasSessionCookie() const;
    QByteArray csrfToken() const;

    /// Keychain form: one `Set-Cookie` line per cookie, with domain, path and expiry.
    QByteArray saveCookies() const;
    /// Restores a saved jar; the state becomes SignedIn when a session cookie is among them
    /// (the server has the last word: the first request may still meet expiry).
    void restoreCookies(const QByteArray &saved, const QString &userEmail = QString());
    /// Takes over cookies a browser ended with (QtWebEngine's cookie store).
    void adoptCookies(const QList<QNetworkCookie> &cookies);
    /// Drops the session cookie before a new sign-in; keeps the remember cookie (skips 2FA).
    void dropSessionCookie();

    /// Adds the session's headers to a request: no Authorization, X-CSRFToken and Origin on
    /// unsafe methods, no redirect following.
    void prepareRequest(QNetworkRequest &request, ApiJob::Method method) const;
    /// Builds and starts one session request outside any client queue (sign-in, @me, logout).
    ApiJob *startJob(ApiJob::Method method, const QString &sitePath, const QByteArray &jsonBody, bool sessionAuth);

    /// GET /api/users/@me/: 200 fills userEmail()/userName(); a lost session ends it.
    void fetchUser(QObject *context, std::function<void(const ApiError &)> done);
    /// POST /logout with CSRF, then forgets every cookie whatever the server said.
    void signOut(QObject *context, std::function<void(const ApiError &)> done);

    /// Called by SessionSignIn and the browser sign-in once @me answered 200.
    void markSignedIn(const QString &email, const QString &name = QString());
    /// A session request met expiry: the session cookie is dropped, the state is Expired.
    void markExpired();
    /// Forgets every cookie (state SignedOut).
    void clear();

Q_SIGNALS:
    void stateChanged(PostHogSession::State state);
    /// The cookies worth saving changed (sign-in, sign-out, expiry): save or delete them.
    void cookiesChanged();
    /// A session request found the session gone; sign in again.
    void expired();

private:
    void setState(State state);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_nam = nullptr;
    SessionCookieJar *m_jar = nullptr;
    State m_state = State::SignedOut;
    QString m_userEmail;
    QString m_userName;
    QByteArray m_userAgent;
};
