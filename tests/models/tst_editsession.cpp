// Edits that need a PostHog web session, against the sandbox as the newest PostHog: an edit
// that meets session expiry (or the "needs a session" refusal) is held, signInNeeded() fires,
// and after a new sign-in resendHeldEdits() sends it; its job finishes once, after the resend.
#include "editservice.h"
#include "grouptypesmodel.h"
#include "modelroles.h"
#include "modeltestsupport.h"
#include "posthogclient.h"
#include "posthogsession.h"
#include "sandboxserver.h"
#include "sandboxsessionauth.h"
#include "sandboxstore.h"
#include "sessionsignin.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEditSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expiryMidEditResendsAfterSignIn();
    void needsSessionIsHeldUntilSignIn();
    void declinedSignInFailsTheHeldEdit();
    void withoutListenerTheEditFails();

private:
    bool signIn();
    QString serverSingular(int typeIndex) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogSession> m_session;
    std::unique_ptr<PostHogClient> m_client;
    std::unique_ptr<EditService> m_edits;
    std::unique_ptr<GroupTypesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEditSession::init()
{
    SandboxOptions options;
    options.groupsPerType = 10;
    options.metadataPakDeny = true;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    REQUIRE_SANDBOX(*m_server);
    m_session = std::make_unique<PostHogSession>(m_server->baseUrl());
    m_client = std::make_unique<PostHogClient>(sandboxSettings(*m_server));
    m_client->setSession(m_session.get());
    m_edits = std::make_unique<EditService>(m_client.get());
    m_model = std::make_unique<GroupTypesModel>(m_client.get(), m_edits.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_model.get(), &GroupTypesModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(20000));
}

void TestEditSession::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_edits.reset();
    m_client.reset();
    m_session.reset();
    m_server.reset();
}

bool TestEditSession::signIn()
{
    SessionSignIn signIn(m_session.get());
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"plain"_s), password);
    return succeeded.wait(20000);
}

QString TestEditSession::serverSingular(int typeIndex) const
{
    return m_server->store()->groupTypesJson().at(typeIndex).toObject().value(u"name_singular"_s).toString();
}

void TestEditSession::expiryMidEditResendsAfterSignIn()
{
    QVERIFY(signIn());
    QSignalSpy signInNeeded(m_edits.get(), &EditService::signInNeeded);
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    QSignalSpy expired(m_session.get(), &PostHogSession::expired);

    // The session ends on the server while the user edits.
    m_server->sessionAuth()->expireAllSessions();
    EditJob *job = m_edits->renameGroupType(1, u"Firm"_s, std::nullopt, m_model->groupType(m_model->rowForIndex(1)));
    QSignalSpy finished(job, &EditJob::finished);
    QVERIFY(signInNeeded.wait(20000));
    QCOMPARE(signInNeeded.at(0).at(0).value<EditFailure>().error.kind(), ApiError::Kind::Unauthenticated);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_session->state(), PostHogSession::State::Expired);
    QCOMPARE(m_edits->heldCount(), 1);
    QCOMPARE(finished.count(), 0); // held, not failed
    QCOMPARE(failed.count(), 0);
    QVERIFY(serverSingular(1) != u"Firm"_s);

    QVERIFY(signIn());
    m_edits->resendHeldEdits();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<EditResult>().ok());
    QCOMPARE(m_edits->heldCount(), 0);
    QCOMPARE(serverSingular(1), u"Firm"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->index(m_model->rowForIndex(1), GroupTypesModel::SingularName).data().toString(),
                              u"Firm"_s, 20000);
    QCOMPARE(m_edits->undoStack()->count(), 1);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1); // exactly once
}

void TestEditSession::needsSessionIsHeldUntilSignIn()
{
    // A key alone: the newest PostHog refuses the rename; the app offers sign-in instead.
    QSignalSpy signInNeeded(m_edits.get(), &EditService::signInNeeded);
    const QModelIndex cell = m_model->index(m_model->rowForIndex(0), GroupTypesModel::SingularName);
    QVERIFY(m_model->setData(cell, u"Org"_s));
    QVERIFY(signInNeeded.wait(20000));
    QCOMPARE(signInNeeded.at(0).at(0).value<EditFailure>().error.kind(), ApiError::Kind::NeedsSession);
    QCOMPARE(m_edits->heldCount(), 1);

    QVERIFY(signIn());
    m_edits->resendHeldEdits();
    QTRY_COMPARE_WITH_TIMEOUT(serverSingular(0), u"Org"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), u"Org"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!cell.data(PendingRole).toBool(), 20000);
}

void TestEditSession::declinedSignInFailsTheHeldEdit()
{
    QSignalSpy signInNeeded(m_edits.get(), &EditService::signInNeeded);
    QSignalSpy failed(m_edits.get(), &EditService::editFailed);
    EditJob *job = m_edits->setDefaultColumns(1, {u"name"_s}, m_model->groupType(m_model->rowForIndex(1)));
    QSignalSpy finished(job, &EditJob::finished);
    QVERIFY(signInNeeded.wait(20000));
    m_edits->dropHeldEdits();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<EditResult>().failure.error.kind(), ApiError::Kind::NeedsSession);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_edits->heldCount(), 0);
}

void TestEditSession::withoutListenerTheEditFails()
{
    // Nobody can offer a sign-in (no listener): the old behaviour, an immediate failure.
    EditService plain(m_client.get());
    EditJob *job = plain.createDetailDashboard(1);
    QSignalSpy finished(job, &EditJob::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<EditResult>().failure.error.kind(), ApiError::Kind::NeedsSession);
    QCOMPARE(plain.heldCount(), 0);
}

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
