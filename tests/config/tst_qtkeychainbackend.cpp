// The real QtKeychain backend with no reachable keychain service: either the session bus
// points at a socket that does not exist, or (test "qtkeychainbackend_nosecrets") a private
// bus without any Secret Service provider is running. No test ever touches a developer's
// real keyring. Every
// call answers exactly once, asynchronously, with NoBackend, and nothing is written to disk
// (the insecure plain-text fallback stays off). Through KeychainStore that becomes the
// single retry and the plain "no keychain service" message.
#include "keychainstore.h"
#include "qtkeychainbackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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
    void operationsReportNoBackend_data();
    void operationsReportNoBackend();
    void storeRetriesOnceAndReports();

private:
    QTemporaryDir m_home;
};

void TestQtKeychainBackend::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (qEnvironmentVariableIsSet("GROUPDESK_TEST_PRIVATE_BUS")) {
        // Started under dbus-run-session with tests/config/nosecrets-session.conf.
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    } else {
        // Before the first D-Bus use: no session bus, so neither libsecret nor KWallet answers.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));
    }
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u".local/share"_s)));
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
