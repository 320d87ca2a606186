#pragma once

#include "sandboxoptions.h"
#include "sandboxreply.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QString>

#include <optional>

class QHttpServerRequest;

/**
 * PostHog's browser-style session sign-in, as docs/posthog-session-and-query.md sections 1 and 2
 * describe it: `/api/login/precheck`, `/api/login` (SSO enforcement, wrong password, unverified
 * email, 2FA, email MFA), `/api/login/token`, `/api/login/email-mfa/`, the 30-day remember
 * cookie, django-axes lockout, `/api/users/@me/`, `/logout`, CSRF + Origin checks on unsafe
 * session requests, absolute session age (302 to /login) and an HTML `/login` page for the
 * embedded browser.
 *
 * Fixed accounts, all with password demoPassword() (domain sandbox.groupdesk.test):
 *   demo@     TOTP 2FA, code demoTotpCode(), backup code demoBackupCode() (single use)
 *   plain@    no second factor
 *   emailmfa@ email MFA: the link goes to lastEmailMfaLink() (nothing is mailed)
 *   unverified@  is_email_verified = false
 *   sso@      SSO enforced (google-oauth2)
 *   saml@     SAML available for the domain, not enforced (precheck saml_available); the
 *             account was made through SAML, so it has no usable password
 *   passkey@  a passkey as its only second factor (no TOTP; the backup code still works)
 * Cookies carry no Secure flag because the sandbox speaks plain http on loopback.
 */
class SandboxSessionAuth
{
    Q_DISABLE_COPY_MOVE(SandboxSessionAuth)

public:
    explicit SandboxSessionAuth(SandboxOptions options);

    static QString demoEmail();
    static QString demoPassword();
    static QString demoTotpCode();
    static QString demoBackupCode();
    static QString accountEmail(const QString &localPart);

    /// Answers the sign-in routes and HTML pages; nullopt for everything else.
    std::optional<SandboxReply> handle(const QHttpServerRequest &request);

    /// Session authentication of an API request without a key (PostHog's SessionAuthentication).
    struct ApiAccess
    {
        enum class Result
        {
            NoSession, ///< no (valid) session cookie: the caller answers 401 not_authenticated
            Allowed,
            Refused, ///< `reply` says why (expired session: 302 to /login; CSRF failure: 403)
        } result = Result::NoSession;
        SandboxReply reply;
    };
    ApiAccess authenticateApi(const QHttpServerRequest &request);

    void setTwoFactorTimeoutSeconds(int seconds) { m_options.twoFactorTimeoutSeconds = seconds; }
    /// Every signed-in session passes its age now (the next request meets the 302 to /login).
    void expireAllSessions();
    /// `{origin}/login/verify?email=…&token=…` of the last email-MFA mail "sent".
    QString lastEmailMfaLink() const { return m_lastEmailMfaLink; }
    /// Sessions signed in (for tests: logout really ends the session server-side).
    int activeSessionCount() const;

private:
    struct Session
    {
        QString email;
        enum class Stage
        {
            PendingTotp,
            PendingEmail,
            Active,
        } stage = Stage::Active;
        qint64 createdMs = 0;
        qint64 pendingSinceMs = 0;
        int otpFailures = 0;
        qint64 lastOtpFailureMs = 0;
    };
    struct LoginOutcome
    {
        SandboxReply reply;
        bool success = false;
        bool needsTotp = false;
    };

    LoginOutcome login(const QHttpServerRequest &request, const QString &email, const QString &password);
    LoginOutcome verifyTotp(const QHttpServerRequest &request, const QString &token);
    SandboxReply verifyEmailMfa(const QHttpServerRequest &request, const QString &email, const QString &token);
    SandboxReply precheck(const QString &email) const;
    /// GET /api/login/2fa/passkey/methods/: {has_totp, has_passkeys} of the pending sign-in.
    SandboxReply twoFactorMethods(const QHttpServerRequest &request) const;
    SandboxReply me(const QHttpServerRequest &request);
    SandboxReply logout(const QHttpServerRequest &request);
    SandboxReply loginPage(const QHttpServerRequest &request, const QString &message, bool codeStep);
    SandboxReply formLogin(const QHttpServerRequest &request);
    SandboxReply formToken(const QHttpServerRequest &request);
    SandboxReply homePage(const QHttpServerRequest &request);

    /// The session the request's cookie names, or nullptr; an expired one is removed and
    /// reported through `expired`.
    Session *sessionOf(const QHttpServerRequest &request, bool *expired = nullptr);
    QString sessionIdOf(const QHttpServerRequest &request) const;
    /// Starts a fresh session (Django's login() cycles the key) and sets its cookies on `reply`.
    void startSession(SandboxReply &reply, const QString &email, Session::Stage stage, const QString &oldId);
    void promote(SandboxReply &reply, const QString &id, bool remember);
    /// Django's CSRF check: token (header or form field) equal to the cookie, and a trusted Origin.
    QString csrfProblem(const QHttpServerRequest &request, const QString &formToken) const;
    bool lockedOut(const QString &email) const;
    void recordFailure(const QString &email);

    SandboxOptions m_options;
    QElapsedTimer m_clock;
    QHash<QString, Session> m_sessions;                       ///< by session cookie value
    QHash<QString, QString> m_rememberCookies;                ///< cookie value -> email
    QHash<QString, QList<qint64>> m_failures;                 ///< email -> failure times (ms)
    QHash<QString, std::pair<QString, qint64>> m_emailTokens; ///< email -> (token, issued ms)
    QStringList m_usedBackupCodes;
    QString m_lastEmailMfaLink;
};
