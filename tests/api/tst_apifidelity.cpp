// Against the in-process sandbox over loopback: where GroupDesk must do what PostHog
// does rather than what a naive client would. Event property suggestions for a metric's sum
// (property_definitions/?type=event, searched and paged), Test connection naming
// project:read and property_definition:read, and writes whose answer was lost (a retried
// create_detail_dashboard meeting "already exists", a group created under a type that then
// 404s, a property write applied before a 502) read back before calling it a failure.
#include "posthogclient.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

template<typename T>
struct Waiter
{
    std::optional<ApiResult<T>> result;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
};

/// Lines of the sandbox's request log that start with `method` and contain `fragment`.
qsizetype countLines(const QList<QByteArray> &log, const QByteArray &method, const QByteArray &fragment = {})
{
    const QByteArray prefix = method + ' ';
    return std::count_if(log.cbegin(), log.cend(),
                         [&](const QByteArray &line) { return line.startsWith(prefix) && line.contains(fragment); });
}
} // namespace

#define WAIT_FOR(waiter) QTRY_VERIFY_WITH_TIMEOUT((waiter).result.has_value(), Timeout)

class TestApiFidelity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eventPropertiesAreSearchedAndPaged();
    void eventPropertiesNeedTheirScope();
    void connectionCheckNamesEveryReadScope();
    void retriedDetailDashboardIsASuccess();
    void detailDashboardRefusedWhenNotThere();
    void createUnderMissingTypeReadsBack();
    void propertyWriteAppliedThen502ReadsBack();
    void propertyWriteNotAppliedStaysFailed();

private:
    PostHogClient *client(int maxRetries = 0, const QString &key = SandboxServer::demoKey());

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogClient> m_client;
};

void TestApiFidelity::init()
{
    SandboxOptions options;
    options.groupTypeCount = 2;
    options.groupsPerType = 20;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

void TestApiFidelity::cleanup()
{
    m_client.reset();
    m_server.reset();
}

PostHogClient *TestApiFidelity::client(int maxRetries, const QString &key)
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = key;
    settings.maxRetries = maxRetries;
    settings.requestsPerMinute = 100000;
    m_client = std::make_unique<PostHogClient>(settings);
    return m_client.get();
}

void TestApiFidelity::eventPropertiesAreSearchedAndPaged()
{
    PostHogClient *c = client();
    // Everything: more than one page of 100, followed through `next`, each name once.
    Waiter<EventPropertySuggestions> all;
    c->eventPropertyDefinitions(QString(), 1000, this, all.callback());
    WAIT_FOR(all);
    QVERIFY2(all.result->ok(), qPrintable(all.result->error.userMessage()));
    const QList<PropertyDefinition> &defs = all.result->value.definitions;
    QVERIFY(defs.size() > 100);
    QCOMPARE(all.result->value.total, qint64(defs.size()));
    QSet<QString> names;
    for (const PropertyDefinition &d : defs)
        names.insert(d.name);
    QCOMPARE(names.size(), defs.size());
    QVERIFY(names.contains(u"amount"_s));
    QVERIFY(names.contains(u"$browser"_s));
    const QList<QByteArray> log = m_server->requestLog();
    QVERIFY(countLines(log, "GET", "/property_definitions/?type=event") >= 1);
    QVERIFY2(countLines(log, "GET", "/property_definitions/") >= 2, log.join(" | ").constData());
    // Never the group type's properties: the sum adds up an event property.
    for (const QByteArray &line : log)
        QVERIFY2(!line.contains("type=group") && !line.contains("groups/property_definitions"), line.constData());

    // A search narrows on the server, case-insensitively, and carries the type.
    Waiter<EventPropertySuggestions> found;
    c->eventPropertyDefinitions(u"AMOU"_s, 50, this, found.callback());
    WAIT_FOR(found);
    QVERIFY(found.result->ok());
    QCOMPARE(found.result->value.definitions.size(), 1);
    QCOMPARE(found.result->value.definitions.at(0).name, u"amount"_s);
    QCOMPARE(found.result->value.definitions.at(0).propertyType, u"Numeric"_s);
    QVERIFY(m_server->requestLog().constLast().contains("search=AMOU"));

    // A limit below the total stops following pages and says how many there are.
    Waiter<EventPropertySuggestions> capped;
    c->eventPropertyDefinitions(u"flag"_s, 120, this, capped.callback());
    WAIT_FOR(capped);
    QVERIFY(capped.result->ok());
    QCOMPARE(capped.result->value.definitions.size(), 120);
    QCOMPARE(capped.result->value.total, qint64(150));

    Waiter<EventPropertySuggestions> none;
    c->eventPropertyDefinitions(u"no such property"_s, 50, this, none.callback());
    WAIT_FOR(none);
    QVERIFY(none.result->ok());
    QVERIFY(none.result->value.definitions.isEmpty());
    QCOMPARE(none.result->value.total, qint64(0));
}

void TestApiFidelity::eventPropertiesNeedTheirScope()
{
    m_server->addApiKey(u"phx_no_definitions"_s, {u"group:read"_s, u"project:read"_s});
    PostHogClient *c = client(0, u"phx_no_definitions"_s);
    Waiter<EventPropertySuggestions> refused;
    c->eventPropertyDefinitions(u"amount"_s, 50, this, refused.callback());
    WAIT_FOR(refused);
    QCOMPARE(refused.result->error.kind(), ApiError::Kind::MissingScope);
    QVERIFY(refused.result->error.detail().contains(u"property_definition:read"_s));
}

void TestApiFidelity::connectionCheckNamesEveryReadScope()
{
    {
        Waiter<ConnectionCheck> full;
        client()->checkConnection(this, full.callback());
        WAIT_FOR(full);
        QVERIFY(full.result->ok());
        QVERIFY(full.result->value.projectRead);
        QVERIFY(full.result->value.propertyDefinitionRead);
        QVERIFY(full.result->value.missingScopes.isEmpty());
    }
    m_server->addApiKey(u"phx_groups_only"_s, {u"group:read"_s, u"usage_metric:read"_s, u"activity_log:read"_s});
    Waiter<ConnectionCheck> partial;
    client(0, u"phx_groups_only"_s)->checkConnection(this, partial.callback());
    WAIT_FOR(partial);
    QVERIFY2(partial.result->ok(), qPrintable(partial.result->error.userMessage()));
    QVERIFY(!partial.result->value.projectRead);
    QVERIFY(!partial.result->value.propertyDefinitionRead);
    QVERIFY(partial.result->value.groupRead);
    QVERIFY(partial.result->value.missingScopes.contains(u"project:read"_s));
    QVERIFY(partial.result->value.missingScopes.contains(u"property_definition:read"_s));
    QVERIFY(partial.result->value.advice.join(u' ').contains(u"property_definition:read"_s));
}

void TestApiFidelity::retriedDetailDashboardIsASuccess()
{
    PostHogClient *c = client(3);
    // The first PUT creates the dashboard and its answer is lost (a proxy's 502); the PUT is
    // retried and meets PostHog's bare 400 "Dashboard already exists for this group type".
    m_server->setNextFaults({u"applied502"_s});
    const int before = m_server->requestCount();
    Waiter<GroupType> created;
    c->createDetailDashboard(1, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    QVERIFY(created.result->value.detailDashboard.has_value());
    QCOMPARE(created.result->value.index, 1);
    const QList<QByteArray> log = m_server->requestLog().mid(before);
    QCOMPARE(countLines(log, "PUT"), 2);                   // the retry happened
    QCOMPARE(countLines(log, "GET", "/groups_types/"), 1); // and the read-back
    QVERIFY(m_server->store()->groupType(1)->detailDashboard.isDouble());
}

void TestApiFidelity::detailDashboardRefusedWhenNotThere()
{
    PostHogClient *c = client(0);
    // A 502 that did not apply: the read-back finds no dashboard, the failure stands.
    m_server->setNextFaults({u"502"_s});
    Waiter<GroupType> failed;
    c->createDetailDashboard(0, this, failed.callback());
    WAIT_FOR(failed);
    QCOMPARE(failed.result->error.kind(), ApiError::Kind::Server);
    QVERIFY(m_server->store()->groupType(0)->detailDashboard.isNull());
}

void TestApiFidelity::createUnderMissingTypeReadsBack()
{
    PostHogClient *c = client(0);
    // PostHog writes the row, then 404s looking up type 3 for the $groupidentify event.
    Waiter<Group> created;
    c->createGroup(3, u"orphan-1"_s, QJsonObject{{u"plan"_s, u"pro"_s}}, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    QCOMPARE(created.result->value.key, u"orphan-1"_s);
    QVERIFY2(created.result->notice.contains(u"group type"_s), qPrintable(created.result->notice));
    QVERIFY(m_server->store()->hasGroup(3, u"orphan-1"_s));
    QCOMPARE(m_server->store()->createRequests(3, u"orphan-1"_s), 1);
}

void TestApiFidelity::propertyWriteAppliedThen502ReadsBack()
{
    PostHogClient *c = client(3);
    const QString key = m_server->store()->keyAt(0, 0);
    m_server->setNextFaults({u"applied502"_s});
    const int before = m_server->requestCount();
    Waiter<Group> updated;
    c->updateGroupProperty(0, key, u"seats"_s, 12, this, updated.callback());
    WAIT_FOR(updated);
    QVERIFY2(updated.result->ok(), qPrintable(updated.result->error.userMessage()));
    QCOMPARE(updated.result->value.properties.value(u"seats"_s).toInt(), 12);
    const QList<QByteArray> log = m_server->requestLog().mid(before);
    QCOMPARE(countLines(log, "POST"), 1); // never resent
    QCOMPARE(countLines(log, "GET"), 1);  // read back instead
}

void TestApiFidelity::propertyWriteNotAppliedStaysFailed()
{
    PostHogClient *c = client(3);
    const QString key = m_server->store()->keyAt(0, 0);
    for (const QString &fault : {u"500"_s, u"html"_s}) {
        m_server->setNextFaults({fault});
        Waiter<Group> updated;
        c->updateGroupProperty(0, key, u"seats"_s, 77, this, updated.callback());
        WAIT_FOR(updated);
        QVERIFY2(!updated.result->ok(), qPrintable(fault));
        QVERIFY(m_server->store()->properties(0, key).value(u"seats"_s) != QJsonValue(77));
    }
}

QTEST_GUILESS_MAIN(TestApiFidelity)
#include "tst_apifidelity.moc"
