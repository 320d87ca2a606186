// The query API (GroupsQuery, UsageMetricsQuery) of PostHogClient against the in-process
// sandbox over real loopback HTTP: ordering, filters, search, counts, paging, the scope and
// throttle paths, both group_name cell shapes and the force_blocking rule after edits.
#include "posthogclient.h"
#include "ratelimiter.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int GroupsPerType = 250;
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

using Predicate = std::function<bool(const QJsonObject &properties)>;

bool missing(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toString();
}
} // namespace

#define WAIT_FOR(waiter) QTRY_VERIFY_WITH_TIMEOUT((waiter).result.has_value(), Timeout)

class TestApiQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void textOrdering_data();
    void textOrdering();
    void numericOrderingFollowsDefinitions();
    void everyFilterOperator_data();
    void everyFilterOperator();
    void searchWithFilters();
    void countMatchesRows();
    void pagingHasNoGapsOrDuplicates();
    void limitCeilingAndDefault();
    void badExpressionIs400();
    void olderGroupNameShape();
    void accessDetection();
    void throttleIsSeparateAndReported();
    void editsForceRefresh();
    void usageMetricValues();
    void usageMetricValuesForcedAfterSave();

private:
    void startServer(SandboxOptions::ServerVersion version = SandboxOptions::ServerVersion::Newest);
    PostHogClient *client(const QString &key = SandboxServer::demoKey(), int maxRetries = 0);
    /// Every row of `query` through pages of `pageSize`.
    QList<GroupsQueryResult> allPages(GroupsQuery query, int pageSize);
    /// Keys of type `typeIndex` whose properties satisfy `predicate`, straight from the store.
    QSet<QString> expectedKeys(int typeIndex, const Predicate &predicate) const;

    std::unique_ptr<SandboxServer> m_server;
    std::vector<std::unique_ptr<PostHogClient>> m_clients;
};

void TestApiQuery::cleanup()
{
    m_clients.clear();
    m_server.reset();
}

void TestApiQuery::startServer(SandboxOptions::ServerVersion version)
{
    SandboxOptions options;
    options.groupsPerType = GroupsPerType;
    options.serverVersion = version;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

PostHogClient *TestApiQuery::client(const QString &key, int maxRetries)
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.projectId = u"@current"_s;
    settings.apiKey = key;
    settings.maxRetries = maxRetries;
    settings.requestsPerMinute = 100000;
    settings.timeout = std::chrono::seconds(20);
    m_clients.push_back(std::make_unique<PostHogClient>(settings));
    return m_clients.back().get();
}

QList<GroupsQueryResult> TestApiQuery::allPages(GroupsQuery query, int pageSize)
{
    QList<GroupsQueryResult> pages;
    PostHogClient *c = m_clients.empty() ? client() : m_clients.front().get();
    query.limit = pageSize;
    query.offset = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        Waiter<GroupsQueryResult> page;
        c->groupsQuery(query, this, page.callback());
        if (!QTest::qWaitFor([&] { return page.result.has_value(); }, Timeout) || !page.result->ok()) {
            qWarning() << "page failed" << (page.result ? page.result->error.userMessage() : u"timeout"_s);
            return {};
        }
        pages.append(page.result->value);
        if (!page.result->value.hasMore)
            break;
        query.offset += pageSize;
    }
    return pages;
}

QSet<QString> TestApiQuery::expectedKeys(int typeIndex, const Predicate &predicate) const
{
    QSet<QString> keys;
    SandboxStore *store = m_server->store();
    for (int i = 0; i < store->groupCount(typeIndex); ++i) {
        if (predicate(store->propertiesAt(typeIndex, i)))
            keys.insert(store->keyAt(typeIndex, i));
    }
    return keys;
}

void TestApiQuery::textOrdering_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name asc") << u"group_name"_s << false;
    QTest::newRow("name desc") << u"group_name"_s << true;
    QTest::newRow("key asc") << u"key"_s << false;
    QTest::newRow("key desc") << u"key"_s << true;
    QTest::newRow("plan (string property) asc") << u"properties.plan"_s << false;
}

void TestApiQuery::textOrdering()
{
    QFETCH(QString, order);
    QFETCH(bool, descending);
    startServer();
    GroupsQuery query;
    query.select = {u"group_name"_s, u"key"_s, u"properties.plan"_s};
    query.orderBy = {GroupsQuery::orderTerm(order, descending), u"key ASC"_s};
    const auto pages = allPages(query, 50000);
    QCOMPARE(pages.size(), 1);
    const GroupsQueryResult &result = pages.constFirst();
    QCOMPARE(result.rows.size(), GroupsPerType);
    QCOMPARE(result.types.at(0), u"Tuple(String, String)"_s);
    const auto sortValue = [&](int row) -> QJsonValue {
        if (order == u"group_name"_s)
            return result.displayName(row);
        if (order == u"key"_s)
            return result.key(row);
        return result.cell(row, u"properties.plan"_s);
    };
    int nulls = 0;
    for (int row = 1; row < result.rows.size(); ++row) {
        const QJsonValue a = sortValue(row - 1);
        const QJsonValue b = sortValue(row);
        if (b.isNull()) {
            ++nulls;
            continue;
        }
        QVERIFY2(!a.isNull(), "NULLs sort last");
        const QString x = a.toString();
        const QString y = b.toString();
        QVERIFY2(descending ? x >= y : x <= y, qPrintable(x + u" / "_s + y));
        if (x == y)
            QVERIFY(result.key(row - 1) < result.key(row)); // the key tiebreak
    }
    if (order == u"properties.plan"_s)
        QCOMPARE(nulls, expectedKeys(0, [](const QJsonObject &p) { return missing(p.value(u"plan"_s)); }).size());
}

void TestApiQuery::numericOrderingFollowsDefinitions()
{
    startServer();
    // Ingested as text, so PostHog's definition of "employees" is String: it sorts as text.
    SandboxStore *store = m_server->store();
    const QList<int> employees{300, 40, 1000, 7, 55};
    for (int i = 0; i < employees.size(); ++i)
        QVERIFY(store->createGroup(2, u"emp:%1"_s.arg(i), {{u"employees"_s, QString::number(employees.at(i))}}));
    PostHogClient *c = client();

    const auto run = [&](const QString &orderBy) {
        GroupsQuery query;
        query.typeIndex = 2;
        query.select = {u"key"_s, u"properties.employees"_s, u"properties.seats"_s};
        query.filters = {{u"employees"_s, GroupPropertyFilter::Operator::IsSet, {}}};
        query.orderBy = {orderBy};
        Waiter<GroupsQueryResult> page;
        c->groupsQuery(query, this, page.callback());
        [&] { WAIT_FOR(page); }();
        return page.result.value_or(ApiResult<GroupsQueryResult>{});
    };
    const ApiResult<GroupsQueryResult> lexical = run(u"properties.employees DESC"_s);
    QVERIFY2(lexical.ok(), qPrintable(lexical.error.userMessage()));
    QCOMPARE(lexical.value.types.at(1), u"Nullable(String)"_s);
    QStringList asText;
    for (const QJsonArray &row : lexical.value.rows) {
        QVERIFY(row.at(1).isString());
        asText.append(row.at(1).toString());
    }
    QStringList textSorted = asText;
    std::sort(textSorted.begin(), textSorted.end(), std::greater<>());
    QCOMPARE(asText, textSorted);
    QCOMPARE(asText.size(), employees.size());

    const ApiResult<GroupsQueryResult> numeric =
        run(GroupsQuery::numericPropertyExpression(u"employees"_s) + u" DESC"_s);
    QVERIFY2(numeric.ok(), qPrintable(numeric.error.userMessage()));
    QList<int> asNumbers;
    for (const QJsonArray &row : numeric.value.rows)
        asNumbers.append(row.at(1).toString().toInt());
    QList<int> numericSorted = employees;
    std::sort(numericSorted.begin(), numericSorted.end(), std::greater<>());
    QCOMPARE(asNumbers, numericSorted);

    // "seats" has a Numeric definition (seeded as numbers): plain ordering is numeric.
    GroupsQuery seats;
    seats.select = {u"key"_s, u"properties.seats"_s};
    seats.orderBy = {u"properties.seats DESC"_s, u"key ASC"_s};
    const auto pages = allPages(seats, 50000);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.constFirst().types.at(1), u"Nullable(Float64)"_s);
    double previous = std::numeric_limits<double>::max();
    for (const QJsonArray &row : pages.constFirst().rows) {
        QVERIFY(row.at(1).isDouble());
        QVERIFY(row.at(1).toDouble() <= previous);
        previous = row.at(1).toDouble();
    }
}

void TestApiQuery::everyFilterOperator_data()
{
    using Op = GroupPropertyFilter::Operator;
    QTest::addColumn<QString>("property");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Predicate>("predicate");
    const auto num = [](const QJsonValue &v) { return v.toDouble(); };
    QTest::newRow("equals") << u"plan"_s << int(Op::Exact) << u"enterprise"_s << Predicate([](const QJsonObject &p) {
        return text(p.value(u"plan"_s)) == u"enterprise"_s;
    });
    QTest::newRow("not equals (missing matches)")
        << u"plan"_s << int(Op::IsNot) << u"enterprise"_s
        << Predicate([](const QJsonObject &p) { return text(p.value(u"plan"_s)) != u"enterprise"_s; });
    QTest::newRow("contains, any case") << u"name"_s << int(Op::IContains) << u"ACME"_s
                                        << Predicate([](const QJsonObject &p) {
                                               return text(p.value(u"name"_s)).contains(u"acme"_s, Qt::CaseInsensitive);
                                           });
    QTest::newRow("does not contain") << u"name"_s << int(Op::NotIContains) << u"acme"_s
                                      << Predicate([](const QJsonObject &p) {
                                             return !text(p.value(u"name"_s)).contains(u"acme"_s, Qt::CaseInsensitive);
                                         });
    QTest::newRow("greater than") << u"seats"_s << int(Op::Gt) << u"250"_s
                                  << Predicate([num](const QJsonObject &p) { return num(p.value(u"seats"_s)) > 250; });
    QTest::newRow("less than") << u"seats"_s << int(Op::Lt) << u"100"_s
                               << Predicate([num](const QJsonObject &p) { return num(p.value(u"seats"_s)) < 100; });
    QTest::newRow("at least") << u"mrr"_s << int(Op::Gte) << u"500.5"_s
                              << Predicate([num](const QJsonObject &p) { return num(p.value(u"mrr"_s)) >= 500.5; });
    QTest::newRow("at most") << u"seats"_s << int(Op::Lte) << u"10"_s
                             << Predicate([num](const QJsonObject &p) { return num(p.value(u"seats"_s)) <= 10; });
    QTest::newRow("is set") << u"account owner"_s << int(Op::IsSet) << QString()
                            << Predicate([](const QJsonObject &p) { return !missing(p.value(u"account owner"_s)); });
    QTest::newRow("is not set") << u"account owner"_s << int(Op::IsNotSet) << QString()
                                << Predicate([](const QJsonObject &p) { return missing(p.value(u"account owner"_s)); });
}

void TestApiQuery::everyFilterOperator()
{
    QFETCH(QString, property);
    QFETCH(int, op);
    QFETCH(QString, value);
    QFETCH(Predicate, predicate);
    startServer();
    GroupsQuery query;
    query.select = {u"key"_s};
    query.filters = {{property, GroupPropertyFilter::Operator(op), value}};
    query.orderBy = {u"key ASC"_s};
    const auto pages = allPages(query, 50000);
    QCOMPARE(pages.size(), 1);
    QSet<QString> got;
    for (int row = 0; row < pages.constFirst().rows.size(); ++row)
        got.insert(pages.constFirst().key(row));
    const QSet<QString> expected = expectedKeys(0, predicate);
    QVERIFY2(!expected.isEmpty() && expected.size() < GroupsPerType, "the filter must split the seed data");
    QCOMPARE(got, expected);
}

void TestApiQuery::searchWithFilters()
{
    startServer();
    GroupsQuery query;
    query.select = {u"group_name"_s, u"key"_s, u"properties.plan"_s};
    query.search = u"acme"_s;
    query.filters = {{u"plan"_s, GroupPropertyFilter::Operator::Exact, u"pro"_s}};
    const auto pages = allPages(query, 50000);
    QCOMPARE(pages.size(), 1);
    const GroupsQueryResult &r = pages.constFirst();
    QSet<QString> expected = expectedKeys(0, [](const QJsonObject &p) {
        return text(p.value(u"plan"_s)) == u"pro"_s
               && text(p.value(u"name"_s)).contains(u"acme"_s, Qt::CaseInsensitive);
    });
    QSet<QString> got;
    for (int row = 0; row < r.rows.size(); ++row) {
        got.insert(r.key(row));
        QCOMPARE(r.cell(row, u"properties.plan"_s).toString(), u"pro"_s);
    }
    // Keys never contain "acme" except the "acme+partners" ones: include those too.
    QSet<QString> keyMatches =
        expectedKeys(0, [](const QJsonObject &p) { return text(p.value(u"plan"_s)) == u"pro"_s; });
    for (const QString &key : std::as_const(keyMatches)) {
        if (key.contains(u"acme"_s, Qt::CaseInsensitive))
            expected.insert(key);
    }
    QCOMPARE(got, expected);

    Waiter<qint64> count;
    m_clients.front()->groupsCount(query, this, count.callback());
    WAIT_FOR(count);
    QVERIFY2(count.result->ok(), qPrintable(count.result->error.userMessage()));
    QCOMPARE(count.result->value, qint64(expected.size()));
}

void TestApiQuery::countMatchesRows()
{
    startServer();
    PostHogClient *c = client();
    GroupsQuery all;
    Waiter<qint64> total;
    c->groupsCount(all, this, total.callback());
    WAIT_FOR(total);
    QVERIFY2(total.result->ok(), qPrintable(total.result->error.userMessage()));
    QCOMPARE(total.result->value, qint64(m_server->store()->groupCount(0)));

    GroupsQuery filtered;
    filtered.filters = {{u"seats"_s, GroupPropertyFilter::Operator::Gt, u"400"_s}};
    Waiter<qint64> count;
    c->groupsCount(filtered, this, count.callback());
    WAIT_FOR(count);
    QVERIFY(count.result->ok());
    filtered.select = {u"key"_s};
    const auto pages = allPages(filtered, 50000);
    QCOMPARE(count.result->value, qint64(pages.constFirst().rows.size()));
    QVERIFY(count.result->value > 0 && count.result->value < GroupsPerType);
}

void TestApiQuery::pagingHasNoGapsOrDuplicates()
{
    startServer();
    client();
    GroupsQuery query;
    query.select = {u"key"_s, u"properties.industry"_s};
    // Many ties on industry: the key tiebreak keeps offset pages stable.
    query.orderBy = {u"properties.industry ASC"_s, u"key ASC"_s};
    const auto whole = allPages(query, 50000);
    const auto pages = allPages(query, 37);
    QCOMPARE(pages.size(), (GroupsPerType + 36) / 37);
    QStringList paged;
    for (const GroupsQueryResult &page : pages) {
        QVERIFY(page.rows.size() <= 37);
        for (int row = 0; row < page.rows.size(); ++row)
            paged.append(page.key(row));
    }
    QStringList single;
    for (int row = 0; row < whole.constFirst().rows.size(); ++row)
        single.append(whole.constFirst().key(row));
    QCOMPARE(paged, single);
    QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), GroupsPerType);
    QVERIFY(!pages.constLast().hasMore);
    QVERIFY(pages.constFirst().hasMore);
}

void TestApiQuery::limitCeilingAndDefault()
{
    startServer();
    PostHogClient *c = client();
    QCOMPARE(GroupsQuery::clampLimit(60000), GroupsQuery::MaxLimit);
    const auto post = [&](const QJsonObject &node) {
        std::optional<QJsonObject> answer;
        c->send(ApiJob::Method::Post, u"query/"_s, {},
                QJsonDocument(QJsonObject{{u"query"_s, node}}).toJson(QJsonDocument::Compact), this,
                [&](ApiJob *job) { answer = job->json().object(); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, Timeout))
            return QJsonObject();
        return answer.value_or(QJsonObject());
    };
    const QJsonObject big = post({{u"kind"_s, u"GroupsQuery"_s}, {u"group_type_index"_s, 0}, {u"limit"_s, 60000}});
    QCOMPARE(big.value(u"limit"_s).toInt(), 50000);
    QCOMPARE(big.value(u"results"_s).toArray().size(), GroupsPerType);
    const QJsonObject plain = post({{u"kind"_s, u"GroupsQuery"_s}, {u"group_type_index"_s, 0}});
    QCOMPARE(plain.value(u"limit"_s).toInt(), 100);
    QCOMPARE(plain.value(u"results"_s).toArray().size(), 100);
    QVERIFY(plain.value(u"hasMore"_s).toBool());
    QCOMPARE(plain.value(u"columns"_s).toArray(), QJsonArray{u"group_name"_s});
}

void TestApiQuery::badExpressionIs400()
{
    startServer();
    PostHogClient *c = client();
    const QList<std::pair<QStringList, QStringList>> cases{
        {{u"no_such_column"_s}, {}},
        {{u"key"_s}, {u"sleep(3) DESC"_s}},
        {{u"key"_s}, {u"properties.plan DESC)"_s}},
        {{u"toFloat()"_s}, {}},
    };
    for (const auto &[select, orderBy] : cases) {
        GroupsQuery query;
        query.select = select;
        query.orderBy = orderBy;
        Waiter<GroupsQueryResult> page;
        c->groupsQuery(query, this, page.callback());
        WAIT_FOR(page);
        QCOMPARE(page.result->error.kind(), ApiError::Kind::Validation);
        QCOMPARE(page.result->error.httpStatus(), 400);
        QVERIFY(!page.result->error.detail().isEmpty());
        // A bad expression is about the query, not the key: the app stays in query mode.
        QVERIFY(!QueryAccess::meansNoQueryApi(page.result->error));
    }
    // Numeric operators need numbers: refused before anything is sent.
    const int before = m_server->requestCount();
    GroupsQuery query;
    query.filters = {{u"seats"_s, GroupPropertyFilter::Operator::Gt, u"many"_s}};
    Waiter<GroupsQueryResult> page;
    c->groupsQuery(query, this, page.callback());
    WAIT_FOR(page);
    QCOMPARE(page.result->error.kind(), ApiError::Kind::Validation);
    QCOMPARE(m_server->requestCount(), before);
}

void TestApiQuery::olderGroupNameShape()
{
    startServer(SandboxOptions::ServerVersion::Older);
    PostHogClient *c = client();
    GroupsQuery query;
    query.select = {u"properties.seats"_s};
    query.orderBy = {u"key ASC"_s};
    query.limit = 5;
    Waiter<GroupsQueryResult> page;
    c->groupsQuery(query, this, page.callback());
    WAIT_FOR(page);
    QVERIFY2(page.result->ok(), qPrintable(page.result->error.userMessage()));
    const GroupsQueryResult &r = page.result->value;
    QCOMPARE(r.columns, (QStringList{u"group_name"_s, u"key"_s, u"properties.seats"_s}));
    QVERIFY(r.cell(0, u"group_name"_s).isString());
    const QJsonObject stored = m_server->store()->groupJson(0, r.key(0));
    QVERIFY(!stored.isEmpty());
    const QString name = stored.value(u"group_properties"_s).toObject().value(u"name"_s).toString();
    QCOMPARE(r.displayName(0), name);
    const Group group = r.toGroup(0, 0);
    QCOMPARE(group.properties.value(u"seats"_s), stored.value(u"group_properties"_s).toObject().value(u"seats"_s));
}

void TestApiQuery::accessDetection()
{
    startServer();
    m_server->addApiKey(u"phx_groups_only"_s, {u"group:read"_s, u"project:read"_s});
    m_server->addApiKey(u"phx_with_query"_s, {u"group:read"_s, u"query:read"_s});
    const auto probe = [&](PostHogClient *c) {
        Waiter<QueryAccess> access;
        c->probeQueryAccess(0, this, access.callback());
        [&] { WAIT_FOR(access); }();
        return access.result.value_or(ApiResult<QueryAccess>{}).value;
    };
    const QueryAccess withScope = probe(client(u"phx_with_query"_s));
    QVERIFY(withScope.isQuery());
    QVERIFY(withScope.message.isEmpty());
    const QueryAccess noScope = probe(client(u"phx_groups_only"_s));
    QCOMPARE(noScope.mode, QueryAccess::Mode::Rest);
    QCOMPARE(noScope.reason, QueryAccess::Reason::MissingScope);
    QVERIFY(noScope.message.contains(u"query:read"_s));

    m_server->setQueryApiEnabled(false);
    const QueryAccess older = probe(client());
    QCOMPARE(older.mode, QueryAccess::Mode::Rest);
    QCOMPARE(older.reason, QueryAccess::Reason::OlderServer);

    // Unreachable server: REST for now, and the reason says it may pass.
    m_server.reset();
    const QueryAccess gone = probe(m_clients.back().get());
    QCOMPARE(gone.reason, QueryAccess::Reason::Unreachable);
}

void TestApiQuery::throttleIsSeparateAndReported()
{
    startServer();
    m_server->setQueryRatePerMinute(2);
    PostHogClient *c = client();
    QList<ApiError> errors;
    for (int i = 0; i < 3; ++i) {
        GroupsQuery query;
        query.limit = 1;
        c->groupsQuery(query, this, [&](const ApiResult<GroupsQueryResult> &r) { errors.append(r.error); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 3, Timeout);
    int throttled = 0;
    for (const ApiError &error : std::as_const(errors)) {
        if (error.kind() == ApiError::Kind::Throttled) {
            ++throttled;
            QVERIFY(error.retryAfterSeconds() > 0);
        } else {
            QVERIFY(error.isOk());
        }
    }
    QCOMPARE(throttled, 1);
    // The query throttle is its own: the REST list still answers.
    Waiter<QList<GroupType>> types;
    c->listGroupTypes(this, types.callback());
    WAIT_FOR(types);
    QVERIFY2(types.result->ok(), qPrintable(types.result->error.userMessage()));
    // And the client counts queries in their own limiter only.
    QCOMPARE(c->queryRateLimiter()->usedInWindow(), 3);
    QCOMPARE(c->queryRateLimiter()->requestsPerMinute(), 240);
}

void TestApiQuery::editsForceRefresh()
{
    startServer();
    PostHogClient *c = client();
    QVERIFY(!c->mustForceRefresh(0));
    const QString key = m_server->store()->keyAt(0, 3);
    Waiter<Group> update;
    c->updateGroupProperty(0, key, u"seats"_s, 99999, this, update.callback());
    WAIT_FOR(update);
    QVERIFY2(update.result->ok(), qPrintable(update.result->error.userMessage()));
    QVERIFY(c->mustForceRefresh(0));
    QVERIFY(!c->mustForceRefresh(1));
    // The edit shows at once in the server's order (the sandbox has no stale cache to hide it).
    GroupsQuery query;
    query.select = {u"key"_s, u"properties.seats"_s};
    query.orderBy = {u"properties.seats DESC"_s};
    query.limit = 1;
    Waiter<GroupsQueryResult> page;
    c->groupsQuery(query, this, page.callback());
    WAIT_FOR(page);
    QVERIFY(page.result->ok());
    QCOMPARE(page.result->value.key(0), key);
    GroupsQuery forced;
    forced.refresh = GroupsQuery::Refresh::ForceBlocking;
    QCOMPARE(forced.toRequestBody().value(u"refresh"_s), QJsonValue(u"force_blocking"_s));
}

void TestApiQuery::usageMetricValues()
{
    startServer();
    PostHogClient *c = client();
    const QString key = m_server->store()->keyAt(0, 10);
    Waiter<QList<UsageMetricValue>> values;
    c->usageMetricValues(0, key, this, values.callback());
    WAIT_FOR(values);
    QVERIFY2(values.result->ok(), qPrintable(values.result->error.userMessage()));
    Waiter<QList<UsageMetric>> metrics;
    c->listUsageMetrics(0, this, metrics.callback());
    WAIT_FOR(metrics);
    QVERIFY(metrics.result->ok());
    QCOMPARE(values.result->value.size(), metrics.result->value.size());
    QVERIFY(!values.result->value.isEmpty());
    for (qsizetype i = 0; i < values.result->value.size(); ++i) {
        const UsageMetricValue &v = values.result->value.at(i);
        QCOMPARE(v.id, metrics.result->value.at(i).id);
        QCOMPARE(v.name, metrics.result->value.at(i).name);
        QCOMPARE(v.interval, metrics.result->value.at(i).interval);
        QVERIFY(v.value && v.previous);
        if (*v.previous > 0) {
            QVERIFY(v.changePercent);
            QVERIFY(qAbs(*v.changePercent - (*v.value - *v.previous) / *v.previous * 100.0) < 0.06);
            QVERIFY(!v.changeText().isEmpty());
        }
    }
    // A key without query:read gets the scope error, not an empty list.
    m_server->addApiKey(u"phx_no_query"_s, {u"group:read"_s});
    Waiter<QList<UsageMetricValue>> denied;
    client(u"phx_no_query"_s)->usageMetricValues(0, key, this, denied.callback());
    WAIT_FOR(denied);
    QCOMPARE(denied.result->error.kind(), ApiError::Kind::MissingScope);
}

void TestApiQuery::usageMetricValuesForcedAfterSave()
{
    startServer();
    PostHogClient *c = client();
    const QString key = m_server->store()->keyAt(0, 3);
    Waiter<QList<UsageMetricValue>> before;
    c->usageMetricValues(0, key, this, before.callback());
    WAIT_FOR(before);
    QVERIFY(before.result->ok());
    UsageMetric metric;
    metric.name = u"Logins after save"_s;
    metric.filters.insert(u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"$login"_s}, {u"type"_s, u"events"_s}}});
    Waiter<UsageMetric> created;
    c->createUsageMetric(0, metric, this, created.callback());
    WAIT_FOR(created);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    const auto hasNew = [&](const QList<UsageMetricValue> &values) {
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const UsageMetricValue &v) { return v.id == created.result->value.id; });
    };
    // As on PostHog, a blocking query is answered from the cache: the new metric is missing.
    Waiter<QList<UsageMetricValue>> cached;
    c->usageMetricValues(0, key, this, cached.callback());
    WAIT_FOR(cached);
    QVERIFY(cached.result->ok());
    QCOMPARE(cached.result->value.size(), before.result->value.size());
    QVERIFY(!hasNew(cached.result->value));
    // force_blocking recalculates: the saved metric has its values at once.
    Waiter<QList<UsageMetricValue>> forced;
    c->usageMetricValues(0, key, this, forced.callback(), true);
    WAIT_FOR(forced);
    QVERIFY(forced.result->ok());
    QCOMPARE(forced.result->value.size(), before.result->value.size() + 1);
    QVERIFY(hasNew(forced.result->value));
}

QTEST_GUILESS_MAIN(TestApiQuery)
#include "tst_apiquery.moc"
