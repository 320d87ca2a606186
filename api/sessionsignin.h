#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiJob;
class PostHogSession;

/**
 * Password sign-in to a PostHog web session without a browser, following PostHog's own
 * state machine (docs/posthog-session-and-query.md 1.8):
 *   precheck -> SSO enforced? -> told to use the browser sign-in (no password is sent)
 *            -> SAML available? -> a refused password says the browser sign-in may be the way
 *   login    -> 200 | 400 invalid_credentials / not_verified | 403 too_many_failed_attempts
 *            | 401 2fa_required       -> 2fa/passkey/methods: passkey only? -> PasskeyRequired
 *                                        (a backup code may still follow), else
 *                                        codeRequired()      -> submitCode()      (login/token)
 *            | 401 email_mfa_required -> emailLinkRequired() -> submitEmailLink() (login/email-mfa/)
 *   then GET /api/users/@me/ -> succeeded().
 * Every refusal ends in failed() with its own Failure and one clear sentence.
 *
 * The password lives only for the login request: start() takes it by reference and wipes it,
 * and the request body holding it is zeroed once the request is done. Nothing is logged.
 * One sign-in at a time per object; never shows UI.
 */
class SessionSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSignIn)

public:
    enum class Failure
    {
        None,
        SsoEnforced,        ///< the account must use SSO: browser sign-in
        SsoSuggested,       ///< wrong password where the domain offers SAML: maybe browser sign-in
        PasskeyRequired,    ///< second factor is a passkey only: browser sign-in (or a backup code)
        InvalidCredentials, ///< wrong email or password (PostHog does not say which)
        NotVerified,        ///< email address not verified yet
        CodeInvalid,        ///< wrong TOTP or backup code
        CodeExpired,        ///< the pending sign-in timed out: password again
        TooManyAttempts,    ///< too many wrong codes in a row (django-otp throttle)
        LockedOut,          ///< too many failed logins: 10-minute lockout (django-axes)
        LinkInvalid,        ///< the emailed link is invalid, used or expired
        MissingInput,       ///< email, password or code left empty
        Other,              ///< network, server, unexpected answer
    };
    Q_ENUM(Failure)

    explicit SessionSignIn(PostHogSession *session, QObject *parent = nullptr);
    ~SessionSignIn() override;

    /// Precheck, then login. `password` is wiped (zeroed and cleared) before this returns.
    void start(const QString &email, QByteArray &password);
    /// The TOTP or backup code after codeRequired().
    void submitCode(const QString &code);
    /// The emailed link (or its bare token) after emailLinkRequired().
    void submitEmailLink(const QString &link);
    /// Stops waiting for answers (callbacks dropped); the session keeps what it had.
    void cancel();

    QString email() const { return m_email; }

    /// Reads `email` and `token` from a pasted `…/login/verify?email=…&token=…` link; a bare
    /// token is accepted too (then `email` stays as it was). False when nothing usable.
    static bool parseEmailLink(const QString &link, QString *email, QString *token);
    /// One sentence per failure (server detail where it adds something).
    static QString messageFor(Failure failure, const QString &serverDetail = QString());

Q_SIGNALS:
    void codeRequired();
    void emailLinkRequired(const QString &email);
    void succeeded(const QString &email);
    void failed(SessionSignIn::Failure failure, const QString &message);
    void busyChanged(bool busy);

private:
    void login(QByteArray body);
    void onLoginFinished(ApiJob *job);
    /// After 2fa_required: which second factors the account has (passkeys need the browser).
    void probeTwoFactorMethods();
    void onSecondStepFinished(ApiJob *job, bool emailLink);
    void finishSignedIn();
    void fail(Failure failure, const QString &detail = QString());
    void setBusy(bool busy);
    /// Sends one sign-in POST; `secret` bodies are zeroed once the request is over.
    ApiJob *post(const QString &path, const QByteArray &body, bool secret);

    QPointer<PostHogSession> m_session;
    QPointer<ApiJob> m_job;
    QString m_email;
    bool m_samlAvailable = false; ///< precheck: the email's domain offers SAML sign-in
    bool m_busy = false;
};
