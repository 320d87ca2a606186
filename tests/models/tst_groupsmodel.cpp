#include "editservice.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "modelroles.h"
#include "modeltestsupport.h"
#include "posthogclient.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * GroupsModel against the in-process sandbox over loopback: paging, stale replies after a
 * new search, recovery from failed and throttled pages, load all + cancel.
 *
 * Note: QAbstractItemModelTester calls fetchMore() after every insertion, so an attached
 * tester keeps paging on its own, like a view scrolled to the bottom.
 */
class TestGroupsModel : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> keysOf(const GroupsModel &model)
    {
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(model.index(row, GroupsModel::Key).data().toString());
        return keys;
    }

private Q_SLOTS:
    void pagingYieldsEachGroupOnce_data();
    void pagingYieldsEachGroupOnce();
    void displayAndRawRoles();
    void searchWhilePageInFlightNeverMixes_data();
    void searchWhilePageInFlightNeverMixes();
    void failedPageRecovers_data();
    void failedPageRecovers();
    void loadAllAndCancel();
    void proxySortsOnRawValues();
};

void TestGroupsModel::pagingYieldsEachGroupOnce_data()
{
    QTest::addColumn<int>("groups");
    QTest::newRow("empty") << 0;
    QTest::newRow("one page") << 37;
    QTest::newRow("exact pages") << 300;
    QTest::newRow("20000") << 20000;
}

void TestGroupsModel::pagingYieldsEachGroupOnce()
{
    QFETCH(int, groups);
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = groups;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    // The tester walks the whole table after every insertion (quadratic over 200 pages), so
    // for the big case it checks the finished model once instead.
    std::unique_ptr<QAbstractItemModelTester> tester;
    if (groups <= 1000)
        tester =
            std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    int inserted = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&inserted](const QModelIndex &, int first, int last) { inserted += last - first + 1; });
    model.setGroupType(0);
    model.loadAll();
    QVERIFY(finished.wait(120000) || finished.count() == 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(model.loadedCount(), groups);
    QCOMPARE(model.rowCount(), groups);
    QCOMPARE(inserted, groups);
    QCOMPARE(keysOf(model).size(), groups);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.lastError().isOk());
    if (!tester)
        tester =
            std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestGroupsModel::displayAndRawRoles()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    // "name" is the Name column already, so only "plan" becomes a property column.
    model.setGroupType(0, {u"name"_s, u"properties.plan"_s});
    QVERIFY(pages.wait(20000));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), GroupsModel::ColumnFixedCount + 1);
    QCOMPARE(model.headerData(GroupsModel::ColumnFixedCount, Qt::Horizontal).toString(), u"plan"_s);
    for (int row = 0; row < std::min(model.rowCount(), 50); ++row) {
        const Group group = model.group(row);
        QCOMPARE(model.rowForKey(group.key), row);
        QCOMPARE(model.index(row, GroupsModel::DisplayName).data().toString(), group.displayName());
        QCOMPARE(model.index(row, GroupsModel::Key).data(GroupKeyRole).toString(), group.key);
        QCOMPARE(model.index(row, GroupsModel::FirstSeen).data(RawValueRole).toDateTime(), group.createdAt);
        const QVariant raw = model.index(row, GroupsModel::ColumnFixedCount).data(RawValueRole);
        QCOMPARE(raw.value<QJsonValue>(), group.properties.value(u"plan"_s));
    }
    QVERIFY(!model.knownPropertyNames().isEmpty());
    // Changing the property columns keeps the rows.
    const int rows = model.rowCount();
    model.setPropertyColumns({});
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(GroupsModel::ColumnFixedCount));
}

void TestGroupsModel::searchWhilePageInFlightNeverMixes_data()
{
    QTest::addColumn<bool>("useKeyFilter");
    QTest::newRow("search") << false;
    QTest::newRow("group_key") << true;
}

void TestGroupsModel::searchWhilePageInFlightNeverMixes()
{
    QFETCH(bool, useKeyFilter);
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 450;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    model.setGroupType(0);
    QVERIFY(pages.wait(20000));
    const QString wanted = model.group(42).key;
    QVERIFY(!wanted.isEmpty());

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Slow answers keep the unfiltered page on the wire while the filter changes.
    server.setLatencyMs(300);
    model.reload();
    QVERIFY(model.isLoading());
    pages.clear();
    if (useKeyFilter)
        model.setKeyContains(wanted);
    else
        model.setSearch(wanted);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !pages.isEmpty(), 20000);
    // Let any stale reply arrive too: it must be dropped.
    QTest::qWait(700);
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.group(row).key;
        QVERIFY2(key.contains(wanted, Qt::CaseInsensitive)
                     || QJsonDocument(model.group(row).properties).toJson().contains(wanted.toUtf8()),
                 qPrintable(key));
    }
    QCOMPARE(keysOf(model).size(), model.rowCount());

    // Rapid typing: only the last text counts.
    pages.clear();
    model.setSearch(u"zz-no-such-group-zz"_s);
    model.setSearch(wanted);
    model.setKeyContains(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !pages.isEmpty(), 20000);
    QTest::qWait(700);
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(keysOf(model).contains(wanted));
}

void TestGroupsModel::failedPageRecovers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("500") << u"500"_s;
    QTest::newRow("502") << u"502"_s;
    QTest::newRow("503") << u"503"_s;
    QTest::newRow("reset") << u"reset"_s;
    QTest::newRow("truncate") << u"truncate"_s;
    QTest::newRow("badjson") << u"badjson"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("throttled") << u"throttle"_s;
}

void TestGroupsModel::failedPageRecovers()
{
    QFETCH(QString, fault);
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 350;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QSignalSpy errors(&model, &GroupsModel::errorOccurred);
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    // Connected before the tester: when page 1 lands, the fault is armed before the
    // tester's fetchMore() sends the request for page 2.
    bool armed = false;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&]() {
        if (armed)
            return;
        armed = true;
        if (fault == "throttle"_L1)
            server.setRatePerMinute(1);
        else
            server.setNextFaults({fault});
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroupType(0);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    // A fault hits page 2; the throttle may let one more request through first (its window
    // starts when the limit is set), so it may hit page 3. Either way no partial page.
    if (fault == "throttle"_L1)
        QVERIFY(model.loadedCount() == 100 || model.loadedCount() == 200);
    else
        QCOMPARE(model.loadedCount(), 100);
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasMore());
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.lastError().isOk());
    if (fault == "throttle"_L1)
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Throttled);
    server.setRatePerMinute(0);

    // Retry: the same cursor is asked again, so nothing is lost or duplicated.
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(model.loadedCount(), 350);
    QCOMPARE(keysOf(model).size(), 350);
    QVERIFY(model.lastError().isOk());
}

void TestGroupsModel::loadAllAndCancel()
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 2000;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    server.setLatencyMs(50);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QSignalSpy progress(&model, &GroupsModel::loadAllProgress);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.setGroupType(0);
    model.loadAll();
    QVERIFY(model.isLoadingAll());
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 30000);
    model.cancelLoadAll();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!model.isLoadingAll());
    // The page that was on the wire still lands; then paging stops.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    const int loaded = model.loadedCount();
    QVERIFY(loaded < 2000);
    QVERIFY(model.hasMore());
    QTest::qWait(300);
    QCOMPARE(model.loadedCount(), loaded);
    QCOMPARE(keysOf(model).size(), loaded);

    // Progress is monotonic and ends at the loaded count.
    for (int i = 1; i < progress.count(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());

    // The tester is attached only now: it pages on its own (fetchMore after each insertion),
    // which would hide whether cancelling really stopped the chain.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Resuming finishes the rest without duplicates.
    finished.clear();
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(model.loadedCount(), 2000);
    QCOMPARE(keysOf(model).size(), 2000);
}

void TestGroupsModel::proxySortsOnRawValues()
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 120;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    GroupSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.setGroupType(0);
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(proxy.rowCount(), 120);
    proxy.sort(GroupsModel::FirstSeen, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QDateTime a = proxy.index(row - 1, GroupsModel::FirstSeen).data(RawValueRole).toDateTime();
        const QDateTime b = proxy.index(row, GroupsModel::FirstSeen).data(RawValueRole).toDateTime();
        QVERIFY(!a.isValid() || !b.isValid() || a <= b);
    }
    const QString key = model.group(7).key;
    proxy.setFilterKeyColumn(GroupsModel::Key);
    proxy.setFilterFixedString(key);
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < 120);
}

QTEST_GUILESS_MAIN(TestGroupsModel)
#include "tst_groupsmodel.moc"
