#include "editservice.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "grouptypesmodel.h"
#include "metricnames.h"
#include "modelroles.h"
#include "modeltestsupport.h"
#include "posthogclient.h"
#include "sandboxserver.h"
#include "usagemetricsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

/**
 * Edits through EditService against the sandbox: each edit is shown pending, then the
 * server's value; a refused edit restores the old value and reports field + intended value;
 * undo/redo send inverse requests. Covers group type names, group properties and metrics.
 */
class TestEditService : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const SandboxOptions &options = {})
            : server(options)
        { }
        SandboxServer server;
        std::unique_ptr<PostHogClient> client;
        std::unique_ptr<EditService> edits;

        bool start()
        {
            if (server.listen() == 0)
                return false;
            client = std::make_unique<PostHogClient>(sandboxSettings(server));
            edits = std::make_unique<EditService>(client.get());
            return true;
        }
    };

    /// Waits until no write is in flight.
    static bool settle(EditService &edits)
    {
        return QTest::qWaitFor([&edits]() { return edits.pendingCount() == 0; }, 20000);
    }

    /// The singular name the server holds now (fresh read, not the model's copy).
    static QString serverSingular(PostHogClient &client, int typeIndex)
    {
        GroupTypesModel fresh(&client, nullptr);
        QSignalSpy loaded(&fresh, &GroupTypesModel::loaded);
        fresh.reload();
        if (!loaded.wait(20000))
            return u"<no answer>"_s;
        return fresh.groupType(fresh.rowForIndex(typeIndex)).nameSingular;
    }

    static Group loadFirstGroup(PostHogClient &client)
    {
        GroupsModel groups(&client, nullptr);
        QSignalSpy pages(&groups, &GroupsModel::pageLoaded);
        groups.setGroupType(0);
        if (!pages.wait(20000) || groups.rowCount() == 0)
            return {};
        return groups.group(0);
    }

private Q_SLOTS:
    void renameGroupType_data();
    void renameGroupType();
    void renameGroupTypeFailureReverts();
    void groupPropertyEditUndoRedo_data();
    void groupPropertyEditUndoRedo();
    void groupPropertyFailureReverts();
    void groupPropertyRemoveUndo();
    void metricValidationInSetData_data();
    void metricValidationInSetData();
    void metricEditUndoRedo();
    void metricFailureReverts();
    void metricCreateDeleteUndo();
    void metricDuplicateNameRefused();
    void deleteGroupTypeIsNotUndoable();
};

void TestEditService::renameGroupType_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("singular") << int(GroupTypesModel::SingularName);
    QTest::newRow("plural") << int(GroupTypesModel::PluralName);
}

void TestEditService::renameGroupType()
{
    QFETCH(int, column);
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    GroupTypesModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &GroupTypesModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(20000));
    QVERIFY(model.rowCount() > 0);
    const QModelIndex cell = model.index(0, column);
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    const QString before = cell.data().toString();
    const QString wanted = u"Renamed "_s + QString::number(column);

    QSignalSpy succeeded(f.edits.get(), &EditService::editSucceeded);
    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QVERIFY(model.setData(cell, wanted));
    QCOMPARE(cell.data().toString(), wanted); // optimistic
    QVERIFY(cell.data(PendingRole).toBool());
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(succeeded.count(), 1);
    QVERIFY(!cell.data(PendingRole).toBool());
    QCOMPARE(cell.data().toString(), wanted);
    QCOMPARE(f.edits->undoStack()->count(), 1);
    if (column == GroupTypesModel::SingularName)
        QCOMPARE(serverSingular(*f.client, 0), wanted);

    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(cell.data().toString(), before);
    if (column == GroupTypesModel::SingularName)
        QCOMPARE(serverSingular(*f.client, 0), before);

    f.edits->undoStack()->redo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(cell.data().toString(), wanted);
    QCOMPARE(f.edits->undoStack()->index(), 1);
}

void TestEditService::renameGroupTypeFailureReverts()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    GroupTypesModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &GroupTypesModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(20000));
    const QModelIndex cell = model.index(0, GroupTypesModel::SingularName);
    const QString before = cell.data().toString();

    // Newest PostHog refuses update_metadata for personal API keys.
    f.server.setMetadataPakDeny(true);
    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QVERIFY(model.setData(cell, u"Not allowed"_s));
    QVERIFY(failed.wait(20000));
    const EditFailure failure = failed.at(0).at(0).value<EditFailure>();
    QCOMPARE(failure.error.kind(), ApiError::Kind::NeedsSession);
    QCOMPARE(failure.field, u"name_singular"_s);
    QCOMPARE(failure.intendedValue.toString(), u"Not allowed"_s);
    QCOMPARE(failure.typeIndex, model.groupType(0).index);
    QCOMPARE(cell.data().toString(), before);
    QVERIFY(!cell.data(ErrorRole).toString().isEmpty());
    QVERIFY(settle(*f.edits));
    QVERIFY(!cell.data(PendingRole).toBool());
    QCOMPARE(f.edits->undoStack()->count(), 0);

    // A failed undo moves the stack back so it keeps matching the server.
    f.server.setMetadataPakDeny(false);
    QVERIFY(model.setData(cell, u"Allowed"_s));
    QVERIFY(settle(*f.edits));
    QCOMPARE(f.edits->undoStack()->index(), 1);
    f.server.setMetadataPakDeny(true);
    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(f.edits->undoStack()->index(), 1);
    QCOMPARE(cell.data().toString(), u"Allowed"_s);
}

void TestEditService::groupPropertyEditUndoRedo_data()
{
    QTest::addColumn<QJsonValue>("initial");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("number stays number") << QJsonValue(5) << u"7.5"_s << QJsonValue(7.5);
    QTest::newRow("bool stays bool") << QJsonValue(true) << u"false"_s << QJsonValue(false);
    QTest::newRow("string stays string") << QJsonValue(u"a"_s) << u"42"_s << QJsonValue(u"42"_s);
    QTest::newRow("object from json") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << u"{\"b\": [1, 2]}"_s
                                      << QJsonValue(QJsonObject{{u"b"_s, QJsonArray{1, 2}}});
    QTest::newRow("array from json") << QJsonValue(QJsonArray{1}) << u"[\"x\", true]"_s
                                     << QJsonValue(QJsonArray{u"x"_s, true});
}

void TestEditService::groupPropertyEditUndoRedo()
{
    QFETCH(QJsonValue, initial);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, expected);
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    const Group group = loadFirstGroup(*f.client);
    QVERIFY(!group.key.isEmpty());
    GroupPropertiesModel model(f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(group);
    const QString name = u"gd_test_prop"_s;
    QVERIFY(model.rowForName(name) < 0);

    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QVERIFY(model.addProperty(name, initial));
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    int row = model.rowForName(name);
    QVERIFY(row >= 0);
    QCOMPARE(model.value(name), initial);

    QSignalSpy changed(f.edits.get(), &EditService::groupChanged);
    QVERIFY(model.setData(model.index(row, GroupPropertiesModel::Value), typed));
    QCOMPARE(model.value(name), expected); // optimistic, typed
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QVERIFY(changed.count() >= 1);
    const Group confirmed = changed.last().at(0).value<Group>();
    QCOMPARE(confirmed.properties.value(name), expected); // the server kept the JSON type
    row = model.rowForName(name);
    QCOMPARE(model.index(row, GroupPropertiesModel::Type).data().toString(),
             GroupPropertiesModel::jsonTypeName(expected));
    QCOMPARE(f.edits->undoStack()->count(), 2);

    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.value(name), initial);
    f.edits->undoStack()->undo(); // undo the addition: the property is gone
    QVERIFY(settle(*f.edits));
    QVERIFY(model.rowForName(name) < 0);
    f.edits->undoStack()->redo();
    f.edits->undoStack()->redo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.value(name), expected);
}

void TestEditService::groupPropertyFailureReverts()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    const Group group = loadFirstGroup(*f.client);
    QVERIFY(!group.key.isEmpty());
    GroupPropertiesModel model(f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(group);
    QVERIFY(model.rowCount() > 0);
    const int row = 0;
    const QString name = model.index(row, GroupPropertiesModel::Name).data().toString();
    const QJsonValue before = model.value(name);

    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QSignalSpy rejected(&model, &GroupPropertiesModel::editRejected);
    f.server.setNextFaults({u"500"_s});
    const QJsonValue wanted(u"changed-value"_s);
    QVERIFY(model.setData(model.index(row, GroupPropertiesModel::Value), QVariant::fromValue(wanted), RawValueRole));
    QVERIFY(failed.wait(20000));
    const EditFailure failure = failed.at(0).at(0).value<EditFailure>();
    QCOMPARE(failure.field, name);
    QCOMPARE(failure.objectKey, group.key);
    QCOMPARE(failure.intendedValue.value<QJsonValue>(), wanted);
    QCOMPARE(failure.error.kind(), ApiError::Kind::Server);
    QCOMPARE(model.value(name), before);
    QVERIFY(!model.index(row, GroupPropertiesModel::Value).data(ErrorRole).toString().isEmpty());
    QCOMPARE(f.edits->undoStack()->count(), 0);

    // Local validation: bad JSON for an object value is rejected before anything is sent.
    QVERIFY(model.addProperty(u"gd_obj"_s, QJsonObject{{u"a"_s, 1}}));
    QVERIFY(settle(*f.edits));
    const int objRow = model.rowForName(u"gd_obj"_s);
    QVERIFY(objRow >= 0);
    const int requests = f.server.requestCount();
    QVERIFY(!model.setData(model.index(objRow, GroupPropertiesModel::Value), u"{not json"_s));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!model.addProperty(u"  "_s, QJsonValue(1)));
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(f.server.requestCount(), requests);
}

void TestEditService::groupPropertyRemoveUndo()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    const Group group = loadFirstGroup(*f.client);
    GroupPropertiesModel model(f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(group);
    QVERIFY(model.rowCount() > 0);
    const QString name = model.index(0, GroupPropertiesModel::Name).data().toString();
    const QJsonValue before = model.value(name);
    QVERIFY(model.removeProperty(name));
    QVERIFY(settle(*f.edits));
    QVERIFY(model.rowForName(name) < 0);
    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.value(name), before);
    f.edits->undoStack()->redo();
    QVERIFY(settle(*f.edits));
    QVERIFY(model.rowForName(name) < 0);
}

void TestEditService::metricValidationInSetData_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << int(UsageMetricsModel::Name) << QVariant(u""_s) << u"name"_s;
    QTest::newRow("long name") << int(UsageMetricsModel::Name) << QVariant(QString(300, u'x')) << u"name"_s;
    QTest::newRow("bad format") << int(UsageMetricsModel::Format) << QVariant(u"percent"_s) << u"format"_s;
    QTest::newRow("bad display") << int(UsageMetricsModel::Display) << QVariant(u"pie"_s) << u"display"_s;
    QTest::newRow("sum without property")
        << int(UsageMetricsModel::Calculation) << QVariant(u"sum"_s) << u"math_property"_s;
    QTest::newRow("property with count") << int(UsageMetricsModel::MathProperty) << QVariant(u"amount"_s)
                                         << u"math_property"_s;
}

void TestEditService::metricValidationInSetData()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, field);
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    UsageMetricsModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    UsageMetric metric;
    metric.name = u"Validation base"_s;
    metric.filters =
        QJsonObject{{u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"$pageview"_s}, {u"type"_s, u"events"_s}}}}};
    QVERIFY(model.createMetric(metric));
    QVERIFY(settle(*f.edits));
    const int row = model.rowForId(model.metrics().last().id);
    QVERIFY(row >= 0);
    QCOMPARE(model.metric(row).math, u"count"_s);

    QSignalSpy rejected(&model, &UsageMetricsModel::editRejected);
    const int requests = f.server.requestCount();
    const UsageMetric before = model.metric(row);
    QVERIFY(!model.setData(model.index(row, column), value));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), row);
    QCOMPARE(rejected.at(0).at(1).toString(), field);
    QVERIFY(!rejected.at(0).at(2).toString().isEmpty());
    QCOMPARE(f.server.requestCount(), requests); // nothing sent
    QCOMPARE(model.metric(row).toJson(), before.toJson());
}

void TestEditService::metricEditUndoRedo()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    UsageMetricsModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    UsageMetric metric;
    metric.name = u"GD weekly events"_s;
    metric.filters = QJsonObject{{u"events"_s, QJsonArray{}}};
    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QVERIFY(model.createMetric(metric));
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    const QString id = model.metrics().last().id;
    int row = model.rowForId(id);
    QVERIFY(row >= 0);

    QVERIFY(model.setData(model.index(row, UsageMetricsModel::Name), u"Renamed metric"_s));
    QVERIFY(model.index(row, 0).data(PendingRole).toBool());
    QVERIFY(settle(*f.edits));
    // Switching to sum without a math property is refused locally.
    QVERIFY(!model.setData(model.index(row, UsageMetricsModel::Calculation), u"sum"_s));
    QVERIFY(model.setData(model.index(row, UsageMetricsModel::Interval), 30));
    QVERIFY(settle(*f.edits));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.metric(row).name, u"Renamed metric"_s);
    QCOMPARE(model.metric(row).interval, 30);

    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.metric(row).interval, 7);
    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.metric(row).name, u"GD weekly events"_s);
    f.edits->undoStack()->redo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.metric(row).name, u"Renamed metric"_s);
    QCOMPARE(failed.count(), 0);

    // The server agrees (fresh read).
    UsageMetricsModel fresh(f.client.get(), nullptr);
    QSignalSpy freshLoaded(&fresh, &UsageMetricsModel::loaded);
    fresh.setGroupType(0);
    QVERIFY(freshLoaded.wait(20000));
    QCOMPARE(fresh.metric(fresh.rowForId(id)).name, u"Renamed metric"_s);
    QCOMPARE(fresh.metric(fresh.rowForId(id)).interval, 7);
}

void TestEditService::metricFailureReverts()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    UsageMetricsModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    UsageMetric metric;
    metric.name = u"Revenue"_s;
    metric.math = u"sum"_s;
    metric.mathProperty = u"amount"_s;
    metric.filters = QJsonObject{{u"events"_s, QJsonArray{}}};
    QVERIFY(model.createMetric(metric));
    QVERIFY(settle(*f.edits));
    const int row = model.rowForId(model.metrics().last().id);
    QVERIFY(row >= 0);

    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    f.server.setNextFaults({u"500"_s});
    QVERIFY(model.setData(model.index(row, UsageMetricsModel::MathProperty), u"price"_s));
    QCOMPARE(model.metric(row).mathProperty, u"price"_s); // optimistic
    QVERIFY(failed.wait(20000));
    QVERIFY(settle(*f.edits));
    const EditFailure failure = failed.at(0).at(0).value<EditFailure>();
    QCOMPARE(failure.field, u"math_property"_s);
    QCOMPARE(failure.objectKey, model.metric(row).id);
    QCOMPARE(failure.intendedValue.toMap().value(u"math_property"_s).toString(), u"price"_s);
    QCOMPARE(model.metric(row).mathProperty, u"amount"_s);
    QVERIFY(!model.index(row, 0).data(ErrorRole).toString().isEmpty());
    QVERIFY(!model.index(row, 0).data(PendingRole).toBool());
    QCOMPARE(f.edits->undoStack()->count(), 1); // only the creation
}

void TestEditService::metricCreateDeleteUndo()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    UsageMetricsModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    const int base = model.rowCount();
    UsageMetric metric;
    metric.name = u"Logins"_s;
    metric.filters = QJsonObject{{u"events"_s, QJsonArray{}}};

    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    QVERIFY(model.createMetric(metric));
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.rowCount(), base + 1);
    const QString id = model.metrics().last().id;
    QVERIFY(model.setData(model.index(model.rowForId(id), UsageMetricsModel::Name), u"Logins 2"_s));
    QVERIFY(settle(*f.edits));

    model.deleteMetric(model.rowForId(id));
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.rowCount(), base);
    f.edits->undoStack()->undo(); // re-created under a new id
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.rowCount(), base + 1);
    const QString newId = model.metrics().last().id;
    QCOMPARE(model.metrics().last().name, u"Logins 2"_s);
    QCOMPARE(f.edits->currentMetricId(id), newId);
    // Older commands follow the new id: undo the rename, then the creation.
    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.metric(model.rowForId(newId)).name, u"Logins"_s);
    f.edits->undoStack()->undo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.rowCount(), base);
    f.edits->undoStack()->redo();
    QVERIFY(settle(*f.edits));
    QCOMPARE(model.rowCount(), base + 1);
    QCOMPARE(failed.count(), 0);

    // Invalid metrics are refused before sending.
    QSignalSpy rejected(&model, &UsageMetricsModel::editRejected);
    UsageMetric broken = metric;
    broken.name.clear();
    QVERIFY(!model.createMetric(broken));
    QCOMPARE(rejected.count(), 1);
}

void TestEditService::metricDuplicateNameRefused()
{
    // PostHog's unique (group type, name) is a database constraint: a duplicate is a bare 500
    // after the request, which says nothing of why. The model refuses it first, with a reason under "name".
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    UsageMetricsModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
    model.setGroupType(0);
    QVERIFY(loaded.wait(20000));
    UsageMetric metric;
    metric.name = u"Seats"_s;
    metric.filters = QJsonObject{{u"events"_s, QJsonArray{}}};
    QVERIFY(model.createMetric(metric));
    metric.name = u"Seats (copy)"_s;
    QVERIFY(model.createMetric(metric));
    QVERIFY(settle(*f.edits));
    const int rows = model.rowCount();

    QSignalSpy rejected(&model, &UsageMetricsModel::editRejected);
    QSignalSpy failed(f.edits.get(), &EditService::editFailed);
    const int requests = f.server.requestCount();
    metric.name = u" Seats "_s; // DRF trims: the same name on the server
    QVERIFY(!model.createMetric(metric));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(1).toString(), u"name"_s);
    QVERIFY(rejected.at(0).at(2).toString().contains(u"already exists"_s));
    // A rename onto another metric's name is refused the same way.
    const int copyRow = model.rowForId(model.metrics().last().id);
    QVERIFY(!model.setData(model.index(copyRow, UsageMetricsModel::Name), u"Seats"_s));
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(f.server.requestCount(), requests); // nothing was sent
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(failed.count(), 0);

    // Duplicate proposes the first free name.
    QCOMPARE(MetricNames::freeCopyName(u"Seats"_s, model.names()), u"Seats (copy 2)"_s);
    QCOMPARE(MetricNames::freeCopyName(u"Logins"_s, model.names()), u"Logins (copy)"_s);
    const QString longName(UsageMetric::MaxNameLength, u'x');
    QCOMPARE(MetricNames::freeCopyName(longName, {longName + u" (copy)"_s}).size(), UsageMetric::MaxNameLength);
}

void TestEditService::deleteGroupTypeIsNotUndoable()
{
    Fixture f;
    QVERIFY(f.start());
    REQUIRE_SANDBOX(f.server);
    GroupTypesModel model(f.client.get(), f.edits.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &GroupTypesModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(20000));
    const int rows = model.rowCount();
    QVERIFY(rows >= 2);
    const int last = model.groupType(rows - 1).index;
    QVERIFY(!f.edits->canUndoDeleteGroupType());
    QSignalSpy deleted(f.edits.get(), &EditService::groupTypeDeleted);
    f.edits->deleteGroupType(last);
    QVERIFY(deleted.wait(20000));
    QCOMPARE(deleted.at(0).at(0).toInt(), last);
    QCOMPARE(model.rowCount(), rows - 1);
    QCOMPARE(f.edits->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestEditService)
#include "tst_editservice.moc"
