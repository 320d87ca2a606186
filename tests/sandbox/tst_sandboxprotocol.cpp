// SandboxServer's HTTP protocol over real loopback: authentication and scopes (401/403),
// routing (404/405, trailing slash, the /api/environments/ alias), per-key throttling
// (429 + Retry-After), every fault kind, seeded fault determinism, latency and the request log.
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using Version = SandboxOptions::ServerVersion;

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString P = u"/api/projects/1/"_s;
} // namespace

Q_DECLARE_METATYPE(SandboxOptions::ServerVersion)

class TestSandboxProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void auth_data();
    void auth();
    void routing_data();
    void routing();
    void throttling();
    void faults_data();
    void faults();
    void randomFaultsAreDeterministic();
    void latencyStillAnswers();
    void requestLogHasNoKeys();
    void parallelAndLargeRequests();
    void environmentsAlias_data();
    void environmentsAlias();

private:
    SandboxServer *start(const SandboxOptions &options = {});
    SandboxServer *start(Version version);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

SandboxServer *TestSandboxProtocol::start(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->listen() == 0)
        return nullptr;
    m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    return m_server.get();
}

SandboxServer *TestSandboxProtocol::start(Version version)
{
    SandboxOptions options;
    options.serverVersion = version;
    return start(options);
}

void TestSandboxProtocol::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxProtocol::auth_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    const QString groups = P + u"groups/?group_type_index=0"_s;
    const QString metrics = P + u"groups_types/0/metrics/"_s;
    QTest::newRow("no key") << Version::Newest << QString() << "GET"_ba << groups << 401 << u"not_authenticated"_s
                            << QString();
    QTest::newRow("bad key") << Version::Newest << u"phx_wrong"_s << "GET"_ba << groups << 401
                             << u"authentication_failed"_s
                             << u"Personal API key found in request Authorization header is invalid."_s;
    QTest::newRow("oauth token skipped") << Version::Newest << u"pha_token"_s << "GET"_ba << groups << 401
                                         << u"not_authenticated"_s << QString();
    QTest::newRow("read ok") << Version::Newest << u"phx_read"_s << "GET"_ba << groups << 200 << QString() << QString();
    QTest::newRow("write with read") << Version::Newest << u"phx_read"_s << "POST"_ba << P + u"groups/"_s << 403
                                     << u"permission_denied"_s << u"API key missing required scope 'group:write'"_s;
    QTest::newRow("metrics newest") << Version::Newest << u"phx_read"_s << "GET"_ba << metrics << 403
                                    << u"permission_denied"_s
                                    << u"API key missing required scope 'usage_metric:read'"_s;
    QTest::newRow("metrics older") << Version::Older << u"phx_read"_s << "GET"_ba << metrics << 200 << QString()
                                   << QString();
    QTest::newRow("activity scope") << Version::Newest << u"phx_read"_s << "GET"_ba
                                    << P + u"groups/activity/?group_type_index=0&group_key=org:00000"_s << 403
                                    << u"permission_denied"_s
                                    << u"API key missing required scope 'activity_log:read'"_s;
    QTest::newRow("write implies read") << Version::Newest << u"phx_write"_s << "GET"_ba << groups << 200 << QString()
                                        << QString();
    QTest::newRow("legacy key newest") << Version::Newest << u"phx_legacy"_s << "GET"_ba << groups << 403
                                       << u"permission_denied"_s << u"API key missing required scope 'group:read'"_s;
    QTest::newRow("legacy key older") << Version::Older << u"phx_legacy"_s << "POST"_ba << P + u"groups/"_s << 201
                                      << QString() << QString();
    QTest::newRow("project scope") << Version::Newest << u"phx_read"_s << "GET"_ba << P << 403 << u"permission_denied"_s
                                   << u"API key missing required scope 'project:read'"_s;
}

void TestSandboxProtocol::auth()
{
    QFETCH(Version, version);
    QFETCH(QString, key);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    QVERIFY(start(version));
    m_server->addApiKey(u"phx_read"_s, {u"group:read"_s});
    m_server->addApiKey(u"phx_write"_s, {u"group:write"_s});
    m_server->addApiKey(u"phx_legacy"_s, {});
    const auto r = m_http->send(
        method, path,
        method == "POST" ? body(QJsonObject{{u"group_type_index"_s, 0}, {u"group_key"_s, u"k"_s}}) : QByteArray(), key);
    QCOMPARE(r.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(r.object().value(u"type"_s).toString(), u"authentication_error"_s);
        QCOMPARE(r.object().value(u"code"_s).toString(), code);
    }
    if (!detail.isEmpty())
        QCOMPARE(r.object().value(u"detail"_s).toString(), detail);
    if (status == 401)
        QVERIFY(r.wwwAuthenticate.startsWith("Bearer resource_metadata="));
}

void TestSandboxProtocol::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no trailing slash") << "GET"_ba << P + u"groups_types"_s << 200 << QString();
    QTest::newRow("delete list") << "DELETE"_ba << P + u"groups/?group_type_index=0"_s << 405
                                 << u"method_not_allowed"_s;
    QTest::newRow("post find") << "POST"_ba << P + u"groups/find/?group_type_index=0&group_key=a"_s << 405
                               << u"method_not_allowed"_s;
    QTest::newRow("get update_property") << "GET"_ba << P + u"groups/update_property/"_s << 405
                                         << u"method_not_allowed"_s;
    QTest::newRow("post group types") << "POST"_ba << P + u"groups_types/"_s << 405 << u"method_not_allowed"_s;
    QTest::newRow("group retrieve") << "GET"_ba << P + u"groups/org:00000/"_s << 404 << u"not_found"_s;
    QTest::newRow("unknown resource") << "GET"_ba << P + u"dashboards/"_s << 404 << u"not_found"_s;
    QTest::newRow("not api") << "GET"_ba << u"/index.html"_s << 404 << u"not_found"_s;
}

void TestSandboxProtocol::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QVERIFY(start());
    const auto r = m_http->send(method, path);
    QCOMPARE(r.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(r.object().value(u"code"_s).toString(), code);
        QCOMPARE(r.object().value(u"type"_s).toString(), u"invalid_request"_s);
    }
}

void TestSandboxProtocol::throttling()
{
    SandboxOptions options;
    options.ratePerMinute = 2;
    QVERIFY(start(options));
    m_server->addApiKey(u"phx_other"_s, {u"*"_s});
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
    const auto throttled = m_http->get(P + u"groups_types/"_s);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.object().value(u"type"_s).toString(), u"throttled_error"_s);
    QCOMPARE(throttled.object().value(u"code"_s).toString(), u"throttled"_s);
    bool ok = false;
    const int wait = throttled.retryAfter.toInt(&ok);
    QVERIFY(ok);
    QVERIFY(wait >= 1 && wait <= 60);
    QVERIFY(throttled.object().value(u"detail"_s).toString().contains(u"Expected available in %1 seconds"_s.arg(wait)));
    // A request the permissions refuse is not counted and answers 403, not 429 (DRF order).
    m_server->addApiKey(u"phx_read"_s, {u"group:read"_s});
    QCOMPARE(m_http->get(P + u"groups_types/0/metrics/"_s, u"phx_read"_s).status, 403);
    QCOMPARE(m_http->get(P + u"groups_types/"_s, u"phx_read"_s).status, 200);
    // Per key, not per project.
    QCOMPARE(m_http->get(P + u"groups_types/"_s, u"phx_other"_s).status, 200);
    m_server->setRatePerMinute(0);
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
}

void TestSandboxProtocol::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("500") << u"500"_s;
    QTest::newRow("502") << u"502"_s;
    QTest::newRow("503") << u"503"_s;
    QTest::newRow("reset") << u"reset"_s;
    QTest::newRow("truncate") << u"truncate"_s;
    QTest::newRow("badjson") << u"badjson"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("slow") << u"slow"_s;
}

void TestSandboxProtocol::faults()
{
    QFETCH(QString, fault);
    QVERIFY(start());
    m_server->setNextFaults({fault});
    const int before = m_server->requestCount();
    const auto r = m_http->send("GET", P + u"groups/?group_type_index=0"_s, {}, SandboxServer::demoKey(),
                                fault == u"slow"_s ? 3000 : 20000);
    QCOMPARE(m_server->requestCount(), before + 1);
    if (fault == u"slow"_s) {
        QVERIFY(!r.finished); // still dripping after 3 s
    } else if (fault == u"reset"_s || fault == u"truncate"_s) {
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, r.body.constData());
    } else if (fault == u"badjson"_s) {
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    } else if (fault == u"html"_s) {
        QCOMPARE(r.status, 502);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
    } else {
        QCOMPARE(r.status, fault.toInt());
        QCOMPARE(r.object().value(u"type"_s).toString(), u"server_error"_s);
        QCOMPARE(r.retryAfter.isEmpty(), fault != u"503"_s);
    }
    // The fault was one-shot: the next request is normal.
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
}

void TestSandboxProtocol::randomFaultsAreDeterministic()
{
    SandboxOptions options;
    options.faults = {u"500"_s, u"503"_s};
    options.faultRate = 0.5;
    QList<int> first;
    for (int run = 0; run < 2; ++run) {
        QVERIFY(start(options));
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.append(m_http->get(P + u"groups_types/"_s).status);
        if (run == 0)
            first = statuses;
        else
            QCOMPARE(statuses, first);
    }
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(500) || first.contains(503));
}

void TestSandboxProtocol::latencyStillAnswers()
{
    SandboxOptions options;
    options.latencyMs = 200;
    QVERIFY(start(options));
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
    m_server->setLatencyMs(0);
    QCOMPARE(m_http->get(P + u"groups_types/"_s).status, 200);
}

void TestSandboxProtocol::requestLogHasNoKeys()
{
    QVERIFY(start());
    m_http->get(P + u"groups/?group_type_index=0&search=a%2Bb"_s);
    m_http->get(P + u"groups_types/?personal_api_key=phx_groupdesk_demo_key"_s, QString());
    const QList<QByteArray> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0), "GET /api/projects/1/groups/?group_type_index=0&search=a%2Bb"_ba);
    QCOMPARE(log.at(1), "GET /api/projects/1/groups_types/"_ba);
    for (const QByteArray &line : log)
        QVERIFY(!line.contains("phx_"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestSandboxProtocol::environmentsAlias_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("newest groups") << Version::Newest << u"/api/environments/1/groups/?group_type_index=0"_s << 200;
    QTest::newRow("newest groups_types") << Version::Newest << u"/api/environments/1/groups_types/"_s << 200;
    QTest::newRow("older groups") << Version::Older << u"/api/environments/1/groups/?group_type_index=0"_s << 200;
    QTest::newRow("older groups_types") << Version::Older << u"/api/environments/1/groups_types/"_s << 404;
}

void TestSandboxProtocol::environmentsAlias()
{
    QFETCH(Version, version);
    QFETCH(QString, path);
    QFETCH(int, status);
    QVERIFY(start(version));
    SandboxHttp::Response r = m_http->get(path);
    QCOMPARE(r.status, status);
    const QString projectsPath = QString(path).replace(u"/environments/"_s, u"/projects/"_s);
    if (status == 200) {
        // Same data as the projects route (next links keep the path the client used).
        const QJsonDocument viaProjects = m_http->get(projectsPath).json();
        if (viaProjects.isArray())
            QCOMPARE(r.json().array(), viaProjects.array());
        else
            QCOMPARE(r.object().value(u"results"_s), viaProjects.object().value(u"results"_s));
        QCOMPARE(r.deprecation.isEmpty(), version == Version::Older);
    }
}

void TestSandboxProtocol::parallelAndLargeRequests()
{
    QVERIFY(start());
    // Many connections at once (QNAM opens several per host), every one answered.
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 24; ++i) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + P + u"groups/?group_type_index=0"_s));
        request.setRawHeader("Authorization", "Bearer " + SandboxServer::demoKey().toUtf8());
        replies.append(nam.get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(m_server->requestCount(), 24);

    // A body far larger than one TCP segment arrives whole.
    QJsonObject properties;
    for (int i = 0; i < 2000; ++i)
        properties.insert(u"p%1"_s.arg(i), QString(100, u'x'));
    const auto created = m_http->send(
        "POST", P + u"groups/"_s,
        body(QJsonObject{{u"group_type_index"_s, 0}, {u"group_key"_s, u"big"_s}, {u"group_properties"_s, properties}}));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"group_properties"_s).toObject().size(), 2000);
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandboxprotocol.moc"
