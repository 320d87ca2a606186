// GroupsModel in query mode against the in-process sandbox over loopback: server-side sort
// (text, numeric with and without a Numeric definition), filters with search, the total
// count, paging without gaps or duplicates, Load all with large pages, the REST fallback
// (missing scope, older server) and the REST-mode sort that runs off the GUI thread.
#include "groupsmodel.h"
#include "groupsqueryfetcher.h"
#include "modelroles.h"
#include "modeltestsupport.h"
#include "sandboxstore.h"
#include "usagemetricvaluesmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Groups = 600;
constexpr int Timeout = 20000;
} // namespace

class TestGroupsQueryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsInQueryModeWithTotal();
    void scrollPagesHaveNoGapsOrDuplicates();
    void serverSortText();
    void serverSortNumericWithoutDefinition();
    void filtersAndSearchCombine();
    void loadAllUsesLargePages();
    void largePageArrivesInChunks();
    void resetWhileLargePageLandsDropsIt();
    void missingScopeFallsBackToRest();
    void olderServerFallsBackToRest();
    void restSortRunsOffTheGuiThread();
    void looksNumericRule();
    void usageMetricValuesModel();

private:
    GroupsModel *makeModel(const QString &key = SandboxServer::demoKey());
    /// Replaces the sandbox with one holding `groups` groups of each type.
    void restartServer(int groups);
    void waitIdle(GroupsModel *model);
    QStringList keys(GroupsModel *model) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<GroupsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGroupsQueryModel::init()
{
    SandboxOptions options;
    options.groupsPerType = Groups;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    REQUIRE_SANDBOX(*m_server);
}

void TestGroupsQueryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

void TestGroupsQueryModel::restartServer(int groups)
{
    m_server.reset();
    SandboxOptions options;
    options.groupsPerType = groups;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

GroupsModel *TestGroupsQueryModel::makeModel(const QString &key)
{
    ConnectionSettings settings = sandboxSettings(*m_server);
    settings.apiKey = key;
    m_client = std::make_unique<PostHogClient>(settings);
    m_model = std::make_unique<GroupsModel>(m_client.get(), nullptr);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void TestGroupsQueryModel::waitIdle(GroupsModel *model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && !model->isSorting(), Timeout);
}

QStringList TestGroupsQueryModel::keys(GroupsModel *model) const
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, GroupsModel::Key).data().toString());
    return list;
}

void TestGroupsQueryModel::startsInQueryModeWithTotal()
{
    GroupsModel *model = makeModel();
    QSignalSpy total(model, &GroupsModel::totalMatchesChanged);
    model->setGroupType(0, {u"plan"_s, u"seats"_s});
    waitIdle(model);
    QVERIFY(model->isQueryMode());
    QVERIFY(model->loadedCount() >= GroupsQueryFetcher::ScrollPageSize);
    QTRY_COMPARE_WITH_TIMEOUT(model->totalMatches(), qint64(Groups), Timeout);
    QCOMPARE(total.count() >= 1, true);
    // Newest first, like the REST list, and every row a complete group.
    const Group first = model->group(0);
    QCOMPARE(first.key, m_server->store()->keyAt(0, Groups - 1));
    QCOMPARE(first.properties, m_server->store()->propertiesAt(0, Groups - 1));
    QVERIFY(first.createdAt.isValid());
}

void TestGroupsQueryModel::scrollPagesHaveNoGapsOrDuplicates()
{
    GroupsModel *model = makeModel();
    model->setGroupType(0);
    waitIdle(model);
    while (model->canFetchMore({})) {
        model->fetchMore({});
        waitIdle(model);
    }
    const QStringList loaded = keys(model);
    QCOMPARE(loaded.size(), Groups);
    QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), Groups);
}

void TestGroupsQueryModel::serverSortText()
{
    GroupsModel *model = makeModel();
    model->setGroupType(0);
    waitIdle(model);
    const int before = m_server->requestCount();
    model->sort(GroupsModel::DisplayName, Qt::AscendingOrder);
    waitIdle(model);
    QVERIFY(m_server->requestCount() > before); // the server sorted
    // The first screen is the first of ALL groups by name, not of the loaded ones.
    QStringList all;
    for (int i = 0; i < Groups; ++i) {
        const QJsonValue name = m_server->store()->propertiesAt(0, i).value(u"name"_s);
        all.append(name.toString());
    }
    std::sort(all.begin(), all.end());
    for (int row = 0; row < 20; ++row)
        QCOMPARE(model->index(row, GroupsModel::DisplayName).data().toString(), all.at(row));
}

void TestGroupsQueryModel::serverSortNumericWithoutDefinition()
{
    // "employees" arrives as text, so PostHog's definition says String; the model casts.
    SandboxStore *store = m_server->store();
    const QList<int> values{300, 40, 1000, 7, 55, 2};
    for (int i = 0; i < values.size(); ++i)
        QVERIFY(store->createGroup(1, u"emp:%1"_s.arg(i), {{u"employees"_s, QString::number(values.at(i))}}));
    GroupsModel *model = makeModel();
    model->setGroupType(1, {u"employees"_s});
    waitIdle(model);
    model->setFilters({{u"employees"_s, GroupPropertyFilter::Operator::IsSet, {}}});
    waitIdle(model);
    QCOMPARE(model->loadedCount(), int(values.size()));
    model->sort(GroupsModel::ColumnFixedCount, Qt::DescendingOrder);
    waitIdle(model);
    QList<int> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(
            model->index(row, GroupsModel::ColumnFixedCount).data(RawValueRole).value<QJsonValue>().toString().toInt());
    QList<int> expected = values;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(shown, expected);
}

void TestGroupsQueryModel::filtersAndSearchCombine()
{
    GroupsModel *model = makeModel();
    model->setGroupType(0, {u"plan"_s, u"seats"_s});
    waitIdle(model);
    model->setFilters({{u"plan"_s, GroupPropertyFilter::Operator::Exact, u"pro"_s},
                       {u"seats"_s, GroupPropertyFilter::Operator::Gte, u"100"_s}});
    model->setSearch(u"acme"_s);
    waitIdle(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->totalMatches() >= 0, Timeout);
    model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoadingAll(), Timeout);
    waitIdle(model);
    QCOMPARE(qint64(model->loadedCount()), model->totalMatches());
    QVERIFY(model->loadedCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const Group g = model->group(row);
        QCOMPARE(g.properties.value(u"plan"_s).toString(), u"pro"_s);
        QVERIFY(g.properties.value(u"seats"_s).toDouble() >= 100);
        QVERIFY(g.displayName().contains(u"acme"_s, Qt::CaseInsensitive)
                || g.key.contains(u"acme"_s, Qt::CaseInsensitive));
    }
}

void TestGroupsQueryModel::loadAllUsesLargePages()
{
    GroupsModel *model = makeModel();
    model->setGroupType(0);
    waitIdle(model);
    const int before = m_server->requestCount();
    QSignalSpy finished(model, &GroupsModel::loadAllFinished);
    model->loadAll();
    QVERIFY(!finished.isEmpty() || finished.wait(Timeout));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(model->loadedCount(), Groups);
    // 400 rows left: one bulk page, not two more scroll pages.
    QCOMPARE(m_server->requestCount() - before, 1);
    const QStringList loaded = keys(model);
    QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), Groups);
}

void TestGroupsQueryModel::largePageArrivesInChunks()
{
    constexpr int Many = 3000;
    restartServer(Many);
    GroupsModel *model = makeModel();
    model->setGroupType(0, {u"seats"_s});
    waitIdle(model);
    QCOMPARE(model->loadedCount(), GroupsQueryFetcher::ScrollPageSize);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(model, &GroupsModel::loadAllFinished);
    model->loadAll();
    // The bulk page is packed on a pool thread: nothing is inserted before loadAll() returns.
    QCOMPARE(inserted.count(), 0);
    QVERIFY(model->isLoading());
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!model->isLoading());
    // One 2,800-row page, inserted in several contiguous chunks (the first is 256 rows),
    // each after the last: no gap, no overlap.
    QVERIFY2(inserted.count() > 1, qPrintable(QString::number(inserted.count())));
    int next = GroupsQueryFetcher::ScrollPageSize;
    for (const QList<QVariant> &chunk : std::as_const(inserted)) {
        QCOMPARE(chunk.at(1).toInt(), next);
        QVERIFY(chunk.at(2).toInt() >= chunk.at(1).toInt());
        next = chunk.at(2).toInt() + 1;
    }
    QCOMPARE(next, Many);
    const QStringList loaded = keys(model);
    QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), Many);
    // Rows packed on the worker read back whole (names interned there, too).
    const int last = Many - 1;
    QCOMPARE(model->group(last).properties, m_server->store()->propertiesAt(0, 0));
    QVERIFY(model->knownPropertyNames().contains(u"seats"_s));
    QVERIFY(model->index(last, GroupsModel::ColumnFixedCount).data(RawValueRole).isValid());
}

void TestGroupsQueryModel::resetWhileLargePageLandsDropsIt()
{
    constexpr int Many = 3000;
    restartServer(Many);
    QStringList byKey;
    for (int i = 0; i < Many; ++i)
        byKey.append(m_server->store()->keyAt(0, i));
    std::sort(byKey.begin(), byKey.end());
    const QStringList firstScreen = byKey.mid(0, GroupsQueryFetcher::ScrollPageSize);
    GroupsModel *model = makeModel();
    // A sort (a reload) at every stage of a bulk page: on the wire, being packed, half
    // inserted. Whatever stage it hits, the stale rows never show up.
    for (const int delayMs : {0, 1, 3, 8, 20, 60}) {
        model->sort(-1);
        model->setGroupType(0);
        waitIdle(model);
        model->loadAll();
        QTest::qWait(delayMs);
        model->sort(GroupsModel::Key, Qt::AscendingOrder);
        waitIdle(model);
        QCOMPARE(keys(model), firstScreen);
    }
    // And from inside a chunk's rowsInserted (a view reacting to the rows): the remaining
    // chunks of that page are dropped, the new query's first page comes in whole.
    model->sort(-1);
    model->setGroupType(0);
    waitIdle(model);
    bool resetDone = false;
    const QMetaObject::Connection connection =
        connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first) {
            if (!resetDone && first >= GroupsQueryFetcher::ScrollPageSize) {
                resetDone = true;
                model->sort(GroupsModel::Key, Qt::AscendingOrder);
            }
        });
    model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(resetDone, Timeout);
    waitIdle(model);
    disconnect(connection);
    QCOMPARE(model->isLoadingAll(), false);
    QCOMPARE(keys(model), firstScreen);
}

void TestGroupsQueryModel::missingScopeFallsBackToRest()
{
    m_server->addApiKey(u"phx_no_query"_s, {u"group:read"_s});
    GroupsModel *model = makeModel(u"phx_no_query"_s);
    QSignalSpy access(model, &GroupsModel::queryAccessChanged);
    model->setGroupType(0);
    waitIdle(model);
    QVERIFY(!model->isQueryMode());
    QCOMPARE(model->queryAccess().reason, QueryAccess::Reason::MissingScope);
    QVERIFY(model->queryAccess().message.contains(u"query:read"_s));
    QCOMPARE(access.count(), 1);
    QVERIFY(model->loadedCount() >= 100); // REST pages
    QVERIFY(m_server->requestLog().constLast().contains("/groups/"));
    QCOMPARE(model->totalMatches(), qint64(-1));
    QVERIFY(model->lastError().isOk());
}

void TestGroupsQueryModel::olderServerFallsBackToRest()
{
    m_server->setQueryApiEnabled(false);
    GroupsModel *model = makeModel();
    model->setGroupType(0);
    waitIdle(model);
    QCOMPARE(model->queryAccess().reason, QueryAccess::Reason::OlderServer);
    QVERIFY(model->loadedCount() >= 100);
    // The mode holds for the next type: no second probe.
    const qsizetype before = m_server->requestLog().size();
    model->setGroupType(1);
    waitIdle(model);
    const QList<QByteArray> log = m_server->requestLog().mid(before);
    QVERIFY(!log.isEmpty());
    for (const QByteArray &line : log)
        QVERIFY2(!line.contains("/query/"), line.constData());
}

void TestGroupsQueryModel::restSortRunsOffTheGuiThread()
{
    GroupsModel *model = makeModel();
    model->setForceRest(true);
    model->setGroupType(0, {u"seats"_s});
    model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoadingAll(), Timeout);
    QCOMPARE(model->loadedCount(), Groups);
    QSignalSpy sorted(model, &GroupsModel::sortFinished);
    const int before = m_server->requestCount();
    model->sort(GroupsModel::ColumnFixedCount, Qt::AscendingOrder);
    // sort() returned before the rows moved: the work is on a worker thread.
    QVERIFY(sorted.isEmpty());
    QVERIFY(sorted.wait(Timeout));
    QCOMPARE(m_server->requestCount(), before);
    double previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double seats =
            model->index(row, GroupsModel::ColumnFixedCount).data(RawValueRole).value<QJsonValue>().toDouble();
        QVERIFY(seats >= previous);
        previous = seats;
    }
    model->sort(GroupsModel::Key, Qt::DescendingOrder);
    QVERIFY(sorted.wait(Timeout));
    const QStringList loaded = keys(model);
    QStringList expected = loaded;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.toCaseFolded() > b.toCaseFolded(); });
    QCOMPARE(loaded, expected);
}

void TestGroupsQueryModel::looksNumericRule()
{
    QVERIFY(GroupsQueryFetcher::looksNumeric({QJsonValue(3), QJsonValue(u"40"_s), QJsonValue()}));
    QVERIFY(!GroupsQueryFetcher::looksNumeric({QJsonValue(u"pro"_s), QJsonValue(u"free"_s)}));
    QVERIFY(!GroupsQueryFetcher::looksNumeric({}));
    QCOMPARE(GroupsQueryFetcher::orderBy(u"toFloat(properties.arr)"_s, true),
             (QStringList{u"toFloat(properties.arr) DESC"_s, u"key ASC"_s}));
}

void TestGroupsQueryModel::usageMetricValuesModel()
{
    ConnectionSettings settings = sandboxSettings(*m_server);
    m_client = std::make_unique<PostHogClient>(settings);
    UsageMetricValuesModel values(m_client.get());
    QAbstractItemModelTester tester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&values, &UsageMetricValuesModel::loaded);
    const QString key = m_server->store()->keyAt(0, 5);
    values.setGroup(0, key);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(values.rowCount(), int(m_server->store()->metrics(0).size()));
    for (int row = 0; row < values.rowCount(); ++row) {
        QCOMPARE(values.index(row, UsageMetricValuesModel::Metric).data().toString(),
                 m_server->store()->metrics(0).at(row).value(u"name"_s).toString());
        QVERIFY(values.index(row, UsageMetricValuesModel::Value).data(RawValueRole).isValid());
        QVERIFY(!values.index(row, UsageMetricValuesModel::Change).data().toString().isEmpty());
    }
    // Without query:read: empty, with the scope error kept for the pane.
    m_server->addApiKey(u"phx_no_query"_s, {u"group:read"_s});
    settings.apiKey = u"phx_no_query"_s;
    PostHogClient limited(settings);
    UsageMetricValuesModel denied(&limited);
    QSignalSpy failed(&denied, &UsageMetricValuesModel::errorOccurred);
    denied.setGroup(0, key);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(denied.rowCount(), 0);
    QCOMPARE(denied.lastError().kind(), ApiError::Kind::MissingScope);
}

QTEST_MAIN(TestGroupsQueryModel)
#include "tst_groupsquerymodel.moc"
