// The real main window, offscreen, against the in-process sandbox with three requests in ten
// answered by a fault, as real servers and proxies fail: 500, 502, 503, a reset connection, a
// cut-off body, a body that is not JSON, a proxy's HTML page. Reads and writes meet them alike. Nothing may crash,
// no edit may be lost or sent twice, every failure the window shows must be a sentence for
// people (no markup, no parser jargon), and trying again must work. The faults are seeded, so
// a run is reproducible; server state is read from the sandbox's store.

#include "apierror.h"
#include "browseworkspace.h"
#include "connectionsession.h"
#include "editfailure.h"
#include "editservice.h"
#include "groupdetailpane.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "groupstablepanel.h"
#include "grouptypesmodel.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "modelroles.h"
#include "profilestore.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "windowharness.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Timeout = 60000;
constexpr int Groups = 250; // three pages of type 0

/// What a person may be shown: words, not a web page or a parser's complaint.
bool isUserWords(const QString &text)
{
    static const QRegularExpression codeOnly(QStringLiteral("^\\W*(HTTP)?\\W*\\d{3}\\W*$"));
    return !text.trimmed().isEmpty() && !text.contains(QLatin1Char('<')) && !text.contains(QLatin1String("JSON"))
           && !text.contains(QLatin1String("QNetworkReply")) && !text.contains(QLatin1String("Error transferring"))
           && !text.contains(QLatin1String("server replied")) && !codeOnly.match(text).hasMatch();
}
} // namespace

class TestWindowFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void browsingSurvivesFaults();
    void editsSurviveFaults();

private:
    void openWindow();
    GroupsTablePanel *groups() const { return m_window->workspace()->groupsPanel(); }
    GroupDetailPane *detail() const { return m_window->workspace()->detailPane(); }
    int countRequests(const QByteArray &method, const QByteArray &path) const;

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QStringList m_shown; ///< every failure text the window showed
};

void TestWindowFaults::init()
{
    SandboxOptions options;
    options.seed = 17;
    options.groupTypeCount = 1;
    options.groupsPerType = Groups;
    options.faults = {QStringLiteral("500"),   QStringLiteral("502"),      QStringLiteral("503"),
                      QStringLiteral("reset"), QStringLiteral("truncate"), QStringLiteral("badjson"),
                      QStringLiteral("html")};
    options.faultRate = 0.3;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
    m_shown.clear();
}

void TestWindowFaults::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_server.reset();
}

void TestWindowFaults::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    ConnectionSettings settings = WindowHarness::settings(m_server->baseUrl(), SandboxServer::demoKey());
    settings.maxRetries = 5; // the app's policy with a little room: 0.3^6 per read
    m_window->openConnection(settings, QStringLiteral("Faults"), QStringLiteral("faults"));
    connect(m_window->session(), &ConnectionSession::startFailed, this,
            [this](const ApiError &error) { m_shown.append(error.userMessage()); });
    connect(m_window->session()->edits(), &EditService::editFailed, this,
            [this](const EditFailure &failure) { m_shown.append(failure.error.userMessage()); });
    QVERIFY(WindowHarness::show(*m_window));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->session()->groupTypes()));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(detail()->propertiesModel()));
    QVERIFY(WindowHarness::waitForFirstGroup(*m_window, Timeout));
}

int TestWindowFaults::countRequests(const QByteArray &method, const QByteArray &path) const
{
    int count = 0;
    for (const QByteArray &line : m_server->requestLog()) {
        if (line.startsWith(QByteArray(method + ' ')) && line.contains(path))
            ++count;
    }
    return count;
}

void TestWindowFaults::browsingSurvivesFaults()
{
    openWindow();
    GroupsModel *model = groups()->model();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model));
    connect(model, &GroupsModel::errorOccurred, this,
            [this](const ApiError &error) { m_shown.append(error.userMessage()); });
    // Load every page; should a page still fail after its retries, the user presses Try again.
    for (int round = 0; round < 20 && model->hasMore(); ++round) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        if (groups()->retryButton()->isVisible())
            QTest::mouseClick(groups()->retryButton(), Qt::LeftButton);
        else if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
    }
    QCOMPARE(model->loadedCount(), Groups);
    QSet<QString> keys;
    for (int row = 0; row < model->loadedCount(); ++row)
        keys.insert(model->group(row).key);
    QCOMPARE(keys.size(), Groups); // every group exactly once
    for (const QString &text : std::as_const(m_shown))
        QVERIFY2(isUserWords(text), qPrintable(text));
    QVERIFY(m_server->requestCount() > 0);
}

void TestWindowFaults::editsSurviveFaults()
{
    openWindow();
    const Group group = detail()->group();
    GroupPropertiesModel *props = detail()->propertiesModel();
    EditService *edits = m_window->session()->edits();
    auto *problem = detail()->findChild<QLabel *>(QStringLiteral("editProblem"));
    QPushButton *retry = nullptr;
    for (QPushButton *button : detail()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QLatin1String("Try the failed edit again"))
            retry = button;
    }
    QVERIFY(problem && retry);
    const QString name = QStringLiteral("gd_fault_check");
    // Ten edits of one property; each one the window reports failed, the user sends again
    // with the pane's "Try again" until it is saved.
    int failures = 0;
    for (int i = 1; i <= 10; ++i) {
        const QJsonValue wanted(i * 11);
        const QJsonValue before = m_server->store()->properties(0, group.key).value(name);
        QSignalSpy failed(edits, &EditService::editFailed);
        const int row = props->rowForName(name);
        if (row < 0)
            QVERIFY(props->addProperty(name, wanted));
        else
            QVERIFY(props->setData(props->index(row, GroupPropertiesModel::Value), QVariant::fromValue(wanted),
                                   RawValueRole));
        bool saved = false;
        for (int tries = 0; tries < 8 && !saved; ++tries) {
            QTRY_COMPARE_WITH_TIMEOUT(edits->pendingCount(), 0, Timeout);
            const QJsonValue onServer = m_server->store()->properties(0, group.key).value(name);
            if (failed.isEmpty()) {
                // Reported saved: the server really has it (not lost), and the window shows it.
                QCOMPARE(onServer, wanted);
                QCOMPARE(props->value(name), wanted);
                saved = true;
                break;
            }
            // Reported failed: said in words beside the property, and really not applied (a
            // write whose answer was lost is read back, so "failed" means failed); the
            // window shows the server's value and offers to try again.
            ++failures;
            const EditFailure failure = failed.takeFirst().at(0).value<EditFailure>();
            QVERIFY2(isUserWords(failure.error.userMessage()), qPrintable(failure.error.userMessage()));
            QVERIFY2(isUserWords(problem->text()), qPrintable(problem->text()));
            QCOMPARE(onServer, before);
            QCOMPARE(props->value(name), before);
            QVERIFY(retry->isVisible());
            QTest::mouseClick(retry, Qt::LeftButton);
        }
        QVERIFY2(saved, qPrintable(QStringLiteral("edit %1 never saved").arg(i)));
    }
    QCOMPARE(m_server->store()->properties(0, group.key).value(name), QJsonValue(110));
    QVERIFY2(failures > 0, "the seeded faults never met a write: the test proves nothing");
    // Applied exactly once each: PostHog logs every applied update_property, so the group's
    // history holds one row per edit, in order, and none twice.
    QList<QJsonValue> applied;
    const QList<QJsonObject> history = m_server->store()->activity(0, group.key);
    // Oldest first (the store lists newest first); an index loop, since clang 14 cannot
    // compile libstdc++ 12's std::views::reverse.
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const QJsonObject detail = history.at(i).value(QLatin1String("detail")).toObject();
        if (detail.value(QLatin1String("name")).toString() == name)
            applied.append(
                detail.value(QLatin1String("changes")).toArray().at(0).toObject().value(QLatin1String("after")));
    }
    QList<QJsonValue> expected;
    for (int i = 1; i <= 10; ++i)
        expected.append(QJsonValue(i * 11));
    QCOMPARE(applied, expected);
    for (const QString &text : std::as_const(m_shown))
        QVERIFY2(isUserWords(text), qPrintable(text));
}

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
