// Transport policies of PostHogClient/ApiJob against a scripted fake QNetworkAccessManager:
// the fault matrix, retry rules, security of the key, cancellation, caps and limits.
#include "fakenetworkaccessmanager.h"
#include "posthogclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Behaviour = FakeResponse::Behaviour;

Q_DECLARE_METATYPE(FakeResponse)

namespace {
const QString SecretKey = u"phx_secret_key_do_not_leak_123"_s;

FakeResponse ok(const QByteArray &body = R"({"results": []})")
{
    return FakeResponse::json(200, body);
}

FakeResponse status(int code,
                    const QByteArray &body = R"({"type":"server_error","code":"error","detail":"x","attr":null})")
{
    return FakeResponse::json(code, body);
}

ConnectionSettings testSettings()
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"https://ph.example.org"_s);
    settings.projectId = u"1"_s;
    settings.apiKey = SecretKey;
    settings.timeout = std::chrono::milliseconds(400);
    settings.maxRetries = 2;
    settings.requestsPerMinute = 100000;
    return settings;
}

/// Collects every callback of raw jobs so tests can assert "exactly once".
struct Outcome
{
    int calls = 0;
    ApiError error;
    QJsonDocument json;
};
} // namespace

class TestApiTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultMatrix_data();
    void faultMatrix();
    void keyOnlyInAuthorizationHeader();
    void nextLinkToForeignOriginIsRebased();
    void redirects_data();
    void redirects();
    void insecureHttpNeverSends();
    void wrongHostOrKeyKindNeverSends_data();
    void wrongHostOrKeyKindNeverSends();
    void cancelRunningJob();
    void cancelAllDropsCallbacks();
    void destroyedContextDropsCallback();
    void concurrencyCap();
    void rateLimiterHoldsRequests();
    void hourlyBudgetOnlyOnCloud_data();
    void hourlyBudgetOnlyOnCloud();
    void throttledSignalAndRequestFailed();
    void queryValuesArePercentEncoded();
    void percentSignsInValuesStayLiteral_data();
    void percentSignsInValuesStayLiteral();
    void nullPropertyValueRefusedBeforeSending();
    void captureFailureIsReadBackNotResent_data();
    void deleteRetryFindingNothingIsDone_data();
    void deleteRetryFindingNothingIsDone();
    void captureFailureIsReadBackNotResent();
    void propertyValuesBothShapes_data();
    void propertyValuesBothShapes();
    void propertyDefinitionsOlderServer();
    void propertyDefinitionsFallback_data();
    void propertyDefinitionsFallback();
    void usageMetricsFollowPages();
    void invalidMetricIsNotSent();
    void resolveProjectReplacesCurrent();
    void checkConnectionReportsScopes_data();
    void checkConnectionReportsScopes();
    void cancelWhileWaitingForRetry();
    void destroyingClientDropsCallbacks();
    void keyNeverLogged();
};

void TestApiTransport::faultMatrix_data()
{
    QTest::addColumn<ApiJob::Method>("method");
    QTest::addColumn<QList<FakeResponse>>("script");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("requests");

    using M = ApiJob::Method;
    using L = QList<FakeResponse>;
    const FakeResponse throttled =
        status(429, R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled.","attr":null})")
            .withHeader("Retry-After", "0");
    const FakeResponse html = FakeResponse::json(200, "<!DOCTYPE html><html><body>Login</body></html>");
    const FakeResponse html502 = FakeResponse::json(502, "<html><body>Bad gateway</body></html>");
    const FakeResponse reset = FakeResponse::fault(Behaviour::Reset);
    const FakeResponse refused = FakeResponse::fault(Behaviour::Refused);
    FakeResponse truncated = ok(R"({"next": null, "results": [{"group_key": "a"}]})");
    truncated.behaviour = Behaviour::Truncated;
    const FakeResponse hang = FakeResponse::fault(Behaviour::Hang);

    QTest::newRow("GET 200") << M::Get << L{ok()} << ApiError::Kind::None << 1;
    QTest::newRow("GET 204 empty") << M::Delete << L{FakeResponse::json(204, {})} << ApiError::Kind::None << 1;
    QTest::newRow("GET 400") << M::Get << L{status(400)} << ApiError::Kind::Validation << 1;
    QTest::newRow("GET 401") << M::Get << L{status(401)} << ApiError::Kind::Unauthenticated << 1;
    QTest::newRow("GET 403") << M::Get << L{status(403)} << ApiError::Kind::Forbidden << 1;
    QTest::newRow("GET 404") << M::Get << L{status(404)} << ApiError::Kind::NotFound << 1;
    QTest::newRow("GET 429 persists") << M::Get << L{throttled, throttled, throttled} << ApiError::Kind::Throttled << 3;
    QTest::newRow("GET 429 then ok") << M::Get << L{throttled, ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET 500 retried") << M::Get << L{status(500), status(500), status(500)} << ApiError::Kind::Server
                                     << 3;
    QTest::newRow("GET 500 then ok") << M::Get << L{status(500), ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET 502 retried") << M::Get << L{status(502), status(502), status(502)} << ApiError::Kind::Server
                                     << 3;
    QTest::newRow("GET 503 then ok") << M::Get << L{status(503), ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET 504 then ok") << M::Get << L{status(504), ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET reset") << M::Get << L{reset, reset, reset} << ApiError::Kind::Network << 3;
    QTest::newRow("GET reset then ok") << M::Get << L{reset, ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET refused") << M::Get << L{refused, refused, refused} << ApiError::Kind::Network << 3;
    QTest::newRow("GET truncated") << M::Get << L{truncated, truncated, truncated} << ApiError::Kind::BadResponse << 3;
    // A body that cannot be read is a passing fault on a read: sent again, an error only at the end.
    QTest::newRow("GET malformed JSON") << M::Get
                                        << L{ok("{\"results\": ["), ok("{\"results\": ["), ok("{\"results\": [")}
                                        << ApiError::Kind::BadResponse << 3;
    QTest::newRow("GET malformed JSON then ok")
        << M::Get << L{ok("{\"results\": ["), ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET HTML page 200") << M::Get << L{html, html, html} << ApiError::Kind::BadResponse << 3;
    QTest::newRow("GET HTML page 200 then ok") << M::Get << L{html, ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET HTML page 502") << M::Get << L{html502, html502, html502} << ApiError::Kind::Server << 3;
    QTest::newRow("GET hanging") << M::Get << L{hang, hang, hang} << ApiError::Kind::Timeout << 3;
    QTest::newRow("GET hanging then ok") << M::Get << L{hang, ok()} << ApiError::Kind::None << 2;
    QTest::newRow("GET tls") << M::Get << L{FakeResponse::fault(Behaviour::TlsFailure)} << ApiError::Kind::Tls << 1;
    // A POST that may have reached the server is never sent twice.
    QTest::newRow("POST 502 once") << M::Post << L{status(502), ok()} << ApiError::Kind::Server << 1;
    QTest::newRow("POST 503 once") << M::Post << L{status(503), ok()} << ApiError::Kind::Server << 1;
    QTest::newRow("POST 504 once") << M::Post << L{status(504), ok()} << ApiError::Kind::Server << 1;
    QTest::newRow("POST reset once") << M::Post << L{reset, ok()} << ApiError::Kind::Network << 1;
    QTest::newRow("POST truncated once") << M::Post << L{truncated, ok()} << ApiError::Kind::BadResponse << 1;
    QTest::newRow("POST hanging once") << M::Post << L{hang, ok()} << ApiError::Kind::Timeout << 1;
    QTest::newRow("POST 500 once") << M::Post << L{status(500), ok()} << ApiError::Kind::Server << 1;
    QTest::newRow("POST malformed JSON once")
        << M::Post << L{ok("{\"id\": "), ok()} << ApiError::Kind::BadResponse << 1;
    // Writes keep their rules: a 500 or an unreadable answer to a PUT/PATCH may hide an applied change.
    QTest::newRow("PATCH 500 once") << M::Patch << L{status(500), ok("{}")} << ApiError::Kind::Server << 1;
    QTest::newRow("PUT HTML page once") << M::Put << L{html, ok("{}")} << ApiError::Kind::BadResponse << 1;
    // ...but a POST the server refused to look at is.
    QTest::newRow("POST 429 then created")
        << M::Post << L{throttled, FakeResponse::json(201, "{}")} << ApiError::Kind::None << 2;
    QTest::newRow("POST refused then created")
        << M::Post << L{refused, FakeResponse::json(201, "{}")} << ApiError::Kind::None << 2;
    QTest::newRow("PATCH 503 retried") << M::Patch << L{status(503), ok("{}")} << ApiError::Kind::None << 2;
}

void TestApiTransport::faultMatrix()
{
    QFETCH(ApiJob::Method, method);
    QFETCH(QList<FakeResponse>, script);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, requests);

    FakeNetworkAccessManager nam;
    for (const FakeResponse &response : std::as_const(script))
        nam.enqueue(response);
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok(); });
    PostHogClient client(testSettings(), &nam);

    Outcome outcome;
    const QByteArray body =
        method == ApiJob::Method::Get || method == ApiJob::Method::Delete ? QByteArray() : QByteArray("{}");
    QPointer<ApiJob> job = client.send(method, u"groups/"_s, {}, body, this, [&outcome](ApiJob *finished) {
        ++outcome.calls;
        outcome.error = finished->error();
    });
    QVERIFY(job);
    QSignalSpy finishedSpy(job.data(), &ApiJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 15000);
    QCOMPARE(outcome.error.kind(), kind);
    QCOMPARE(nam.requestCount(), requests);
    QCOMPARE(finishedSpy.count(), 1);
    if (!outcome.error.isOk()) {
        QVERIFY(!outcome.error.userMessage().isEmpty());
        QVERIFY(!outcome.error.userMessage().contains(SecretKey));
        QVERIFY(!outcome.error.userMessage().contains(u"<html"_s, Qt::CaseInsensitive));
    }
    QTRY_COMPARE(client.activeRequests(), 0);
    QTRY_VERIFY(job.isNull()); // deleted later
}

void TestApiTransport::keyOnlyInAuthorizationHeader()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok(R"({"next": null, "results": []})"); });
    PostHogClient client(testSettings(), &nam);
    int done = 0;
    GroupQuery query;
    query.search = u"token"_s;
    client.listGroupsPage(query, {}, this, [&done](const ApiResult<GroupPage> &) { ++done; });
    client.findGroup(0, u"org:1"_s, this, [&done](const ApiResult<Group> &) { ++done; });
    client.createGroup(0, u"org:2"_s, {}, this, [&done](const ApiResult<Group> &) { ++done; });
    QTRY_COMPARE(done, 3);
    QCOMPARE(nam.requestCount(), 3);
    for (const auto &request : nam.requests()) {
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer " + SecretKey.toUtf8()));
        QVERIFY(request.header("User-Agent").startsWith("GroupDesk/"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        const QUrlQuery q(request.url);
        QVERIFY(!q.hasQueryItem(u"token"_s));
        QVERIFY(!q.hasQueryItem(u"api_key"_s));
        QVERIFY(!q.hasQueryItem(u"personal_api_key"_s));
        QVERIFY(!request.url.toString().contains(SecretKey));
        QVERIFY(!request.body.contains(SecretKey.toUtf8()));
        QCOMPARE(request.url.host(), u"ph.example.org"_s);
    }
    QCOMPARE(nam.requests().at(2).header("Content-Type"), QByteArray("application/json"));
}

void TestApiTransport::nextLinkToForeignOriginIsRebased()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(ok(
        R"({"next": "http://evil.example.com:8000/api/projects/1/groups/?group_type_index=0&cursor=abc%3D", "previous": null,
                      "results": [{"group_type_index": 0, "group_key": "a", "group_properties": {}, "created_at": null}]})"));
    nam.enqueue(ok(R"({"next": null, "previous": null,
                      "results": [{"group_type_index": 0, "group_key": "b", "group_properties": {}, "created_at": null}]})"));
    PostHogClient client(testSettings(), &nam);

    ApiResult<GroupPage> first;
    int calls = 0;
    client.listGroupsPage({}, {}, this, [&](const ApiResult<GroupPage> &r) {
        first = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(first.ok());
    QCOMPARE(first.value.groups.size(), 1);
    QCOMPARE(first.value.next.host(), u"ph.example.org"_s);
    QCOMPARE(first.value.next.scheme(), u"https"_s);

    ApiResult<GroupPage> second;
    client.listGroupsPage({}, first.value.next, this, [&](const ApiResult<GroupPage> &r) {
        second = r;
        ++calls;
    });
    // Even a caller passing the raw foreign link gets it rebased.
    client.listGroupsPage({}, QUrl(u"https://evil.example.com/api/projects/1/groups/?cursor=zz"_s), this,
                          [&](const ApiResult<GroupPage> &) { ++calls; });
    QTRY_COMPARE(calls, 3);
    QVERIFY(second.ok());
    QCOMPARE(second.value.groups.constFirst().key, u"b"_s);
    QVERIFY(second.value.next.isEmpty());
    QCOMPARE(nam.requestCount(), 3);
    for (const auto &request : nam.requests())
        QCOMPARE(request.url.host(), u"ph.example.org"_s);
    QCOMPARE(QUrlQuery(nam.requests().at(1).url).queryItemValue(u"cursor"_s, QUrl::FullyEncoded), u"abc%3D"_s);
}

void TestApiTransport::redirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("requests");
    QTest::newRow("302 to foreign host") << 302 << QByteArray("https://evil.example.com/api/projects/1/groups_types/")
                                         << ApiError::Kind::InsecureUrl << 1;
    QTest::newRow("307 to http same host")
        << 307 << QByteArray("http://ph.example.org/api/projects/1/groups_types/") << ApiError::Kind::InsecureUrl << 1;
    QTest::newRow("301 same origin") << 301 << QByteArray("/api/projects/1/groups_types") << ApiError::Kind::None << 2;
    QTest::newRow("308 same origin absolute")
        << 308 << QByteArray("https://ph.example.org/api/projects/1/groups_types") << ApiError::Kind::None << 2;
}

void TestApiTransport::redirects()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, requests);

    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::json(status, {}).withHeader("Location", location));
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok("[]"); });
    PostHogClient client(testSettings(), &nam);
    ApiResult<QList<GroupType>> result;
    int calls = 0;
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.error.kind(), kind);
    QCOMPARE(nam.requestCount(), requests);
    for (const auto &request : nam.requests()) {
        QCOMPARE(request.url.host(), u"ph.example.org"_s);
        QCOMPARE(request.url.scheme(), u"https"_s);
    }
}

void TestApiTransport::insecureHttpNeverSends()
{
    FakeNetworkAccessManager nam;
    ConnectionSettings settings = testSettings();
    settings.baseUrl = QUrl(u"http://ph.example.org"_s);
    PostHogClient client(settings, &nam);
    QVERIFY(!client.configurationProblem().isEmpty());
    ApiResult<QList<GroupType>> result;
    int calls = 0;
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.error.kind(), ApiError::Kind::InsecureUrl);
    QCOMPARE(nam.requestCount(), 0);
}

void TestApiTransport::wrongHostOrKeyKindNeverSends_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("app.posthog.com") << u"https://app.posthog.com"_s << u"phx_k"_s << ApiError::Kind::InsecureUrl
                                     << u"us.posthog.com"_s;
    QTest::newRow("us ingestion host") << u"https://us.i.posthog.com"_s << u"phx_k"_s << ApiError::Kind::InsecureUrl
                                       << u"us.posthog.com"_s;
    QTest::newRow("eu ingestion host") << u"https://eu.i.posthog.com"_s << u"phx_k"_s << ApiError::Kind::InsecureUrl
                                       << u"eu.posthog.com"_s;
    QTest::newRow("project key") << u"https://ph.example.org"_s << u"phc_abc"_s << ApiError::Kind::Unauthenticated
                                 << u"personal API key"_s;
    QTest::newRow("project secret") << u"https://ph.example.org"_s << u" phs_abc"_s << ApiError::Kind::Unauthenticated
                                    << u"secret"_s;
    QTest::newRow("oauth token") << u"https://ph.example.org"_s << u"pha_abc"_s << ApiError::Kind::Unauthenticated
                                 << u"OAuth"_s;
}

void TestApiTransport::wrongHostOrKeyKindNeverSends()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, says);
    FakeNetworkAccessManager nam;
    ConnectionSettings settings = testSettings();
    settings.baseUrl = QUrl(url);
    settings.apiKey = key;
    PostHogClient client(settings, &nam);
    QVERIFY2(client.configurationProblem().contains(says), qPrintable(client.configurationProblem()));
    std::optional<ApiResult<QList<GroupType>>> result;
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->error.kind(), kind);
    QCOMPARE(nam.requestCount(), 0);
}

void TestApiTransport::cancelRunningJob()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return FakeResponse::fault(Behaviour::Hang); });
    ConnectionSettings settings = testSettings();
    settings.timeout = std::chrono::seconds(60);
    PostHogClient client(settings, &nam);
    Outcome outcome;
    QPointer<ApiJob> job = client.send(ApiJob::Method::Get, u"groups_types/"_s, {}, {}, this, [&](ApiJob *j) {
        ++outcome.calls;
        outcome.error = j->error();
    });
    QTRY_COMPARE(nam.requestCount(), 1);
    QCOMPARE(client.activeRequests(), 1);
    job->cancel();
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Cancelled);
    job->cancel(); // second cancel is harmless
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(client.activeRequests(), 0);
    QTRY_VERIFY(job.isNull());
}

void TestApiTransport::cancelAllDropsCallbacks()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return FakeResponse::fault(Behaviour::Hang); });
    ConnectionSettings settings = testSettings();
    settings.maxConcurrentRequests = 1;
    PostHogClient client(settings, &nam);
    QObject context;
    int calls = 0;
    QPointer<ApiJob> running = client.send(ApiJob::Method::Get, u"a/"_s, {}, {}, &context, [&](ApiJob *) { ++calls; });
    QPointer<ApiJob> queued = client.send(ApiJob::Method::Get, u"b/"_s, {}, {}, &context, [&](ApiJob *) { ++calls; });
    int otherCalls = 0;
    client.send(ApiJob::Method::Get, u"c/"_s, {}, {}, this, [&](ApiJob *) { ++otherCalls; });
    QTRY_COMPARE(nam.requestCount(), 1);
    QSignalSpy runningSpy(running.data(), &ApiJob::finished);
    QSignalSpy queuedSpy(queued.data(), &ApiJob::finished);
    client.cancelAll(&context);
    QCOMPARE(runningSpy.count(), 1);
    QCOMPARE(queuedSpy.count(), 1);
    QCOMPARE(calls, 0);
    // The other context's job moves up and is sent.
    QTRY_COMPARE(nam.requestCount(), 2);
    QCOMPARE(nam.requests().at(1).url.path(), u"/api/projects/1/c/"_s);
    QCOMPARE(otherCalls, 0);
    client.cancelAll(this);
}

void TestApiTransport::destroyedContextDropsCallback()
{
    FakeNetworkAccessManager nam;
    nam.enqueue([] {
        FakeResponse r = ok("[]");
        r.delayMs = 50;
        return r;
    }());
    PostHogClient client(testSettings(), &nam);
    auto *context = new QObject;
    int calls = 0;
    QPointer<ApiJob> job = client.listGroupTypes(context, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
    QSignalSpy spy(job.data(), &ApiJob::finished);
    delete context;
    QVERIFY(spy.wait(5000));
    QCOMPARE(calls, 0);
    QTRY_COMPARE(client.activeRequests(), 0);
}

void TestApiTransport::concurrencyCap()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) {
        FakeResponse r = ok("[]");
        r.delayMs = 100;
        return r;
    });
    ConnectionSettings settings = testSettings();
    settings.maxConcurrentRequests = 2;
    PostHogClient client(settings, &nam);
    int done = 0;
    int maxInFlight = 0;
    for (int i = 0; i < 6; ++i) {
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) {
            QVERIFY(r.ok());
            ++done;
        });
    }
    QCOMPARE(client.activeRequests(), 6);
    // Sent minus finished is what is on the wire; sample it on every event.
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] { maxInFlight = std::max(maxInFlight, nam.requestCount() - done); });
    probe.start(5);
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    QVERIFY(maxInFlight <= 2);
    QCOMPARE(nam.requestCount(), 6);
}

void TestApiTransport::rateLimiterHoldsRequests()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok("[]"); });
    ConnectionSettings settings = testSettings();
    settings.requestsPerMinute = 3;
    PostHogClient client(settings, &nam);
    int done = 0;
    for (int i = 0; i < 5; ++i)
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++done; });
    QTRY_COMPARE(done, 3);
    // The other two wait for the window (a minute): still queued, not sent.
    QCOMPARE(nam.requestCount(), 3);
    QCOMPARE(client.activeRequests(), 2);
    client.cancelAll(this);
    QCOMPARE(client.activeRequests(), 0);
}

void TestApiTransport::hourlyBudgetOnlyOnCloud_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("sent");
    QTest::newRow("us cloud: held after the budget") << u"https://us.posthog.com"_s << 2;
    QTest::newRow("eu cloud") << u"https://eu.posthog.com"_s << 2;
    QTest::newRow("self-hosted: no hourly budget") << u"https://ph.example.org"_s << 4;
}

void TestApiTransport::hourlyBudgetOnlyOnCloud()
{
    QFETCH(QString, url);
    QFETCH(int, sent);
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok("[]"); });
    ConnectionSettings settings = testSettings();
    settings.baseUrl = QUrl(url);
    settings.requestsPerHour = 2;
    PostHogClient client(settings, &nam);
    QSignalSpy paced(&client, &PostHogClient::paced);
    int done = 0;
    for (int i = 0; i < 4; ++i)
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++done; });
    QTRY_COMPARE(done, sent);
    QTest::qWait(50);
    QCOMPARE(nam.requestCount(), sent);
    // A hold of about an hour is announced once, not once per queued request.
    QCOMPARE(paced.count(), sent < 4 ? 1 : 0);
    if (!paced.isEmpty())
        QVERIFY(paced.at(0).at(0).toInt() > 3500);
    client.cancelAll(this);
}

void TestApiTransport::throttledSignalAndRequestFailed()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(status(
        429,
        R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled. Expected available in 1 seconds.","attr":null})"));
    nam.enqueue(status(404, R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
    PostHogClient client(testSettings(), &nam);
    QSignalSpy throttledSpy(&client, &PostHogClient::throttled);
    QSignalSpy failedSpy(&client, &PostHogClient::requestFailed);
    int calls = 0;
    ApiError error;
    client.findGroup(0, u"x"_s, this, [&](const ApiResult<Group> &r) {
        ++calls;
        error = r.error;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(throttledSpy.count(), 1);
    QVERIFY(throttledSpy.at(0).at(0).toInt() >= 1);
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(nam.requestCount(), 2);
}

void TestApiTransport::queryValuesArePercentEncoded()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) {
        return ok(
            R"({"group_type_index": 0, "group_key": "a+b c:d/é&x=1", "group_properties": {}, "created_at": null, "notebook": null})");
    });
    PostHogClient client(testSettings(), &nam);
    ApiResult<Group> result;
    client.findGroup(0, u"a+b c:d/é&x=1"_s, this, [&](const ApiResult<Group> &r) { result = r; });
    QTRY_COMPARE(nam.requestCount(), 1);
    QTRY_VERIFY(result.ok());
    const QByteArray encoded = nam.requests().constFirst().url.toEncoded();
    QVERIFY2(encoded.contains("group_key=a%2Bb%20c%3Ad%2F%C3%A9%26x%3D1"), encoded.constData());
    QVERIFY(encoded.contains("skip_create_notebook=true"));
    QVERIFY(encoded.startsWith("https://ph.example.org/api/projects/1/groups/find/?"));
    QCOMPARE(QUrlQuery(nam.requests().constFirst().url).queryItemValue(u"group_key"_s, QUrl::FullyDecoded),
             u"a+b c:d/é&x=1"_s);
}

void TestApiTransport::percentSignsInValuesStayLiteral_data()
{
    // Group keys are arbitrary text: "%41" in a key is three characters, not an 'A'.
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("find key") << u"find"_s << u"group_key"_s;
    QTest::newRow("property key") << u"updateProperty"_s << u"group_key"_s;
    QTest::newRow("activity key") << u"activity"_s << u"group_key"_s;
    QTest::newRow("related id") << u"related"_s << u"id"_s;
    QTest::newRow("search") << u"search"_s << u"search"_s;
    QTest::newRow("key contains") << u"keyContains"_s << u"group_key"_s;
    QTest::newRow("value contains") << u"valueContains"_s << u"value"_s;
}

void TestApiTransport::percentSignsInValuesStayLiteral()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, parameter);
    // Only well-formed escapes: one stray '%' makes QUrlQuery keep the whole value literally.
    const QString raw = u"a%41b%25c%2B d"_s;
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok(R"({})"); });
    PostHogClient client(testSettings(), &nam);
    if (endpoint == u"find")
        client.findGroup(0, raw, this, [](const ApiResult<Group> &) {});
    else if (endpoint == u"updateProperty")
        client.updateGroupProperty(0, raw, u"plan"_s, u"x"_s, this, [](const ApiResult<Group> &) {});
    else if (endpoint == u"activity")
        client.groupActivity(0, raw, 1, 10, this, [](const ApiResult<ActivityPage> &) {});
    else if (endpoint == u"related")
        client.relatedActors(0, raw, this, [](const ApiResult<QList<RelatedActor>> &) {});
    else if (endpoint == u"search")
        client.listGroupsPage(GroupQuery{0, raw, {}}, {}, this, [](const ApiResult<GroupPage> &) {});
    else if (endpoint == u"keyContains")
        client.listGroupsPage(GroupQuery{0, {}, raw}, {}, this, [](const ApiResult<GroupPage> &) {});
    else
        client.propertyValues(0, u"plan"_s, raw, this, [](const ApiResult<QList<PropertyCount>> &) {});
    QTRY_COMPARE(nam.requestCount(), 1);
    const QUrl url = nam.requests().constFirst().url;
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.contains(QByteArray(parameter.toLatin1() + "=a%2541b%2525c%252B%20d")), encoded.constData());
    QCOMPARE(QUrlQuery(url).queryItemValue(parameter, QUrl::FullyDecoded), raw);
}

void TestApiTransport::nullPropertyValueRefusedBeforeSending()
{
    // update_property rejects null and an empty key with a bare 400; the client says why and sends nothing.
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok(R"({})"); });
    PostHogClient client(testSettings(), &nam);
    std::optional<ApiResult<Group>> nullValue;
    std::optional<ApiResult<Group>> noName;
    client.updateGroupProperty(0, u"org:1"_s, u"plan"_s, QJsonValue(QJsonValue::Null), this,
                               [&](const ApiResult<Group> &r) { nullValue = r; });
    client.updateGroupProperty(0, u"org:1"_s, QString(), u"x"_s, this, [&](const ApiResult<Group> &r) { noName = r; });
    QVERIFY(!nullValue && !noName); // answered asynchronously, like any request
    QTRY_VERIFY(nullValue && noName);
    QCOMPARE(nullValue->error.kind(), ApiError::Kind::Validation);
    QCOMPARE(nullValue->error.attr(), u"value"_s);
    QVERIFY2(nullValue->error.userMessage().contains(u"delete the property"_s),
             qPrintable(nullValue->error.userMessage()));
    QCOMPARE(noName->error.attr(), u"key"_s);
    QCOMPARE(nam.requestCount(), 0);
    QCOMPARE(client.activeRequests(), 0);
}

void TestApiTransport::captureFailureIsReadBackNotResent_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("readBackWorks");
    QTest::newRow("update, 429 upstream") << u"update"_s << 429 << true;
    QTest::newRow("update, 502") << u"update"_s << 502 << true;
    QTest::newRow("delete, 400 capture_error") << u"delete"_s << 400 << true;
    QTest::newRow("create, 503 upstream") << u"create"_s << 503 << true;
    QTest::newRow("update, read-back fails") << u"update"_s << 502 << false;
}

void TestApiTransport::captureFailureIsReadBackNotResent()
{
    // docs/posthog-api-contract.md §1.2, §1.4, §1.5: the row is written before $groupidentify is captured; a
    // capture failure (whatever its status) must be neither retried nor shown as "not saved".
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(bool, readBackWorks);
    FakeNetworkAccessManager nam;
    nam.setHandler([&](const FakeNetworkAccessManager::Request &r) {
        if (r.method == "POST") {
            const QByteArray type = status == 400 ? "capture_error" : "capture_http_error";
            return FakeResponse::json(status, R"({"code":"Failed to submit group event.","detail":")" + type
                                                  + R"(","type":")" + type + R"("})");
        }
        if (!readBackWorks)
            return FakeResponse::json(500, R"({"type":"server_error","code":"error","detail":"boom","attr":null})");
        return ok(R"({"group_type_index": 0, "group_key": "org:1", "group_properties": {"plan": "pro"},
                      "created_at": "2024-05-01T11:00:00Z", "notebook": null})");
    });
    PostHogClient client(testSettings(), &nam);
    std::optional<ApiResult<Group>> result;
    const auto done = [&](const ApiResult<Group> &r) { result = r; };
    if (operation == u"update")
        client.updateGroupProperty(0, u"org:1"_s, u"plan"_s, u"pro"_s, this, done);
    else if (operation == u"delete")
        client.deleteGroupProperty(0, u"org:1"_s, u"seats"_s, this, done);
    else
        client.createGroup(0, u"org:1"_s, QJsonObject{{u"plan"_s, u"pro"_s}}, this, done);
    QTRY_VERIFY(result);
    QTest::qWait(50); // a retry would be on its way by now
    int posts = 0;
    for (const auto &request : nam.requests())
        posts += request.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
    if (readBackWorks) {
        QVERIFY2(result->ok(), qPrintable(result->error.userMessage()));
        QCOMPARE(result->value.properties.value(u"plan"_s).toString(), u"pro"_s);
        QVERIFY2(result->notice.contains(u"saved"_s), qPrintable(result->notice));
        QCOMPARE(nam.requests().constLast().method, "GET"_ba);
        QVERIFY(nam.requests().constLast().url.path().endsWith(u"/groups/find/"_s));
    } else {
        // The write's own error, which says it was saved; not the read-back's "boom".
        QVERIFY(result->error.isCaptureFailure());
        QVERIFY2(result->error.userMessage().contains(u"saved"_s), qPrintable(result->error.userMessage()));
    }
}

void TestApiTransport::deleteRetryFindingNothingIsDone_data()
{
    QTest::addColumn<int>("firstBehaviour"); // FakeResponse::Behaviour, or -429 for a throttled first try
    QTest::addColumn<bool>("ok");
    QTest::newRow("reset, then 404: the first try deleted it") << int(FakeResponse::Behaviour::Reset) << true;
    QTest::newRow("truncated, then 404") << int(FakeResponse::Behaviour::Truncated) << true;
    QTest::newRow("429, then 404: really missing") << -429 << false;
}

void TestApiTransport::deleteRetryFindingNothingIsDone()
{
    QFETCH(int, firstBehaviour);
    QFETCH(bool, ok);
    FakeNetworkAccessManager nam;
    int calls = 0;
    nam.setHandler([&](const FakeNetworkAccessManager::Request &) {
        if (++calls == 1) {
            if (firstBehaviour == -429) {
                FakeResponse throttled = FakeResponse::json(
                    429,
                    R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled.","attr":null})");
                throttled.headers.append({"Retry-After"_ba, "0"_ba});
                return throttled;
            }
            FakeResponse broken;
            broken.behaviour = static_cast<FakeResponse::Behaviour>(firstBehaviour);
            broken.status = 204;
            return broken;
        }
        return FakeResponse::json(404,
                                  R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})");
    });
    PostHogClient client(testSettings(), &nam);
    std::optional<ApiResult<NoContent>> result;
    client.deleteUsageMetric(0, u"497f6eca-6276-4993-bfeb-53cbbbba6f08"_s, this,
                             [&](const ApiResult<NoContent> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result, 10000);
    QCOMPARE(nam.requestCount(), 2);
    QCOMPARE(result->ok(), ok);
    if (!ok)
        QCOMPARE(result->error.kind(), ApiError::Kind::NotFound);
}

void TestApiTransport::propertyValuesBothShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("newest") << QByteArray(
        R"({"results": [{"name": "finance", "count": 2}, {"name": 7, "count": 1}], "refreshing": false})");
    QTest::newRow("older bare array") << QByteArray(R"([{"name": "finance", "count": 2}, {"name": 7, "count": 1}])");
}

void TestApiTransport::propertyValuesBothShapes()
{
    QFETCH(QByteArray, body);
    FakeNetworkAccessManager nam;
    nam.enqueue(ok(body));
    PostHogClient client(testSettings(), &nam);
    ApiResult<QList<PropertyCount>> result;
    int calls = 0;
    client.propertyValues(0, u"industry"_s, u"fin"_s, this, [&](const ApiResult<QList<PropertyCount>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).name, u"finance"_s);
    QCOMPARE(result.value.at(0).count, 2);
    QCOMPARE(result.value.at(1).name, u"7"_s);
    const QUrlQuery q(nam.requests().constFirst().url);
    QCOMPARE(q.queryItemValue(u"key"_s), u"industry"_s);
    QCOMPARE(q.queryItemValue(u"value"_s), u"fin"_s);
}

void TestApiTransport::propertyDefinitionsOlderServer()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(ok(
        R"({"0": [{"name": "industry", "count": 2}, {"name": "name", "count": 1}], "1": [{"name": "name", "count": 1}]})"));
    PostHogClient client(testSettings(), &nam);
    ApiResult<QList<PropertyDefinition>> result;
    int calls = 0;
    client.propertyDefinitions(0, this, [&](const ApiResult<QList<PropertyDefinition>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).name, u"industry"_s);
    QCOMPARE(result.value.at(0).count, 2);
    QCOMPARE(nam.requestCount(), 1);
}

void TestApiTransport::propertyDefinitionsFallback_data()
{
    // What a server without the older action may answer at groups/property_definitions/.
    QTest::addColumn<int>("firstStatus");
    QTest::addColumn<QByteArray>("firstBody");
    QTest::newRow("404") << 404
                         << QByteArray(
                                R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})");
    QTest::newRow("405")
        << 405
        << QByteArray(
               R"({"type":"invalid_request","code":"method_not_allowed","detail":"Method \"GET\" not allowed.","attr":null})");
    QTest::newRow("200 paged envelope") << 200
                                        << QByteArray(R"({"count": 0, "next": null, "previous": null, "results": []})");
    QTest::newRow("200 some other object")
        << 200 << QByteArray(R"({"group_type_index": 0, "group_key": "property_definitions"})");
}

void TestApiTransport::propertyDefinitionsFallback()
{
    QFETCH(int, firstStatus);
    QFETCH(QByteArray, firstBody);
    FakeNetworkAccessManager nam;
    nam.enqueue(status(firstStatus, firstBody));
    nam.enqueue(ok(
        R"({"count": 3, "next": "http://internal/api/projects/1/property_definitions/?type=group&group_type_index=2&limit=2&offset=2",
                      "results": [{"name": "industry", "property_type": "String"}, {"name": "seats", "property_type": "Numeric"}]})"));
    nam.enqueue(ok(R"({"count": 3, "next": null, "results": [{"name": "active", "property_type": "Boolean"}]})"));
    PostHogClient client(testSettings(), &nam);
    ApiResult<QList<PropertyDefinition>> result;
    int calls = 0;
    client.propertyDefinitions(2, this, [&](const ApiResult<QList<PropertyDefinition>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.value.size(), 3);
    QCOMPARE(result.value.at(1).propertyType, u"Numeric"_s);
    QCOMPARE(result.value.at(1).count, -1);
    QCOMPARE(nam.requestCount(), 3);
    const QUrlQuery q(nam.requests().at(1).url);
    QCOMPARE(nam.requests().at(1).url.path(), u"/api/projects/1/property_definitions/"_s);
    QCOMPARE(q.queryItemValue(u"type"_s), u"group"_s);
    QCOMPARE(q.queryItemValue(u"group_type_index"_s), u"2"_s);
    QCOMPARE(nam.requests().at(2).url.host(), u"ph.example.org"_s);
}

void TestApiTransport::usageMetricsFollowPages()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(ok(
        R"({"count": 2, "next": "https://other.example/api/projects/1/groups_types/0/metrics/?limit=1&offset=1", "previous": null,
                      "results": [{"id": "m1", "name": "A", "filters": {"events": []}}]})"));
    nam.enqueue(
        ok(R"({"count": 2, "next": null, "previous": null, "results": [{"id": "m2", "name": "B", "filters": {}}]})"));
    PostHogClient client(testSettings(), &nam);
    ApiResult<QList<UsageMetric>> result;
    int calls = 0;
    client.listUsageMetrics(0, this, [&](const ApiResult<QList<UsageMetric>> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(1).id, u"m2"_s);
    QCOMPARE(nam.requests().at(1).url.host(), u"ph.example.org"_s);
    QCOMPARE(QUrlQuery(nam.requests().at(1).url).queryItemValue(u"offset"_s), u"1"_s);
}

void TestApiTransport::invalidMetricIsNotSent()
{
    FakeNetworkAccessManager nam;
    PostHogClient client(testSettings(), &nam);
    UsageMetric metric;
    metric.name = u"Revenue"_s;
    metric.math = u"sum"_s;
    metric.filters.insert(u"events"_s, QJsonArray());
    ApiResult<UsageMetric> result;
    int calls = 0;
    client.createUsageMetric(0, metric, this, [&](const ApiResult<UsageMetric> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(result.error.attr(), u"math_property"_s);
    QCOMPARE(nam.requestCount(), 0);
}

void TestApiTransport::resolveProjectReplacesCurrent()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(ok(R"({"id": 4711, "name": "Main", "organization": {"id": "o", "name": "Acme"}})"));
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return ok("[]"); });
    ConnectionSettings settings = testSettings();
    settings.projectId = u"@current"_s;
    PostHogClient client(settings, &nam);
    ApiResult<ProjectInfo> result;
    int calls = 0;
    client.resolveProject(this, [&](const ApiResult<ProjectInfo> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(result.ok());
    QCOMPARE(result.value.id, 4711);
    QCOMPARE(result.value.organizationName, u"Acme"_s);
    QCOMPARE(nam.requests().at(0).url.path(), u"/api/projects/@current/"_s);
    QCOMPARE(client.projectId(), u"4711"_s);
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
    QTRY_COMPARE(calls, 2);
    QCOMPARE(nam.requests().at(1).url.path(), u"/api/projects/4711/groups_types/"_s);
}

void TestApiTransport::checkConnectionReportsScopes_data()
{
    QTest::addColumn<int>("projectStatus");
    QTest::addColumn<int>("metricsStatus");
    QTest::addColumn<int>("activityStatus");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<int>("advice");
    QTest::newRow("all scopes") << 200 << 200 << 200 << ApiError::Kind::None << QStringList() << 0;
    // Missing scopes make one sentence that names them all and says where to add them.
    QTest::newRow("no metrics, no activity") << 200 << 403 << 403 << ApiError::Kind::None
                                             << QStringList{u"usage_metric:read"_s, u"activity_log:read"_s} << 1;
    QTest::newRow("no project:read") << 403 << 200 << 200 << ApiError::Kind::None << QStringList{u"project:read"_s}
                                     << 1;
    // Any other failure is its own sentence, with the server's message.
    QTest::newRow("metrics fail, activity missing")
        << 200 << 500 << 403 << ApiError::Kind::None << QStringList{u"activity_log:read"_s} << 2;
    QTest::newRow("bad key") << 401 << 200 << 200 << ApiError::Kind::Unauthenticated << QStringList() << 0;
}

void TestApiTransport::checkConnectionReportsScopes()
{
    QFETCH(int, projectStatus);
    QFETCH(int, metricsStatus);
    QFETCH(int, activityStatus);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QStringList, missing);
    QFETCH(int, advice);

    const QByteArray missingScope =
        R"({"type":"authentication_error","code":"permission_denied","detail":"API key missing required scope 'x:read'","attr":null})";
    FakeNetworkAccessManager nam;
    nam.setHandler([=](const FakeNetworkAccessManager::Request &request) {
        const QString path = request.url.path();
        if (path.endsWith(u"/groups_types/"_s))
            return ok(R"([{"group_type": "organization", "group_type_index": 0}])");
        if (path.contains(u"/metrics/"_s))
            return metricsStatus == 200 ? ok(R"({"count": 0, "next": null, "results": []})")
                                        : status(metricsStatus, missingScope);
        if (path.endsWith(u"/groups/activity/"_s))
            return activityStatus == 200 ? ok(R"({"results": [], "next": null, "total_count": 0})")
                                         : status(activityStatus, missingScope);
        if (path.endsWith(u"/groups/"_s))
            return ok(
                R"({"next": null, "results": [{"group_type_index": 0, "group_key": "org:1", "group_properties": {}}]})");
        if (path.endsWith(u"/property_definitions/"_s))
            return ok(R"({"count": 0, "next": null, "previous": null, "results": []})");
        if (projectStatus == 200)
            return ok(R"({"id": 7, "name": "P", "organization": "uuid"})");
        return status(
            projectStatus,
            projectStatus == 401 ? QByteArray(
                R"({"type":"authentication_error","code":"authentication_failed","detail":"bad","attr":null})")
                                 : missingScope);
    });
    PostHogClient client(testSettings(), &nam);
    ApiResult<ConnectionCheck> result;
    int calls = 0;
    client.checkConnection(this, [&](const ApiResult<ConnectionCheck> &r) {
        result = r;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.error.kind(), kind);
    if (kind != ApiError::Kind::None)
        return;
    QVERIFY(result.value.groupRead);
    QCOMPARE(result.value.usageMetricRead, metricsStatus == 200);
    QCOMPARE(result.value.activityLogRead, activityStatus == 200);
    QCOMPARE(result.value.missingScopes, missing);
    QCOMPARE(result.value.advice.size(), advice);
    if (!missing.isEmpty()) {
        const QString first = result.value.advice.constFirst();
        QVERIFY2(first.contains(u"Personal API keys"_s), qPrintable(first));
        for (const QString &scope : std::as_const(missing))
            QVERIFY2(first.contains(scope), qPrintable(first));
    }
    if (metricsStatus == 500)
        QVERIFY(result.value.advice.constLast().startsWith(u"Usage metrics could not be checked"_s));
    if (projectStatus == 200)
        QCOMPARE(result.value.project.id, 7);
}

void TestApiTransport::cancelWhileWaitingForRetry()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(status(503).withHeader("Retry-After", "30"));
    PostHogClient client(testSettings(), &nam);
    QSignalSpy throttled(&client, &PostHogClient::throttled);
    Outcome outcome;
    QPointer<ApiJob> job = client.send(ApiJob::Method::Get, u"groups_types/"_s, {}, {}, this, [&](ApiJob *j) {
        ++outcome.calls;
        outcome.error = j->error();
    });
    QTRY_COMPARE(nam.requestCount(), 1);
    QTRY_COMPARE(job->attempts(), 1);
    QCOMPARE(throttled.count(), 0); // 503 is not throttling
    job->cancel();
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(client.activeRequests(), 0);
    QCOMPARE(nam.requestCount(), 1);
}

void TestApiTransport::destroyingClientDropsCallbacks()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &) { return FakeResponse::fault(Behaviour::Hang); });
    int calls = 0;
    QPointer<ApiJob> job;
    {
        PostHogClient client(testSettings(), &nam);
        job = client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
        QTRY_COMPARE(nam.requestCount(), 2);
    }
    QVERIFY(job.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

namespace {
QStringList g_logLines;
void collectLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

void TestApiTransport::keyNeverLogged()
{
    QLoggingCategory::setFilterRules(u"groupdesk.*=true"_s);
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(status(503));
        nam.enqueue(ok("[]"));
        nam.enqueue(
            FakeResponse::json(302, {}).withHeader("Location", "https://evil.example.com/?key=" + SecretKey.toUtf8()));
        nam.enqueue(status(
            401, R"({"type":"authentication_error","code":"authentication_failed","detail":"bad","attr":null})"));
        PostHogClient client(testSettings(), &nam);
        int calls = 0;
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
        client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &) { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 5000);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_logLines.size() >= 4); // the api did log something about these requests
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(SecretKey), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_apitransport.moc"
