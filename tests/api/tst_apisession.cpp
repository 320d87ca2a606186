// PostHog web-session sign-in and session routing over real loopback HTTP against the
// in-process sandbox: every sign-in outcome, the remember cookie, CSRF and Origin on
// session writes, expiry, logout, and the key/session split of PostHogClient.
#include "posthogclient.h"
#include "posthogsession.h"
#include "sandboxserver.h"
#include "sandboxsessionauth.h"
#include "sandboxstore.h"
#include "sessionsignin.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

/// How one sign-in attempt ended.
struct Outcome
{
    bool succeeded = false;
    bool codeAsked = false;
    bool linkAsked = false;
    SessionSignIn::Failure failure = SessionSignIn::Failure::None;
    QString message;
};

template<typename T>
struct Waiter
{
    std::optional<ApiResult<T>> result;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
};
} // namespace

class TestApiSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void passwordOnlySignsIn();
    void passwordRefusals_data();
    void passwordRefusals();
    void ssoEnforcedNeverSendsThePassword();
    void samlAvailablePointsToTheBrowserAfterAWrongPassword();
    void passkeyOnlyAccountIsSentToTheBrowserButTakesABackupCode();
    void passwordIsWiped();
    void totpCodeSignsIn();
    void backupCodeIsSingleUse();
    void wrongCodeThenTooManyAttempts();
    void codeAfterTimeoutIsExpired();
    void emailLinkSignsIn();
    void emailLinkInvalid();
    void lockoutAfterFailures();
    void rememberCookieSkipsTwoFactor();
    void csrfAndOriginRequiredOnSessionWrites();
    void sessionServesTypeActionsKeyServesRest();
    void sessionOnlyProfileUsesSessionForEverything();
    void expiryIsDetected();
    void cookiesSurviveSaveAndRestore();
    void signOutEndsTheSessionOnTheServer();
    void emailLinkParsing();

private:
    Outcome signIn(const QString &email, const QString &password, const QString &secondStep = QString());
    PostHogClient *makeClient(const QString &key);
    void signInPlain();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogSession> m_session;
    std::unique_ptr<PostHogClient> m_client;
};

void TestApiSession::init()
{
    SandboxOptions options;
    options.groupsPerType = 20;
    options.metadataPakDeny = true; // the newest PostHog
    options.loginFailureLimit = 3;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_session = std::make_unique<PostHogSession>(m_server->baseUrl());
}

void TestApiSession::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_server.reset();
}

Outcome TestApiSession::signIn(const QString &email, const QString &password, const QString &secondStep)
{
    Outcome outcome;
    SessionSignIn signIn(m_session.get());
    bool done = false;
    connect(&signIn, &SessionSignIn::succeeded, this, [&] {
        outcome.succeeded = true;
        done = true;
    });
    connect(&signIn, &SessionSignIn::failed, this, [&](SessionSignIn::Failure failure, const QString &message) {
        outcome.failure = failure;
        outcome.message = message;
        done = true;
    });
    connect(&signIn, &SessionSignIn::codeRequired, this, [&] {
        outcome.codeAsked = true;
        if (secondStep.isEmpty())
            done = true;
        else
            signIn.submitCode(secondStep);
    });
    connect(&signIn, &SessionSignIn::emailLinkRequired, this, [&](const QString &) {
        outcome.linkAsked = true;
        if (secondStep.isEmpty())
            done = true;
        else
            signIn.submitEmailLink(secondStep == u"<link>"_s ? m_server->sessionAuth()->lastEmailMfaLink()
                                                             : secondStep);
    });
    QByteArray secret = password.toUtf8();
    signIn.start(email, secret);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Timeout); }();
    return outcome;
}

PostHogClient *TestApiSession::makeClient(const QString &key)
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = key;
    settings.maxRetries = 0;
    settings.requestsPerMinute = 100000;
    m_client = std::make_unique<PostHogClient>(settings);
    m_client->setSession(m_session.get());
    return m_client.get();
}

void TestApiSession::signInPlain()
{
    const Outcome outcome = signIn(SandboxSessionAuth::accountEmail(u"plain"_s), SandboxSessionAuth::demoPassword());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
}

void TestApiSession::passwordOnlySignsIn()
{
    QSignalSpy cookiesChanged(m_session.get(), &PostHogSession::cookiesChanged);
    const Outcome outcome = signIn(SandboxSessionAuth::accountEmail(u"plain"_s), SandboxSessionAuth::demoPassword());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QVERIFY(!outcome.codeAsked);
    QCOMPARE(m_session->state(), PostHogSession::State::SignedIn);
    QCOMPARE(m_session->userEmail(), SandboxSessionAuth::accountEmail(u"plain"_s));
    QCOMPARE(m_session->userName(), u"Plain"_s);
    QVERIFY(m_session->hasSessionCookie());
    QVERIFY(!m_session->csrfToken().isEmpty());
    QVERIFY(cookiesChanged.count() >= 1);
    QCOMPARE(m_server->sessionAuth()->activeSessionCount(), 1);
    QVERIFY(m_server->requestLog().contains("POST /api/login/precheck"));
    QVERIFY(m_server->requestLog().contains("GET /api/users/@me/"));
}

void TestApiSession::passwordRefusals_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<SessionSignIn::Failure>("failure");
    QTest::addColumn<QString>("message");
    const QString wrong = u"Wrong email or password."_s;
    QTest::newRow("wrong password") << SandboxSessionAuth::accountEmail(u"plain"_s) << u"nope"_s
                                    << SessionSignIn::Failure::InvalidCredentials << wrong;
    QTest::newRow("unknown email") << SandboxSessionAuth::accountEmail(u"nobody"_s)
                                   << SandboxSessionAuth::demoPassword() << SessionSignIn::Failure::InvalidCredentials
                                   << wrong;
    QTest::newRow("unverified") << SandboxSessionAuth::accountEmail(u"unverified"_s)
                                << SandboxSessionAuth::demoPassword() << SessionSignIn::Failure::NotVerified
                                << u"This account's email address is not verified yet. Open the verification link "
                                   "PostHog emailed you, then sign in again."_s;
    QTest::newRow("empty password") << SandboxSessionAuth::accountEmail(u"plain"_s) << QString()
                                    << SessionSignIn::Failure::MissingInput
                                    << u"Enter the email address, the password and (when asked) the code."_s;
}

void TestApiSession::passwordRefusals()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(SessionSignIn::Failure, failure);
    QFETCH(QString, message);
    const Outcome outcome = signIn(email, password);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.failure, failure);
    QCOMPARE(outcome.message, message);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_server->sessionAuth()->activeSessionCount(), 0);
}

void TestApiSession::samlAvailablePointsToTheBrowserAfterAWrongPassword()
{
    // precheck saml_available: not enforced, so the password is tried; its refusal names the browser.
    const Outcome outcome = signIn(SandboxSessionAuth::accountEmail(u"saml"_s), SandboxSessionAuth::demoPassword());
    QCOMPARE(outcome.failure, SessionSignIn::Failure::SsoSuggested);
    QVERIFY(outcome.message.contains(u"SAML"_s));
    QVERIFY(outcome.message.contains(u"Sign in with browser"_s));
    QVERIFY(m_server->requestLog().contains("POST /api/login"));
    // Without SAML on offer, the same refusal stays the plain one.
    const Outcome plain = signIn(SandboxSessionAuth::accountEmail(u"plain"_s), u"wrong"_s);
    QCOMPARE(plain.failure, SessionSignIn::Failure::InvalidCredentials);
}

void TestApiSession::passkeyOnlyAccountIsSentToTheBrowserButTakesABackupCode()
{
    const Outcome outcome = signIn(SandboxSessionAuth::accountEmail(u"passkey"_s), SandboxSessionAuth::demoPassword());
    QVERIFY(!outcome.codeAsked);
    QCOMPARE(outcome.failure, SessionSignIn::Failure::PasskeyRequired);
    QVERIFY(outcome.message.contains(u"Sign in with browser"_s));
    QVERIFY(outcome.message.contains(u"backup code"_s));
    QVERIFY(m_server->requestLog().contains("GET /api/login/2fa/passkey/methods/"));
    QVERIFY(!m_session->isSignedIn());

    // A TOTP account gets the code step after the same probe.
    const Outcome totp = signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword());
    QVERIFY(totp.codeAsked);

    // The pending passkey sign-in still finishes with a backup code.
    SessionSignIn signIn(m_session.get());
    QSignalSpy failed(&signIn, &SessionSignIn::failed);
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"passkey"_s), password);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.at(0).at(0).value<SessionSignIn::Failure>(), SessionSignIn::Failure::PasskeyRequired);
    signIn.submitCode(SandboxSessionAuth::demoBackupCode());
    QVERIFY(succeeded.wait(Timeout));
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->userEmail(), SandboxSessionAuth::accountEmail(u"passkey"_s));
}

void TestApiSession::ssoEnforcedNeverSendsThePassword()
{
    const Outcome outcome = signIn(SandboxSessionAuth::accountEmail(u"sso"_s), SandboxSessionAuth::demoPassword());
    QCOMPARE(outcome.failure, SessionSignIn::Failure::SsoEnforced);
    QVERIFY(outcome.message.contains(u"google-oauth2"_s));
    QVERIFY(outcome.message.contains(u"Sign in with browser"_s));
    QVERIFY(!m_server->requestLog().contains("POST /api/login"));
}

void TestApiSession::passwordIsWiped()
{
    SessionSignIn signIn(m_session.get());
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"plain"_s), password);
    QVERIFY(password.isEmpty()); // gone before start() returned
    QVERIFY(succeeded.wait(Timeout));
}

void TestApiSession::totpCodeSignsIn()
{
    const Outcome outcome =
        signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(), SandboxSessionAuth::demoTotpCode());
    QVERIFY(outcome.codeAsked);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QCOMPARE(m_session->userEmail(), SandboxSessionAuth::demoEmail());
    const auto cookies = m_session->cookies();
    QVERIFY(std::any_of(cookies.cbegin(), cookies.cend(),
                        [](const QNetworkCookie &c) { return c.name().startsWith("remember-cookie_"); }));
}

void TestApiSession::backupCodeIsSingleUse()
{
    Outcome outcome = signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(),
                             SandboxSessionAuth::demoBackupCode());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    m_session->clear(); // forget the remember cookie so 2FA is asked again
    outcome = signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(),
                     SandboxSessionAuth::demoBackupCode());
    QCOMPARE(outcome.failure, SessionSignIn::Failure::CodeInvalid);
}

void TestApiSession::wrongCodeThenTooManyAttempts()
{
    SessionSignIn signIn(m_session.get());
    QSignalSpy codeRequired(&signIn, &SessionSignIn::codeRequired);
    QSignalSpy failed(&signIn, &SessionSignIn::failed);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::demoEmail(), password);
    QVERIFY(codeRequired.wait(Timeout));
    signIn.submitCode(u"000000"_s);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.last().at(0).value<SessionSignIn::Failure>(), SessionSignIn::Failure::CodeInvalid);
    // django-otp throttles the next try for a second: even the right code is refused now.
    signIn.submitCode(SandboxSessionAuth::demoTotpCode());
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.last().at(0).value<SessionSignIn::Failure>(), SessionSignIn::Failure::TooManyAttempts);
    QCOMPARE(failed.last().at(1).toString(), u"Too many wrong codes. Wait a minute, then try again."_s);
    QVERIFY(!m_session->isSignedIn());
}

void TestApiSession::codeAfterTimeoutIsExpired()
{
    m_server->sessionAuth()->setTwoFactorTimeoutSeconds(0);
    SessionSignIn signIn(m_session.get());
    QSignalSpy codeRequired(&signIn, &SessionSignIn::codeRequired);
    QSignalSpy failed(&signIn, &SessionSignIn::failed);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::demoEmail(), password);
    QVERIFY(codeRequired.wait(Timeout));
    QTest::qWait(20); // past the (zero-second) TWO_FACTOR_LOGIN_TIMEOUT
    signIn.submitCode(SandboxSessionAuth::demoTotpCode());
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.last().at(0).value<SessionSignIn::Failure>(), SessionSignIn::Failure::CodeExpired);
    QCOMPARE(failed.last().at(1).toString(),
             u"The sign-in attempt expired before the code arrived. Enter your password again."_s);
}

void TestApiSession::emailLinkSignsIn()
{
    const Outcome outcome =
        signIn(SandboxSessionAuth::accountEmail(u"emailmfa"_s), SandboxSessionAuth::demoPassword(), u"<link>"_s);
    QVERIFY(outcome.linkAsked);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QCOMPARE(m_session->userEmail(), SandboxSessionAuth::accountEmail(u"emailmfa"_s));
}

void TestApiSession::emailLinkInvalid()
{
    const QString bad =
        m_server->baseUrl().toString() + u"/login/verify?email=emailmfa%40sandbox.groupdesk.test&token=forged"_s;
    const Outcome outcome =
        signIn(SandboxSessionAuth::accountEmail(u"emailmfa"_s), SandboxSessionAuth::demoPassword(), bad);
    QVERIFY(outcome.linkAsked);
    QCOMPARE(outcome.failure, SessionSignIn::Failure::LinkInvalid);
    QCOMPARE(outcome.message,
             u"This sign-in link is invalid, already used or expired. Sign in again to get a new one."_s);
}

void TestApiSession::lockoutAfterFailures()
{
    const QString email = SandboxSessionAuth::accountEmail(u"plain"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(signIn(email, u"wrong"_s).failure, SessionSignIn::Failure::InvalidCredentials);
    // Locked out: even the right password is refused for ten minutes.
    const Outcome outcome = signIn(email, SandboxSessionAuth::demoPassword());
    QCOMPARE(outcome.failure, SessionSignIn::Failure::LockedOut);
    QCOMPARE(outcome.message, u"Too many failed login attempts. Please try again in 10 minutes."_s);
}

void TestApiSession::rememberCookieSkipsTwoFactor()
{
    Outcome outcome =
        signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(), SandboxSessionAuth::demoTotpCode());
    QVERIFY(outcome.codeAsked && outcome.succeeded);
    // A later sign-in (the session ended) with the 30-day remember cookie needs no code.
    m_session->markExpired();
    outcome = signIn(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword());
    QVERIFY(!outcome.codeAsked);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
}

void TestApiSession::csrfAndOriginRequiredOnSessionWrites()
{
    signInPlain();
    const QUrl url(m_server->baseUrl().toString() + u"/api/projects/@current/groups_types/update_metadata"_s);
    const QByteArray body = R"([{"group_type_index":1,"name_singular":"Firm"}])";
    const auto patch = [&](bool csrf, bool origin) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (csrf)
            request.setRawHeader("X-CSRFToken", m_session->csrfToken());
        if (origin)
            request.setRawHeader("Origin", m_session->origin());
        QNetworkReply *reply = m_session->networkAccessManager()->sendCustomRequest(request, "PATCH", body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(Timeout)); }();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return std::pair(status, QJsonDocument::fromJson(reply->readAll()).object().value(u"detail"_s).toString());
    };
    auto [status, detail] = patch(false, true);
    QCOMPARE(status, 403);
    QCOMPARE(detail, u"CSRF Failed: CSRF token missing."_s);
    std::tie(status, detail) = patch(true, false);
    QCOMPARE(status, 403);
    QCOMPARE(detail, u"CSRF Failed: Referer checking failed - no Referer."_s);
    QCOMPARE(m_server->store()->groupTypesJson().at(1).toObject().value(u"name_singular"_s).toString() == u"Firm"_s,
             false);
    std::tie(status, detail) = patch(true, true);
    QCOMPARE(status, 200);
}

void TestApiSession::sessionServesTypeActionsKeyServesRest()
{
    // With the key alone, the newest PostHog refuses the three actions.
    PostHogClient *keyOnly = makeClient(SandboxServer::demoKey());
    keyOnly->setSession(nullptr);
    Waiter<QList<GroupType>> refused;
    keyOnly->updateGroupTypeMetadata({{1, u"Firm"_s, u"Firms"_s}}, this, refused.callback());
    QTRY_VERIFY_WITH_TIMEOUT(refused.result.has_value(), Timeout);
    QCOMPARE(refused.result->error.kind(), ApiError::Kind::NeedsSession);

    signInPlain();
    PostHogClient *client = makeClient(SandboxServer::demoKey());
    Waiter<QList<GroupType>> renamed;
    client->updateGroupTypeMetadata({{1, u"Firm"_s, u"Firms"_s}}, this, renamed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.result.has_value(), Timeout);
    QVERIFY2(renamed.result->ok(), qPrintable(renamed.result->error.userMessage()));
    QCOMPARE(renamed.result->value.at(1).nameSingular, u"Firm"_s);

    Waiter<GroupType> columns;
    client->setDefaultColumns(1, {u"name"_s, u"plan"_s}, this, columns.callback());
    QTRY_VERIFY_WITH_TIMEOUT(columns.result.has_value(), Timeout);
    QVERIFY2(columns.result->ok(), qPrintable(columns.result->error.userMessage()));
    QCOMPARE(columns.result->value.defaultColumns, (QStringList{u"name"_s, u"plan"_s}));

    Waiter<GroupType> dashboard;
    client->createDetailDashboard(1, this, dashboard.callback());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.result.has_value(), Timeout);
    QVERIFY2(dashboard.result->ok(), qPrintable(dashboard.result->error.userMessage()));

    // Everything else goes with the key: it keeps working once the session is gone server-side.
    m_server->sessionAuth()->expireAllSessions();
    Waiter<QList<GroupType>> listed;
    client->listGroupTypes(this, listed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(listed.result.has_value(), Timeout);
    QVERIFY2(listed.result->ok(), qPrintable(listed.result->error.userMessage()));
    QCOMPARE(m_session->state(), PostHogSession::State::SignedIn); // the key call never touched it
}

void TestApiSession::sessionOnlyProfileUsesSessionForEverything()
{
    signInPlain();
    PostHogClient *client = makeClient(QString());
    QVERIFY(client->configurationProblem().isEmpty());
    Waiter<GroupPage> page;
    GroupQuery query;
    query.typeIndex = 0;
    client->listGroupsPage(query, QUrl(), this, page.callback());
    QTRY_VERIFY_WITH_TIMEOUT(page.result.has_value(), Timeout);
    QVERIFY2(page.result->ok(), qPrintable(page.result->error.userMessage()));
    QCOMPARE(page.result->value.groups.size(), 20);
    Waiter<QList<GroupType>> renamed;
    client->updateGroupTypeMetadata({{0, u"Org"_s, std::nullopt}}, this, renamed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.result.has_value(), Timeout);
    QVERIFY2(renamed.result->ok(), qPrintable(renamed.result->error.userMessage()));
}

void TestApiSession::expiryIsDetected()
{
    signInPlain();
    PostHogClient *client = makeClient(SandboxServer::demoKey());
    QSignalSpy expired(m_session.get(), &PostHogSession::expired);
    m_server->sessionAuth()->expireAllSessions();
    Waiter<QList<GroupType>> renamed;
    client->updateGroupTypeMetadata({{1, u"Firm"_s, std::nullopt}}, this, renamed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(renamed.result.has_value(), Timeout);
    QCOMPARE(renamed.result->error.kind(), ApiError::Kind::Unauthenticated);
    QCOMPARE(renamed.result->error.httpStatus(), 302); // not followed to the login page
    QCOMPARE(renamed.result->error.userMessage(), u"Your PostHog session has expired; sign in again."_s);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_session->state(), PostHogSession::State::Expired);
    QVERIFY(!m_server->requestLog().contains("GET /login"));
}

void TestApiSession::cookiesSurviveSaveAndRestore()
{
    signInPlain();
    const QByteArray saved = m_session->saveCookies();
    PostHogSession restored(m_server->baseUrl());
    restored.restoreCookies(saved, m_session->userEmail());
    QVERIFY(restored.isSignedIn());
    QCOMPARE(restored.csrfToken(), m_session->csrfToken());
    ApiError answer(ApiError::Kind::Cancelled, QString());
    bool finished = false;
    restored.fetchUser(this, [&](const ApiError &error) {
        answer = error;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, Timeout);
    QVERIFY2(answer.isOk(), qPrintable(answer.userMessage()));
    QCOMPARE(restored.userEmail(), SandboxSessionAuth::accountEmail(u"plain"_s));
}

void TestApiSession::signOutEndsTheSessionOnTheServer()
{
    signInPlain();
    QCOMPARE(m_server->sessionAuth()->activeSessionCount(), 1);
    bool finished = false;
    ApiError answer(ApiError::Kind::Cancelled, QString());
    m_session->signOut(this, [&](const ApiError &error) {
        answer = error;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, Timeout);
    QVERIFY2(answer.isOk(), qPrintable(answer.userMessage()));
    QCOMPARE(m_server->sessionAuth()->activeSessionCount(), 0);
    QVERIFY(m_session->cookies().isEmpty());
    QCOMPARE(m_session->state(), PostHogSession::State::SignedOut);
}

void TestApiSession::emailLinkParsing()
{
    QString email = u"typed@example.com"_s;
    QString token;
    QVERIFY(SessionSignIn::parseEmailLink(u"  https://us.posthog.com/login/verify?email=a%40b.com&token=abc-123  "_s,
                                          &email, &token));
    QCOMPARE(email, u"a@b.com"_s);
    QCOMPARE(token, u"abc-123"_s);
    QVERIFY(SessionSignIn::parseEmailLink(u"tok-only"_s, &email, &token));
    QCOMPARE(token, u"tok-only"_s);
    QVERIFY(!SessionSignIn::parseEmailLink(u"https://us.posthog.com/login/verify?email=a%40b.com"_s, &email, &token));
    QVERIFY(!SessionSignIn::parseEmailLink(QString(), &email, &token));
}

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_apisession.moc"
