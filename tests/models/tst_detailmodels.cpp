#include "activitymodel.h"
#include "editservice.h"
#include "groupsmodel.h"
#include "modelroles.h"
#include "modeltestsupport.h"
#include "posthogclient.h"
#include "propertydefinitionsmodel.h"
#include "propertyvaluesmodel.h"
#include "relatedactorsmodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The read-only detail models against the sandbox: property definitions and values for
 * pickers, the paged activity log of a group, and related actors.
 */
class TestDetailModels : public QObject
{
    Q_OBJECT

private:
    static Group firstGroup(PostHogClient &client)
    {
        GroupsModel groups(&client, nullptr);
        QSignalSpy pages(&groups, &GroupsModel::pageLoaded);
        groups.setGroupType(0);
        if (!pages.wait(20000) || groups.rowCount() == 0)
            return {};
        return groups.group(0);
    }

private Q_SLOTS:
    void propertyDefinitions();
    void propertyValues_data();
    void propertyValues();
    void activityPaging();
    void relatedActors();
};

void TestDetailModels::propertyDefinitions()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    PropertyDefinitionsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PropertyDefinitionsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    QVERIFY(model.rowCount() > 0);
    const QStringList names = model.names();
    QVERIFY(names.contains(u"name"_s));
    for (int i = 1; i < names.size(); ++i)
        QVERIFY(names.at(i - 1).compare(names.at(i), Qt::CaseInsensitive) <= 0);
    QCOMPARE(model.index(0).data().toString(), names.first());
}

void TestDetailModels::propertyValues_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("all") << u"name"_s << false;
    QTest::newRow("contains") << u"name"_s << true;
}

void TestDetailModels::propertyValues()
{
    QFETCH(QString, property);
    QFETCH(bool, filtered);
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    const Group group = firstGroup(client);
    const QString value = group.properties.value(property).toString();
    QVERIFY(!value.isEmpty());
    PropertyValuesModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PropertyValuesModel::loaded);
    // A first query that is overtaken must not show up.
    model.setQuery(0, property, u"zz-overtaken"_s);
    model.setQuery(0, property, filtered ? value : QString());
    QVERIFY(loaded.wait(20000));
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() <= 20);
    if (filtered) {
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(RawValueRole).toString().contains(value, Qt::CaseInsensitive));
    }
    QVERIFY(model.index(0).data(Qt::UserRole).toLongLong() >= 1);
}

void TestDetailModels::activityPaging()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    const Group group = firstGroup(client);
    QVERIFY(!group.key.isEmpty());
    // Make some history: 5 property writes = at least 5 activity entries.
    EditService edits(&client);
    for (int i = 0; i < 5; ++i) {
        edits.setGroupProperty(0, group.key, u"gd_counter"_s, QJsonValue(i));
        QVERIFY(QTest::qWaitFor([&edits]() { return edits.pendingCount() == 0; }, 20000));
    }
    ActivityModel model(&client);
    model.setPageSize(2);
    QSignalSpy pages(&model, &ActivityModel::pageLoaded);
    model.setGroup(0, group.key);
    QVERIFY(pages.wait(20000));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    // The tester pages on (fetchMore after each insertion) until the log ends.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!model.canFetchMore({}) && !model.isLoading(), 30000);
    QVERIFY(model.rowCount() >= 5);
    QCOMPARE(model.rowCount(), model.totalCount());
    QVERIFY(!model.index(0, ActivityModel::Summary).data().toString().isEmpty());
    QVERIFY(model.index(0, ActivityModel::When).data(RawValueRole).toDateTime().isValid());
}

void TestDetailModels::relatedActors()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    REQUIRE_SANDBOX(server);
    PostHogClient client(sandboxSettings(server));
    const Group group = firstGroup(client);
    RelatedActorsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &RelatedActorsModel::loaded);
    QSignalSpy errors(&model, &RelatedActorsModel::errorOccurred);
    model.setGroup(0, group.key);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(errors.count(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, RelatedActorsModel::Name).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDetailModels)
#include "tst_detailmodels.moc"
