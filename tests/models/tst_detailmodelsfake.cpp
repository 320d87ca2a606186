#include "activitymodel.h"
#include "fakenetworkaccessmanager.h"
#include "modelroles.h"
#include "posthogclient.h"
#include "propertydefinitionsmodel.h"
#include "propertyvaluesmodel.h"
#include "relatedactorsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

/**
 * The read-only detail models with replies scripted at the QNAM seam: ordering of
 * definitions, a property-values query overtaken by a newer one, activity paging with a
 * failed page retried, related actors of both kinds.
 */
class TestDetailModelsFake : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    PostHogClient *m_client = nullptr;
    int m_activityTotal = 7;
    bool m_failActivityOnce = false;

    static FakeResponse json(const QJsonDocument &doc, int delayMs = 0)
    {
        FakeResponse r = FakeResponse::json(200, doc.toJson(QJsonDocument::Compact));
        r.delayMs = delayMs;
        return r;
    }

    FakeResponse answer(const FakeNetworkAccessManager::Request &r)
    {
        const QString path = r.url.path();
        const QUrlQuery q(r.url);
        if (path.endsWith(u"groups/property_definitions/"_s)) {
            QJsonArray zero;
            for (const QString &name : {u"plan"_s, u"Industry"_s, u"name"_s}) {
                QJsonObject d;
                d.insert(u"name"_s, name);
                d.insert(u"count"_s, 3);
                zero.append(d);
            }
            QJsonObject body;
            body.insert(u"0"_s, zero);
            return json(QJsonDocument(body));
        }
        if (path.endsWith(u"groups/property_values/"_s)) {
            const QString contains = q.queryItemValue(u"value"_s);
            QJsonArray results;
            for (const QString &v : {u"finance"_s, u"fintech"_s, u"retail"_s}) {
                if (!contains.isEmpty() && !v.contains(contains))
                    continue;
                QJsonObject row;
                row.insert(u"name"_s, v);
                row.insert(u"count"_s, 2);
                results.append(row);
            }
            QJsonObject body;
            body.insert(u"results"_s, results);
            body.insert(u"refreshing"_s, false);
            // The unfiltered query is slow, so a newer filtered one overtakes it.
            return json(QJsonDocument(body), contains.isEmpty() ? 300 : 0);
        }
        if (path.endsWith(u"groups/activity/"_s)) {
            if (m_failActivityOnce && q.queryItemValue(u"page"_s) == u"2"_s) {
                m_failActivityOnce = false;
                return FakeResponse::json(500, R"({"detail":"boom"})"_ba);
            }
            const int page = q.queryItemValue(u"page"_s).toInt();
            const int limit = q.queryItemValue(u"limit"_s).toInt();
            QJsonArray results;
            for (int i = (page - 1) * limit; i < std::min(m_activityTotal, page * limit); ++i) {
                QJsonObject user;
                user.insert(u"first_name"_s, u"Ana"_s);
                user.insert(u"email"_s, u"ana@example.com"_s);
                QJsonObject entry;
                entry.insert(u"id"_s, QString::number(i));
                entry.insert(u"user"_s, user);
                entry.insert(u"activity"_s, u"update_property"_s);
                entry.insert(u"scope"_s, u"Group"_s);
                entry.insert(u"created_at"_s, u"2024-05-02T10:00:00Z"_s);
                results.append(entry);
            }
            QJsonObject body;
            body.insert(u"results"_s, results);
            body.insert(u"total_count"_s, m_activityTotal);
            body.insert(u"previous"_s, QJsonValue::Null);
            if (page * limit < m_activityTotal) {
                QUrl next = r.url;
                QUrlQuery nq(q);
                nq.removeAllQueryItems(u"page"_s);
                nq.addQueryItem(u"page"_s, QString::number(page + 1));
                next.setQuery(nq);
                body.insert(u"next"_s, next.toString());
            } else {
                body.insert(u"next"_s, QJsonValue::Null);
            }
            return json(QJsonDocument(body));
        }
        if (path.endsWith(u"groups/related/"_s)) {
            QJsonObject person;
            person.insert(u"type"_s, u"person"_s);
            person.insert(u"id"_s, u"01795392-cc00-0003-7dc7-67a694604d72"_s);
            person.insert(u"name"_s, u"Ana"_s);
            person.insert(u"created_at"_s, u"2021-05-10T00:00:00Z"_s);
            QJsonObject group;
            group.insert(u"type"_s, u"group"_s);
            group.insert(u"id"_s, u"1::2"_s);
            group.insert(u"group_key"_s, u"1::2"_s);
            group.insert(u"group_type_index"_s, 1);
            group.insert(u"created_at"_s, u"2021-05-10T00:00:00Z"_s);
            return json(QJsonDocument(QJsonArray{person, group}));
        }
        return FakeResponse::json(404, R"({"detail":"Not found."})"_ba);
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager;
        m_nam->setHandler([this](const FakeNetworkAccessManager::Request &r) { return answer(r); });
        ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        s.projectId = u"1"_s;
        s.apiKey = u"phx_test"_s;
        s.maxRetries = 0;
        s.requestsPerMinute = 1000000;
        m_client = new PostHogClient(s, m_nam);
        m_activityTotal = 7;
        m_failActivityOnce = false;
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void definitionsSortedByName()
    {
        PropertyDefinitionsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PropertyDefinitionsModel::loaded);
        model.setGroupType(0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.names(), QStringList({u"Industry"_s, u"name"_s, u"plan"_s}));
        QCOMPARE(model.index(0).data(RawValueRole).toLongLong(), 3);
    }

    void valuesNewestQueryWins()
    {
        PropertyValuesModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PropertyValuesModel::loaded);
        model.setQuery(0, u"industry"_s);
        model.setQuery(0, u"industry"_s, u"fin"_s);
        QVERIFY(loaded.wait(10000));
        QTest::qWait(500); // the slow, overtaken answer has arrived by now
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(RawValueRole).toString(), u"finance"_s);
        QCOMPARE(model.index(0).data().toString(), u"finance (2)"_s);
        QCOMPARE(model.index(1).data(Qt::UserRole).toLongLong(), 2);
    }

    void activityPagesAndRetry_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("failOnce");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("one page") << 2 << false;
        QTest::newRow("several pages") << 7 << false;
        QTest::newRow("failed page retried") << 7 << true;
    }

    void activityPagesAndRetry()
    {
        QFETCH(int, total);
        QFETCH(bool, failOnce);
        m_activityTotal = total;
        m_failActivityOnce = failOnce;
        ActivityModel model(m_client);
        model.setPageSize(3);
        QSignalSpy pages(&model, &ActivityModel::pageLoaded);
        QSignalSpy errors(&model, &ActivityModel::errorOccurred);
        model.setGroup(0, u"acme"_s);
        QVERIFY(pages.wait(10000));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (failOnce) {
            QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
            QCOMPARE(model.rowCount(), 3);
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({}); // same page again
        }
        QTRY_VERIFY_WITH_TIMEOUT(!model.canFetchMore({}) && !model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.totalCount(), total);
        for (int row = 0; row < total; ++row)
            QCOMPARE(model.entry(row).id, QString::number(row));
        if (total > 0) {
            QCOMPARE(model.index(0, ActivityModel::Who).data().toString(), u"Ana"_s);
            QCOMPARE(model.index(0, ActivityModel::Activity).data().toString(), u"update_property"_s);
            QVERIFY(model.index(0, ActivityModel::When).data(RawValueRole).toDateTime().isValid());
        }
    }

    void relatedActorsBothKinds()
    {
        RelatedActorsModel model(m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RelatedActorsModel::loaded);
        model.setGroup(0, u"acme"_s);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RelatedActorsModel::Name).data().toString(), u"Ana"_s);
        QVERIFY(!model.index(0, 0).data(GroupKeyRole).isValid());
        QCOMPARE(model.index(1, 0).data(GroupKeyRole).toString(), u"1::2"_s);
        QCOMPARE(model.index(1, 0).data(TypeIndexRole).toInt(), 1);
        // The group's type is named once the names are known, and the view hears of it.
        QCOMPARE(model.index(1, RelatedActorsModel::Type).data().toString(), u"Group (type 1)"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGroupTypeNames({{0, u"Organization"_s}, {1, u"Company"_s}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, RelatedActorsModel::Type).data().toString(), u"Company"_s);
        QCOMPARE(model.index(0, RelatedActorsModel::Type).data().toString(), u"Person"_s);
    }
};

QTEST_GUILESS_MAIN(TestDetailModelsFake)
#include "tst_detailmodelsfake.moc"
