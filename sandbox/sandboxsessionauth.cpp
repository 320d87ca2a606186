#include "sandboxsessionauth.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString CsrfCookie = u"posthog_csrftoken"_s;
const QString RememberPrefix = u"remember-cookie_"_s;
constexpr qint64 RememberAgeSeconds = 30LL * 24 * 3600; // TWO_FACTOR_REMEMBER_COOKIE_AGE
constexpr qint64 EmailTokenMs = 10LL * 60 * 1000;       // email-MFA links live 10 minutes
constexpr qint64 LockoutMs = 10LL * 60 * 1000;          // AXES_COOLOFF_TIME

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QHash<QString, QString> cookiesOf(const QHttpServerRequest &request)
{
    QHash<QString, QString> cookies;
    const QList<QByteArray> parts = header(request, "Cookie"_ba).split(';');
    for (const QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            cookies.insert(QString::fromUtf8(part.left(eq).trimmed()), QString::fromUtf8(part.mid(eq + 1).trimmed()));
    }
    return cookies;
}

QString randomToken()
{
    QString token;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 4; ++i)
        token += QString::number(random->generate64() | (1ULL << 63), 36);
    return token;
}

void setCookie(SandboxReply &reply, const QString &name, const QString &value, qint64 maxAge, bool httpOnly)
{
    QByteArray cookie = name.toUtf8() + '=' + value.toUtf8() + "; Path=/; Max-Age="_ba + QByteArray::number(maxAge)
                        + "; SameSite=Lax"_ba;
    if (httpOnly)
        cookie += "; HttpOnly"_ba;
    reply.headers.append({"Set-Cookie"_ba, cookie});
}

bool isPath(const QString &path, const QString &route)
{
    return path == route || path == route + u'/';
}

QUrlQuery formOf(const QHttpServerRequest &request)
{
    QString body = QString::fromUtf8(request.body());
    body.replace(u'+', u"%20"_s);
    return QUrlQuery(body);
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

SandboxReply redirect(const QString &location)
{
    SandboxReply reply{302, QByteArray(), QByteArray(), {}};
    reply.headers.append({"Location"_ba, location.toUtf8()});
    return reply;
}

SandboxReply html(int status, const QString &title, const QString &body)
{
    const QString page = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2"
                         "</body></html>"_s.arg(title.toHtmlEscaped(), body);
    return SandboxReply{status, "text/html; charset=utf-8"_ba, page.toUtf8(), {}};
}

SandboxReply notAuthenticated()
{
    return SandboxReply::error(401, u"authentication_error"_s, u"not_authenticated"_s,
                               u"Authentication credentials were not provided."_s);
}

QString requestOrigin(const QHttpServerRequest &request)
{
    QString host = QString::fromUtf8(header(request, "Host"_ba));
    if (host.isEmpty())
        host = request.url().authority();
    return u"http://"_s + host;
}
} // namespace

SandboxSessionAuth::SandboxSessionAuth(SandboxOptions options)
    : m_options(std::move(options))
{
    m_clock.start();
}

QString SandboxSessionAuth::accountEmail(const QString &localPart)
{
    return localPart + u"@sandbox.groupdesk.test"_s;
}

QString SandboxSessionAuth::demoEmail()
{
    return accountEmail(u"demo"_s);
}

QString SandboxSessionAuth::demoPassword()
{
    return u"sandbox-pass-2026"_s;
}

QString SandboxSessionAuth::demoTotpCode()
{
    return u"123456"_s;
}

QString SandboxSessionAuth::demoBackupCode()
{
    return u"backup-7788"_s;
}

int SandboxSessionAuth::activeSessionCount() const
{
    int count = 0;
    for (const Session &session : m_sessions)
        count += session.stage == Session::Stage::Active ? 1 : 0;
    return count;
}

void SandboxSessionAuth::expireAllSessions()
{
    const qint64 past = m_clock.elapsed() - qint64(m_options.sessionAgeSeconds) * 1000 - 1;
    for (Session &session : m_sessions)
        session.createdMs = past;
}

std::optional<SandboxReply> SandboxSessionAuth::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const auto methodName = [&]() { return post ? "POST"_ba : get ? "GET"_ba : "OTHER"_ba; };
    const auto jsonBody = [&]() { return QJsonDocument::fromJson(request.body()).object(); };

    if (isPath(path, u"/api/login/precheck"_s))
        return post ? precheck(jsonBody().value(u"email"_s).toString()) : SandboxReply::methodNotAllowed(methodName());
    if (isPath(path, u"/api/login"_s)) {
        if (!post)
            return SandboxReply::methodNotAllowed(methodName());
        const QJsonObject body = jsonBody();
        return login(request, body.value(u"email"_s).toString(), body.value(u"password"_s).toString()).reply;
    }
    // The second-factor methods of the pending sign-in (login2FALogic asks before showing a form).
    if (isPath(path, u"/api/login/2fa/passkey/methods"_s))
        return get ? twoFactorMethods(request) : SandboxReply::methodNotAllowed(methodName());
    if (isPath(path, u"/api/login/token"_s))
        return post ? verifyTotp(request, jsonBody().value(u"token"_s).toString()).reply
                    : SandboxReply::methodNotAllowed(methodName());
    if (isPath(path, u"/api/login/email-mfa"_s)) {
        if (!post)
            return SandboxReply::methodNotAllowed(methodName());
        const QJsonObject body = jsonBody();
        return verifyEmailMfa(request, body.value(u"email"_s).toString(), body.value(u"token"_s).toString());
    }
    if (isPath(path, u"/api/users/@me"_s))
        return get ? me(request) : SandboxReply::methodNotAllowed(methodName());
    if (isPath(path, u"/logout"_s))
        return post ? logout(request) : SandboxReply::methodNotAllowed(methodName());
    if (isPath(path, u"/login"_s))
        return post ? formLogin(request) : loginPage(request, QString(), false);
    if (isPath(path, u"/login/token"_s) && post)
        return formToken(request);
    if (path == u"/"_s && get)
        return homePage(request);
    return std::nullopt;
}

SandboxReply SandboxSessionAuth::precheck(const QString &email) const
{
    const bool sso = email.compare(accountEmail(u"sso"_s), Qt::CaseInsensitive) == 0;
    const bool saml = email.compare(accountEmail(u"saml"_s), Qt::CaseInsensitive) == 0;
    return SandboxReply::json(200,
                              QJsonObject{{u"sso_enforcement"_s, sso ? QJsonValue(u"google-oauth2"_s) : QJsonValue()},
                                          {u"saml_available"_s, saml}});
}

SandboxReply SandboxSessionAuth::twoFactorMethods(const QHttpServerRequest &request) const
{
    const auto it = m_sessions.constFind(sessionIdOf(request));
    if (it == m_sessions.cend() || it->stage != Session::Stage::PendingTotp)
        return notAuthenticated();
    const bool passkeyOnly = it->email == accountEmail(u"passkey"_s);
    return SandboxReply::json(200, QJsonObject{{u"has_totp"_s, !passkeyOnly}, {u"has_passkeys"_s, passkeyOnly}});
}

bool SandboxSessionAuth::lockedOut(const QString &email) const
{
    const qint64 now = m_clock.elapsed();
    int recent = 0;
    for (qint64 at : m_failures.value(email.toLower()))
        recent += at > now - LockoutMs ? 1 : 0;
    return recent >= m_options.loginFailureLimit;
}

void SandboxSessionAuth::recordFailure(const QString &email)
{
    m_failures[email.toLower()].append(m_clock.elapsed());
}

SandboxSessionAuth::LoginOutcome SandboxSessionAuth::login(const QHttpServerRequest &request, const QString &email,
                                                           const QString &password)
{
    LoginOutcome outcome;
    if (email.isEmpty()) {
        outcome.reply = SandboxReply::required(u"email"_s);
        return outcome;
    }
    if (password.isEmpty()) {
        outcome.reply = SandboxReply::required(u"password"_s);
        return outcome;
    }
    // django-axes answers before anything else once the address is locked out.
    if (lockedOut(email)) {
        outcome.reply = SandboxReply::error(403, u"authentication_error"_s, u"too_many_failed_attempts"_s,
                                            u"Too many failed login attempts. Please try again in 10 minutes."_s);
        return outcome;
    }
    const QString lower = email.toLower();
    if (lower == accountEmail(u"sso"_s)) {
        outcome.reply = SandboxReply::validation(
            QString(), u"You can only login with SSO for this account (google-oauth2)."_s, u"sso_enforced"_s);
        return outcome;
    }
    // saml@ was created through SAML sign-in and has no usable password: always refused here.
    static const QStringList known{u"demo"_s, u"plain"_s, u"emailmfa"_s, u"unverified"_s, u"passkey"_s};
    const QString local = lower.section(u'@', 0, 0);
    if (!known.contains(local) || lower != accountEmail(local) || password != demoPassword()) {
        recordFailure(email);
        outcome.reply = SandboxReply::validation(QString(), u"Invalid email or password."_s, u"invalid_credentials"_s);
        return outcome;
    }
    if (local == u"unverified"_s) {
        outcome.reply = SandboxReply::validation(
            QString(), u"Your account is awaiting verification. Please check your email for a verification link."_s,
            u"not_verified"_s);
        return outcome;
    }
    // A valid remember cookie of this user skips the second factor for 30 days.
    bool remembered = false;
    const auto cookies = cookiesOf(request);
    for (auto it = cookies.cbegin(); it != cookies.cend(); ++it) {
        if (it.key().startsWith(RememberPrefix) && m_rememberCookies.value(it.key() + u'=' + it.value()) == lower)
            remembered = true;
    }
    const QString oldId = sessionIdOf(request);
    if ((local == u"demo"_s || local == u"passkey"_s) && !remembered) {
        outcome.reply = SandboxReply::error(401, u"server_error"_s, u"2fa_required"_s, u"2FA is required."_s);
        startSession(outcome.reply, lower, Session::Stage::PendingTotp, oldId);
        outcome.needsTotp = true;
        return outcome;
    }
    if (local == u"emailmfa"_s && !remembered) {
        const QString token = randomToken();
        m_emailTokens.insert(lower, {token, m_clock.elapsed()});
        QUrlQuery query;
        query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(lower)));
        query.addQueryItem(u"token"_s, token);
        m_lastEmailMfaLink = requestOrigin(request) + u"/login/verify?"_s + query.query(QUrl::FullyEncoded);
        outcome.reply = SandboxReply::error(401, u"server_error"_s, u"email_mfa_required"_s, lower);
        startSession(outcome.reply, lower, Session::Stage::PendingEmail, oldId);
        return outcome;
    }
    outcome.reply = SandboxReply::json(200, QJsonObject{{u"success"_s, true}});
    startSession(outcome.reply, lower, Session::Stage::Active, oldId);
    outcome.success = true;
    return outcome;
}

SandboxSessionAuth::LoginOutcome SandboxSessionAuth::verifyTotp(const QHttpServerRequest &request, const QString &token)
{
    LoginOutcome outcome;
    const QString id = sessionIdOf(request);
    const auto it = m_sessions.find(id);
    const qint64 now = m_clock.elapsed();
    const auto invalid = [](const QString &code, const QString &detail) {
        return SandboxReply::validation(QString(), detail, code);
    };
    if (it == m_sessions.end() || it->stage != Session::Stage::PendingTotp
        || now - it->pendingSinceMs > qint64(m_options.twoFactorTimeoutSeconds) * 1000) {
        if (it != m_sessions.end() && it->stage == Session::Stage::PendingTotp)
            m_sessions.erase(it);
        outcome.reply = invalid(u"2fa_expired"_s, u"Login attempt has expired. Re-enter username/password."_s);
        return outcome;
    }
    // django-otp's throttle: after n failures, wait 2^(n-1) seconds before the next try.
    if (it->otpFailures > 0 && now - it->lastOtpFailureMs < (1000LL << std::min(it->otpFailures - 1, 20))) {
        outcome.reply = invalid(u"2fa_too_many_attempts"_s, u"Too many attempts."_s);
        return outcome;
    }
    const bool backup = token == demoBackupCode() && !m_usedBackupCodes.contains(token);
    if (token != demoTotpCode() && !backup) {
        ++it->otpFailures;
        it->lastOtpFailureMs = now;
        outcome.reply = invalid(u"2fa_invalid"_s, u"Invalid authentication code"_s);
        return outcome;
    }
    if (backup)
        m_usedBackupCodes.append(token); // backup codes are single-use
    outcome.reply = SandboxReply::json(200, QJsonObject{{u"success"_s, true}});
    promote(outcome.reply, id, true);
    outcome.success = true;
    return outcome;
}

SandboxReply SandboxSessionAuth::verifyEmailMfa(const QHttpServerRequest &request, const QString &email,
                                                const QString &token)
{
    const QString lower = email.toLower();
    const auto stored = m_emailTokens.constFind(lower);
    if (stored == m_emailTokens.cend() || token.isEmpty() || stored->first != token
        || m_clock.elapsed() - stored->second > EmailTokenMs) {
        return SandboxReply::validation(u"token"_s, u"This verification link is invalid or has expired."_s,
                                        u"invalid_input"_s);
    }
    m_emailTokens.erase(stored); // single use
    SandboxReply reply = SandboxReply::json(200, QJsonObject{{u"success"_s, true}});
    QString id = sessionIdOf(request);
    if (!m_sessions.contains(id) || m_sessions.value(id).email != lower) {
        // The link may be opened without the session that asked for it: it signs in on its own.
        id = randomToken();
        Session pending;
        pending.email = lower;
        pending.stage = Session::Stage::PendingEmail;
        m_sessions.insert(id, pending);
    }
    promote(reply, id, true); // email MFA always sets the remember cookie
    return reply;
}

QString SandboxSessionAuth::sessionIdOf(const QHttpServerRequest &request) const
{
    return cookiesOf(request).value(m_options.sessionCookieName);
}

SandboxSessionAuth::Session *SandboxSessionAuth::sessionOf(const QHttpServerRequest &request, bool *expired)
{
    if (expired)
        *expired = false;
    const auto it = m_sessions.find(sessionIdOf(request));
    if (it == m_sessions.end() || it->stage != Session::Stage::Active)
        return nullptr;
    // SessionAgeMiddleware: the age counts from sign-in, not from the last request.
    if (m_clock.elapsed() - it->createdMs > qint64(m_options.sessionAgeSeconds) * 1000) {
        m_sessions.erase(it);
        if (expired)
            *expired = true;
        return nullptr;
    }
    return &it.value();
}

void SandboxSessionAuth::startSession(SandboxReply &reply, const QString &email, Session::Stage stage,
                                      const QString &oldId)
{
    m_sessions.remove(oldId);
    Session session;
    session.email = email;
    session.stage = stage;
    session.createdMs = m_clock.elapsed();
    session.pendingSinceMs = session.createdMs;
    const QString id = randomToken();
    m_sessions.insert(id, session);
    setCookie(reply, m_options.sessionCookieName, id, m_options.sessionAgeSeconds, true);
    if (stage == Session::Stage::Active) // Django's login() rotates the CSRF token
        setCookie(reply, CsrfCookie, randomToken(), m_options.sessionAgeSeconds, false);
}

void SandboxSessionAuth::promote(SandboxReply &reply, const QString &id, bool remember)
{
    const Session pending = m_sessions.take(id);
    startSession(reply, pending.email, Session::Stage::Active, QString());
    if (remember) {
        const QString name = RememberPrefix + randomToken().left(12);
        const QString value = randomToken();
        m_rememberCookies.insert(name + u'=' + value, pending.email);
        setCookie(reply, name, value, RememberAgeSeconds, true);
    }
}

QString SandboxSessionAuth::csrfProblem(const QHttpServerRequest &request, const QString &formToken) const
{
    const QString cookie = cookiesOf(request).value(CsrfCookie);
    if (cookie.isEmpty())
        return u"CSRF cookie not set."_s;
    QString token = QString::fromUtf8(header(request, "X-CSRFToken"_ba));
    if (token.isEmpty())
        token = formToken;
    if (token.isEmpty())
        return u"CSRF token missing."_s;
    if (token != cookie)
        return u"CSRF token incorrect."_s;
    // Django 4+ on HTTPS: a trusted Origin, else a same-origin Referer. PostHog runs on HTTPS, so
    // the sandbox applies the rule on plain http too.
    const QString expected = requestOrigin(request);
    const QString origin = QString::fromUtf8(header(request, "Origin"_ba));
    if (origin.isEmpty()) {
        const QUrl referer = QUrl::fromEncoded(header(request, "Referer"_ba));
        if (referer.isEmpty())
            return u"Referer checking failed - no Referer."_s;
        const QString refererOrigin = referer.scheme() + u"://"_s + referer.authority();
        if (refererOrigin != expected)
            return u"Referer checking failed - %1 does not match any trusted origins."_s.arg(refererOrigin);
        return {};
    }
    if (origin != expected)
        return u"Origin checking failed - %1 does not match any trusted origins."_s.arg(origin);
    return {};
}

SandboxSessionAuth::ApiAccess SandboxSessionAuth::authenticateApi(const QHttpServerRequest &request)
{
    ApiAccess access;
    bool expired = false;
    if (!sessionOf(request, &expired)) {
        if (expired) {
            access.result = ApiAccess::Result::Refused;
            access.reply = redirect(u"/login?message=Your%20session%20has%20expired.%20Please%20log%20in%20again."_s);
            setCookie(access.reply, m_options.sessionCookieName, QString(), 0, true);
        }
        return access;
    }
    const auto method = request.method();
    const bool safe = method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head
                      || method == QHttpServerRequest::Method::Options;
    if (!safe) {
        if (const QString problem = csrfProblem(request, QString()); !problem.isEmpty()) {
            access.result = ApiAccess::Result::Refused;
            access.reply = SandboxReply::forbidden(u"CSRF Failed: "_s + problem);
            return access;
        }
    }
    access.result = ApiAccess::Result::Allowed;
    return access;
}

SandboxReply SandboxSessionAuth::me(const QHttpServerRequest &request)
{
    bool expired = false;
    const Session *session = sessionOf(request, &expired);
    if (expired)
        return redirect(u"/login?message=Your%20session%20has%20expired.%20Please%20log%20in%20again."_s);
    if (!session)
        return notAuthenticated();
    const QString local = session->email.section(u'@', 0, 0);
    return SandboxReply::json(
        200,
        QJsonObject{{u"uuid"_s, u"0190d2c4-0000-7000-8000-0000000000%1"_s.arg(int(local.size()), 2, 10, QChar(u'0'))},
                    {u"email"_s, session->email},
                    {u"first_name"_s, QString(local.left(1).toUpper() + local.mid(1))},
                    {u"distinct_id"_s, QString(u"sandbox-"_s + local)},
                    {u"is_email_verified"_s, true},
                    {u"team"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"GroupDesk Sandbox"_s}}},
                    {u"organization"_s, QJsonObject{{u"id"_s, u"0190d2c4-0000-7000-8000-00000000000a"_s},
                                                    {u"name"_s, u"GroupDesk Sandbox"_s}}}});
}

SandboxReply SandboxSessionAuth::logout(const QHttpServerRequest &request)
{
    // Django's @csrf_protect view: the header or the form field csrfmiddlewaretoken.
    const QString problem = csrfProblem(request, formValue(formOf(request), u"csrfmiddlewaretoken"_s));
    if (!problem.isEmpty()) {
        return html(403, u"403 Forbidden"_s,
                    u"<h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p><p>%1</p>"_s.arg(
                        problem.toHtmlEscaped()));
    }
    m_sessions.remove(sessionIdOf(request));
    SandboxReply reply = redirect(u"/login"_s);
    setCookie(reply, m_options.sessionCookieName, QString(), 0, true);
    return reply;
}

SandboxReply SandboxSessionAuth::loginPage(const QHttpServerRequest &request, const QString &message, bool codeStep)
{
    // Any HTML page sets the CSRF cookie (Django's get_token()); keep one the browser has.
    QString csrf = cookiesOf(request).value(CsrfCookie);
    const bool fresh = csrf.isEmpty();
    if (fresh)
        csrf = randomToken();
    QString form;
    if (codeStep) {
        form = u"<form id=\"token-form\" method=\"post\" action=\"/login/token\">"
               "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"%1\">"
               "<label for=\"token\">Authentication code</label> "
               "<input id=\"token\" name=\"token\" autocomplete=\"one-time-code\">"
               "<button id=\"verify-button\" type=\"submit\">Verify</button></form>"_s.arg(csrf);
    } else {
        form = u"<form id=\"login-form\" method=\"post\" action=\"/login\">"
               "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"%1\">"
               "<p><label for=\"email\">Email</label> <input id=\"email\" name=\"email\" type=\"email\"></p>"
               "<p><label for=\"password\">Password</label> "
               "<input id=\"password\" name=\"password\" type=\"password\"></p>"
               "<button id=\"login-button\" type=\"submit\">Log in</button></form>"
               "<p>Google, GitHub and SAML sign-in are not modelled by the sandbox.</p>"_s.arg(csrf);
    }
    QString text = message;
    if (text.isEmpty())
        text = QUrlQuery(request.url()).queryItemValue(u"message"_s, QUrl::FullyDecoded);
    SandboxReply reply =
        html(200, u"Log in - PostHog (GroupDesk sandbox)"_s,
             u"<h1>Log in to PostHog</h1><p id=\"message\">%1</p>%2"_s.arg(text.toHtmlEscaped(), form));
    if (fresh)
        setCookie(reply, CsrfCookie, csrf, m_options.sessionAgeSeconds, false);
    return reply;
}

SandboxReply SandboxSessionAuth::formLogin(const QHttpServerRequest &request)
{
    const QUrlQuery form = formOf(request);
    if (const QString problem = csrfProblem(request, formValue(form, u"csrfmiddlewaretoken"_s)); !problem.isEmpty())
        return loginPage(request, u"CSRF verification failed: "_s + problem, false);
    LoginOutcome outcome = login(request, formValue(form, u"email"_s), formValue(form, u"password"_s));
    if (outcome.success) {
        SandboxReply reply = redirect(u"/"_s);
        reply.headers.append(outcome.reply.headers);
        return reply;
    }
    const QString code = QJsonDocument::fromJson(outcome.reply.body).object().value(u"code"_s).toString();
    QString detail = QJsonDocument::fromJson(outcome.reply.body).object().value(u"detail"_s).toString();
    if (code == u"email_mfa_required"_s)
        detail = u"We sent a sign-in link to %1. Open it to finish signing in."_s.arg(detail);
    SandboxReply page = loginPage(request, outcome.needsTotp ? QString() : detail, outcome.needsTotp);
    page.headers.append(outcome.reply.headers);
    return page;
}

SandboxReply SandboxSessionAuth::formToken(const QHttpServerRequest &request)
{
    const QUrlQuery form = formOf(request);
    if (const QString problem = csrfProblem(request, formValue(form, u"csrfmiddlewaretoken"_s)); !problem.isEmpty())
        return loginPage(request, u"CSRF verification failed: "_s + problem, true);
    LoginOutcome outcome = verifyTotp(request, formValue(form, u"token"_s));
    if (outcome.success) {
        SandboxReply reply = redirect(u"/"_s);
        reply.headers.append(outcome.reply.headers);
        return reply;
    }
    const QString detail = QJsonDocument::fromJson(outcome.reply.body).object().value(u"detail"_s).toString();
    return loginPage(request, detail, true);
}

SandboxReply SandboxSessionAuth::homePage(const QHttpServerRequest &request)
{
    const Session *session = sessionOf(request);
    if (!session)
        return redirect(u"/login"_s);
    return html(200, u"PostHog (GroupDesk sandbox)"_s,
                u"<h1 id=\"signed-in\">Signed in as %1</h1>"_s.arg(session->email.toHtmlEscaped()));
}
