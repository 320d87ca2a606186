// The connection dialog's "Test connection" against the real in-process sandbox over
// loopback HTTP: the project's name, which of the needed scopes work, and advice for what
// is missing; a wrong key and an incomplete form get plain messages, not a hang.

#include "connectionprofile.h"
#include "profiledialog.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {
constexpr int Timeout = 20000;

template<typename T>
T *childNamed(QWidget *parent, const QString &accessibleName)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}
} // namespace

class TestProfileDialogSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testConnectionReportsScopes_data();
    void testConnectionReportsScopes();
    void refusedBeforeSending_data();
    void refusedBeforeSending();

private:
    /// A self-hosted profile pointing at the sandbox.
    ConnectionProfile sandboxProfile() const
    {
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Sandbox"));
        profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
        profile.selfHostedUrl = m_server->baseUrl().toString();
        return profile;
    }

    std::unique_ptr<SandboxServer> m_server;
};

void TestProfileDialogSandbox::initTestCase()
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 5;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_server->addApiKey(QStringLiteral("phx_groups_only"),
                        {QStringLiteral("group:read"), QStringLiteral("project:read")});
}

void TestProfileDialogSandbox::testConnectionReportsScopes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");   // every one must appear in the result
    QTest::addColumn<QStringList>("unexpected"); // none may appear
    QTest::newRow("every scope") << SandboxServer::demoKey()
                                 << QStringList{m_server->projectName(),
                                                QStringLiteral("Usage metrics (usage_metric:read): works")}
                                 << QStringList{QStringLiteral("missing"), QStringLiteral("Personal API keys")};
    QTest::newRow("groups only")
        << QStringLiteral("phx_groups_only")
        << QStringList{m_server->projectName(), QStringLiteral("Groups (group:read): works"),
                       QStringLiteral("Usage metrics (usage_metric:read): missing"),
                       QStringLiteral("Settings > Personal API keys"),
                       QStringLiteral("scopes (usage_metric:read, property_definition:read, activity_log:read)")}
        << QStringList{};
    QTest::newRow("unknown key") << QStringLiteral("phx_not_a_key") << QStringList{}
                                 << QStringList{m_server->projectName(), QStringLiteral("Testing")};
}

void TestProfileDialogSandbox::testConnectionReportsScopes()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    const ConnectionProfile profile = sandboxProfile();
    ProfileDialog dialog(profile, key);
    dialog.show();
    auto *test = childNamed<QPushButton>(&dialog, QStringLiteral("Test connection"));
    auto *result = childNamed<QLabel>(&dialog, QStringLiteral("Connection test result"));
    QVERIFY(test && result);

    const int before = m_server->requestCount();
    test->click();
    QVERIFY(!test->isEnabled()); // no second test while one runs
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), Timeout);
    QVERIFY(m_server->requestCount() > before);
    const QString text = result->text();
    QVERIFY2(!text.isEmpty(), "the result label stays empty");
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
    for (const QString &part : unexpected)
        QVERIFY2(!text.contains(part), qPrintable(part + QStringLiteral(" in: ") + text));
    if (key == QStringLiteral("phx_not_a_key"))
        QVERIFY2(text.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(text));
    // Documentation image, only on request: GROUPDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString dir = qEnvironmentVariable("GROUPDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && key == QStringLiteral("phx_groups_only"))
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-dialog-test.png")));
}

void TestProfileDialogSandbox::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");
    QTest::newRow("no key") << QString() << QStringLiteral("API key");
    // A project API key (phc_) looks like a key but only sends events.
    QTest::newRow("project key") << QStringLiteral("phc_0123456789abcdef") << QStringLiteral("project API key");
}

void TestProfileDialogSandbox::refusedBeforeSending()
{
    // Test and Save alike say what is wrong, keep the dialog open, and send nothing.
    QFETCH(QString, key);
    QFETCH(QString, says);
    ProfileDialog dialog(sandboxProfile(), key);
    dialog.show();
    auto *test = childNamed<QPushButton>(&dialog, QStringLiteral("Test connection"));
    auto *result = childNamed<QLabel>(&dialog, QStringLiteral("Connection test result"));
    QVERIFY(test && result);
    const int before = m_server->requestCount();
    test->click();
    QVERIFY2(result->text().contains(says), qPrintable(result->text()));
    result->clear();
    dialog.accept();
    QVERIFY2(result->text().contains(says), qPrintable(result->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTest::qWait(100); // a wrong request would be on its way by now
    QCOMPARE(m_server->requestCount(), before);
}

QTEST_MAIN(TestProfileDialogSandbox)
#include "tst_profiledialogsandbox.moc"
