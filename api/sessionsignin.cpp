#include "sessionsignin.h"

#include "apijob.h"
#include "apilogging.h"
#include "posthogsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace {
/// A JSON string literal of UTF-8 bytes, built in place so the password never becomes a
/// QString or a QJsonValue (copies nobody could wipe).
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void wipe(QByteArray &bytes)
{
    // Zero the shared buffer itself (every implicit copy sees it), then let go of it.
    if (!bytes.isEmpty())
        std::memset(const_cast<char *>(bytes.constData()), 0, static_cast<size_t>(bytes.size()));
    bytes.clear();
}
} // namespace

SessionSignIn::SessionSignIn(PostHogSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

SessionSignIn::~SessionSignIn()
{
    cancel();
}

void SessionSignIn::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SessionSignIn::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job.clear();
    setBusy(false);
}

ApiJob *SessionSignIn::post(const QString &path, const QByteArray &body, bool secret)
{
    ApiJob *job = m_session->startJob(ApiJob::Method::Post, path, body, false);
    m_job = job;
    if (secret) {
        // The job and its upload device share this buffer; zero it once the request is over.
        QByteArray shared = body;
        connect(job, &ApiJob::finished, job, [shared]() mutable { wipe(shared); });
    }
    return job;
}

void SessionSignIn::start(const QString &email, QByteArray &password)
{
    cancel();
    m_email = email.trimmed();
    if (!m_session || m_email.isEmpty() || password.isEmpty()) {
        wipe(password);
        QTimer::singleShot(0, this, [this] { fail(Failure::MissingInput); });
        return;
    }
    QByteArray body("{\"email\":");
    appendJsonString(body, m_email.toUtf8());
    body += ",\"password\":";
    appendJsonString(body, password);
    body += '}';
    wipe(password);
    setBusy(true);

    // Precheck first: an SSO-enforced account never sends its password.
    QByteArray precheckBody("{\"email\":");
    appendJsonString(precheckBody, m_email.toUtf8());
    precheckBody += '}';
    ApiJob *job = post(QStringLiteral("/api/login/precheck"), precheckBody, false);
    connect(job, &ApiJob::finished, this, [this, body](ApiJob *finished) mutable {
        const QJsonObject answer = finished->json().object();
        const QJsonValue sso = answer.value(QLatin1String("sso_enforcement"));
        if (finished->error().isOk() && sso.isString() && !sso.toString().isEmpty()) {
            wipe(body);
            fail(Failure::SsoEnforced, sso.toString());
            return;
        }
        // Not enforced, but offered: an account made through SAML may have no password at all.
        m_samlAvailable = finished->error().isOk() && answer.value(QLatin1String("saml_available")).toBool();
        // Servers without the precheck route (or a failed probe) still get the login itself.
        login(body);
    });
}

void SessionSignIn::login(QByteArray body)
{
    m_session->dropSessionCookie(); // a live session would make the login need CSRF
    // No wipe here: the buffer is shared with the job, which zeroes it once it is sent.
    ApiJob *job = post(QStringLiteral("/api/login"), body, true);
    connect(job, &ApiJob::finished, this, &SessionSignIn::onLoginFinished);
}

void SessionSignIn::onLoginFinished(ApiJob *job)
{
    m_job.clear();
    const ApiError &error = job->error();
    if (error.isOk()) {
        finishSignedIn();
        return;
    }
    const QString code = error.code();
    if (code == QLatin1String("2fa_required")) {
        probeTwoFactorMethods();
    } else if (code == QLatin1String("email_mfa_required")) {
        setBusy(false);
        Q_EMIT emailLinkRequired(m_email);
    } else if (code == QLatin1String("invalid_credentials")) {
        fail(m_samlAvailable ? Failure::SsoSuggested : Failure::InvalidCredentials);
    } else if (code == QLatin1String("not_verified")) {
        fail(Failure::NotVerified);
    } else if (code == QLatin1String("sso_enforced")) {
        fail(Failure::SsoEnforced);
    } else if (code == QLatin1String("too_many_failed_attempts")) {
        fail(Failure::LockedOut, error.detail());
    } else if (code == QLatin1String("required")) {
        fail(Failure::MissingInput);
    } else {
        fail(Failure::Other, error.userMessage());
    }
}

void SessionSignIn::probeTwoFactorMethods()
{
    // PostHog's own login page asks this before showing a form: a passkey cannot be used
    // without a browser (WebAuthn), a TOTP or backup code can. The probe runs on the pending
    // sign-in's cookie; a server without it (older PostHog) simply gets the code step.
    ApiJob *job = m_session->startJob(ApiJob::Method::Get, QStringLiteral("/api/login/2fa/passkey/methods/"),
                                      QByteArray(), false);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_job.clear();
        const QJsonObject methods = finished->json().object();
        const bool passkeyOnly = finished->error().isOk() && methods.value(QLatin1String("has_passkeys")).toBool()
                                 && !methods.value(QLatin1String("has_totp")).toBool();
        if (passkeyOnly) {
            fail(Failure::PasskeyRequired);
            return;
        }
        setBusy(false);
        Q_EMIT codeRequired();
    });
}

void SessionSignIn::submitCode(const QString &code)
{
    cancel();
    const QString trimmed = code.trimmed().remove(QLatin1Char(' '));
    if (!m_session || trimmed.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(Failure::MissingInput); });
        return;
    }
    setBusy(true);
    QByteArray body("{\"token\":");
    appendJsonString(body, trimmed.toUtf8());
    body += '}';
    ApiJob *job = post(QStringLiteral("/api/login/token"), body, true);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) { onSecondStepFinished(finished, false); });
}

void SessionSignIn::submitEmailLink(const QString &link)
{
    cancel();
    QString email = m_email;
    QString token;
    if (!m_session || !parseEmailLink(link, &email, &token)) {
        QTimer::singleShot(0, this, [this] { fail(Failure::LinkInvalid); });
        return;
    }
    setBusy(true);
    QByteArray body("{\"email\":");
    appendJsonString(body, email.toUtf8());
    body += ",\"token\":";
    appendJsonString(body, token.toUtf8());
    body += '}';
    ApiJob *job = post(QStringLiteral("/api/login/email-mfa/"), body, true);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) { onSecondStepFinished(finished, true); });
}

void SessionSignIn::onSecondStepFinished(ApiJob *job, bool emailLink)
{
    m_job.clear();
    const ApiError &error = job->error();
    if (error.isOk()) {
        finishSignedIn();
        return;
    }
    const QString code = error.code();
    if (emailLink && error.kind() == ApiError::Kind::Validation)
        fail(Failure::LinkInvalid);
    else if (code == QLatin1String("2fa_invalid"))
        fail(Failure::CodeInvalid);
    else if (code == QLatin1String("2fa_expired"))
        fail(Failure::CodeExpired);
    else if (code == QLatin1String("2fa_too_many_attempts") || error.kind() == ApiError::Kind::Throttled)
        fail(Failure::TooManyAttempts);
    else
        fail(Failure::Other, error.userMessage());
}

void SessionSignIn::finishSignedIn()
{
    // The user (and a check that the cookies really authenticate) before declaring success.
    m_session->fetchUser(this, [this](const ApiError &error) {
        setBusy(false);
        if (!error.isOk()) {
            fail(Failure::Other, error.userMessage());
            return;
        }
        m_session->markSignedIn(m_session->userEmail().isEmpty() ? m_email : m_session->userEmail());
        qCInfo(lcApi) << "signed in to a PostHog web session";
        Q_EMIT succeeded(m_session->userEmail());
    });
}

void SessionSignIn::fail(Failure failure, const QString &detail)
{
    setBusy(false);
    Q_EMIT failed(failure, messageFor(failure, detail));
}

bool SessionSignIn::parseEmailLink(const QString &link, QString *email, QString *token)
{
    const QString text = link.trimmed();
    if (text.isEmpty())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && url.hasQuery()) {
        const QUrlQuery query(url);
        const QString linkToken = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        if (linkToken.isEmpty())
            return false;
        const QString linkEmail = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
        if (!linkEmail.isEmpty())
            *email = linkEmail;
        *token = linkToken;
        return !email->isEmpty();
    }
    if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char(' ')))
        return false;
    *token = text;
    return !email->isEmpty();
}

QString SessionSignIn::messageFor(Failure failure, const QString &serverDetail)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::SsoEnforced:
        return serverDetail.isEmpty()
                   ? tr("This account must sign in through single sign-on. Use \"Sign in with browser\" instead.")
                   : tr("This account must sign in through single sign-on (%1). Use \"Sign in with browser\" "
                        "instead.")
                         .arg(serverDetail);
    case Failure::SsoSuggested:
        return tr("Wrong email or password. Your organization also signs in with SAML single sign-on: if that is "
                  "how you log in to PostHog, use \"Sign in with browser\".");
    case Failure::PasskeyRequired:
        return tr("This account confirms sign-in with a passkey, which only a browser can use. Use \"Sign in "
                  "with browser\", or enter one of your backup codes.");
    case Failure::InvalidCredentials:
        return tr("Wrong email or password.");
    case Failure::NotVerified:
        return tr("This account's email address is not verified yet. Open the verification link PostHog emailed "
                  "you, then sign in again.");
    case Failure::CodeInvalid:
        return tr("That code is not right. Enter the current code from your authenticator app, or a backup code.");
    case Failure::CodeExpired:
        return tr("The sign-in attempt expired before the code arrived. Enter your password again.");
    case Failure::TooManyAttempts:
        return tr("Too many wrong codes. Wait a minute, then try again.");
    case Failure::LockedOut:
        return serverDetail.isEmpty() ? tr("Too many failed sign-in attempts. Please try again in 10 minutes.")
                                      : serverDetail;
    case Failure::LinkInvalid:
        return tr("This sign-in link is invalid, already used or expired. Sign in again to get a new one.");
    case Failure::MissingInput:
        return tr("Enter the email address, the password and (when asked) the code.");
    case Failure::Other:
        return serverDetail.isEmpty() ? tr("Signing in failed.") : serverDetail;
    }
    return {};
}
