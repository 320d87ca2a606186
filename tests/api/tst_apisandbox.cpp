// Every endpoint of PostHogClient against the in-process sandbox over real loopback HTTP,
// in both server versions and with the newest PostHog's PAK denial of metadata writes.
#include "posthogclient.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int GroupsPerType = 250;
constexpr int Timeout = 20000;

enum class Variant
{
    Newest,
    Older,
    NewestPakDeny,
};

/// Runs one typed call and waits for its result (the callback fires on the event loop).
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

Q_DECLARE_METATYPE(Variant)

#define WAIT_FOR(waiter) QTRY_VERIFY_WITH_TIMEOUT((waiter).result.has_value(), Timeout)

class TestApiSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void resolveAndCheckConnection_data() { variants(); }
    void resolveAndCheckConnection();
    void groupTypes_data() { variants(); }
    void groupTypes();
    void groupsPagingWalksEverything_data() { variants(); }
    void groupsPagingWalksEverything();
    void groupsFilters_data() { variants(); }
    void groupsFilters();
    void groupLifecycle_data() { variants(); }
    void groupLifecycle();
    void propertyValuesAndDefinitions_data() { variants(); }
    void propertyValuesAndDefinitions();
    void groupTypeMetadata_data() { variants(); }
    void groupTypeMetadata();
    void deleteGroupType_data() { variants(); }
    void deleteGroupType();
    void usageMetricsCrud_data() { variants(); }
    void usageMetricsCrud();
    void serverValidationCarriesAttr_data() { variants(); }
    void serverValidationCarriesAttr();
    void authErrors_data() { variants(); }
    void authErrors();
    void faultsAreRetriedOrReported();
    void postIsNeverDuplicated();
    void captureFailureCountsAsSaved_data();
    void captureFailureCountsAsSaved();
    void throttlingIsReported();

private:
    static void variants();
    void startServer(Variant variant);
    PostHogClient *client(int maxRetries = 0, const QString &key = SandboxServer::demoKey());
    QString firstGroupKey(PostHogClient *c, int typeIndex);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<PostHogClient> m_otherClient;
    Variant m_variant = Variant::Newest;
};

void TestApiSandbox::variants()
{
    QTest::addColumn<Variant>("variant");
    QTest::newRow("newest") << Variant::Newest;
    QTest::newRow("older") << Variant::Older;
    QTest::newRow("newest, metadata PAK deny") << Variant::NewestPakDeny;
}

void TestApiSandbox::init()
{
    // Data-driven tests pick their variant in startServer(); the others use the newest.
    m_variant = Variant::Newest;
}

void TestApiSandbox::cleanup()
{
    m_client.reset();
    m_otherClient.reset();
    m_server.reset();
}

void TestApiSandbox::startServer(Variant variant)
{
    m_variant = variant;
    SandboxOptions options;
    options.groupsPerType = GroupsPerType;
    options.serverVersion =
        variant == Variant::Older ? SandboxOptions::ServerVersion::Older : SandboxOptions::ServerVersion::Newest;
    options.metadataPakDeny = variant == Variant::NewestPakDeny;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

PostHogClient *TestApiSandbox::client(int maxRetries, const QString &key)
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.projectId = u"@current"_s;
    settings.apiKey = key;
    settings.maxRetries = maxRetries;
    settings.requestsPerMinute = 100000;
    settings.timeout = std::chrono::seconds(20);
    auto c = std::make_unique<PostHogClient>(settings);
    PostHogClient *raw = c.get();
    if (!m_client)
        m_client = std::move(c);
    else
        m_otherClient = std::move(c);
    return raw;
}

QString TestApiSandbox::firstGroupKey(PostHogClient *c, int typeIndex)
{
    Waiter<GroupPage> page;
    GroupQuery query;
    query.typeIndex = typeIndex;
    c->listGroupsPage(query, {}, this, page.callback());
    if (!QTest::qWaitFor([&] { return page.result.has_value(); }, Timeout) || !page.result->ok()
        || page.result->value.groups.isEmpty())
        return {};
    return page.result->value.groups.constFirst().key;
}

void TestApiSandbox::resolveAndCheckConnection()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();

    Waiter<ProjectInfo> project;
    c->resolveProject(this, project.callback());
    WAIT_FOR(project);
    QVERIFY2(project.result->ok(), qPrintable(project.result->error.userMessage()));
    QCOMPARE(project.result->value.id, m_server->projectId());
    QCOMPARE(project.result->value.name, m_server->projectName());
    QCOMPARE(c->projectId(), QString::number(m_server->projectId()));

    Waiter<ConnectionCheck> check;
    c->checkConnection(this, check.callback());
    WAIT_FOR(check);
    QVERIFY2(check.result->ok(), qPrintable(check.result->error.userMessage()));
    QVERIFY(check.result->value.groupRead);
    QVERIFY(check.result->value.usageMetricRead);
    QVERIFY(check.result->value.activityLogRead);
    QVERIFY2(check.result->value.advice.isEmpty(), qPrintable(check.result->value.advice.join(u' ')));
    // Only the project path used @current; everything after the resolve uses the number.
    const QList<QByteArray> log = m_server->requestLog();
    QVERIFY(!log.isEmpty());
    for (qsizetype i = 1; i < log.size(); ++i)
        QVERIFY2(!log.at(i).contains("@current"), log.at(i).constData());
}

void TestApiSandbox::groupTypes()
{
    QFETCH(Variant, variant);
    startServer(variant);
    Waiter<QList<GroupType>> types;
    client()->listGroupTypes(this, types.callback());
    WAIT_FOR(types);
    QVERIFY2(types.result->ok(), qPrintable(types.result->error.userMessage()));
    QCOMPARE(types.result->value.size(), SandboxOptions().groupTypeCount);
    for (int i = 0; i < types.result->value.size(); ++i) {
        QCOMPARE(types.result->value.at(i).index, i);
        QVERIFY(!types.result->value.at(i).codeName.isEmpty());
    }
}

void TestApiSandbox::groupsPagingWalksEverything()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    QSet<QString> keys;
    int duplicates = 0;
    int pages = 0;
    QUrl next;
    GroupQuery query;
    query.typeIndex = 0;
    do {
        Waiter<GroupPage> page;
        c->listGroupsPage(query, next, this, page.callback());
        WAIT_FOR(page);
        QVERIFY2(page.result->ok(), qPrintable(page.result->error.userMessage()));
        QVERIFY(page.result->value.groups.size() <= 100);
        for (const Group &group : std::as_const(page.result->value.groups)) {
            QCOMPARE(group.typeIndex, 0);
            if (keys.contains(group.key))
                ++duplicates;
            keys.insert(group.key);
        }
        next = page.result->value.next;
        if (next.isValid())
            QCOMPARE(next.host(), m_server->baseUrl().host());
        ++pages;
    } while (next.isValid() && pages < 100);
    QCOMPARE(duplicates, 0);
    QCOMPARE(keys.size(), GroupsPerType);
    QCOMPARE(pages, (GroupsPerType + 99) / 100);
}

void TestApiSandbox::groupsFilters()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    const QString key = firstGroupKey(c, 0);
    QVERIFY(!key.isEmpty());

    Waiter<GroupPage> byKey;
    GroupQuery query;
    query.typeIndex = 0;
    query.keyContains = key;
    c->listGroupsPage(query, {}, this, byKey.callback());
    WAIT_FOR(byKey);
    QVERIFY(byKey.result->ok());
    QVERIFY(!byKey.result->value.groups.isEmpty());
    for (const Group &group : std::as_const(byKey.result->value.groups))
        QVERIFY(group.key.contains(key, Qt::CaseInsensitive));

    Waiter<GroupPage> bySearch;
    query.keyContains.clear();
    query.search = key.toUpper(); // search matches the key exactly, case-insensitively
    c->listGroupsPage(query, {}, this, bySearch.callback());
    WAIT_FOR(bySearch);
    QVERIFY(bySearch.result->ok());
    bool found = false;
    for (const Group &group : std::as_const(bySearch.result->value.groups))
        found = found || group.key == key;
    QVERIFY(found);
}

void TestApiSandbox::groupLifecycle()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    // '+', space, non-ASCII, '/' and text that looks like percent escapes must all survive.
    const QString key = u"gd:test+1 ü/x%41%25"_s;

    Waiter<Group> created;
    c->createGroup(0, key, QJsonObject{{u"plan"_s, u"pro"_s}, {u"name"_s, u"Test Org"_s}}, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    QCOMPARE(created.result->value.key, key);
    QCOMPARE(created.result->value.displayName(), u"Test Org"_s);

    Waiter<Group> duplicate;
    c->createGroup(0, key, {}, this, duplicate.callback());
    WAIT_FOR(duplicate);
    QCOMPARE(duplicate.result->error.kind(), ApiError::Kind::Validation);

    Waiter<Group> found;
    c->findGroup(0, key, this, found.callback());
    WAIT_FOR(found);
    QVERIFY2(found.result->ok(), qPrintable(found.result->error.userMessage()));
    QCOMPARE(found.result->value.properties.value(u"plan"_s).toString(), u"pro"_s);

    Waiter<Group> updated;
    c->updateGroupProperty(0, key, u"seats"_s, 5, this, updated.callback());
    WAIT_FOR(updated);
    QVERIFY2(updated.result->ok(), qPrintable(updated.result->error.userMessage()));
    QCOMPARE(updated.result->value.properties.value(u"seats"_s).toInt(), 5);

    Waiter<Group> removed;
    c->deleteGroupProperty(0, key, u"plan"_s, this, removed.callback());
    WAIT_FOR(removed);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->error.userMessage()));
    QVERIFY(!removed.result->value.properties.contains(u"plan"_s));

    Waiter<Group> removedAgain;
    c->deleteGroupProperty(0, key, u"plan"_s, this, removedAgain.callback());
    WAIT_FOR(removedAgain);
    QCOMPARE(removedAgain.result->error.kind(), ApiError::Kind::Validation);
    QCOMPARE(removedAgain.result->error.attr(), u"$unset"_s);

    Waiter<ActivityPage> activity;
    c->groupActivity(0, key, 1, 10, this, activity.callback());
    WAIT_FOR(activity);
    QVERIFY2(activity.result->ok(), qPrintable(activity.result->error.userMessage()));
    QVERIFY(!activity.result->value.entries.isEmpty());
    for (const ActivityEntry &entry : std::as_const(activity.result->value.entries))
        QVERIFY(!entry.summary().isEmpty());
    // Recorded as PostHog does: the deletion is an update_property "deleted"
    // change, the creation one create_group row per property; read as people mean them.
    QList<ActivityEntry> entries = activity.result->value.entries;
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).activity, u"update_property"_s);
    QCOMPARE(entries.at(2).activity, u"create_group"_s);
    QCOMPARE(entries.at(3).activity, u"create_group"_s);
    ActivityEntry::foldCreations(entries);
    QStringList summaries;
    for (const ActivityEntry &entry : std::as_const(entries))
        summaries.append(entry.summary());
    QCOMPARE(summaries, (QStringList{u"removed plan (was pro)"_s, u"set seats to 5"_s,
                                     u"created the group with 2 property(s)"_s}));

    Waiter<QList<RelatedActor>> related;
    c->relatedActors(0, firstGroupKey(c, 0), this, related.callback());
    WAIT_FOR(related);
    QVERIFY2(related.result->ok(), qPrintable(related.result->error.userMessage()));

    Waiter<Group> missing;
    c->findGroup(0, u"no-such-group"_s, this, missing.callback());
    WAIT_FOR(missing);
    QCOMPARE(missing.result->error.kind(), ApiError::Kind::NotFound);
}

void TestApiSandbox::propertyValuesAndDefinitions()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();

    Waiter<QList<PropertyDefinition>> definitions;
    c->propertyDefinitions(0, this, definitions.callback());
    WAIT_FOR(definitions);
    QVERIFY2(definitions.result->ok(), qPrintable(definitions.result->error.userMessage()));
    QVERIFY(!definitions.result->value.isEmpty());
    QStringList names;
    for (const PropertyDefinition &definition : std::as_const(definitions.result->value))
        names.append(definition.name);
    QVERIFY2(names.contains(u"name"_s), qPrintable(names.join(u',')));

    Waiter<QList<PropertyCount>> values;
    c->propertyValues(0, u"name"_s, QString(), this, values.callback());
    WAIT_FOR(values);
    QVERIFY2(values.result->ok(), qPrintable(values.result->error.userMessage()));
    QVERIFY(!values.result->value.isEmpty());
    QVERIFY(values.result->value.size() <= 20);
    for (const PropertyCount &count : std::as_const(values.result->value))
        QVERIFY(count.count >= 1);
}

void TestApiSandbox::groupTypeMetadata()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    const bool denied = variant == Variant::NewestPakDeny;

    Waiter<QList<GroupType>> renamed;
    GroupTypeNames row;
    row.index = 1;
    row.nameSingular = u"Workspace"_s;
    row.namePlural = u"Workspaces"_s;
    c->updateGroupTypeMetadata({row}, this, renamed.callback());
    WAIT_FOR(renamed);
    if (denied) {
        QCOMPARE(renamed.result->error.kind(), ApiError::Kind::NeedsSession);
        QVERIFY(!renamed.result->error.userMessage().isEmpty());
    } else {
        QVERIFY2(renamed.result->ok(), qPrintable(renamed.result->error.userMessage()));
        QCOMPARE(renamed.result->value.at(1).nameSingular, u"Workspace"_s);
        QCOMPARE(renamed.result->value.at(1).displayPlural(), u"Workspaces"_s);
    }

    Waiter<GroupType> columns;
    c->setDefaultColumns(0, {u"name"_s, u"plan"_s}, this, columns.callback());
    WAIT_FOR(columns);
    if (denied) {
        QCOMPARE(columns.result->error.kind(), ApiError::Kind::NeedsSession);
    } else {
        QVERIFY2(columns.result->ok(), qPrintable(columns.result->error.userMessage()));
        QCOMPARE(columns.result->value.defaultColumns, (QStringList{u"name"_s, u"plan"_s}));
    }

    Waiter<GroupType> dashboard;
    c->createDetailDashboard(0, this, dashboard.callback());
    WAIT_FOR(dashboard);
    if (denied) {
        QCOMPARE(dashboard.result->error.kind(), ApiError::Kind::NeedsSession);
    } else {
        QVERIFY2(dashboard.result->ok(), qPrintable(dashboard.result->error.userMessage()));
        QVERIFY(dashboard.result->value.detailDashboard.has_value());
        Waiter<GroupType> again;
        c->createDetailDashboard(0, this, again.callback());
        WAIT_FOR(again);
        QCOMPARE(again.result->error.kind(), ApiError::Kind::Validation);
        QVERIFY(!again.result->error.detail().isEmpty());
    }
}

void TestApiSandbox::deleteGroupType()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    Waiter<NoContent> deleted;
    c->deleteGroupType(2, this, deleted.callback());
    WAIT_FOR(deleted);
    QVERIFY2(deleted.result->ok(), qPrintable(deleted.result->error.userMessage()));
    Waiter<QList<GroupType>> types;
    c->listGroupTypes(this, types.callback());
    WAIT_FOR(types);
    QCOMPARE(types.result->value.size(), SandboxOptions().groupTypeCount - 1);
    Waiter<NoContent> again;
    c->deleteGroupType(2, this, again.callback());
    WAIT_FOR(again);
    QCOMPARE(again.result->error.kind(), ApiError::Kind::NotFound);
}

void TestApiSandbox::usageMetricsCrud()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();

    UsageMetric metric;
    metric.name = u"Revenue (integration test)"_s; // the seed already has "Revenue"
    metric.math = u"sum"_s;
    metric.mathProperty = u"amount"_s;
    metric.filters =
        QJsonObject{{u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"purchase"_s}, {u"type"_s, u"events"_s}}}}};
    Waiter<UsageMetric> created;
    c->createUsageMetric(0, metric, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    const QString id = created.result->value.id;
    QVERIFY(!id.isEmpty());

    Waiter<QList<UsageMetric>> listed;
    c->listUsageMetrics(0, this, listed.callback());
    WAIT_FOR(listed);
    QVERIFY2(listed.result->ok(), qPrintable(listed.result->error.userMessage()));
    bool found = false;
    for (const UsageMetric &m : std::as_const(listed.result->value))
        found = found || m.id == id;
    QVERIFY(found);

    Waiter<UsageMetric> updated;
    c->updateUsageMetric(0, id, QJsonObject{{u"name"_s, u"Revenue (7d)"_s}}, this, updated.callback());
    WAIT_FOR(updated);
    QVERIFY2(updated.result->ok(), qPrintable(updated.result->error.userMessage()));
    QCOMPARE(updated.result->value.name, u"Revenue (7d)"_s);

    Waiter<UsageMetric> fetched;
    c->getUsageMetric(0, id, this, fetched.callback());
    WAIT_FOR(fetched);
    QVERIFY(fetched.result->ok());
    QCOMPARE(fetched.result->value.name, u"Revenue (7d)"_s);

    Waiter<NoContent> deleted;
    c->deleteUsageMetric(0, id, this, deleted.callback());
    WAIT_FOR(deleted);
    QVERIFY2(deleted.result->ok(), qPrintable(deleted.result->error.userMessage()));

    Waiter<UsageMetric> gone;
    c->getUsageMetric(0, id, this, gone.callback());
    WAIT_FOR(gone);
    QCOMPARE(gone.result->error.kind(), ApiError::Kind::NotFound);
}

void TestApiSandbox::serverValidationCarriesAttr()
{
    QFETCH(Variant, variant);
    startServer(variant);
    PostHogClient *c = client();
    // Bypass the client-side check to see the server's own 400.
    ApiError error;
    bool done = false;
    c->send(ApiJob::Method::Post, u"groups_types/0/metrics/"_s, {},
            R"({"name": "Bad", "math": "sum", "math_property": null, "filters": {"events": []}})", this,
            [&](ApiJob *job) {
                error = job->error();
                done = true;
            });
    QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.attr(), u"math_property"_s);

    Waiter<Group> noKey;
    c->createGroup(0, QString(), {}, this, noKey.callback());
    WAIT_FOR(noKey);
    QCOMPARE(noKey.result->error.kind(), ApiError::Kind::Validation);
}

void TestApiSandbox::authErrors()
{
    QFETCH(Variant, variant);
    startServer(variant);
    Waiter<QList<GroupType>> badKey;
    client(0, u"phx_wrong_key"_s)->listGroupTypes(this, badKey.callback());
    WAIT_FOR(badKey);
    QCOMPARE(badKey.result->error.kind(), ApiError::Kind::Unauthenticated);

    m_server->addApiKey(u"phx_groups_only"_s, {u"group:read"_s});
    PostHogClient *limited = client(0, u"phx_groups_only"_s);
    Waiter<QList<UsageMetric>> metrics;
    limited->listUsageMetrics(0, this, metrics.callback());
    WAIT_FOR(metrics);
    if (variant == Variant::Older) {
        // Older servers guarded metrics with group:* scopes.
        QVERIFY2(metrics.result->ok(), qPrintable(metrics.result->error.userMessage()));
    } else {
        QCOMPARE(metrics.result->error.kind(), ApiError::Kind::MissingScope);
    }
    Waiter<Group> write;
    limited->createGroup(0, u"nope"_s, {}, this, write.callback());
    WAIT_FOR(write);
    QCOMPARE(write.result->error.kind(), ApiError::Kind::MissingScope);
}

void TestApiSandbox::faultsAreRetriedOrReported()
{
    startServer(Variant::Newest);
    PostHogClient *c = client(3);
    m_server->setNextFaults({u"502"_s, u"503"_s});
    Waiter<QList<GroupType>> recovered;
    c->listGroupTypes(this, recovered.callback());
    WAIT_FOR(recovered);
    QVERIFY2(recovered.result->ok(), qPrintable(recovered.result->error.userMessage()));
    QCOMPARE(m_server->requestCount(), 3);

    const QList<QPair<QString, ApiError::Kind>> faults{{u"500"_s, ApiError::Kind::Server},
                                                       {u"badjson"_s, ApiError::Kind::BadResponse},
                                                       {u"html"_s, ApiError::Kind::Server}}; // a proxy's 502 page
    PostHogClient *noRetry = client(0);
    for (const auto &fault : faults) {
        m_server->setNextFaults({fault.first});
        Waiter<QList<GroupType>> failed;
        noRetry->listGroupTypes(this, failed.callback());
        WAIT_FOR(failed);
        QVERIFY2(failed.result->error.kind() == fault.second,
                 qPrintable(fault.first + u" -> "_s + ApiError::kindName(failed.result->error.kind())));
    }
}

void TestApiSandbox::postIsNeverDuplicated()
{
    startServer(Variant::Newest);
    PostHogClient *c = client(3);
    const QStringList faults{u"502"_s, u"503"_s, u"reset"_s, u"truncate"_s};
    int i = 0;
    for (const QString &fault : faults) {
        const int before = m_server->requestCount();
        m_server->setNextFaults({fault});
        Waiter<Group> created;
        c->createGroup(0, u"dup-check-%1"_s.arg(++i), {}, this, created.callback());
        WAIT_FOR(created);
        const QList<QByteArray> log = m_server->requestLog().mid(before);
        const auto posts =
            std::count_if(log.cbegin(), log.cend(), [](const QByteArray &l) { return l.startsWith("POST "); });
        QVERIFY2(posts == 1, qPrintable(fault + u": "_s + QString::fromUtf8(log.join(" | "))));
        // A lost answer is read back (GET): applied (reset, truncate) is success, else the failure stands.
        const bool applied = fault == u"reset"_s || fault == u"truncate"_s;
        QVERIFY2(created.result->ok() == applied, qPrintable(fault));
    }
}

void TestApiSandbox::captureFailureCountsAsSaved_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("502") << u"capture"_s;
    QTest::newRow("429 (never retried)") << u"capture429"_s;
}

void TestApiSandbox::captureFailureCountsAsSaved()
{
    QFETCH(QString, fault);
    startServer(Variant::Newest);
    PostHogClient *c = client(3);
    const QString key = u"capture-check"_s;

    int before = m_server->requestCount();
    m_server->setNextFaults({fault});
    Waiter<Group> created;
    c->createGroup(0, key, QJsonObject{{u"plan"_s, u"pro"_s}}, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    QVERIFY(!created.result->notice.isEmpty());
    QCOMPARE(created.result->value.properties.value(u"plan"_s).toString(), u"pro"_s);
    QList<QByteArray> log = m_server->requestLog().mid(before);
    QCOMPARE(log.size(), 2); // the POST and the read-back, no second POST
    QVERIFY2(log.at(0).startsWith("POST ") && log.at(1).startsWith("GET "), log.join(" | ").constData());

    before = m_server->requestCount();
    m_server->setNextFaults({fault});
    Waiter<Group> updated;
    c->updateGroupProperty(0, key, u"seats"_s, 9, this, updated.callback());
    WAIT_FOR(updated);
    QVERIFY2(updated.result->ok(), qPrintable(updated.result->error.userMessage()));
    QCOMPARE(updated.result->value.properties.value(u"seats"_s).toInt(), 9);
    QVERIFY2(updated.result->notice.contains(u"capture_http_error"_s), qPrintable(updated.result->notice));
    QCOMPARE(m_server->requestCount() - before, 2);
}

void TestApiSandbox::throttlingIsReported()
{
    startServer(Variant::Newest);
    m_server->setRatePerMinute(3);
    PostHogClient *c = client(0);
    QSignalSpy failed(c, &PostHogClient::requestFailed);
    int done = 0;
    ApiError last;
    for (int i = 0; i < 5; ++i) {
        c->listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) {
            ++done;
            if (!r.ok())
                last = r.error;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, Timeout);
    QCOMPARE(last.kind(), ApiError::Kind::Throttled);
    QVERIFY(last.retryAfterSeconds() >= 0);
    QVERIFY(failed.count() >= 1);
}

QTEST_GUILESS_MAIN(TestApiSandbox)
#include "tst_apisandbox.moc"
