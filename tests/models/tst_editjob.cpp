#include "editjob.h"
#include "editservice.h"
#include "fakenetworkaccessmanager.h"
#include "fakeposthog.h"
#include "posthogclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * The contract of EditJob, the handle every EditService edit call returns: finished() comes
 * exactly once, never inside the call that returned the job, on success, on failure, without
 * a connection, and when the connection (client and service, as ConnectionSession destroys
 * them) goes away while the request is on the wire.
 */
class TestEditJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePostHog> m_server;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<EditService> m_edits;

    /// Counts finished() and records whether it came while the edit call was still running.
    struct Watch
    {
        int count = 0;
        bool duringCall = false;
        EditResult last;
    };

    static void watch(QObject *context, EditJob *job, Watch &w, const bool &inCall)
    {
        connect(job, &EditJob::finished, context, [&w, &inCall](const EditResult &result) {
            ++w.count;
            w.duringCall = w.duringCall || inCall;
            w.last = result;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakePostHog>();
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_nam->setHandler(m_server->handler());
        ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        s.projectId = u"1"_s;
        s.apiKey = u"phx_test"_s;
        s.maxRetries = 0;
        s.requestsPerMinute = 1000000;
        m_client = std::make_unique<PostHogClient>(s, m_nam.get());
        m_edits = std::make_unique<EditService>(m_client.get());
    }
    void cleanup()
    {
        m_edits.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void finishesOnceOnSuccessAndFailure_data()
    {
        QTest::addColumn<bool>("refuse");
        QTest::newRow("confirmed") << false;
        QTest::newRow("refused") << true;
    }
    void finishesOnceOnSuccessAndFailure()
    {
        QFETCH(bool, refuse);
        m_server->denyMetadata = refuse;
        Watch w;
        bool inCall = true;
        EditJob *job = m_edits->setDefaultColumns(0, {u"seats"_s});
        const QPointer<EditJob> guard(job);
        watch(this, job, w, inCall);
        QVERIFY(!job->isFinished());
        inCall = false;
        QTRY_COMPARE_WITH_TIMEOUT(w.count, 1, 10000);
        QCOMPARE(w.last.ok(), !refuse);
        if (refuse)
            QCOMPARE(w.last.failure.error.kind(), ApiError::Kind::NeedsSession);
        QCOMPARE(m_edits->undoStack()->count(), refuse ? 0 : 1);
        // Nothing more arrives later, and the job deletes itself.
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QTest::qWait(50);
        QCOMPARE(w.count, 1);
        QVERIFY(!w.duringCall);
    }

    void neverFinishesInsideTheCall()
    {
        // Every path that can fail without the network (no connection, a before-value read
        // that is refused) still answers from the event loop, after the call returned.
        EditService offline(nullptr);
        Watch w;
        bool inCall = true;
        EditJob *job = offline.renameGroupType(0, u"Firm"_s, std::nullopt);
        watch(this, job, w, inCall);
        EditJob *known = offline.setGroupProperty(0, u"acme"_s, u"seats"_s, QJsonValue(1), std::nullopt);
        Watch w2;
        watch(this, known, w2, inCall);
        inCall = false;
        QCOMPARE(w.count, 0);
        QTRY_COMPARE(w.count, 1);
        QTRY_COMPARE(w2.count, 1);
        QVERIFY(!w.duringCall && !w2.duringCall);
        QCOMPARE(w.last.failure.error.userMessage(), w2.last.failure.error.userMessage());
        QVERIFY(!w.last.ok());
    }

    void finishesOnceWhenTheSessionClosesMidRequest_data()
    {
        QTest::addColumn<bool>("clientFirst");
        // ConnectionSession's children die in creation order: the client, then the service.
        QTest::newRow("client, then service (session order)") << true;
        QTest::newRow("service alone") << false;
    }
    void finishesOnceWhenTheSessionClosesMidRequest()
    {
        QFETCH(bool, clientFirst);
        m_nam->enqueue(FakeResponse::fault(FakeResponse::Behaviour::Hang));
        Watch w;
        bool inCall = true;
        EditJob *job = m_edits->setGroupProperty(0, u"acme"_s, u"seats"_s, QJsonValue(5), QJsonValue(3));
        watch(this, job, w, inCall);
        inCall = false;
        QTRY_COMPARE_WITH_TIMEOUT(m_nam->requestCount(), 1, 5000);
        QCOMPARE(w.count, 0);
        if (clientFirst)
            m_client.reset();
        m_edits.reset();
        QCOMPARE(w.count, 1);
        QVERIFY(!w.last.ok());
        QCOMPARE(w.last.failure.error.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(w.count, 1);
        QVERIFY(!w.duringCall);
    }
};

QTEST_GUILESS_MAIN(TestEditJob)
#include "tst_editjob.moc"
