#include "defaultcolumns.h"
#include "fakenetworkaccessmanager.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "posthogclient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

/**
 * GroupsModel paging with the network faked at the QNAM seam: exact control over which
 * reply comes when (slow first page overtaken by a search, a failing page, a page that
 * arrives after a reset). Complements tst_groupsmodel (real HTTP to the sandbox).
 */
class TestGroupsPaging : public QObject
{
    Q_OBJECT

private:
    /// A server with `total` groups "g<N>" (newest first), 100 per page, cursor = offset.
    static FakeResponse page(const FakeNetworkAccessManager::Request &request, int total, int delayMs = 0)
    {
        const QUrlQuery query(request.url);
        const int offset = query.queryItemValue(u"cursor"_s).toInt();
        const QString search = query.queryItemValue(u"search"_s);
        QJsonArray results;
        int matched = 0;
        for (int i = 0; i < total && results.size() < 100; ++i) {
            const QString key = u"g"_s + QString::number(i);
            if (!search.isEmpty() && key != search)
                continue;
            if (matched++ < offset)
                continue;
            QJsonObject properties;
            properties.insert(u"name"_s, QString(u"Group "_s + QString::number(i)));
            properties.insert(u"seats"_s, i);
            QJsonObject group;
            group.insert(u"group_type_index"_s, 0);
            group.insert(u"group_key"_s, key);
            group.insert(u"group_properties"_s, properties);
            group.insert(u"created_at"_s, u"2024-05-01T11:00:00Z"_s);
            results.append(group);
        }
        QJsonValue next;
        if (offset + results.size() < (search.isEmpty() ? total : 1)) {
            QUrl url = request.url;
            QUrlQuery q;
            q.addQueryItem(u"group_type_index"_s, u"0"_s);
            q.addQueryItem(u"cursor"_s, QString::number(offset + results.size()));
            if (!search.isEmpty())
                q.addQueryItem(u"search"_s, search);
            url.setQuery(q);
            next = url.toString();
        }
        QJsonObject body;
        body.insert(u"next"_s, next);
        body.insert(u"previous"_s, QJsonValue::Null);
        body.insert(u"results"_s, results);
        FakeResponse r = FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        r.delayMs = delayMs;
        return r;
    }

    static ConnectionSettings settings()
    {
        ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        s.projectId = u"1"_s;
        s.apiKey = u"phx_test"_s;
        s.maxRetries = 0;
        s.requestsPerMinute = 1000000;
        return s;
    }

private Q_SLOTS:
    void proxySortsMixedTypesAndKeepsOrderWhilePagesArrive();
    void defaultColumnsMapToPropertyColumns_data();
    void defaultColumnsMapToPropertyColumns();
    void defaultColumnsAreWrittenAsWebSelect_data();
    void defaultColumnsAreWrittenAsWebSelect();
    void pagesAppendInOrder_data();
    void pagesAppendInOrder();
    void staleFirstPageIsDropped();
    void failedPageKeepsCursor();
    void serverRestartingTheListStops();
    void loadAllFailureKeepsFetchedPages();
    void cancelledLoadAllKeepsFetchedPages();
    void onePageInFlight();
    void proxySortsNumbersNumerically();
};

void TestGroupsPaging::pagesAppendInOrder_data()
{
    QTest::addColumn<int>("total");
    QTest::newRow("0") << 0;
    QTest::newRow("99") << 99;
    QTest::newRow("100") << 100;
    QTest::newRow("1001") << 1001;
}

void TestGroupsPaging::pagesAppendInOrder()
{
    QFETCH(int, total);
    FakeNetworkAccessManager nam;
    nam.setHandler([total](const FakeNetworkAccessManager::Request &r) { return page(r, total); });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.setGroupType(0, {u"seats"_s});
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(model.rowCount(), total);
    for (int row = 0; row < total; ++row)
        QCOMPARE(model.index(row, GroupsModel::Key).data().toString(), u"g"_s + QString::number(row));
    if (total > 0) {
        QCOMPARE(model.index(total - 1, GroupsModel::DisplayName).data().toString(),
                 u"Group "_s + QString::number(total - 1));
        QCOMPARE(model.index(total - 1, GroupsModel::ColumnFixedCount).data().toString(),
                 QLocale().toString(qint64{total - 1}));
    }
    QCOMPARE(nam.requestCount(), std::max(1, (total + 99) / 100));
}

void TestGroupsPaging::staleFirstPageIsDropped()
{
    FakeNetworkAccessManager nam;
    int calls = 0;
    // The unfiltered first page is slow; the search answer overtakes it.
    nam.setHandler([&calls](const FakeNetworkAccessManager::Request &r) {
        ++calls;
        const bool searching = QUrlQuery(r.url).hasQueryItem(u"search"_s);
        return page(r, 500, searching ? 0 : 400);
    });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroupType(0);
    QVERIFY(model.isLoading());
    model.setSearch(u"g7"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 1, 20000);
    QTest::qWait(600); // the slow, stale page would have landed by now
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.group(0).key, u"g7"_s);
    QVERIFY(!model.hasMore());
}

void TestGroupsPaging::failedPageKeepsCursor()
{
    FakeNetworkAccessManager nam;
    bool failNext = false;
    nam.setHandler([&failNext](const FakeNetworkAccessManager::Request &r) {
        if (failNext) {
            failNext = false;
            return FakeResponse::json(503, R"({"detail":"busy"})"_ba);
        }
        return page(r, 250);
    });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    QSignalSpy errors(&model, &GroupsModel::errorOccurred);
    model.setGroupType(0);
    QVERIFY(pages.wait(20000));
    QCOMPARE(model.rowCount(), 100);
    failNext = true;
    model.fetchMore({});
    QVERIFY(errors.wait(20000));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    const QUrl failedUrl = nam.requests().last().url;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, 20000);
    // The retry asked for the very same cursor.
    QCOMPARE(nam.requests().at(nam.requestCount() - 2).url, failedUrl);
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.group(row).key);
    QCOMPARE(keys.size(), 250);
}

void TestGroupsPaging::serverRestartingTheListStops()
{
    // PostHog reads a cursor it cannot parse as none and answers page 1 again, with a `next`.
    // "Load all" must stop there instead of listing the same groups for ever.
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &r) {
        FakeNetworkAccessManager::Request first = r;
        first.url.setQuery(u"group_type_index=0"_s);
        return page(first, 500);
    });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    QSignalSpy errors(&model, &GroupsModel::errorOccurred);
    model.setGroupType(0, {});
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(nam.requestCount(), 2);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(model.lastError().kind(), ApiError::Kind::BadResponse);
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(50);
    QCOMPARE(nam.requestCount(), 2);
}

namespace {
/// Every row's key is g<row>: in server order, with no gap and no duplicate. (The caller
/// returns on a failure: a QCOMPARE here only leaves this function.)
void verifyKeysInOrder(const GroupsModel &model, int count)
{
    QCOMPARE(model.rowCount(), count);
    for (int row = 0; row < count; ++row)
        QCOMPARE(model.group(row).key, u"g"_s + QString::number(row));
}
} // namespace

void TestGroupsPaging::loadAllFailureKeepsFetchedPages()
{
    // A page that fails in the middle of Load all must not lose the pages fetched before it
    // (the cursor has moved past them) nor ask for any of them again.
    FakeNetworkAccessManager nam;
    int served = 0;
    nam.setHandler([&served](const FakeNetworkAccessManager::Request &r) {
        if (++served == 5)
            return FakeResponse::json(503, R"({"detail":"busy"})"_ba);
        return page(r, 1001);
    });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    QSignalSpy errors(&model, &GroupsModel::errorOccurred);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroupType(0, {u"seats"_s});
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(errors.count(), 1);
    verifyKeysInOrder(model, 400); // pages 1-4, all in when the stop is reported
    if (QTest::currentTestFailed())
        return;
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(399, GroupsModel::ColumnFixedCount).data().toString(), QLocale().toString(399));

    finished.clear();
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    verifyKeysInOrder(model, 1001);
    if (QTest::currentTestFailed())
        return;
    // The failed cursor was asked again, and no other page twice.
    QCOMPARE(nam.requestCount(), 12);
    QCOMPARE(nam.requests().at(4).url, nam.requests().at(5).url);
}

void TestGroupsPaging::cancelledLoadAllKeepsFetchedPages()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &r) { return page(r, 1001, 20); });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true);
    QSignalSpy progress(&model, &GroupsModel::loadAllProgress);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.setGroupType(0, {u"seats"_s});
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 300, 20000);
    // The progress bar counts what is in the model.
    const int fetched = progress.last().at(0).toInt();
    QCOMPARE(model.rowCount(), fetched);
    QVERIFY(model.isLoading()); // the next page is on the wire
    model.cancelLoadAll();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    // The page on the wire still lands, after the others; then paging stops.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    const int requests = nam.requestCount();
    verifyKeysInOrder(model, requests * 100);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(model.rowCount() >= fetched + 100);
    QTest::qWait(100);
    QCOMPARE(nam.requestCount(), requests);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    finished.clear();
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    verifyKeysInOrder(model, 1001);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(nam.requestCount(), 11);
}

void TestGroupsPaging::onePageInFlight()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &r) { return page(r, 1000, 100); });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    model.setGroupType(0);
    // Hammering fetchMore() while a page is on the wire sends nothing more.
    for (int i = 0; i < 10; ++i)
        model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(nam.requestCount(), 1, 5000);
    QVERIFY(pages.wait(20000));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(nam.requestCount() <= 2);
    QVERIFY(client.activeRequests() <= 1);
}

void TestGroupsPaging::proxySortsNumbersNumerically()
{
    FakeNetworkAccessManager nam;
    nam.setHandler([](const FakeNetworkAccessManager::Request &r) { return page(r, 150); });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    GroupSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GroupsModel::loadAllFinished);
    model.setGroupType(0, {u"seats"_s});
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const int seats = GroupsModel::ColumnFixedCount;
    proxy.sort(seats, Qt::AscendingOrder);
    // Text order would put "10" before "9"; the raw role keeps numbers numeric.
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, seats).data().toString(), QString::number(row));
    proxy.sort(seats, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, seats).data().toString(), u"149"_s);
    // Filtering on the key column.
    proxy.setFilterKeyColumn(GroupsModel::Key);
    proxy.setFilterFixedString(u"g14"_s);
    QCOMPARE(proxy.rowCount(), 11); // g14, g140..g149
}

void TestGroupsPaging::proxySortsMixedTypesAndKeepsOrderWhilePagesArrive()
{
    // Page 1 holds one value of every JSON kind; page 2 arrives after sorting and must be
    // placed by the same rules (the proxy's precomputed keys exist only during sort()).
    const QList<QJsonValue> first = {QJsonValue(10),       QJsonValue(u"beta"_s), QJsonValue(true),
                                     QJsonValue::Null,     QJsonValue(2.5),       QJsonValue(u"Alpha"_s),
                                     QJsonValue(false),    QJsonValue(9),         QJsonValue(QJsonObject{{u"a"_s, 1}}),
                                     QJsonValue::Undefined};
    const QList<QJsonValue> second = {QJsonValue(5), QJsonValue(u"Gamma"_s)};
    auto makePage = [](const QList<QJsonValue> &values, int firstIndex, bool more) {
        QJsonArray results;
        for (int i = 0; i < values.size(); ++i) {
            QJsonObject properties;
            if (!values.at(i).isUndefined())
                properties.insert(u"v"_s, values.at(i));
            QJsonObject group;
            group.insert(u"group_type_index"_s, 0);
            group.insert(u"group_key"_s, QString(u"k"_s + QString::number(firstIndex + i)));
            group.insert(u"group_properties"_s, properties);
            group.insert(u"created_at"_s, u"2024-05-01T11:00:00Z"_s);
            results.append(group);
        }
        QJsonObject body;
        body.insert(u"next"_s,
                    more ? QJsonValue(u"http://127.0.0.1:9/api/projects/1/groups/?group_type_index=0&cursor=p2"_s)
                         : QJsonValue(QJsonValue::Null));
        body.insert(u"previous"_s, QJsonValue::Null);
        body.insert(u"results"_s, results);
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    FakeNetworkAccessManager nam;
    nam.setHandler([&](const FakeNetworkAccessManager::Request &r) {
        return QUrlQuery(r.url).queryItemValue(u"cursor"_s) == u"p2"_s ? makePage(second, 100, false)
                                                                       : makePage(first, 0, true);
    });
    PostHogClient client(settings(), &nam);
    GroupsModel model(&client, nullptr);
    model.setForceRest(true); // these tests are about REST paging
    GroupSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &GroupsModel::pageLoaded);
    model.setGroupType(0, {u"v"_s});
    QVERIFY(pages.wait(20000));
    const int v = GroupsModel::ColumnFixedCount;
    auto column = [&proxy] {
        QStringList texts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            texts << proxy.index(row, v).data().toString();
        return texts;
    };
    proxy.sort(v, Qt::AscendingOrder);
    // Numbers numerically, then booleans, text case-insensitively, JSON, null, missing last.
    QCOMPARE(column(), QStringList({u"2.5"_s, u"9"_s, u"10"_s, u"false"_s, u"true"_s, u"Alpha"_s, u"beta"_s,
                                    u"{\"a\":1}"_s, u"null"_s, QString()}));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(pages.wait(20000));
    QCOMPARE(column(), QStringList({u"2.5"_s, u"5"_s, u"9"_s, u"10"_s, u"false"_s, u"true"_s, u"Alpha"_s, u"beta"_s,
                                    u"Gamma"_s, u"{\"a\":1}"_s, u"null"_s, QString()}));
    // Descending is the exact reverse (missing values first).
    proxy.sort(v, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, v).data().toString(), QString());
    QCOMPARE(proxy.index(proxy.rowCount() - 1, v).data().toString(), u"2.5"_s);
}

QTEST_GUILESS_MAIN(TestGroupsPaging)
#include "tst_groupspaging.moc"

void TestGroupsPaging::defaultColumnsMapToPropertyColumns_data()
{
    QTest::addColumn<QStringList>("saved");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain property names") << QStringList{u"plan"_s, u"seats"_s} << QStringList{u"plan"_s, u"seats"_s};
    QTest::newRow("web UI data-table columns")
        << QStringList{u"group_name"_s, u"key"_s, u"properties.industry"_s, u"created_at"_s}
        << QStringList{u"industry"_s};
    QTest::newRow("contract example") << QStringList{u"name"_s, u"$group_0"_s} << QStringList{};
    QTest::newRow("quoted HogQL names") << QStringList{u"properties.`utm source`"_s, u"properties.\"a.b\""_s}
                                        << QStringList{u"utm source"_s, u"a.b"_s};
    QTest::newRow("duplicates, blanks, expressions")
        << QStringList{u"plan"_s, u" "_s, u"properties.plan"_s, u"properties.name"_s, u"count()"_s}
        << QStringList{u"plan"_s};
}

void TestGroupsPaging::defaultColumnsMapToPropertyColumns()
{
    QFETCH(QStringList, saved);
    QFETCH(QStringList, expected);
    QCOMPARE(DefaultColumns::propertiesOf(saved), expected);
    // Writing back keeps the web UI's own columns and reads back to the same properties.
    const QStringList written = DefaultColumns::selectFor(expected, saved);
    QCOMPARE(DefaultColumns::propertiesOf(written), expected);
    for (const QString &entry : written)
        QVERIFY2(!expected.contains(entry), qPrintable(entry + u" is a bare property name"_s));
}

void TestGroupsPaging::defaultColumnsAreWrittenAsWebSelect_data()
{
    QTest::addColumn<QStringList>("properties");
    QTest::addColumn<QStringList>("previous");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none saved yet: the web defaults around the properties")
        << QStringList{u"plan"_s, u"utm source"_s} << QStringList{}
        << QStringList{u"group_name"_s, u"key"_s, u"properties.plan"_s, u"properties.`utm source`"_s, u"created_at"_s};
    QTest::newRow("web layout kept, property replaced in place")
        << QStringList{u"seats"_s} << QStringList{u"key"_s, u"properties.plan"_s, u"group_name"_s, u"count()"_s}
        << QStringList{u"key"_s, u"properties.seats"_s, u"group_name"_s, u"count()"_s};
    QTest::newRow("legacy bare names become expressions")
        << QStringList{u"plan"_s, u"seats"_s} << QStringList{u"name"_s, u"plan"_s, u"seats"_s}
        << QStringList{u"name"_s, u"properties.plan"_s, u"properties.seats"_s};
    QTest::newRow("all properties removed")
        << QStringList{} << QStringList{u"group_name"_s, u"properties.plan"_s} << QStringList{u"group_name"_s};
}

void TestGroupsPaging::defaultColumnsAreWrittenAsWebSelect()
{
    QFETCH(QStringList, properties);
    QFETCH(QStringList, previous);
    QFETCH(QStringList, expected);
    QCOMPARE(DefaultColumns::selectFor(properties, previous), expected);
}
