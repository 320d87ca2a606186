// The real QtKeychain backend where no keychain service exists. The test sets up that
// condition itself instead of inheriting the machine's (a developer's keyring, a CI runner's
// packages): it starts its own dbus-daemon without any Secret Service provider, hides the
// desktop variables that make QtKeychain prefer KWallet, and checks that libsecret loads or,
// under the preload shim (test "qtkeychainbackend_nosecrets"), does not. With
// GROUPDESK_TEST_BUS=none ("qtkeychainbackend_nobus") the session bus address points at
// nothing. No test ever touches a developer's real keyring.
// Every call answers exactly once, asynchronously, with NoBackend, and nothing is written to
// disk (the insecure plain-text fallback stays off). Through KeychainStore that becomes the
// single retry and the plain "no keychain service" message.
#include "keychainstore.h"
#include "qtkeychainbackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString TestKey = u"phx_never_stored_in_clear_0123456789"_s;

/// True if any file below `dir` contains `needle`.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestQtKeychainBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void operationsReportNoBackend_data();
    void operationsReportNoBackend();
    void storeRetriesOnceAndReports();

private:
    bool startPrivateBus();

    QTemporaryDir m_home;
    QProcess m_bus;
};

void TestQtKeychainBackend::initTestCase()
{
    QVERIFY(m_home.isValid());
    // QtKeychain picks its backend from the desktop (KWallet first on Plasma): be no desktop.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION",
                             "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u".local/share"_s)));

    // Before the first D-Bus use, which fixes the session bus for the process.
    if (qgetenv("GROUPDESK_TEST_BUS") == "none")
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));
    else
        QVERIFY(startPrivateBus());

    // Load libsecret the way QtKeychain does, to prove which case this run covers.
    QLibrary libsecret(u"secret-1"_s, 0);
    const bool loads = libsecret.load();
    if (qgetenv("GROUPDESK_TEST_LIBSECRET") == "absent") {
        QVERIFY2(!loads, "libsecret still loads: run this variant with LD_PRELOAD=<the nolibsecret preload shim> "
                         "(see tests/config/CMakeLists.txt)");
    } else {
        QVERIFY2(loads, qPrintable(u"libsecret-1.so.0 does not load (package libsecret-1-0, which "
                                   "scripts/bootstrap.sh installs): "_s
                                   + libsecret.errorString()));
    }
}

void TestQtKeychainBackend::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

/// Starts dbus-daemon with tests/config/nosecrets-session.conf (no service directories, so
/// nothing can be activated: no org.freedesktop.secrets, no kwalletd) and points
/// DBUS_SESSION_BUS_ADDRESS at it.
bool TestQtKeychainBackend::startPrivateBus()
{
    m_bus.setProgram(u"dbus-daemon"_s);
    m_bus.setArguments(
        {u"--nofork"_s, u"--print-address=1"_s, u"--config-file="_s + QStringLiteral(GROUPDESK_NOSECRETS_BUS_CONFIG)});
    m_bus.start();
    if (!m_bus.waitForStarted(10000)) {
        qWarning("dbus-daemon does not start (package dbus-daemon; scripts/bootstrap.sh installs it): %s",
                 qPrintable(m_bus.errorString()));
        return false;
    }
    while (!m_bus.canReadLine()) {
        if (!m_bus.waitForReadyRead(10000)) {
            qWarning("dbus-daemon printed no address: %s %s", qPrintable(m_bus.errorString()),
                     m_bus.readAllStandardError().constData());
            return false;
        }
    }
    const QByteArray address = m_bus.readLine().trimmed();
    if (!address.startsWith("unix:")) {
        qWarning("unexpected dbus-daemon address: %s", address.constData());
        return false;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    return true;
}

void TestQtKeychainBackend::operationsReportNoBackend_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("write") << 0;
    QTest::newRow("read") << 1;
    QTest::newRow("remove") << 2;
}

void TestQtKeychainBackend::operationsReportNoBackend()
{
    QFETCH(int, operation);
    QtKeychainBackend backend;
    int calls = 0;
    KeychainResult result;
    const auto done = [&](const KeychainResult &r) {
        ++calls;
        result = r;
    };
    const QString service = u"GroupDeskTest"_s;
    const QString name = u"groupdesk:127.0.0.1:test"_s;
    switch (operation) {
    case 0:
        backend.write(service, name, TestKey, done);
        break;
    case 1:
        backend.read(service, name, done);
        break;
    case 2:
        backend.remove(service, name, done);
        break;
    }
    QCOMPARE(calls, 0); // never synchronous
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QCOMPARE(KeychainResult::errorName(result.error), KeychainResult::errorName(KeychainResult::Error::NoBackend));
    QVERIFY(!result.message.contains(TestKey));
    QVERIFY(result.key.isEmpty());
    QTest::qWait(50);
    QCOMPARE(calls, 1); // exactly once
    QVERIFY2(!anyFileContains(m_home.path(), TestKey.toUtf8()), "the key was written to a file");
}

void TestQtKeychainBackend::storeRetriesOnceAndReports()
{
    KeychainStore store; // the production constructor: QtKeychainBackend
    store.setRetryDelay(10ms);
    int calls = 0;
    KeychainResult result;
    store.writeKey(ConnectionProfile::create(u"Prod"_s), TestKey, this, [&](const KeychainResult &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
    QCOMPARE(result.error, KeychainResult::Error::NoBackend);
    QCOMPARE(result.message, KeychainStore::noBackendMessage());
    QVERIFY2(!anyFileContains(m_home.path(), TestKey.toUtf8()), "the key was written to a file");
}

QTEST_GUILESS_MAIN(TestQtKeychainBackend)
#include "tst_qtkeychainbackend.moc"
