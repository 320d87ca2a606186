#include "editjob.h"
#include "editservice.h"
#include "fakenetworkaccessmanager.h"
#include "fakeposthog.h"
#include "grouppropertiesmodel.h"
#include "grouptypesmodel.h"
#include "modelroles.h"
#include "posthogclient.h"
#include "usagemetricsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

/**
 * EditService and the editable models against a stateful fake PostHog at the QNAM seam:
 * optimistic value + PendingRole, server value on success, restore + EditFailure on
 * failure, undo/redo as inverse requests, failed undo keeps the stack in step.
 */
class TestEditsFake : public QObject
{
    Q_OBJECT

private:
    FakePostHog *m_server = nullptr;
    FakeNetworkAccessManager *m_nam = nullptr;
    PostHogClient *m_client = nullptr;
    EditService *m_edits = nullptr;

    bool settle()
    {
        return QTest::qWaitFor([this]() { return m_edits->pendingCount() == 0; }, 10000);
    }

    /// Points the model at group type 0 and waits for its metrics.
    static bool showType0(UsageMetricsModel &model)
    {
        QSignalSpy loaded(&model, &UsageMetricsModel::loaded);
        model.setGroupType(0);
        return loaded.wait(10000);
    }

    static Group acme(const FakePostHog &server)
    {
        Group g;
        g.typeIndex = 0;
        g.key = u"acme"_s;
        g.properties = server.groups.value(u"acme"_s);
        return g;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakePostHog;
        m_nam = new FakeNetworkAccessManager;
        m_nam->setHandler(m_server->handler());
        ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        s.projectId = u"1"_s;
        s.apiKey = u"phx_test"_s;
        s.maxRetries = 0;
        s.requestsPerMinute = 1000000;
        m_client = new PostHogClient(s, m_nam);
        m_edits = new EditService(m_client);
    }
    void cleanup()
    {
        delete m_edits;
        delete m_client;
        delete m_nam;
        delete m_server;
    }

    void renameUndoRedoAndFailures()
    {
        GroupTypesModel model(m_client, m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTypesModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        const QModelIndex cell = model.index(0, GroupTypesModel::SingularName);
        QCOMPARE(cell.data().toString(), u"Organization"_s);

        QSignalSpy failed(m_edits, &EditService::editFailed);
        QVERIFY(model.setData(cell, u"Company"_s));
        QVERIFY(cell.data(PendingRole).toBool());
        QCOMPARE(cell.data().toString(), u"Company"_s);
        QVERIFY(settle());
        QVERIFY(!cell.data(PendingRole).toBool());
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_singular"_s).toString(), u"Company"_s);
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_plural"_s).toString(), u"Organizations"_s);

        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_singular"_s).toString(), u"Organization"_s);
        QCOMPARE(cell.data().toString(), u"Organization"_s);
        m_edits->undoStack()->redo();
        QVERIFY(settle());
        QCOMPARE(cell.data().toString(), u"Company"_s);
        QCOMPARE(failed.count(), 0);

        // Refused edit: old value back, failure names field and intended value, nothing pushed.
        m_server->denyMetadata = true;
        QVERIFY(model.setData(cell, u"Firm"_s));
        QVERIFY(failed.wait(10000));
        const EditFailure failure = failed.at(0).at(0).value<EditFailure>();
        QCOMPARE(failure.error.kind(), ApiError::Kind::NeedsSession);
        QCOMPARE(failure.field, u"name_singular"_s);
        QCOMPARE(failure.intendedValue.toString(), u"Firm"_s);
        QCOMPARE(failure.typeIndex, 0);
        QCOMPARE(cell.data().toString(), u"Company"_s);
        QVERIFY(!cell.data(ErrorRole).toString().isEmpty());
        QCOMPARE(m_edits->undoStack()->count(), 1);

        // Failed undo: the stack steps forward again without sending anything.
        const int requests = m_nam->requestCount();
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(m_edits->undoStack()->index(), 1);
        QCOMPARE(m_nam->requestCount(), requests + 1);
        QCOMPARE(cell.data().toString(), u"Company"_s);
    }

    void renameWithoutModelReadsBeforeValues()
    {
        // No model listed the types: the service reads them first, so undo is exact.
        QSignalSpy failed(m_edits, &EditService::editFailed);
        m_edits->renameGroupType(0, std::nullopt, u"Accounts"_s);
        QVERIFY(settle());
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_plural"_s).toString(), u"Accounts"_s);
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_plural"_s).toString(), u"Organizations"_s);
        QCOMPARE(m_server->types.at(0).toObject().value(u"name_singular"_s).toString(), u"Organization"_s);
        // An unknown type fails cleanly.
        m_edits->renameGroupType(4, u"Nope"_s, std::nullopt);
        QVERIFY(settle());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<EditFailure>().error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(failed.at(0).at(0).value<EditFailure>().intendedValue.toString(), u"Nope"_s);
    }

    void jobsEndOnceEachAndOnlyAfterTheCall()
    {
        // Two writes in flight, one refused: each job ends once, with its own outcome, and
        // carries its own failure, so a dialog can tell its save from anyone else's.
        QList<QPair<EditJob *, bool>> finished;
        auto watch = [this, &finished](EditJob *job) {
            connect(job, &EditJob::finished, this, [&finished, job](const EditResult &result) {
                finished.append({job, result.ok()});
            });
            return job;
        };
        QSignalSpy failed(m_edits, &EditService::editFailed);
        EditJob *columns = watch(m_edits->setDefaultColumns(0, {u"seats"_s}));
        m_server->denyMetadata = false;
        EditJob *property = watch(m_edits->setGroupProperty(0, u"acme"_s, u"seats"_s, QJsonValue(13)));
        QVERIFY(columns != nullptr && property != nullptr && columns != property);
        QVERIFY(settle());
        QCOMPARE(finished.size(), 2);
        QVERIFY(finished.contains(qMakePair(columns, true)));
        QVERIFY(finished.contains(qMakePair(property, true)));

        m_server->denyMetadata = true;
        EditJob *refused = watch(m_edits->renameGroupType(0, u"Firm"_s, std::nullopt));
        QSignalSpy refusedSpy(refused, &EditJob::finished);
        QVERIFY(settle());
        QCOMPARE(finished.size(), 3);
        QCOMPARE(finished.last(), qMakePair(refused, false));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(refusedSpy.count(), 1);
        const EditFailure broadcast = failed.at(0).at(0).value<EditFailure>();
        const EditFailure own = refusedSpy.at(0).at(0).value<EditResult>().failure;
        QCOMPARE(own.description, broadcast.description);
        QCOMPARE(own.error.kind(), broadcast.error.kind());
        QCOMPARE(own.intendedValue, broadcast.intendedValue);

        // Undo is not the caller's request: it reports, but ends no job.
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(finished.size(), 3);

        // Without a connection the failure still arrives later, never inside the call.
        EditService offline(nullptr);
        QList<EditJob *> offlineFailures;
        EditJob *lost = offline.createMetric(0, UsageMetric());
        connect(lost, &EditJob::finished, this, [&offlineFailures, lost](const EditResult &result) {
            if (!result.ok())
                offlineFailures.append(lost);
        });
        QVERIFY(offlineFailures.isEmpty());
        QTRY_COMPARE(offlineFailures, QList<EditJob *>{lost});
    }

    void defaultColumnsUndoAndDeleteType()
    {
        GroupTypesModel model(m_client, m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTypesModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        const QModelIndex columns = model.index(0, GroupTypesModel::DefaultColumns);
        QVERIFY(columns.data(RawValueRole).toStringList().isEmpty());
        m_edits->setDefaultColumns(0, {u"name"_s, u"seats"_s});
        QVERIFY(settle());
        QCOMPARE(columns.data(RawValueRole).toStringList(), QStringList({u"name"_s, u"seats"_s}));
        // The cell names the property columns; the stored select list is its tooltip.
        QCOMPARE(columns.data().toString(), u"seats"_s);
        QVERIFY(columns.data(Qt::ToolTipRole).toString().contains(u"name, seats"_s));
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QVERIFY(columns.data(RawValueRole).toStringList().isEmpty());
        QVERIFY(m_server->types.at(0).toObject().value(u"default_columns"_s).toArray().isEmpty());

        // Deleting a type is final: the row goes, the undo stack does not grow.
        const int stackCount = m_edits->undoStack()->count();
        QVERIFY(!m_edits->canUndoDeleteGroupType());
        QSignalSpy deleted(m_edits, &EditService::groupTypeDeleted);
        m_edits->deleteGroupType(0);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(m_edits->undoStack()->count(), stackCount);
    }

    void propertyEditsKeepTypes()
    {
        GroupPropertiesModel model(m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(acme(*m_server));
        const int seatsRow = model.rowForName(u"seats"_s);
        QVERIFY(seatsRow >= 0);
        QCOMPARE(model.index(seatsRow, GroupPropertiesModel::Type).data().toString(), u"number"_s);

        QSignalSpy failed(m_edits, &EditService::editFailed);
        QVERIFY(model.setData(model.index(seatsRow, GroupPropertiesModel::Value), u"15"_s));
        QVERIFY(model.index(seatsRow, GroupPropertiesModel::Value).data(PendingRole).toBool());
        QVERIFY(settle());
        QCOMPARE(m_server->groups.value(u"acme"_s).value(u"seats"_s), QJsonValue(15));
        QCOMPARE(model.value(u"seats"_s), QJsonValue(15));

        // Not a number: refused locally, nothing sent.
        QSignalSpy rejected(&model, &GroupPropertiesModel::editRejected);
        const int requests = m_nam->requestCount();
        QVERIFY(!model.setData(model.index(seatsRow, GroupPropertiesModel::Value), u"many"_s));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(m_nam->requestCount(), requests);
        // null (typed into a null-less cell, from the JSON editor, or added): PostHog refuses it,
        // so the model does too, with advice, and sends nothing.
        const QModelIndex seats = model.index(seatsRow, GroupPropertiesModel::Value);
        QVERIFY(!model.setData(seats, QVariant::fromValue(QJsonValue(QJsonValue::Null)), RawValueRole));
        QVERIFY(!model.addProperty(u"gone"_s, QJsonValue(QJsonValue::Null)));
        QCOMPARE(rejected.count(), 3);
        QVERIFY2(rejected.at(1).at(0).toString().contains(u"delete the property"_s),
                 qPrintable(rejected.at(1).at(0).toString()));
        QVERIFY(!seats.data(PendingRole).toBool());
        QCOMPARE(model.value(u"seats"_s), QJsonValue(15));
        QCOMPARE(m_nam->requestCount(), requests);

        // Add, undo (removes), redo.
        QVERIFY(model.addProperty(u"vip"_s, QJsonValue(true)));
        QVERIFY(settle());
        QCOMPARE(model.value(u"vip"_s), QJsonValue(true));
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QVERIFY(model.rowForName(u"vip"_s) < 0);
        QVERIFY(!m_server->groups.value(u"acme"_s).contains(u"vip"_s));
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(model.value(u"seats"_s), QJsonValue(12));
        m_edits->undoStack()->redo();
        m_edits->undoStack()->redo();
        QVERIFY(settle());
        QCOMPARE(model.value(u"seats"_s), QJsonValue(15));
        QCOMPARE(model.value(u"vip"_s), QJsonValue(true));
        QCOMPARE(failed.count(), 0);

        // Remove + undo restores the exact value.
        QVERIFY(model.removeProperty(u"name"_s));
        QVERIFY(settle());
        QVERIFY(model.rowForName(u"name"_s) < 0);
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(model.value(u"name"_s), QJsonValue(u"Acme"_s));

        // Server failure: optimistic value replaced by the old one.
        m_server->failNext = 1;
        QVERIFY(model.setData(model.index(model.rowForName(u"seats"_s), GroupPropertiesModel::Value), u"99"_s));
        QCOMPARE(model.value(u"seats"_s), QJsonValue(99));
        QVERIFY(failed.wait(10000));
        QVERIFY(settle());
        const EditFailure failure = failed.at(0).at(0).value<EditFailure>();
        QCOMPARE(failure.field, u"seats"_s);
        QCOMPARE(failure.objectKey, u"acme"_s);
        QCOMPARE(failure.intendedValue.value<QJsonValue>(), QJsonValue(99));
        QCOMPARE(model.value(u"seats"_s), QJsonValue(15));
        QVERIFY(!model.index(model.rowForName(u"seats"_s), GroupPropertiesModel::Value)
                     .data(ErrorRole)
                     .toString()
                     .isEmpty());
    }

    void parseLike_data()
    {
        QTest::addColumn<QJsonValue>("like");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("number") << QJsonValue(1) << u" 2.5 "_s << true << QJsonValue(2.5);
        QTest::newRow("number bad") << QJsonValue(1) << u"x"_s << false << QJsonValue();
        QTest::newRow("bool yes") << QJsonValue(false) << u"yes"_s << true << QJsonValue(true);
        QTest::newRow("bool bad") << QJsonValue(false) << u"maybe"_s << false << QJsonValue();
        QTest::newRow("string keeps digits") << QJsonValue(u"a"_s) << u"12"_s << true << QJsonValue(u"12"_s);
        QTest::newRow("object") << QJsonValue(QJsonObject()) << u"{\"k\":1}"_s << true
                                << QJsonValue(QJsonObject{{u"k"_s, 1}});
        QTest::newRow("object given array") << QJsonValue(QJsonObject()) << u"[1]"_s << false << QJsonValue();
        QTest::newRow("array") << QJsonValue(QJsonArray()) << u"[1,\"a\"]"_s << true
                               << QJsonValue(QJsonArray{1, u"a"_s});
        QTest::newRow("null takes literal") << QJsonValue(QJsonValue::Null) << u"3"_s << true << QJsonValue(3);
        QTest::newRow("null takes text") << QJsonValue(QJsonValue::Null) << u"hello"_s << true
                                         << QJsonValue(u"hello"_s);
    }

    void parseLike()
    {
        QFETCH(QJsonValue, like);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QJsonValue, expected);
        QString error;
        const std::optional<QJsonValue> parsed = GroupPropertiesModel::parseLike(text, like, &error);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, expected);
        else
            QVERIFY(!error.isEmpty());
    }

    void metricsEditValidateUndo()
    {
        UsageMetricsModel model(m_client, m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showType0(model));
        QCOMPARE(model.rowCount(), 0);

        UsageMetric metric;
        metric.name = u"Events"_s;
        metric.filters = QJsonObject{{u"events"_s, QJsonArray()}};
        QSignalSpy failed(m_edits, &EditService::editFailed);
        QSignalSpy rejected(&model, &UsageMetricsModel::editRejected);
        QVERIFY(model.createMetric(metric));
        QVERIFY(settle());
        QCOMPARE(model.rowCount(), 1);
        const QString id = model.metric(0).id;

        const int requests = m_nam->requestCount();
        QVERIFY(!model.setData(model.index(0, UsageMetricsModel::MathProperty), u"amount"_s)); // count + property
        QVERIFY(!model.setData(model.index(0, UsageMetricsModel::Name), QString()));
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(rejected.at(0).at(1).toString(), u"math_property"_s);
        QCOMPARE(rejected.at(1).at(1).toString(), u"name"_s);
        QCOMPARE(m_nam->requestCount(), requests);

        QVERIFY(model.setData(model.index(0, UsageMetricsModel::Name), u"Renamed"_s));
        QVERIFY(settle());
        QCOMPARE(m_server->metrics.value(id).value(u"name"_s).toString(), u"Renamed"_s);
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(m_server->metrics.value(id).value(u"name"_s).toString(), u"Events"_s);
        QCOMPARE(model.metric(0).name, u"Events"_s);
        m_edits->undoStack()->redo();
        QVERIFY(settle());
        QCOMPARE(model.metric(0).name, u"Renamed"_s);

        // Failure restores the old value.
        m_server->failNext = 1;
        QVERIFY(model.setData(model.index(0, UsageMetricsModel::Interval), 30));
        QCOMPARE(model.metric(0).interval, 30);
        QVERIFY(failed.wait(10000));
        QVERIFY(settle());
        QCOMPARE(model.metric(0).interval, 7);
        QCOMPARE(failed.at(0).at(0).value<EditFailure>().field, u"interval"_s);

        // Delete, undo re-creates with a new id; older commands follow it.
        model.deleteMetric(0);
        QVERIFY(settle());
        QCOMPARE(model.rowCount(), 0);
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(model.rowCount(), 1);
        const QString newId = model.metric(0).id;
        QVERIFY(newId != id);
        QCOMPARE(m_edits->currentMetricId(id), newId);
        QCOMPARE(model.metric(0).name, u"Renamed"_s);
        m_edits->undoStack()->undo(); // the rename, now against the new id
        QVERIFY(settle());
        QCOMPARE(m_server->metrics.value(newId).value(u"name"_s).toString(), u"Events"_s);
        m_edits->undoStack()->undo(); // the creation
        QVERIFY(settle());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_server->metrics.isEmpty());
        QCOMPARE(failed.count(), 1);
    }

    void captureFailureKeepsTheSavedValue_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429 from capture") << 429; // would be retried if it were a plain 429
        QTest::newRow("502") << 502;
        QTest::newRow("400 capture_error") << 400;
    }

    void captureFailureKeepsTheSavedValue()
    {
        // PostHog wrote the property, then failed to send $groupidentify: the edit counts as
        // saved (undoable, not rolled back, not resent) and the user hears about the event.
        QFETCH(int, status);
        GroupPropertiesModel model(m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(acme(*m_server));
        QSignalSpy failed(m_edits, &EditService::editFailed);
        QSignalSpy notices(m_edits, &EditService::editNotice);
        const int stackCount = m_edits->undoStack()->count();
        const int requests = m_nam->requestCount();
        m_server->captureFailStatus = status;
        QVERIFY(model.setData(model.index(model.rowForName(u"seats"_s), GroupPropertiesModel::Value), u"40"_s));
        QVERIFY(settle());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(notices.count(), 1);
        QVERIFY2(notices.at(0).at(0).toString().contains(u"saved"_s), qPrintable(notices.at(0).at(0).toString()));
        QCOMPARE(model.value(u"seats"_s), QJsonValue(40));
        QCOMPARE(m_server->groups.value(u"acme"_s).value(u"seats"_s), QJsonValue(40));
        QCOMPARE(m_edits->undoStack()->count(), stackCount + 1);
        int posts = 0;
        for (int i = requests; i < m_nam->requestCount(); ++i)
            posts += m_nam->requests().at(i).method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void metricMadeElsewhereStaysEditable()
    {
        // The server takes an interval of 0 and {} filters (the web UI or the API may have made
        // such a metric). Renaming it must not be blocked by rules of fields left alone, and
        // undoing its deletion must re-create it as it was.
        const QString id = u"legacy-1"_s;
        m_server->metrics.insert(id, QJsonObject{{u"id"_s, id},
                                                 {u"name"_s, u"Legacy"_s},
                                                 {u"format"_s, u"numeric"_s},
                                                 {u"interval"_s, 0},
                                                 {u"display"_s, u"number"_s},
                                                 {u"filters"_s, QJsonObject()},
                                                 {u"math"_s, u"count"_s},
                                                 {u"math_property"_s, QJsonValue::Null}});
        UsageMetricsModel model(m_client, m_edits);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showType0(model));
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy rejected(&model, &UsageMetricsModel::editRejected);
        QSignalSpy failed(m_edits, &EditService::editFailed);

        QVERIFY(model.setData(model.index(0, UsageMetricsModel::Name), u"Legacy renamed"_s));
        QVERIFY(settle());
        QCOMPARE(m_server->metrics.value(id).value(u"name"_s).toString(), u"Legacy renamed"_s);
        // An interval that is not a whole number of days is still refused.
        QVERIFY(!model.setData(model.index(0, UsageMetricsModel::Interval), u"ten"_s));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(1).toString(), u"interval"_s);

        model.deleteMetric(0);
        QVERIFY(settle());
        QVERIFY(m_server->metrics.isEmpty());
        m_edits->undoStack()->undo();
        QVERIFY(settle());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_server->metrics.size(), 1);
        const QJsonObject recreated = m_server->metrics.first();
        QCOMPARE(recreated.value(u"interval"_s).toInt(-1), 0);
        QCOMPARE(recreated.value(u"filters"_s).toObject(), QJsonObject());
        QCOMPARE(recreated.value(u"name"_s).toString(), u"Legacy renamed"_s);
    }
};

QTEST_GUILESS_MAIN(TestEditsFake)
#include "tst_editsfake.moc"
