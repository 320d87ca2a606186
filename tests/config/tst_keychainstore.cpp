// KeychainStore policy on top of the in-memory backend: round trip, the NotFound/delete
// mapping, the single NoBackend retry and its report, and dropped callbacks for dead
// receivers. The real QtKeychainBackend is exercised by the app, not here (CI has no
// Secret Service daemon).
#include "keychainstore.h"
#include "memorysecretbackend.h"

#include <QList>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// Collects callback results so the test can QTRY_* on them.
struct Recorder
{
    QList<KeychainResult> results;
    KeychainCallback callback()
    {
        return [this](const KeychainResult &r) { results.append(r); };
    }
};

} // namespace

class TestKeychainStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writeReadDelete();
    void readMissingIsNotFound();
    void deleteMissingSucceeds();
    void failuresAreReported_data();
    void failuresAreReported();
    void noBackendRetriedOnceThenSucceeds();
    void callbackDroppedWhenContextDies();
    void keysAreScopedPerProfile();
    void sessionLivesBesideTheKey();

private:
    MemorySecretBackend *m_backend = nullptr;
    std::unique_ptr<KeychainStore> m_store;
    ConnectionProfile m_profile;
};

void TestKeychainStore::init()
{
    auto backend = std::make_unique<MemorySecretBackend>();
    m_backend = backend.get();
    m_store = std::make_unique<KeychainStore>(std::move(backend));
    m_store->setRetryDelay(20ms);
    m_profile = ConnectionProfile::create(u"Prod"_s);
}

void TestKeychainStore::cleanup()
{
    m_store.reset();
    m_backend = nullptr;
}

void TestKeychainStore::writeReadDelete()
{
    Recorder rec;
    m_store->writeKey(m_profile, u"phx_abc"_s, this, rec.callback());
    // Asynchronous like the real keychain: nothing has been answered yet.
    QCOMPARE(rec.results.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 1, 10000);
    QVERIFY(rec.results.at(0).ok());
    QVERIFY(rec.results.at(0).key.isEmpty()); // a write never echoes the secret
    QCOMPARE(m_backend->secret(QString::fromLatin1(KeychainStore::ServiceName), m_profile.keychainKey()), u"phx_abc"_s);

    m_store->readKey(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 2, 10000);
    QVERIFY(rec.results.at(1).ok());
    QCOMPARE(rec.results.at(1).key, u"phx_abc"_s);

    m_store->deleteKey(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 3, 10000);
    QVERIFY(rec.results.at(2).ok());
    QVERIFY(!m_backend->contains(QString::fromLatin1(KeychainStore::ServiceName), m_profile.keychainKey()));
}

void TestKeychainStore::readMissingIsNotFound()
{
    Recorder rec;
    m_store->readKey(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 1, 10000);
    QCOMPARE(rec.results.at(0).error, KeychainResult::Error::NotFound);
    QVERIFY(!rec.results.at(0).message.isEmpty());
    QCOMPARE(m_backend->callCount(), 1); // NotFound is normal: no retry
}

void TestKeychainStore::deleteMissingSucceeds()
{
    Recorder rec;
    m_store->deleteKey(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 1, 10000);
    QVERIFY(rec.results.at(0).ok());
    QVERIFY(rec.results.at(0).message.isEmpty());
}

void TestKeychainStore::failuresAreReported_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("expectedCalls");
    QTest::addColumn<QString>("expectedName");

    // NoBackend is retried exactly once, then reported; the others are reported at once.
    QTest::newRow("no backend") << int(KeychainResult::Error::NoBackend) << 2 << u"no-backend"_s;
    QTest::newRow("access denied") << int(KeychainResult::Error::AccessDenied) << 1 << u"access-denied"_s;
    QTest::newRow("other") << int(KeychainResult::Error::Other) << 1 << u"other"_s;
}

void TestKeychainStore::failuresAreReported()
{
    QFETCH(int, error);
    QFETCH(int, expectedCalls);
    QFETCH(QString, expectedName);

    m_backend->setFailure(KeychainResult::Error(error));
    Recorder rec;
    m_store->writeKey(m_profile, u"phx_abc"_s, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 1, 10000);
    const KeychainResult result = rec.results.at(0);
    QCOMPARE(int(result.error), error);
    QCOMPARE(KeychainResult::errorName(result.error), expectedName);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(u"phx_abc"_s));
    QCOMPARE(m_backend->callCount(), expectedCalls);
    if (result.error == KeychainResult::Error::NoBackend)
        QCOMPARE(result.message, KeychainStore::noBackendMessage());

    // Exactly once: no late second delivery after the retry window.
    QTest::qWait(100);
    QCOMPARE(rec.results.size(), 1);
    // Never a plain-text fallback: nothing was stored anywhere.
    QVERIFY(!m_backend->contains(QString::fromLatin1(KeychainStore::ServiceName), m_profile.keychainKey()));
}

void TestKeychainStore::noBackendRetriedOnceThenSucceeds()
{
    // A keyring daemon that comes up while we wait (D-Bus activation at login).
    m_store->setRetryDelay(200ms);
    m_backend->setFailure(KeychainResult::Error::NoBackend);
    Recorder rec;
    m_store->writeKey(m_profile, u"phx_late"_s, this, rec.callback());
    // The first attempt's answer is already decided; the retry will find the daemon.
    m_backend->setFailure(KeychainResult::Error::None);
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 1, 10000);
    QVERIFY(rec.results.at(0).ok());
    QCOMPARE(m_backend->callCount(), 2);
    QCOMPARE(m_backend->secret(QString::fromLatin1(KeychainStore::ServiceName), m_profile.keychainKey()),
             u"phx_late"_s);
}

void TestKeychainStore::callbackDroppedWhenContextDies()
{
    Recorder rec;
    auto context = std::make_unique<QObject>();
    m_store->readKey(m_profile, context.get(), rec.callback());
    context.reset();

    // Use a second request as the barrier: once it is answered, the first was processed.
    Recorder barrier;
    m_store->readKey(m_profile, this, barrier.callback());
    QTRY_COMPARE_WITH_TIMEOUT(barrier.results.size(), 1, 10000);
    QCOMPARE(m_backend->callCount(), 2);
    QCOMPARE(rec.results.size(), 0);
}

void TestKeychainStore::keysAreScopedPerProfile()
{
    const ConnectionProfile other = ConnectionProfile::create(u"Staging"_s);
    Recorder rec;
    m_store->writeKey(m_profile, u"phx_prod"_s, this, rec.callback());
    m_store->writeKey(other, u"phx_staging"_s, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 2, 10000);

    m_store->readKey(m_profile, this, rec.callback());
    m_store->readKey(other, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 4, 10000);
    QCOMPARE(rec.results.at(2).key, u"phx_prod"_s);
    QCOMPARE(rec.results.at(3).key, u"phx_staging"_s);
}

void TestKeychainStore::sessionLivesBesideTheKey()
{
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    const QByteArray cookies = "sessionid=abc; HttpOnly; domain=127.0.0.1; path=/\nposthog_csrftoken=xyz; path=/\n";
    Recorder rec;
    m_store->writeKey(m_profile, u"phx_prod"_s, this, rec.callback());
    m_store->writeSession(m_profile, cookies, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 2, 10000);
    QCOMPARE(m_backend->secret(service, KeychainStore::sessionKeychainKey(m_profile)).toLatin1(), cookies);

    m_store->readSession(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 3, 10000);
    QCOMPARE(rec.results.at(2).key.toLatin1(), cookies);

    // Signing out removes the session only: the key stays.
    m_store->deleteSession(m_profile, this, rec.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rec.results.size(), 4, 10000);
    QVERIFY(rec.results.at(3).ok());
    QVERIFY(!m_backend->contains(service, KeychainStore::sessionKeychainKey(m_profile)));
    QCOMPARE(m_backend->secret(service, m_profile.keychainKey()), u"phx_prod"_s);
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
